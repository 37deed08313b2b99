import { HttpException, Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode, type FieldError } from '../common/domain-error';

const logger = new Logger('GraphQL');

/** Codes produced by GraphQL itself (parse, validation, variable coercion): kept as they are. */
const PROTOCOL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
]);

const HTTP_CODES: Record<number, ErrorCode> = {
  400: ErrorCode.BAD_USER_INPUT,
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  409: ErrorCode.CONFLICT,
};

/**
 * GraphQL's coercion message names the path inside the variable ("… at \"input.kind\"; …").
 * We turn it into the same `fields` shape our own validation uses.
 */
function coercionFields(message: string): FieldError[] | undefined {
  const at = /^Variable "\$\w+" got invalid value .*? at "([^"]+)"; (.*)$/s.exec(message);
  const prefix = at ? at[1].split('.').slice(1).join('.') : '';
  const join = (name: string): string => (prefix ? `${prefix}.${name}` : name);
  const detail = at ? at[2] : message;
  const missing = /Field "(\w+)" of required type "[^"]+" was not provided\./.exec(detail);
  if (missing) return [{ field: join(missing[1]), rule: 'required', message: `${join(missing[1])} is required` }];
  const unknown = /Field "(\w+)" is not defined by type "([^"]+)"/.exec(detail);
  if (unknown) return [{ field: join(unknown[1]), rule: 'unknownField', message: `${join(unknown[1])} is not a field of ${unknown[2]}` }];
  if (at) return [{ field: prefix || at[1], rule: 'type', message: `${prefix || at[1]}: ${detail.replace(/ Did you mean .*$/s, '')}` }];
  const whole = /^Variable "\$(\w+)" of required type "[^"]+" was not provided\.$/.exec(message);
  if (whole) return [{ field: whole[1], rule: 'required', message: `${whole[1]} is required` }];
  return undefined;
}

/**
 * The one place errors leave the API. Features throw DomainError; everything unknown
 * becomes INTERNAL_SERVER_ERROR with a generic message, logged here with its stack.
 */
export function createErrorFormatter(development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    const stack = development && original instanceof Error ? { stacktrace: original.stack?.split('\n') } : {};

    if (original instanceof DomainError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: original.code, ...original.details, ...stack },
      };
    }
    if (original instanceof HttpException) {
      const code = HTTP_CODES[original.getStatus()] ?? ErrorCode.INTERNAL_SERVER_ERROR;
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { code, ...stack } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PROTOCOL_CODES.has(code)) {
      const fields = code === 'BAD_USER_INPUT' ? coercionFields(formatted.message) : undefined;
      const { stacktrace: _s, http: _h, ...details } = formatted.extensions ?? {};
      return {
        message: formatted.message,
        locations: formatted.locations,
        extensions: { ...details, code, ...(fields ? { fields } : {}) },
      };
    }
    logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...stack },
    };
  };
}
