import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config/app-config';
import { ANONYMOUS_ACTOR } from '../common/actor';
import type { GqlContext } from './context';
import { createErrorFormatter } from './format-error';
import type { LoadersFactory } from './loaders';

export function graphqlOptions(config: AppConfig, loaders: LoadersFactory): Omit<ApolloDriverConfig, 'driver'> {
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
    context: ({ req, res }: { req: Request; res: Response }): GqlContext => ({
      req,
      res,
      actor: ANONYMOUS_ACTOR,
      loaders: loaders.create(),
    }),
  };
}
