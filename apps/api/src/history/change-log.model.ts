import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ChangeLogEntity } from './change-log.entity';

@ObjectType({ description: 'One changed field: who, when, from which value to which.' })
export class ChangeLogEntry {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The field that changed, e.g. `title` or `outcome.target`; `created`, `archived`, `restored` for lifecycle events.' })
  field!: string;

  @Field(() => String, { nullable: true, description: 'The value before, as JSON text.' })
  oldValue!: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, as JSON text.' })
  newValue!: string | null;

  @Field({ description: 'Who made the change.' })
  actor!: string;

  @Field(() => Int, { description: 'The version the entity reached with this change.' })
  version!: number;

  @Field()
  at!: Date;
}

export function toChangeLogEntry(e: ChangeLogEntity): ChangeLogEntry {
  return {
    id: String(e.id),
    field: e.field,
    oldValue: e.oldValue,
    newValue: e.newValue,
    actor: e.actorLabel,
    version: e.version,
    at: e.at,
  };
}
