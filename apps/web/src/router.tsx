import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout, RouteError } from './components/AppLayout';
import { Loading } from './components/ui';
import { practiceRoutes } from './practice/routes';
import { Home } from './screens/Home';
import { NotFound } from './screens/NotFound';
import { ProductList } from './screens/ProductList';
import { SignIn } from './screens/SignIn';
import { Workspace } from './screens/Workspace';
import { sharedReportRoute, stakeholderRoutes } from './stakeholders/routes';

// The editor is the largest screen and not needed to show the backlog: its own chunk.
const ItemEditorScreen = lazy(() => import('./screens/ItemEditor'));
// Members and the ordering panel are visited now and then: their own chunks too.
const MembersScreen = lazy(() => import('./members/Members'));
const OrderingScreen = lazy(() => import('./ordering/OrderingPanel'));
// The refinement hub and room (with the chart library) are visited for workshops: their own chunks.
const RefinementHubScreen = lazy(() => import('./refinement/RefinementHub'));
const RefinementRoomScreen = lazy(() => import('./refinement/RefinementRoom'));

const editor = (
  <Suspense fallback={<Loading label="Opening the item…" />}>
    <ItemEditorScreen />
  </Suspense>
);

const lazyScreen = (element: ReactNode) => <Suspense fallback={<Loading label="Opening…" />}>{element}</Suspense>;

export const router = createBrowserRouter([
  // The shared progress report needs no account: outside the signed-in layout.
  sharedReportRoute,
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Home /> },
      { path: 'sign-in', element: <SignIn mode="in" /> },
      { path: 'sign-up', element: <SignIn mode="up" /> },
      { path: 'products', element: <ProductList /> },
      { path: 'products/:productId', element: <Workspace /> },
      { path: 'products/:productId/items/new', element: editor },
      { path: 'products/:productId/items/:itemId', element: editor },
      { path: 'products/:productId/members', element: lazyScreen(<MembersScreen />) },
      { path: 'products/:productId/ordering', element: lazyScreen(<OrderingScreen />) },
      { path: 'products/:productId/refinement', element: lazyScreen(<RefinementHubScreen />) },
      { path: 'products/:productId/refinement/:sessionId', element: lazyScreen(<RefinementRoomScreen />) },
      stakeholderRoutes,
      // The practice trainer: every screen a lazy chunk, so the exercise catalogue stays out of the first one.
      ...practiceRoutes,
      { path: '*', element: <NotFound /> },
    ],
  },
]);
