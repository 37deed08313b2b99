import type { Problem } from '../api/errors';
import { Icon, ProblemBanner } from '../components/ui';

/**
 * A refusal shown where the action was taken: field errors as a list naming the field (or, when
 * `lines` is given, those lines in words), a conflict as a note that the room reloaded, anything
 * else through the app's ProblemBanner.
 */
export function ProblemNote({
  problem,
  lines,
  conflict,
  onDismiss,
  testId,
}: {
  problem: Problem | null;
  lines?: readonly string[];
  /** What a conflict means here, when it is not an item someone else changed. */
  conflict?: string;
  onDismiss?: () => void;
  testId?: string;
}) {
  if (!problem) return null;
  if (problem.kind === 'fields') {
    const items = lines?.length ? lines : problem.fields.map((f) => `${f.field}: ${f.message}`);
    return (
      <div className="banner banner-error rf-problem" role="alert" data-testid={testId}>
        <div>
          <strong>Not done.</strong>
          <ul className="rf-problem-list">
            {items.map((line) => (
              <li key={line}>
                <Icon name="alert" /> {line}
              </li>
            ))}
          </ul>
        </div>
        {onDismiss ? (
          <button type="button" className="btn btn-small btn-ghost" onClick={onDismiss}>
            Dismiss
          </button>
        ) : null}
      </div>
    );
  }
  if (problem.kind === 'conflict') {
    return (
      <div className="banner banner-warning" role="alert" data-testid={testId}>
        <div>
          <strong>Changed meanwhile.</strong> {conflict ?? 'Someone changed this item while you worked; the room now shows their version. Check it and try again.'}
        </div>
        {onDismiss ? (
          <button type="button" className="btn btn-small btn-ghost" onClick={onDismiss}>
            Dismiss
          </button>
        ) : null}
      </div>
    );
  }
  return <ProblemBanner problem={problem} onDismiss={onDismiss} />;
}
