import { describe, expect, test } from 'vitest';
import { fieldErrorMap, toProblem } from './errors';

describe('API problems', () => {
  test('field errors from extensions.fields, by dotted path', () => {
    const problem = toProblem({
      graphQLErrors: [
        {
          message: 'Invalid input',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'title', rule: 'isNotEmpty', message: 'title must not be empty' },
              { field: 'outcome.target', rule: 'isNumber', message: 'must be a number' },
              { field: 'title', rule: 'maxLength', message: 'is too long' },
            ],
          },
        },
      ],
    });
    expect(problem?.kind).toBe('fields');
    expect(fieldErrorMap(problem)).toEqual({ title: 'title must not be empty; is too long', 'outcome.target': 'must be a number' });
  });

  test('a CONFLICT carries the current version and what changed, values as JSON text', () => {
    const problem = toProblem({
      graphQLErrors: [
        {
          message: 'changed by someone else',
          extensions: {
            code: 'CONFLICT',
            currentVersion: 4,
            changes: [{ field: 'title', oldValue: '"A"', newValue: '"B"', actor: 'Priya', version: 4, at: '2026-11-28T10:00:00Z' }],
          },
        },
      ],
    });
    expect(problem).toEqual({
      kind: 'conflict',
      message: 'changed by someone else',
      currentVersion: 4,
      changes: [{ field: 'title', oldValue: '"A"', newValue: '"B"', actor: 'Priya', version: 4, at: '2026-11-28T10:00:00Z' }],
    });
  });

  test('not found, network and anything else', () => {
    expect(toProblem({ graphQLErrors: [{ message: 'Product x was not found', extensions: { code: 'NOT_FOUND' } }] })?.kind).toBe('notFound');
    expect(toProblem({ graphQLErrors: [], networkError: { message: 'Failed to fetch' } })?.kind).toBe('network');
    expect(toProblem({ graphQLErrors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] })).toEqual({
      kind: 'other',
      message: 'Internal server error',
      code: 'INTERNAL_SERVER_ERROR',
    });
    expect(toProblem(null)).toBeNull();
  });

  test('identity refusals: wrong password, role not allowed, too many attempts with the wait', () => {
    expect(toProblem({ graphQLErrors: [{ message: 'The email or the password is wrong', extensions: { code: 'UNAUTHENTICATED' } }] })).toEqual({
      kind: 'unauthenticated',
      message: 'The email or the password is wrong',
    });
    expect(toProblem({ graphQLErrors: [{ message: 'A stakeholder may not order the backlog', extensions: { code: 'FORBIDDEN' } }] })?.kind).toBe('forbidden');
    expect(toProblem({ graphQLErrors: [{ message: 'Too many attempts', extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 41.2 } }] })).toEqual({
      kind: 'rateLimited',
      message: 'Too many attempts: try again in 42 s.',
      retryAfterSeconds: 42,
    });
  });
});
