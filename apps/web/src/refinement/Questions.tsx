import { memo, useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { toProblem, type Problem } from '../api/errors';
import { RefinementAnswerQuestionDocument, RefinementAskQuestionDocument } from '../api/generated/graphql';
import { Spinner } from '../components/ui';
import { formatRelative } from '../lib/format';
import { ProblemNote } from './ProblemNote';
import type { AgendaEntry } from './useRefinementSession';

type Question = AgendaEntry['questions'][number];
const CONTEXT = { additionalTypenames: ['RefinementSession'] };

function AnswerForm({ question, sessionId }: { question: Question; sessionId: string }) {
  const id = useId();
  const [answer, setAnswer] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, send] = useMutation(RefinementAnswerQuestionDocument);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!answer.trim()) return;
    const r = await send({ input: { questionId: question.id, answer: answer.trim(), sessionId } }, CONTEXT);
    setProblem(toProblem(r.error));
    if (!r.error) setAnswer('');
  };
  return (
    <form className="rf-answer" onSubmit={submit} noValidate>
      <ProblemNote problem={problem} onDismiss={() => setProblem(null)} />
      <label htmlFor={id} className="visually-hidden">
        Answer to “{question.text}”
      </label>
      <input id={id} value={answer} maxLength={4000} placeholder="Answer…" onChange={(e) => setAnswer(e.target.value)} />
      <button type="submit" className="btn btn-small" disabled={fetching || !answer.trim()}>
        {fetching ? <Spinner size={12} /> : null} Answer
      </button>
    </form>
  );
}

/** Questions on the item in focus: anyone in the room asks; those who edit items answer. Open ones block "ready". */
export const Questions = memo(function Questions({ sessionId, entry, canAsk, canAnswer, live }: { sessionId: string; entry: AgendaEntry; canAsk: boolean; canAnswer: boolean; live: boolean }) {
  const id = useId();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, ask] = useMutation(RefinementAskQuestionDocument);
  const open = entry.questions.filter((q) => !q.answeredAt);
  const answered = entry.questions.filter((q) => q.answeredAt);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    const r = await ask({ input: { itemId: entry.itemId, sessionId, text: text.trim() } }, CONTEXT);
    setProblem(toProblem(r.error));
    if (!r.error) setText('');
  };
  return (
    <section className="rf-panel rf-questions" aria-labelledby="questions-title" data-testid="questions">
      <div className="rf-panel-head">
        <h2 id="questions-title">Questions</h2>
        <span className={`badge${open.length ? ' rf-badge-open' : ''}`} data-testid="open-questions">
          {open.length} open
        </span>
      </div>
      {entry.questions.length === 0 ? <p className="muted small">No question on this item yet.</p> : null}
      <ul className="rf-question-list">
        {[...open, ...answered].map((q) => (
          <li key={q.id} className={q.answeredAt ? 'is-answered' : 'is-open'} data-testid="question">
            <p className="rf-question-text">{q.text}</p>
            <p className="small muted">
              {q.askedBy} · {formatRelative(q.askedAt)}
            </p>
            {q.answer ? (
              <p className="rf-question-answer">
                <span className="visually-hidden">Answer: </span>
                {q.answer} <span className="small muted">— {q.answeredBy}</span>
              </p>
            ) : canAnswer && live ? (
              <AnswerForm question={q} sessionId={sessionId} />
            ) : null}
          </li>
        ))}
      </ul>
      {canAsk && live ? (
        <form className="rf-ask" onSubmit={submit} noValidate>
          <ProblemNote problem={problem} onDismiss={() => setProblem(null)} />
          <label htmlFor={id} className="field-label">
            Ask a question about this item
          </label>
          <textarea id={id} rows={2} value={text} maxLength={2000} onChange={(e) => setText(e.target.value)} />
          <div className="rf-actions">
            <button type="submit" className="btn btn-small" disabled={fetching || !text.trim()}>
              {fetching ? <Spinner size={12} /> : null} Ask
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
});
