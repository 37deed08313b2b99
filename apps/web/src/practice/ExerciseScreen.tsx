import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation } from 'urql';
import { type Exercise, exerciseById, isObjectiveId, shuffleFor } from '@backlog-studio/domain';
import { toProblem } from '../api/errors';
import { SubmitPracticeAttemptDocument } from '../api/generated/graphql';
import { useDocumentTitle } from '../components/AppLayout';
import { NotFound } from '../screens/NotFound';
import { ExerciseView, ResultsPanel, useAttempt } from './ExerciseView';
import { EXERCISE_TYPE_INFO, OBJECTIVE_LABELS } from './labels';
import { nextAfter } from './progress';
import { ServerOutcome, useServerAttempt } from './ServerOutcome';
import './practice.css';

function CatalogueAttempt({ exercise, onRetry }: { exercise: Exercise; onRetry: () => void }) {
  // A new order of options for every attempt: the answer is learnt, not its position.
  const [seed] = useState(() => Math.floor(Math.random() * 2 ** 31));
  const shown = useMemo(() => shuffleFor(exercise, seed), [exercise, seed]);
  const attempt = useAttempt(shown);
  const navigate = useNavigate();
  const [, submit] = useMutation(SubmitPracticeAttemptDocument);
  const server = useServerAttempt(exercise.objective, async (c) => {
    const res = await submit({ input: { exerciseId: exercise.id, answer: JSON.stringify(c.answer), clientScore: c.result.score, durationMs: c.durationMs } });
    return { saved: res.data?.submitPracticeAttempt ?? null, problem: toProblem(res.error) };
  });
  useDocumentTitle(`${exercise.title} · Practice`);

  const onCheck = () => {
    const c = attempt.check();
    if (c) server.record(c);
  };

  const goNext = () => {
    const next = nextAfter(server.progress?.practiceProgress.next ?? [], exercise.id);
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
          attempt.result && attempt.review && server.checked ? (
            <ResultsPanel
              result={attempt.result}
              review={attempt.review}
              actions={
                <>
                  <button type="button" className="btn btn-primary" onClick={goNext} disabled={server.saving}>
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
              <ServerOutcome attempt={server} objective={exercise.objective} localScore={attempt.result.score} />
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
