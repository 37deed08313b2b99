import type { ReactNode } from 'react';
import {
  ENGAGEMENT_TECHNIQUE_LABELS,
  ENGAGEMENT_TECHNIQUES,
  KANO_ANSWERS,
  KANO_CATEGORIES,
  KANO_CATEGORY_LABELS,
  KANO_EVALUATION_TABLE,
  type KanoFeature,
  type Labelled,
  MENDELOW_QUADRANT_INFO,
  MENDELOW_QUADRANTS,
  type TextElement,
} from '@backlog-studio/domain';
import { Verdict } from '../Feedback';
import { ElementText, nameOf } from './TextDetails';
import { controlId, type EditorProps } from './types';

type ClassifyType = 'OUTCOME_OUTPUT_SORT' | 'ECONOMICS_MATCH' | 'FLAWED_ITEM' | 'STORY_SPLIT' | 'TECHNIQUE_MATCH' | 'VALUE_LENSES' | 'MEASURE_MATCH';

/** A labelled drop-down: the eye sees `label` above it; a screen reader hears "`label` for: `about`". */
function Pick({
  id,
  label,
  about,
  value,
  choices,
  disabled,
  onChange,
}: {
  id: string;
  label: string;
  about: string;
  value: string;
  choices: readonly Labelled[];
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  return (
    <div className="pr-pick">
      <label htmlFor={id} className="pr-pick-label">
        {label}
        <span className="visually-hidden"> for: {about}</span>
      </label>
      <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose…</option>
        {choices.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One element to answer: its text, its controls, and its verdict once checked. */
function Row({ element, textId, controls, review, extra }: { element: TextElement; textId: string; controls: ReactNode; review: EditorProps<ClassifyType>['review']; extra?: ReactNode }) {
  const feedback = review?.byElement.get(element.id);
  return (
    <li className="pr-row" data-testid="answer-row" data-id={element.id}>
      <div className="pr-row-main">
        <ElementText element={element} id={textId} />
        {extra}
      </div>
      <div className="pr-row-controls">{controls}</div>
      {feedback ? (
        <div className="pr-row-feedback">
          <Verdict feedback={feedback} />
        </div>
      ) : null}
    </li>
  );
}

const CLASSIFY_NOUN: Record<ClassifyType, string> = {
  OUTCOME_OUTPUT_SORT: 'Category',
  ECONOMICS_MATCH: 'Term',
  FLAWED_ITEM: 'Main flaw',
  STORY_SPLIT: 'Pattern',
  TECHNIQUE_MATCH: 'Technique',
  VALUE_LENSES: 'Perspective',
  MEASURE_MATCH: 'Measure',
};

/** Put each statement in one category (sort, match, tag). */
export function ClassifyEditor({ exercise, draft, update, review }: EditorProps<ClassifyType>) {
  const noun = CLASSIFY_NOUN[exercise.type];
  return (
    <ol className="pr-rows">
      {exercise.material.elements.map((element) => {
        const id = controlId(exercise.id, 'pick', element.id);
        return (
          <Row
            key={element.id}
            element={element}
            textId={`${id}-text`}
            review={review}
            controls={
              <Pick
                id={id}
                label={noun}
                about={nameOf(element)}
                value={draft.picks[element.id] ?? ''}
                choices={exercise.material.categories}
                disabled={review !== null}
                onChange={(v) => update((d) => ({ ...d, picks: { ...d.picks, [element.id]: v } }))}
              />
            }
          />
        );
      })}
    </ol>
  );
}

const ANSWER_WORD: Record<(typeof KANO_ANSWERS)[number], string> = { LIKE: 'Like', EXPECT: 'Expect', NEUTRAL: 'Neutral', TOLERATE: 'Tolerate', DISLIKE: 'Dislike' };
const KANO_CHOICES: readonly Labelled[] = KANO_CATEGORIES.map((c) => ({ id: c, label: KANO_CATEGORY_LABELS[c] }));

/** The answer pairs of a feature, counted: "Expect / Dislike × 2". */
function Responses({ feature }: { feature: KanoFeature }) {
  const counts = new Map<string, number>();
  for (const r of feature.responses) {
    const key = `${ANSWER_WORD[r.functional]} / ${ANSWER_WORD[r.dysfunctional]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return (
    <div className="pr-kano-responses">
      <span className="small muted">Answers (functional / dysfunctional):</span>
      <ul className="pr-chips">
        {[...counts].map(([pair, n]) => (
          <li key={pair} className="pr-chip">
            {pair} × {n}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The Kano evaluation table, for reference while classifying. */
export function KanoTable() {
  return (
    <details className="pr-reference">
      <summary>The Kano evaluation table</summary>
      <div className="table-scroll">
        <table className="pr-table">
          <caption className="small muted">Row: the functional answer (“if it has this”). Column: the dysfunctional answer (“if it does not”).</caption>
          <thead>
            <tr>
              <th scope="col">Functional \ dysfunctional</th>
              {KANO_ANSWERS.map((a) => (
                <th key={a} scope="col">
                  {ANSWER_WORD[a]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {KANO_ANSWERS.map((f) => (
              <tr key={f}>
                <th scope="row">{ANSWER_WORD[f]}</th>
                {KANO_ANSWERS.map((d) => (
                  <td key={d}>{KANO_CATEGORY_LABELS[KANO_EVALUATION_TABLE[f][d]]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** Classify each feature from its answer pairs. */
export function KanoEditor({ exercise, draft, update, review }: EditorProps<'KANO_EVALUATION'>) {
  return (
    <>
      <KanoTable />
      <ol className="pr-rows">
        {exercise.material.features.map((feature) => {
          const id = controlId(exercise.id, 'kano', feature.id);
          return (
            <Row
              key={feature.id}
              element={{ id: feature.id, text: feature.text }}
              textId={`${id}-text`}
              review={review}
              extra={<Responses feature={feature} />}
              controls={
                <Pick
                  id={id}
                  label="Kano category"
                  about={feature.text}
                  value={draft.picks[feature.id] ?? ''}
                  choices={KANO_CHOICES}
                  disabled={review !== null}
                  onChange={(v) => update((d) => ({ ...d, picks: { ...d.picks, [feature.id]: v } }))}
                />
              }
            />
          );
        })}
      </ol>
    </>
  );
}

/** Group profiles into the given number of segments; only who shares a group counts. */
export function SegmentationEditor({ exercise, draft, update, review }: EditorProps<'SEGMENTATION'>) {
  const groups: Labelled[] = Array.from({ length: exercise.material.segmentCount }, (_, i) => ({ id: `G${i + 1}`, label: `Segment ${i + 1}` }));
  return (
    <ol className="pr-rows">
      {exercise.material.profiles.map((profile) => {
        const id = controlId(exercise.id, 'segment', profile.id);
        return (
          <Row
            key={profile.id}
            element={profile}
            textId={`${id}-text`}
            review={review}
            controls={
              <Pick
                id={id}
                label="Segment"
                about={nameOf(profile)}
                value={draft.picks[profile.id] ?? ''}
                choices={groups}
                disabled={review !== null}
                onChange={(v) => update((d) => ({ ...d, picks: { ...d.picks, [profile.id]: v } }))}
              />
            }
          />
        );
      })}
    </ol>
  );
}

const level = (high: boolean): string => (high ? 'high' : 'low');
const QUADRANT_CHOICES: readonly Labelled[] = MENDELOW_QUADRANTS.map((q) => {
  const info = MENDELOW_QUADRANT_INFO[q];
  return { id: q, label: `${info.label} (${level(info.highPower)} power, ${level(info.highInterest)} interest)` };
});
const TECHNIQUE_CHOICES: readonly Labelled[] = ENGAGEMENT_TECHNIQUES.filter((t) => t !== 'OTHER').map((t) => ({ id: t, label: ENGAGEMENT_TECHNIQUE_LABELS[t] }));

/** Place each stakeholder on the power/interest grid and choose how to engage them. */
export function StakeholderMapEditor({ exercise, draft, update, review }: EditorProps<'STAKEHOLDER_MAP'>) {
  return (
    <ol className="pr-rows">
      {exercise.material.stakeholders.map((s) => {
        const id = controlId(exercise.id, 'grid', s.id);
        return (
          <Row
            key={s.id}
            element={s}
            textId={`${id}-text`}
            review={review}
            controls={
              <>
                <Pick
                  id={`${id}-quadrant`}
                  label="Quadrant"
                  about={nameOf(s)}
                  value={draft.picks[s.id] ?? ''}
                  choices={QUADRANT_CHOICES}
                  disabled={review !== null}
                  onChange={(v) => update((d) => ({ ...d, picks: { ...d.picks, [s.id]: v } }))}
                />
                <Pick
                  id={`${id}-technique`}
                  label="Technique"
                  about={nameOf(s)}
                  value={draft.extra[s.id] ?? ''}
                  choices={TECHNIQUE_CHOICES}
                  disabled={review !== null}
                  onChange={(v) => update((d) => ({ ...d, extra: { ...d.extra, [s.id]: v } }))}
                />
              </>
            }
          />
        );
      })}
    </ol>
  );
}
