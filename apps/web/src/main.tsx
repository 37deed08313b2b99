import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { Provider } from 'urql';
import { createGraphqlClient } from './api/client';
import { useSession } from './api/session';
import { router } from './router';
import './styles.css';

/** One GraphQL client (and cache) per session: signing out or in starts from a clean slate. */
function Root() {
  const token = useSession().session?.token ?? null;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const client = useMemo(() => createGraphqlClient(), [token]);
  return (
    <Provider value={client}>
      <RouterProvider router={router} />
    </Provider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
