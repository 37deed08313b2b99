import {
  MENDELOW_QUADRANT_INFO,
  MENDELOW_QUADRANTS,
  type MendelowQuadrant,
  quadrantCredit,
} from '../../stakeholders/mendelow';
import { ENGAGEMENT_TECHNIQUE_LABELS, ENGAGEMENT_TECHNIQUES, type EngagementTechnique } from '../../stakeholders/stakeholder-groups';
import type { AttemptResult, ElementFeedback, StakeholderMapAnswer, StakeholderMapKey, StakeholderMapMaterial, StakeholderPlacement } from '../types';
import { attemptResult, mean, roundScore, sentence, why } from './result';
import { idAt, mapAt, objectAt, own } from './validate';

export interface StakeholderMapExercise {
  readonly material: StakeholderMapMaterial;
  readonly answerKey: StakeholderMapKey;
  readonly rationale: Readonly<Record<string, string>>;
}

/** Share of a stakeholder's credit for the quadrant; the rest is for a technique that fits it. */
export const QUADRANT_WEIGHT = 2 / 3;

const QUADRANTS = new Set<string>(MENDELOW_QUADRANTS);
const TECHNIQUES = new Set<string>(ENGAGEMENT_TECHNIQUES);

export function readStakeholderMapAnswer(exercise: StakeholderMapExercise, answer: unknown): StakeholderMapAnswer {
  const ids = new Set(exercise.material.stakeholders.map((s) => s.id));
  const placements = mapAt(own(objectAt(answer, ''), 'placements'), 'placements', ids, (entry, path): StakeholderPlacement => {
    const record = objectAt(entry, path);
    const quadrant = idAt(own(record, 'quadrant'), `${path}.quadrant`, QUADRANTS, 'a Mendelow quadrant') as MendelowQuadrant;
    const rawTechnique = own(record, 'technique');
    if (rawTechnique === undefined || rawTechnique === null) return { quadrant };
    return { quadrant, technique: idAt(rawTechnique, `${path}.technique`, TECHNIQUES, 'an engagement technique') as EngagementTechnique };
  });
  return { placements: Object.fromEntries(placements) };
}

/**
 * Per stakeholder: 2/3 for the quadrant (`quadrantCredit`: exact 1, adjacent 0.5, opposite 0) and
 * 1/3 for a technique among those the right quadrant calls for (MENDELOW_QUADRANT_INFO).
 */
export function scoreStakeholderMap(exercise: StakeholderMapExercise, answer: unknown): AttemptResult {
  const { placements } = readStakeholderMapAnswer(exercise, answer);
  const credits: number[] = [];
  const feedback: ElementFeedback[] = exercise.material.stakeholders.map((s) => {
    const expected = exercise.answerKey.quadrantOf[s.id] as MendelowQuadrant;
    const info = MENDELOW_QUADRANT_INFO[expected];
    const rating = exercise.answerKey.ratings[s.id];
    const placement = Object.prototype.hasOwnProperty.call(placements, s.id) ? placements[s.id] : undefined;
    const q = placement === undefined ? 0 : quadrantCredit(expected, placement.quadrant);
    const techniqueFits = placement?.technique !== undefined && info.techniques.includes(placement.technique);
    const credit = roundScore(QUADRANT_WEIGHT * q + (1 - QUADRANT_WEIGHT) * (techniqueFits ? 1 : 0));
    credits.push(credit);
    const grid = rating === undefined ? '' : ` (power ${rating.power}, interest ${rating.interest})`;
    const quadrantText =
      placement === undefined
        ? `Not placed: ${info.label}${grid}.`
        : q === 1
          ? `${info.label}${grid}: right.`
          : `You placed them in ${MENDELOW_QUADRANT_INFO[placement.quadrant].label}; they are ${info.label}${grid}${q === 0.5 ? ', one step away (half credit)' : ', the opposite corner'}.`;
    const fitting = info.techniques.map((t) => ENGAGEMENT_TECHNIQUE_LABELS[t]).join(', ');
    const techniqueText =
      placement?.technique === undefined
        ? `No technique chosen; ${info.label} calls for ${fitting}.`
        : techniqueFits
          ? `${ENGAGEMENT_TECHNIQUE_LABELS[placement.technique]} fits.`
          : `${ENGAGEMENT_TECHNIQUE_LABELS[placement.technique]} does not fit ${info.label}: use ${fitting}.`;
    return { elementId: s.id, correct: credit === 1, credit, rationale: sentence(quadrantText, techniqueText, why(exercise.rationale, s.id)) };
  });
  const exact = feedback.filter((f) => f.correct).length;
  return attemptResult(mean(credits), feedback, `${exact} of ${credits.length} stakeholders placed and engaged right.`);
}
