import type { Exercise } from '../types';
import { SPLIT_PATTERNS } from '../vocabulary';
import { classify, forecast } from './build';

/** C2.4 elements of a forecast, C2.5 planning a release, C2.6 small valuable increments (SPIDR). */

const WHEN_PROMPT = 'Give the range, in whole periods from now, within which the remaining items will be done with 85 % confidence. You are scored against a Monte Carlo simulation of the throughput history.';
const HOW_MANY_PROMPT = 'Give the range of items that will be done by the release with 85 % confidence. You are scored against a Monte Carlo simulation of the throughput history.';
const SPLIT_PROMPT = 'Tag each proposed slice of the epic with its SPIDR pattern, or mark it as not a vertical slice.';

export const C2_PLANNING: readonly Exercise[] = [
  forecast({ id: 'c2.4-forecast-001', objective: 'C2.4', title: 'Backlog Studio: when is the goal\u2019s scope done?', prompt: WHEN_PROMPT },
    'Thirty items remain for the current Product Goal. The team finished these numbers of items in each of the last ten weeks: 4, 6, 3, 5, 7, 4, 5, 6, 2, 5.',
    { mode: 'WHEN', periodLabel: 'week', throughputHistory: [4, 6, 3, 5, 7, 4, 5, 6, 2, 5], remainingItems: 30, seed: 20250101 }),
  forecast({ id: 'c2.4-forecast-002', objective: 'C2.4', title: 'ClinicFlow: sprints until reminders are complete', prompt: WHEN_PROMPT },
    'Forty-five items remain for the reminders goal. Items finished per two-week sprint, last six sprints: 9, 12, 7, 11, 10, 8.',
    { mode: 'WHEN', periodLabel: 'sprint', throughputHistory: [9, 12, 7, 11, 10, 8], remainingItems: 45, seed: 31337 }),
  forecast({ id: 'c2.5-forecast-003', objective: 'C2.5', title: 'Ledgerly: what makes the spring release?', prompt: HOW_MANY_PROMPT },
    'The spring release ships in six weeks. Items finished per week, last eight weeks: 3, 5, 4, 6, 2, 5, 4, 3. Sales wants to know how far down the ordered backlog the release will reach.',
    { mode: 'HOW_MANY', periodLabel: 'week', throughputHistory: [3, 5, 4, 6, 2, 5, 4, 3], periods: 6, seed: 4242 }),
  forecast({ id: 'c2.5-forecast-004', objective: 'C2.5', title: 'Parcelbay: four sprints to the partner launch', prompt: HOW_MANY_PROMPT },
    'The partner launch is four sprints away. Items finished per sprint, last six sprints: 14, 9, 12, 16, 11, 13. Partners ask which returns features they can count on.',
    { mode: 'HOW_MANY', periodLabel: 'sprint', throughputHistory: [14, 9, 12, 16, 11, 13], periods: 4, seed: 777 }),

  classify('STORY_SPLIT', { id: 'c2.6-split-001', objective: 'C2.6', title: 'Ledgerly: multi-currency invoices', prompt: SPLIT_PROMPT }, SPLIT_PATTERNS, [
    { id: 'x1', text: 'One-day spike: which exchange-rate source do tax offices accept?', answer: 'SPIKE', why: 'It buys the knowledge needed to build the rest safely.' },
    { id: 'x2', text: 'Invoices in US dollars only, as the first foreign currency.', answer: 'DATA', why: 'One value of the data (one currency) delivers a usable slice.' },
    { id: 'x3', text: 'The freelancer types in the exchange rate; automatic daily rates later.', answer: 'RULES', why: 'A simpler rule for now still lets freelancers invoice abroad.' },
    { id: 'x4', text: 'Create foreign-currency invoices in the web app; the mobile app later.', answer: 'INTERFACES', why: 'One interface first.' },
    { id: 'x5', text: 'New invoices only; credit notes in foreign currency later.', answer: 'PATHS', why: 'The main path through invoicing first, the alternative path (credit notes) later.' },
    { id: 'x6', text: 'Add a currency column to every database table.', answer: 'HORIZONTAL', why: 'A technical layer that nobody can use on its own.' },
  ]),
  classify('STORY_SPLIT', { id: 'c2.6-split-002', objective: 'C2.6', title: 'ClinicFlow: online booking', prompt: SPLIT_PROMPT }, SPLIT_PATTERNS, [
    { id: 'x1', text: 'Book a first appointment; rescheduling and cancelling come later.', answer: 'PATHS', why: 'One path through the booking workflow.' },
    { id: 'x2', text: 'Booking through the widget on the clinic\u2019s website; the mobile app later.', answer: 'INTERFACES', why: 'One channel first.' },
    { id: 'x3', text: 'Only single-therapist clinics at first.', answer: 'DATA', why: 'A subset of the customers\u2019 data (one calendar per clinic) keeps the first slice small.' },
    { id: 'x4', text: 'No insurance check during booking for now; the front desk checks afterwards.', answer: 'RULES', why: 'A business rule deferred, with a manual workaround.' },
    { id: 'x5', text: 'Spike: can we read therapist availability from the two most common calendar tools?', answer: 'SPIKE', why: 'Research before committing to an integration.' },
    { id: 'x6', text: 'Build the booking API this sprint and the screens next sprint.', answer: 'HORIZONTAL', why: 'Split by layer: nothing usable until both are done.' },
  ]),
  classify('STORY_SPLIT', { id: 'c2.6-split-003', objective: 'C2.6', title: 'Trailmate: weather warnings', prompt: SPLIT_PROMPT }, SPLIT_PATTERNS, [
    { id: 'x1', text: 'Storm warnings only; heat and snow warnings later.', answer: 'DATA', why: 'A subset of the warning data that is already useful.' },
    { id: 'x2', text: 'Warnings on the route page; push notifications later.', answer: 'INTERFACES', why: 'One way of reaching the hiker first.' },
    { id: 'x3', text: 'A fixed 24-hour window; hiker-chosen time windows later.', answer: 'RULES', why: 'A simpler rule now, the flexible rule later.' },
    { id: 'x4', text: 'Spike: does the weather service\u2019s free API cover mountain areas?', answer: 'SPIKE', why: 'Find out whether the data exists before building on it.' },
    { id: 'x5', text: 'Warnings while planning a route; warnings during an active hike later.', answer: 'PATHS', why: 'One path (planning) before the other (hiking).' },
    { id: 'x6', text: 'Write all the tests for the weather module first.', answer: 'HORIZONTAL', why: 'A task, not an increment anyone can use.' },
  ]),
];
