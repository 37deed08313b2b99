import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { LIMITS } from '@backlog-studio/domain';

export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxComplexity: 50_000,
  /** Lists without a `first` argument (history, children, dependsOn …) are costed as this many rows. */
  assumedListSize: 10,
} as const;

function refuse(message: string, code: string, details: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details, http: { status: 400 } } });
}

/** Depth and alias count of an operation, following fragments (each counted once per path). */
export function measure(document: DocumentNode, operation: OperationDefinitionNode): { depth: number; aliases: number } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  let aliases = 0;
  const walk = (set: SelectionSetNode, depth: number, seen: Set<string>): number => {
    let deepest = depth;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.alias) aliases++;
        if (sel.selectionSet) deepest = Math.max(deepest, walk(sel.selectionSet, depth + 1, seen));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, walk(sel.selectionSet, depth, seen));
      } else {
        const fragment = fragments.get(sel.name.value);
        if (fragment && !seen.has(fragment.name.value)) {
          deepest = Math.max(deepest, walk(fragment.selectionSet, depth, new Set(seen).add(fragment.name.value)));
        }
      }
    }
    return deepest;
  };
  const depth = walk(operation.selectionSet, 1, new Set());
  return { depth, aliases };
}

/** A list field costs its children times the rows it may return: `first` when given. */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  const first = typeof args.first === 'number' ? Math.min(Math.max(args.first, 0), LIMITS.pageSizeMax) : undefined;
  const type = String(field.type);
  if (first !== undefined) return 1 + childComplexity * first;
  if (type.startsWith('[')) return 1 + childComplexity * QUERY_LIMITS.assumedListSize;
  return undefined;
};

/**
 * Refuses over-deep, over-aliased and over-costly operations after parsing and validation,
 * before the context is resolved against the database and before any resolver runs.
 * The cost uses the request's own variables, so a cached document cannot hide its cost.
 */
export function limitsPlugin(): ApolloServerPlugin {
  let schema: GraphQLSchema | undefined;
  return {
    async serverWillStart() {
      return {
        schemaDidLoadOrUpdate({ apiSchema }) {
          schema = apiSchema;
        },
      };
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const { depth, aliases } = measure(document, operation);
          if (depth > QUERY_LIMITS.maxDepth) {
            throw refuse(`The query is ${depth} levels deep; at most ${QUERY_LIMITS.maxDepth} are allowed`, 'QUERY_TOO_DEEP', { depth, maxDepth: QUERY_LIMITS.maxDepth });
          }
          if (aliases > QUERY_LIMITS.maxAliases) {
            throw refuse(`The query uses ${aliases} aliases; at most ${QUERY_LIMITS.maxAliases} are allowed`, 'QUERY_TOO_COMPLEX', { aliases, maxAliases: QUERY_LIMITS.maxAliases });
          }
          let complexity: number;
          try {
            complexity = getComplexity({
              schema: schema!,
              query: document,
              operationName: operation.name?.value ?? request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            // Variables that do not coerce: execution refuses them with a field-level error, before any resolver.
            return;
          }
          if (complexity > QUERY_LIMITS.maxComplexity) {
            throw refuse(`The query would cost ${complexity}; at most ${QUERY_LIMITS.maxComplexity} is allowed (ask for fewer rows or fields)`, 'QUERY_TOO_COMPLEX', {
              complexity,
              maxComplexity: QUERY_LIMITS.maxComplexity,
            });
          }
        },
      };
    },
  };
}
