import type { Exercise, TextElement } from '../types';
import { ranking, select } from './build';

/** C4.2: compare validation approaches by cost and quality of learning; pick what to test first. */

const RANK_PROMPT = 'Rank the approaches twice: by cost (cheapest first) and by the strength of the evidence they give (strongest first).';
const MAP_PROMPT = 'Pick the assumptions to test first: the important ones with weak evidence.';

const about = (kind: string, ifWrong: string, known: string): TextElement['details'] => [
  { label: 'Kind', value: kind },
  { label: 'If it is wrong', value: ifWrong },
  { label: 'What we know', value: known },
];

export const C4_VALIDATION: readonly Exercise[] = [
  ranking({ id: 'c4.2-validation-001', objective: 'C4.2', title: 'Trailmate: do hikers want offline routes?', prompt: RANK_PROMPT },
    'Assumption: members want to follow routes offline.', [
      { id: 'a1', title: 'Forum poll', text: 'Ask in the community forum whether members want offline maps (one afternoon).',
        why: 'Cheapest, and the weakest evidence: a self-selected few state an opinion.' },
      { id: 'a2', title: 'Agency focus groups', text: 'A market-research agency runs focus groups (8 weeks, €30,000).',
        why: 'Expensive, yet still opinions in an artificial setting: weak evidence for its cost.' },
      { id: 'a3', title: 'Interviews', text: 'Interview eight members about their last hike (a week).',
        why: 'Cheap; stories of past behaviour are better evidence than opinions, but the sample is small.' },
      { id: 'a4', title: 'Fake door', text: 'Show a "save for offline" button to 10 % of members and count taps (two weeks).',
        why: 'Moderate cost; real behaviour from many members: strong evidence of interest.' },
      { id: 'a5', title: 'Build and release', text: 'Build offline routes and release them to everyone (three months).',
        why: 'The most expensive way to learn, and the strongest evidence: real use at scale.' },
    ], ['a1', 'a3', 'a4', 'a2', 'a5'], ['a5', 'a4', 'a3', 'a2', 'a1']),
  ranking({ id: 'c4.2-validation-002', objective: 'C4.2', title: 'Ledgerly: will freelancers pay for reminders?', prompt: RANK_PROMPT },
    'Assumption: freelancers will pay €5 a month for automatic payment reminders.', [
      { id: 'b1', title: 'Survey', text: 'E-mail survey: "Would you pay €5 a month for reminders?"',
        why: 'Cheapest; stated intent to pay is notoriously unreliable.' },
      { id: 'b2', title: 'Price test', text: 'Show the €5 add-on on the pricing page and count upgrade attempts.',
        why: 'Cheap; a click toward paying is behaviour, though no money changes hands.' },
      { id: 'b3', title: 'Concierge', text: 'Fifteen customers pay €5 and the team sends their reminders by hand for a month.',
        why: 'Costly in team time; real money paid is strong evidence, on a small sample.' },
      { id: 'b4', title: 'Full build', text: 'Build reminders as a paid add-on for everyone.',
        why: 'The most expensive; real payments at scale are the strongest evidence.' },
      { id: 'b5', title: 'Expert panel', text: 'Pay five accountants for a day to give their opinion.',
        why: 'Costs more than a survey or a price test, and gives the weakest evidence: opinions of non-customers.' },
    ], ['b1', 'b2', 'b5', 'b3', 'b4'], ['b4', 'b3', 'b2', 'b1', 'b5']),
  ranking({ id: 'c4.2-validation-003', objective: 'C4.2', title: 'ClinicFlow: can we read clinic calendars?', prompt: RANK_PROMPT },
    'Assumption (feasibility): we can read therapists\u2019 availability from the clinics\u2019 existing calendar tools.', [
      { id: 'c1', title: 'API documentation', text: 'A developer reads the vendors\u2019 API documentation (half a day).',
        why: 'Cheap; documentation shows what should work, not what does.' },
      { id: 'c2', title: 'Ask sales reps', text: 'E-mail the vendors\u2019 sales representatives.',
        why: 'Cheapest; sales promises are the weakest evidence of technical feasibility.' },
      { id: 'c3', title: 'Spike', text: 'Connect to a test account of the most common vendor (three days).',
        why: 'Moderate cost; working code against a real API is strong evidence.' },
      { id: 'c4', title: 'Pilot', text: 'Run against two clinics\u2019 real calendars for two weeks.',
        why: 'Costs more; real data, real edge cases: the strongest evidence.' },
      { id: 'c5', title: 'Consultants\u2019 report', text: 'Hire consultants to write an integration study (€25,000).',
        why: 'The most expensive, and the evidence is analysis, not a working connection.' },
    ], ['c2', 'c1', 'c3', 'c4', 'c5'], ['c4', 'c3', 'c5', 'c1', 'c2']),

  select('ASSUMPTION_MAP', { id: 'c4.2-assumptions-001', objective: 'C4.2', title: 'Trailmate: offline maps', prompt: MAP_PROMPT }, [
    { id: 'h1', text: 'Hikers want to use routes offline.', details: about('desirable', 'The goal fails.', '12,000 GPX exports a month: members already work around it.'), correct: false,
      why: 'Important, but the evidence is strong: no need to test it first.' },
    { id: 'h2', text: 'Members will pay a higher price for offline maps.', details: about('viable', 'The business case fails.', 'Nothing yet.'), correct: true,
      why: 'Critical and unsupported: test it first (e.g. a price test).' },
    { id: 'h3', text: 'The Alps\u2019 map tiles fit in 500 MB on a phone.', details: about('feasible', 'The feature cannot ship as planned.', 'Nobody has checked.'), correct: true,
      why: 'A feasibility risk the whole plan rests on, with no evidence: a quick spike.' },
    { id: 'h4', text: 'Hikers like a dark map theme.', details: about('desirable', 'A few hikers are mildly annoyed.', 'A couple of forum posts.'), correct: false,
      why: 'Unimportant: even if wrong, little is lost. Do not spend a test on it.' },
    { id: 'h5', text: 'Our map licence allows offline caching.', details: about('viable', 'We cannot legally ship it.', 'Nobody has read the contract for this.'), correct: true,
      why: 'A legal showstopper with no evidence: check the contract now.' },
    { id: 'h6', text: 'Users prefer metric units.', details: about('desirable', 'Some users switch a setting.', 'Settings data: 97 % use metric.'), correct: false,
      why: 'Unimportant and well evidenced.' },
  ]),
  select('ASSUMPTION_MAP', { id: 'c4.2-assumptions-002', objective: 'C4.2', title: 'ClinicFlow: reminders', prompt: MAP_PROMPT }, [
    { id: 'h1', text: 'Patients read their SMS.', details: about('desirable', 'Reminders have no effect.', 'Our delivery reports: 96 % delivered, industry read rates above 90 %.'), correct: false,
      why: 'Important, and the evidence is strong.' },
    { id: 'h2', text: 'Reminders reduce no-shows in physiotherapy.', details: about('desirable', 'The goal fails.', 'Studies from dentistry only.'), correct: true,
      why: 'The goal rests on it and the evidence comes from another field: test with a pilot clinic.' },
    { id: 'h3', text: 'Clinics will let us send SMS in their name.', details: about('viable', 'We cannot send reminders at all.', 'One clinic owner said "probably".'), correct: true,
      why: 'A showstopper backed by one "probably": ask several clinics now.' },
    { id: 'h4', text: 'Patients prefer a friendly tone in reminders.', details: about('desirable', 'The wording is slightly off.', 'A hunch.'), correct: false,
      why: 'Weak evidence, but unimportant: adjust later.' },
    { id: 'h5', text: 'SMS costs stay under €0.08 per message.', details: about('viable', 'Margins shrink.', 'Signed price list from the provider.'), correct: false,
      why: 'Important, but already settled by a contract.' },
    { id: 'h6', text: 'Patients without a mobile phone are a small group.', details: about('desirable', 'A few patients get no reminder.', 'Clinic data: 4 % of patients.'), correct: false,
      why: 'Well evidenced and of limited importance.' },
  ]),
  select('ASSUMPTION_MAP', { id: 'c4.2-assumptions-003', objective: 'C4.2', title: 'Ledgerly: direct debit', prompt: MAP_PROMPT }, [
    { id: 'h1', text: 'Repeat clients accept a direct-debit mandate from a freelancer.', details: about('desirable', 'Nobody uses the feature.', 'No data.'), correct: true,
      why: 'The feature is worthless if clients refuse; nothing supports it yet.' },
    { id: 'h2', text: 'Our bank partner supports SEPA mandates.', details: about('feasible', 'We cannot build it.', 'A clause in the signed contract.'), correct: false,
      why: 'Important but settled.' },
    { id: 'h3', text: 'Freelancers trust Ledgerly to hold their clients\u2019 mandates.', details: about('desirable', 'Freelancers will not switch it on.', 'No data.'), correct: true,
      why: 'Trust is critical for money movement, and untested.' },
    { id: 'h4', text: 'A green "paid" badge motivates users.', details: about('desirable', 'A badge nobody cares about.', 'A designer\u2019s hunch.'), correct: false,
      why: 'Weak evidence, low importance: not worth testing first.' },
    { id: 'h5', text: 'Direct debit shortens the days to payment.', details: about('viable', 'It does not serve the Product Goal.', 'One competitor\u2019s blog post.'), correct: true,
      why: 'The link to the goal rests on a marketing claim: test it.' },
    { id: 'h6', text: 'Freelancers do their invoicing on a desktop computer.', details: about('desirable', 'The layout needs a tweak.', 'Analytics: 85 % desktop sessions.'), correct: false,
      why: 'Unimportant and well known.' },
  ]),
];
