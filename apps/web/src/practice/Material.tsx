import { lazy, Suspense } from 'react';
import type { Exercise } from '@backlog-studio/domain';
import { Loading } from '../components/ui';

// Only the burn-up exercises draw a chart: the chart library stays out of every other exercise.
const BurnUpChart = lazy(() => import('./BurnUpChart'));

const VISION_BOXES = [
  ['vision', 'Vision'],
  ['targetGroup', 'Target group'],
  ['needs', 'Needs'],
  ['product', 'Product'],
  ['businessGoals', 'Business goals'],
] as const;

/** What the exercise gives to work from: the situation, a goal, a vision board, the sprint's items, a chart. */
export function Material({ exercise }: { exercise: Exercise }) {
  const m = exercise.material as { context?: string };
  const parts = [];
  if (m.context) parts.push(<p key="context" className="pr-context">{m.context}</p>);
  switch (exercise.type) {
    case 'GOAL_CRITIQUE':
      parts.push(
        <blockquote key="goal" className="pr-quote">
          <span className="eyebrow">The Product Goal</span>
          {exercise.material.goal}
        </blockquote>,
      );
      break;
    case 'GOAL_FOR_VISION':
      parts.push(
        <dl key="vision" className="pr-vision" aria-label="Product Vision Board">
          {VISION_BOXES.map(([key, label]) => (
            <div key={key} className="pr-vision-box">
              <dt>{label}</dt>
              <dd>{exercise.material.vision[key]}</dd>
            </div>
          ))}
        </dl>,
      );
      break;
    case 'SPRINT_GOAL':
      parts.push(
        <div key="sprint" className="pr-sprint">
          <p>
            <span className="eyebrow">Product Goal</span> {exercise.material.productGoal}
          </p>
          <h2 className="pr-subhead">Items the developers selected</h2>
          <ul>
            {exercise.material.sprintItems.map((i) => (
              <li key={i.id}>{i.label}</li>
            ))}
          </ul>
        </div>,
      );
      break;
    case 'ORDERING_KATA':
      parts.push(
        <p key="goal" className="pr-quote">
          <span className="eyebrow">Product Goal</span>
          {exercise.material.productGoal}
        </p>,
      );
      break;
    case 'BURN_UP_DIAGNOSIS':
      parts.push(
        <Suspense key="chart" fallback={<Loading label="Drawing the burn-up…" />}>
          <BurnUpChart points={exercise.material.points} goal={exercise.material.goal} />
        </Suspense>,
      );
      break;
    case 'ITEM_WRITING':
      parts.push(<p key="scenario" className="pr-context">{exercise.material.scenario}</p>);
      break;
    case 'SEGMENTATION':
      parts.push(
        <p key="count" className="small muted">
          Make {exercise.material.segmentCount} segments.
        </p>,
      );
      break;
    default:
      break;
  }
  return parts.length ? <div className="pr-material">{parts}</div> : null;
}
