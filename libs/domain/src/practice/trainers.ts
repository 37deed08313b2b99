import type { ObjectiveId } from './objectives';
import type { ExerciseType } from './types';

/**
 * The trainer column of DOMAIN.md: for each objective with a trainer entry, what it says and the
 * exercise types that implement it. C3.1 has no trainer (its column is "—").
 */
export const OBJECTIVE_TRAINERS: Readonly<Partial<Record<ObjectiveId, { readonly trainer: string; readonly types: readonly ExerciseType[] }>>> = {
  'C1.1': { trainer: 'situational judgement', types: ['SITUATIONAL_JUDGEMENT'] },
  'C1.2': { trainer: 'read-the-burn-up diagnosis', types: ['BURN_UP_DIAGNOSIS'] },
  'C1.3': { trainer: 'match technique to situation', types: ['TECHNIQUE_MATCH', 'STAKEHOLDER_MAP'] },
  'C1.4': { trainer: 'situational judgement', types: ['SITUATIONAL_JUDGEMENT'] },
  'C1.5': { trainer: 'situational judgement', types: ['SITUATIONAL_JUDGEMENT'] },
  'C1.6': { trainer: 'situational judgement', types: ['SITUATIONAL_JUDGEMENT'] },
  'C1.7': { trainer: 'ordering kata with reasons', types: ['ORDERING_KATA'] },
  'C2.1': { trainer: 'pick the goal that serves the vision', types: ['GOAL_FOR_VISION'] },
  'C2.2': { trainer: 'goal critique: flaws tagged', types: ['GOAL_CRITIQUE'] },
  'C2.3': { trainer: 'compose / choose the coherent sprint goal', types: ['SPRINT_GOAL'] },
  'C2.4': { trainer: 'give an 85 % range, scored by calibration', types: ['RELEASE_FORECAST'] },
  'C2.5': { trainer: 'release forecast exercise', types: ['RELEASE_FORECAST'] },
  'C2.6': { trainer: 'vertical-slice picking, pattern tagging', types: ['STORY_SPLIT'] },
  'C3.2': { trainer: 'group profiles into segments (adjusted Rand index)', types: ['SEGMENTATION'] },
  'C3.3': { trainer: 'Kano evaluation from answer pairs', types: ['KANO_EVALUATION'] },
  'C3.4': { trainer: 'quiz with rationale', types: ['DISCOVERY_QUIZ'] },
  'C3.5': { trainer: 'match approach to situation', types: ['TECHNIQUE_MATCH'] },
  'C4.1': { trainer: 'quiz', types: ['DISCOVERY_QUIZ'] },
  'C4.2': { trainer: 'rank approaches by cost and evidence; pick what to test first', types: ['VALIDATION_RANKING', 'ASSUMPTION_MAP'] },
  'C5.1': { trainer: 'sort statements into output / outcome / impact', types: ['OUTCOME_OUTPUT_SORT'] },
  'C5.2': { trainer: 'pick the actions', types: ['OUTCOME_ACTIONS'] },
  'C5.3': { trainer: 'match terms; compute CD3/WSJF and order', types: ['ECONOMICS_MATCH', 'CD3_ORDER', 'WSJF_ORDER'] },
  'C5.4': { trainer: 'assign value statements to lenses', types: ['VALUE_LENSES'] },
  'C5.5': { trainer: 'match measure to value', types: ['MEASURE_MATCH'] },
  'C5.6': { trainer: 'ordering kata scored by Kendall-τ distance, dependency breaks penalised', types: ['WSJF_ORDER', 'CD3_ORDER', 'ORDERING_KATA'] },
  'C5.7': { trainer: 'write an item; rubric with an output-phrased-outcome detector', types: ['ITEM_WRITING'] },
  'C5.8': { trainer: 'spot the flawed item; split the epic', types: ['FLAWED_ITEM', 'STORY_SPLIT'] },
};
