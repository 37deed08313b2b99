import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import type { Actor } from '../common/actor';
import { DomainError } from '../common/domain-error';
import { ChangeEntityType, ChangeLogEntity } from './change-log.entity';
import { groupBy } from '../common/group-by';
import { toDate } from '../common/dates';

export interface FieldChange {
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

const json = (v: unknown): string | null => (v === undefined || v === null ? null : JSON.stringify(v));

/** Compares two flat snapshots and lists each field whose value differs. */
export function diffSnapshots(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(after)) {
    if (json(before[field]) !== json(after[field])) {
      changes.push({ field, oldValue: before[field] ?? null, newValue: after[field] ?? null });
    }
  }
  return changes;
}

@Injectable()
export class ChangeLogService {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Writes the change rows inside the caller's transaction: a change and its history land together. */
  async record(
    manager: EntityManager,
    actor: Actor,
    target: { productId: string; entityType: ChangeEntityType; entityId: string; version: number },
    changes: FieldChange[],
  ): Promise<void> {
    if (changes.length === 0) return;
    const at = new Date();
    await manager
      .createQueryBuilder()
      .insert()
      .into(ChangeLogEntity)
      .values(
        changes.map((c) => ({
          productId: target.productId,
          entityType: target.entityType,
          entityId: target.entityId,
          version: target.version,
          field: c.field,
          oldValue: json(c.oldValue),
          newValue: json(c.newValue),
          actorUserId: actor.userId,
          actorLabel: actor.label,
          at,
        })),
      )
      .updateEntity(false)
      .execute();
  }

  /** History of many entities in one statement (newest first), for the per-request DataLoader. */
  async forEntities(entityIds: readonly string[]): Promise<Map<string, ChangeLogEntity[]>> {
    const rows = await this.dataSource
      .getRepository(ChangeLogEntity)
      .find({ where: { entityId: In([...entityIds]) }, order: { id: 'DESC' } });
    return groupBy(rows, (row) => row.entityId);
  }

  /** When each item of a product last became DONE (from its status changes). */
  async doneAt(productId: string): Promise<Map<string, Date>> {
    const rows = await this.dataSource
      .getRepository(ChangeLogEntity)
      .createQueryBuilder('c')
      .select('c.entity_id', 'id')
      .addSelect('MAX(c.at)', 'at')
      .where(`c.product_id = :productId AND c.field = 'status' AND c.new_value = :done`, { productId, done: JSON.stringify('DONE') })
      .groupBy('c.entity_id')
      .getRawMany<{ id: string; at: string | Date }>();
    return new Map(rows.map((r) => [r.id, toDate(r.at)!]));
  }

  /** Changes made to an entity after a given version: what a CONFLICT shows the late writer. */
  async since(manager: EntityManager, entityId: string, version: number): Promise<ChangeLogEntity[]> {
    return manager
      .getRepository(ChangeLogEntity)
      .createQueryBuilder('c')
      .where('c.entityId = :entityId AND c.version > :version', { entityId, version })
      .orderBy('c.id', 'ASC')
      .limit(200)
      .getMany();
  }

  /** The CONFLICT answer to a stale `expectedVersion`: what changed since, so the client can show it. */
  /** Reads through the caller's transaction: asking the pool for a second connection could deadlock. */
  async staleVersion(manager: EntityManager, entity: string, id: string, expected: number, current: number): Promise<DomainError> {
    const changes = await this.since(manager, id, expected);
    return DomainError.conflict(
      `${entity} ${id} was changed by someone else (you edited version ${expected}, it is now at version ${current}); reload or re-apply your change`,
      {
        currentVersion: current,
        changes: changes.map((c) => ({
          field: c.field,
          oldValue: c.oldValue,
          newValue: c.newValue,
          actor: c.actorLabel,
          version: c.version,
          at: c.at,
        })),
      },
    );
  }
}
