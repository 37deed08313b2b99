import type { Exercise } from '@backlog-studio/domain';
import type { Draft, FeedbackIndex } from '../answers';
import { ClassifyEditor, KanoEditor, SegmentationEditor, StakeholderMapEditor } from './AssignEditors';
import { ChoiceEditor, QuizEditor, SelectEditor } from './ChoiceEditors';
import { ComputedOrderEditor, KataEditor, RankingEditor } from './OrderEditors';
import { ForecastEditor, ItemWritingEditor } from './TextEditors';

/** The editor for the exercise's answer shape: one per shape, shared by the types that answer alike. */
export function AnswerEditor({ exercise, draft, update, review }: { exercise: Exercise; draft: Draft; update: (change: (d: Draft) => Draft) => void; review: FeedbackIndex | null }) {
  const common = { draft, update, review };
  switch (exercise.type) {
    case 'OUTCOME_OUTPUT_SORT':
    case 'ECONOMICS_MATCH':
    case 'FLAWED_ITEM':
    case 'STORY_SPLIT':
    case 'TECHNIQUE_MATCH':
    case 'VALUE_LENSES':
    case 'MEASURE_MATCH':
      return <ClassifyEditor exercise={exercise} {...common} />;
    case 'OUTCOME_ACTIONS':
    case 'GOAL_CRITIQUE':
    case 'ASSUMPTION_MAP':
    case 'BURN_UP_DIAGNOSIS':
      return <SelectEditor exercise={exercise} {...common} />;
    case 'GOAL_FOR_VISION':
    case 'SPRINT_GOAL':
    case 'SITUATIONAL_JUDGEMENT':
      return <ChoiceEditor exercise={exercise} {...common} />;
    case 'DISCOVERY_QUIZ':
      return <QuizEditor exercise={exercise} {...common} />;
    case 'WSJF_ORDER':
    case 'CD3_ORDER':
      return <ComputedOrderEditor exercise={exercise} {...common} />;
    case 'ORDERING_KATA':
      return <KataEditor exercise={exercise} {...common} />;
    case 'VALIDATION_RANKING':
      return <RankingEditor exercise={exercise} {...common} />;
    case 'ITEM_WRITING':
      return <ItemWritingEditor exercise={exercise} {...common} />;
    case 'RELEASE_FORECAST':
      return <ForecastEditor exercise={exercise} {...common} />;
    case 'STAKEHOLDER_MAP':
      return <StakeholderMapEditor exercise={exercise} {...common} />;
    case 'SEGMENTATION':
      return <SegmentationEditor exercise={exercise} {...common} />;
    case 'KANO_EVALUATION':
      return <KanoEditor exercise={exercise} {...common} />;
  }
}
