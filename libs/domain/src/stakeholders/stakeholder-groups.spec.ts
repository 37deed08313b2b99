import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VALUE_PERSPECTIVE,
  ENGAGEMENT_TECHNIQUE_LABELS,
  ENGAGEMENT_TECHNIQUES,
  STAKEHOLDER_GROUP_LABELS,
  STAKEHOLDER_GROUPS,
  VALUE_PERSPECTIVE_LABELS,
  VALUE_PERSPECTIVES,
  VALUE_RATER_GROUP_LABELS,
  VALUE_RATER_GROUPS,
  type ValuePerspective,
  type ValueRaterGroup,
} from './stakeholder-groups';

describe('stakeholder vocabularies', () => {
  it.each([
    ['groups', STAKEHOLDER_GROUPS, STAKEHOLDER_GROUP_LABELS],
    ['techniques', ENGAGEMENT_TECHNIQUES, ENGAGEMENT_TECHNIQUE_LABELS],
    ['perspectives', VALUE_PERSPECTIVES, VALUE_PERSPECTIVE_LABELS],
    ['rater groups', VALUE_RATER_GROUPS, VALUE_RATER_GROUP_LABELS],
  ] as const)('labels every one of the %s and nothing else', (_name, values, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    for (const value of values) expect((labels as Record<string, string>)[value]).not.toBe('');
  });

  it('keeps the Scrum Team out of the stakeholder groups but lets it rate value', () => {
    expect(STAKEHOLDER_GROUPS).not.toContain('SCRUM_TEAM');
    expect(VALUE_RATER_GROUPS).toContain('SCRUM_TEAM');
  });

  it.each<[ValueRaterGroup, ValuePerspective]>([
    ['CUSTOMER', 'CUSTOMER'],
    ['USER', 'CUSTOMER'],
    ['SPONSOR', 'BUSINESS'],
    ['SALES', 'BUSINESS'],
    ['SUPPORT', 'BUSINESS'],
    ['COMPLIANCE', 'BUSINESS'],
    ['OPERATIONS', 'BUSINESS'],
    ['OTHER', 'BUSINESS'],
    ['SCRUM_TEAM', 'TEAM'],
  ])('%s rates from the %s perspective by default', (group, perspective) => {
    expect(DEFAULT_VALUE_PERSPECTIVE[group]).toBe(perspective);
  });
});
