import { beforeAll, describe, expect, it } from 'vitest';
import { answerFromKey, ownBacklogExercise, ownBacklogMaterialKey, PERMISSIONS, type ProductAction } from '@backlog-studio/domain';
import { addMember, aProduct, anActiveGoal, anItem, signUp, type Account, type GqlClient, type GraphQLResponse } from '@backlog-studio/testing';
import { engines, useApi } from './helpers';

type Role = 'PRODUCT_OWNER' | 'DEVELOPER' | 'STAKEHOLDER' | 'COACH' | 'NON_MEMBER' | 'ANONYMOUS';
const ROLES: Role[] = ['PRODUCT_OWNER', 'DEVELOPER', 'STAKEHOLDER', 'COACH', 'NON_MEMBER', 'ANONYMOUS'];

interface World {
  productId: string;
  owner: GqlClient;
  members: Record<'DEVELOPER' | 'STAKEHOLDER' | 'COACH', Account>;
}

/** Each operation prepares what it needs as the owner, then runs as the caller under test. */
type ProductOp = { name: string; action: ProductAction; run: (caller: GqlClient, w: World) => Promise<GraphQLResponse> };

const M = (name: string, input: string, fields = 'id') => `mutation($input: ${input}!) { ${name}(input: $input) { ${fields} } }`;

const PRODUCT_OPS: ProductOp[] = [
  { name: 'product', action: 'READ', run: (c, w) => c.request(`query($id: ID!) { product(id: $id) { id name } }`, { id: w.productId }) },
  { name: 'backlogItems', action: 'READ', run: (c, w) => c.request(`query($p: ID!) { backlogItems(productId: $p) { totalCount } }`, { p: w.productId }) },
  {
    name: 'backlogItem',
    action: 'READ',
    run: async (c, w) => c.request(`query($id: ID!) { backlogItem(id: $id) { id } }`, { id: (await anItem(w.owner, w.productId)).id }),
  },
  { name: 'orderHistory', action: 'READ', run: (c, w) => c.request(`query($p: ID!) { orderHistory(productId: $p) { id } }`, { p: w.productId }) },
  { name: 'members', action: 'READ', run: (c, w) => c.request(`query($p: ID!) { members(productId: $p) { id role } }`, { p: w.productId }) },
  { name: 'updateProduct', action: 'EDIT_PRODUCT', run: (c, w) => c.request(M('updateProduct', 'UpdateProductInput'), { input: { id: w.productId, description: 'changed' } }) },
  { name: 'setProductVision', action: 'EDIT_PRODUCT', run: (c, w) => c.request(M('setProductVision', 'SetProductVisionInput'), { input: { productId: w.productId, vision: 'A vision' } }) },
  {
    name: 'createProductGoal',
    action: 'EDIT_PRODUCT',
    run: (c, w) => c.request(M('createProductGoal', 'CreateProductGoalInput'), { input: { productId: w.productId, statement: 'Goal', status: 'ABANDONED' } }),
  },
  {
    name: 'updateProductGoal',
    action: 'EDIT_PRODUCT',
    run: async (c, w) => {
      const goal = await w.owner.ok<{ createProductGoal: { id: string } }>(M('createProductGoal', 'CreateProductGoalInput'), {
        input: { productId: w.productId, statement: 'Old goal', status: 'FULFILLED' },
      });
      return c.request(M('updateProductGoal', 'UpdateProductGoalInput'), { input: { id: goal.createProductGoal.id, measure: 'm' } });
    },
  },
  { name: 'createBacklogItem', action: 'CREATE_ITEM', run: (c, w) => c.request(M('createBacklogItem', 'CreateBacklogItemInput'), { input: { productId: w.productId, title: 'Idea' } }) },
  {
    name: 'updateBacklogItem',
    action: 'EDIT_ITEM',
    run: async (c, w) => c.request(M('updateBacklogItem', 'UpdateBacklogItemInput'), { input: { id: (await anItem(w.owner, w.productId)).id, expectedVersion: 1, size: 3 } }),
  },
  {
    name: 'archiveBacklogItem',
    action: 'ARCHIVE_ITEM',
    run: async (c, w) => c.request(M('archiveBacklogItem', 'ArchiveBacklogItemInput'), { input: { id: (await anItem(w.owner, w.productId)).id } }),
  },
  {
    name: 'restoreBacklogItem',
    action: 'ARCHIVE_ITEM',
    run: async (c, w) => {
      const item = await anItem(w.owner, w.productId);
      await w.owner.ok(M('archiveBacklogItem', 'ArchiveBacklogItemInput'), { input: { id: item.id } });
      return c.request(M('restoreBacklogItem', 'ArchiveBacklogItemInput'), { input: { id: item.id } });
    },
  },
  {
    name: 'moveBacklogItem',
    action: 'ORDER',
    run: async (c, w) => {
      const a = await anItem(w.owner, w.productId);
      const b = await anItem(w.owner, w.productId);
      return c.request(M('moveBacklogItem', 'MoveBacklogItemInput'), { input: { itemId: b.id, beforeItemId: a.id, expectedVersion: 1 } });
    },
  },
  {
    name: 'addDependency',
    action: 'EDIT_ITEM',
    run: async (c, w) => {
      const a = await anItem(w.owner, w.productId);
      const b = await anItem(w.owner, w.productId);
      return c.request(M('addDependency', 'DependencyInput'), { input: { itemId: b.id, dependsOnId: a.id } });
    },
  },
  {
    name: 'removeDependency',
    action: 'EDIT_ITEM',
    run: async (c, w) => {
      const a = await anItem(w.owner, w.productId);
      const b = await anItem(w.owner, w.productId);
      await w.owner.ok(M('addDependency', 'DependencyInput'), { input: { itemId: b.id, dependsOnId: a.id } });
      return c.request(M('removeDependency', 'DependencyInput'), { input: { itemId: b.id, dependsOnId: a.id } });
    },
  },
  {
    name: 'proposedOrder',
    action: 'READ',
    run: (c, w) => c.request(`query($p: ID!) { proposedOrder(productId: $p, strategy: WSJF) { orderVersion } }`, { p: w.productId }),
  },
  {
    name: 'applyProposedOrder',
    action: 'ACCEPT_PROPOSED_ORDER',
    run: async (c, w) => {
      const p = await w.owner.ok<{ proposedOrder: { orderVersion: string } }>(`query($p: ID!) { proposedOrder(productId: $p, strategy: VALUE) { orderVersion } }`, { p: w.productId });
      return c.request(M('applyProposedOrder', 'ApplyProposedOrderInput', 'movedCount'), {
        input: { productId: w.productId, strategy: 'VALUE', basedOnOrderVersion: p.proposedOrder.orderVersion },
      });
    },
  },
  { name: 'stakeholders', action: 'READ', run: (c, w) => c.request(`query($p: ID!) { stakeholders(productId: $p) { id } }`, { p: w.productId }) },
  { name: 'engagements', action: 'READ', run: (c, w) => c.request(`query($p: ID!) { engagements(productId: $p) { id } }`, { p: w.productId }) },
  { name: 'neglectedKeyPlayers', action: 'READ', run: (c, w) => c.request(`query($p: ID!) { neglectedKeyPlayers(productId: $p) { daysSince } }`, { p: w.productId }) },
  { name: 'contestedItems', action: 'READ', run: (c, w) => c.request(`query($p: ID!) { contestedItems(productId: $p) { itemId } }`, { p: w.productId }) },
  {
    name: 'itemValue',
    action: 'READ',
    run: async (c, w) => c.request(`query($i: ID!) { itemValue(itemId: $i) { spread } }`, { i: (await anItem(w.owner, w.productId)).id }),
  },
  {
    name: 'comments',
    action: 'READ',
    run: async (c, w) => c.request(`query($t: ID!) { comments(targetId: $t) { id } }`, { t: (await anItem(w.owner, w.productId)).id }),
  },
  {
    name: 'createStakeholder',
    action: 'MANAGE_STAKEHOLDERS',
    run: (c, w) => c.request(M('createStakeholder', 'CreateStakeholderInput'), { input: { productId: w.productId, name: 'Head of Sales', group: 'SALES' } }),
  },
  {
    name: 'updateStakeholder',
    action: 'MANAGE_STAKEHOLDERS',
    run: async (c, w) => c.request(M('updateStakeholder', 'UpdateStakeholderInput'), { input: { id: await aStakeholder(w), expectedVersion: 1, power: 9 } }),
  },
  {
    name: 'removeStakeholder',
    action: 'MANAGE_STAKEHOLDERS',
    run: async (c, w) => c.request(`mutation($id: ID!) { removeStakeholder(id: $id) }`, { id: await aStakeholder(w) }),
  },
  {
    name: 'logEngagement',
    action: 'LOG_ENGAGEMENT',
    run: async (c, w) =>
      c.request(M('logEngagement', 'LogEngagementInput'), { input: { productId: w.productId, date: '2026-11-20', technique: 'DEMO', stakeholderIds: [await aStakeholder(w)] } }),
  },
  {
    name: 'rateValue',
    action: 'RATE_VALUE',
    run: async (c, w) => {
      // The stakeholder member speaks for this stakeholder; the owner may rate on anyone's behalf.
      const stakeholderId = await aStakeholder(w, w.members.STAKEHOLDER.userId);
      return c.request(M('rateValue', 'RateValueInput', 'spread'), { input: { itemId: (await anItem(w.owner, w.productId)).id, stakeholderId, value: 8, rationale: 'Saves calls' } });
    },
  },
  {
    name: 'addComment',
    action: 'COMMENT',
    run: async (c, w) => c.request(M('addComment', 'AddCommentInput'), { input: { targetId: (await anItem(w.owner, w.productId)).id, body: 'Looks good' } }),
  },
  { name: 'progressReport', action: 'READ', run: (c, w) => c.request(`query($p: ID!) { progressReport(productId: $p) { doneItems } }`, { p: w.productId }) },
  { name: 'shareLinks', action: 'EDIT_PRODUCT', run: (c, w) => c.request(`query($p: ID!) { shareLinks(productId: $p) { id } }`, { p: w.productId }) },
  { name: 'createShareLink', action: 'EDIT_PRODUCT', run: (c, w) => c.request(`mutation($p: ID!) { createShareLink(productId: $p) { id } }`, { p: w.productId }) },
  {
    name: 'revokeShareLink',
    action: 'EDIT_PRODUCT',
    run: async (c, w) => {
      const link = await w.owner.ok<{ createShareLink: { id: string } }>(`mutation($p: ID!) { createShareLink(productId: $p) { id } }`, { p: w.productId });
      return c.request(`mutation($id: ID!) { revokeShareLink(id: $id) { id } }`, { id: link.createShareLink.id });
    },
  },
  { name: 'votingRounds', action: 'READ', run: (c, w) => c.request(`query($p: ID!) { votingRounds(productId: $p) { id } }`, { p: w.productId }) },
  { name: 'votingRound', action: 'READ', run: async (c, w) => c.request(`query($r: ID!) { votingRound(roundId: $r) { id } }`, { r: await aRound(w) }) },
  {
    name: 'openVotingRound',
    action: 'RUN_VOTING',
    run: async (c, w) => {
      const a = await anItem(w.owner, w.productId, { size: 3 });
      const b = await anItem(w.owner, w.productId, { size: 5 });
      return c.request(M('openVotingRound', 'OpenVotingRoundInput'), {
        input: { productId: w.productId, title: 'Q1', itemIds: [a.id, b.id], participants: [{ userId: w.members.STAKEHOLDER.userId, budget: 4 }] },
      });
    },
  },
  { name: 'closeVotingRound', action: 'RUN_VOTING', run: async (c, w) => c.request(`mutation($r: ID!) { closeVotingRound(roundId: $r) { status } }`, { r: await aRound(w) }) },
  {
    name: 'practiceBacklogItems',
    action: 'RUN_PRACTICE',
    run: (c, w) => c.request(`query($p: ID!) { practiceBacklogItems(productId: $p) { id } }`, { p: w.productId }),
  },
  {
    name: 'submitOwnBacklogPractice',
    action: 'RUN_PRACTICE',
    run: async (c, w) => {
      // Two items with every WSJF part at the top of the backlog, the exercise made from it as the browser makes it.
      const top = await w.owner.ok<{ backlogItems: { edges: { node: { id: string } }[] } }>(`query($p: ID!) { backlogItems(productId: $p, first: 1) { edges { node { id } } } }`, { p: w.productId });
      let first = top.backlogItems.edges[0]?.node.id;
      for (const size of [3, 5]) {
        const item = await anItem(w.owner, w.productId, { size, costOfDelay: { userBusinessValue: 8, timeCriticality: 3, riskReduction: 2 } });
        if (first) await w.owner.ok(M('moveBacklogItem', 'MoveBacklogItemInput'), { input: { itemId: item.id, beforeItemId: first, expectedVersion: item.version } });
        first = item.id;
      }
      const material = await w.owner.ok<{ practiceBacklogItems: Parameters<typeof ownBacklogExercise>[2] }>(
        `query($p: ID!) { practiceBacklogItems(productId: $p) { id title currentPosition userBusinessValue timeCriticality riskReduction size } }`,
        { p: w.productId },
      );
      const { exercise } = ownBacklogExercise(w.productId, '', material.practiceBacklogItems);
      return c.request(M('submitOwnBacklogPractice', 'SubmitOwnBacklogPracticeInput', 'score'), {
        input: { productId: w.productId, basedOn: ownBacklogMaterialKey(exercise!), answer: JSON.stringify(answerFromKey(exercise!)) },
      });
    },
  },
  {
    name: 'inviteMember',
    action: 'MANAGE_MEMBERS',
    run: (c, w) => c.request(M('inviteMember', 'InviteMemberInput'), { input: { productId: w.productId, email: `x-${Math.random().toString(36).slice(2)}@test.local`, role: 'STAKEHOLDER' } }),
  },
  {
    name: 'changeMemberRole',
    action: 'MANAGE_MEMBERS',
    run: async (c, w) => {
      const invited = await w.owner.ok<{ inviteMember: { id: string } }>(M('inviteMember', 'InviteMemberInput'), {
        input: { productId: w.productId, email: `r-${Math.random().toString(36).slice(2)}@test.local`, role: 'STAKEHOLDER' },
      });
      return c.request(M('changeMemberRole', 'ChangeMemberRoleInput'), { input: { membershipId: invited.inviteMember.id, role: 'COACH' } });
    },
  },
  {
    name: 'removeMember',
    action: 'MANAGE_MEMBERS',
    run: async (c, w) => {
      const invited = await w.owner.ok<{ inviteMember: { id: string } }>(M('inviteMember', 'InviteMemberInput'), {
        input: { productId: w.productId, email: `d-${Math.random().toString(36).slice(2)}@test.local`, role: 'STAKEHOLDER' },
      });
      return c.request(`mutation($input: MembershipIdInput!) { removeMember(input: $input) }`, { input: { membershipId: invited.inviteMember.id } });
    },
  },
  // Refinement workshops.
  { name: 'refinementSettings', action: 'READ', run: (c, w) => c.request(`query($p: ID!) { refinementSettings(productId: $p) { scale } }`, { p: w.productId }) },
  {
    name: 'setRefinementSettings',
    action: 'EDIT_PRODUCT',
    run: (c, w) =>
      c.request(M('setRefinementSettings', 'SetRefinementSettingsInput', 'scale'), {
        input: { productId: w.productId, scale: 'FIBONACCI', customCards: [], definitionOfReady: [{ text: 'Team agrees', rule: 'MANUAL' }], sprintSizeLimit: 13 },
      }),
  },
  { name: 'refinementSessions', action: 'READ', run: (c, w) => c.request(`query($p: ID!) { refinementSessions(productId: $p) { id } }`, { p: w.productId }) },
  { name: 'refinementSession', action: 'READ', run: async (c, w) => c.request(`query($s: ID!) { refinementSession(sessionId: $s) { id } }`, { s: await aPlannedSession(w) }) },
  {
    name: 'itemReadiness',
    action: 'READ',
    run: async (c, w) => c.request(`query($i: ID!) { itemReadiness(itemId: $i) { ready } }`, { i: (await anItem(w.owner, w.productId)).id }),
  },
  { name: 'readyRunway', action: 'READ', run: (c, w) => c.request(`query($p: ID!) { readyRunway(productId: $p) { weeks } }`, { p: w.productId }) },
  {
    name: 'planRefinementSession',
    action: 'RUN_REFINEMENT',
    run: (c, w) => c.request(M('planRefinementSession', 'PlanRefinementSessionInput'), { input: { productId: w.productId, title: 'Refinement', agenda: [] } }),
  },
  {
    name: 'setRefinementAgenda',
    action: 'RUN_REFINEMENT',
    run: async (c, w) => {
      const sessionId = await aPlannedSession(w);
      // A session just planned is at version 1.
      return c.request(M('setRefinementAgenda', 'SetAgendaInput'), {
        input: { sessionId, expectedVersion: 1, agenda: [{ itemId: (await anItem(w.owner, w.productId)).id, timeboxMinutes: 5 }] },
      });
    },
  },
  {
    name: 'startRefinementSession',
    action: 'RUN_REFINEMENT',
    run: async (c, w) => {
      await closeLiveSession(w);
      return c.request(`mutation($s: ID!) { startRefinementSession(sessionId: $s) { id } }`, { s: await aPlannedSession(w) });
    },
  },
  {
    name: 'focusRefinementItem',
    action: 'RUN_REFINEMENT',
    run: async (c, w) => {
      const live = await aLiveSession(w);
      return c.request(M('focusRefinementItem', 'FocusItemInput'), { input: { sessionId: live.sessionId, itemId: live.itemId } });
    },
  },
  {
    name: 'closeRefinementSession',
    action: 'RUN_REFINEMENT',
    run: async (c, w) => c.request(`mutation($s: ID!) { closeRefinementSession(sessionId: $s) { id } }`, { s: (await aLiveSession(w)).sessionId }),
  },
  {
    name: 'startEstimationRound',
    action: 'RUN_REFINEMENT',
    run: async (c, w) => {
      const live = await aLiveSession(w);
      return c.request(M('startEstimationRound', 'FocusItemInput'), { input: { sessionId: live.sessionId, itemId: live.itemId } });
    },
  },
  {
    name: 'castEstimationVote',
    action: 'ESTIMATE',
    run: async (c, w) => c.request(M('castEstimationVote', 'CastVoteInput'), { input: { roundId: await anEstimationRound(w), card: '3' } }),
  },
  {
    name: 'revealEstimationRound',
    action: 'RUN_REFINEMENT',
    run: async (c, w) => {
      const roundId = await anEstimationRound(w);
      await w.owner.ok(M('castEstimationVote', 'CastVoteInput'), { input: { roundId, card: '5' } });
      return c.request(`mutation($r: ID!) { revealEstimationRound(roundId: $r) { id } }`, { r: roundId });
    },
  },
  {
    name: 'acceptEstimate',
    action: 'RUN_REFINEMENT',
    run: async (c, w) => {
      const roundId = await anEstimationRound(w);
      await w.owner.ok(M('castEstimationVote', 'CastVoteInput'), { input: { roundId, card: '5' } });
      await w.owner.ok(`mutation($r: ID!) { revealEstimationRound(roundId: $r) { id } }`, { r: roundId });
      return c.request(M('acceptEstimate', 'AcceptEstimateInput'), { input: { roundId, card: '5' } });
    },
  },
  {
    name: 'askRefinementQuestion',
    action: 'JOIN_REFINEMENT',
    run: async (c, w) => c.request(M('askRefinementQuestion', 'AskQuestionInput'), { input: { itemId: (await anItem(w.owner, w.productId)).id, text: 'Why?' } }),
  },
  {
    name: 'answerRefinementQuestion',
    action: 'EDIT_ITEM',
    run: async (c, w) => {
      const asked = await w.owner.ok<{ askRefinementQuestion: { id: string } }>(M('askRefinementQuestion', 'AskQuestionInput'), {
        input: { itemId: (await anItem(w.owner, w.productId)).id, text: 'Why?' },
      });
      return c.request(M('answerRefinementQuestion', 'AnswerQuestionInput'), { input: { questionId: asked.askRefinementQuestion.id, answer: 'Because' } });
    },
  },
  {
    name: 'setAcceptanceCriteria',
    action: 'EDIT_ITEM',
    run: async (c, w) =>
      c.request(M('setAcceptanceCriteria', 'SetAcceptanceCriteriaInput'), { input: { itemId: (await anItem(w.owner, w.productId)).id, expectedVersion: 1, criteria: ['Given x, Then y'] } }),
  },
  {
    name: 'markItemReady',
    action: 'EDIT_ITEM',
    run: async (c, w) => {
      const item = await anItem(w.owner, w.productId, { size: 3, acceptanceCriteria: ['Given a list, When I share it, Then it arrives'] });
      return c.request(M('markItemReady', 'MarkReadyInput'), { input: { itemId: item.id, expectedVersion: item.version, ticked: ['team-agrees'] } });
    },
  },
  {
    name: 'splitBacklogItem',
    action: 'CREATE_ITEM',
    run: async (c, w) => {
      const item = await anItem(w.owner, w.productId);
      return c.request(M('splitBacklogItem', 'SplitItemInput'), {
        input: { itemId: item.id, expectedVersion: item.version, children: [{ title: 'One path', pattern: 'PATHS' }, { title: 'Other path', pattern: 'PATHS' }] },
      });
    },
  },
];

async function aPlannedSession(w: World): Promise<string> {
  const item = await anItem(w.owner, w.productId);
  const planned = await w.owner.ok<{ planRefinementSession: { id: string } }>(M('planRefinementSession', 'PlanRefinementSessionInput'), {
    input: { productId: w.productId, title: 'Refinement', agenda: [{ itemId: item.id }] },
  });
  return planned.planRefinementSession.id;
}

/** At most one live session per product: close the live one before starting another. */
async function closeLiveSession(w: World): Promise<void> {
  const list = await w.owner.ok<{ refinementSessions: { id: string; status: string }[] }>(`query($p: ID!) { refinementSessions(productId: $p) { id status } }`, { p: w.productId });
  for (const s of list.refinementSessions.filter((x) => x.status === 'LIVE')) {
    await w.owner.ok(`mutation($s: ID!) { closeRefinementSession(sessionId: $s) { id } }`, { s: s.id });
  }
}

async function aLiveSession(w: World): Promise<{ sessionId: string; itemId: string }> {
  await closeLiveSession(w);
  const sessionId = await aPlannedSession(w);
  const started = await w.owner.ok<{ startRefinementSession: { focusItemId: string } }>(`mutation($s: ID!) { startRefinementSession(sessionId: $s) { focusItemId } }`, { s: sessionId });
  return { sessionId, itemId: started.startRefinementSession.focusItemId };
}

async function anEstimationRound(w: World): Promise<string> {
  const live = await aLiveSession(w);
  const data = await w.owner.ok<{ startEstimationRound: { currentRound: { id: string } } }>(M('startEstimationRound', 'FocusItemInput', 'currentRound { id }'), {
    input: { sessionId: live.sessionId, itemId: live.itemId },
  });
  return data.startEstimationRound.currentRound.id;
}

async function aStakeholder(w: World, userId?: string): Promise<string> {
  const data = await w.owner.ok<{ createStakeholder: { id: string } }>(M('createStakeholder', 'CreateStakeholderInput'), {
    input: { productId: w.productId, name: `Person ${Math.random().toString(36).slice(2, 6)}`, group: 'CUSTOMER', power: 8, interest: 8, userId },
  });
  return data.createStakeholder.id;
}

async function aRound(w: World): Promise<string> {
  const a = await anItem(w.owner, w.productId, { size: 3 });
  const b = await anItem(w.owner, w.productId, { size: 5 });
  const round = await w.owner.ok<{ openVotingRound: { id: string } }>(M('openVotingRound', 'OpenVotingRoundInput'), {
    input: { productId: w.productId, title: 'Round', itemIds: [a.id, b.id], participants: [{ userId: w.members.STAKEHOLDER.userId, budget: 4 }] },
  });
  return round.openVotingRound.id;
}

/** Operations about the caller's own account: anyone signed in; anonymous callers are refused. */
const ACCOUNT_OPS: { name: string; run: (c: GqlClient, self: Account) => Promise<GraphQLResponse> }[] = [
  { name: 'me', run: (c) => c.request('{ me { id email } }') },
  { name: 'practiceProgress', run: (c) => c.request('{ practiceProgress { next } }') },
  { name: 'simulationRuns', run: (c) => c.request('{ simulationRuns { id } }') },
  {
    name: 'submitPracticeAttempt',
    run: (c) => c.request(M('submitPracticeAttempt', 'SubmitPracticeAttemptInput', 'score'), { input: { exerciseId: 'c5.1-sort-001', answer: '{"assignments":{}}' } }),
  },
  {
    name: 'saveSimulationRun',
    run: (c) => c.request(M('saveSimulationRun', 'SaveSimulationRunInput'), { input: { name: 'Run', params: '{}', strategy: '"FEATURE_FACTORY"' } }),
  },
  { name: 'products', run: (c) => c.request('{ products { id } }') },
  { name: 'myInvitations', run: (c) => c.request('{ myInvitations { id } }') },
  { name: 'myMemberships', run: (c) => c.request('{ myMemberships { id } }') },
  { name: 'createProduct', run: (c) => c.request(M('createProduct', 'CreateProductInput'), { input: { name: 'Mine' } }) },
  { name: 'signOut', run: (c) => c.request('mutation { signOut }') },
  {
    name: 'changePassword',
    run: (c) => c.request(M('changePassword', 'ChangePasswordInput', 'token'), { input: { currentPassword: 'correct horse battery staple', newPassword: 'another long passphrase' } }),
  },
];
/** Covered by their own tests (handOverOwnership changes the owner; acceptInvitation needs an invitation; editComment is the author's). */
const OWN_TESTS = ['signUp', 'signIn', 'acceptInvitation', 'handOverOwnership', 'editComment', 'sharedProgressReport', 'allocateBudget'];

function expected(role: Role, action: ProductAction): string {
  if (role === 'ANONYMOUS') return 'UNAUTHENTICATED';
  if (role === 'NON_MEMBER') return 'NOT_FOUND';
  return (PERMISSIONS[action] as readonly string[]).includes(role) ? 'OK' : 'FORBIDDEN';
}

const outcome = (r: GraphQLResponse): string => (r.errors?.length ? String(r.errors[0].extensions?.code) : 'OK');

for (const engine of await engines('authorization matrix')) {
  describe(`every operation is checked against the permission matrix (${engine})`, () => {
    const { api, account, anonymous, running } = useApi(engine);
    const world = {} as World;
    let outsider: Account;

    beforeAll(async () => {
      const product = await aProduct(api());
      await anActiveGoal(api(), product.id);
      world.productId = product.id;
      world.owner = api();
      const dev = await signUp(running().url);
      const stakeholder = await signUp(running().url);
      const coach = await signUp(running().url);
      await addMember(api(), product.id, dev, 'DEVELOPER');
      await addMember(api(), product.id, stakeholder, 'STAKEHOLDER');
      await addMember(api(), product.id, coach, 'COACH');
      world.members = { DEVELOPER: dev, STAKEHOLDER: stakeholder, COACH: coach };
      outsider = await signUp(running().url);
      await aProduct(outsider.client); // an outsider with a product of their own
    });

    const caller = (role: Role): GqlClient =>
      role === 'PRODUCT_OWNER' ? api() : role === 'ANONYMOUS' ? anonymous() : role === 'NON_MEMBER' ? outsider.client : world.members[role].client;

    for (const op of PRODUCT_OPS) {
      it(`${op.name} (${op.action}): ${ROLES.map((r) => `${r}→${expected(r, op.action)}`).join(', ')}`, async () => {
        const got: Record<string, string> = {};
        for (const role of ROLES) got[role] = outcome(await op.run(caller(role), world));
        expect(got).toEqual(Object.fromEntries(ROLES.map((r) => [r, expected(r, op.action)])));
      });
    }

    for (const op of ACCOUNT_OPS) {
      it(`${op.name}: any signed-in account, never anonymous`, async () => {
        expect(outcome(await op.run(anonymous(), account()))).toBe('UNAUTHENTICATED');
        const fresh = await signUp(running().url);
        expect(outcome(await op.run(fresh.client, fresh))).toBe('OK');
      });
    }

    it('covers every query and mutation of the schema', async () => {
      const schema = await api().ok<{ __schema: { queryType: { fields: { name: string }[] }; mutationType: { fields: { name: string }[] } } }>(
        '{ __schema { queryType { fields { name } } mutationType { fields { name } } } }',
      );
      const all = [...schema.__schema.queryType.fields, ...schema.__schema.mutationType.fields].map((f) => f.name).sort();
      const covered = [...PRODUCT_OPS.map((o) => o.name), ...ACCOUNT_OPS.map((o) => o.name), ...OWN_TESTS].sort();
      expect(all).toEqual(covered);
    });

    it('hands ownership over to an active member; never two owners, never none', async () => {
      const product = await aProduct(api());
      const dev = await signUp(running().url);
      const devMembership = await addMember(api(), product.id, dev, 'DEVELOPER');
      const refused = await dev.client.request(M('handOverOwnership', 'HandOverOwnershipInput', 'role'), { input: { productId: product.id, toMembershipId: devMembership } });
      expect(outcome(refused)).toBe('FORBIDDEN');
      const done = await api().ok<{ handOverOwnership: { email: string; role: string }[] }>(M('handOverOwnership', 'HandOverOwnershipInput', 'email role'), {
        input: { productId: product.id, toMembershipId: devMembership, previousOwnerRole: 'STAKEHOLDER' },
      });
      const roles = Object.fromEntries(done.handOverOwnership.map((m) => [m.email, m.role]));
      expect(roles).toEqual({ [account().email]: 'STAKEHOLDER', [dev.email]: 'PRODUCT_OWNER' });
      // The former owner may no longer order or manage members.
      const again = await api().request(M('inviteMember', 'InviteMemberInput'), { input: { productId: product.id, email: 'z@test.local', role: 'COACH' } });
      expect(outcome(again)).toBe('FORBIDDEN');
      const demote = await dev.client.request(M('changeMemberRole', 'ChangeMemberRoleInput'), { input: { membershipId: devMembership, role: 'COACH' } });
      expect(demote.errors?.[0].extensions?.fields?.[0].rule).toBe('notOwner');
    });

    it('shows an invitation to the invited address after sign-up, and makes it a member once accepted', async () => {
      const product = await aProduct(api());
      const email = `invitee-${Math.random().toString(36).slice(2)}@test.local`;
      await api().ok(M('inviteMember', 'InviteMemberInput'), { input: { productId: product.id, email, role: 'STAKEHOLDER' } });
      const invitee = await signUp(running().url, email);
      const before = await invitee.client.request(`query($id: ID!) { product(id: $id) { id } }`, { id: product.id });
      expect(outcome(before)).toBe('NOT_FOUND');
      const invitations = await invitee.client.ok<{ myInvitations: { id: string; productName: string; role: string }[] }>('{ myInvitations { id productName role } }');
      expect(invitations.myInvitations).toHaveLength(1);
      const stranger = await signUp(running().url);
      const stolen = await stranger.client.request(`mutation($input: MembershipIdInput!) { acceptInvitation(input: $input) { id } }`, {
        input: { membershipId: invitations.myInvitations[0].id },
      });
      expect(outcome(stolen)).toBe('NOT_FOUND');
      await invitee.client.ok(`mutation($input: MembershipIdInput!) { acceptInvitation(input: $input) { id } }`, { input: { membershipId: invitations.myInvitations[0].id } });
      const after = await invitee.client.ok<{ product: { id: string } }>(`query($id: ID!) { product(id: $id) { id } }`, { id: product.id });
      expect(after.product.id).toBe(product.id);
    });

    it("never reveals or changes another product's items to a non-member guessing ids", async () => {
      const theirs = await aProduct(outsider.client);
      const item = await anItem(outsider.client, theirs.id, { title: 'Secret plan' });
      const attempts: GraphQLResponse[] = [
        await api().request(`query($id: ID!) { backlogItem(id: $id) { title } }`, { id: item.id }),
        await api().request(`query($id: ID!) { product(id: $id) { name } }`, { id: theirs.id }),
        await api().request(`query($p: ID!) { backlogItems(productId: $p) { totalCount } }`, { p: theirs.id }),
        await api().request(M('updateBacklogItem', 'UpdateBacklogItemInput'), { input: { id: item.id, expectedVersion: 1, title: 'Mine now' } }),
        await api().request(M('archiveBacklogItem', 'ArchiveBacklogItemInput'), { input: { id: item.id } }),
        await api().request(M('createBacklogItem', 'CreateBacklogItemInput'), { input: { productId: theirs.id, title: 'Injected' } }),
      ];
      const ghost = '00000000-0000-4000-8000-000000000000';
      const unknown = await api().request(`query($id: ID!) { backlogItem(id: $id) { title } }`, { id: ghost });
      for (const a of attempts) {
        expect(outcome(a)).toBe('NOT_FOUND');
        // Same answer as for an id that does not exist: existence is not revealed.
        expect(a.errors?.[0].message.replace(/[0-9a-f-]{36}/g, 'ID')).toBe(
          a.errors?.[0].message.includes('Product') ? a.errors[0].message.replace(/[0-9a-f-]{36}/g, 'ID') : unknown.errors?.[0].message.replace(/[0-9a-f-]{36}/g, 'ID'),
        );
      }
      const untouched = await outsider.client.ok<{ backlogItem: { title: string; version: number; archived: boolean } }>(
        `query($id: ID!) { backlogItem(id: $id) { title version archived } }`,
        { id: item.id },
      );
      expect(untouched.backlogItem).toEqual({ title: 'Secret plan', version: 1, archived: false });
      const count = await outsider.client.ok<{ backlogItems: { totalCount: number } }>(`query($p: ID!) { backlogItems(productId: $p) { totalCount } }`, { p: theirs.id });
      expect(count.backlogItems.totalCount).toBe(1);
    });
  });
}
