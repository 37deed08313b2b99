import { describe, expect, it } from 'vitest';
import { mendelowQuadrant } from '../../stakeholders/mendelow';
import { exerciseById } from '../catalogue';
import type { ExerciseOf } from '../types';
import { scoreStakeholderMap } from './stakeholders';

// s1 and s5 manage closely, s2 keep satisfied, s3 keep informed, s4 monitor.
const parcel = exerciseById('c1.3-grid-001') as ExerciseOf<'STAKEHOLDER_MAP'>;
const RIGHT = {
  s1: { quadrant: 'MANAGE_CLOSELY', technique: 'ONE_ON_ONE' },
  s2: { quadrant: 'KEEP_SATISFIED', technique: 'PRODUCT_COUNCIL' },
  s3: { quadrant: 'KEEP_INFORMED', technique: 'SPRINT_REVIEW' },
  s4: { quadrant: 'MONITOR', technique: 'NEWSLETTER' },
  s5: { quadrant: 'MANAGE_CLOSELY', technique: 'WORKSHOP' },
} as const;

describe('scoreStakeholderMap (Mendelow grid and technique)', () => {
  it('has quadrants from mendelowQuadrant', () => {
    for (const s of parcel.material.stakeholders) {
      const { power, interest } = parcel.answerKey.ratings[s.id] as { power: number; interest: number };
      expect(parcel.answerKey.quadrantOf[s.id]).toBe(mendelowQuadrant(power, interest));
    }
  });

  it('gives 2/3 for the quadrant (exact 1, adjacent 0.5 via quadrantCredit) and 1/3 for a fitting technique', () => {
    expect(scoreStakeholderMap(parcel, { placements: RIGHT })).toMatchObject({ score: 1, correct: true });
    const quadrantsOnly = Object.fromEntries(Object.entries(RIGHT).map(([id, p]) => [id, { quadrant: p.quadrant }]));
    expect(scoreStakeholderMap(parcel, { placements: quadrantsOnly }).score).toBeCloseTo(2 / 3, 4);
    const adjacent = scoreStakeholderMap(parcel, { placements: { ...RIGHT, s2: { quadrant: 'MANAGE_CLOSELY', technique: 'ONE_ON_ONE' } } });
    expect(adjacent.score).toBeCloseTo((4 + (2 / 3) * 0.5 + 1 / 3) / 5, 4);
    expect(adjacent.feedback.find((f) => f.elementId === 's2')?.rationale).toContain('one step away (half credit)');
  });

  it('gives nothing for the opposite corner with an unfitting technique', () => {
    const result = scoreStakeholderMap(parcel, { placements: { ...RIGHT, s4: { quadrant: 'MANAGE_CLOSELY', technique: 'WORKSHOP' } } });
    expect(result.score).toBeCloseTo(4 / 5, 4);
    expect(result.feedback.find((f) => f.elementId === 's4')?.rationale).toContain('Workshop does not fit Monitor');
  });

  it('scores an empty answer 0', () => {
    expect(scoreStakeholderMap(parcel, { placements: {} }).score).toBe(0);
  });
});
