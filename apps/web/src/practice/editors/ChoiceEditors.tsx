import type { ChoiceKey, ElementFeedback, TextElement } from '@backlog-studio/domain';
import { Verdict, type VerdictKind } from '../Feedback';
import { controlId, type EditorProps } from './types';
import { TextDetails } from './TextDetails';

type ChoiceType = 'GOAL_FOR_VISION' | 'SPRINT_GOAL' | 'SITUATIONAL_JUDGEMENT';
type SelectType = 'OUTCOME_ACTIONS' | 'GOAL_CRITIQUE' | 'ASSUMPTION_MAP' | 'BURN_UP_DIAGNOSIS';

/** One option: a radio or a checkbox with its text as the label, its details, and its verdict once checked. */
function Option({
  id,
  type,
  name,
  option,
  checked,
  disabled,
  onChange,
  feedback,
  kind,
  label,
}: {
  id: string;
  type: 'radio' | 'checkbox';
  name: string;
  option: TextElement;
  checked: boolean;
  disabled: boolean;
  onChange: (checked: boolean) => void;
  feedback?: ElementFeedback;
  kind?: VerdictKind;
  label?: string;
}) {
  const detailsId = option.details?.length ? `${id}-details` : undefined;
  return (
    <div className={`pr-option${checked ? ' is-checked' : ''}`} data-testid="option">
      <div className="pr-option-control">
        <input
          id={id}
          type={type}
          name={name}
          value={option.id}
          checked={checked}
          disabled={disabled}
          aria-describedby={detailsId}
          onChange={(e) => onChange(e.target.checked)}
        />
        <label htmlFor={id}>
          {option.title ? <strong>{option.title}: </strong> : null}
          {option.text}
        </label>
      </div>
      {detailsId ? (
        <div id={detailsId} className="pr-option-details">
          <TextDetails element={option} />
        </div>
      ) : null}
      <Verdict feedback={feedback} kind={kind} label={label} />
    </div>
  );
}

const QUALITY: Record<'best' | 'defensible' | 'weak', string> = { best: 'the best response', defensible: 'defensible, not the best', weak: 'a weak response' };
const quality = (credit: number) => (credit >= 1 ? QUALITY.best : credit > 0 ? QUALITY.defensible : QUALITY.weak);

/** The verdict shown on a single-choice option: how good the chosen one was, and which one was best. */
function choiceVerdict(key: ChoiceKey, optionId: string, chosen: boolean): { kind: VerdictKind; label: string } {
  const credit = key.credit[optionId] ?? 0;
  if (chosen) return { kind: credit >= 1 ? 'right' : credit > 0 ? 'partial' : 'wrong', label: `Your choice: ${quality(credit)}` };
  return credit >= 1 ? { kind: 'key', label: 'The best response' } : { kind: 'neutral', label: `Not chosen: ${quality(credit)}` };
}

/** Pick one response (situational judgement, goal for the vision, sprint goal). */
export function ChoiceEditor({ exercise, draft, update, review }: EditorProps<ChoiceType>) {
  const name = controlId(exercise.id, 'choice');
  return (
    <fieldset className="pr-fieldset">
      <legend className="pr-legend">Choose one response</legend>
      {exercise.material.options.map((option) => {
        const verdict = review ? choiceVerdict(exercise.answerKey, option.id, draft.choice === option.id) : undefined;
        return (
          <Option
            key={option.id}
            id={controlId(exercise.id, 'choice', option.id)}
            type="radio"
            name={name}
            option={option}
            checked={draft.choice === option.id}
            disabled={review !== null}
            onChange={() => update((d) => ({ ...d, choice: option.id }))}
            feedback={review?.byElement.get(option.id)}
            kind={verdict?.kind}
            label={verdict?.label}
          />
        );
      })}
    </fieldset>
  );
}

const SELECT_LEGEND: Record<SelectType, string> = {
  OUTCOME_ACTIONS: 'Pick every action that applies',
  GOAL_CRITIQUE: 'Tag every flaw of the goal',
  ASSUMPTION_MAP: 'Pick the assumptions to test first',
  BURN_UP_DIAGNOSIS: 'Pick every reading the chart supports',
};

/** Pick every option that applies; options left out are judged too. */
export function SelectEditor({ exercise, draft, update, review }: EditorProps<SelectType>) {
  const name = controlId(exercise.id, 'select');
  const toggle = (id: string, on: boolean) =>
    update((d) => ({ ...d, selected: on ? [...d.selected.filter((s) => s !== id), id] : d.selected.filter((s) => s !== id) }));
  return (
    <fieldset className="pr-fieldset">
      <legend className="pr-legend">{SELECT_LEGEND[exercise.type]}</legend>
      {exercise.material.options.map((option) => (
        <Option
          key={option.id}
          id={controlId(exercise.id, 'select', option.id)}
          type="checkbox"
          name={name}
          option={option}
          checked={draft.selected.includes(option.id)}
          disabled={review !== null}
          onChange={(on) => toggle(option.id, on)}
          feedback={review?.byElement.get(option.id)}
        />
      ))}
    </fieldset>
  );
}

/** One answer per question; every option of every question gets its rationale. */
export function QuizEditor({ exercise, draft, update, review }: EditorProps<'DISCOVERY_QUIZ'>) {
  return (
    <div className="pr-quiz">
      {exercise.material.questions.map((question, q) => {
        const key = exercise.answerKey.correct[question.id];
        const name = controlId(exercise.id, 'quiz', question.id);
        return (
          <fieldset key={question.id} className="pr-fieldset" data-testid="quiz-question">
            <legend className="pr-legend">
              {q + 1}. {question.text}
            </legend>
            {question.options.map((option) => {
              const chosen = draft.picks[question.id] === option.id;
              const elementId = `${question.id}:${option.id}`;
              const kind: VerdictKind | undefined = review ? (chosen ? (option.id === key ? 'right' : 'wrong') : option.id === key ? 'key' : 'neutral') : undefined;
              return (
                <Option
                  key={option.id}
                  id={controlId(exercise.id, 'quiz', question.id, option.id)}
                  type="radio"
                  name={name}
                  option={option}
                  checked={chosen}
                  disabled={review !== null}
                  onChange={() => update((d) => ({ ...d, picks: { ...d.picks, [question.id]: option.id } }))}
                  feedback={review?.byElement.get(elementId)}
                  kind={kind}
                  label={kind === 'right' ? 'Your answer: right' : kind === 'wrong' ? 'Your answer: not this one' : kind === 'key' ? 'The right answer' : kind ? 'Not chosen' : undefined}
                />
              );
            })}
          </fieldset>
        );
      })}
    </div>
  );
}
