import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { createLiveClient } from './live';
import { sessionStore } from './session';

/** Operations that answer UNAUTHENTICATED for a wrong password, not for a missing session. */
const SIGN_IN_OPERATIONS = new Set(['SignIn', 'SignUp']);

/**
 * urql with its document cache: a mutation that returns a BacklogItem, Product or ProductGoal
 * invalidates every cached query that contained one, so screens refetch what they show.
 * Always POST: Apollo Server's CSRF protection refuses simple GET requests. A session token,
 * when there is one, goes along as `Authorization: Bearer …`; an UNAUTHENTICATED answer sends
 * the person to the sign-in screen. One client per session, so no cached data outlives it.
 * Subscriptions go over graphql-ws on the same path (see `./live`), with the token in
 * connectionParams.
 */
export function createGraphqlClient(url = '/graphql'): Client {
  const live = createLiveClient(() => sessionStore.token());
  return new Client({
    url,
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: () => {
      const token = sessionStore.token();
      return token ? { headers: { authorization: `Bearer ${token}` } } : {};
    },
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error, operation) {
          const name = operation.query.definitions.find((d) => d.kind === 'OperationDefinition')?.name?.value ?? '';
          if (SIGN_IN_OPERATIONS.has(name)) return;
          if (error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) sessionStore.requireSignIn();
        },
      }),
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: live.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
      fetchExchange,
    ],
  });
}
