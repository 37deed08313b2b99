import { Logger } from '@nestjs/common';
import { HttpException } from '@nestjs/common';
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
  const variable = /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)"; (.*)$/s.exec(message);
  if (variable) {
    const [, , path, detail] = variable;
    const field = path.split('.').slice(1).join('.') || path;
    return [{ field, rule: 'type', message: `${field}: ${detail}` }];
  }
  const whole = /^Variable "\$(\w+)" of required type "([^"]+)" was not provided\.$/.exec(message);
  if (whole) return [{ field: whole[1], rule: 'required', message: `${whole[1]} is required` }];
  const nested = /^Variable "\$(\w+)" got invalid value .*?; Field "(\w+)" of required type "([^"]+)" was not provided\.$/s.exec(message);
  if (nested) return [{ field: nested[2], rule: 'required', message: `${nested[2]} is required` }];
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
      return {
        message: formatted.message,
        locations: formatted.locations,
        ...(fields ? { extensions: { code, fields } } : { extensions: { code } }),
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
