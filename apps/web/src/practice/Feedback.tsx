import type { ElementFeedback } from '@backlog-studio/domain';
import { Icon } from '../components/ui';
import { percent } from './labels';

/** How an element came out: right, partly right, wrong; for options not chosen, the key or nothing to note. */
export type VerdictKind = 'right' | 'partial' | 'wrong' | 'key' | 'neutral';

const LABEL: Record<VerdictKind, string> = {
  right: 'Right',
  partial: 'Partly right',
  wrong: 'Not right',
  key: 'The answer',
  neutral: 'Not chosen',
};

export function verdictOf(feedback: ElementFeedback): VerdictKind {
  if (feedback.correct) return 'right';
  return (feedback.credit ?? 0) > 0 ? 'partial' : 'wrong';
}

/** The verdict and the rationale for one element, shown beside it once the answer is checked. */
export function Verdict({ feedback, kind, label }: { feedback: ElementFeedback | undefined; kind?: VerdictKind; label?: string }) {
  if (!feedback) return null;
  const k = kind ?? verdictOf(feedback);
  const credit = k === 'partial' && feedback.credit !== undefined ? ` (${percent(feedback.credit)})` : '';
  return (
    <div className={`pr-verdict pr-verdict-${k}`} data-testid="feedback" data-verdict={k}>
      <span className="pr-verdict-mark">
        {k === 'right' || k === 'key' ? <Icon name="check" /> : k === 'neutral' ? null : <Icon name={k === 'partial' ? 'alert' : 'close'} />}
        {label ?? LABEL[k]}
        {credit}
      </span>
      <p className="pr-rationale" data-testid="rationale">
        {feedback.rationale}
      </p>
    </div>
  );
}

/** Feedback on the answer as a whole: inverted pairs, broken dependencies, a forecast's calibration. */
export function GeneralFeedback({ feedback, title }: { feedback: readonly ElementFeedback[]; title: string }) {
  if (feedback.length === 0) return null;
  return (
    <section className="pr-general" aria-label={title}>
      <h3>{title}</h3>
      <ul className="pr-general-list">
        {feedback.map((f, i) => (
          <li key={f.elementId ?? i} className={`pr-general-item pr-verdict-${verdictOf(f)}`} data-testid="general-feedback">
            <span className="visually-hidden">{LABEL[verdictOf(f)]}: </span>
            {f.rationale}
          </li>
        ))}
      </ul>
    </section>
  );
}
