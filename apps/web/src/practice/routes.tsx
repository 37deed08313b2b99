/**
 * Routes of the practice trainer, each a lazy chunk: the exercise catalogue (86 exercises with their
 * rationales), the scoring rules and the simulation load only when someone opens the trainer.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { Loading } from '../components/ui';

const PracticeHome = lazy(() => import('./PracticeHome'));
const ExerciseScreen = lazy(() => import('./ExerciseScreen'));
const OwnBacklogScreen = lazy(() => import('./OwnBacklog'));
const SimulationScreen = lazy(() => import('./Simulation'));

const wait = (label: string, node: ReactNode): ReactNode => <Suspense fallback={<Loading label={label} />}>{node}</Suspense>;

export const practiceRoutes: RouteObject[] = [
  { path: 'practice', element: wait('Opening practice…', <PracticeHome />) },
  { path: 'practice/simulation', element: wait('Opening the simulation…', <SimulationScreen />) },
  { path: 'practice/own-backlog', element: wait('Opening your backlog…', <OwnBacklogScreen />) },
  { path: 'practice/:exerciseId', element: wait('Opening the exercise…', <ExerciseScreen />) },
];
