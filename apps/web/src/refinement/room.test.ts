import { describe, expect, test } from 'vitest';
import {
  cardsFromText,
  criteriaFromText,
  describeEvent,
  criteriaToText,
  distributionRows,
  formatClock,
  GWT_TEMPLATE,
  insertTemplate,
  isGivenWhenThen,
  moveEntry,
  nextCardIndex,
  parseTimebox,
  readinessChecklist,
  readinessProblems,
  secondsNow,
  sizeCards,
  splitIssues,
  suggestedCard,
  timeboxState,
  timeVsTimebox,
  unfilledCriteria,
} from './room';

describe('the clock against the timebox', () => {
  test.each([
    [0, '0:00'],
    [5, '0:05'],
    [65, '1:05'],
    [600, '10:00'],
    [3725, '1:02:05'],
    [-3, '0:00'],
    [59.9, '0:59'],
  ])('formatClock(%s) = %s', (seconds, text) => {
    expect(formatClock(seconds)).toBe(text);
  });

  test.each([
    [100, null, 'none'],
    [100, 0, 'none'],
    [0, 10, 'within'],
    [479, 10, 'within'],
    [480, 10, 'near'],
    [600, 10, 'near'],
    [601, 10, 'over'],
  ] as const)('%s s against a timebox of %s min is %s', (seconds, minutes, state) => {
    expect(timeboxState(seconds, minutes)).toBe(state);
  });

  test.each([
    [245, 10, '4:05 of 10:00'],
    [730, 10, '12:10 of 10:00, 2:10 over'],
    [245, null, '4:05, no timebox'],
  ] as const)('timeVsTimebox(%s, %s) = %s', (seconds, minutes, text) => {
    expect(timeVsTimebox(seconds, minutes)).toBe(text);
  });

  test('the item in focus of a live session runs on from the server figure; others stand still', () => {
    const received = 1_000_000;
    expect(secondsNow({ secondsSpent: 30, inFocus: true }, true, received, received + 12_400)).toBe(42);
    expect(secondsNow({ secondsSpent: 30, inFocus: false }, true, received, received + 12_400)).toBe(30);
    expect(secondsNow({ secondsSpent: 30, inFocus: true }, false, received, received + 12_400)).toBe(30);
    expect(secondsNow({ secondsSpent: 30, inFocus: true }, true, received, received - 5_000)).toBe(30);
  });
});

describe('acceptance criteria as text', () => {
  test('one criterion per line, blank lines and spaces dropped, and back', () => {
    expect(criteriaFromText('  Given a pantry, when I plan, then rice  \n\n\r\nA plain sentence\n   ')).toEqual(['Given a pantry, when I plan, then rice', 'A plain sentence']);
    expect(criteriaToText(['one', 'two'])).toBe('one\ntwo');
    expect(criteriaFromText(criteriaToText(['one', 'two']))).toEqual(['one', 'two']);
    expect(criteriaFromText('')).toEqual([]);
  });

  test('the template goes into an empty text and its first placeholder is selected', () => {
    const r = insertTemplate('', 0);
    expect(r.text).toBe(GWT_TEMPLATE);
    expect(r.text.slice(r.selectionStart, r.selectionEnd)).toBe('[context]');
  });

  test('the template goes on a new line after the line the cursor is on', () => {
    const text = 'First criterion\nSecond criterion';
    const r = insertTemplate(text, 3);
    expect(r.text).toBe(`First criterion\n${GWT_TEMPLATE}\nSecond criterion`);
    expect(r.text.slice(r.selectionStart, r.selectionEnd)).toBe('[context]');
    const atEnd = insertTemplate(text, text.length);
    expect(atEnd.text).toBe(`${text}\n${GWT_TEMPLATE}`);
  });

  test('on an empty line the template fills that line', () => {
    const r = insertTemplate('First\n\nThird', 6);
    expect(r.text).toBe(`First\n${GWT_TEMPLATE}\nThird`);
    expect(r.selectionStart).toBe(6 + 'Given '.length);
  });

  test('criteria with a placeholder left are named by number', () => {
    expect(unfilledCriteria(['Given a pantry, when I plan, then rice', GWT_TEMPLATE, 'Given [context], when I sign in, then it works'])).toEqual([2, 3]);
    expect(unfilledCriteria([])).toEqual([]);
  });

  test.each([
    ['Given a pantry with rice, When I plan the week, Then a rice dish is proposed', true],
    ['when I share the list then it arrives as a text', true],
    ['The list loads in under 2 seconds', false],
    ['Then when', false],
  ])('isGivenWhenThen(%s) = %s', (text, expected) => {
    expect(isGivenWhenThen(text)).toBe(expected);
  });
});

describe('the reveal', () => {
  const cards = ['1', '2', '3', '5', '8', '13', '21', '34', '?'];

  test('every card of the scale in order, with 0 where nobody chose it', () => {
    expect(distributionRows(cards, [{ card: '8', votes: 1 }, { card: '5', votes: 2 }])).toEqual([
      { card: '1', votes: 0 },
      { card: '2', votes: 0 },
      { card: '3', votes: 0 },
      { card: '5', votes: 2 },
      { card: '8', votes: 1 },
      { card: '13', votes: 0 },
      { card: '21', votes: 0 },
      { card: '34', votes: 0 },
      { card: '?', votes: 0 },
    ]);
  });

  test('only cards that stand for a size can be accepted; the single mode is proposed', () => {
    expect(sizeCards(cards)).toEqual(['1', '2', '3', '5', '8', '13', '21', '34']);
    expect(sizeCards(['XS', 'S', '?'])).toEqual(['XS', 'S']);
    expect(suggestedCard({ modes: ['5'] })).toBe('5');
    expect(suggestedCard({ modes: ['5', '8'] })).toBeNull();
    expect(suggestedCard({ modes: ['?'] })).toBeNull();
    expect(suggestedCard(null)).toBeNull();
  });

  test.each([
    ['ArrowRight', 0, 1],
    ['ArrowDown', 8, 0],
    ['ArrowLeft', 0, 8],
    ['ArrowUp', 3, 2],
    ['Home', 5, 0],
    ['End', 2, 8],
    ['Enter', 2, null],
  ] as const)('%s from card %s goes to %s', (key, from, to) => {
    expect(nextCardIndex(key, from, cards.length)).toBe(to);
  });
});

describe('the Definition of Ready checklist', () => {
  const definition = [
    { id: 'outcome', text: 'Outcome stated', rule: 'OUTCOME_STATED' },
    { id: 'criteria', text: 'It has testable acceptance criteria', rule: 'ACCEPTANCE_CRITERIA' },
    { id: 'ux', text: 'Designs reviewed with UX', rule: 'MANUAL' },
  ];

  test('automatic lines as the API checked them, manual lines as ticked here', () => {
    const readiness = { met: ['outcome', 'ux'] };
    expect(readinessChecklist(definition, readiness, [])).toEqual([
      { id: 'outcome', text: 'Outcome stated', rule: 'OUTCOME_STATED', manual: false, met: true },
      { id: 'criteria', text: 'It has testable acceptance criteria', rule: 'ACCEPTANCE_CRITERIA', manual: false, met: false },
      { id: 'ux', text: 'Designs reviewed with UX', rule: 'MANUAL', manual: true, met: false },
    ]);
    expect(readinessChecklist(definition, readiness, ['ux'])[2].met).toBe(true);
  });

  test('a refused mark-ready lists the unmet lines in words; other field errors name their field', () => {
    const problem = {
      kind: 'fields' as const,
      message: 'Invalid input',
      fields: [
        { field: 'definitionOfReady', rule: 'criteria', message: 'Not met: testable criteria' },
        { field: 'definitionOfReady', rule: 'gone', message: 'Not met: a line removed meanwhile' },
        { field: 'overrideReason', rule: 'minLength', message: 'say why (at least 5 characters)' },
      ],
    };
    expect(readinessProblems(problem, definition)).toEqual([
      'Not met: It has testable acceptance criteria',
      'Not met: a line removed meanwhile',
      'overrideReason: say why (at least 5 characters)',
    ]);
    expect(readinessProblems({ kind: 'forbidden', message: 'no' }, definition)).toEqual([]);
    expect(readinessProblems(null, definition)).toEqual([]);
  });
});

describe('splitting and the agenda', () => {
  test('a split needs two children, each with a title and a SPIDR pattern, titles distinct', () => {
    expect(splitIssues([{ title: 'One adult', pattern: 'DATA' }])).toEqual(['A split needs at least 2 children.']);
    expect(
      splitIssues([
        { title: 'One adult', pattern: 'DATA' },
        { title: ' ', pattern: '' },
      ]),
    ).toEqual(['Child 2 needs a title.', 'Child 2 needs a SPIDR pattern.']);
    expect(
      splitIssues([
        { title: 'Same', pattern: 'DATA' },
        { title: 'same ', pattern: 'RULES' },
      ]),
    ).toEqual(['Two children have the same title.']);
    expect(
      splitIssues([
        { title: 'One adult', pattern: 'DATA' },
        { title: 'By text message', pattern: 'INTERFACES' },
      ]),
    ).toEqual([]);
  });

  test('an agenda entry moves one place, clamped at both ends', () => {
    expect(moveEntry(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveEntry(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveEntry(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveEntry(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  test.each([
    ['', null],
    ['  ', null],
    ['10', 10],
    [' 240 ', 240],
    ['0', undefined],
    ['241', undefined],
    ['7.5', undefined],
    ['ten', undefined],
  ] as const)('parseTimebox(%j) = %s', (text, minutes) => {
    expect(parseTimebox(text)).toBe(minutes);
  });
});

describe('live events in words', () => {
  test.each([
    [{ type: 'VOTE_CAST', actor: 'Ana', votesCast: 2 }, 'Ana voted: 2 votes so far'],
    [{ type: 'VOTE_CAST', actor: 'Ana', votesCast: 1 }, 'Ana voted: 1 vote so far'],
    [{ type: 'ROUND_REVEALED', actor: 'po@demo.local' }, 'po@demo.local revealed the votes'],
    [{ type: 'PARTICIPANT_LEFT', actor: '' }, 'Someone left'],
    [{ type: 'SOMETHING_NEW', actor: 'Ben' }, 'Ben changed the session'],
  ])('%o reads “%s”', (event, text) => {
    expect(describeEvent(event)).toBe(text);
  });
});

describe('settings', () => {
  test('custom cards typed with commas, semicolons or spaces, each once', () => {
    expect(cardsFromText('1, 2,3 5;  8 ? 2')).toEqual(['1', '2', '3', '5', '8', '?']);
    expect(cardsFromText('  ')).toEqual([]);
  });
});
