import type { SelectQueryBuilder } from 'typeorm';
import type { BacklogItemEntity } from './backlog-item.entity';
import { toDate } from '../common/dates';

/**
 * Hot list reads select raw columns and map them here: TypeORM's entity hydration costs a
 * quarter of a page request. The mapping mirrors the entity's column types on both engines.
 */
const COLUMNS: ReadonlyArray<[keyof BacklogItemEntity, string]> = [
  ['id', 'id'],
  ['productId', 'product_id'],
  ['rank', 'rank'],
  ['title', 'title'],
  ['description', 'description'],
  ['kind', 'kind'],
  ['status', 'status'],
  ['outcomeStatement', 'outcome_statement'],
  ['outcomeMetric', 'outcome_metric'],
  ['outcomeBaseline', 'outcome_baseline'],
  ['outcomeTarget', 'outcome_target'],
  ['outcomeCheckBy', 'outcome_check_by'],
  ['output', 'output'],
  ['valueCustomer', 'value_customer'],
  ['valueBusiness', 'value_business'],
  ['valueTeam', 'value_team'],
  ['codUserBusinessValue', 'cod_user_business_value'],
  ['codTimeCriticality', 'cod_time_criticality'],
  ['codRiskReduction', 'cod_risk_reduction'],
  ['size', 'size'],
  ['risk', 'risk'],
  ['confidence', 'confidence'],
  ['moscow', 'moscow'],
  ['kano', 'kano'],
  ['acceptanceCriteria', 'acceptance_criteria'],
  ['goalId', 'goal_id'],
  ['parentId', 'parent_id'],
  ['archivedAt', 'archived_at'],
  ['version', 'version'],
  ['createdAt', 'created_at'],
  ['updatedAt', 'updated_at'],
];

export function selectItemColumns<T extends object>(qb: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
  return qb.select(COLUMNS.map(([property, column]) => `${alias}.${column} AS "${property}"`));
}

/** The same columns for hand-written SQL on both engines (e.g. `UPDATE … RETURNING ${ITEM_COLUMN_LIST}`), read by itemFromRaw. */
export const ITEM_COLUMN_LIST = COLUMNS.map(([property, column]) => `"${column}" AS "${property}"`).join(', ');

const toNumber = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
// node-postgres parses a `date` as local midnight: read it back in local time, as TypeORM's hydration does.
const toDay = (v: unknown): string | null =>
  v === null || v === undefined ? null : v instanceof Date ? `${pad(v.getFullYear(), 4)}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}` : String(v);

export function itemFromRaw(row: Record<string, unknown>): BacklogItemEntity {
  return {
    ...(row as unknown as BacklogItemEntity),
    outcomeBaseline: toNumber(row.outcomeBaseline),
    outcomeTarget: toNumber(row.outcomeTarget),
    outcomeCheckBy: toDay(row.outcomeCheckBy),
    valueCustomer: toNumber(row.valueCustomer),
    valueBusiness: toNumber(row.valueBusiness),
    valueTeam: toNumber(row.valueTeam),
    codUserBusinessValue: toNumber(row.codUserBusinessValue),
    codTimeCriticality: toNumber(row.codTimeCriticality),
    codRiskReduction: toNumber(row.codRiskReduction),
    size: toNumber(row.size),
    confidence: toNumber(row.confidence),
    acceptanceCriteria: typeof row.acceptanceCriteria === 'string' ? (JSON.parse(row.acceptanceCriteria) as string[]) : [],
    archivedAt: toDate(row.archivedAt),
    version: Number(row.version),
    createdAt: toDate(row.createdAt)!,
    updatedAt: toDate(row.updatedAt)!,
  };
}
