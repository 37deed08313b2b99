import { memo, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useMutation } from 'urql';
import { toProblem, type Problem } from '../api/errors';
import { RefinementAcceptEstimateDocument, RefinementCastVoteDocument, RefinementRevealDocument, RefinementStartRoundDocument } from '../api/generated/graphql';
import { Icon, Spinner } from '../components/ui';
import { plural } from '../lib/format';
import { DistributionChart } from './DistributionChart';
import { ProblemNote } from './ProblemNote';
import { nextCardIndex, sizeCards, suggestedCard } from './room';
import type { AgendaEntry, Round, Session } from './useRefinementSession';

const cardName = (card: string): string => (card === '?' ? '? (need more information)' : card);

/**
 * Your vote: the round's cards as buttons in one group, your own pressed. One tab stop for the
 * group; arrow keys, Home and End move between cards, Enter or Space votes (a vote can change
 * until the reveal).
 */
function CardPicker({ round, disabled, onVote, pending }: { round: Round; disabled: boolean; onVote: (card: string) => void; pending: string | null }) {
  const labelId = useId();
  const hintId = useId();
  const chosen = pending ?? round.myVote;
  const [focusIndex, setFocusIndex] = useState(() => Math.max(0, round.cards.indexOf(chosen ?? '')));
  const refs = useRef<Array<HTMLButtonElement | null>>([]);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = nextCardIndex(e.key, focusIndex, round.cards.length);
    if (next === null) return;
    e.preventDefault();
    setFocusIndex(next);
    refs.current[next]?.focus();
  };
  return (
    <div className="rf-card-picker">
      <p id={labelId} className="rf-label">
        Your estimate
      </p>
      <p id={hintId} className="field-hint">
        Arrow keys move between the cards; Enter or Space votes. Nobody sees your card before the reveal.
      </p>
      <div role="group" aria-labelledby={labelId} aria-describedby={hintId} className="rf-cards" onKeyDown={onKeyDown} data-testid="vote-cards">
        {round.cards.map((card, i) => {
          const mine = chosen === card;
          return (
            <button
              key={card}
              ref={(el) => {
                refs.current[i] = el;
              }}
              type="button"
              className={`rf-card${mine ? ' is-mine' : ''}`}
              aria-pressed={mine}
              aria-label={cardName(card)}
              tabIndex={i === focusIndex ? 0 : -1}
              disabled={disabled}
              onFocus={() => setFocusIndex(i)}
              onClick={() => onVote(card)}
            >
              {card}
            </button>
          );
        })}
      </div>
      <p className="rf-my-vote" data-testid="my-vote">
        {chosen ? (
          <>
            <Icon name="check" /> You voted <strong>{chosen}</strong>
            {pending ? ' (sending…)' : ''}; pick another card to change it.
          </>
        ) : (
          'You have not voted yet.'
        )}
      </p>
    </div>
  );
}

/** Items already sized at a card, so the team can compare with known work while voting. */
function ReferenceItems({ round }: { round: Round }) {
  return (
    <section className="rf-references" aria-labelledby="references-title" data-testid="reference-items">
      <h4 id="references-title">Reference items</h4>
      {round.referenceItems.length === 0 ? (
        <p className="muted small">No sized item to compare with yet.</p>
      ) : (
        <dl>
          {round.referenceItems.map((ref) => (
            <div key={ref.card} className="rf-reference">
              <dt>
                <span className="rf-card-chip">{ref.card}</span>
              </dt>
              <dd>
                <ul>
                  {ref.items.map((i) => (
                    <li key={i.id}>{i.title}</li>
                  ))}
                </ul>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

/** Who has voted (a tick and a name, never the card) among the people in the room. */
function Voters({ round, session, userId }: { round: Round; session: Session; userId: string | null }) {
  const voted = new Set(round.voters.map((v) => v.userId));
  const people = new Map<string, string>();
  for (const p of session.participants) if (p.present || voted.has(p.userId)) people.set(p.userId, p.label);
  for (const v of round.voters) if (!people.has(v.userId)) people.set(v.userId, v.label);
  return (
    <section className="rf-voters" aria-labelledby="voters-title">
      <h4 id="voters-title">
        Votes cast: <span data-testid="votes-cast">{round.votesCast}</span>
      </h4>
      <ul data-testid="voters">
        {[...people].map(([id, label]) => (
          <li key={id} className={voted.has(id) ? 'has-voted' : undefined} data-testid="voter">
            {voted.has(id) ? <Icon name="check" /> : <span className="rf-voter-blank" aria-hidden="true" />}
            <span>
              {label}
              {id === userId ? ' (you)' : ''}
            </span>
            <span className={voted.has(id) ? 'rf-voted' : 'muted small'}>{voted.has(id) ? 'voted' : 'not yet'}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** After the reveal: the distribution, what it means, and who chose what. */
function Reveal({ round }: { round: Round }) {
  const d = round.distribution;
  if (!d) return null;
  return (
    <div className="rf-reveal" data-testid="reveal">
      <p className={`rf-explanation${d.consensus ? ' is-consensus' : d.spread >= 2 ? ' is-wide' : ''}`} data-testid="distribution-explanation">
        {d.explanation}
      </p>
      <div className="rf-reveal-grid">
        <DistributionChart cards={round.cards} counts={d.counts} explanation={d.explanation} />
        <section aria-labelledby={`votes-${round.id}`}>
          <h4 id={`votes-${round.id}`}>Votes</h4>
          <ul className="rf-votes" data-testid="revealed-votes">
            {round.votes.map((v) => (
              <li key={v.userId}>
                <span>{v.label}</span> <span className="rf-card-chip">{v.card}</span>
              </li>
            ))}
          </ul>
          <p className="small muted">
            Spread {plural(d.spread, 'step')}
            {d.unsure ? ` · ${d.unsure} need more information` : ''}
          </p>
        </section>
      </div>
    </div>
  );
}

/** Rounds before the current one on this item (a re-vote supersedes them), with what they showed. */
function EarlierRounds({ entry, currentId }: { entry: AgendaEntry; currentId: string | null }) {
  const earlier = entry.rounds.filter((r) => r.id !== currentId);
  if (!earlier.length) return null;
  return (
    <details className="rf-earlier">
      <summary>Earlier rounds ({earlier.length})</summary>
      <ul>
        {earlier.map((r) => (
          <li key={r.id}>
            Round {r.number}: {r.distribution?.explanation ?? 'not revealed'}
            {r.acceptedCard ? ` · accepted ${r.acceptedCard}` : r.status === 'SUPERSEDED' ? ' · superseded' : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}

function AcceptForm({ round, onProblem }: { round: Round; onProblem: (p: Problem | null) => void }) {
  const options = sizeCards(round.cards);
  const [card, setCard] = useState(() => suggestedCard(round.distribution) ?? '');
  const [{ fetching }, accept] = useMutation(RefinementAcceptEstimateDocument);
  const id = useId();
  return (
    <form
      className="rf-accept"
      onSubmit={(e) => {
        e.preventDefault();
        if (!card) return;
        void accept({ input: { roundId: round.id, card } }).then((r) => onProblem(toProblem(r.error)));
      }}
    >
      <label htmlFor={id} className="field-label">
        Agreed size
      </label>
      <select id={id} value={card} onChange={(e) => setCard(e.target.value)}>
        <option value="">Choose the card agreed…</option>
        {options.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
      <button type="submit" className="btn btn-primary" disabled={!card || fetching}>
        {fetching ? <Spinner size={14} /> : <Icon name="check" />} Accept estimate
      </button>
    </form>
  );
}

/**
 * The estimation of the item in focus: open a round, vote with cards (reference items beside
 * them), see who has voted, reveal, then accept the agreed card or re-vote.
 */
export const Estimation = memo(function Estimation({ session, entry, can, userId }: { session: Session; entry: AgendaEntry; can: (a: 'RUN_REFINEMENT' | 'ESTIMATE') => boolean; userId: string | null }) {
  const round = session.currentRound && session.currentRound.itemId === entry.itemId ? session.currentRound : null;
  const live = session.status === 'LIVE';
  const canRun = can('RUN_REFINEMENT') && live;
  const canVote = can('ESTIMATE') && live;
  const [problem, setProblem] = useState<Problem | null>(null);
  const [pendingVote, setPendingVote] = useState<string | null>(null);
  const [starting, startRound] = useMutation(RefinementStartRoundDocument);
  const [revealing, reveal] = useMutation(RefinementRevealDocument);
  const [, vote] = useMutation(RefinementCastVoteDocument);

  const open = () => void startRound({ input: { sessionId: session.id, itemId: entry.itemId } }).then((r) => setProblem(toProblem(r.error)));
  const cast = (card: string) => {
    if (!round) return;
    setPendingVote(card);
    void vote({ input: { roundId: round.id, card } }).then((r) => {
      setPendingVote(null);
      setProblem(toProblem(r.error));
    });
  };
  const startLabel = !round ? 'Start estimation' : round.status === 'ACCEPTED' ? 'Estimate again' : 'Re-vote';

  return (
    <section className="rf-panel rf-estimation" aria-labelledby="estimation-title" data-testid="estimation">
      <div className="rf-panel-head">
        <h3 id="estimation-title">
          Estimation{round ? <span className="muted"> · round {round.number}</span> : null}
        </h3>
        {round ? (
          <span className={`badge rf-round-${round.status.toLowerCase()}`} data-testid="round-status">
            {round.status === 'VOTING' ? 'Voting' : round.status === 'REVEALED' ? 'Revealed' : round.status === 'ACCEPTED' ? `Accepted: ${round.acceptedCard ?? ''}` : 'Superseded'}
          </span>
        ) : null}
      </div>
      <ProblemNote problem={problem} onDismiss={() => setProblem(null)} testId="estimation-problem" />
      {!round ? (
        <p className="muted">
          {!live ? 'No estimation round on this item.' : canRun ? 'No round on this item yet: start one when the team has discussed it.' : 'No round on this item yet. The facilitator opens one.'}
        </p>
      ) : null}
      {round?.status === 'VOTING' ? (
        <div className="rf-voting">
          <div className="rf-voting-main">
            {canVote ? (
              <CardPicker key={round.id} round={round} disabled={!live} onVote={cast} pending={pendingVote} />
            ) : (
              <p className="muted">Product owner and developers vote; you follow the round and see the result at the reveal.</p>
            )}
            <Voters round={round} session={session} userId={userId} />
          </div>
          <ReferenceItems round={round} />
        </div>
      ) : null}
      {round && round.status !== 'VOTING' ? <Reveal round={round} /> : null}
      <EarlierRounds entry={entry} currentId={round?.id ?? null} />
      {canRun ? (
        <div className="rf-actions">
          {round?.status === 'VOTING' ? (
            <button type="button" className="btn btn-primary" disabled={revealing.fetching || round.votesCast === 0} onClick={() => void reveal({ roundId: round.id }).then((r) => setProblem(toProblem(r.error)))}>
              {revealing.fetching ? <Spinner size={14} /> : null} Reveal votes
            </button>
          ) : null}
          {round?.status === 'REVEALED' ? <AcceptForm key={round.id} round={round} onProblem={setProblem} /> : null}
          {!round || round.status !== 'VOTING' ? (
            <button type="button" className={`btn${round ? '' : ' btn-primary'}`} disabled={starting.fetching} onClick={open}>
              {starting.fetching ? <Spinner size={14} /> : null} {startLabel}
            </button>
          ) : null}
          {round?.status === 'VOTING' && round.votesCast === 0 ? <span className="muted small">The reveal opens with the first vote.</span> : null}
        </div>
      ) : null}
    </section>
  );
});
