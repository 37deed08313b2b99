import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsEntityId, OptionalText, RequiredText } from '../common/validators';

export const EstimationScaleEnum = {
  FIBONACCI: 'FIBONACCI',
  MODIFIED_FIBONACCI: 'MODIFIED_FIBONACCI',
  T_SHIRT: 'T_SHIRT',
  POWERS_OF_TWO: 'POWERS_OF_TWO',
  CUSTOM: 'CUSTOM',
} as const;
export type EstimationScale = keyof typeof EstimationScaleEnum;

export const SessionStatusEnum = { PLANNED: 'PLANNED', LIVE: 'LIVE', CLOSED: 'CLOSED' } as const;
export const RoundStatusEnum = { VOTING: 'VOTING', REVEALED: 'REVEALED', ACCEPTED: 'ACCEPTED', SUPERSEDED: 'SUPERSEDED' } as const;
export const SpidrPatternEnum = { SPIKE: 'SPIKE', PATHS: 'PATHS', INTERFACES: 'INTERFACES', DATA: 'DATA', RULES: 'RULES' } as const;
export const ReadinessRuleEnum = {
  OUTCOME_STATED: 'OUTCOME_STATED',
  VALUE_STATED: 'VALUE_STATED',
  ESTIMATED: 'ESTIMATED',
  ACCEPTANCE_CRITERIA: 'ACCEPTANCE_CRITERIA',
  SMALL_ENOUGH: 'SMALL_ENOUGH',
  NO_OPEN_QUESTIONS: 'NO_OPEN_QUESTIONS',
  MANUAL: 'MANUAL',
} as const;
export const RefinementEventTypeEnum = {
  SESSION_PLANNED: 'SESSION_PLANNED',
  SESSION_STARTED: 'SESSION_STARTED',
  SESSION_CLOSED: 'SESSION_CLOSED',
  AGENDA_CHANGED: 'AGENDA_CHANGED',
  FOCUS_CHANGED: 'FOCUS_CHANGED',
  PARTICIPANT_JOINED: 'PARTICIPANT_JOINED',
  PARTICIPANT_LEFT: 'PARTICIPANT_LEFT',
  ROUND_STARTED: 'ROUND_STARTED',
  VOTE_CAST: 'VOTE_CAST',
  ROUND_REVEALED: 'ROUND_REVEALED',
  ESTIMATE_ACCEPTED: 'ESTIMATE_ACCEPTED',
  QUESTION_ASKED: 'QUESTION_ASKED',
  QUESTION_ANSWERED: 'QUESTION_ANSWERED',
  CRITERIA_CHANGED: 'CRITERIA_CHANGED',
  ITEM_READY: 'ITEM_READY',
  ITEM_SPLIT: 'ITEM_SPLIT',
} as const;
export type RefinementEventType = keyof typeof RefinementEventTypeEnum;

registerEnumType(EstimationScaleEnum, { name: 'EstimationScale', description: 'The cards a product estimates with.' });
registerEnumType(SessionStatusEnum, { name: 'RefinementSessionStatus', description: 'planned → live → closed; at most one live session per product.' });
registerEnumType(RoundStatusEnum, {
  name: 'EstimationRoundStatus',
  description: 'VOTING (votes hidden from everyone) → REVEALED → ACCEPTED; a re-vote supersedes the round.',
});
registerEnumType(SpidrPatternEnum, { name: 'SpidrPattern', description: 'How an item was split (Mike Cohn): spike, paths, interfaces, data, rules.' });
registerEnumType(ReadinessRuleEnum, { name: 'ReadinessRule', description: 'How a Definition of Ready line is checked; MANUAL lines are ticked by the team.' });
registerEnumType(RefinementEventTypeEnum, { name: 'RefinementEventType' });

@ObjectType()
export class ReadinessCriterionModel {
  @Field()
  id!: string;

  @Field()
  text!: string;

  @Field(() => ReadinessRuleEnum)
  rule!: keyof typeof ReadinessRuleEnum;
}

@ObjectType({ description: "A product's estimation scale and Definition of Ready." })
export class RefinementSettings {
  @Field(() => ID)
  productId!: string;

  @Field(() => EstimationScaleEnum)
  scale!: EstimationScale;

  @Field(() => [String], { description: 'The cards of the scale, in order ("?" = need more information).' })
  cards!: string[];

  @Field(() => [String])
  customCards!: string[];

  @Field(() => [ReadinessCriterionModel])
  definitionOfReady!: ReadinessCriterionModel[];

  @Field(() => Int, { description: 'The largest size that fits comfortably in a sprint.' })
  sprintSizeLimit!: number;

  @Field(() => Int)
  version!: number;
}

@ObjectType()
export class Person {
  @Field(() => ID)
  userId!: string;

  @Field()
  label!: string;
}

@ObjectType()
export class RefinementParticipant {
  @Field(() => ID)
  userId!: string;

  @Field()
  label!: string;

  @Field({ description: 'Connected now.' })
  present!: boolean;

  @Field()
  joinedAt!: Date;
}

@ObjectType()
export class CardCount {
  @Field()
  card!: string;

  @Field(() => Int)
  votes!: number;
}

@ObjectType()
export class VoteDistributionModel {
  @Field(() => [CardCount])
  counts!: CardCount[];

  @Field(() => [String])
  modes!: string[];

  @Field(() => Int, { description: 'Scale steps between the lowest and highest card (0 = consensus).' })
  spread!: number;

  @Field()
  consensus!: boolean;

  @Field(() => Int)
  unsure!: number;

  @Field()
  explanation!: string;
}

@ObjectType()
export class RevealedVote {
  @Field(() => ID)
  userId!: string;

  @Field()
  label!: string;

  @Field()
  card!: string;
}

@ObjectType()
export class ReferenceItem {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => Float)
  size!: number;
}

@ObjectType({ description: 'Items already sized at a card, so estimates stay calibrated.' })
export class ReferenceCard {
  @Field()
  card!: string;

  @Field(() => [ReferenceItem])
  items!: ReferenceItem[];
}

@ObjectType({ description: 'An estimation round. Before reveal nobody, the facilitator included, sees another person\'s vote.' })
export class EstimationRound {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  itemId!: string;

  @Field(() => Int, { description: '1 for the first round on the item in this session, 2 after a re-vote…' })
  number!: number;

  @Field(() => RoundStatusEnum)
  status!: keyof typeof RoundStatusEnum;

  @Field(() => [String])
  cards!: string[];

  @Field(() => Int)
  votesCast!: number;

  @Field(() => [Person], { description: 'Who has voted (not what).' })
  voters!: Person[];

  @Field(() => String, { nullable: true, description: "The caller's own vote." })
  myVote!: string | null;

  @Field(() => [RevealedVote], { description: 'Empty until the round is revealed.' })
  votes!: RevealedVote[];

  @Field(() => VoteDistributionModel, { nullable: true, description: 'Null until the round is revealed.' })
  distribution!: VoteDistributionModel | null;

  @Field(() => String, { nullable: true })
  acceptedCard!: string | null;

  @Field(() => [ReferenceCard])
  referenceItems!: ReferenceCard[];

  @Field()
  openedAt!: Date;

  @Field(() => Date, { nullable: true })
  revealedAt!: Date | null;
}

@ObjectType()
export class RefinementQuestion {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  itemId!: string;

  @Field()
  text!: string;

  @Field()
  askedBy!: string;

  @Field()
  askedAt!: Date;

  @Field(() => String, { nullable: true })
  answer!: string | null;

  @Field(() => String, { nullable: true })
  answeredBy!: string | null;

  @Field(() => Date, { nullable: true })
  answeredAt!: Date | null;
}

@ObjectType()
export class UnmetCriterion {
  @Field()
  id!: string;

  @Field()
  text!: string;
}

@ObjectType()
export class ReadinessResult {
  @Field()
  ready!: boolean;

  @Field(() => [String])
  met!: string[];

  @Field(() => [UnmetCriterion])
  unmet!: UnmetCriterion[];
}

@ObjectType()
export class InvestHintModel {
  @Field({ description: 'The INVEST letter the hint is about.' })
  letter!: string;

  @Field()
  hint!: string;
}

@ObjectType()
export class SplitChild {
  @Field(() => ID)
  itemId!: string;

  @Field()
  title!: string;

  @Field(() => SpidrPatternEnum)
  pattern!: keyof typeof SpidrPatternEnum;
}

@ObjectType()
export class AgendaEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  itemId!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  outcome!: string | null;

  @Field(() => [String])
  acceptanceCriteria!: string[];

  @Field(() => Float, { nullable: true })
  size!: number | null;

  @Field()
  status!: string;

  @Field(() => Int, { description: 'The item version, for edits made in the room.' })
  itemVersion!: number;

  @Field(() => Int)
  position!: number;

  @Field(() => Int, { nullable: true })
  timeboxMinutes!: number | null;

  @Field(() => Int, { description: 'Seconds discussed so far, including the current focus.' })
  secondsSpent!: number;

  @Field()
  inFocus!: boolean;

  @Field(() => Date, { nullable: true })
  madeReadyAt!: Date | null;

  @Field(() => ReadinessResult)
  readiness!: ReadinessResult;

  @Field(() => [InvestHintModel])
  hints!: InvestHintModel[];

  @Field(() => [EstimationRound], { description: 'Rounds on this item in this session, oldest first.' })
  rounds!: EstimationRound[];

  @Field(() => [RefinementQuestion])
  questions!: RefinementQuestion[];

  @Field(() => [SplitChild])
  splits!: SplitChild[];
}

@ObjectType()
export class SummaryLine {
  @Field(() => ID)
  itemId!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  detail!: string | null;
}

@ObjectType()
export class TimeSpent {
  @Field(() => ID)
  itemId!: string;

  @Field()
  title!: string;

  @Field(() => Int)
  seconds!: number;

  @Field(() => Int, { nullable: true })
  timeboxMinutes!: number | null;

  @Field()
  overTimebox!: boolean;
}

@ObjectType({ description: 'What the workshop produced: items made ready, estimates, splits, open questions, time per item.' })
export class RefinementSummary {
  @Field(() => [SummaryLine])
  madeReady!: SummaryLine[];

  @Field(() => [SummaryLine], { description: 'detail = the accepted card' })
  estimated!: SummaryLine[];

  @Field(() => [SummaryLine], { description: 'detail = the children, with their SPIDR pattern' })
  splits!: SummaryLine[];

  @Field(() => [SummaryLine], { description: 'detail = the question' })
  openQuestions!: SummaryLine[];

  @Field(() => [TimeSpent])
  timePerItem!: TimeSpent[];

  @Field(() => Int)
  totalSeconds!: number;
}

@ObjectType()
export class RefinementSession {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  productId!: string;

  @Field()
  title!: string;

  @Field(() => SessionStatusEnum)
  status!: keyof typeof SessionStatusEnum;

  @Field(() => Person)
  facilitator!: Person;

  @Field(() => ID, { nullable: true })
  focusItemId!: string | null;

  @Field(() => Date, { nullable: true })
  scheduledFor!: Date | null;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => [AgendaEntry])
  agenda!: AgendaEntry[];

  @Field(() => [RefinementParticipant])
  participants!: RefinementParticipant[];

  @Field(() => EstimationRound, { nullable: true, description: 'The latest round on the item in focus.' })
  currentRound!: EstimationRound | null;

  @Field(() => RefinementSummary)
  summary!: RefinementSummary;

  @Field(() => RefinementSettings)
  settings!: RefinementSettings;

  @Field(() => Int)
  version!: number;
}

@ObjectType({ description: 'A row of the session list.' })
export class RefinementSessionHeader {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => SessionStatusEnum)
  status!: keyof typeof SessionStatusEnum;

  @Field(() => Person)
  facilitator!: Person;

  @Field(() => Int)
  agendaSize!: number;

  @Field(() => Date, { nullable: true })
  scheduledFor!: Date | null;

  @Field(() => Date, { nullable: true })
  startedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;
}

@ObjectType({ description: 'Ready work against recent throughput.' })
export class ReadyRunwayModel {
  @Field(() => Int)
  readyItems!: number;

  @Field(() => Float)
  readySize!: number;

  @Field(() => Float, { nullable: true, description: 'Mean size finished per week over the last six full weeks.' })
  weeklyThroughput!: number | null;

  @Field(() => Float, { nullable: true })
  weeks!: number | null;

  @Field()
  explanation!: string;
}

@ObjectType({ description: 'A live event of a refinement session. Never carries a vote before reveal.' })
export class RefinementEvent {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => RefinementEventTypeEnum)
  type!: RefinementEventType;

  @Field()
  actor!: string;

  @Field(() => ID, { nullable: true })
  itemId!: string | null;

  @Field(() => ID, { nullable: true })
  roundId!: string | null;

  @Field(() => Int, { nullable: true, description: 'VOTE_CAST: how many have voted (never what).' })
  votesCast!: number | null;

  @Field(() => Date)
  at!: Date;
}

// ---- inputs ----

@InputType()
export class ReadinessCriterionInput {
  @Field({ nullable: true, description: 'Stable id; derived from the text when omitted.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  id?: string;

  @Field()
  @RequiredText(300)
  text!: string;

  @Field(() => ReadinessRuleEnum, { defaultValue: 'MANUAL' })
  @IsIn(Object.keys(ReadinessRuleEnum))
  rule!: keyof typeof ReadinessRuleEnum;
}

@InputType()
export class SetRefinementSettingsInput {
  @Field(() => ID)
  @IsEntityId()
  productId!: string;

  @Field(() => Int, { nullable: true, description: 'The settings version read; a stale one is CONFLICT.' })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;

  @Field(() => EstimationScaleEnum)
  @IsIn(Object.keys(EstimationScaleEnum))
  scale!: EstimationScale;

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(8, { each: true, message: 'each card must be at most 8 characters' })
  customCards!: string[];

  @Field(() => [ReadinessCriterionInput])
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ReadinessCriterionInput)
  definitionOfReady!: ReadinessCriterionInput[];

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1000)
  sprintSizeLimit!: number;
}

@InputType()
export class AgendaEntryInput {
  @Field(() => ID)
  @IsEntityId()
  itemId!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(240)
  timeboxMinutes?: number | null;
}

@InputType()
export class PlanRefinementSessionInput {
  @Field(() => ID)
  @IsEntityId()
  productId!: string;

  @Field()
  @RequiredText(200)
  title!: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  scheduledFor?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Defaults to the caller.' })
  @IsOptional()
  @IsEntityId()
  facilitatorId?: string;

  @Field(() => [AgendaEntryInput])
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AgendaEntryInput)
  agenda!: AgendaEntryInput[];
}

@InputType()
export class SetAgendaInput {
  @Field(() => ID)
  @IsEntityId()
  sessionId!: string;

  @Field(() => [AgendaEntryInput])
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => AgendaEntryInput)
  agenda!: AgendaEntryInput[];

  @Field(() => Int, {
    description: 'The session version the new agenda was made from; when the agenda changed since (another facilitator, a split), CONFLICT instead of overwriting it.',
  })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@InputType()
export class FocusItemInput {
  @Field(() => ID)
  @IsEntityId()
  sessionId!: string;

  @Field(() => ID)
  @IsEntityId()
  itemId!: string;
}

@InputType()
export class CastVoteInput {
  @Field(() => ID)
  @IsEntityId()
  roundId!: string;

  @Field()
  @RequiredText(8)
  card!: string;
}

@InputType()
export class AcceptEstimateInput {
  @Field(() => ID)
  @IsEntityId()
  roundId!: string;

  @Field({ description: 'The card agreed on; it becomes the item size.' })
  @RequiredText(8)
  card!: string;
}

@InputType()
export class AskQuestionInput {
  @Field(() => ID)
  @IsEntityId()
  itemId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  sessionId?: string;

  @Field()
  @RequiredText(2000)
  text!: string;
}

@InputType()
export class AnswerQuestionInput {
  @Field(() => ID)
  @IsEntityId()
  questionId!: string;

  @Field()
  @RequiredText(4000)
  answer!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  sessionId?: string;
}

@InputType()
export class SetAcceptanceCriteriaInput {
  @Field(() => ID)
  @IsEntityId()
  itemId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  sessionId?: string;

  @Field(() => Int)
  @IsInt()
  expectedVersion!: number;

  @Field(() => [String], { description: 'Given / When / Then or plain sentences, one per criterion.' })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(1000, { each: true, message: 'each acceptance criterion must be at most 1000 characters' })
  criteria!: string[];
}

@InputType()
export class MarkReadyInput {
  @Field(() => ID)
  @IsEntityId()
  itemId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  sessionId?: string;

  @Field(() => Int)
  @IsInt()
  expectedVersion!: number;

  @Field(() => [String], { defaultValue: [], description: 'Ids of the MANUAL Definition of Ready lines the team ticked.' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  ticked!: string[];

  @Field(() => String, { nullable: true, description: 'Product owner only: mark ready although lines are unmet, and why.' })
  @IsOptional()
  @OptionalText(1000)
  overrideReason?: string;
}

@InputType()
export class SplitChildInput {
  @Field()
  @RequiredText(200)
  title!: string;

  @Field(() => SpidrPatternEnum)
  @IsIn(Object.keys(SpidrPatternEnum))
  pattern!: keyof typeof SpidrPatternEnum;

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  acceptanceCriteria!: string[];
}

@InputType()
export class SplitItemInput {
  @Field(() => ID)
  @IsEntityId()
  itemId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsEntityId()
  sessionId?: string;

  @Field(() => Int)
  @IsInt()
  expectedVersion!: number;

  @Field(() => [SplitChildInput])
  @IsArray()
  @ArrayMinSize(2, { message: 'a split needs at least two children' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => SplitChildInput)
  children!: SplitChildInput[];
}

@ArgsType()
export class SessionIdArgs {
  @Field(() => ID)
  @IsEntityId()
  sessionId!: string;
}
