import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, type FieldError } from '../common/domain-error';

/** Flattens class-validator's tree into one entry per broken rule, with a dotted field path. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const [rule, message] of Object.entries(error.constraints ?? {})) {
      out.push({ field, rule, message: message.replace(error.property, field) });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

/** Every @Args input is transformed, whitelisted and validated; failures become BAD_USER_INPUT. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => DomainError.badInput(flattenValidationErrors(errors)),
  });
}
