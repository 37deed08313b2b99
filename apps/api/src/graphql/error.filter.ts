import { ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Hands GraphQL errors back to Apollo untouched, so that the one formatter
 * (format-error.ts) maps and logs them; Nest's default filter would log every
 * expected refusal (NOT_FOUND, CONFLICT …) with a stack trace. HTTP routes keep
 * Nest's default handling.
 */
@Catch()
export class GraphqlErrorFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'graphql') return super.catch(exception, host);
    return exception;
  }
}
