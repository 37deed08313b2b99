import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Request, Response } from 'express';
import { GraphQLError, Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { Context as WsContext } from 'graphql-ws';
import type { AppConfig } from '../config/app-config';
import type { AuthService } from '../auth/auth.service';
import { ANONYMOUS_ACTOR, type Actor } from '../common/actor';
import { DomainError, ErrorCode } from '../common/domain-error';
import type { GqlContext } from './context';
import { createErrorFormatter } from './format-error';
import { limitsPlugin, measure, QUERY_LIMITS } from './limits.plugin';
import type { LoadersFactory } from './loaders';

export function graphqlOptions(config: AppConfig, loaders: LoadersFactory, auth: AuthService): Omit<ApolloDriverConfig, 'driver'> {
  const development = config.nodeEnv === 'development';
  const formatError = createErrorFormatter(development);
  const production = config.nodeEnv === 'production';
  return {
    path: '/graphql',
    // Kept in memory at run time; `npm run schema:generate` writes the committed apps/api/schema.gql.
    autoSchemaFile: true,
    sortSchema: true,
    introspection: config.graphqlIntrospection,
    graphiql: config.graphqlIntrospection && !production ? true : false,
    includeStacktraceInErrorResponses: development,
    // "Did you mean …?" suggestions reveal the schema when introspection is off.
    hideSchemaDetailsFromClientErrors: !config.graphqlIntrospection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: 20_000 },
    formatError,
    // The cast bridges @apollo/server's CommonJS and ESM type declarations (same runtime class).
    // No HTTP cache hints are used; the cache-control plugin would run per field for nothing.
    plugins: [limitsPlugin(), ApolloServerPluginCacheControlDisabled()] as unknown as NonNullable<ApolloDriverConfig['plugins']>,
    // onComplete is passed through to graphql-ws at run time; Nest's type only lists a subset.
    subscriptions: { 'graphql-ws': graphqlWsOptions(auth, formatError) as unknown as Exclude<NonNullable<ApolloDriverConfig['subscriptions']>['graphql-ws'], boolean> },
    // No database work here: the token is checked lazily by AccessGuard, after the limits plugin
    // has refused over-deep or over-costly documents.
    context: (arg: { req: Request; res: Response } | WsContext<ConnectionParams, WsExtra>): GqlContext => {
      if ('connectionParams' in arg || 'extra' in arg) {
        // graphql-ws: the connection was authenticated once, in onConnect.
        const ws = arg as WsContext<ConnectionParams, WsExtra>;
        const actor = ws.extra.actor ?? { ...ANONYMOUS_ACTOR };
        return {
          req: ws.extra.request as unknown as Request,
          res: undefined as unknown as Response,
          actor,
          authenticate: () => Promise.resolve({ ...actor, roles: undefined }),
          loaders: loaders.create(),
          authorization: ws.extra.authorization,
        };
      }
      const { req, res } = arg;
      let pending: Promise<Actor> | undefined;
      const authenticate = (): Promise<Actor> =>
        (pending ??= auth.authenticate(req.headers.authorization).then(
          // A fresh object per request: it carries the request's role memo.
          (actor) => ({ ...actor }),
          (error: unknown) => ({ ...ANONYMOUS_ACTOR, authError: error instanceof Error ? error.message : 'invalid token' }),
        ));
      return { req, res, actor: { ...ANONYMOUS_ACTOR }, authenticate, loaders: loaders.create() };
    },
  };
}

/** Subscriptions a connection may hold at once (each costs a listener and a buffer). */
export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 20;

export interface ConnectionParams {
  authorization?: string;
  [key: string]: unknown;
}

interface WsExtra {
  request: import('node:http').IncomingMessage;
  actor?: Actor;
  authorization?: string;
  subscriptions?: Set<string>;
}

/** A refusal formatted like every other DomainError (the formatter unwraps originalError). */
const refusal = (code: ErrorCode, message: string, details: Record<string, unknown> = {}): GraphQLError =>
  new GraphQLError(message, { originalError: new DomainError(code, message, details) });

const bearer = (params: ConnectionParams | undefined): string | undefined => {
  const value = params?.authorization ?? params?.Authorization;
  if (typeof value !== 'string') return undefined;
  return value.startsWith('Bearer ') ? value : `Bearer ${value}`;
};

/**
 * graphql-ws: the token comes in `connectionParams.authorization` and is checked once per
 * connection (a bad or missing one closes it with 4403); only subscriptions are accepted on
 * the socket (queries and mutations go over HTTP, through the limits and rate budgets), at most
 * MAX_SUBSCRIPTIONS_PER_CONNECTION at a time, with the same depth and alias limits as HTTP.
 */
function graphqlWsOptions(auth: AuthService, formatError: ReturnType<typeof createErrorFormatter>) {
  // The same error shape as over HTTP: a stable extensions.code, no stack outside development.
  const format = (errors: readonly GraphQLError[]) => errors.map((e) => formatError(e.toJSON(), e));
  return {
    onNext: (_ctx: unknown, _id: string, _payload: unknown, _args: unknown, result: { errors?: readonly GraphQLError[] }) =>
      result.errors?.length ? { ...result, errors: format(result.errors) } : undefined,
    onError: (_ctx: unknown, _id: string, _payload: unknown, errors: readonly GraphQLError[]) => format(errors),
    path: '/graphql',
    connectionInitWaitTimeout: 5_000,
    onConnect: async (ctx: WsContext<ConnectionParams, WsExtra>): Promise<boolean> => {
      const authorization = bearer(ctx.connectionParams);
      const actor = await auth.authenticate(authorization).catch(() => ANONYMOUS_ACTOR);
      if (!actor.userId) return false;
      ctx.extra.actor = { ...actor };
      ctx.extra.authorization = authorization;
      ctx.extra.subscriptions = new Set();
      return true;
    },
    onSubscribe: (ctx: WsContext<ConnectionParams, WsExtra>, id: string, payload: { query: string; operationName?: string | null }): readonly GraphQLError[] | void => {
      const open = (ctx.extra.subscriptions ??= new Set());
      let document: DocumentNode;
      try {
        document = parse(payload.query, { maxTokens: 2_000 });
      } catch (error) {
        return [refusal(ErrorCode.BAD_USER_INPUT, error instanceof GraphQLError ? error.message : 'The subscription could not be parsed')];
      }
      const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      const operation = operations.find((o) => !payload.operationName || o.name?.value === payload.operationName) ?? operations[0];
      if (!operation || operation.operation !== 'subscription') {
        return [refusal(ErrorCode.BAD_USER_INPUT, 'Only subscriptions are served over WebSocket; send queries and mutations over HTTP')];
      }
      const { depth, aliases } = measure(document, operation);
      if (depth > QUERY_LIMITS.maxDepth || aliases > QUERY_LIMITS.maxAliases) {
        return [refusal(ErrorCode.BAD_USER_INPUT, `The subscription is too deep or uses too many aliases (at most ${QUERY_LIMITS.maxDepth} levels, ${QUERY_LIMITS.maxAliases} aliases)`)];
      }
      if (open.size >= MAX_SUBSCRIPTIONS_PER_CONNECTION) {
        return [refusal(ErrorCode.TOO_MANY_REQUESTS, `At most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} subscriptions per connection; close one first`, { limit: MAX_SUBSCRIPTIONS_PER_CONNECTION })];
      }
      open.add(id);
    },
    onComplete: (ctx: WsContext<ConnectionParams, WsExtra>, id: string): void => {
      ctx.extra.subscriptions?.delete(id);
    },
  };
}
