import { useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { isObjectiveId } from '@backlog-studio/domain';
import type { Problem } from '../api/errors';
import { PracticeProgressDocument, type PracticeProgressQuery, type PracticeResultFieldsFragment } from '../api/generated/graphql';
import { ProblemBanner, Spinner } from '../components/ui';
import type { Checked } from './ExerciseView';
import { OBJECTIVE_LABELS, percent } from './labels';

export type Saved = PracticeResultFieldsFragment;
export type SendAttempt = (checked: Checked) => Promise<{ saved: Saved | null; problem: Problem | null }>;

/** The mastery the API last reported for the objective; null while progress has not loaded. */
const masteryOf = (data: PracticeProgressQuery | undefined, objective: string): number | null =>
  data ? (data.practiceProgress.byObjective.find((o) => o.objective === objective)?.mastery ?? 0) : null;

export interface ServerAttempt {
  /** The learner's progress as last read (what to practise next, mastery before this attempt). */
  progress: PracticeProgressQuery | undefined;
  checked: Checked | null;
  before: number | null;
  saving: boolean;
  saved: Saved | null;
  problem: Problem | null;
  /** Keep the attempt just scored in the browser: the API scores it again and stores it. */
  record(checked: Checked): void;
  retry(): void;
}

/**
 * An attempt scored in the browser at once, then sent to the API, which re-scores and stores it:
 * the mastery before is read when the attempt is checked, the mastery after comes back with it.
 */
export function useServerAttempt(objective: string, send: SendAttempt): ServerAttempt {
  const [progress, refetchProgress] = useQuery({ query: PracticeProgressDocument, variables: { next: 5 } });
  const [checked, setChecked] = useState<Checked | null>(null);
  const [before, setBefore] = useState<number | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  const save = async (c: Checked) => {
    setProblem(null);
    setSaving(true);
    const result = await send(c);
    setSaving(false);
    if (!result.saved) {
      setProblem(result.problem ?? { kind: 'other', message: 'The attempt could not be saved. Try again.' });
      return;
    }
    setSaved(result.saved);
    // What comes next depends on this attempt.
    refetchProgress({ requestPolicy: 'network-only' });
  };
  return {
    progress: progress.data,
    checked,
    before,
    saving,
    saved,
    problem,
    record: (c) => {
      setChecked(c);
      setBefore(masteryOf(progress.data, objective));
      void save(c);
    },
    retry: () => {
      if (checked) void save(checked);
    },
  };
}

/** The mastery line of the results: before this attempt → after it, as the server counts it. */
function MasteryChange({ objective, before, saved }: { objective: string; before: number | null; saved: Saved }) {
  const label = isObjectiveId(objective) ? OBJECTIVE_LABELS[objective] : objective;
  const after = saved.mastery.mastery;
  return (
    <p className="pr-mastery-change" data-testid="mastery-change">
      Mastery of <strong>{objective}</strong> {label}: <span data-testid="mastery-before">{before === null ? '—' : percent(before)}</span> →{' '}
      <strong data-testid="mastery-after">{percent(after)}</strong>
      <span className="muted small">
        {' '}
        ({saved.mastery.attempts} {saved.mastery.attempts === 1 ? 'attempt' : 'attempts'}; recent attempts weigh most)
      </span>
    </p>
  );
}

/**
 * What the server made of the attempt: saving…, its score (said when it differs from the
 * browser's), the mastery change; a refusal with a retry, or `onConflict`'s own way out.
 */
export function ServerOutcome({ attempt, objective, localScore, onConflict }: { attempt: ServerAttempt; objective: string; localScore: number; onConflict?: ReactNode }) {
  const { saving, saved, problem } = attempt;
  return (
    <>
      <div className="pr-server" role="status">
        {saving ? (
          <span>
            <Spinner size={14} /> Saving your attempt…
          </span>
        ) : saved ? (
          <span>
            Saved. The server scored it too: <strong data-testid="server-score">{percent(saved.score)}</strong>
            {Math.abs(saved.score - localScore) > 1e-9 ? ' (its score counts for your mastery)' : ', the same as here'}.
          </span>
        ) : null}
      </div>
      {problem?.kind === 'conflict' && onConflict ? (
        <div className="banner banner-warning" role="alert">
          <div>{problem.message}</div>
          {onConflict}
        </div>
      ) : problem ? (
        <ProblemBanner problem={problem} onRetry={attempt.retry} />
      ) : null}
      {saved ? <MasteryChange objective={objective} before={attempt.before} saved={saved} /> : null}
    </>
  );
}
