import type { Exercise } from '../types';
import { techniqueCategories } from '../vocabulary';
import { classify, stakeholderMap } from './build';

/** C1.3: techniques to gather insights from stakeholders, and where each stakeholder sits on the grid. */

const MATCH_PROMPT = 'Choose the technique that best fits each situation.';
const GRID_PROMPT =
  'Place each stakeholder on the power/interest grid (manage closely, keep satisfied, keep informed, monitor) and choose a technique to engage them.';

export const C1_STAKEHOLDERS: readonly Exercise[] = [
  classify('TECHNIQUE_MATCH', { id: 'c1.3-technique-001', objective: 'C1.3', title: 'Ledgerly: who to ask, and how', prompt: MATCH_PROMPT },
    techniqueCategories('ONE_ON_ONE', 'WORKSHOP', 'SURVEY', 'SPRINT_REVIEW', 'CUSTOMER_VISIT', 'USER_INTERVIEW'), [
      { id: 'q1', text: 'You need the CFO\u2019s view on a pricing change; she is busy and will not read long documents.', answer: 'ONE_ON_ONE',
        why: 'A short personal conversation respects a powerful stakeholder\u2019s time and gets a candid view.' },
      { id: 'q2', text: 'Sales, support and finance each define "active customer" differently; you need one shared definition.', answer: 'WORKSHOP',
        why: 'A disagreement between groups is settled best with all of them in the room.' },
      { id: 'q3', text: 'You want to know how 2,000 freelancers rank five candidate features.', answer: 'SURVEY',
        why: 'Many people, a narrow question: a survey reaches them all cheaply.' },
      { id: 'q4', text: 'Stakeholders should try the new reminder flow and help decide what comes next.', answer: 'SPRINT_REVIEW',
        why: 'The review is where stakeholders inspect the increment and the backlog is adapted.' },
      { id: 'q5', text: 'You want to see how a bookkeeping office really handles invoices on a busy Monday.', answer: 'CUSTOMER_VISIT',
        why: 'Watching work where it happens shows what people do, not what they remember doing.' },
      { id: 'q6', text: 'You want to understand in depth why new users abandon their first invoice.', answer: 'USER_INTERVIEW',
        why: 'Open questions with a few users uncover reasons that numbers cannot.' },
    ]),
  classify('TECHNIQUE_MATCH', { id: 'c1.3-technique-002', objective: 'C1.3', title: 'ClinicFlow: chains, therapists and patients', prompt: MATCH_PROMPT },
    techniqueCategories('ONE_ON_ONE', 'WORKSHOP', 'SURVEY', 'PRODUCT_COUNCIL', 'DEMO', 'NEWSLETTER'), [
      { id: 'q1', text: 'The heads of three clinic chains want a regular say in the product\u2019s direction.', answer: 'PRODUCT_COUNCIL',
        why: 'A council of key customers meets regularly to shape direction together, without each lobbying alone.' },
      { id: 'q2', text: 'Hundreds of patients used online booking last month; you want their satisfaction.', answer: 'SURVEY',
        why: 'A short survey after booking measures satisfaction across many patients.' },
      { id: 'q3', text: 'The owner of the largest chain is unhappy about invoices and hints at leaving.', answer: 'ONE_ON_ONE',
        why: 'A sensitive issue with a key customer needs a private conversation.' },
      { id: 'q4', text: 'Therapists and front-desk staff must agree how the new shared calendar should work.', answer: 'WORKSHOP',
        why: 'Two groups who must agree on one design: work it out together.' },
      { id: 'q5', text: 'A prospective clinic wants to see the reminder feature before signing.', answer: 'DEMO',
        why: 'Showing the working product answers "what does it do?" quickly.' },
      { id: 'q6', text: 'Forty small clinics want to know what changed this month; few have time for meetings.', answer: 'NEWSLETTER',
        why: 'A regular update keeps many low-effort stakeholders informed.' },
    ]),

  stakeholderMap({ id: 'c1.3-grid-001', objective: 'C1.3', title: 'Parcelbay: the locker network', prompt: GRID_PROMPT },
    'Parcelbay runs 1,200 parcel lockers. You are about to change how lockers are booked and opened.', [
      { id: 's1', title: 'Head of Operations', text: 'Runs the locker fleet, signs off every firmware change, and asks about the roadmap every week.', power: 9, interest: 8,
        why: 'Can block releases and cares about every change: a key player.' },
      { id: 's2', title: 'CFO', text: 'Approves the yearly budget; rarely asks about features.', power: 9, interest: 3,
        why: 'Great power, little day-to-day interest: keep satisfied with concise updates on what matters to them (cost, risk).' },
      { id: 's3', title: 'Courier drivers', text: 'Use the loading screen all day and post ideas in the driver forum; no say in budgets.', power: 3, interest: 8,
        why: 'Deeply affected but without formal power: keep them informed and listen; they know the product in use.' },
      { id: 's4', title: 'Shopping-centre landlords', text: 'Host lockers for rent; seldom care about the app.', power: 3, interest: 2,
        why: 'Little power or interest today: monitor in case that changes (e.g. lease renewals).' },
      { id: 's5', title: 'Data-protection officer', text: 'Can stop any release that mishandles personal data, and is very interested in the planned locker cameras.', power: 8, interest: 7,
        why: 'A veto and a strong interest in this change: manage closely.' },
    ]),
  stakeholderMap({ id: 'c1.3-grid-002', objective: 'C1.3', title: 'ClinicFlow: who shapes booking', prompt: GRID_PROMPT },
    'ClinicFlow is redesigning online booking for physiotherapy clinics.', [
      { id: 's1', title: 'Owner of the largest clinic chain', text: 'Brings 30 % of revenue and attends every Sprint Review.', power: 9, interest: 9,
        why: 'Large influence on revenue and highly engaged: a key player.' },
      { id: 's2', title: 'Insurers\u2019 association', text: 'Could change the claims standard the product depends on; shows no interest in booking.', power: 7, interest: 2,
        why: 'Powerful through the standard they control, not interested now: keep satisfied.' },
      { id: 's3', title: 'Physiotherapists', text: 'Use the calendar every day and are keen on improvements; they do not choose the software.', power: 3, interest: 9,
        why: 'Highly interested users without buying power: keep informed, and involve them as a source of insight.' },
      { id: 's4', title: 'Local health-tech meetup', text: 'Occasionally mentions ClinicFlow in talks.', power: 1, interest: 3,
        why: 'Low power and interest: monitor.' },
      { id: 's5', title: 'Front-desk staff', text: 'Handle bookings by phone today and worry that self-service changes their job; no purchasing say.', power: 4, interest: 8,
        why: 'Strongly affected, little formal power: keep informed and listen to their concerns.' },
    ]),
  stakeholderMap({ id: 'c1.3-grid-003', objective: 'C1.3', title: 'Trailmate: from founders to forums', prompt: GRID_PROMPT },
    'Trailmate is planning safety features for the summer season.', [
      { id: 's1', title: 'Founder and CEO', text: 'Funds the product and wants to discuss the roadmap monthly.', power: 10, interest: 8,
        why: 'Funding power and steady interest: manage closely.' },
      { id: 's2', title: 'App store editorial team', text: 'Can feature the app on the front page; not interested in details.', power: 6, interest: 2,
        why: 'Real influence on growth with little interest: keep satisfied with a brief when it matters.' },
      { id: 's3', title: 'Premium forum moderators', text: 'Read every release note and relay members\u2019 wishes.', power: 2, interest: 9,
        why: 'Highly interested, little power: keep informed; they are valuable advocates.' },
      { id: 's4', title: 'Regional tourism boards', text: 'Might partner one day; no contact so far.', power: 3, interest: 3,
        why: 'Monitor: low power, low interest for now.' },
      { id: 's5', title: 'Mountain rescue services', text: 'Very interested in safety features, but cannot stop or fund anything.', power: 2, interest: 7,
        why: 'Keep informed: their interest and expertise matter, their power is low.' },
      { id: 's6', title: 'Legal counsel', text: 'Must approve the safety disclaimer; otherwise uninvolved.', power: 7, interest: 3,
        why: 'Can block the launch on one point, little interest otherwise: keep satisfied.' },
    ]),
];
