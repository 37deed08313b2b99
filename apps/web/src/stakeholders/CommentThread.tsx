import { useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useMutation, useQuery } from 'urql';
import { toProblem, type Problem } from '../api/errors';
import { AddCommentDocument, CommentThreadDocument, EditCommentDocument, StakeholderMembersDocument, type CommentFieldsFragment } from '../api/generated/graphql';
import { Icon, Loading, ProblemBanner, Spinner } from '../components/ui';
import { formatDateTime, formatRelative, plural } from '../lib/format';

const CONTEXT = { additionalTypenames: ['Comment'] };
/** The API's rule for mentions: @ followed by an email address. */
const MENTION = /@([^\s@]+@[^\s@]+\.[^\s@,;:!?)]+)/g;

/** The text with each @email mention marked. */
function withMentions(body: string): ReactNode[] {
  const out: ReactNode[] = [];
  let last = 0;
  for (const m of body.matchAll(MENTION)) {
    const at = m.index ?? 0;
    if (at > last) out.push(body.slice(last, at));
    out.push(
      <strong key={at} className="sh-mention">
        {m[0]}
      </strong>,
    );
    last = at + m[0].length;
  }
  if (last < body.length) out.push(body.slice(last));
  return out;
}

function CommentItem({ comment, mine, mentionsMe }: { comment: CommentFieldsFragment; mine: boolean; mentionsMe: boolean }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(comment.body);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ fetching }, edit] = useMutation(EditCommentDocument);
  const id = useId();
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    if (!text.trim()) return;
    const result = await edit({ input: { id: comment.id, expectedVersion: comment.version, body: text } });
    if (result.error) {
      const p = toProblem(result.error);
      setProblem(p?.kind === 'conflict' ? { kind: 'other', message: 'The comment was edited meanwhile. Cancel to see the latest text, then edit again.' } : p);
      return;
    }
    setEditing(false);
  };
  return (
    <li className={`sh-comment${mentionsMe ? ' mentions-me' : ''}`} data-testid="comment">
      <div className="sh-comment-head">
        <strong className="sh-comment-author">{comment.author}</strong>
        <time dateTime={comment.createdAt} title={formatDateTime(comment.createdAt)}>
          {formatRelative(comment.createdAt)}
        </time>
        {comment.editedAt ? <span className="muted small">(edited)</span> : null}
        {mentionsMe ? <span className="badge sh-badge-accent">mentions you</span> : null}
        {mine && !editing ? (
          <button type="button" className="btn btn-small btn-ghost" onClick={() => setEditing(true)} aria-label={`Edit your comment from ${formatDateTime(comment.createdAt)}`}>
            <Icon name="edit" /> Edit
          </button>
        ) : null}
      </div>
      {editing ? (
        <form onSubmit={save} className="sh-comment-edit">
          <ProblemBanner problem={problem} />
          <label htmlFor={`${id}-edit`} className="visually-hidden">
            Edit your comment
          </label>
          <textarea id={`${id}-edit`} rows={3} maxLength={5000} value={text} onChange={(e) => setText(e.target.value)} />
          <div className="form-actions">
            <button type="submit" className="btn btn-small btn-primary" disabled={fetching}>
              Save
            </button>
            <button
              type="button"
              className="btn btn-small btn-ghost"
              onClick={() => {
                setEditing(false);
                setText(comment.body);
                setProblem(null);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <p className="sh-comment-body">{withMentions(comment.body)}</p>
      )}
    </li>
  );
}

/** Comments on an item, newest first, with @email mentions; everyone on the product may comment. */
export function CommentThread({ productId, targetId, userId, canComment }: { productId: string; targetId: string; userId: string | null; canComment: boolean }) {
  const [{ data, fetching, error }] = useQuery({ query: CommentThreadDocument, variables: { targetId }, context: CONTEXT });
  const [membersResult] = useQuery({ query: StakeholderMembersDocument, variables: { productId }, pause: !canComment });
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [posted, setPosted] = useState('');
  const [{ fetching: posting }, add] = useMutation(AddCommentDocument);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const members = useMemo(() => (membersResult.data?.members ?? []).filter((m) => m.status === 'ACTIVE'), [membersResult.data]);

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    setProblem(null);
    if (!body.trim()) {
      setProblem({ kind: 'other', message: 'Write something first.' });
      return;
    }
    const result = await add({ input: { targetId, body } });
    if (result.error || !result.data) {
      setProblem(toProblem(result.error));
      return;
    }
    setBody('');
    setPosted(result.data.addComment.mentions.length ? `Comment posted; ${plural(result.data.addComment.mentions.length, 'member')} mentioned.` : 'Comment posted.');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    }
  };
  const mention = (email: string) => {
    if (!email) return;
    setBody((b) => `${b}${b && !b.endsWith(' ') ? ' ' : ''}@${email} `);
    textRef.current?.focus();
  };

  const comments = data?.comments ?? [];
  return (
    <section className="sh-comments" aria-labelledby="comments-title" data-testid="comments">
      <h2 id="comments-title">Comments {data ? <span className="nav-count">{comments.length}</span> : null}</h2>
      {canComment ? (
        <form className="sh-comment-form" onSubmit={submit} noValidate>
          <ProblemBanner problem={problem} />
          <label htmlFor="comment-body" className="field-label">
            Add a comment
          </label>
          <textarea
            id="comment-body"
            ref={textRef}
            rows={3}
            maxLength={5000}
            value={body}
            aria-describedby="comment-body-hint"
            onChange={(e) => {
              setBody(e.target.value);
              setPosted('');
            }}
            onKeyDown={onKeyDown}
          />
          <p className="field-hint" id="comment-body-hint">
            Mention a member with @ and their email address; Ctrl+Enter posts.
          </p>
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={posting}>
              {posting ? <Spinner size={14} /> : null} Post comment
            </button>
            {members.length ? (
              <>
                <label htmlFor="comment-mention" className="visually-hidden">
                  Mention a member
                </label>
                <select id="comment-mention" className="sh-mention-select" value="" onChange={(e) => mention(e.target.value)}>
                  <option value="">Mention…</option>
                  {members.map((m) => (
                    <option key={m.id} value={m.email}>
                      {m.displayName || m.email} ({m.email})
                    </option>
                  ))}
                </select>
              </>
            ) : null}
            <span role="status" className="muted small">
              {posted}
            </span>
          </div>
        </form>
      ) : null}
      {error && !data ? <ProblemBanner problem={toProblem(error)} /> : null}
      {!data && fetching ? <Loading label="Loading comments…" /> : null}
      {data && comments.length === 0 ? <p className="muted">No comments yet.</p> : null}
      <ol className="sh-comment-list" aria-label="Comments, newest first">
        {comments.map((c) => (
          <CommentItem key={`${c.id}-${c.version}`} comment={c} mine={c.authorUserId === userId} mentionsMe={!!userId && c.mentions.includes(userId)} />
        ))}
      </ol>
    </section>
  );
}
