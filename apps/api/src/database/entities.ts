import { PracticeAttemptEntity, SimulationRunEntity } from '../practice/practice.entity';
import { VotingAllocationEntity, VotingRoundEntity } from '../voting/voting.entity';
import { ShareLinkEntity } from '../progress/share-link.entity';
import { CommentEntity } from '../stakeholders/comment.entity';
import { EngagementEntity, EngagementParticipantEntity } from '../stakeholders/engagement.entity';
import { StakeholderEntity } from '../stakeholders/stakeholder.entity';
import { ValueRatingEntity } from '../stakeholders/value-rating.entity';
import { MembershipEntity } from '../auth/membership.entity';
import { SessionEntity } from '../auth/session.entity';
import { UserEntity } from '../auth/user.entity';
import { BacklogItemEntity } from '../backlog/backlog-item.entity';
import { ItemDependencyEntity } from '../backlog/item-dependency.entity';
import { ChangeLogEntity } from '../history/change-log.entity';
import { OrderChangeEntity } from '../ordering/order-change.entity';
import { ProductGoalEntity } from '../products/product-goal.entity';
import { ProductEntity } from '../products/product.entity';
import {
  EstimationRoundEntity,
  EstimationVoteEntity,
  ItemSplitEntity,
  RefinementAgendaItemEntity,
  RefinementParticipantEntity,
  RefinementQuestionEntity,
  RefinementSessionEntity,
  RefinementSettingsEntity,
} from '../refinement/refinement.entity';

export const ENTITIES = [ProductEntity, ProductGoalEntity, BacklogItemEntity, ItemDependencyEntity, ChangeLogEntity, OrderChangeEntity, UserEntity, SessionEntity, MembershipEntity,
  StakeholderEntity, EngagementEntity, EngagementParticipantEntity, ValueRatingEntity, CommentEntity, ShareLinkEntity, VotingRoundEntity, VotingAllocationEntity, PracticeAttemptEntity, SimulationRunEntity,
  RefinementSettingsEntity, RefinementSessionEntity, RefinementAgendaItemEntity, RefinementParticipantEntity, EstimationRoundEntity, EstimationVoteEntity, RefinementQuestionEntity, ItemSplitEntity];
