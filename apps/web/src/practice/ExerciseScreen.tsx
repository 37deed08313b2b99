import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { type Exercise, exerciseById, isObjectiveId, shuffleFor } from '@backlog-studio/domain';
import { toProblem, type Problem } from '../api/errors';
import { PracticeProgressDocument, type PracticeProgressQuery, SubmitPracticeAttemptDocument, type SubmitPracticeAttemptMutation } from '../api/generated/graphql';
import { useDocumentTitle } from '../components/AppLayout';
import { ProblemBanner, Spinner } from '../components/ui';
import { NotFound } from '../screens/NotFound';
import { type Checked, ExerciseView, ResultsPanel, useAttempt } from './ExerciseView';
import { EXERCISE_TYPE_INFO, OBJECTIVE_LABELS, percent } from './labels';
import { nextAfter } from './progress';
import './practice.css';

type Saved = SubmitPracticeAttemptMutation['submitPracticeAttempt'];

/** The mastery the API last reported for the objective; null while progress has not loaded. */
const masteryOf = (data: PracticeProgressQuery | undefined, objective: string): number | null =>
  data ? (data.practiceProgress.byObjective.find((o) => o.objective === objective)?.mastery ?? 0) : null;

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

function CatalogueAttempt({ exercise, onRetry }: { exercise: Exercise; onRetry: () => void }) {
  // A new order of options for every attempt: the answer is learnt, not its position.
  const [seed] = useState(() => Math.floor(Math.random() * 2 ** 31));
  const shown = useMemo(() => shuffleFor(exercise, seed), [exercise, seed]);
  const attempt = useAttempt(shown);
  const navigate = useNavigate();
  const [progress, refetchProgress] = useQuery({ query: PracticeProgressDocument, variables: { next: 5 } });
  const [saving, submit] = useMutation(SubmitPracticeAttemptDocument);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [before, setBefore] = useState<number | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  useDocumentTitle(`${exercise.title} · Practice`);

  const send = async (c: Checked) => {
    setProblem(null);
    const res = await submit({ input: { exerciseId: exercise.id, answer: JSON.stringify(c.answer), clientScore: c.result.score, durationMs: c.durationMs } });
    if (res.error || !res.data) {
      setProblem(toProblem(res.error));
      return;
    }
    setSaved(res.data.submitPracticeAttempt);
    // What comes next depends on this attempt.
    refetchProgress({ requestPolicy: 'network-only' });
  };

  const onCheck = () => {
    const c = attempt.check();
    if (!c) return;
    setChecked(c);
    setBefore(masteryOf(progress.data, exercise.objective));
    void send(c);
  };

  const goNext = () => {
    const next = nextAfter(progress.data?.practiceProgress.next ?? [], exercise.id);
    void navigate(next ? `/practice/${encodeURIComponent(next)}` : '/practice');
  };

  const info = EXERCISE_TYPE_INFO[exercise.type];
  const objectiveLabel = isObjectiveId(exercise.objective) ? OBJECTIVE_LABELS[exercise.objective] : '';
  return (
    <div className="page pr-page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to="/practice">Practice</Link> <span aria-hidden="true">/</span> <span>{info.label}</span>
      </nav>
      <ExerciseView
        exercise={shown}
        attempt={attempt}
        onCheck={onCheck}
        eyebrow={
          <>
            {exercise.objective} · {objectiveLabel} · {info.label}
          </>
        }
        results={
          attempt.result && attempt.review && checked ? (
            <ResultsPanel
              result={attempt.result}
              review={attempt.review}
              actions={
                <>
                  <button type="button" className="btn btn-primary" onClick={goNext} disabled={saving.fetching}>
                    Next exercise
                  </button>
                  <button type="button" className="btn" onClick={onRetry}>
                    Try again
                  </button>
                  <Link to="/practice" className="btn btn-ghost">
                    Back to practice
                  </Link>
                </>
              }
            >
              <div className="pr-server" role="status">
                {saving.fetching ? (
                  <span>
                    <Spinner size={14} /> Saving your attempt…
                  </span>
                ) : saved ? (
                  <span>
                    Saved. The server scored it too: <strong data-testid="server-score">{percent(saved.score)}</strong>
                    {Math.abs(saved.score - attempt.result.score) > 1e-9 ? ' (its score counts for your mastery)' : ', the same as here'}.
                  </span>
                ) : null}
              </div>
              {problem ? <ProblemBanner problem={problem} onRetry={() => void send(checked)} /> : null}
              {saved ? <MasteryChange objective={exercise.objective} before={before} saved={saved} /> : null}
            </ResultsPanel>
          ) : null
        }
      />
    </div>
  );
}

/** `/practice/:exerciseId`: one exercise of the catalogue, scored at once in the browser and saved (and re-scored) by the API. */
export default function ExerciseScreen() {
  const { exerciseId = '' } = useParams();
  const [round, setRound] = useState(0);
  const exercise = exerciseById(exerciseId);
  if (!exercise) return <NotFound what="exercise" />;
  return <CatalogueAttempt key={`${exercise.id}:${round}`} exercise={exercise} onRetry={() => setRound((r) => r + 1)} />;
}
