import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { type AttemptResult, type Exercise, scoreAttempt } from '@backlog-studio/domain';
import { type Draft, type FeedbackIndex, indexFeedback, initialDraft, missingParts, toAnswer } from './answers';
import { AnswerEditor } from './editors/AnswerEditor';
import { GeneralFeedback } from './Feedback';
import { percent } from './labels';
import { Material } from './Material';

export interface Checked {
  readonly answer: unknown;
  readonly result: AttemptResult;
  readonly durationMs: number;
}

export interface Attempt {
  readonly draft: Draft;
  readonly update: (change: (d: Draft) => Draft) => void;
  readonly result: AttemptResult | null;
  readonly review: FeedbackIndex | null;
  /** What is missing, once the learner has tried to check. */
  readonly missing: readonly string[];
  /** Scores the draft in the browser; null (and `missing` says why) while it is incomplete. */
  readonly check: () => Checked | null;
}

/** One attempt at an exercise: the draft, the time since it was shown, and the instant score. */
export function useAttempt(exercise: Exercise): Attempt {
  const [draft, setDraft] = useState(() => initialDraft(exercise));
  const [result, setResult] = useState<AttemptResult | null>(null);
  const [tried, setTried] = useState(false);
  const [shownAt] = useState(() => Date.now());
  const review = useMemo(() => (result ? indexFeedback(exercise, result) : null), [exercise, result]);
  const missing = tried && !result ? missingParts(exercise, draft) : [];
  const check = (): Checked | null => {
    setTried(true);
    if (result || missingParts(exercise, draft).length > 0) return null;
    const answer = toAnswer(exercise, draft);
    const scored = scoreAttempt(exercise, answer);
    setResult(scored);
    return { answer, result: scored, durationMs: Math.max(0, Date.now() - shownAt) };
  };
  return { draft, update: setDraft, result, review, missing, check };
}

/** The result of a checked attempt: the score, what it means, and what to do next. Focus moves here. */
export function ResultsPanel({ result, review, children, actions }: { result: AttemptResult; review: FeedbackIndex; children?: ReactNode; actions: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const elements = [...review.byElement.values()];
  const right = elements.filter((f) => f.correct).length;
  return (
    <section className="card pr-results" aria-labelledby="results-title" data-testid="results">
      <div className="pr-results-head">
        <div>
          <h2 id="results-title" tabIndex={-1} ref={heading}>
            Your result
          </h2>
          <p className="pr-summary">{result.summary}</p>
        </div>
        <p className={`pr-big-score${result.correct ? ' is-full' : ''}`}>
          <span className="visually-hidden">Score </span>
          <span data-testid="local-score">{percent(result.score)}</span>
        </p>
      </div>
      {elements.length ? (
        <p className="small">
          {right} of {elements.length} right; the feedback beside each one below says why.
        </p>
      ) : null}
      {children}
      <GeneralFeedback feedback={review.general} title="About your answer as a whole" />
      <div className="pr-results-actions">{actions}</div>
    </section>
  );
}

/** An exercise on screen: its prompt, material and answer editor, the Check button, and the results slot. */
export function ExerciseView({
  exercise,
  attempt,
  onCheck,
  eyebrow,
  results,
  titleAs: Title = 'h1',
}: {
  exercise: Exercise;
  attempt: Attempt;
  onCheck: () => void;
  eyebrow: ReactNode;
  results: ReactNode;
  /** h2 where the page has its own h1. */
  titleAs?: 'h1' | 'h2';
}) {
  return (
    <article className="pr-exercise" aria-labelledby="exercise-title" data-exercise-type={exercise.type}>
      <header className="pr-exercise-head">
        <p className="eyebrow">{eyebrow}</p>
        <Title id="exercise-title">{exercise.title}</Title>
        <p className="pr-prompt">{exercise.prompt}</p>
      </header>
      {results}
      <Material exercise={exercise} />
      <form
        className="pr-answer"
        aria-label="Your answer"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          onCheck();
        }}
      >
        <AnswerEditor exercise={exercise} draft={attempt.draft} update={attempt.update} review={attempt.review} />
        {attempt.result ? null : (
          <div className="pr-check-bar">
            <button type="submit" className="btn btn-primary" aria-describedby="check-hint">
              Check
            </button>
            <p id="check-hint" role="status" className={attempt.missing.length ? 'field-error' : 'small muted'}>
              {attempt.missing.length ? `Before checking: ${attempt.missing.join('; ')}.` : 'Feedback comes at once, with the reason for every answer.'}
            </p>
          </div>
        )}
      </form>
    </article>
  );
}
