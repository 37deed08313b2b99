import { applyDecorators } from '@nestjs/common';
import { IsNotEmpty, IsString, IsUUID, Matches, MaxLength, ValidateBy, ValidationOptions } from 'class-validator';
import { Transform } from 'class-transformer';

/** A UUID id argument; anything else is BAD_USER_INPUT naming the field, not a database error. */
export const IsEntityId = (options: { each?: boolean } = {}): PropertyDecorator =>
  IsUUID('all', { message: options.each ? 'each of $property must be a valid id (UUID)' : '$property must be a valid id (UUID)', each: options.each });

/** Required text: trimmed, not blank, bounded. */
export function RequiredText(max: number): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(),
    IsNotEmpty({ message: '$property must not be empty' }),
    MaxLength(max, { message: `$property must be at most ${max} characters` }),
  );
}

/** Optional text: trimmed and bounded. */
export function OptionalText(max: number): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(),
    MaxLength(max, { message: `$property must be at most ${max} characters` }),
  );
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written YYYY-MM-DD that exists (2027-02-30 is refused). */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    Matches(ISO_DATE, { message: '$property must be a date written YYYY-MM-DD', ...options }),
    ValidateBy(
      {
        name: 'isExistingDate',
        validator: {
          validate: (value: unknown) => {
            if (typeof value !== 'string' || !ISO_DATE.test(value)) return true; // reported by Matches
            const d = new Date(`${value}T00:00:00Z`);
            return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
          },
          defaultMessage: () => '$property must be a date that exists',
        },
      },
      options,
    ),
  );
}
