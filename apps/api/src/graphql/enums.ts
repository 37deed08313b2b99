import { registerEnumType } from '@nestjs/graphql';
import {
  GOAL_STATUSES,
  ITEM_KINDS,
  ITEM_STATUSES,
  KANO_CATEGORIES,
  MOSCOW_BUCKETS,
  RISK_LEVELS,
  type GoalStatus,
  type ItemKind,
  type ItemStatus,
  type KanoCategory,
  type MoscowBucket,
  type RiskLevel,
} from '@backlog-studio/domain';

/** GraphQL enums built from the domain vocabularies, so the two can never drift apart. */
function enumOf<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const ItemKindEnum = enumOf<ItemKind>(ITEM_KINDS);
export const ItemStatusEnum = enumOf<ItemStatus>(ITEM_STATUSES);
export const RiskLevelEnum = enumOf<RiskLevel>(RISK_LEVELS);
export const MoscowEnum = enumOf<MoscowBucket>(MOSCOW_BUCKETS);
export const KanoEnum = enumOf<KanoCategory>(KANO_CATEGORIES);
export const GoalStatusEnum = enumOf<GoalStatus>(GOAL_STATUSES);
export const RefinementGapEnum = { OUTCOME: 'OUTCOME', VALUE: 'VALUE' } as const;

registerEnumType(ItemKindEnum, { name: 'ItemKind', description: 'What kind of work an item is.' });
registerEnumType(ItemStatusEnum, { name: 'ItemStatus', description: 'idea → refined → ready → in sprint → done' });
registerEnumType(RiskLevelEnum, { name: 'RiskLevel' });
registerEnumType(MoscowEnum, { name: 'Moscow', description: 'MoSCoW bucket: must, should, could, won\'t (this time).' });
registerEnumType(KanoEnum, { name: 'KanoCategory' });
registerEnumType(GoalStatusEnum, { name: 'GoalStatus', description: 'At most one ACTIVE Product Goal per product.' });
registerEnumType(RefinementGapEnum, {
  name: 'RefinementGap',
  description: 'What an item still lacks before it can become ready.',
});
