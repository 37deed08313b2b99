import type { BurnUpEvent } from '../../forecast/burn-up';
import { isoAddDays } from '../../forecast/iso-date';
import type { Exercise } from '../types';
import { KATA_REASONS } from '../vocabulary';
import { burnUpDiagnosis, kata } from './build';

/** C1.2 transparency about progress (reading a burn-up) and C1.7 the ordering kata with reasons. */

interface Week {
  readonly done: number;
  readonly added?: number;
  readonly removed?: number;
}

/** Events for a weekly chart: the starting scope the Friday before, then each week's work on its Wednesday. */
function weekly(from: string, scope: number, weeks: readonly Week[]): { from: string; to: string; events: BurnUpEvent[] } {
  const events: BurnUpEvent[] = [{ date: isoAddDays(from, -3), type: 'SCOPE_ADDED', size: scope }];
  weeks.forEach((w, i) => {
    const date = isoAddDays(from, 7 * i + 2);
    if (w.done > 0) events.push({ date, type: 'DONE', size: w.done });
    if (w.added) events.push({ date, type: 'SCOPE_ADDED', size: w.added });
    if (w.removed) events.push({ date, type: 'SCOPE_REMOVED', size: w.removed });
  });
  return { from, to: isoAddDays(from, 7 * weeks.length - 1), events };
}

const BURN_UP_PROMPT = 'Here is the Product Goal burn-up you share with stakeholders (items done and total scope, week by week). Pick every reading the chart supports.';
const KATA_PROMPT = 'You own the order. Put the items in the order that best serves the Product Goal, and give each the reason for its place. An item may not go above one it depends on.';

export const C1_PROGRESS: readonly Exercise[] = [
  burnUpDiagnosis({ id: 'c1.2-burn-up-001', objective: 'C1.2', title: 'Trailmate: the finish line moves', prompt: BURN_UP_PROMPT },
    'Eight weeks into the offline-hiking goal, stakeholders ask when it will be done.',
    { goal: 'Premium members can plan and follow a hike without signal.', ...weekly('2025-03-03', 40, Array.from({ length: 8 }, () => ({ done: 5, added: 6 }))) }, [
      { id: 'o1', text: 'The remaining work has not shrunk: scope grows about as fast as work gets done.', correct: true,
        why: 'Done rises 5 a week and scope 6 a week, so the gap widens slightly every week.' },
      { id: 'o2', text: 'The team\u2019s throughput has been falling.', correct: false,
        why: 'Done rises by the same 5 items every week: throughput is steady.' },
      { id: 'o3', text: 'At these rates the lines never meet, so no completion date can be honestly forecast.', correct: true,
        why: 'As long as scope grows faster than work is done, any date is fiction; the chart makes that transparent.' },
      { id: 'o4', text: 'The chart shows the team is underperforming and should work harder.', correct: false,
        why: 'The problem is the growing scope, a product owner decision, not the team\u2019s pace.' },
      { id: 'o5', text: 'Show stakeholders where the added work came from and decide together what to defer.', correct: true,
        why: 'Transparency about scope is the PO\u2019s lever: deferring additions makes the goal reachable again.' },
    ]),
  burnUpDiagnosis({ id: 'c1.2-burn-up-002', objective: 'C1.2', title: 'ClinicFlow: the flat line', prompt: BURN_UP_PROMPT },
    'The reminder goal had a good start. The chart has looked different lately.',
    { goal: 'No-shows fall from 11 % to 6 % of appointments by the end of Q3.', ...weekly('2025-05-05', 60, [{ done: 6 }, { done: 7 }, { done: 6 }, { done: 5 }, { done: 1 }, { done: 0 }, { done: 0 }, { done: 0 }]) }, [
      { id: 'o1', text: 'Almost nothing has been finished for four weeks.', correct: true,
        why: 'Done went from 24 to 25 in four weeks: the line is flat.' },
      { id: 'o2', text: 'Scope creep explains the slowdown.', correct: false,
        why: 'Scope stayed at 60 all along; nothing was added.' },
      { id: 'o3', text: 'A forecast based on the first four weeks would now be too optimistic.', correct: true,
        why: 'Those weeks averaged 6 items; the recent weeks average 0.25. The forecast must use the real, recent history.' },
      { id: 'o4', text: 'At this pace the goal\u2019s scope will be done in about two weeks.', correct: false,
        why: '35 items remain, and the recent pace is close to zero.' },
      { id: 'o5', text: 'Ask the team what blocks finishing: items may be too big, or work started but not done.', correct: true,
        why: 'A flat done line usually means blocked or oversized work; find out before reporting a date.' },
    ]),
  burnUpDiagnosis({ id: 'c1.2-burn-up-003', objective: 'C1.2', title: 'Ledgerly: closing in', prompt: BURN_UP_PROMPT },
    'The payment-speed goal is going well. In week five you removed ten items that turned out not to help.',
    { goal: 'Average days to payment from 32 to 24 by the end of Q3.', ...weekly('2025-06-02', 80, [{ done: 8 }, { done: 7 }, { done: 9 }, { done: 8 }, { done: 8, removed: 10 }, { done: 7 }, { done: 9 }, { done: 8 }]) }, [
      { id: 'o1', text: 'Scope was reduced once, in the fifth week.', correct: true,
        why: 'The scope line drops from 80 to 70 in week five and is flat otherwise.' },
      { id: 'o2', text: 'At about 8 items a week, the remaining 6 items take about one more week.', correct: true,
        why: '64 of 70 are done; the pace has held at 7–9 a week.' },
      { id: 'o3', text: 'The team is falling behind: throughput is dropping.', correct: false,
        why: 'Weekly done stays between 7 and 9: steady.' },
      { id: 'o4', text: 'A burn-down chart would show the scope cut more clearly.', correct: false,
        why: 'A burn-down mixes scope changes into one line; the burn-up shows done and scope apart, which is why it is shared.' },
      { id: 'o5', text: 'Removing scope means the Product Goal has been abandoned.', correct: false,
        why: 'The goal is the outcome (days to payment); dropping items that do not serve it keeps the goal and reaches it sooner.' },
    ]),

  kata({ id: 'c1.7-kata-001', objective: 'C1.7', title: 'Ledgerly: getting paid faster', prompt: KATA_PROMPT },
    'Freelancers get paid faster: average days to payment from 32 to 24 by the end of Q3.', KATA_REASONS, [
      { id: 'l1', text: 'E-invoicing for public-sector clients (legal deadline in three weeks)', reasons: ['DEADLINE'],
        why: 'Not part of the goal, but missing the legal date costs clients now: a fixed date goes first when the slack is gone.' },
      { id: 'l2', text: 'Payment link on every invoice (card and bank transfer)', reasons: ['GOAL'],
        why: 'Paying in one click is the biggest expected lever on days to payment.' },
      { id: 'l3', text: 'Automatic reminders at 7 and 14 days overdue, with the payment link', reasons: ['GOAL', 'LATER'],
        why: 'Serves the goal and depends on the payment link, so it comes right after it.' },
      { id: 'l4', text: 'Spike: will clients\u2019 banks accept our direct-debit mandate format?', reasons: ['RISK', 'ENABLER'],
        why: 'Learn whether direct debit is possible before committing to build it.' },
      { id: 'l5', text: 'Direct debit for repeat clients', reasons: ['LATER'],
        why: 'Serves the goal for fewer clients and depends on the spike.' },
      { id: 'l6', text: 'Dark mode', reasons: ['OFF_GOAL'],
        why: 'Nice, but it does nothing for days to payment: below all goal work.' },
    ], [['l3', 'l2'], ['l5', 'l4']]),
  kata({ id: 'c1.7-kata-002', objective: 'C1.7', title: 'Backlog Studio: outcomes on items', prompt: KATA_PROMPT },
    'Product owners state outcomes: 70 % of ready items carry a measurable outcome by the end of the quarter.', KATA_REASONS, [
      { id: 'b1', text: 'Accessibility fixes promised in the public-sector contract for 1 June (three weeks away)', reasons: ['DEADLINE'],
        why: 'A contractual date with no slack left: it goes first, even though it does not serve the goal.' },
      { id: 'b2', text: 'Spike: test the outcome fields with five product owners (do they understand "baseline"?)', reasons: ['RISK'],
        why: 'The goal depends on POs filling in the fields; if the form confuses them, everything after it is wasted.' },
      { id: 'b3', text: 'Outcome fields on the item form: metric, baseline, target, check date', reasons: ['GOAL', 'ENABLER'],
        why: 'The core of the goal, and the ready rule and the health finding both depend on it.' },
      { id: 'b4', text: '"Ready" requires an outcome and a value', reasons: ['GOAL'],
        why: 'Makes the outcome part of the path to ready: the direct driver of the goal measure.' },
      { id: 'b5', text: 'Health finding: outputs phrased as outcomes', reasons: ['LATER'],
        why: 'Improves outcome quality, but the measure counts outcomes present; it comes after the rule.' },
      { id: 'b6', text: 'Export the backlog to a spreadsheet', reasons: ['OFF_GOAL'],
        why: 'Requested, but it does not serve this goal.' },
    ], [['b3', 'b2'], ['b4', 'b3'], ['b5', 'b3']]),
];
