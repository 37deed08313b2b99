import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config/app-config';
import type { AuthService } from '../auth/auth.service';
import { ANONYMOUS_ACTOR, type Actor } from '../common/actor';
import type { GqlContext } from './context';
import { createErrorFormatter } from './format-error';
import { limitsPlugin } from './limits.plugin';
import type { LoadersFactory } from './loaders';

export function graphqlOptions(config: AppConfig, loaders: LoadersFactory, auth: AuthService): Omit<ApolloDriverConfig, 'driver'> {
  const development = config.nodeEnv === 'development';
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
    formatError: createErrorFormatter(development),
    // The cast bridges @apollo/server's CommonJS and ESM type declarations (same runtime class).
    // No HTTP cache hints are used; the cache-control plugin would run per field for nothing.
    plugins: [limitsPlugin(), ApolloServerPluginCacheControlDisabled()] as unknown as NonNullable<ApolloDriverConfig['plugins']>,
    // No database work here: the token is checked lazily by AccessGuard, after the limits plugin
    // has refused over-deep or over-costly documents.
    context: ({ req, res }: { req: Request; res: Response }): GqlContext => {
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
