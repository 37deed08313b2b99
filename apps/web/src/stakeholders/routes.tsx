/**
 * Routes of the stakeholder screens, each a lazy chunk (the progress report brings the chart
 * library, which the first screen never needs). `stakeholderRoutes` goes among the app layout's
 * children; `sharedReportRoute` stands outside it, since it needs no account.
 */
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RouteError } from '../components/AppLayout';
import { Loading } from '../components/ui';

const named = <T extends Record<string, unknown>>(load: () => Promise<T>, name: keyof T) =>
  lazy(async () => ({ default: (await load())[name] as ComponentType }));

const HubLayout = named(() => import('./HubLayout'), 'HubLayout');
const StakeholderMapScreen = named(() => import('./StakeholderMap'), 'StakeholderMapScreen');
const EngagementLogScreen = named(() => import('./EngagementLog'), 'EngagementLogScreen');
const ValueHomeScreen = named(() => import('./ValuePerspectives'), 'ValueHomeScreen');
const ItemPerspectivesScreen = named(() => import('./ValuePerspectives'), 'ItemPerspectivesScreen');
const VotingScreen = named(() => import('./Voting'), 'VotingScreen');
const VotingRoundScreen = named(() => import('./Voting'), 'VotingRoundScreen');
const ProgressScreen = named(() => import('./Progress'), 'ProgressScreen');
const SharedReportScreen = named(() => import('./Progress'), 'SharedReportScreen');

const wait = (label: string, node: ReactNode): ReactNode => <Suspense fallback={<Loading label={label} />}>{node}</Suspense>;

export const stakeholderRoutes: RouteObject = {
  element: wait('Opening…', <HubLayout />),
  children: [
    { path: 'products/:productId/stakeholders', element: wait('Opening the stakeholder map…', <StakeholderMapScreen />) },
    { path: 'products/:productId/stakeholders/engagements', element: wait('Opening the engagement log…', <EngagementLogScreen />) },
    { path: 'products/:productId/stakeholders/value', element: wait('Opening value perspectives…', <ValueHomeScreen />) },
    { path: 'products/:productId/items/:itemId/perspectives', element: wait('Opening value perspectives…', <ItemPerspectivesScreen />) },
    { path: 'products/:productId/voting', element: wait('Opening Buy a Feature…', <VotingScreen />) },
    { path: 'products/:productId/voting/:roundId', element: wait('Opening the round…', <VotingRoundScreen />) },
    { path: 'products/:productId/progress', element: wait('Opening the progress report…', <ProgressScreen />) },
  ],
};

export const sharedReportRoute: RouteObject = {
  path: 'shared/:token',
  element: wait('Opening the report…', <SharedReportScreen />),
  errorElement: <RouteError />,
};
