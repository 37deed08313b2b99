import { describe, expect, it } from 'vitest';
import { checkItemDraft, findMeasurableTarget, findOutputPhrasing, findTimeBound, findUntestableCriteria, findValueGap } from './rubric';

const GOOD = {
  outcome: 'No-shows fall from 11 % to 7 % of booked appointments within 8 weeks of release.',
  value: 'Patients free their slot without a phone call and clinics lose less revenue.',
  acceptanceCriteria: 'Given an appointment more than 24 hours away\nWhen the patient taps Cancel\nThen the slot is free within 1 minute',
};
const failed = (draft: Parameters<typeof checkItemDraft>[0], topicWords: string[] = ['no-show']) =>
  checkItemDraft(draft, { topicWords }).filter((c) => !c.passed);

describe('the C5.7 item rubric', () => {
  it('passes a well-written item on every rule', () => {
    expect(failed(GOOD)).toEqual([]);
  });

  it.each([
    ['Build a cancellation screen for patients by June, so no-shows fall from 11 % to 7 %.', 'build'],
    ['We will add a cancel button so no-shows drop to 7 % within 8 weeks.', 'add'],
    ['Implementing self-service cancellation, 7 % no-shows by Q3.', 'implementing'],
    ['Outcome: create an SMS flow; no-shows 7 % by end of Q3.', 'create'],
    ['To develop reminders that cut no-shows to 7 % by 2025-09-30.', 'develop'],
    ['The team shipped reminders; no-shows 7 % in 6 weeks.', 'shipped'],
    ['Set up SMS reminders to reach 7 % no-shows within 2 months.', 'set up'],
  ])('names OUTCOME_NOT_OUTPUT for an outcome phrased as output: %s', (outcome, verb) => {
    const result = failed({ ...GOOD, outcome });
    expect(result.map((c) => c.rule)).toEqual(['OUTCOME_NOT_OUTPUT']);
    expect(result[0]?.message).toContain(`"${verb}"`);
  });

  it('detects a new thing and a passive deliverable as output', () => {
    expect(findOutputPhrasing('A new cancellation page so no-shows drop to 7 %')?.phrase).toBe('a new cancellation');
    expect(findOutputPhrasing('The reminder service is implemented by June')?.reason).toContain('implemented');
    expect(findOutputPhrasing('Increase renewals from 52 % to 60 %')).toBeNull();
    expect(findOutputPhrasing('Patients who built a habit of booking online stay 20 % longer')).toBeNull();
  });

  it('names OUTCOME_MEASURABLE when the only numbers are dates or periods', () => {
    const result = failed({ ...GOOD, outcome: 'Fewer no-shows within 8 weeks of release, by 2025-09-30.' });
    expect(result.map((c) => c.rule)).toEqual(['OUTCOME_MEASURABLE']);
    expect(result[0]?.message).toContain('no number to reach');
    expect(findMeasurableTarget('Renewal from 52 % to 60 % by end of Q3')).toBe('52 %');
    expect(findMeasurableTarget('Faster onboarding in Q3 2025')).toBeNull();
  });

  it('names OUTCOME_TIME_BOUND when no date or period is given', () => {
    const result = failed({ ...GOOD, outcome: 'No-shows fall from 11 % to 7 % of booked appointments.' });
    expect(result.map((c) => c.rule)).toEqual(['OUTCOME_TIME_BOUND']);
    expect(result[0]?.message).toContain('no date or period');
  });

  it.each(['within 6 weeks', 'by 2025-09-30', 'by 30/09/2025', 'in Q3', 'by the end of the quarter', 'by 30 September', 'in the next two sprints', 'by next release', '8 weeks after launch', 'in May 2026'])(
    'reads "%s" as time-bound',
    (phrase) => expect(findTimeBound(`Renewal rises to 60 % ${phrase}`)).not.toBeNull(),
  );

  it('does not read "may" the verb or a weekly rate as a time bound', () => {
    expect(findTimeBound('Users may renew more often, 60 % renewal')).toBeNull();
    expect(findTimeBound('Support tickets fall to 20 a week')).toBeNull();
    expect(findTimeBound('Discussed in sprint reviews')).toBeNull();
  });

  it('names CRITERIA_TESTABLE for vague or missing criteria', () => {
    expect(failed({ ...GOOD, acceptanceCriteria: 'The page is intuitive and fast.' })[0]).toMatchObject({ rule: 'CRITERIA_TESTABLE', message: expect.stringContaining('"intuitive"') });
    expect(failed({ ...GOOD, acceptanceCriteria: '' })[0]?.message).toBe('there are no acceptance criteria');
    expect(failed({ ...GOOD, acceptanceCriteria: 'Patients can cancel.' })[0]?.message).toContain('Given/When/Then');
    expect(findUntestableCriteria(['The export finishes in under 5 s for 1,000 invoices'])).toBeNull();
    expect(findUntestableCriteria('When the patient replies C then the slot is freed')).toBeNull();
  });

  it('names VALUE_STATED for a missing, short or beneficiary-free value', () => {
    expect(findValueGap('')).toContain('no value written');
    expect(findValueGap('Important.')).toContain('1 word');
    expect(findValueGap('This is a really important thing to do.')).toContain('names no one who benefits');
    expect(failed({ ...GOOD, value: 'Nice.' }).map((c) => c.rule)).toEqual(['VALUE_STATED']);
  });

  it('names OUTCOME_ON_TOPIC when the outcome is about something else', () => {
    const result = failed({ ...GOOD, outcome: 'Revenue grows from €1.2m to €1.5m by the end of the year.' }, ['no-show', 'cancel']);
    expect(result.map((c) => c.rule)).toEqual(['OUTCOME_ON_TOPIC']);
    expect(result[0]?.message).toContain('"no-show"');
  });

  it('fails every outcome rule with "no outcome written" when the outcome is empty', () => {
    const result = failed({ ...GOOD, outcome: '   ' });
    expect(result.map((c) => c.rule)).toEqual(['OUTCOME_MEASURABLE', 'OUTCOME_TIME_BOUND', 'OUTCOME_NOT_OUTPUT', 'OUTCOME_ON_TOPIC']);
    expect(result.every((c) => c.message === 'no outcome written')).toBe(true);
  });

  it('applies only the rules asked for', () => {
    expect(checkItemDraft({ ...GOOD, outcome: '' }, { rules: ['VALUE_STATED'] }).map((c) => c.rule)).toEqual(['VALUE_STATED']);
  });
});
