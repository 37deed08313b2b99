import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout, RouteError } from './components/AppLayout';
import { Loading } from './components/ui';
import { Home } from './screens/Home';
import { NotFound } from './screens/NotFound';
import { ProductList } from './screens/ProductList';
import { SignIn } from './screens/SignIn';
import { Workspace } from './screens/Workspace';

// The editor is the largest screen and not needed to show the backlog: its own chunk.
const ItemEditorScreen = lazy(() => import('./screens/ItemEditor'));

const editor = (
  <Suspense fallback={<Loading label="Opening the item…" />}>
    <ItemEditorScreen />
  </Suspense>
);

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Home /> },
      { path: 'sign-in', element: <SignIn /> },
      { path: 'products', element: <ProductList /> },
      { path: 'products/:productId', element: <Workspace /> },
      { path: 'products/:productId/items/new', element: editor },
      { path: 'products/:productId/items/:itemId', element: editor },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
