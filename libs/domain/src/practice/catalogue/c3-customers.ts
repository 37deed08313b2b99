import type { Exercise } from '../types';
import { connectApproachCategories } from '../vocabulary';
import { classify, kano, segmentation } from './build';

/** C3.2 segmentation, C3.3 Kano for conflicting needs, C3.5 connecting developers with customers. */

const SEGMENT_PROMPT = 'Group the profiles into the given number of segments by their jobs, pains and gains (not by age or job title alone). Name the groups as you like: only who is grouped with whom counts.';
const KANO_PROMPT = 'Classify each feature from the answer pairs (functional: "if it has this feature", dysfunctional: "if it does not"), using the Kano evaluation table and the most frequent category.';
const CONNECT_PROMPT = 'Choose the approach that best connects the developers with customers or users in each situation.';

export const C3_CUSTOMERS: readonly Exercise[] = [
  segmentation({ id: 'c3.2-segments-001', objective: 'C3.2', title: 'Ledgerly: who invoices how', prompt: SEGMENT_PROMPT },
    'Eight Ledgerly users from recent interviews.', [
      { id: 'creative', label: 'Project-based creatives: many clients, per-project invoices, chasing late payers' },
      { id: 'contract', label: 'IT contractors: one long contract, monthly hours, timesheets' },
      { id: 'side', label: 'Side earners: a few invoices a year, want a tax-ready total' },
    ], [
      { id: 'p1', title: 'Amira', text: 'Illustrator with about 12 clients a year; invoices per project and often chases late payers.', segment: 'creative', why: 'Many clients and per-project invoices: the creatives\u2019 job and pain.' },
      { id: 'p2', title: 'Jonas', text: 'Backend developer on an 18-month contract with one client; sends one invoice a month from his timesheet.', segment: 'contract', why: 'One long contract billed monthly by hours.' },
      { id: 'p3', title: 'Lea', text: 'Teacher who sells photos at weekends; four invoices a year; mostly wants a total for her tax return.', segment: 'side', why: 'Few invoices, tax total: a side earner.' },
      { id: 'p4', title: 'Marco', text: 'Copywriter with many small jobs; wants a professional invoice out in a minute.', segment: 'creative', why: 'Many small projects: same job as Amira.' },
      { id: 'p5', title: 'Priya', text: 'Cloud consultant billing a daily rate through an agency; uploads timesheets monthly.', segment: 'contract', why: 'Contract work billed by time: with Jonas.' },
      { id: 'p6', title: 'Tom', text: 'Student who repairs laptops for neighbours and invoices a few times a year.', segment: 'side', why: 'Occasional invoices: a side earner, whatever his trade.' },
      { id: 'p7', title: 'Sofia', text: 'Video editor on fixed-fee projects with milestone invoices; clients pay late.', segment: 'creative', why: 'Per-project billing and late payers.' },
      { id: 'p8', title: 'Kai', text: 'DevOps freelancer on a 12-month contract; invoices the month\u2019s hours.', segment: 'contract', why: 'Long contract, monthly hours.' },
    ]),
  segmentation({ id: 'c3.2-segments-002', objective: 'C3.2', title: 'Trailmate: three kinds of hikers', prompt: SEGMENT_PROMPT },
    'Seven Trailmate users from a diary study.', [
      { id: 'weekend', label: 'Occasional day hikers: need easy routes they can trust' },
      { id: 'alpine', label: 'Serious alpinists: need precise terrain and conditions data' },
      { id: 'family', label: 'Families: need short, safe routes with stops for children' },
    ], [
      { id: 'p1', title: 'Nina', text: 'Goes hiking four times a year with friends; picks popular routes and worries about getting lost.', segment: 'weekend', why: 'Occasional, wants trust and reassurance.' },
      { id: 'p2', title: 'Viktor', text: 'Climbs 3,000 m peaks; checks avalanche bulletins and slope angles before every tour.', segment: 'alpine', why: 'Precise terrain and conditions data.' },
      { id: 'p3', title: 'The Okafors', text: 'Two parents, two children aged 5 and 8; need routes under 6 km with a playground or hut.', segment: 'family', why: 'Short, safe routes with stops.' },
      { id: 'p4', title: 'Elif', text: 'Hikes on holiday only; wants a route that matches her fitness and a clear track to follow.', segment: 'weekend', why: 'The same job as Nina: an easy route she can trust.' },
      { id: 'p5', title: 'Sam', text: 'Ski-tours in winter, scrambles in summer; compares snow reports and GPS tracks.', segment: 'alpine', why: 'Conditions and terrain data: with Viktor.' },
      { id: 'p6', title: 'Grandpa Luis', text: 'Takes his grandchildren on Sunday walks; needs benches, toilets and a short way back.', segment: 'family', why: 'Age is a distraction: his job is a safe outing with children.' },
      { id: 'p7', title: 'Mei', text: 'Office worker who hikes a few weekends a year and is nervous about weather changes.', segment: 'weekend', why: 'Occasional and wants reassurance: a weekend hiker.' },
    ]),
  segmentation({ id: 'c3.2-segments-003', objective: 'C3.2', title: 'ClinicFlow: clinics by how they work', prompt: SEGMENT_PROMPT },
    'Six clinics in the ClinicFlow pilot.', [
      { id: 'solo', label: 'Solo practitioners: no front desk, book between treatments' },
      { id: 'chain', label: 'Multi-site chains: central scheduling across sites' },
    ], [
      { id: 'p1', title: 'Physio Weber', text: 'One therapist, no receptionist; answers the phone between patients.', segment: 'solo', why: 'No front desk: booking interrupts treatment.' },
      { id: 'p2', title: 'MoveWell', text: 'Nine sites; a central call centre books patients wherever a slot is free.', segment: 'chain', why: 'Central scheduling across sites.' },
      { id: 'p3', title: 'Studio Kine', text: 'Two therapists sharing one room; both take bookings on their own phones.', segment: 'solo', why: 'Still no front desk: the same pain as Physio Weber.' },
      { id: 'p4', title: 'ActivCare', text: 'Four sites; managers move therapists between sites weekly.', segment: 'chain', why: 'Cross-site scheduling.' },
      { id: 'p5', title: 'Dr. Haas Physiotherapy', text: 'One therapist, books appointments in a paper diary during breaks.', segment: 'solo', why: 'Booking between treatments, no staff.' },
      { id: 'p6', title: 'Rehab Network North', text: 'Twelve sites, a shared patient waiting list across the region.', segment: 'chain', why: 'Region-wide scheduling.' },
    ]),

  kano({ id: 'c3.3-kano-001', objective: 'C3.3', title: 'Trailmate: five respondents each', prompt: KANO_PROMPT },
    'Hikers answered the functional and dysfunctional question for each candidate feature.', [
      { id: 'f1', text: 'Routes work offline', pairs: [['EXPECT', 'DISLIKE'], ['EXPECT', 'DISLIKE'], ['NEUTRAL', 'DISLIKE'], ['LIKE', 'DISLIKE'], ['NEUTRAL', 'NEUTRAL']],
        why: 'Nobody is delighted by it, but its absence is disliked: a must-be. Without it hikers leave; with it they simply expect the app to work.' },
      { id: 'f2', text: 'Live weather warnings', pairs: [['LIKE', 'DISLIKE'], ['LIKE', 'DISLIKE'], ['LIKE', 'DISLIKE'], ['LIKE', 'NEUTRAL'], ['EXPECT', 'DISLIKE']],
        why: 'Liked when present and disliked when absent: one-dimensional, satisfaction grows with it.' },
      { id: 'f3', text: 'Summit photo badges', pairs: [['LIKE', 'NEUTRAL'], ['LIKE', 'TOLERATE'], ['LIKE', 'NEUTRAL'], ['NEUTRAL', 'NEUTRAL'], ['LIKE', 'DISLIKE']],
        why: 'Liked when there, not missed when absent: attractive, a delighter.' },
      { id: 'f4', text: 'Themed app icons', pairs: [['NEUTRAL', 'NEUTRAL'], ['NEUTRAL', 'TOLERATE'], ['TOLERATE', 'NEUTRAL'], ['LIKE', 'NEUTRAL'], ['NEUTRAL', 'NEUTRAL']],
        why: 'Most do not care either way: indifferent. Do not spend much on it.' },
      { id: 'f5', text: 'Share my live position publicly by default', pairs: [['DISLIKE', 'LIKE'], ['DISLIKE', 'NEUTRAL'], ['DISLIKE', 'LIKE'], ['NEUTRAL', 'NEUTRAL'], ['DISLIKE', 'EXPECT']],
        why: 'Disliked when present, liked when absent: reverse. Building it would lower satisfaction.' },
    ]),
  kano({ id: 'c3.3-kano-002', objective: 'C3.3', title: 'ClinicFlow: one answer pair each', prompt: KANO_PROMPT },
    'A clinic owner answered the two questions for each feature. Read each pair off the evaluation table.', [
      { id: 'f1', text: 'Booking confirmation e-mail', pairs: [['EXPECT', 'DISLIKE']], why: 'Expected, and disliked when missing: must-be.' },
      { id: 'f2', text: 'Patients choose their therapist', pairs: [['LIKE', 'DISLIKE']], why: 'Like with it, dislike without: one-dimensional.' },
      { id: 'f3', text: 'Video consultation option', pairs: [['LIKE', 'TOLERATE']], why: 'Like with it, can live without: attractive.' },
      { id: 'f4', text: 'Clinic colours on the booking page', pairs: [['NEUTRAL', 'TOLERATE']], why: 'Neutral either way: indifferent.' },
      { id: 'f5', text: 'Mandatory questionnaire before every booking', pairs: [['DISLIKE', 'LIKE']], why: 'Dislike with it, like without: reverse.' },
      { id: 'f6', text: 'Automatic rebooking of missed appointments', pairs: [['LIKE', 'LIKE']], why: 'Liking both having and not having it is contradictory: questionable. The question was probably misunderstood; ask again.' },
    ]),
  kano({ id: 'c3.3-kano-003', objective: 'C3.3', title: 'Ledgerly: six freelancers, conflicting wishes', prompt: KANO_PROMPT },
    'Six freelancers answered for each feature. Their wishes conflict; the Kano categories show which to satisfy first.', [
      { id: 'f1', text: 'Invoice numbers that follow the tax rules', pairs: [['EXPECT', 'DISLIKE'], ['NEUTRAL', 'DISLIKE'], ['EXPECT', 'DISLIKE'], ['TOLERATE', 'DISLIKE'], ['LIKE', 'DISLIKE'], ['NEUTRAL', 'NEUTRAL']],
        why: 'Must-be for most: get it right before anything else, it earns no praise but its absence loses customers.' },
      { id: 'f2', text: 'Faster PDF generation', pairs: [['LIKE', 'DISLIKE'], ['LIKE', 'DISLIKE'], ['LIKE', 'TOLERATE'], ['LIKE', 'DISLIKE'], ['EXPECT', 'DISLIKE'], ['NEUTRAL', 'NEUTRAL']],
        why: 'One-dimensional: the faster, the happier.' },
      { id: 'f3', text: 'AI suggests the invoice text', pairs: [['LIKE', 'NEUTRAL'], ['LIKE', 'NEUTRAL'], ['LIKE', 'TOLERATE'], ['NEUTRAL', 'NEUTRAL'], ['DISLIKE', 'NEUTRAL'], ['LIKE', 'EXPECT']],
        why: 'Attractive for most, reverse for one: a delighter, worth offering as an option.' },
      { id: 'f4', text: 'Invoice colour themes', pairs: [['NEUTRAL', 'NEUTRAL'], ['TOLERATE', 'NEUTRAL'], ['NEUTRAL', 'TOLERATE'], ['LIKE', 'NEUTRAL'], ['NEUTRAL', 'NEUTRAL'], ['NEUTRAL', 'EXPECT']],
        why: 'Indifferent: the loud request of one user is not a segment\u2019s need.' },
      { id: 'f5', text: 'Weekly statement e-mails sent to every client', pairs: [['DISLIKE', 'NEUTRAL'], ['DISLIKE', 'LIKE'], ['DISLIKE', 'NEUTRAL'], ['NEUTRAL', 'NEUTRAL'], ['DISLIKE', 'EXPECT'], ['LIKE', 'DISLIKE']],
        why: 'Reverse for most: forcing it on everyone would hurt; at most make it opt-in.' },
    ]),

  classify('TECHNIQUE_MATCH', { id: 'c3.5-connect-001', objective: 'C3.5', title: 'ClinicFlow: developers meet clinics', prompt: CONNECT_PROMPT },
    connectApproachCategories('DEVS_IN_INTERVIEWS', 'FIELD_VISIT', 'SUPPORT_ROTATION', 'USERS_AT_REVIEW', 'WATCH_USABILITY_TESTS'), [
      { id: 'q1', text: 'Developers keep building screens front-desk staff find awkward; none of them has seen a front desk at work.', answer: 'FIELD_VISIT',
        why: 'Seeing the work where it happens (noise, phones, interruptions) changes what developers build.' },
      { id: 'q2', text: 'The team argues about why patients abandon booking; nobody has heard a patient explain it.', answer: 'DEVS_IN_INTERVIEWS',
        why: 'Developers hearing reasons first-hand, without a summary in between.' },
      { id: 'q3', text: 'Bugs reach clinics and developers hear about them weeks later, through managers.', answer: 'SUPPORT_ROTATION',
        why: 'Taking turns on support puts developers in direct contact with customer pain.' },
      { id: 'q4', text: 'Managers attend the Sprint Review, but the people who use the product never do.', answer: 'USERS_AT_REVIEW',
        why: 'Users at the review give feedback on the increment to the whole team at once.' },
      { id: 'q5', text: 'Developers doubt that the new booking form confuses anyone.', answer: 'WATCH_USABILITY_TESTS',
        why: 'Watching real people struggle settles the doubt faster than any report.' },
    ]),
  classify('TECHNIQUE_MATCH', { id: 'c3.5-connect-002', objective: 'C3.5', title: 'Trailmate: developers on the trail', prompt: CONNECT_PROMPT },
    connectApproachCategories('DEVS_IN_INTERVIEWS', 'FIELD_VISIT', 'SUPPORT_ROTATION', 'USERS_AT_REVIEW', 'WATCH_USABILITY_TESTS', 'SHARED_CHANNEL'), [
      { id: 'q1', text: 'Twenty mountain guides try new builds every week; developers want their reactions within a day.', answer: 'SHARED_CHANNEL',
        why: 'A shared channel with pilot users gives fast, continuous feedback between events.' },
      { id: 'q2', text: 'Developers wonder how hikers use the app on the trail, with gloves on and in the cold.', answer: 'FIELD_VISIT',
        why: 'Go where the product is used: a hike with users shows what no lab can.' },
      { id: 'q3', text: 'Tickets about GPS drift pile up, but developers never read them.', answer: 'SUPPORT_ROTATION',
        why: 'Answering tickets themselves makes the pain concrete for developers.' },
      { id: 'q4', text: 'Onboarding tests are recorded, but only the designer watches them.', answer: 'WATCH_USABILITY_TESTS',
        why: 'Developers watching (live or recorded) see where people struggle.' },
      { id: 'q5', text: 'The product owner summarises interviews for the developers, and the nuance gets lost.', answer: 'DEVS_IN_INTERVIEWS',
        why: 'Developers in the interview hear the nuance themselves.' },
      { id: 'q6', text: 'Guides want to see and comment on what was built in the sprint.', answer: 'USERS_AT_REVIEW',
        why: 'The Sprint Review is the place for users to inspect the increment with the team.' },
    ]),
];
