/** Stable error codes clients can rely on (`extensions.code`). */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** One broken rule on one input field. `field` is a dotted path inside the input, e.g. `outcome.target`. */
export interface FieldError {
  field: string;
  rule: string;
  message: string;
}

/** A refusal the caller can act on; the global formatter turns it into a GraphQL error. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static badInput(fields: FieldError[]): DomainError {
    const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
    return new DomainError(ErrorCode.BAD_USER_INPUT, `Invalid input: ${summary}`, { fields });
  }

  static field(field: string, rule: string, message: string): DomainError {
    return DomainError.badInput([{ field, rule, message }]);
  }

  static notFound(what: string, id: string): DomainError {
    return new DomainError(ErrorCode.NOT_FOUND, `${what} ${id} was not found`, { entity: what, id });
  }

  static conflict(message: string, details: Record<string, unknown> = {}): DomainError {
    return new DomainError(ErrorCode.CONFLICT, message, details);
  }
}
