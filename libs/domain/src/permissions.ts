/**
 * Who may do what on a product: written once, enforced by the API, used by the web client
 * to hide controls, and rendered into the README. The product owner is one person, not a
 * committee (CSPO C1.6), and keeps authority over the order (C1.7).
 */
export const PRODUCT_ROLES = ['PRODUCT_OWNER', 'DEVELOPER', 'STAKEHOLDER', 'COACH'] as const;
export type ProductRole = (typeof PRODUCT_ROLES)[number];

export const PRODUCT_ROLE_LABELS: Record<ProductRole, string> = {
  PRODUCT_OWNER: 'Product owner',
  DEVELOPER: 'Developer',
  STAKEHOLDER: 'Stakeholder',
  COACH: 'Coach',
};

export const PRODUCT_ACTIONS = {
  READ: 'read the product, its vision, goals, backlog and history',
  EDIT_PRODUCT: 'edit the product, its vision board and Product Goals',
  CREATE_ITEM: 'create backlog items',
  EDIT_ITEM: 'edit backlog items and their dependencies',
  ESTIMATE: 'estimate items (vote in estimation rounds)',
  RUN_REFINEMENT: 'plan and run refinement sessions: agenda, focus, rounds, reveal, accept, split, close',
  JOIN_REFINEMENT: 'join refinement sessions and raise questions',
  OVERRIDE_READINESS: 'mark an item ready against an unmet Definition of Ready, with a reason',
  ARCHIVE_ITEM: 'archive and restore items',
  ORDER: 'order the backlog',
  ACCEPT_PROPOSED_ORDER: 'accept a proposed order',
  MANAGE_MEMBERS: 'invite members, change roles, hand over ownership',
  MANAGE_STAKEHOLDERS: 'map stakeholders (and see their contact details)',
  LOG_ENGAGEMENT: 'log engagements with stakeholders',
  RUN_VOTING: 'open and close budget voting rounds',
  COMMENT: 'comment on items and goals',
  RATE_VALUE: 'give a value perspective on items',
  RUN_PRACTICE: 'run practice exercises and simulations on the product',
} as const;
export type ProductAction = keyof typeof PRODUCT_ACTIONS;

const ALL: readonly ProductRole[] = PRODUCT_ROLES;

export const PERMISSIONS: Record<ProductAction, readonly ProductRole[]> = {
  READ: ALL,
  EDIT_PRODUCT: ['PRODUCT_OWNER'],
  CREATE_ITEM: ['PRODUCT_OWNER', 'DEVELOPER'],
  EDIT_ITEM: ['PRODUCT_OWNER', 'DEVELOPER'],
  ESTIMATE: ['PRODUCT_OWNER', 'DEVELOPER'],
  RUN_REFINEMENT: ['PRODUCT_OWNER', 'DEVELOPER', 'COACH'],
  JOIN_REFINEMENT: ALL,
  OVERRIDE_READINESS: ['PRODUCT_OWNER'],
  ARCHIVE_ITEM: ['PRODUCT_OWNER'],
  ORDER: ['PRODUCT_OWNER'],
  ACCEPT_PROPOSED_ORDER: ['PRODUCT_OWNER'],
  MANAGE_MEMBERS: ['PRODUCT_OWNER'],
  MANAGE_STAKEHOLDERS: ['PRODUCT_OWNER'],
  LOG_ENGAGEMENT: ['PRODUCT_OWNER', 'DEVELOPER'],
  RUN_VOTING: ['PRODUCT_OWNER'],
  COMMENT: ALL,
  RATE_VALUE: ['PRODUCT_OWNER', 'STAKEHOLDER'],
  RUN_PRACTICE: ALL,
};

export function can(role: ProductRole | null | undefined, action: ProductAction): boolean {
  return !!role && PERMISSIONS[action].includes(role);
}

/** The matrix as a Markdown table (the README embeds exactly this). */
export function renderPermissionTable(): string {
  const header = `| action | ${PRODUCT_ROLES.map((r) => PRODUCT_ROLE_LABELS[r].toLowerCase()).join(' | ')} |`;
  const rule = `|---|${PRODUCT_ROLES.map(() => ':-:').join('|')}|`;
  const rows = (Object.keys(PRODUCT_ACTIONS) as ProductAction[]).map(
    (action) => `| ${PRODUCT_ACTIONS[action]} | ${PRODUCT_ROLES.map((r) => (can(r, action) ? '✓' : '—')).join(' | ')} |`,
  );
  return [header, rule, ...rows].join('\n');
}
