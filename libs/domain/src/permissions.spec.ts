import { describe, expect, it } from 'vitest';
import { can, PERMISSIONS, PRODUCT_ACTIONS, PRODUCT_ROLES, renderPermissionTable } from './permissions';

describe('the permission matrix', () => {
  it('gives the product owner every action', () => {
    for (const action of Object.keys(PRODUCT_ACTIONS) as (keyof typeof PRODUCT_ACTIONS)[]) {
      expect(can('PRODUCT_OWNER', action)).toBe(true);
    }
  });

  it.each([
    ['DEVELOPER', 'CREATE_ITEM', true],
    ['DEVELOPER', 'ESTIMATE', true],
    ['DEVELOPER', 'ORDER', false],
    ['DEVELOPER', 'ACCEPT_PROPOSED_ORDER', false],
    ['STAKEHOLDER', 'COMMENT', true],
    ['STAKEHOLDER', 'RATE_VALUE', true],
    ['STAKEHOLDER', 'EDIT_ITEM', false],
    ['COACH', 'RUN_PRACTICE', true],
    ['COACH', 'EDIT_ITEM', false],
    ['COACH', 'MANAGE_MEMBERS', false],
  ] as const)('%s may %s: %s', (role, action, allowed) => {
    expect(can(role, action)).toBe(allowed);
  });

  it('lets nobody without a role do anything', () => {
    expect(can(null, 'READ')).toBe(false);
  });

  it('renders one row per action and one column per role', () => {
    const table = renderPermissionTable().split('\n');
    expect(table).toHaveLength(2 + Object.keys(PERMISSIONS).length);
    expect(table[0].split('|').length - 2).toBe(1 + PRODUCT_ROLES.length);
    expect(table.find((r) => r.startsWith('| order the backlog'))).toBe('| order the backlog | ✓ | — | — | — |');
  });
});
