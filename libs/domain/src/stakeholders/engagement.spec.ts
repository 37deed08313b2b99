import { describe, expect, it } from 'vitest';
import { IsoDateError } from '../forecast/iso-date';
import { keyPlayersNotEngaged, type EngagedStakeholder } from './engagement';
import { StakeholderInputError } from './errors';

const stakeholders: EngagedStakeholder[] = [
  { id: 'exactly-30', power: 9, interest: 9, lastEngagedAt: '2024-03-01' },
  { id: 'leap-day-31', power: 8, interest: 7, lastEngagedAt: '2024-02-29' },
  { id: 'never', power: 10, interest: 10, lastEngagedAt: null },
  { id: 'informed-never', power: 2, interest: 9, lastEngagedAt: null },
  { id: 'satisfied-old', power: 9, interest: 1, lastEngagedAt: '2023-01-01' },
  { id: 'boundary-91', power: 5, interest: 5, lastEngagedAt: '2023-12-31' },
  { id: 'timestamp-40', power: 7, interest: 7, lastEngagedAt: '2024-02-20T23:30:00.000Z' },
  { id: 'future', power: 7, interest: 7, lastEngagedAt: '2024-04-02' },
  { id: 'also-never', power: 6, interest: 6, lastEngagedAt: null },
];

describe('keyPlayersNotEngaged', () => {
  it('lists key players never engaged or engaged more than 30 days ago, most neglected first', () => {
    expect(keyPlayersNotEngaged(stakeholders, '2024-03-31')).toEqual([
      { id: 'also-never', lastEngagedAt: null, daysSince: null },
      { id: 'never', lastEngagedAt: null, daysSince: null },
      { id: 'boundary-91', lastEngagedAt: '2023-12-31', daysSince: 91 },
      { id: 'timestamp-40', lastEngagedAt: '2024-02-20T23:30:00.000Z', daysSince: 40 },
      { id: 'leap-day-31', lastEngagedAt: '2024-02-29', daysSince: 31 },
    ]);
  });

  it.each([
    [0, ['a-yesterday']],
    [1, []],
    [365, []],
  ])('with days = %d lists %j', (days, expected) => {
    const list: EngagedStakeholder[] = [
      { id: 'a-yesterday', power: 10, interest: 10, lastEngagedAt: '2024-06-09' },
      { id: 'b-today', power: 10, interest: 10, lastEngagedAt: '2024-06-10' },
    ];
    expect(keyPlayersNotEngaged(list, '2024-06-10', days).map((s) => s.id)).toEqual(expected);
  });

  it('refuses a bad today, a bad last engagement, a bad days and off-scale ratings', () => {
    expect(() => keyPlayersNotEngaged([], '31/03/2024')).toThrow(IsoDateError);
    expect(() => keyPlayersNotEngaged([{ id: 'x', power: 9, interest: 9, lastEngagedAt: 'yesterday' }], '2024-03-31')).toThrow(IsoDateError);
    expect(() => keyPlayersNotEngaged([], '2024-03-31', -1)).toThrow(StakeholderInputError);
    expect(() => keyPlayersNotEngaged([{ id: 'x', power: 11, interest: 9, lastEngagedAt: null }], '2024-03-31')).toThrow(StakeholderInputError);
  });
});
