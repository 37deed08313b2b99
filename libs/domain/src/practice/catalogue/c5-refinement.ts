import type { Exercise, TextElement } from '../types';
import { ITEM_FLAWS, KATA_REASONS, SPLIT_PATTERNS } from '../vocabulary';
import { classify, itemWriting, kata } from './build';

/** C5.6 a backlog that serves the goal, C5.7 items with outcome and value, C5.8 refining: flaws and splits. */

const WRITE_PROMPT =
  'Write the backlog item: a desired outcome (what changes, measured, by when — not what gets built), the value (who gains and how), and acceptance criteria a tester can check.';
const FLAW_PROMPT = 'Refinement is tomorrow. For each item, name its main flaw, or mark it sound.';

const fields = (outcome: string, value: string, criteria: string, size: string): TextElement['details'] => [
  { label: 'Outcome', value: outcome },
  { label: 'Value', value },
  { label: 'Acceptance criteria', value: criteria },
  { label: 'Size', value: size },
];

export const C5_REFINEMENT: readonly Exercise[] = [
  itemWriting({ id: 'c5.7-write-001', objective: 'C5.7', title: 'ClinicFlow: cancelling without a phone call', prompt: WRITE_PROMPT },
    'ClinicFlow clinics report that 11 % of appointments are no-shows. Patients say cancelling means phoning the front desk during opening hours, so they just do not come. Write the item for letting patients cancel themselves.',
    ['no-show', 'cancel', 'appointment', 'slot'],
    {
      title: 'Cancel an appointment from the reminder',
      outcome: 'No-shows fall from 11 % to 7 % of booked appointments within 8 weeks of release.',
      value: 'Patients free their slot without a phone call, clinics refill slots and lose less revenue, and the front desk saves phone time.',
      acceptanceCriteria: 'Given an appointment more than 24 hours away\nWhen the patient taps Cancel in the reminder\nThen the slot shows as free in the clinic calendar within 1 minute',
    },
    { OUTCOME_ON_TOPIC: 'Here: no-shows, cancellations, appointments or slots.' }),
  itemWriting({ id: 'c5.7-write-002', objective: 'C5.7', title: 'Ledgerly: getting paid sooner', prompt: WRITE_PROMPT },
    'Ledgerly users wait 32 days on average between sending an invoice and being paid. Many never chase late payers because it feels awkward. Write the item for automatic payment reminders.',
    ['paid', 'payment', 'overdue', 'invoice'],
    {
      title: 'Automatic reminders for overdue invoices',
      outcome: 'Average days from invoice to payment drop from 32 to 24 for users with reminders switched on, by the end of Q3.',
      value: 'Freelancers get their money sooner without awkward chasing, and Ledgerly earns more renewals from users who feel the benefit.',
      acceptanceCriteria: 'Given an invoice 7 days overdue\nWhen the daily reminder run starts\nThen the client receives one reminder e-mail with a payment link',
    },
    { OUTCOME_ON_TOPIC: 'Here: payment, being paid, overdue invoices.' }),
  itemWriting({ id: 'c5.7-write-003', objective: 'C5.7', title: 'Trailmate: hiking without signal', prompt: WRITE_PROMPT },
    'Trailmate premium members hike where there is no mobile signal; support tickets say routes stop loading halfway. Only 8 % of members start a hike with a route saved for offline use. Write the item for offline routes.',
    ['offline', 'route', 'hike', 'map'],
    {
      title: 'Save a route for offline use',
      outcome: 'Members starting a hike with an offline route rise from 8 % to 25 % by 30 September.',
      value: 'Hikers keep their route without signal and feel safer; fewer support tickets and more renewals for the business.',
      acceptanceCriteria: 'Given a saved offline route and flight mode on\nWhen the member opens the route\nThen the map and the track load in under 3 seconds',
    },
    { OUTCOME_ON_TOPIC: 'Here: offline use, routes, hikes or maps.' }),

  classify('FLAWED_ITEM', { id: 'c5.8-flaw-001', objective: 'C5.8', title: 'ClinicFlow: the top of the backlog', prompt: FLAW_PROMPT }, ITEM_FLAWS, [
    { id: 'i1', title: 'Cancel from the reminder SMS', text: 'Cancel from the reminder SMS',
      details: fields('No-shows fall from 11 % to 7 % within 8 weeks of release.', 'Patients cancel without calling; clinics refill slots.', 'Given an appointment more than 24 h away, when the patient replies C, then the slot is free within 1 minute.', '3 points'),
      answer: 'SOUND', why: 'Outcome with baseline, target and date; value for patients and clinics; a testable scenario; small.' },
    { id: 'i2', title: 'Waiting list', text: 'Waiting list',
      details: fields('Build a waiting-list screen for the front desk.', 'Fewer empty slots for clinics.', 'Given a cancelled slot, when someone is on the list, then they get an offer SMS.', '5 points'),
      answer: 'OUTPUT_AS_OUTCOME', why: '"Build a screen" is output. The outcome would be, e.g., cancelled slots refilled within a day, from 20 % to 50 %.' },
    { id: 'i3', title: 'Therapist calendar', text: 'Therapist calendar',
      details: fields('Therapists check their day in the app instead of the printed list, 60 % by June.', 'Therapists save ten minutes a morning.', 'The calendar is intuitive and fast.', '5 points'),
      answer: 'UNTESTABLE', why: '"Intuitive and fast" cannot be checked. Say what a tester sees, e.g. "loads the day in under 2 seconds".' },
    { id: 'i4', title: 'Insurance integration', text: 'Insurance integration',
      details: fields('Pre-approval calls to insurers fall by 80 % by the end of the year.', 'Front desks save a call per new patient.', 'Given a new patient with insurer X, when booked, then pre-approval status shows.', '40 points (the team completes about 25 per sprint)'),
      answer: 'TOO_LARGE', why: 'Larger than a sprint: split it, e.g. one insurer first (a data split) before all fourteen.' },
    { id: 'i5', title: 'Clinic opening hours page', text: 'Clinic opening hours page',
      details: fields('Calls asking for opening hours drop from 40 to 10 a week within 4 weeks.', '—', 'Given a clinic page, when opened, then this week\u2019s hours show.', '2 points'),
      answer: 'NO_VALUE', why: 'No value stated: who gains and why it is worth doing now is missing.' },
    { id: 'i6', title: 'Patient feedback form', text: 'Patient feedback form',
      details: fields('—', 'Clinics learn what patients think.', 'Given a finished treatment, when the patient opens the link, then the form shows 3 questions.', '3 points'),
      answer: 'NO_OUTCOME', why: 'No desired outcome: what should change, and how would anyone know it worked?' },
  ]),
  classify('FLAWED_ITEM', { id: 'c5.8-flaw-002', objective: 'C5.8', title: 'Ledgerly: five candidates', prompt: FLAW_PROMPT }, ITEM_FLAWS, [
    { id: 'i1', title: 'Recurring invoices', text: 'Recurring invoices',
      details: fields('Implement recurring invoice templates.', 'Freelancers with retainers save time every month.', 'Given a monthly template, when the 1st of the month comes, then a draft invoice is created.', '5 points'),
      answer: 'OUTPUT_AS_OUTCOME', why: '"Implement templates" is output phrased as an outcome; say what freelancers do differently, e.g. retainer invoices sent on time.' },
    { id: 'i2', title: 'Late-payment reminders', text: 'Late-payment reminders',
      details: fields('Days to payment drop from 32 to 24 by end of Q3.', 'Freelancers are paid sooner without chasing.', 'Given an invoice 7 days overdue, when the daily run starts, then one reminder is sent.', '3 points'),
      answer: 'SOUND', why: 'Measurable, dated outcome; clear value; testable criteria; a size that fits a sprint.' },
    { id: 'i3', title: 'Multi-currency everything', text: 'Multi-currency everything',
      details: fields('Foreign clients are invoiced in their currency: 20 % of invoices by year end.', 'Freelancers win foreign clients.', 'Given a client in USD, when invoiced, then totals show in USD.', '55 points (about 20 per sprint)'),
      answer: 'TOO_LARGE', why: 'Almost three sprints of work. Split by data (one currency first) or by rules (fixed rates first).' },
    { id: 'i4', title: 'Better dashboard', text: 'Better dashboard',
      details: fields('Users open the dashboard twice a week instead of once, within 6 weeks.', 'Users see their cash position at a glance.', 'The dashboard looks modern and is easy to read.', '5 points'),
      answer: 'UNTESTABLE', why: '"Modern" and "easy to read" are opinions. A check could be "shows unpaid total and next payment in the first screen".' },
    { id: 'i5', title: 'Upgrade the PDF library', text: 'Upgrade the PDF library',
      details: fields('—', 'The vendor ends security fixes in two months; staying exposes customer data.', 'Given any invoice template, when rendered, then the PDF matches the approved sample.', '3 points'),
      answer: 'NO_OUTCOME', why: 'Technical items need an outcome too, e.g. "zero invoices rendered with an unsupported library by 1 March".' },
  ]),
  classify('FLAWED_ITEM', { id: 'c5.8-flaw-003', objective: 'C5.8', title: 'Parcelbay: locker features', prompt: FLAW_PROMPT }, ITEM_FLAWS, [
    { id: 'i1', title: 'Pickup code by push', text: 'Pickup code by push',
      details: fields('Parcels collected within 24 h rise from 70 % to 85 % within 2 months.', 'Buyers collect sooner; lockers free up for more parcels.', 'Given a delivered parcel, when it is placed in the locker, then the buyer gets the code by push within 1 minute.', '3 points'),
      answer: 'SOUND', why: 'Everything an item needs before refinement, in a size that fits.' },
    { id: 'i2', title: 'Locker map', text: 'Locker map',
      details: fields('Add a map of all lockers to the app.', 'Buyers find their locker.', 'Given the app, when the map opens, then all lockers show.', '3 points'),
      answer: 'OUTPUT_AS_OUTCOME', why: '"Add a map" is what gets built. An outcome: "calls asking where a locker is drop by half within a month".' },
    { id: 'i3', title: 'Locker temperature alerts', text: 'Locker temperature alerts',
      details: fields('Food parcels spoiled in lockers fall from 30 to 5 a month by August.', '—', 'Given a locker above 8 °C for 10 minutes, when measured, then operations get an alert.', '5 points'),
      answer: 'NO_VALUE', why: 'The value field is empty: say who gains (buyers, grocery partners, operations) and how.' },
    { id: 'i4', title: 'Nicer pickup flow', text: 'Nicer pickup flow',
      details: fields('Average time at the locker drops from 90 to 40 seconds within 6 weeks.', 'Buyers spend less time at the locker, queues shrink.', 'The flow should feel simple and quick.', '5 points'),
      answer: 'UNTESTABLE', why: '"Simple and quick" cannot be checked; the outcome already names the check: time at the locker under 40 seconds.' },
    { id: 'i5', title: 'Returns', text: 'Returns',
      details: fields('30 % of returns go through lockers by year end.', 'Buyers return without a post-office trip; retailers pay per return.', 'Given a return, when dropped off, then the retailer is notified.', '60 points (about 20 per sprint)'),
      answer: 'TOO_LARGE', why: 'An epic, not an item: split it (see the returns splitting exercise).' },
  ]),

  classify('STORY_SPLIT', {
    id: 'c5.8-split-001', objective: 'C5.8', title: 'Parcelbay: split the returns epic',
    prompt: 'The epic "Returns by locker" is 60 points. Tag each proposed slice with its SPIDR pattern, or mark it as not a vertical slice.',
  }, SPLIT_PATTERNS, [
    { id: 'x1', text: 'Two-day spike: can the locker printers print return labels? Try one locker model.', answer: 'SPIKE', why: 'It buys knowledge before building: a spike.' },
    { id: 'x2', text: 'Return an unopened parcel at the same locker it was delivered to; other lockers later.', answer: 'PATHS', why: 'One path through the return workflow first; other paths are later slices.' },
    { id: 'x3', text: 'Start a return from the app with a QR code; the locker touch screen comes later.', answer: 'INTERFACES', why: 'One interface (the app) first, the locker screen as another slice.' },
    { id: 'x4', text: 'Returns only for parcels from our three largest retailers.', answer: 'DATA', why: 'A subset of the data (three retailers) delivers end-to-end value early.' },
    { id: 'x5', text: 'Accept every return at first, without checking the 14-day return window.', answer: 'RULES', why: 'Relaxing a business rule for now makes a smaller, still usable slice.' },
    { id: 'x6', text: 'Create the database tables for returns.', answer: 'HORIZONTAL', why: 'A layer, not a slice: nobody can return anything when it is done.' },
    { id: 'x7', text: 'Design every return screen before building any.', answer: 'HORIZONTAL', why: 'A phase of work, not a usable increment.' },
  ]),

  kata({ id: 'c5.6-kata-001', objective: 'C5.6', title: 'ClinicFlow: a backlog for the no-show goal',
    prompt: 'Order these items so the backlog serves the Product Goal, and give each its reason. An item may not go above one it depends on.' },
  'No-shows fall from 11 % to 6 % of appointments by the end of Q3.', KATA_REASONS, [
    { id: 'k1', text: 'Spike: can our SMS provider reach all national mobile networks? (2 days)', reasons: ['RISK', 'ENABLER'],
      why: 'If SMS cannot reach everyone, the reminder plan fails: learn that first, and the reminder depends on it.' },
    { id: 'k2', text: 'Reminder SMS 24 hours before each appointment', reasons: ['GOAL'],
      why: 'The change most likely to move no-shows, as soon as the risk is cleared.' },
    { id: 'k3', text: 'Reply C to the reminder to cancel, so the slot can be refilled', reasons: ['GOAL', 'LATER'],
      why: 'Builds on the reminder (it depends on it) and turns silent no-shows into cancellations.' },
    { id: 'k4', text: 'E-mail reminders for the 4 % of patients without a mobile number', reasons: ['LATER'],
      why: 'Serves the goal, but reaches few patients: below the SMS items.' },
    { id: 'k5', text: 'Therapist mobile schedule', reasons: ['OFF_GOAL'],
      why: 'Valuable, but it does nothing for no-shows: below everything that serves the current goal.' },
  ], [['k2', 'k1'], ['k3', 'k2']]),
];
