import type { Exercise } from '../types';
import { OUTCOME_LEVELS, VALUE_LENSES, valueMeasureCategories } from '../vocabulary';
import { classify, select } from './build';

/** C5.1 outcome vs output, C5.2 more outcome with less output, C5.4 value lenses, C5.5 measuring value. */

const SORT_PROMPT = 'Sort each statement: is it an output (what the team makes), an outcome (a change in what people do), or an impact (the long-term result)?';

export const C5_OUTCOMES: readonly Exercise[] = [
  classify('OUTCOME_OUTPUT_SORT', { id: 'c5.1-sort-001', objective: 'C5.1', title: 'Trailmate: routes, renewals and rescues', prompt: SORT_PROMPT }, OUTCOME_LEVELS, [
    { id: 's1', text: 'Offline map download for saved routes, shipped in release 4.2.', answer: 'OUTPUT', why: 'A feature that was shipped: it says nothing about whether hikers use it or hike differently.' },
    { id: 's2', text: 'Hikers who saved a route start it from the app 30 % more often.', answer: 'OUTCOME', why: 'A measurable change in what hikers do, which a feature such as offline maps might cause.' },
    { id: 's3', text: 'Fewer mountain-rescue call-outs for lost hikers in the regions we cover.', answer: 'IMPACT', why: 'A long-term effect in the world that many outcomes (and factors outside the product) contribute to.' },
    { id: 's4', text: 'A new elevation profile chart on every route page.', answer: 'OUTPUT', why: 'Describes a thing on a page; it becomes valuable only if it changes how people choose routes.' },
    { id: 's5', text: 'Premium renewal rises from 52 % to 60 % of yearly subscribers.', answer: 'OUTCOME', why: 'Subscribers behave differently (they renew), measured with a baseline and a target.' },
    { id: 's6', text: 'Trailmate becomes the hiking brand people trust most in the Alps.', answer: 'IMPACT', why: 'A lasting result for the organisation, far downstream of any single release.' },
  ]),
  classify('OUTCOME_OUTPUT_SORT', { id: 'c5.1-sort-002', objective: 'C5.1', title: 'ClinicFlow: appointments that happen', prompt: SORT_PROMPT }, OUTCOME_LEVELS, [
    { id: 's1', text: 'Patients reschedule appointments themselves instead of phoning the front desk.', answer: 'OUTCOME', why: 'A change in patient behaviour; the self-service screen is only the output that enables it.' },
    { id: 's2', text: 'An SMS reminder goes out 24 hours before each appointment.', answer: 'OUTPUT', why: 'A delivered capability. Whether reminders reduce no-shows is the outcome still to be checked.' },
    { id: 's3', text: 'No-shows fall from 11 % to 6 % of booked appointments.', answer: 'OUTCOME', why: 'Behaviour change with a baseline and a target: exactly what an outcome should look like.' },
    { id: 's4', text: 'Clinics using ClinicFlow treat more patients per therapist and stay in business.', answer: 'IMPACT', why: 'The long-term benefit for the customer organisations, built from many outcomes over time.' },
    { id: 's5', text: 'An online cancellation form on the booking page.', answer: 'OUTPUT', why: 'Something the team builds; counting forms shipped tells you nothing about no-shows.' },
    { id: 's6', text: 'Patients recover sooner because they complete their treatment series.', answer: 'IMPACT', why: 'A health effect in the world that the product can contribute to but never fully controls.' },
  ]),
  classify('OUTCOME_OUTPUT_SORT', { id: 'c5.1-sort-003', objective: 'C5.1', title: 'Ledgerly: getting freelancers paid', prompt: SORT_PROMPT }, OUTCOME_LEVELS, [
    { id: 's1', text: 'Recurring invoice templates.', answer: 'OUTPUT', why: 'A feature name: output. The question is what freelancers then do differently.' },
    { id: 's2', text: 'Freelancers get paid five days sooner on average.', answer: 'OUTCOME', why: 'A measurable change in the customers\u2019 results, which reminders or templates may cause.' },
    { id: 's3', text: 'Payment reminder e-mails at 7 and 14 days overdue.', answer: 'OUTPUT', why: 'What will be built, including its details; still output until it changes payment behaviour.' },
    { id: 's4', text: 'New sign-ups send their first invoice within a day of joining.', answer: 'OUTCOME', why: 'Activation behaviour of new users: an outcome you can measure per cohort.' },
    { id: 's5', text: 'Fewer small businesses fail for cash-flow reasons.', answer: 'IMPACT', why: 'A societal, long-horizon effect that the product can only contribute to.' },
    { id: 's6', text: 'Version 2 of the bank reconciliation API.', answer: 'OUTPUT', why: 'An interface the team delivers; its value shows only in what customers then achieve.' },
    { id: 's7', text: 'Ledgerly becomes profitable on its own revenue.', answer: 'IMPACT', why: 'An organisational result that sums up many outcomes, not something one item can move directly.' },
  ]),

  select('OUTCOME_ACTIONS', {
    id: 'c5.2-actions-001', objective: 'C5.2', title: 'Trailmate: more renewals, fewer features',
    prompt: 'The Product Goal is to raise premium renewal from 52 % to 60 % this season. Pick every action that raises the outcome while keeping output small.',
  }, [
    { id: 'a1', text: 'Interview ten members who did not renew before choosing any solution.', correct: true, why: 'Learning why people leave is cheap and points the team at the few changes that matter.' },
    { id: 'a2', text: 'Ship the smallest change for the top reason, then check renewals in the next cohort.', correct: true, why: 'A small release that is measured against the outcome avoids building a large solution that may not work.' },
    { id: 'a3', text: 'Drop the planned social-feed items that do not serve renewal.', correct: true, why: 'Saying no to off-goal work is the most direct way to reduce output without losing outcome.' },
    { id: 'a4', text: 'Promise stakeholders every feature they asked for by the end of the season.', correct: false, why: 'Committing to a feature list maximises output and leaves no room to stop when the goal is met.' },
    { id: 'a5', text: 'Track success by the number of story points completed each sprint.', correct: false, why: 'Points measure output; a team can complete many points without moving renewals at all.' },
    { id: 'a6', text: 'Add two developers so the roadmap ships faster.', correct: false, why: 'More capacity produces more output; it does not tell you which output moves the outcome.' },
  ]),
  select('OUTCOME_ACTIONS', {
    id: 'c5.2-actions-002', objective: 'C5.2', title: 'ClinicFlow: fewer no-shows',
    prompt: 'ClinicFlow wants no-shows down from 11 % to 6 % by the end of the quarter. Pick every action that gets more outcome for less output.',
  }, [
    { id: 'a1', text: 'Test plain SMS reminders with two clinics before building a reminder rules engine.', correct: true, why: 'A cheap experiment shows whether reminders move no-shows at all before the big build.' },
    { id: 'a2', text: 'Stop work on reminders once no-shows reach 6 %, even if more options were planned.', correct: true, why: 'When the outcome is reached, further output on the same goal is waste: move to the next goal.' },
    { id: 'a3', text: 'Remove the seldom-used waiting-list feature that the team maintains at high cost.', correct: true, why: 'Less product to maintain frees capacity for outcome work: removing output can raise value.' },
    { id: 'a4', text: 'Gold-plate the booking page so that nobody asks for changes later.', correct: false, why: 'Extra polish is extra output with no evidence that it moves no-shows.' },
    { id: 'a5', text: 'Build every reminder channel (SMS, e-mail, push, voice) in one release.', correct: false, why: 'Building all variants up front maximises output; start with one channel and measure.' },
    { id: 'a6', text: 'Ask each clinic for its wish list and order the backlog by how many clinics asked.', correct: false, why: 'Counting requests orders by demand for output, not by effect on the outcome.' },
  ]),
  select('OUTCOME_ACTIONS', {
    id: 'c5.2-actions-003', objective: 'C5.2', title: 'Parcelbay: first-attempt deliveries',
    prompt: 'Parcelbay wants 95 % of locker parcels collected on the first attempt within six months. Pick every action that raises the outcome without inflating output.',
  }, [
    { id: 'a1', text: 'Write each backlog item with the outcome it should move and check it after release.', correct: true, why: 'Items that carry an outcome can be judged, and failing ideas stopped before more is built on them.' },
    { id: 'a2', text: 'Look at collection data first: find the three lockers with the most failed pickups.', correct: true, why: 'Data narrows the problem so a small, targeted change can be tried.' },
    { id: 'a3', text: 'Release the pickup-code change to one city first and compare it with the others.', correct: true, why: 'A staged release is a cheap comparison that shows the effect before a full rollout.' },
    { id: 'a4', text: 'Keep every developer busy with features so no capacity is wasted.', correct: false, why: 'Full utilisation optimises output; slack for learning and measuring is what finds the outcome.' },
    { id: 'a5', text: 'Build the full locker-reservation system the sales team sketched.', correct: false, why: 'A large solution chosen before the problem is understood is the opposite of minimising output.' },
    { id: 'a6', text: 'Report progress as the number of features released per month.', correct: false, why: 'Features per month rewards output; report first-attempt collection instead.' },
  ]),

  classify('VALUE_LENSES', {
    id: 'c5.4-lenses-001', objective: 'C5.4', title: 'Ledgerly: automatic bank matching',
    prompt: 'Assign each statement about "automatic bank matching" to the perspective whose value it describes: customer, business or team.',
  }, VALUE_LENSES, [
    { id: 'v1', text: 'Freelancers stop spending Friday afternoons matching payments by hand.', answer: 'CUSTOMER', why: 'Time saved in the customer\u2019s own work: value as the customer experiences it.' },
    { id: 'v2', text: 'Customers who use bank matching churn half as often, which protects our revenue.', answer: 'BUSINESS', why: 'Retention and revenue are value to the organisation that builds the product.' },
    { id: 'v3', text: 'Replacing the old CSV import removes our most fragile code path.', answer: 'TEAM', why: 'Less fragile code makes the team faster and safer: value to the people building the product.' },
    { id: 'v4', text: 'Bookkeepers trust the totals and stop double-checking every line.', answer: 'CUSTOMER', why: 'Confidence and less rework for the people using the product.' },
    { id: 'v5', text: 'A partnership with two banks opens a new sales channel.', answer: 'BUSINESS', why: 'A new route to market is a business gain, whatever customers feel about it.' },
    { id: 'v6', text: 'The team learns the open-banking APIs it needs for next year\u2019s roadmap.', answer: 'TEAM', why: 'Learning that enables future work is team value (often called enablement).' },
  ]),
  classify('VALUE_LENSES', {
    id: 'c5.4-lenses-002', objective: 'C5.4', title: 'Parcelbay: evening pickup slots',
    prompt: 'Assign each statement about "evening pickup slots" to the perspective it speaks for: customer, business or team.',
  }, VALUE_LENSES, [
    { id: 'v1', text: 'Shift workers can collect parcels after 22:00 without taking time off.', answer: 'CUSTOMER', why: 'It solves a real problem in the customer\u2019s day.' },
    { id: 'v2', text: 'Lockers that turn over twice a day need fewer new sites, saving capital.', answer: 'BUSINESS', why: 'Lower investment for the same capacity is value to the organisation.' },
    { id: 'v3', text: 'The slot scheduler replaces three manual scripts the team runs every night.', answer: 'TEAM', why: 'Removing toil frees the team and lowers operational risk.' },
    { id: 'v4', text: 'Retail partners pay a premium for guaranteed evening availability.', answer: 'BUSINESS', why: 'New revenue from partners: the business perspective.' },
    { id: 'v5', text: 'Fewer parcels go back to the sender, so buyers get what they ordered.', answer: 'CUSTOMER', why: 'The end customer receives the parcel: value as they see it.' },
    { id: 'v6', text: 'Building it proves the event-driven design the team wants to use elsewhere.', answer: 'TEAM', why: 'Validating an architecture reduces risk for later work: team value.' },
  ]),
  classify('VALUE_LENSES', {
    id: 'c5.4-lenses-003', objective: 'C5.4', title: 'Trailmate: group hikes',
    prompt: 'Assign each statement about "plan a group hike" to customer, business or team value.',
  }, VALUE_LENSES, [
    { id: 'v1', text: 'Friends agree on a route and a date without a long chat thread.', answer: 'CUSTOMER', why: 'Less hassle for the people planning a hike.' },
    { id: 'v2', text: 'Every group invite brings non-members into the app, lowering acquisition cost.', answer: 'BUSINESS', why: 'A cheaper growth channel is value to the company.' },
    { id: 'v3', text: 'Shared plans give the team the sync engine the offline roadmap depends on.', answer: 'TEAM', why: 'An enabler for later items: value to the team\u2019s future work.' },
    { id: 'v4', text: 'Hikers feel safer because someone else knows the route they took.', answer: 'CUSTOMER', why: 'Safety felt by the user is customer value.' },
    { id: 'v5', text: 'Group features justify the higher "family" subscription tier.', answer: 'BUSINESS', why: 'Pricing power and revenue: business value.' },
  ]),

  classify('MEASURE_MATCH', {
    id: 'c5.5-measures-001', objective: 'C5.5', title: 'ClinicFlow: how would you know?',
    prompt: 'For each question about value, choose the technique that measures it best.',
  }, valueMeasureCategories('AB_TEST', 'FUNNEL', 'COHORT_RETENTION', 'SATISFACTION_SURVEY', 'USABILITY_TEST', 'OPERATIONAL_METRIC'), [
    { id: 'm1', text: 'Does the new one-page booking convert more visitors than the old three-step flow?', answer: 'AB_TEST', why: 'Two versions side by side with random assignment isolate the effect of the change.' },
    { id: 'm2', text: 'At which step do patients abandon online booking?', answer: 'FUNNEL', why: 'A funnel shows the drop-off per step of the flow.' },
    { id: 'm3', text: 'Do clinics that switched on reminders still use ClinicFlow six months later?', answer: 'COHORT_RETENTION', why: 'Following a cohort over time shows lasting value rather than a launch spike.' },
    { id: 'm4', text: 'How satisfied are front-desk staff with the new calendar?', answer: 'SATISFACTION_SURVEY', why: 'Satisfaction is an opinion: ask it, consistently, with a survey.' },
    { id: 'm5', text: 'Can a first-time patient book in under two minutes without help?', answer: 'USABILITY_TEST', why: 'Task success and time on task are measured by watching people do the task.' },
    { id: 'm6', text: 'Did self-service rescheduling reduce phone calls to the front desk?', answer: 'OPERATIONAL_METRIC', why: 'Call volume is an operational measure the clinics already record.' },
  ]),
  classify('MEASURE_MATCH', {
    id: 'c5.5-measures-002', objective: 'C5.5', title: 'Backlog Studio: Evidence-Based Management',
    prompt: 'Evidence-Based Management groups value measures in four key value areas. Put each measure of Backlog Studio in its area.',
  }, valueMeasureCategories('CURRENT_VALUE', 'UNREALIZED_VALUE', 'TIME_TO_MARKET', 'ABILITY_TO_INNOVATE'), [
    { id: 'm1', text: 'Revenue per employee this year.', answer: 'CURRENT_VALUE', why: 'What the product delivers today: a current-value measure.' },
    { id: 'm2', text: 'Our share of product-management tools sold to teams of under 50 people.', answer: 'UNREALIZED_VALUE', why: 'The market we could still win is potential value not yet realised.' },
    { id: 'm3', text: 'Days from an idea being accepted to it reaching users.', answer: 'TIME_TO_MARKET', why: 'Lead time measures how fast the organisation can deliver and learn.' },
    { id: 'm4', text: 'Share of the team\u2019s time spent on new capabilities rather than upkeep.', answer: 'ABILITY_TO_INNOVATE', why: 'Time lost to maintenance and debt is time not spent innovating.' },
    { id: 'm5', text: 'Hours to restore service after a production incident.', answer: 'TIME_TO_MARKET', why: 'EBM counts time to restore under time to market: both measure how quickly the product responds.' },
    { id: 'm6', text: 'Gap between users\u2019 satisfaction with us and with the best-rated competitor.', answer: 'UNREALIZED_VALUE', why: 'A satisfaction gap shows value customers would gain that we have not delivered yet.' },
  ]),
  classify('MEASURE_MATCH', {
    id: 'c5.5-measures-003', objective: 'C5.5', title: 'Trailmate: proving the premium tier',
    prompt: 'Choose the technique that best measures each claim about the premium tier.',
  }, valueMeasureCategories('AB_TEST', 'FUNNEL', 'COHORT_RETENTION', 'SATISFACTION_SURVEY', 'FINANCIAL'), [
    { id: 'm1', text: 'A 14-day trial converts more free users to premium than a 7-day one.', answer: 'AB_TEST', why: 'Compare two trial lengths on randomly split new users.' },
    { id: 'm2', text: 'Most free users never reach the paywall screen.', answer: 'FUNNEL', why: 'Counting users at each step up to the paywall shows where they drop out.' },
    { id: 'm3', text: 'Members who downloaded offline maps in their first month renew more often.', answer: 'COHORT_RETENTION', why: 'Compare renewal of cohorts that did and did not use the feature early.' },
    { id: 'm4', text: 'Premium members would recommend Trailmate to a friend.', answer: 'SATISFACTION_SURVEY', why: 'Willingness to recommend (NPS) is asked, not observed.' },
    { id: 'm5', text: 'The premium tier earns more than it costs to run the map servers.', answer: 'FINANCIAL', why: 'Revenue against cost is a financial measure.' },
  ]),
];
