/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Date (isoformat) */
  Date: { input: string; output: string; }
  /** Date with time (isoformat) */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](https://ecma-international.org/wp-content/uploads/ECMA-404_2nd_edition_december_2017.pdf). */
  JSON: { input: import('../../json.js').JsonValue; output: import('../../json.js').JsonValue; }
  /** Time (isoformat) */
  Time: { input: string; output: string; }
};

export type AdvanceCoCreationStageInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  on: Scalars['Date']['input'];
  project: Scalars['ID']['input'];
  /** The next stage; stages go one at a time. */
  stage: CoCreationStage;
};

export type AgreeCoManageRuleInput = {
  agreedOn: Scalars['Date']['input'];
  content?: InputMaybe<Scalars['String']['input']>;
  /** An organisation of the estate, or a person, who keeps the rule. */
  keeper: Scalars['ID']['input'];
  project: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

/** Which object to archive or restore. */
export type ArchiveInput = {
  id: Scalars['ID']['input'];
};

/** Result of archiving or restoring an object. */
export type ArchivePayload = {
  errors: Array<UserError>;
  node: Maybe<Node>;
};

export type AssignGridEventInput = {
  /** Who will handle it: a person inside your scope. */
  assignee: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

/** How a person works a grid. */
export type AssignmentKind =
  | 'FULL_TIME'
  | 'GRID_HEAD'
  | 'PART_TIME';

/** What an audit entry records. */
export type AuditAction =
  | 'CREATE'
  | 'DELETE'
  | 'LOGIN_FAILED'
  | 'REVEAL'
  | 'UPDATE';

/** 审计记录: one change, or one reveal of personal data. */
export type AuditEntry = Node & {
  action: AuditAction;
  /** The account's login name ('anonymous' or a command-line name otherwise). */
  actor: Scalars['String']['output'];
  /** The changed columns as they are (null when deleted); for a reveal, {"field": column}. Secrets are left out and personal data is masked. */
  after: Maybe<Scalars['JSON']['output']>;
  /** When, in UTC. */
  at: Scalars['DateTime']['output'];
  /** The changed columns as they were (null when created or revealed). */
  before: Maybe<Scalars['JSON']['output']>;
  /** For a reveal, the name the client gave its operation, as sent (null when unnamed): the client's word, not the server's. */
  clientOperation: Maybe<Scalars['String']['output']>;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  /** Global ID of the object changed, when its table is an object type. */
  objectId: Maybe<Scalars['ID']['output']>;
  /** The mutation it happened in; for a reveal, the field revealed (Person.phone). */
  operation: Scalars['String']['output'];
  /** The table changed, e.g. person. */
  table: Scalars['String']['output'];
};

/** A page of a list, with cursors to fetch the next one. */
export type AuditEntryConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<AuditEntryEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<AuditEntry>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type AuditEntryEdge = {
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

/** Narrows the audit trail; every condition given must hold. */
export type AuditFilter = {
  /** Only what the account with this login name did. */
  account?: InputMaybe<Scalars['String']['input']>;
  /** Only this action. */
  action?: InputMaybe<AuditAction>;
  /** Only entries about this object (its Global ID). */
  objectId?: InputMaybe<Scalars['ID']['input']>;
  /** Only entries at or after this time (UTC when no offset). */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only this table, e.g. person. */
  table?: InputMaybe<Scalars['String']['input']>;
  /** Only entries before this time (UTC when no offset). */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Bounds on average scores (0-100) of a project's latest round. */
export type BeautyScoreBounds = {
  environment?: InputMaybe<Scalars['Float']['input']>;
  life?: InputMaybe<Scalars['Float']['input']>;
  organisation?: InputMaybe<Scalars['Float']['input']>;
  /** The mean of the four beauties. */
  overall?: InputMaybe<Scalars['Float']['input']>;
  service?: InputMaybe<Scalars['Float']['input']>;
};

/** Average scores (0-100) of one evaluation round. */
export type BeautyScores = {
  /** 环境美 */
  environment: Scalars['Float']['output'];
  /** How many people evaluated. */
  evaluations: Scalars['Int']['output'];
  firstEvaluatedOn: Scalars['Date']['output'];
  lastEvaluatedOn: Scalars['Date']['output'];
  /** 生活美 */
  life: Scalars['Float']['output'];
  /** 组织美 */
  organisation: Scalars['Float']['output'];
  /** The mean of the four. */
  overall: Scalars['Float']['output'];
  round: Scalars['Int']['output'];
  /** 服务美 */
  service: Scalars['Float']['output'];
};

/** Scores of the four beauties, each 0-100. */
export type BeautyScoresInput = {
  environment: Scalars['Int']['input'];
  life: Scalars['Int']['input'];
  organisation: Scalars['Int']['input'];
  service: Scalars['Int']['input'];
};

export type BookVenueRoomInput = {
  /** After the start, at most 24 hours later; exclusive. */
  endsAt: Scalars['DateTime']['input'];
  organisation: Scalars['ID']['input'];
  purpose: Scalars['String']['input'];
  /** A registered asset of kind ROOM. */
  room: Scalars['ID']['input'];
  /** With its UTC offset. */
  startsAt: Scalars['DateTime']['input'];
};

/** 楼栋: a building inside an estate. */
export type Building = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  estate: Estate;
  floors: Maybe<Scalars['Int']['output']>;
  grid: Maybe<Grid>;
  /** Households (户) of the building. */
  households: HouseholdConnection;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  number: Scalars['String']['output'];
  /** Organisations anchored to the building (its party group). */
  organisations: OrganisationConnection;
};


/** 楼栋: a building inside an estate. */
export type BuildingHouseholdsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 楼栋: a building inside an estate. */
export type BuildingOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganisationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a list, with cursors to fetch the next one. */
export type BuildingConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<BuildingEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<Building>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type BuildingEdge = {
  cursor: Scalars['String']['output'];
  node: Building;
};

export type BuildingPayload = {
  building: Maybe<Building>;
  errors: Array<UserError>;
};

export type ClaimDualReportNeedInput = {
  claimedOn: Scalars['Date']['input'];
  /** An open need the registration's community posted. */
  need: Scalars['ID']['input'];
  registration: Scalars['ID']['input'];
};

/** Close a resolved event, with the rating of a resident who reported it. */
export type CloseGridEventInput = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** The reporting resident's rating, 1 to 5, as they gave it (回访); none for an event a grid worker found. */
  satisfaction?: InputMaybe<Scalars['Int']['input']>;
};

/** The five unifications (五个统一) of a merged estate's renovation. */
export type CoBuildUnification =
  | 'FACADES_RENEWED'
  | 'FACILITIES_COMPLETED'
  | 'GARAGES_CLEARED'
  | 'SELF_GOVERNED_MANAGEMENT'
  | 'WALLS_OPENED';

/** One of the five unifications and how far the works on it are. */
export type CoBuildUnificationStatus = {
  done: Scalars['Boolean']['output'];
  /** 0-100; 0 when no work addresses it. */
  progress: Scalars['Int']['output'];
  unification: CoBuildUnification;
};

/** 共建: a work of the renovation, with its progress. */
export type CoBuildWork = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  finishedOn: Maybe<Scalars['Date']['output']>;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  /** Per cent done, 0-100. */
  progress: Scalars['Int']['output'];
  project: CoCreationProject;
  /** The accepted proposal this work delivers. */
  proposal: Maybe<CoPlanProposal>;
  startedOn: Scalars['Date']['output'];
  title: Scalars['String']['output'];
  /** The unification it delivers, if it is one of the five. */
  unification: Maybe<CoBuildUnification>;
};

/** A page of a list, with cursors to fetch the next one. */
export type CoBuildWorkConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<CoBuildWorkEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<CoBuildWork>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type CoBuildWorkEdge = {
  cursor: Scalars['String']['output'];
  node: CoBuildWork;
};

export type CoBuildWorkPayload = {
  errors: Array<UserError>;
  work: Maybe<CoBuildWork>;
};

/** In what capacity a person took part in a stage. */
export type CoCreationCapacity =
  | 'PARTY_MEMBER'
  | 'RESIDENT'
  | 'VOLUNTEER';

/** A person taking part in one stage of a project. */
export type CoCreationParticipation = Node & {
  activity: Maybe<Scalars['String']['output']>;
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  capacity: CoCreationCapacity;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  /** Who took part; null when they lie outside your scope. */
  person: Maybe<Person>;
  project: CoCreationProject;
  stage: CoCreationStage;
  tookPartOn: Scalars['Date']['output'];
};

/** A page of a list, with cursors to fetch the next one. */
export type CoCreationParticipationConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<CoCreationParticipationEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<CoCreationParticipation>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type CoCreationParticipationEdge = {
  cursor: Scalars['String']['output'];
  node: CoCreationParticipation;
};

export type CoCreationParticipationPayload = {
  errors: Array<UserError>;
  participation: Maybe<CoCreationParticipation>;
};

/** 共同缔造项目: the co-creation project of an estate or rural settlement, going through the five co-s towards the four beauties (四美). */
export type CoCreationProject = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Building heads (楼栋长): people holding a building-head post in one of the project's organisations. */
  buildingHeads: PersonConnection;
  /** Whether the project has been named a demonstration estate. */
  demonstration: Scalars['Boolean']['output'];
  /** The estate (or rural settlement) being co-created. */
  estate: Estate;
  /** 共评: evaluations, oldest first. */
  evaluations: CoEvaluationConnection;
  /** The five unifications (五个统一) checklist: one line each, in order. */
  fiveUnifications: Array<CoBuildUnificationStatus>;
  /** The project headquarters (项目指挥部). */
  headquarters: Maybe<Organisation>;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  /** The estate property management committee (小区物业管理委员会), acting for the owners' assembly. */
  managementCommittee: Maybe<Organisation>;
  /** Walled micro-estates merged into this estate, by name. */
  mergedMicroEstates: Array<Scalars['String']['output']>;
  /** What the project still needs before it can move on; null when it can. */
  missingForNextStage: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** The stage after the current one; null at co-share. */
  nextStage: Maybe<CoCreationStage>;
  /** 共享: outcomes and awards, oldest first. */
  outcomes: CoShareOutcomeConnection;
  /** Who took part in which stage, oldest first. */
  participations: CoCreationParticipationConnection;
  /** The estate party branch (小区党支部) or, in a rural settlement, the co-creation party branch (共同缔造党支部). */
  partyBranch: Maybe<Organisation>;
  /** Party volunteers (党员志愿者): people holding a party-volunteer post in one of the project's organisations. */
  partyVolunteers: PersonConnection;
  /** 共谋: residents' proposals, oldest first. */
  proposals: CoPlanProposalConnection;
  /** People reached: in the whole project, or in one stage. */
  reach: CoCreationReach;
  /** 共管: rules the estate agreed, oldest first. */
  rules: CoManageRuleConnection;
  /** Average scores of the latest rounds, oldest first (over time). */
  scoreHistory: Array<BeautyScores>;
  /** Average scores of a round (default: the latest); null when not scored. */
  scores: Maybe<BeautyScores>;
  stage: CoCreationStage;
  /** When the project entered each stage so far. */
  stageHistory: Array<CoCreationStageChange>;
  startedOn: Scalars['Date']['output'];
  /** Counts of the project's records. */
  tallies: CoCreationTallies;
  /** 共建: works of the renovation, oldest first. */
  works: CoBuildWorkConnection;
};


/** 共同缔造项目: the co-creation project of an estate or rural settlement, going through the five co-s towards the four beauties (四美). */
export type CoCreationProjectBuildingHeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 共同缔造项目: the co-creation project of an estate or rural settlement, going through the five co-s towards the four beauties (四美). */
export type CoCreationProjectEvaluationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  round?: InputMaybe<Scalars['Int']['input']>;
};


/** 共同缔造项目: the co-creation project of an estate or rural settlement, going through the five co-s towards the four beauties (四美). */
export type CoCreationProjectOutcomesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<CoShareOutcomeKind>;
};


/** 共同缔造项目: the co-creation project of an estate or rural settlement, going through the five co-s towards the four beauties (四美). */
export type CoCreationProjectParticipationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  capacity?: InputMaybe<CoCreationCapacity>;
  first?: InputMaybe<Scalars['Int']['input']>;
  stage?: InputMaybe<CoCreationStage>;
};


/** 共同缔造项目: the co-creation project of an estate or rural settlement, going through the five co-s towards the four beauties (四美). */
export type CoCreationProjectPartyVolunteersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 共同缔造项目: the co-creation project of an estate or rural settlement, going through the five co-s towards the four beauties (四美). */
export type CoCreationProjectProposalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CoPlanProposalStatus>;
};


/** 共同缔造项目: the co-creation project of an estate or rural settlement, going through the five co-s towards the four beauties (四美). */
export type CoCreationProjectReachArgs = {
  stage?: InputMaybe<CoCreationStage>;
};


/** 共同缔造项目: the co-creation project of an estate or rural settlement, going through the five co-s towards the four beauties (四美). */
export type CoCreationProjectRulesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 共同缔造项目: the co-creation project of an estate or rural settlement, going through the five co-s towards the four beauties (四美). */
export type CoCreationProjectScoreHistoryArgs = {
  last?: Scalars['Int']['input'];
};


/** 共同缔造项目: the co-creation project of an estate or rural settlement, going through the five co-s towards the four beauties (四美). */
export type CoCreationProjectScoresArgs = {
  round?: InputMaybe<Scalars['Int']['input']>;
};


/** 共同缔造项目: the co-creation project of an estate or rural settlement, going through the five co-s towards the four beauties (四美). */
export type CoCreationProjectWorksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unification?: InputMaybe<CoBuildUnification>;
};

/** A page of a list, with cursors to fetch the next one. */
export type CoCreationProjectConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<CoCreationProjectEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<CoCreationProject>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type CoCreationProjectEdge = {
  cursor: Scalars['String']['output'];
  node: CoCreationProject;
};

/** Narrows a list of co-creation projects. */
export type CoCreationProjectFilter = {
  community?: InputMaybe<Scalars['ID']['input']>;
  /** Whether the project has been named a demonstration estate. */
  demonstration?: InputMaybe<Scalars['Boolean']['input']>;
  /** Latest round's averages at most these (projects scored). */
  maxScores?: InputMaybe<BeautyScoreBounds>;
  /** Latest round's averages at least these (projects scored). */
  minScores?: InputMaybe<BeautyScoreBounds>;
  /** True: rural settlements only; false: urban estates only. */
  rural?: InputMaybe<Scalars['Boolean']['input']>;
  /** Part of the name. */
  search?: InputMaybe<Scalars['String']['input']>;
  stage?: InputMaybe<CoCreationStage>;
  street?: InputMaybe<Scalars['ID']['input']>;
};

/** Fields co-creation projects are ordered by. */
export type CoCreationProjectOrder =
  | 'ID'
  | 'NAME';

export type CoCreationProjectPayload = {
  errors: Array<UserError>;
  project: Maybe<CoCreationProject>;
};

/** Distinct people a project reached. */
export type CoCreationReach = {
  partyMembers: Scalars['Int']['output'];
  people: Scalars['Int']['output'];
  residents: Scalars['Int']['output'];
  volunteers: Scalars['Int']['output'];
};

/** The five co-s (五共) in order: co-plan 共谋, co-build 共建, co-manage 共管, co-evaluate 共评, co-share 共享. */
export type CoCreationStage =
  | 'CO_BUILD'
  | 'CO_EVALUATE'
  | 'CO_MANAGE'
  | 'CO_PLAN'
  | 'CO_SHARE';

/** The day a project entered a stage. */
export type CoCreationStageChange = {
  enteredOn: Scalars['Date']['output'];
  note: Maybe<Scalars['String']['output']>;
  stage: CoCreationStage;
};

/** What a project has produced so far. */
export type CoCreationTallies = {
  acceptedProposals: Scalars['Int']['output'];
  evaluations: Scalars['Int']['output'];
  finishedWorks: Scalars['Int']['output'];
  outcomes: Scalars['Int']['output'];
  proposals: Scalars['Int']['output'];
  rules: Scalars['Int']['output'];
  works: Scalars['Int']['output'];
};

/** 共评: one person's scores (0-100) of the four beauties in a round. */
export type CoEvaluation = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  comment: Maybe<Scalars['String']['output']>;
  environmentScore: Scalars['Int']['output'];
  evaluatedOn: Scalars['Date']['output'];
  /** Who evaluated: null when the person lies outside your scope (a party member may evaluate an estate they do not live in). */
  evaluator: Maybe<Person>;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  lifeScore: Scalars['Int']['output'];
  organisationScore: Scalars['Int']['output'];
  project: CoCreationProject;
  role: CoEvaluatorRole;
  round: Scalars['Int']['output'];
  serviceScore: Scalars['Int']['output'];
};

/** A page of a list, with cursors to fetch the next one. */
export type CoEvaluationConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<CoEvaluationEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<CoEvaluation>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type CoEvaluationEdge = {
  cursor: Scalars['String']['output'];
  node: CoEvaluation;
};

export type CoEvaluationPayload = {
  errors: Array<UserError>;
  evaluation: Maybe<CoEvaluation>;
};

/** Who evaluates: a resident or a party member. */
export type CoEvaluatorRole =
  | 'PARTY_MEMBER'
  | 'RESIDENT';

/** 共管: a rule the estate agreed, and who keeps it. */
export type CoManageRule = Node & {
  agreedOn: Scalars['Date']['output'];
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  content: Maybe<Scalars['String']['output']>;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  /** The organisation or person who keeps the rule; null when it lies outside your scope. */
  keeper: Maybe<CoManageRuleKeeper>;
  project: CoCreationProject;
  title: Scalars['String']['output'];
};

/** A page of a list, with cursors to fetch the next one. */
export type CoManageRuleConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<CoManageRuleEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<CoManageRule>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type CoManageRuleEdge = {
  cursor: Scalars['String']['output'];
  node: CoManageRule;
};

/** Who keeps a rule: a body or a person. */
export type CoManageRuleKeeper = Organisation | Person;

export type CoManageRulePayload = {
  errors: Array<UserError>;
  rule: Maybe<CoManageRule>;
};

/** A decision on a pending proposal. */
export type CoPlanDecision =
  | 'ACCEPTED'
  | 'MERGED'
  | 'REJECTED';

/** 共谋: a residents' proposal (群众点菜、政府接单) and its decision. */
export type CoPlanProposal = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  content: Maybe<Scalars['String']['output']>;
  /** Supporters counted without names, e.g. at a residents' meeting. */
  countedSupporters: Scalars['Int']['output'];
  decidedOn: Maybe<Scalars['Date']['output']>;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  /** The proposal it was merged into. */
  mergedInto: Maybe<CoPlanProposal>;
  project: CoCreationProject;
  /** The resident who proposed it; null when they lie outside your scope. */
  proposer: Maybe<Person>;
  /** Why it was rejected (or a note). */
  reason: Maybe<Scalars['String']['output']>;
  status: CoPlanProposalStatus;
  submittedOn: Scalars['Date']['output'];
  /** All support: counted supporters plus named ones. */
  supportCount: Scalars['Int']['output'];
  /** Residents who support it by name. */
  supporters: PersonConnection;
  title: Scalars['String']['output'];
};


/** 共谋: a residents' proposal (群众点菜、政府接单) and its decision. */
export type CoPlanProposalSupportersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a list, with cursors to fetch the next one. */
export type CoPlanProposalConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<CoPlanProposalEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<CoPlanProposal>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type CoPlanProposalEdge = {
  cursor: Scalars['String']['output'];
  node: CoPlanProposal;
};

export type CoPlanProposalPayload = {
  errors: Array<UserError>;
  proposal: Maybe<CoPlanProposal>;
};

/** Where a residents' proposal stands. */
export type CoPlanProposalStatus =
  | 'ACCEPTED'
  | 'MERGED'
  | 'PENDING'
  | 'REJECTED';

/** 共享: an outcome residents share, or an award. */
export type CoShareOutcome = Node & {
  achievedOn: Scalars['Date']['output'];
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  awardedBy: Maybe<Scalars['String']['output']>;
  description: Maybe<Scalars['String']['output']>;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  kind: CoShareOutcomeKind;
  project: CoCreationProject;
  title: Scalars['String']['output'];
};

/** A page of a list, with cursors to fetch the next one. */
export type CoShareOutcomeConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<CoShareOutcomeEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<CoShareOutcome>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type CoShareOutcomeEdge = {
  cursor: Scalars['String']['output'];
  node: CoShareOutcome;
};

/** An outcome residents share, a demonstration estate (示范小区) title, or an award. */
export type CoShareOutcomeKind =
  | 'AWARD'
  | 'DEMONSTRATION_ESTATE'
  | 'OUTCOME';

export type CoShareOutcomePayload = {
  errors: Array<UserError>;
  outcome: Maybe<CoShareOutcome>;
};

/** Fields places with a division code are ordered by. */
export type CodedOrder =
  | 'CODE'
  | 'NAME';

/** 社区 or 村: a community or village with a twelve-digit code. */
export type Community = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Co-creation projects of the community's estates and settlements. */
  coCreationProjects: CoCreationProjectConnection;
  code: Scalars['String']['output'];
  /** In-service party members reported to the community's grid party branches. */
  dualReportRegistrations: DualReportRegistrationConnection;
  /** Estates and rural settlements of the community. */
  estates: EstateConnection;
  /** Events reported in any grid of this community. */
  events: GridEventConnection;
  /** Grids of the community; micro-grids also appear under their parent. */
  grids: GridConnection;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  kind: CommunityKind;
  name: Scalars['String']['output'];
  /** Organisations anchored to the community. */
  organisations: OrganisationConnection;
  /** The community's party service fund (为民服务专项经费) of a year, and what was spent. */
  partyServiceFund: PartyServiceFund;
  /** The community's needs list (需求清单), oldest first. */
  serviceNeeds: ServiceNeedConnection;
  /** The community's projects list (项目清单): secretary and service projects. */
  serviceProjects: ServiceProjectConnection;
  /** The community's resources list (资源清单). */
  serviceResources: ServiceResourceConnection;
  street: Street;
  /** The community's registered assets (社区资产台账). */
  venueAssets: VenueAssetConnection;
  /** The community's venues (阵地): service centre, stations, function sites. */
  venues: VenueConnection;
  /** Social-work certificates registered with the community. */
  workforceCertificates: WorkforceCertificateConnection;
  /** The community's workers on the career system (社区工作者), in the order placed. */
  workforcePlacements: WorkforcePlacementConnection;
  /** The community's quota of community-worker seats (职数) and how many are filled. */
  workforceQuota: Maybe<WorkforceQuota>;
  /** Training sessions held in the community, latest first. */
  workforceSessions: WorkforceSessionConnection;
};


/** 社区 or 村: a community or village with a twelve-digit code. */
export type CommunityCoCreationProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: OrderDirection;
  filter?: InputMaybe<CoCreationProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: CoCreationProjectOrder;
};


/** 社区 or 村: a community or village with a twelve-digit code. */
export type CommunityDualReportRegistrationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DualReportRegistrationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: Scalars['Boolean']['input'];
};


/** 社区 or 村: a community or village with a twelve-digit code. */
export type CommunityEstatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: OrderDirection;
  filter?: InputMaybe<EstateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: Scalars['Boolean']['input'];
  orderBy?: EstateOrder;
};


/** 社区 or 村: a community or village with a twelve-digit code. */
export type CommunityEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: OrderDirection;
  filter?: InputMaybe<GridEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 社区 or 村: a community or village with a twelve-digit code. */
export type CommunityGridsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: OrderDirection;
  filter?: InputMaybe<GridFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: Scalars['Boolean']['input'];
  orderBy?: CodedOrder;
};


/** 社区 or 村: a community or village with a twelve-digit code. */
export type CommunityOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganisationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 社区 or 村: a community or village with a twelve-digit code. */
export type CommunityPartyServiceFundArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** 社区 or 村: a community or village with a twelve-digit code. */
export type CommunityServiceNeedsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceNeedFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 社区 or 村: a community or village with a twelve-digit code. */
export type CommunityServiceProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: OrderDirection;
  filter?: InputMaybe<ServiceProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: ServiceProjectOrder;
};


/** 社区 or 村: a community or village with a twelve-digit code. */
export type CommunityServiceResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceResourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 社区 or 村: a community or village with a twelve-digit code. */
export type CommunityVenueAssetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VenueAssetFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 社区 or 村: a community or village with a twelve-digit code. */
export type CommunityVenuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VenueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: Scalars['Boolean']['input'];
};


/** 社区 or 村: a community or village with a twelve-digit code. */
export type CommunityWorkforceCertificatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkforceCertificateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 社区 or 村: a community or village with a twelve-digit code. */
export type CommunityWorkforcePlacementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: Scalars['Boolean']['input'];
};


/** 社区 or 村: a community or village with a twelve-digit code. */
export type CommunityWorkforceSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a list, with cursors to fetch the next one. */
export type CommunityConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<CommunityEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<Community>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type CommunityEdge = {
  cursor: Scalars['String']['output'];
  node: Community;
};

/** Narrows a list of communities. */
export type CommunityFilter = {
  codePrefix?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<CommunityKind>;
  search?: InputMaybe<Scalars['String']['input']>;
  street?: InputMaybe<Scalars['ID']['input']>;
};

/** Urban community (社区) or village (村). */
export type CommunityKind =
  | 'URBAN'
  | 'VILLAGE';

export type CommunityPayload = {
  community: Maybe<Community>;
  errors: Array<UserError>;
};

export type CreateBuildingInput = {
  estate: Scalars['ID']['input'];
  floors?: InputMaybe<Scalars['Int']['input']>;
  /** The finest grid covering it, in the estate's community. */
  grid?: InputMaybe<Scalars['ID']['input']>;
  number: Scalars['String']['input'];
};

export type CreateCoBuildWorkInput = {
  progress?: Scalars['Int']['input'];
  project: Scalars['ID']['input'];
  /** The accepted proposal this work delivers. */
  proposal?: InputMaybe<Scalars['ID']['input']>;
  startedOn: Scalars['Date']['input'];
  title: Scalars['String']['input'];
  unification?: InputMaybe<CoBuildUnification>;
};

export type CreateCoCreationProjectInput = {
  estate: Scalars['ID']['input'];
  /** Names of walled micro-estates merged into the estate (at most 30). */
  mergedMicroEstates?: Array<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  startedOn: Scalars['Date']['input'];
};

export type CreateCommunityInput = {
  /** Twelve digits starting with the street's code. */
  code: Scalars['String']['input'];
  kind?: CommunityKind;
  name: Scalars['String']['input'];
  street: Scalars['ID']['input'];
};

export type CreateDualReportRegistrationInput = {
  /** The employer's party organisation (工作单位党组织). */
  employer: Scalars['ID']['input'];
  /** The member's in-service party member identity (core's), which names the grid party branch they report to. */
  identity: Scalars['ID']['input'];
  registeredOn: Scalars['Date']['input'];
};

export type CreateEstateInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  community: Scalars['ID']['input'];
  kind?: EstateKind;
  name: Scalars['String']['input'];
};

export type CreateGridAssignmentInput = {
  endDate?: InputMaybe<Scalars['Date']['input']>;
  grid: Scalars['ID']['input'];
  kind: AssignmentKind;
  person: Scalars['ID']['input'];
  startDate: Scalars['Date']['input'];
};

export type CreateGridEventTypeInput = {
  /** Unique in the district, e.g. fire_hazard. */
  code: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  /** At most 20. */
  fields?: Array<GridEventTypeFieldInput>;
  group: GridEventGroup;
  name: Scalars['String']['input'];
  /** 1 to 8760 hours. */
  timeLimitHours: Scalars['Int']['input'];
};

export type CreateGridInput = {
  /** The community's code plus three digits; a micro-grid's: its parent's plus three. */
  code: Scalars['String']['input'];
  community: Scalars['ID']['input'];
  kind: GridKind;
  name: Scalars['String']['input'];
  /** For a micro-grid: the comprehensive grid it sits in. */
  parent?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateHouseholdInput = {
  building: Scalars['ID']['input'];
  doorNumber: Scalars['String']['input'];
};

export type CreateIdentityInput = {
  kind: IdentityKind;
  /** Party member: the party organisation holding the membership; in-service party member: the grid party branch reported to. */
  organisation?: InputMaybe<Scalars['ID']['input']>;
  person: Scalars['ID']['input'];
  since: Scalars['Date']['input'];
  until?: InputMaybe<Scalars['Date']['input']>;
};

export type CreateOrganisationInput = {
  /** The place it is anchored to; its kind decides which places fit. */
  anchor?: InputMaybe<Scalars['ID']['input']>;
  kind: OrganisationKind;
  name: Scalars['String']['input'];
  parent?: InputMaybe<Scalars['ID']['input']>;
};

export type CreatePersonInput = {
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  gender: Gender;
  household?: InputMaybe<Scalars['ID']['input']>;
  /** 18-character citizen ID. */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Mobile number, 11 digits. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type CreatePostInput = {
  endDate?: InputMaybe<Scalars['Date']['input']>;
  organisation: Scalars['ID']['input'];
  person: Scalars['ID']['input'];
  role: PostRole;
  startDate: Scalars['Date']['input'];
};

export type CreateServiceProjectInput = {
  /** Yuan planned for the year, 0 or more. */
  budget: Scalars['Int']['input'];
  category: ServiceCategory;
  community: Scalars['ID']['input'];
  /** A day of its year; null: runs to the year's end. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  kind: ServiceProjectKind;
  /** Needs of the community it answers. */
  needs?: Array<Scalars['ID']['input']>;
  /** Resources of the community it uses. */
  resources?: Array<Scalars['ID']['input']>;
  /** A day of the project's year. */
  startedOn: Scalars['Date']['input'];
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type CreateSixHavesFundInput = {
  /** Whole yuan, more than 0. */
  amount: Scalars['Int']['input'];
  estate: Scalars['ID']['input'];
  purpose?: InputMaybe<Scalars['String']['input']>;
  source: SixHavesFundSource;
  year: Scalars['Int']['input'];
};

export type CreateSixHavesRuleInput = {
  /** Who adopted it, e.g. 业主大会 (the owners' assembly). */
  adoptedBy?: InputMaybe<Scalars['String']['input']>;
  adoptedOn: Scalars['Date']['input'];
  estate: Scalars['ID']['input'];
  kind: SixHavesRuleKind;
  title: Scalars['String']['input'];
};

export type CreateSixHavesVenueInput = {
  /** Whether residents deliberate there. */
  deliberation?: Scalars['Boolean']['input'];
  estate: Scalars['ID']['input'];
  kind: SixHavesVenueKind;
  name: Scalars['String']['input'];
  openedOn?: InputMaybe<Scalars['Date']['input']>;
};

export type CreateStreetInput = {
  /** Nine digits starting with the district's code. */
  code: Scalars['String']['input'];
  kind?: StreetKind;
  name: Scalars['String']['input'];
};

export type CreateWorkforceCourseInput = {
  /** 1 to 1000. */
  hours: Scalars['Int']['input'];
  /** The alliance member giving it (any visible organisation). */
  provider?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type DecideCoPlanProposalInput = {
  decidedOn: Scalars['Date']['input'];
  decision: CoPlanDecision;
  /** Required when merging: a proposal of the same project. */
  mergedInto?: InputMaybe<Scalars['ID']['input']>;
  proposal: Scalars['ID']['input'];
  /** Required when rejecting. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type DefineWorkforceGradeInput = {
  name: Scalars['String']['input'];
  /** Monthly, in yuan: not below payMin. */
  payMax: Scalars['Int']['input'];
  /** Monthly, in yuan: 1 to 100000. */
  payMin: Scalars['Int']['input'];
  /** 1 for the lowest grade; unique among live grades. */
  rank: Scalars['Int']['input'];
};

/** 区: a district, the tenant every request is answered for. */
export type District = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  code: Scalars['String']['output'];
  /** Communities (社区) and villages (村) of all streets. */
  communities: CommunityConnection;
  /** Programmes (plugins) this district has enabled. */
  enabledPlugins: Array<Scalars['String']['output']>;
  /** Estates (小区) and rural settlements of all communities. */
  estates: EstateConnection;
  /** Grids of all communities. */
  grids: GridConnection;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  /** Key figures of the district, from core and its enabled plugins. */
  indicators: Array<Indicator>;
  name: Scalars['String']['output'];
  /** Organisations of the district. */
  organisations: OrganisationConnection;
  /** People of the district. */
  people: PersonConnection;
  /** Streets (街道) and towns (镇). */
  streets: StreetConnection;
};


/** 区: a district, the tenant every request is answered for. */
export type DistrictCommunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: OrderDirection;
  filter?: InputMaybe<CommunityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: Scalars['Boolean']['input'];
  orderBy?: CodedOrder;
};


/** 区: a district, the tenant every request is answered for. */
export type DistrictEstatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: OrderDirection;
  filter?: InputMaybe<EstateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: Scalars['Boolean']['input'];
  orderBy?: EstateOrder;
};


/** 区: a district, the tenant every request is answered for. */
export type DistrictGridsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: OrderDirection;
  filter?: InputMaybe<GridFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: Scalars['Boolean']['input'];
  orderBy?: CodedOrder;
};


/** 区: a district, the tenant every request is answered for. */
export type DistrictIndicatorsArgs = {
  prefix?: InputMaybe<Scalars['String']['input']>;
};


/** 区: a district, the tenant every request is answered for. */
export type DistrictOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganisationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: Scalars['Boolean']['input'];
};


/** 区: a district, the tenant every request is answered for. */
export type DistrictPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: Scalars['Boolean']['input'];
};


/** 区: a district, the tenant every request is answered for. */
export type DistrictStreetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: OrderDirection;
  filter?: InputMaybe<StreetFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: Scalars['Boolean']['input'];
  orderBy?: CodedOrder;
};

export type DistrictPayload = {
  district: Maybe<District>;
  errors: Array<UserError>;
};

/** 认领: a registered member took on a need the community posted. */
export type DualReportClaim = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  claimedOn: Scalars['Date']['output'];
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  /** The need; null when the programme recording it is not enabled (or it was archived there). */
  need: Maybe<DualReportNeed>;
  /** Global ID of the need, as recorded. */
  needId: Scalars['ID']['output'];
  registration: DualReportRegistration;
};

/** A page of a list, with cursors to fetch the next one. */
export type DualReportClaimConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<DualReportClaimEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<DualReportClaim>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type DualReportClaimEdge = {
  cursor: Scalars['String']['output'];
  node: DualReportClaim;
};

export type DualReportClaimPayload = {
  claim: Maybe<DualReportClaim>;
  errors: Array<UserError>;
};

/** A service need a community posted, as the programme recording it reports it. */
export type DualReportNeed = {
  /** The community that posted it. */
  community: Maybe<Community>;
  /** The need's own Global ID. */
  id: Scalars['ID']['output'];
  /** Whether it still waits to be answered. */
  open: Scalars['Boolean']['output'];
  /** The programme that records it. */
  plugin: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** 报到: an in-service party member (在职党员) reported to the grid party branch of the community where they live, beside their employer's party organisation. */
export type DualReportRegistration = Node & {
  /** Whether the registration is the member's current one. */
  active: Scalars['Boolean']['output'];
  /** When the registration ended (the member moved or left); null while active. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** The grid party branch reported to, as the identity names it. */
  branch: Maybe<Organisation>;
  /** Needs the member claimed (认领), latest first. */
  claims: DualReportClaimConnection;
  /** The community served: the branch's, where the member lives. */
  community: Community;
  /** The employer's party organisation (工作单位党组织). */
  employer: Maybe<Organisation>;
  /** Hours of volunteer service done under it, all together. */
  hours: Scalars['Float']['output'];
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  /** Core's in-service party member identity the registration rests on; null when its person lies outside your scope. */
  identity: Maybe<Identity>;
  /** The member; null when they lie outside your scope. */
  person: Maybe<Person>;
  registeredOn: Scalars['Date']['output'];
  /** Volunteer services done under it, latest recorded first. */
  services: DualReportServiceConnection;
};


/** 报到: an in-service party member (在职党员) reported to the grid party branch of the community where they live, beside their employer's party organisation. */
export type DualReportRegistrationClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: Scalars['Boolean']['input'];
};


/** 报到: an in-service party member (在职党员) reported to the grid party branch of the community where they live, beside their employer's party organisation. */
export type DualReportRegistrationServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DualReportServiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a list, with cursors to fetch the next one. */
export type DualReportRegistrationConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<DualReportRegistrationEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<DualReportRegistration>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type DualReportRegistrationEdge = {
  cursor: Scalars['String']['output'];
  node: DualReportRegistration;
};

/** Narrows a list of registrations. */
export type DualReportRegistrationFilter = {
  community?: InputMaybe<Scalars['ID']['input']>;
  /** The employer's party organisation. */
  employer?: InputMaybe<Scalars['ID']['input']>;
  registeredSince?: InputMaybe<Scalars['Date']['input']>;
  street?: InputMaybe<Scalars['ID']['input']>;
};

export type DualReportRegistrationPayload = {
  errors: Array<UserError>;
  registration: Maybe<DualReportRegistration>;
};

/** 双服务: a volunteer service a registered member did where they live. */
export type DualReportService = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** What was done. */
  description: Scalars['String']['output'];
  /** How long it took, in hours (kept to the minute). */
  hours: Scalars['Float']['output'];
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  /** The need it answered; null when none, or when the programme recording the need is not enabled. */
  need: Maybe<DualReportNeed>;
  /** Global ID of the need it answered, as recorded. */
  needId: Maybe<Scalars['ID']['output']>;
  registration: DualReportRegistration;
  servedOn: Scalars['Date']['output'];
};

/** A page of a list, with cursors to fetch the next one. */
export type DualReportServiceConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<DualReportServiceEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<DualReportService>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type DualReportServiceEdge = {
  cursor: Scalars['String']['output'];
  node: DualReportService;
};

/** Narrows a list of services. */
export type DualReportServiceFilter = {
  /** True: services answering a need; false: the others. */
  answering?: InputMaybe<Scalars['Boolean']['input']>;
  community?: InputMaybe<Scalars['ID']['input']>;
  /** Services answering this need. */
  need?: InputMaybe<Scalars['ID']['input']>;
  /** Served on or after. */
  since?: InputMaybe<Scalars['Date']['input']>;
  /** Served on or before. */
  until?: InputMaybe<Scalars['Date']['input']>;
};

export type DualReportServicePayload = {
  errors: Array<UserError>;
  service: Maybe<DualReportService>;
};

export type EndDualReportRegistrationInput = {
  id: Scalars['ID']['input'];
};

export type EndPeriodInput = {
  /** Last day; null reopens the period. */
  end?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
};

export type EscalateOverdueGridEventsInput = {
  /** At most this many, 1 to 1000. */
  limit?: Scalars['Int']['input'];
};

export type EscalateOverdueGridEventsPayload = {
  errors: Array<UserError>;
  /** How many events were escalated. */
  escalatedCount: Scalars['Int']['output'];
  /** The first 100 escalated events. */
  events: Array<GridEvent>;
};

/** 小区: an estate; rural concentrated settlements are estates too. */
export type Estate = Node & {
  address: Maybe<Scalars['String']['output']>;
  /** Every enabled programme's venues on the estate (council halls, stations, corners...). */
  allVenues: Array<ProgrammeVenue>;
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Buildings (楼栋) of the estate. */
  buildings: BuildingConnection;
  /** The estate's co-creation project (四美小区·共同缔造), if any. */
  coCreation: Maybe<CoCreationProject>;
  community: Community;
  /** Grids covering at least one building of the estate. */
  grids: GridConnection;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  kind: EstateKind;
  name: Scalars['String']['output'];
  /** Organisations anchored to the estate. */
  organisations: OrganisationConnection;
  /** Which of the six haves the estate has, with the evidence and what is missing. */
  sixHaves: SixHavesAssessment;
  /** The estate's results in the latest snapshots, oldest first. */
  sixHavesHistory: Array<SixHavesSnapshotEstate>;
  /** This programme's venues standing on the estate. */
  venues: VenueConnection;
};


/** 小区: an estate; rural concentrated settlements are estates too. */
export type EstateBuildingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 小区: an estate; rural concentrated settlements are estates too. */
export type EstateGridsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 小区: an estate; rural concentrated settlements are estates too. */
export type EstateOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganisationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 小区: an estate; rural concentrated settlements are estates too. */
export type EstateSixHavesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


/** 小区: an estate; rural concentrated settlements are estates too. */
export type EstateSixHavesHistoryArgs = {
  kind?: InputMaybe<SixHavesSnapshotKind>;
  last?: Scalars['Int']['input'];
};


/** 小区: an estate; rural concentrated settlements are estates too. */
export type EstateVenuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VenueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a list, with cursors to fetch the next one. */
export type EstateConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<EstateEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<Estate>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type EstateEdge = {
  cursor: Scalars['String']['output'];
  node: Estate;
};

/** Narrows a list of estates. */
export type EstateFilter = {
  community?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<EstateKind>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Estate (小区) or rural settlement (农村集中居住点). */
export type EstateKind =
  | 'ESTATE'
  | 'RURAL_SETTLEMENT';

/** Fields estates are ordered by. */
export type EstateOrder =
  | 'ID'
  | 'NAME';

export type EstatePayload = {
  errors: Array<UserError>;
  estate: Maybe<Estate>;
};

/** Gender as recorded. */
export type Gender =
  | 'FEMALE'
  | 'MALE';

/** 网格: a grid, the unit of service and management inside a community. */
export type Grid = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Grid workers and grid heads working this grid. */
  assignments: GridAssignmentConnection;
  /** Buildings whose finest grid is this one. */
  buildings: BuildingConnection;
  code: Scalars['String']['output'];
  community: Community;
  /** Estates with at least one building in this grid. */
  estates: EstateConnection;
  /** Events reported in this grid and, for a comprehensive grid, in its micro-grids. */
  events: GridEventConnection;
  /** Households in this grid's buildings (从楼知户). */
  households: HouseholdConnection;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  kind: GridKind;
  name: Scalars['String']['output'];
  /** Organisations anchored to the grid (its party branch). */
  organisations: OrganisationConnection;
  /** The comprehensive grid a micro-grid sits in. */
  parent: Maybe<Grid>;
  /** Micro-grids inside this grid. */
  subGrids: GridConnection;
};


/** 网格: a grid, the unit of service and management inside a community. */
export type GridAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeEnded?: Scalars['Boolean']['input'];
};


/** 网格: a grid, the unit of service and management inside a community. */
export type GridBuildingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 网格: a grid, the unit of service and management inside a community. */
export type GridEstatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 网格: a grid, the unit of service and management inside a community. */
export type GridEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: OrderDirection;
  filter?: InputMaybe<GridEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 网格: a grid, the unit of service and management inside a community. */
export type GridHouseholdsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 网格: a grid, the unit of service and management inside a community. */
export type GridOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganisationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 网格: a grid, the unit of service and management inside a community. */
export type GridSubGridsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: OrderDirection;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: CodedOrder;
};

/** A person working a grid over a period. */
export type GridAssignment = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  endDate: Maybe<Scalars['Date']['output']>;
  grid: Grid;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  kind: AssignmentKind;
  person: Person;
  startDate: Scalars['Date']['output'];
};

/** A page of a list, with cursors to fetch the next one. */
export type GridAssignmentConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<GridAssignmentEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<GridAssignment>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type GridAssignmentEdge = {
  cursor: Scalars['String']['output'];
  node: GridAssignment;
};

export type GridAssignmentPayload = {
  errors: Array<UserError>;
  gridAssignment: Maybe<GridAssignment>;
};

/** A page of a list, with cursors to fetch the next one. */
export type GridConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<GridEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<Grid>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type GridEdge = {
  cursor: Scalars['String']['output'];
  node: Grid;
};

/** 民生事项: an event reported in a grid, and where its handling stands. */
export type GridEvent = Node & {
  /** The statuses you may move it to now: what its lifecycle allows, less the decisions of a level above yours once it was escalated. The mutations refuse all others (and any change of an event outside your scope). */
  allowedTransitions: Array<GridEventStatus>;
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** The top-level grid covering it: the grid, or a micro-grid's parent. */
  areaGrid: Grid;
  /** Who it is assigned to, once assigned. */
  assignee: Maybe<Person>;
  building: Maybe<Building>;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  community: Community;
  description: Scalars['String']['output'];
  /** When its time limit runs out. */
  dueAt: Scalars['DateTime']['output'];
  /** For a duplicate: the event it repeats. */
  duplicateOf: Maybe<GridEvent>;
  estate: Maybe<Estate>;
  /** The values given for the type's fields. */
  fieldValues: Array<GridEventFieldValue>;
  /** The grid it was reported in. */
  grid: Grid;
  /** Every change of its status, oldest first. */
  history: GridEventTransitionConnection;
  household: Maybe<Household>;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  /** The level handling it now. */
  level: GridEventLevel;
  /** Whether its time limit has passed while it is still open. */
  overdue: Scalars['Boolean']['output'];
  /** Photo URLs. */
  photos: Array<Scalars['String']['output']>;
  /** Human-readable reference (工单号), e.g. GE3209020000042. */
  reference: Scalars['String']['output'];
  reportedAs: GridEventReporterRole;
  reportedAt: Scalars['DateTime']['output'];
  /** Who reported it (the resident, or the grid worker who found it); null when that person lies outside your scope. */
  reporter: Maybe<Person>;
  /** Hours from reporting to resolution. */
  resolutionHours: Maybe<Scalars['Float']['output']>;
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** The reporter's rating on closing, 1 (poor) to 5 (very satisfied). */
  satisfaction: Maybe<Scalars['Int']['output']>;
  status: GridEventStatus;
  street: Street;
  type: GridEventType;
  /** Grows by one with every change. */
  version: Scalars['Int']['output'];
};


/** 民生事项: an event reported in a grid, and where its handling stands. */
export type GridEventHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The account that made a change: its login name and role. */
export type GridEventAccount = {
  name: Scalars['String']['output'];
  role: Role;
};

/** Act on an event; the history records your account. */
export type GridEventActionInput = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

/** An event was reported or changed status. */
export type GridEventChange = {
  /** The account that made it; null when the system escalated it. */
  account: Maybe<GridEventAccount>;
  at: Scalars['DateTime']['output'];
  event: GridEvent;
  /** Null for a new report. */
  from: Maybe<GridEventStatus>;
  to: GridEventStatus;
};

/** One option of a choice field. */
export type GridEventChoice = {
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

export type GridEventChoiceInput = {
  /** Up to 32 lower-case letters, digits or _. */
  key: Scalars['String']['input'];
  label: Scalars['String']['input'];
};

/** A page of a list, with cursors to fetch the next one. */
export type GridEventConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<GridEventEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<GridEvent>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type GridEventEdge = {
  cursor: Scalars['String']['output'];
  node: GridEvent;
};

/** Kinds of extra field an event type asks for. */
export type GridEventFieldKind =
  | 'DATE'
  | 'MULTI_CHOICE'
  | 'NUMBER'
  | 'SINGLE_CHOICE'
  | 'TEXT';

/** The value a report gave one extra field of its type. */
export type GridEventFieldValue = {
  choice: Maybe<Scalars['String']['output']>;
  choices: Maybe<Array<Scalars['String']['output']>>;
  date: Maybe<Scalars['Date']['output']>;
  key: Scalars['String']['output'];
  kind: GridEventFieldKind;
  label: Scalars['String']['output'];
  number: Maybe<Scalars['Float']['output']>;
  text: Maybe<Scalars['String']['output']>;
};

/** The value of one extra field: set the slot its kind takes. */
export type GridEventFieldValueInput = {
  /** For a single choice. */
  choice?: InputMaybe<Scalars['String']['input']>;
  /** For a multiple choice. */
  choices?: InputMaybe<Array<Scalars['String']['input']>>;
  date?: InputMaybe<Scalars['Date']['input']>;
  key: Scalars['String']['input'];
  number?: InputMaybe<Scalars['Float']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Narrows a list of events. */
export type GridEventFilter = {
  assignee?: InputMaybe<Scalars['ID']['input']>;
  community?: InputMaybe<Scalars['ID']['input']>;
  /** In this grid or, for a comprehensive grid, its micro-grids. */
  grid?: InputMaybe<Scalars['ID']['input']>;
  group?: InputMaybe<GridEventGroup>;
  level?: InputMaybe<GridEventLevel>;
  /** Only overdue (true) or only not overdue (false) events. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Reported before this time. */
  reportedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Reported at or after this time. */
  reportedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Part of the description. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Any of these. */
  status?: InputMaybe<Array<GridEventStatus>>;
  street?: InputMaybe<Scalars['ID']['input']>;
  type?: InputMaybe<Scalars['ID']['input']>;
};

/** What kind of matter an event type is: need (民生需求), hidden danger (安全隐患), dispute (矛盾纠纷), environment (环境卫生) or service request (服务申请). */
export type GridEventGroup =
  | 'DISPUTE'
  | 'ENVIRONMENT'
  | 'HIDDEN_DANGER'
  | 'NEED'
  | 'SERVICE_REQUEST';

/** The level of the grid tree handling an event. */
export type GridEventLevel =
  | 'COMMUNITY'
  | 'GRID'
  | 'STREET';

export type GridEventPayload = {
  errors: Array<UserError>;
  event: Maybe<GridEvent>;
};

/** Who reported: a resident, or a grid worker on their rounds. */
export type GridEventReporterRole =
  | 'GRID_WORKER'
  | 'RESIDENT';

/** Where an event stands. */
export type GridEventStatus =
  | 'ACCEPTED'
  | 'ASSIGNED'
  | 'CLOSED'
  | 'DUPLICATE'
  | 'ESCALATED'
  | 'IN_PROGRESS'
  | 'REJECTED'
  | 'REOPENED'
  | 'REPORTED'
  | 'RESOLVED';

/** One change of an event's status: who, when, from, to and why. */
export type GridEventTransition = Node & {
  /** The account that made the change; null when the system escalated it and for changes recorded before accounts existed (see actor). */
  account: Maybe<GridEventAccount>;
  /** The person recorded as acting, for changes made before accounts existed (and the example history); null for changes made since, which name the account, for system changes, and when the person lies outside your scope. */
  actor: Maybe<Person>;
  /** For an assignment: who it was assigned to. */
  assignee: Maybe<Person>;
  at: Scalars['DateTime']['output'];
  event: GridEvent;
  from: Maybe<GridEventStatus>;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  /** The level handling it after the change. */
  level: GridEventLevel;
  note: Maybe<Scalars['String']['output']>;
  to: GridEventStatus;
};

/** A page of a list, with cursors to fetch the next one. */
export type GridEventTransitionConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<GridEventTransitionEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<GridEventTransition>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type GridEventTransitionEdge = {
  cursor: Scalars['String']['output'];
  node: GridEventTransition;
};

/** A kind of event the district handles, with its time limit and extra fields. */
export type GridEventType = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  code: Scalars['String']['output'];
  description: Maybe<Scalars['String']['output']>;
  /** The extra fields a report gives, in order. */
  fields: Array<GridEventTypeField>;
  group: GridEventGroup;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Hours from reporting (or escalation, or reopening) to resolution. */
  timeLimitHours: Scalars['Int']['output'];
};

/** A page of a list, with cursors to fetch the next one. */
export type GridEventTypeConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<GridEventTypeEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<GridEventType>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type GridEventTypeEdge = {
  cursor: Scalars['String']['output'];
  node: GridEventType;
};

/** An extra field a report of this type gives (Open311 attribute). */
export type GridEventTypeField = {
  choices: Array<GridEventChoice>;
  key: Scalars['String']['output'];
  kind: GridEventFieldKind;
  label: Scalars['String']['output'];
  max: Maybe<Scalars['Float']['output']>;
  min: Maybe<Scalars['Float']['output']>;
  required: Scalars['Boolean']['output'];
};

/** An extra field of an event type. */
export type GridEventTypeFieldInput = {
  /** For choice fields: 2 to 30 options. */
  choices?: Array<GridEventChoiceInput>;
  /** A lower-case letter, then letters, digits or _. */
  key: Scalars['String']['input'];
  kind: GridEventFieldKind;
  label: Scalars['String']['input'];
  /** For number fields. */
  max?: InputMaybe<Scalars['Float']['input']>;
  /** For number fields. */
  min?: InputMaybe<Scalars['Float']['input']>;
  required?: Scalars['Boolean']['input'];
};

/** Narrows a list of event types. */
export type GridEventTypeFilter = {
  group?: InputMaybe<GridEventGroup>;
  /** Part of the name. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type GridEventTypePayload = {
  errors: Array<UserError>;
  eventType: Maybe<GridEventType>;
};

/** Narrows a list of grids. */
export type GridFilter = {
  codePrefix?: InputMaybe<Scalars['String']['input']>;
  community?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<GridKind>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Kind of grid (网格). */
export type GridKind =
  | 'COMPREHENSIVE'
  | 'MICRO'
  | 'PARTY_BUILDING'
  | 'UNIT';

export type GridPayload = {
  errors: Array<UserError>;
  grid: Maybe<Grid>;
};

/** 户: a household, a dwelling in a building (从户知人). */
export type Household = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  building: Building;
  doorNumber: Scalars['String']['output'];
  /** Events reported at this household. */
  events: GridEventConnection;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  /** People living in the household. */
  members: PersonConnection;
};


/** 户: a household, a dwelling in a building (从户知人). */
export type HouseholdEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: OrderDirection;
  filter?: InputMaybe<GridEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 户: a household, a dwelling in a building (从户知人). */
export type HouseholdMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a list, with cursors to fetch the next one. */
export type HouseholdConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<HouseholdEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<Household>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type HouseholdEdge = {
  cursor: Scalars['String']['output'];
  node: Household;
};

export type HouseholdPayload = {
  errors: Array<UserError>;
  household: Maybe<Household>;
};

/** An identity a person holds over a period. */
export type Identity = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  kind: IdentityKind;
  /** For party members: the branch holding the membership. */
  organisation: Maybe<Organisation>;
  person: Person;
  since: Scalars['Date']['output'];
  until: Maybe<Scalars['Date']['output']>;
};

/** A page of a list, with cursors to fetch the next one. */
export type IdentityConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<IdentityEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<Identity>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type IdentityEdge = {
  cursor: Scalars['String']['output'];
  node: Identity;
};

/** An identity a person holds: resident, party member, ... */
export type IdentityKind =
  | 'COMMUNITY_WORKER'
  | 'IN_SERVICE_PARTY_MEMBER'
  | 'PARTY_MEMBER'
  | 'RESIDENT'
  | 'VOLUNTEER';

export type IdentityPayload = {
  errors: Array<UserError>;
  identity: Maybe<Identity>;
};

/** A figure of the district, e.g. the number of micro-grids. */
export type Indicator = {
  /** The figure as a whole number when it counts something; null for figures that are not counts (rates, averages). */
  count: Maybe<Scalars['Int']['output']>;
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** The figure; a count is also given as a whole number in `count`. */
  value: Scalars['Float']['output'];
};

export type LoginInput = {
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type LoginPayload = {
  errors: Array<UserError>;
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  /** Send it as 'Authorization: Bearer <token>'; shown only this once. */
  token: Maybe<Scalars['String']['output']>;
};

export type MarkGridEventDuplicateInput = {
  /** The event it repeats. */
  duplicateOf: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The account a request is made by. */
export type Me = {
  name: Scalars['String']['output'];
  /** Permissions the role holds, sorted. */
  permissions: Array<Scalars['String']['output']>;
  role: Role;
  /** Code of the street, community or grid (null for the whole district). */
  scopeCode: Maybe<Scalars['String']['output']>;
  /** Where the role holds: the city, the district, or a street, community or grid. */
  scopeKind: ScopeKind;
};

export type Mutation = {
  /** Accept a reported or escalated event (受理): the grid, or the level it went up to, takes it on. */
  acceptGridEvent: GridEventPayload;
  /** Move a project to its next stage, once the current stage has what moving on needs. */
  advanceCoCreationStage: CoCreationProjectPayload;
  /** 共管: record a rule the estate agreed and who keeps it. */
  agreeCoManageRule: CoManageRulePayload;
  /** Archive any object by Global ID; nothing is deleted. Refused while live objects depend on it; parts its programme declares are archived with it. */
  archive: ArchivePayload;
  /** Assign an event to the person who will handle it (派单), or reassign it. */
  assignGridEvent: GridEventPayload;
  /** Book a room for an organisation; refused while another live booking overlaps it. */
  bookVenueRoom: VenueBookingPayload;
  /** Claim an open need the member's community posted (认领); release it with ``archive``. */
  claimDualReportNeed: DualReportClaimPayload;
  /** Close a resolved event, with the reporting resident's rating (1 to 5) if they gave one. */
  closeGridEvent: GridEventPayload;
  /** Add a building (楼栋) to an estate, optionally in a grid of the same community. */
  createBuilding: BuildingPayload;
  /** 共建: start a work, possibly one of the five unifications or an accepted proposal's. */
  createCoBuildWork: CoBuildWorkPayload;
  /** Start the co-creation project of an estate or rural settlement, at co-plan. */
  createCoCreationProject: CoCreationProjectPayload;
  /** Add a community (社区) or village (村) to a street. */
  createCommunity: CommunityPayload;
  /** Register an in-service party member with the grid party branch where they live (报到). */
  createDualReportRegistration: DualReportRegistrationPayload;
  /** Add an estate (小区) or rural settlement to a community. */
  createEstate: EstatePayload;
  /** Add a grid to a community; a micro-grid needs a comprehensive parent grid. */
  createGrid: GridPayload;
  /** Assign a person to a grid as grid worker or grid head. */
  createGridAssignment: GridAssignmentPayload;
  /** Define a kind of event the district handles, with its time limit and extra fields. */
  createGridEventType: GridEventTypePayload;
  /** Add a household (户) to a building. */
  createHousehold: HouseholdPayload;
  /** Give a person an identity: resident, party member, community worker, volunteer, ... */
  createIdentity: IdentityPayload;
  /** Found an organisation; its kind decides its possible parents and anchors. */
  createOrganisation: OrganisationPayload;
  /** Record a person, optionally living in a household. */
  createPerson: PersonPayload;
  /** Give a person a role in an organisation from a date. */
  createPost: PostPayload;
  /** Put a secretary project or service project on the community's projects list (项目清单). */
  createServiceProject: ServiceProjectPayload;
  /** Record money an estate has for a year from one source. */
  createSixHavesFund: SixHavesFundPayload;
  /** Record a rule or agreement an estate adopted. */
  createSixHavesRule: SixHavesRulePayload;
  /** Record a venue for an estate (a place to deliberate when residents deliberate there). */
  createSixHavesVenue: SixHavesVenuePayload;
  /** Add a street (街道) or town (镇) to the district. */
  createStreet: StreetPayload;
  /** Add a course to the district's training alliance (培训联盟). */
  createWorkforceCourse: WorkforceCoursePayload;
  /** 共谋: accept a pending proposal, reject it with a reason, or merge it into another. */
  decideCoPlanProposal: CoPlanProposalPayload;
  /** Define a grade of the career system (等级) and its monthly pay band (薪酬档). */
  defineWorkforceGrade: WorkforceGradePayload;
  /** End a registration (the member moved or left): archived, with its services and claims kept as history. */
  endDualReportRegistration: DualReportRegistrationPayload;
  /** Set (or clear) the last day of a grid assignment. */
  endGridAssignment: GridAssignmentPayload;
  /** Set (or clear) the last day of an identity. */
  endIdentity: IdentityPayload;
  /** Set (or clear) the last day of a post. */
  endPost: PostPayload;
  /** Escalate an event one level up the grid tree: grid → community → street. */
  escalateGridEvent: GridEventPayload;
  /** Escalate every overdue event one level up (run by a scheduler, e.g. every hour). */
  escalateOverdueGridEvents: EscalateOverdueGridEventsPayload;
  /** Exchange an account's name and password for a bearer token. */
  login: LoginPayload;
  /** Mark an event as a repeat of another, which is handled instead. */
  markGridEventDuplicate: GridEventPayload;
  /** Open a venue (阵地) in a community, with its services, hours and location. */
  openVenue: VenuePayload;
  /** Fill a seat of a community's quota with a community worker, at a starting grade (招聘). */
  placeWorkforceWorker: WorkforcePlacementPayload;
  /** Post a need residents raised on the community's needs list (需求清单). */
  postServiceNeed: ServiceNeedPayload;
  /** Promote a placed worker to a higher grade from a day on (晋升); the history is kept. */
  promoteWorkforceWorker: WorkforceGradingPayload;
  /** Record that a person took part in a stage the project has reached. */
  recordCoCreationParticipation: CoCreationParticipationPayload;
  /** 共享: record an outcome residents share, or an award such as demonstration estate. */
  recordCoShareOutcome: CoShareOutcomePayload;
  /** Record a volunteer service a registered member did (双服务), and the need it answered. */
  recordDualReportService: DualReportServicePayload;
  /** Record money a project spent: within its budget and, from the party service fund, within the community's fund of the year. */
  recordServiceProjectSpending: ServiceProjectSpendingPayload;
  /** Put a resource on the community's resources list (资源清单). */
  recordServiceResource: ServiceResourcePayload;
  /** Record a person attending a session held already (参训); once per person and session. */
  recordWorkforceAttendance: WorkforceAttendancePayload;
  /** Record a social-work certificate a person holds (持证社工); one live per person and level. */
  recordWorkforceCertificate: WorkforceCertificatePayload;
  /** Register a community asset (社区资产), and the use an idle one was put to. */
  registerVenueAsset: VenueAssetPayload;
  /** Turn an event down (不予受理), saying why in the note. */
  rejectGridEvent: GridEventPayload;
  /** Reopen a resolved event the reporter is not satisfied with; its time limit restarts. */
  reopenGridEvent: GridEventPayload;
  /** Set the day a rule stops applying, or put it back in force. */
  repealSixHavesRule: SixHavesRulePayload;
  /** 共建: report how far a work is; at 100 it is finished on that day. */
  reportCoBuildProgress: CoBuildWorkPayload;
  /** Report an event in a grid of your scope: a resident's report, or a grid worker's finding. */
  reportGridEvent: GridEventPayload;
  /** Mark an event resolved (办结), saying how in the note. */
  resolveGridEvent: GridEventPayload;
  /** Restore an archived object, with what was archived with it. Refused while it points at an archived object. */
  restore: ArchivePayload;
  /** Revoke the token this request came with (log out), or every token of the account. */
  revokeToken: RevokeTokenPayload;
  /** Hold a session of a course in a community. */
  scheduleWorkforceSession: WorkforceSessionPayload;
  /** Set a community's party service fund of a year (200,000 yuan unless set), never below what its projects spent from it. */
  setPartyServiceFund: PartyServiceFundPayload;
  /** Set the district's cycle of reports: which are due, from when, how long after each period. */
  setServiceProjectsCycle: ServiceProjectsCyclePayload;
  /** Set a community's quota of community-worker seats (职数); never below the seats filled. */
  setWorkforceQuota: WorkforceQuotaPayload;
  /** Start handling an assigned or reopened event (处置中). */
  startGridEvent: GridEventPayload;
  /** 共评: a resident or party member scores the four beauties, once per round. */
  submitCoEvaluation: CoEvaluationPayload;
  /** 共谋: a resident proposes (residents order, government delivers). */
  submitCoPlanProposal: CoPlanProposalPayload;
  /** Submit a project's monthly report, half-year check or yearly evaluation (with a score). */
  submitServiceProjectReport: ServiceProjectReportPayload;
  /** 共谋: more residents support a pending proposal, by name or counted. */
  supportCoPlanProposal: CoPlanProposalPayload;
  /** Keep the assessment of every estate of the district as of a day (a monthly report, half-year check or yearly evaluation), so progress can be followed over time. */
  takeSixHavesSnapshot: SixHavesSnapshotPayload;
  /** Renumber a building, change its floors or move it to another grid. */
  updateBuilding: BuildingPayload;
  /** Rename a community or change its kind. */
  updateCommunity: CommunityPayload;
  /** Rename the district. */
  updateDistrict: DistrictPayload;
  /** Rename an estate, change its kind or address. */
  updateEstate: EstatePayload;
  /** Rename a grid. */
  updateGrid: GridPayload;
  /** Rename a type or change its time limit or fields; reported events keep theirs. */
  updateGridEventType: GridEventTypePayload;
  /** Change a household's door number. */
  updateHousehold: HouseholdPayload;
  /** Rename an organisation or move it under another parent its kind allows. */
  updateOrganisation: OrganisationPayload;
  /** Correct a person's details or move them to another household. */
  updatePerson: PersonPayload;
  /** Change a need's wording or category, or mark it met or withdrawn (or open again). */
  updateServiceNeed: ServiceNeedPayload;
  /** Change a project's title, category, budget (not below its spending), end, needs or resources. */
  updateServiceProject: ServiceProjectPayload;
  /** Correct a funding record's source, amount, year or purpose. */
  updateSixHavesFund: SixHavesFundPayload;
  /** Rename a venue, change its kind, whether residents deliberate there, or its opening. */
  updateSixHavesVenue: SixHavesVenuePayload;
  /** Rename a street or change its kind. */
  updateStreet: StreetPayload;
};


export type MutationAcceptGridEventArgs = {
  input: GridEventActionInput;
};


export type MutationAdvanceCoCreationStageArgs = {
  input: AdvanceCoCreationStageInput;
};


export type MutationAgreeCoManageRuleArgs = {
  input: AgreeCoManageRuleInput;
};


export type MutationArchiveArgs = {
  input: ArchiveInput;
};


export type MutationAssignGridEventArgs = {
  input: AssignGridEventInput;
};


export type MutationBookVenueRoomArgs = {
  input: BookVenueRoomInput;
};


export type MutationClaimDualReportNeedArgs = {
  input: ClaimDualReportNeedInput;
};


export type MutationCloseGridEventArgs = {
  input: CloseGridEventInput;
};


export type MutationCreateBuildingArgs = {
  input: CreateBuildingInput;
};


export type MutationCreateCoBuildWorkArgs = {
  input: CreateCoBuildWorkInput;
};


export type MutationCreateCoCreationProjectArgs = {
  input: CreateCoCreationProjectInput;
};


export type MutationCreateCommunityArgs = {
  input: CreateCommunityInput;
};


export type MutationCreateDualReportRegistrationArgs = {
  input: CreateDualReportRegistrationInput;
};


export type MutationCreateEstateArgs = {
  input: CreateEstateInput;
};


export type MutationCreateGridArgs = {
  input: CreateGridInput;
};


export type MutationCreateGridAssignmentArgs = {
  input: CreateGridAssignmentInput;
};


export type MutationCreateGridEventTypeArgs = {
  input: CreateGridEventTypeInput;
};


export type MutationCreateHouseholdArgs = {
  input: CreateHouseholdInput;
};


export type MutationCreateIdentityArgs = {
  input: CreateIdentityInput;
};


export type MutationCreateOrganisationArgs = {
  input: CreateOrganisationInput;
};


export type MutationCreatePersonArgs = {
  input: CreatePersonInput;
};


export type MutationCreatePostArgs = {
  input: CreatePostInput;
};


export type MutationCreateServiceProjectArgs = {
  input: CreateServiceProjectInput;
};


export type MutationCreateSixHavesFundArgs = {
  input: CreateSixHavesFundInput;
};


export type MutationCreateSixHavesRuleArgs = {
  input: CreateSixHavesRuleInput;
};


export type MutationCreateSixHavesVenueArgs = {
  input: CreateSixHavesVenueInput;
};


export type MutationCreateStreetArgs = {
  input: CreateStreetInput;
};


export type MutationCreateWorkforceCourseArgs = {
  input: CreateWorkforceCourseInput;
};


export type MutationDecideCoPlanProposalArgs = {
  input: DecideCoPlanProposalInput;
};


export type MutationDefineWorkforceGradeArgs = {
  input: DefineWorkforceGradeInput;
};


export type MutationEndDualReportRegistrationArgs = {
  input: EndDualReportRegistrationInput;
};


export type MutationEndGridAssignmentArgs = {
  input: EndPeriodInput;
};


export type MutationEndIdentityArgs = {
  input: EndPeriodInput;
};


export type MutationEndPostArgs = {
  input: EndPeriodInput;
};


export type MutationEscalateGridEventArgs = {
  input: GridEventActionInput;
};


export type MutationEscalateOverdueGridEventsArgs = {
  input?: InputMaybe<EscalateOverdueGridEventsInput>;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkGridEventDuplicateArgs = {
  input: MarkGridEventDuplicateInput;
};


export type MutationOpenVenueArgs = {
  input: OpenVenueInput;
};


export type MutationPlaceWorkforceWorkerArgs = {
  input: PlaceWorkforceWorkerInput;
};


export type MutationPostServiceNeedArgs = {
  input: PostServiceNeedInput;
};


export type MutationPromoteWorkforceWorkerArgs = {
  input: PromoteWorkforceWorkerInput;
};


export type MutationRecordCoCreationParticipationArgs = {
  input: RecordCoCreationParticipationInput;
};


export type MutationRecordCoShareOutcomeArgs = {
  input: RecordCoShareOutcomeInput;
};


export type MutationRecordDualReportServiceArgs = {
  input: RecordDualReportServiceInput;
};


export type MutationRecordServiceProjectSpendingArgs = {
  input: RecordServiceProjectSpendingInput;
};


export type MutationRecordServiceResourceArgs = {
  input: RecordServiceResourceInput;
};


export type MutationRecordWorkforceAttendanceArgs = {
  input: RecordWorkforceAttendanceInput;
};


export type MutationRecordWorkforceCertificateArgs = {
  input: RecordWorkforceCertificateInput;
};


export type MutationRegisterVenueAssetArgs = {
  input: RegisterVenueAssetInput;
};


export type MutationRejectGridEventArgs = {
  input: GridEventActionInput;
};


export type MutationReopenGridEventArgs = {
  input: GridEventActionInput;
};


export type MutationRepealSixHavesRuleArgs = {
  input: RepealSixHavesRuleInput;
};


export type MutationReportCoBuildProgressArgs = {
  input: ReportCoBuildProgressInput;
};


export type MutationReportGridEventArgs = {
  input: ReportGridEventInput;
};


export type MutationResolveGridEventArgs = {
  input: GridEventActionInput;
};


export type MutationRestoreArgs = {
  input: ArchiveInput;
};


export type MutationRevokeTokenArgs = {
  input: RevokeTokenInput;
};


export type MutationScheduleWorkforceSessionArgs = {
  input: ScheduleWorkforceSessionInput;
};


export type MutationSetPartyServiceFundArgs = {
  input: SetPartyServiceFundInput;
};


export type MutationSetServiceProjectsCycleArgs = {
  input: SetServiceProjectsCycleInput;
};


export type MutationSetWorkforceQuotaArgs = {
  input: SetWorkforceQuotaInput;
};


export type MutationStartGridEventArgs = {
  input: GridEventActionInput;
};


export type MutationSubmitCoEvaluationArgs = {
  input: SubmitCoEvaluationInput;
};


export type MutationSubmitCoPlanProposalArgs = {
  input: SubmitCoPlanProposalInput;
};


export type MutationSubmitServiceProjectReportArgs = {
  input: SubmitServiceProjectReportInput;
};


export type MutationSupportCoPlanProposalArgs = {
  input: SupportCoPlanProposalInput;
};


export type MutationTakeSixHavesSnapshotArgs = {
  input: TakeSixHavesSnapshotInput;
};


export type MutationUpdateBuildingArgs = {
  input: UpdateBuildingInput;
};


export type MutationUpdateCommunityArgs = {
  input: UpdateCommunityInput;
};


export type MutationUpdateDistrictArgs = {
  input: UpdateDistrictInput;
};


export type MutationUpdateEstateArgs = {
  input: UpdateEstateInput;
};


export type MutationUpdateGridArgs = {
  input: UpdateGridInput;
};


export type MutationUpdateGridEventTypeArgs = {
  input: UpdateGridEventTypeInput;
};


export type MutationUpdateHouseholdArgs = {
  input: UpdateHouseholdInput;
};


export type MutationUpdateOrganisationArgs = {
  input: UpdateOrganisationInput;
};


export type MutationUpdatePersonArgs = {
  input: UpdatePersonInput;
};


export type MutationUpdateServiceNeedArgs = {
  input: UpdateServiceNeedInput;
};


export type MutationUpdateServiceProjectArgs = {
  input: UpdateServiceProjectInput;
};


export type MutationUpdateSixHavesFundArgs = {
  input: UpdateSixHavesFundInput;
};


export type MutationUpdateSixHavesVenueArgs = {
  input: UpdateSixHavesVenueInput;
};


export type MutationUpdateStreetArgs = {
  input: UpdateStreetInput;
};

/** An object with a Global ID. */
export type Node = {
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
};

export type OpenVenueInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  community: Scalars['ID']['input'];
  /** An estate of the community it stands on. */
  estate?: InputMaybe<Scalars['ID']['input']>;
  /** Required for a function site, refused for other kinds. */
  function?: InputMaybe<VenueSiteFunction>;
  hours?: Array<VenueOpeningHoursInput>;
  kind: VenueKind;
  location?: InputMaybe<VenueLocationInput>;
  name: Scalars['String']['input'];
  openedOn: Scalars['Date']['input'];
  services?: Array<VenueService>;
};

/** Sort direction. */
export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** An organisation: party organisation, committee, company or unit. */
export type Organisation = Node & {
  /** The place it is anchored to; null for the district itself. */
  anchor: Maybe<Place>;
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Organisations directly below it. */
  children: OrganisationConnection;
  /** Registrations of the members this organisation employs (as their employer's party organisation). */
  dualReportEmployees: DualReportRegistrationConnection;
  /** In-service party members reported to this grid party branch (empty for others). */
  dualReportMembers: DualReportRegistrationConnection;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  kind: OrganisationKind;
  /** Identities held through it, e.g. party members of a branch. */
  members: IdentityConnection;
  name: Scalars['String']['output'];
  /** The organisation above it in the five-level system. */
  parent: Maybe<Organisation>;
  /** Posts in the organisation: secretary, members, ... */
  posts: PostConnection;
  /** Resources the organisation offers on communities' resources lists. */
  serviceResources: ServiceResourceConnection;
  /** Rooms the organisation booked, in the order booked. */
  venueBookings: VenueBookingConnection;
};


/** An organisation: party organisation, committee, company or unit. */
export type OrganisationChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganisationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation: party organisation, committee, company or unit. */
export type OrganisationDualReportEmployeesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: Scalars['Boolean']['input'];
};


/** An organisation: party organisation, committee, company or unit. */
export type OrganisationDualReportMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: Scalars['Boolean']['input'];
};


/** An organisation: party organisation, committee, company or unit. */
export type OrganisationMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeEnded?: Scalars['Boolean']['input'];
};


/** An organisation: party organisation, committee, company or unit. */
export type OrganisationPostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeEnded?: Scalars['Boolean']['input'];
};


/** An organisation: party organisation, committee, company or unit. */
export type OrganisationServiceResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organisation: party organisation, committee, company or unit. */
export type OrganisationVenueBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VenueBookingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a list, with cursors to fetch the next one. */
export type OrganisationConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<OrganisationEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<Organisation>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type OrganisationEdge = {
  cursor: Scalars['String']['output'];
  node: Organisation;
};

/** Narrows a list of organisations. */
export type OrganisationFilter = {
  kind?: InputMaybe<OrganisationKind>;
  /** Part of the name. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Kinds of organisation. */
export type OrganisationKind =
  /** Building party group (楼栋党小组) */
  | 'BUILDING_PARTY_GROUP'
  /** Community big party committee (社区大党委) */
  | 'COMMUNITY_BIG_PARTY_COMMITTEE'
  /** Co-building unit (驻区单位) */
  | 'CO_BUILDING_UNIT'
  /** Co-creation party branch (rural settlement) (共同缔造党支部) */
  | 'CO_CREATION_PARTY_BRANCH'
  /** Co-creation project headquarters (项目指挥部) */
  | 'CO_CREATION_PROJECT_HQ'
  /** Estate party branch (小区党支部) */
  | 'ESTATE_PARTY_BRANCH'
  /** Estate property management committee, acting for the owners' assembly (小区物业管理委员会) */
  | 'ESTATE_PROPERTY_MANAGEMENT_COMMITTEE'
  /** Grid party branch (网格党支部) */
  | 'GRID_PARTY_BRANCH'
  /** Mass organisation (群团组织) */
  | 'MASS_ORGANISATION'
  /** Owners' committee (业委会) */
  | 'OWNERS_COMMITTEE'
  /** Party-member central household (党员中心户) */
  | 'PARTY_MEMBER_HOUSEHOLD'
  /** Property company (物业企业) */
  | 'PROPERTY_COMPANY'
  /** Residents' committee (居委会) */
  | 'RESIDENTS_COMMITTEE'
  /** Social organisation (社会组织) */
  | 'SOCIAL_ORGANISATION'
  /** Street big working committee (街道大工委) */
  | 'STREET_BIG_WORKING_COMMITTEE'
  /** Two-new organisation (两新组织) */
  | 'TWO_NEW_ORGANISATION';

export type OrganisationPayload = {
  errors: Array<UserError>;
  organisation: Maybe<Organisation>;
};

/** Where a page sits in its connection. */
export type PageInfo = {
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A community's party service fund for a year (党组织为民服务专项经费) and what its projects spent from it. */
export type PartyServiceFund = {
  amount: Scalars['Int']['output'];
  community: Community;
  remaining: Scalars['Int']['output'];
  /** Whether the district set this amount; else the programme's default. */
  setByDistrict: Scalars['Boolean']['output'];
  spent: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type PartyServiceFundPayload = {
  errors: Array<UserError>;
  fund: Maybe<PartyServiceFund>;
};

/** 人: a person, with identities, posts and grid assignments as data. */
export type Person = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Birth date: personal data, null unless revealed (the ID number holds it, so showing it would unmask the ID number). With reveal: true, the date, for roles holding core.person.id_number; each reveal is audited. */
  birthDate: Maybe<Scalars['Date']['output']>;
  /** The person's active dual-report registration (双报到), if any. */
  dualReportRegistration: Maybe<DualReportRegistration>;
  /** Every dual-report registration of the person, ended ones included, oldest first. */
  dualReportRegistrations: DualReportRegistrationConnection;
  gender: Gender;
  /** Grids the person works as grid worker or grid head. */
  gridAssignments: GridAssignmentConnection;
  /** The household the person lives in. */
  household: Maybe<Household>;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  /** National ID number, masked to its last four characters (**************123X). With reveal: true, the number itself, for roles holding core.person.id_number; each reveal is audited. */
  idNumber: Maybe<Scalars['String']['output']>;
  /** Identities held: resident, party member, volunteer, ... */
  identities: IdentityConnection;
  name: Scalars['String']['output'];
  /** Mobile number, masked (138****5678). With reveal: true, the number itself, for roles holding core.person.phone; each reveal is audited. */
  phone: Maybe<Scalars['String']['output']>;
  /** Posts held in organisations. */
  posts: PostConnection;
  /** Events this person reported. */
  reportedEvents: GridEventConnection;
  /** Training sessions the person attended, latest recorded first. */
  workforceAttendances: WorkforceAttendanceConnection;
  /** The person's social-work certificates (社工证). */
  workforceCertificates: WorkforceCertificateConnection;
  /** The person's active placement as a community worker (社区工作者), if any. */
  workforcePlacement: Maybe<WorkforcePlacement>;
  /** Every placement of the person, ended ones included, oldest first. */
  workforcePlacements: WorkforcePlacementConnection;
};


/** 人: a person, with identities, posts and grid assignments as data. */
export type PersonBirthDateArgs = {
  reveal?: Scalars['Boolean']['input'];
};


/** 人: a person, with identities, posts and grid assignments as data. */
export type PersonDualReportRegistrationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 人: a person, with identities, posts and grid assignments as data. */
export type PersonGridAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeEnded?: Scalars['Boolean']['input'];
};


/** 人: a person, with identities, posts and grid assignments as data. */
export type PersonIdNumberArgs = {
  reveal?: Scalars['Boolean']['input'];
};


/** 人: a person, with identities, posts and grid assignments as data. */
export type PersonIdentitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeEnded?: Scalars['Boolean']['input'];
};


/** 人: a person, with identities, posts and grid assignments as data. */
export type PersonPhoneArgs = {
  reveal?: Scalars['Boolean']['input'];
};


/** 人: a person, with identities, posts and grid assignments as data. */
export type PersonPostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeEnded?: Scalars['Boolean']['input'];
};


/** 人: a person, with identities, posts and grid assignments as data. */
export type PersonReportedEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: OrderDirection;
  filter?: InputMaybe<GridEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 人: a person, with identities, posts and grid assignments as data. */
export type PersonWorkforceAttendancesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 人: a person, with identities, posts and grid assignments as data. */
export type PersonWorkforceCertificatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 人: a person, with identities, posts and grid assignments as data. */
export type PersonWorkforcePlacementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a list, with cursors to fetch the next one. */
export type PersonConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<PersonEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<Person>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type PersonEdge = {
  cursor: Scalars['String']['output'];
  node: Person;
};

/** Narrows a list of people. */
export type PersonFilter = {
  /** Only people holding this identity now. */
  identity?: InputMaybe<IdentityKind>;
  /** Part of the name. */
  search?: InputMaybe<Scalars['String']['input']>;
};

export type PersonPayload = {
  errors: Array<UserError>;
  person: Maybe<Person>;
};

/** A place an organisation is anchored to. */
export type Place = Building | Community | Estate | Grid | Household | Street;

export type PlaceWorkforceWorkerInput = {
  channel?: WorkforceChannel;
  /** Whose quota the seat is of. */
  community: Scalars['ID']['input'];
  /** The grade the worker starts at (定级). */
  grade: Scalars['ID']['input'];
  /** The worker's community worker identity (core's). */
  identity: Scalars['ID']['input'];
  placedOn: Scalars['Date']['input'];
};

/** A person holding a role in an organisation over a period. */
export type Post = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  endDate: Maybe<Scalars['Date']['output']>;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  organisation: Organisation;
  person: Person;
  role: PostRole;
  startDate: Scalars['Date']['output'];
};

/** A page of a list, with cursors to fetch the next one. */
export type PostConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<PostEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<Post>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type PostEdge = {
  cursor: Scalars['String']['output'];
  node: Post;
};

export type PostPayload = {
  errors: Array<UserError>;
  post: Maybe<Post>;
};

/** Roles a person holds in an organisation. */
export type PostRole =
  /** Building head (楼栋长) */
  | 'BUILDING_HEAD'
  /** Committee member (委员) */
  | 'COMMITTEE_MEMBER'
  /** Deputy secretary (副书记) */
  | 'DEPUTY_SECRETARY'
  /** Director (主任) */
  | 'DIRECTOR'
  /** Member (成员) */
  | 'MEMBER'
  /** Party-building instructor (党建工作指导员) */
  | 'PARTY_BUILDING_INSTRUCTOR'
  /** Party volunteer (党员志愿者) */
  | 'PARTY_VOLUNTEER'
  /** Part-time committee member (兼职委员) */
  | 'PART_TIME_COMMITTEE_MEMBER'
  /** Secretary (书记) */
  | 'SECRETARY';

export type PostServiceNeedInput = {
  category: ServiceCategory;
  community: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  raisedOn: Scalars['Date']['input'];
  title: Scalars['String']['input'];
};

/** A venue on an estate, as the programme recording it reports it. */
export type ProgrammeVenue = {
  /** Whether residents deliberate there. */
  deliberation: Scalars['Boolean']['output'];
  /** ``<plugin>.<kind>``, e.g. red_property.council_hall. */
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** The programme that records it. */
  plugin: Scalars['String']['output'];
};

export type PromoteWorkforceWorkerInput = {
  /** A higher grade than the worker's now. */
  grade: Scalars['ID']['input'];
  placement: Scalars['ID']['input'];
  /** After the worker's latest grading. */
  since: Scalars['Date']['input'];
};

export type Query = {
  /** The district's audit trail, newest first: every change and every reveal of personal data. District administrators only (permission core.audit.read). */
  auditTrail: AuditEntryConnection;
  /** Co-creation projects (四美小区·共同缔造) of the district. */
  coCreationProjects: CoCreationProjectConnection;
  /** The district this endpoint serves. */
  district: District;
  /** In-service party members reported to the district's grid party branches (双报到). */
  dualReportRegistrations: DualReportRegistrationConnection;
  /** Volunteer services of registered members (双服务), latest recorded first. */
  dualReportServices: DualReportServiceConnection;
  /** The district's event types, by code. */
  gridEventTypes: GridEventTypeConnection;
  /** Events of the district: filter by status, type, group, overdue, dates and place. */
  gridEvents: GridEventConnection;
  /** The account this request is made by. */
  me: Me;
  /** Fetch an object by Global ID. */
  node: Maybe<Node>;
  /** Fetch up to 100 objects by Global ID. */
  nodes: Array<Maybe<Node>>;
  /** Reports past their due day, of the live projects in your scope, oldest due first. */
  overdueServiceProjectReports: ServiceProjectDueReportConnection;
  /** Needs posted by the district's communities (需求清单), oldest first. */
  serviceNeeds: ServiceNeedConnection;
  /** Secretary projects and service projects of the district (项目清单). */
  serviceProjects: ServiceProjectConnection;
  /** The district's cycle of reports; null where it runs none. */
  serviceProjectsCycle: Maybe<ServiceProjectsCycle>;
  /** Resources of the district's communities (资源清单). */
  serviceResources: ServiceResourceConnection;
  /** The district view of the Six Haves: all six met, gaps ranked by have and place. */
  sixHavesOverview: SixHavesOverview;
  /** Progress over time: the latest snapshots' counts, oldest first. */
  sixHavesProgress: Array<SixHavesProgressPoint>;
  /** The snapshots taken, latest taken first by default. */
  sixHavesSnapshots: SixHavesSnapshotConnection;
  /** The district's community assets registry (社区资产台账). */
  venueAssets: VenueAssetConnection;
  /** Bookings of the district's rooms, in the order made. */
  venueBookings: VenueBookingConnection;
  /** The located venues as a GeoJSON FeatureCollection of points, for a map. */
  venueMap: Scalars['JSON']['output'];
  /** The district's venues (阵地). */
  venues: VenueConnection;
  /** Certified social workers' certificates (持证社工). */
  workforceCertificates: WorkforceCertificateConnection;
  /** Courses of the district's training alliance (培训联盟). */
  workforceCourses: WorkforceCourseConnection;
  /** Grades of the career system with their pay bands, lowest first. */
  workforceGrades: WorkforceGradeConnection;
  /** Community workers on the career system (社区工作者), in the order placed. */
  workforcePlacements: WorkforcePlacementConnection;
};


export type QueryAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCoCreationProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: OrderDirection;
  filter?: InputMaybe<CoCreationProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: Scalars['Boolean']['input'];
  orderBy?: CoCreationProjectOrder;
};


export type QueryDualReportRegistrationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DualReportRegistrationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: Scalars['Boolean']['input'];
};


export type QueryDualReportServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: OrderDirection;
  filter?: InputMaybe<DualReportServiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryGridEventTypesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GridEventTypeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: Scalars['Boolean']['input'];
};


export type QueryGridEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: OrderDirection;
  filter?: InputMaybe<GridEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryOverdueServiceProjectReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryServiceNeedsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceNeedFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: Scalars['Boolean']['input'];
};


export type QueryServiceProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: OrderDirection;
  filter?: InputMaybe<ServiceProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: Scalars['Boolean']['input'];
  orderBy?: ServiceProjectOrder;
};


export type QueryServiceResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServiceResourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: Scalars['Boolean']['input'];
};


export type QuerySixHavesOverviewArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  filter?: InputMaybe<SixHavesFilter>;
};


export type QuerySixHavesProgressArgs = {
  filter?: InputMaybe<SixHavesAreaFilter>;
  kind?: InputMaybe<SixHavesSnapshotKind>;
  last?: Scalars['Int']['input'];
  since?: InputMaybe<Scalars['Date']['input']>;
  until?: InputMaybe<Scalars['Date']['input']>;
};


export type QuerySixHavesSnapshotsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: OrderDirection;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<SixHavesSnapshotKind>;
};


export type QueryVenueAssetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VenueAssetFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVenueBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VenueBookingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVenueMapArgs = {
  coordinateSystem?: VenueCoordinateSystem;
  filter?: InputMaybe<VenueFilter>;
};


export type QueryVenuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VenueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: Scalars['Boolean']['input'];
};


export type QueryWorkforceCertificatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkforceCertificateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWorkforceCoursesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: Scalars['Boolean']['input'];
};


export type QueryWorkforceGradesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWorkforcePlacementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkforcePlacementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: Scalars['Boolean']['input'];
};

export type RecordCoCreationParticipationInput = {
  activity?: InputMaybe<Scalars['String']['input']>;
  capacity: CoCreationCapacity;
  person: Scalars['ID']['input'];
  project: Scalars['ID']['input'];
  stage: CoCreationStage;
  tookPartOn: Scalars['Date']['input'];
};

export type RecordCoShareOutcomeInput = {
  achievedOn: Scalars['Date']['input'];
  /** Required for awards and demonstration estates. */
  awardedBy?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  kind: CoShareOutcomeKind;
  project: Scalars['ID']['input'];
  title: Scalars['String']['input'];
};

export type RecordDualReportServiceInput = {
  /** What was done. */
  description: Scalars['String']['input'];
  /** More than 0 and at most 24, kept to the minute; a person serves at most 24 hours a day, all services together. */
  hours: Scalars['Float']['input'];
  /** The need it answered: a need the registration's community posted, as another programme reports it (a service project's needs list). */
  need?: InputMaybe<Scalars['ID']['input']>;
  registration: Scalars['ID']['input'];
  servedOn: Scalars['Date']['input'];
};

export type RecordServiceProjectSpendingInput = {
  /** Whole yuan, more than 0. */
  amount: Scalars['Int']['input'];
  project: Scalars['ID']['input'];
  purpose?: InputMaybe<Scalars['String']['input']>;
  source: ServiceFundSource;
  /** A day of the project's year, not ahead. */
  spentOn: Scalars['Date']['input'];
};

export type RecordServiceResourceInput = {
  community: Scalars['ID']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  kind: ServiceResourceKind;
  /** The organisation offering it, e.g. a co-building unit. */
  provider?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type RecordWorkforceAttendanceInput = {
  person: Scalars['ID']['input'];
  /** A session held already. */
  session: Scalars['ID']['input'];
};

export type RecordWorkforceCertificateInput = {
  certifiedOn: Scalars['Date']['input'];
  /** The community registering it. */
  community: Scalars['ID']['input'];
  level: WorkforceCertificateLevel;
  number?: InputMaybe<Scalars['String']['input']>;
  person: Scalars['ID']['input'];
};

export type RegisterVenueAssetInput = {
  /** Floor area in square metres, more than 0. */
  area: Scalars['Float']['input'];
  community: Scalars['ID']['input'];
  /** Whether it stood idle (闲置) before its present use. */
  idle?: Scalars['Boolean']['input'];
  kind: VenueAssetKind;
  name: Scalars['String']['input'];
  /** Who owns it (产权单位). */
  owner: Scalars['String']['input'];
  /** The day it was put to its present use; with useAfter. */
  putToUseOn?: InputMaybe<Scalars['Date']['input']>;
  /** Its present use; with putToUseOn. */
  useAfter?: InputMaybe<Scalars['String']['input']>;
  useBefore?: InputMaybe<Scalars['String']['input']>;
  /** A venue of the same community it now houses. */
  venue?: InputMaybe<Scalars['ID']['input']>;
};

export type RepealSixHavesRuleInput = {
  id: Scalars['ID']['input'];
  /** First day it no longer applies; null puts it back in force. */
  repealedOn?: InputMaybe<Scalars['Date']['input']>;
};

export type ReportCoBuildProgressInput = {
  on: Scalars['Date']['input'];
  /** Per cent done, 0-100; it does not go back. */
  progress: Scalars['Int']['input'];
  work: Scalars['ID']['input'];
};

/** Where: a grid, or a building or household that lies in one. */
export type ReportGridEventInput = {
  building?: InputMaybe<Scalars['ID']['input']>;
  description: Scalars['String']['input'];
  estate?: InputMaybe<Scalars['ID']['input']>;
  fields?: Array<GridEventFieldValueInput>;
  grid?: InputMaybe<Scalars['ID']['input']>;
  household?: InputMaybe<Scalars['ID']['input']>;
  /** At most 9 http(s) URLs. */
  photos?: Array<Scalars['String']['input']>;
  /** The person reporting: a resident (you report on their behalf) or a grid worker who found it; they must lie inside your scope. */
  reporter: Scalars['ID']['input'];
  type: Scalars['ID']['input'];
};

export type RevokeTokenInput = {
  /** Revoke every token of the account, not only this one. */
  every?: Scalars['Boolean']['input'];
};

export type RevokeTokenPayload = {
  errors: Array<UserError>;
  /** How many tokens were revoked. */
  revoked: Scalars['Int']['output'];
};

/** The roles an account can hold. */
export type Role =
  | 'ANALYST'
  | 'CITY_ADMIN'
  | 'COMMUNITY_STAFF'
  | 'DISTRICT_ADMIN'
  | 'GRID_WORKER'
  | 'STREET_STAFF';

export type ScheduleWorkforceSessionInput = {
  community: Scalars['ID']['input'];
  course: Scalars['ID']['input'];
  /** May lie ahead: a session is planned. */
  heldOn: Scalars['Date']['input'];
};

/** The level of the place a role is granted at (nowhere: not logged in). */
export type ScopeKind =
  | 'CITY'
  | 'COMMUNITY'
  | 'DISTRICT'
  | 'GRID'
  | 'NOWHERE'
  | 'STREET';

/** What a need or project is about: party education (党性教育), employment (就业创业), elderly care and relief (颐养救助), poverty relief (扶贫救助), residents' everyday matters (小事难事急事), other. */
export type ServiceCategory =
  | 'ELDERLY_CARE'
  | 'EMPLOYMENT'
  | 'NEIGHBOURHOOD'
  | 'OTHER'
  | 'PARTY_EDUCATION'
  | 'POVERTY_RELIEF';

/** Where money a project spends comes from: the community's party service fund (党组织为民服务专项经费, capped per year), the implementation funds the district allocates (服务项目实施经费), or other support. */
export type ServiceFundSource =
  | 'IMPLEMENTATION_FUNDS'
  | 'OTHER'
  | 'PARTY_SERVICE_FUND';

/** 需求清单: a need residents raised, posted by the community. */
export type ServiceNeed = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  category: ServiceCategory;
  /** When it was met or withdrawn. */
  closedOn: Maybe<Scalars['Date']['output']>;
  community: Community;
  description: Maybe<Scalars['String']['output']>;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  /** Projects answering it. */
  projects: ServiceProjectConnection;
  raisedOn: Scalars['Date']['output'];
  /** What other enabled programmes recorded in answer to it (dual-report members' claims and volunteer services), one entry per programme with any. */
  responses: Array<ServiceNeedResponse>;
  status: ServiceNeedStatus;
  title: Scalars['String']['output'];
};


/** 需求清单: a need residents raised, posted by the community. */
export type ServiceNeedProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a list, with cursors to fetch the next one. */
export type ServiceNeedConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<ServiceNeedEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<ServiceNeed>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type ServiceNeedEdge = {
  cursor: Scalars['String']['output'];
  node: ServiceNeed;
};

/** Narrows a list of needs. */
export type ServiceNeedFilter = {
  category?: InputMaybe<ServiceCategory>;
  community?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ServiceNeedStatus>;
  street?: InputMaybe<Scalars['ID']['input']>;
};

export type ServiceNeedPayload = {
  errors: Array<UserError>;
  need: Maybe<ServiceNeed>;
};

/** What another programme recorded in answer to a need: claims, services, hours. */
export type ServiceNeedResponse = {
  /** People who claimed the need (认领). */
  claims: Scalars['Int']['output'];
  /** Hours those services took. */
  hours: Scalars['Float']['output'];
  /** The programme that recorded them. */
  plugin: Scalars['String']['output'];
  /** Services recorded as answering it. */
  services: Scalars['Int']['output'];
};

/** Where a need stands. */
export type ServiceNeedStatus =
  | 'MET'
  | 'OPEN'
  | 'WITHDRAWN';

/** 项目清单: a secretary project (书记项目) or service project (为民服务项目) of a community for one year, answering needs with resources. */
export type ServiceProject = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Yuan planned for the year. */
  budget: Scalars['Int']['output'];
  category: ServiceCategory;
  community: Community;
  /** Null: runs to the year's end. */
  endsOn: Maybe<Scalars['Date']['output']>;
  /** Its yearly evaluation (年度评估), with the score, if made. */
  evaluation: Maybe<ServiceProjectReport>;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  kind: ServiceProjectKind;
  /** Needs it answers. */
  needs: ServiceNeedConnection;
  /** Reports the district's cycle asks for whose due day has passed without one (overdue), oldest first; empty where the district runs no cycle. */
  overdueReports: Array<ServiceProjectDueReport>;
  /** Yuan of the budget not spent yet. */
  remaining: Scalars['Int']['output'];
  /** Its reports, checks and evaluations, latest recorded first. */
  reports: ServiceProjectReportConnection;
  /** Resources it uses. */
  resources: ServiceResourceConnection;
  /** What it spent, latest recorded first. */
  spending: ServiceProjectSpendingConnection;
  /** Yuan spent, all sources together. */
  spent: Scalars['Int']['output'];
  startedOn: Scalars['Date']['output'];
  title: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};


/** 项目清单: a secretary project (书记项目) or service project (为民服务项目) of a community for one year, answering needs with resources. */
export type ServiceProjectNeedsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 项目清单: a secretary project (书记项目) or service project (为民服务项目) of a community for one year, answering needs with resources. */
export type ServiceProjectReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<ServiceReportKind>;
};


/** 项目清单: a secretary project (书记项目) or service project (为民服务项目) of a community for one year, answering needs with resources. */
export type ServiceProjectResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 项目清单: a secretary project (书记项目) or service project (为民服务项目) of a community for one year, answering needs with resources. */
export type ServiceProjectSpendingArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<ServiceFundSource>;
};

/** A page of a list, with cursors to fetch the next one. */
export type ServiceProjectConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<ServiceProjectEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<ServiceProject>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A report a project owes under the district's cycle. */
export type ServiceProjectDueReport = {
  dueOn: Scalars['Date']['output'];
  kind: ServiceReportKind;
  /** The month (1-12), the half (1-2) or 1 for the yearly evaluation. */
  period: Scalars['Int']['output'];
  project: ServiceProject;
};

/** A page of a list, with cursors to fetch the next one. */
export type ServiceProjectDueReportConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<ServiceProjectDueReportEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<ServiceProjectDueReport>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type ServiceProjectDueReportEdge = {
  cursor: Scalars['String']['output'];
  node: ServiceProjectDueReport;
};

/** A node and its cursor. */
export type ServiceProjectEdge = {
  cursor: Scalars['String']['output'];
  node: ServiceProject;
};

/** Narrows a list of service projects. */
export type ServiceProjectFilter = {
  category?: InputMaybe<ServiceCategory>;
  community?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<ServiceProjectKind>;
  /** Part of the title. */
  search?: InputMaybe<Scalars['String']['input']>;
  street?: InputMaybe<Scalars['ID']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A secretary project (书记项目, led by the community party secretary) or a service project (为民服务项目). */
export type ServiceProjectKind =
  | 'SECRETARY'
  | 'SERVICE';

/** Fields service projects are ordered by. */
export type ServiceProjectOrder =
  | 'BUDGET'
  | 'ID'
  | 'TITLE'
  | 'YEAR';

export type ServiceProjectPayload = {
  errors: Array<UserError>;
  project: Maybe<ServiceProject>;
};

/** A monthly report (每月通报), half-year check (半年检查) or yearly evaluation (年度评估) of a project. */
export type ServiceProjectReport = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  kind: ServiceReportKind;
  /** The month (1-12), the half (1-2) or 1 for the yearly evaluation. */
  period: Scalars['Int']['output'];
  project: ServiceProject;
  /** 0-100; always given for an evaluation. */
  score: Maybe<Scalars['Int']['output']>;
  submittedOn: Scalars['Date']['output'];
  summary: Scalars['String']['output'];
};

/** A page of a list, with cursors to fetch the next one. */
export type ServiceProjectReportConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<ServiceProjectReportEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<ServiceProjectReport>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type ServiceProjectReportEdge = {
  cursor: Scalars['String']['output'];
  node: ServiceProjectReport;
};

export type ServiceProjectReportPayload = {
  errors: Array<UserError>;
  report: Maybe<ServiceProjectReport>;
};

/** Money a project spent, from one source. */
export type ServiceProjectSpending = Node & {
  amount: Scalars['Int']['output'];
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  project: ServiceProject;
  purpose: Maybe<Scalars['String']['output']>;
  source: ServiceFundSource;
  spentOn: Scalars['Date']['output'];
};

/** A page of a list, with cursors to fetch the next one. */
export type ServiceProjectSpendingConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<ServiceProjectSpendingEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<ServiceProjectSpending>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type ServiceProjectSpendingEdge = {
  cursor: Scalars['String']['output'];
  node: ServiceProjectSpending;
};

export type ServiceProjectSpendingPayload = {
  errors: Array<UserError>;
  spending: Maybe<ServiceProjectSpending>;
};

/** The district's cycle of reports for its projects (Yandu's: 每月通报、半年检查、年度评估). */
export type ServiceProjectsCycle = {
  /** Days after its period a report is due. */
  dueDays: Scalars['Int']['output'];
  halfYearChecks: Scalars['Boolean']['output'];
  monthlyReports: Scalars['Boolean']['output'];
  /** Periods ending before it owe nothing. */
  since: Scalars['Date']['output'];
  yearlyEvaluation: Scalars['Boolean']['output'];
};

export type ServiceProjectsCyclePayload = {
  cycle: Maybe<ServiceProjectsCycle>;
  errors: Array<UserError>;
};

/** The cycle of reports: monthly report (每月通报), half-year check (半年检查), yearly evaluation with a score (年度评估). */
export type ServiceReportKind =
  | 'HALF_YEAR_CHECK'
  | 'MONTHLY_REPORT'
  | 'YEARLY_EVALUATION';

/** 资源清单: something the community can draw on for its projects. */
export type ServiceResource = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  community: Community;
  description: Maybe<Scalars['String']['output']>;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  kind: ServiceResourceKind;
  /** Projects using it. */
  projects: ServiceProjectConnection;
  /** The unit offering it (a co-building unit...); null when none, or outside your scope. */
  provider: Maybe<Organisation>;
  title: Scalars['String']['output'];
};


/** 资源清单: something the community can draw on for its projects. */
export type ServiceResourceProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a list, with cursors to fetch the next one. */
export type ServiceResourceConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<ServiceResourceEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<ServiceResource>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type ServiceResourceEdge = {
  cursor: Scalars['String']['output'];
  node: ServiceResource;
};

/** Narrows a list of resources. */
export type ServiceResourceFilter = {
  community?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<ServiceResourceKind>;
  street?: InputMaybe<Scalars['ID']['input']>;
};

/** What a resource on the list is. */
export type ServiceResourceKind =
  | 'EXPERTISE'
  | 'FUNDS'
  | 'MATERIALS'
  | 'OTHER'
  | 'VENUE'
  | 'VOLUNTEERS';

export type ServiceResourcePayload = {
  errors: Array<UserError>;
  resource: Maybe<ServiceResource>;
};

export type SetPartyServiceFundInput = {
  /** Yuan; not below what was spent from it. */
  amount: Scalars['Int']['input'];
  community: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

export type SetServiceProjectsCycleInput = {
  /** 1-90 days after each period. */
  dueDays?: Scalars['Int']['input'];
  halfYearChecks?: Scalars['Boolean']['input'];
  monthlyReports?: Scalars['Boolean']['input'];
  /** Periods ending before it owe nothing. */
  since: Scalars['Date']['input'];
  yearlyEvaluation?: Scalars['Boolean']['input'];
};

export type SetWorkforceQuotaInput = {
  community: Scalars['ID']['input'];
  /** 0 to 500, and not below the seats already filled. */
  seats: Scalars['Int']['input'];
};

/** The six haves (六有) of an estate. */
export type SixHave =
  /** Funds to get things done (有资金办事) */
  | 'FUNDS'
  /** A network to take in matters (有网络揽事) */
  | 'NETWORK'
  /** An organisation to manage it (有组织管事) */
  | 'ORGANISATION'
  /** People to do the work (有人员做事) */
  | 'PEOPLE'
  /** A place to deliberate (有场所议事) */
  | 'PLACE'
  /** Rules to handle matters (有机制理事) */
  | 'RULES';

/** Narrows counts to a street or a community. */
export type SixHavesAreaFilter = {
  community?: InputMaybe<Scalars['ID']['input']>;
  street?: InputMaybe<Scalars['ID']['input']>;
};

/** Which of the six haves an estate has on a day, derived from the data held. */
export type SixHavesAssessment = {
  /** Whether it has all six. */
  allSix: Scalars['Boolean']['output'];
  /** The day the assessment holds for. */
  asOf: Scalars['Date']['output'];
  estate: Estate;
  /** 有资金办事: funds to get things done. */
  funds: SixHavesFundsHave;
  /** The six, in the programme's order. */
  haves: Array<SixHavesHave>;
  /** The haves it lacks. */
  missing: Array<SixHave>;
  /** 有网络揽事: a network to take in matters. */
  network: SixHavesNetworkHave;
  /** 有组织管事: an organisation to manage it. */
  organisation: SixHavesOrganisationHave;
  /** 有人员做事: people to do the work. */
  people: SixHavesPeopleHave;
  /** 有场所议事: a place to deliberate. */
  place: SixHavesPlaceHave;
  /** 有机制理事: rules to handle matters. */
  rules: SixHavesRulesHave;
  /** How many of the six the estate has, 0 to 6. */
  score: Scalars['Int']['output'];
};

/** A page of a list, with cursors to fetch the next one. */
export type SixHavesAssessmentConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<SixHavesAssessmentEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<SixHavesAssessment>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type SixHavesAssessmentEdge = {
  cursor: Scalars['String']['output'];
  node: SixHavesAssessment;
};

/** Estates of a community lacking a have. */
export type SixHavesCommunityGap = {
  community: Community;
  estatesAssessed: Scalars['Int']['output'];
  estatesMissing: Scalars['Int']['output'];
};

/** Narrows the district view to a street, community or kind. */
export type SixHavesFilter = {
  community?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<EstateKind>;
  street?: InputMaybe<Scalars['ID']['input']>;
};

/** Money an estate has for a year from one source (有资金办事), in yuan. */
export type SixHavesFund = Node & {
  /** Whole yuan. */
  amount: Scalars['Int']['output'];
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  estate: Estate;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  purpose: Maybe<Scalars['String']['output']>;
  source: SixHavesFundSource;
  year: Scalars['Int']['output'];
};

export type SixHavesFundPayload = {
  errors: Array<UserError>;
  fund: Maybe<SixHavesFund>;
};

/** Where an estate's money comes from: fiscal money first, then party fees, social support, community self-funding and property fees. */
export type SixHavesFundSource =
  | 'FISCAL'
  | 'PARTY_FEES'
  | 'PROPERTY_FEES'
  | 'SELF_FUNDING'
  | 'SOCIAL_SUPPORT';

/** Money from one source. */
export type SixHavesFundTotal = {
  amount: Scalars['Int']['output'];
  source: SixHavesFundSource;
};

/** 有资金办事: funding recorded for the assessment's year or the years just before. */
export type SixHavesFundsHave = SixHavesHave & {
  /** Yuan per source, fiscal money first; at most one per source. */
  bySource: Array<SixHavesFundTotal>;
  /** How many objects with a Global ID satisfy it, all together, including any outside your scope. */
  evidenceCount: Scalars['Int']['output'];
  /** Global IDs of the first objects in your scope that satisfy it (venues other programmes report carry none). */
  evidenceIds: Array<Scalars['ID']['output']>;
  firstYear: Scalars['Int']['output'];
  funds: Array<SixHavesFund>;
  have: SixHave;
  lastYear: Scalars['Int']['output'];
  /** What is missing, in words; empty when satisfied. */
  missing: Array<Scalars['String']['output']>;
  satisfied: Scalars['Boolean']['output'];
  /** Yuan, all sources together. */
  total: Scalars['Int']['output'];
};


/** 有资金办事: funding recorded for the assessment's year or the years just before. */
export type SixHavesFundsHaveEvidenceIdsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 有资金办事: funding recorded for the assessment's year or the years just before. */
export type SixHavesFundsHaveFundsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A have the estates lack, with where they are; gaps come most-missing first. */
export type SixHavesGap = {
  /** Communities with estates lacking it, most first. */
  communities: Array<SixHavesCommunityGap>;
  estatesMissing: Scalars['Int']['output'];
  have: SixHave;
  /** 1 for the have most often missing. */
  rank: Scalars['Int']['output'];
  /** Estates missing it / estates assessed, 0 to 1. */
  share: Scalars['Float']['output'];
  /** Streets with estates lacking it, most first. */
  streets: Array<SixHavesStreetGap>;
};


/** A have the estates lack, with where they are; gaps come most-missing first. */
export type SixHavesGapCommunitiesArgs = {
  first?: Scalars['Int']['input'];
};

/** One of the six haves of an estate, with its evidence. */
export type SixHavesHave = {
  /** How many objects with a Global ID satisfy it, all together, including any outside your scope. */
  evidenceCount: Scalars['Int']['output'];
  /** Global IDs of the first objects in your scope that satisfy it (venues other programmes report carry none). */
  evidenceIds: Array<Scalars['ID']['output']>;
  have: SixHave;
  /** What is missing, in words; empty when satisfied. */
  missing: Array<Scalars['String']['output']>;
  satisfied: Scalars['Boolean']['output'];
};


/** One of the six haves of an estate, with its evidence. */
export type SixHavesHaveEvidenceIdsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How many estates have one have. */
export type SixHavesHaveCount = {
  have: SixHave;
  missing: Scalars['Int']['output'];
  satisfied: Scalars['Int']['output'];
};

/** 有网络揽事: every building lies in a micro-grid and every such micro-grid has someone assigned to it. */
export type SixHavesNetworkHave = SixHavesHave & {
  buildingsOutsideMicroGrids: Array<Building>;
  /** How many objects with a Global ID satisfy it, all together, including any outside your scope. */
  evidenceCount: Scalars['Int']['output'];
  /** Global IDs of the first objects in your scope that satisfy it (venues other programmes report carry none). */
  evidenceIds: Array<Scalars['ID']['output']>;
  gridAssignments: Array<GridAssignment>;
  have: SixHave;
  microGrids: Array<Grid>;
  /** What is missing, in words; empty when satisfied. */
  missing: Array<Scalars['String']['output']>;
  satisfied: Scalars['Boolean']['output'];
  unstaffedMicroGrids: Array<Grid>;
};


/** 有网络揽事: every building lies in a micro-grid and every such micro-grid has someone assigned to it. */
export type SixHavesNetworkHaveBuildingsOutsideMicroGridsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 有网络揽事: every building lies in a micro-grid and every such micro-grid has someone assigned to it. */
export type SixHavesNetworkHaveEvidenceIdsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 有网络揽事: every building lies in a micro-grid and every such micro-grid has someone assigned to it. */
export type SixHavesNetworkHaveGridAssignmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 有网络揽事: every building lies in a micro-grid and every such micro-grid has someone assigned to it. */
export type SixHavesNetworkHaveMicroGridsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 有网络揽事: every building lies in a micro-grid and every such micro-grid has someone assigned to it. */
export type SixHavesNetworkHaveUnstaffedMicroGridsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 有组织管事: party organisations and organisations acting for the owners, anchored to the estate. */
export type SixHavesOrganisationHave = SixHavesHave & {
  /** How many objects with a Global ID satisfy it, all together, including any outside your scope. */
  evidenceCount: Scalars['Int']['output'];
  /** Global IDs of the first objects in your scope that satisfy it (venues other programmes report carry none). */
  evidenceIds: Array<Scalars['ID']['output']>;
  have: SixHave;
  /** What is missing, in words; empty when satisfied. */
  missing: Array<Scalars['String']['output']>;
  organisations: Array<Organisation>;
  satisfied: Scalars['Boolean']['output'];
};


/** 有组织管事: party organisations and organisations acting for the owners, anchored to the estate. */
export type SixHavesOrganisationHaveEvidenceIdsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 有组织管事: party organisations and organisations acting for the owners, anchored to the estate. */
export type SixHavesOrganisationHaveOrganisationsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The district view: estates meeting all six and the gaps, ranked. */
export type SixHavesOverview = {
  asOf: Scalars['Date']['output'];
  /** Null when no estate is assessed. */
  averageScore: Maybe<Scalars['Float']['output']>;
  /** The assessed estates by name, optionally only some. */
  estates: SixHavesAssessmentConnection;
  estatesAllSix: Scalars['Int']['output'];
  estatesAssessed: Scalars['Int']['output'];
  /** The six, the one most often missing first. */
  gaps: Array<SixHavesGap>;
  /** Estates having and lacking each have, in the programme's order. */
  haves: Array<SixHavesHaveCount>;
  /** Estates per score, 0 to 6. */
  scoreDistribution: Array<SixHavesScoreCount>;
};


/** The district view: estates meeting all six and the gaps, ranked. */
export type SixHavesOverviewEstatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  allSix?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  missing?: InputMaybe<SixHave>;
};

/** 有人员做事: people working for the estate: post holders in organisations anchored to it or its buildings, workers of the grids covering it, resident volunteers and community workers. */
export type SixHavesPeopleHave = SixHavesHave & {
  /** How many objects with a Global ID satisfy it, all together, including any outside your scope. */
  evidenceCount: Scalars['Int']['output'];
  /** Global IDs of the first objects in your scope that satisfy it (venues other programmes report carry none). */
  evidenceIds: Array<Scalars['ID']['output']>;
  gridAssignments: Array<GridAssignment>;
  have: SixHave;
  identities: Array<Identity>;
  /** What is missing, in words; empty when satisfied. */
  missing: Array<Scalars['String']['output']>;
  /** Distinct people among the evidence, including any outside your scope. */
  peopleCount: Scalars['Int']['output'];
  posts: Array<Post>;
  satisfied: Scalars['Boolean']['output'];
};


/** 有人员做事: people working for the estate: post holders in organisations anchored to it or its buildings, workers of the grids covering it, resident volunteers and community workers. */
export type SixHavesPeopleHaveEvidenceIdsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 有人员做事: people working for the estate: post holders in organisations anchored to it or its buildings, workers of the grids covering it, resident volunteers and community workers. */
export type SixHavesPeopleHaveGridAssignmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 有人员做事: people working for the estate: post holders in organisations anchored to it or its buildings, workers of the grids covering it, resident volunteers and community workers. */
export type SixHavesPeopleHaveIdentitiesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 有人员做事: people working for the estate: post holders in organisations anchored to it or its buildings, workers of the grids covering it, resident volunteers and community workers. */
export type SixHavesPeopleHavePostsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 有场所议事: venues where the estate's residents deliberate. */
export type SixHavesPlaceHave = SixHavesHave & {
  /** How many objects with a Global ID satisfy it, all together, including any outside your scope. */
  evidenceCount: Scalars['Int']['output'];
  /** Global IDs of the first objects in your scope that satisfy it (venues other programmes report carry none). */
  evidenceIds: Array<Scalars['ID']['output']>;
  have: SixHave;
  /** What is missing, in words; empty when satisfied. */
  missing: Array<Scalars['String']['output']>;
  reportedVenues: Array<SixHavesReportedVenue>;
  satisfied: Scalars['Boolean']['output'];
  venues: Array<SixHavesVenue>;
};


/** 有场所议事: venues where the estate's residents deliberate. */
export type SixHavesPlaceHaveEvidenceIdsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 有场所议事: venues where the estate's residents deliberate. */
export type SixHavesPlaceHaveReportedVenuesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 有场所议事: venues where the estate's residents deliberate. */
export type SixHavesPlaceHaveVenuesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The counts of one snapshot in a series. */
export type SixHavesProgressPoint = {
  /** Estates with all six, minus the point before; null for the first. */
  allSixChange: Maybe<Scalars['Int']['output']>;
  asOf: Scalars['Date']['output'];
  kind: SixHavesSnapshotKind;
  snapshot: SixHavesSnapshot;
  summary: SixHavesSummary;
};

/** A deliberation venue another programme records for the estate. */
export type SixHavesReportedVenue = {
  /** ``<plugin>.<kind>``, e.g. a council hall. */
  kind: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** The programme that records it. */
  plugin: Scalars['String']['output'];
};

/** A rule or agreement an estate adopted (有机制理事), in force until repealed. */
export type SixHavesRule = Node & {
  /** Who adopted it, e.g. 业主大会. */
  adoptedBy: Maybe<Scalars['String']['output']>;
  adoptedOn: Scalars['Date']['output'];
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  estate: Estate;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  kind: SixHavesRuleKind;
  /** First day it no longer applies. */
  repealedOn: Maybe<Scalars['Date']['output']>;
  title: Scalars['String']['output'];
};

/** Kinds of rule and agreement. */
export type SixHavesRuleKind =
  | 'DELIBERATION_RULES'
  | 'MANAGEMENT_RULES'
  | 'OTHER'
  | 'PROPERTY_SERVICE_AGREEMENT'
  | 'RESIDENTS_CONVENTION';

export type SixHavesRulePayload = {
  errors: Array<UserError>;
  rule: Maybe<SixHavesRule>;
};

/** 有机制理事: rules and agreements in force. */
export type SixHavesRulesHave = SixHavesHave & {
  /** How many objects with a Global ID satisfy it, all together, including any outside your scope. */
  evidenceCount: Scalars['Int']['output'];
  /** Global IDs of the first objects in your scope that satisfy it (venues other programmes report carry none). */
  evidenceIds: Array<Scalars['ID']['output']>;
  have: SixHave;
  /** What is missing, in words; empty when satisfied. */
  missing: Array<Scalars['String']['output']>;
  rules: Array<SixHavesRule>;
  satisfied: Scalars['Boolean']['output'];
};


/** 有机制理事: rules and agreements in force. */
export type SixHavesRulesHaveEvidenceIdsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 有机制理事: rules and agreements in force. */
export type SixHavesRulesHaveRulesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How many estates have a score. */
export type SixHavesScoreCount = {
  estates: Scalars['Int']['output'];
  score: Scalars['Int']['output'];
};

/** The assessment of every estate as it stood on a day: a monthly report, half-year check or yearly evaluation. */
export type SixHavesSnapshot = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  asOf: Scalars['Date']['output'];
  /** The estates' results, in the order they were assessed. */
  estates: SixHavesSnapshotEstateConnection;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  kind: SixHavesSnapshotKind;
  /** Counts of the snapshot over the estates in your scope, optionally for a street or community. */
  summary: SixHavesSummary;
  /** When the snapshot was taken. */
  takenAt: Scalars['DateTime']['output'];
};


/** The assessment of every estate as it stood on a day: a monthly report, half-year check or yearly evaluation. */
export type SixHavesSnapshotEstatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SixHavesSnapshotEstateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The assessment of every estate as it stood on a day: a monthly report, half-year check or yearly evaluation. */
export type SixHavesSnapshotSummaryArgs = {
  filter?: InputMaybe<SixHavesAreaFilter>;
};

/** A page of a list, with cursors to fetch the next one. */
export type SixHavesSnapshotConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<SixHavesSnapshotEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<SixHavesSnapshot>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type SixHavesSnapshotEdge = {
  cursor: Scalars['String']['output'];
  node: SixHavesSnapshot;
};

/** One estate's result in a snapshot. */
export type SixHavesSnapshotEstate = Node & {
  allSix: Scalars['Boolean']['output'];
  estate: Estate;
  funds: Scalars['Boolean']['output'];
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  /** The haves it lacked. */
  missing: Array<SixHave>;
  network: Scalars['Boolean']['output'];
  organisation: Scalars['Boolean']['output'];
  people: Scalars['Boolean']['output'];
  place: Scalars['Boolean']['output'];
  rules: Scalars['Boolean']['output'];
  /** How many of the six the estate had, 0 to 6. */
  score: Scalars['Int']['output'];
  snapshot: SixHavesSnapshot;
};

/** A page of a list, with cursors to fetch the next one. */
export type SixHavesSnapshotEstateConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<SixHavesSnapshotEstateEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<SixHavesSnapshotEstate>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type SixHavesSnapshotEstateEdge = {
  cursor: Scalars['String']['output'];
  node: SixHavesSnapshotEstate;
};

/** Narrows the estates of a snapshot. */
export type SixHavesSnapshotEstateFilter = {
  allSix?: InputMaybe<Scalars['Boolean']['input']>;
  community?: InputMaybe<Scalars['ID']['input']>;
  /** Estates lacking it. */
  missing?: InputMaybe<SixHave>;
  street?: InputMaybe<Scalars['ID']['input']>;
};

/** The cycle of checks: monthly report, half-year check, yearly evaluation. */
export type SixHavesSnapshotKind =
  | 'HALF_YEAR'
  | 'MONTHLY'
  | 'YEARLY';

export type SixHavesSnapshotPayload = {
  errors: Array<UserError>;
  snapshot: Maybe<SixHavesSnapshot>;
};

/** Estates of a street lacking a have. */
export type SixHavesStreetGap = {
  estatesAssessed: Scalars['Int']['output'];
  estatesMissing: Scalars['Int']['output'];
  street: Street;
};

/** Counts over a set of assessed estates. */
export type SixHavesSummary = {
  /** Null when no estate was assessed. */
  averageScore: Maybe<Scalars['Float']['output']>;
  estatesAllSix: Scalars['Int']['output'];
  estatesAssessed: Scalars['Int']['output'];
  haves: Array<SixHavesHaveCount>;
};

/** A venue recorded for an estate; where residents deliberate it is a place to deliberate (有场所议事). */
export type SixHavesVenue = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Whether residents deliberate there. */
  deliberation: Scalars['Boolean']['output'];
  estate: Estate;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  kind: SixHavesVenueKind;
  name: Scalars['String']['output'];
  openedOn: Maybe<Scalars['Date']['output']>;
};

/** Kinds of venue on an estate. */
export type SixHavesVenueKind =
  | 'CONSULTATION_ROOM'
  | 'DELIBERATION_HALL'
  | 'GRID_STATION'
  | 'OTHER'
  | 'PARTY_MASS_SERVICE_STATION';

export type SixHavesVenuePayload = {
  errors: Array<UserError>;
  venue: Maybe<SixHavesVenue>;
};

/** 街道 or 镇: a street-level division with a nine-digit code. */
export type Street = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  code: Scalars['String']['output'];
  /** Communities and villages of the street. */
  communities: CommunityConnection;
  district: District;
  /** Events reported in any community of this street. */
  events: GridEventConnection;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  kind: StreetKind;
  name: Scalars['String']['output'];
};


/** 街道 or 镇: a street-level division with a nine-digit code. */
export type StreetCommunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: OrderDirection;
  filter?: InputMaybe<CommunityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: Scalars['Boolean']['input'];
  orderBy?: CodedOrder;
};


/** 街道 or 镇: a street-level division with a nine-digit code. */
export type StreetEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction?: OrderDirection;
  filter?: InputMaybe<GridEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a list, with cursors to fetch the next one. */
export type StreetConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<StreetEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<Street>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type StreetEdge = {
  cursor: Scalars['String']['output'];
  node: Street;
};

/** Narrows a list of streets. */
export type StreetFilter = {
  kind?: InputMaybe<StreetKind>;
  /** Part of the name. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Street (街道) or town (镇). */
export type StreetKind =
  | 'STREET'
  | 'TOWN';

export type StreetPayload = {
  errors: Array<UserError>;
  street: Maybe<Street>;
};

export type SubmitCoEvaluationInput = {
  comment?: InputMaybe<Scalars['String']['input']>;
  evaluatedOn: Scalars['Date']['input'];
  evaluator: Scalars['ID']['input'];
  project: Scalars['ID']['input'];
  /** A resident must live in the estate; a party member must be one now. */
  role: CoEvaluatorRole;
  /** 1 for the first round; the next is at most one more. */
  round: Scalars['Int']['input'];
  scores: BeautyScoresInput;
};

export type SubmitCoPlanProposalInput = {
  content?: InputMaybe<Scalars['String']['input']>;
  /** Supporters counted without names. */
  countedSupporters?: Scalars['Int']['input'];
  project: Scalars['ID']['input'];
  /** A resident of the estate. */
  proposer: Scalars['ID']['input'];
  submittedOn: Scalars['Date']['input'];
  /** Residents of the estate supporting it by name. */
  supporters?: Array<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type SubmitServiceProjectReportInput = {
  kind: ServiceReportKind;
  /** The month (1-12), the half (1-2), or 1 for the yearly evaluation. */
  period?: Scalars['Int']['input'];
  project: Scalars['ID']['input'];
  /** 0-100: required for a yearly evaluation, optional for a half-year check, none for a monthly report. */
  score?: InputMaybe<Scalars['Int']['input']>;
  submittedOn: Scalars['Date']['input'];
  summary: Scalars['String']['input'];
};

export type Subscription = {
  /** Events reported or changed from now on in one grid (with its micro-grids), community or street inside your scope; none given: your whole scope. */
  gridEventChanges: GridEventChange;
};


export type SubscriptionGridEventChangesArgs = {
  community?: InputMaybe<Scalars['ID']['input']>;
  grid?: InputMaybe<Scalars['ID']['input']>;
  street?: InputMaybe<Scalars['ID']['input']>;
};

export type SupportCoPlanProposalInput = {
  /** More supporters counted without names. */
  countedSupporters?: Scalars['Int']['input'];
  on: Scalars['Date']['input'];
  proposal: Scalars['ID']['input'];
  /** More residents supporting it by name. */
  supporters?: Array<Scalars['ID']['input']>;
};

export type TakeSixHavesSnapshotInput = {
  /** The day assessed; not in the future. */
  asOf: Scalars['Date']['input'];
  kind: SixHavesSnapshotKind;
};

export type UpdateBuildingInput = {
  floors?: InputMaybe<Scalars['Int']['input']>;
  grid?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  number?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCommunityInput = {
  id: Scalars['ID']['input'];
  kind?: InputMaybe<CommunityKind>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateDistrictInput = {
  name: Scalars['String']['input'];
};

export type UpdateEstateInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<EstateKind>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Changes apply to events reported from now on. */
export type UpdateGridEventTypeInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  fields?: InputMaybe<Array<GridEventTypeFieldInput>>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  timeLimitHours?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateGridInput = {
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateHouseholdInput = {
  doorNumber: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};

export type UpdateOrganisationInput = {
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  parent?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdatePersonInput = {
  birthDate?: InputMaybe<Scalars['Date']['input']>;
  gender?: InputMaybe<Gender>;
  household?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  idNumber?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateServiceNeedInput = {
  category?: InputMaybe<ServiceCategory>;
  /** When it was met or withdrawn; today when a status other than OPEN is given without it. */
  closedOn?: InputMaybe<Scalars['Date']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  status?: InputMaybe<ServiceNeedStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateServiceProjectInput = {
  /** Not below what it spent already. */
  budget?: InputMaybe<Scalars['Int']['input']>;
  category?: InputMaybe<ServiceCategory>;
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
  /** Replaces the needs it answers. */
  needs?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Replaces the resources it uses. */
  resources?: InputMaybe<Array<Scalars['ID']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateSixHavesFundInput = {
  amount?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  purpose?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<SixHavesFundSource>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateSixHavesVenueInput = {
  deliberation?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<SixHavesVenueKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  openedOn?: InputMaybe<Scalars['Date']['input']>;
};

export type UpdateStreetInput = {
  id: Scalars['ID']['input'];
  kind?: InputMaybe<StreetKind>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A reason a mutation's input was refused; nothing was written. */
export type UserError = {
  code: UserErrorCode;
  /** Path of the input field, e.g. ["input", "code"]. */
  field: Array<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

/** Why a mutation's input was refused. */
export type UserErrorCode =
  /** The object named is archived. */
  | 'ARCHIVED'
  /** A division code that does not start with its parent's. */
  | 'CODE_MISMATCH'
  /** The database refused the change at commit, as when someone changed the same data at the same time; nothing was written, try again. */
  | 'CONFLICT'
  /** The value is taken or given twice, or a restore would bring back an object a live one has replaced. */
  | 'DUPLICATE'
  /** The value is malformed or breaks a rule of its own (a phone number, a wrong password, an organisation made its own ancestor). */
  | 'INVALID'
  /** A period ending before it starts, or a day too early. */
  | 'INVALID_PERIOD'
  /** The object's state does not allow it now: already (not) archived, live objects depend on it, it points at an archived one, a stage not reached. */
  | 'INVALID_STATE'
  /** A total would pass its limit (a fund or budget, hours served in a day). */
  | 'LIMIT_EXCEEDED'
  /** A division code without the digits its level needs. */
  | 'MALFORMED_CODE'
  /** No such object in this district that the viewer may see, or an ID of another type. */
  | 'NOT_FOUND'
  /** A number, date or list size outside what is allowed. */
  | 'OUT_OF_RANGE'
  /** The viewer sees the object but may not change it: it lies outside the part of the district its role was granted. */
  | 'OUT_OF_SCOPE'
  /** A value is missing or empty. */
  | 'REQUIRED'
  /** Text longer than the field allows. */
  | 'TOO_LONG'
  /** The object exists but is of a kind the field does not take (a grid of another community, an organisation under the wrong parent). */
  | 'WRONG_KIND';

/** 阵地: a party-mass service centre (党群服务中心), a grid station (网格驿站), a "warm heart" station (暖心驿站) or a function site (功能场所). */
export type Venue = Node & {
  address: Maybe<Scalars['String']['output']>;
  /** When it closed; null while open. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Registered assets it occupies (the rooms put to use for it). */
  assets: VenueAssetConnection;
  community: Community;
  /** The estate it stands on, if any. */
  estate: Maybe<Estate>;
  /** What a function site is for (null for other kinds). */
  function: Maybe<VenueSiteFunction>;
  /** Its opening hours, Monday first; empty when not recorded. */
  hours: Array<VenueOpeningHours>;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  kind: VenueKind;
  /** Where it is, as recorded, or converted to ``coordinateSystem`` when given; null when not recorded. */
  location: Maybe<VenueLocation>;
  name: Scalars['String']['output'];
  openedOn: Scalars['Date']['output'];
  /** The services it offers, in the enum's order. */
  services: Array<VenueService>;
};


/** 阵地: a party-mass service centre (党群服务中心), a grid station (网格驿站), a "warm heart" station (暖心驿站) or a function site (功能场所). */
export type VenueAssetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 阵地: a party-mass service centre (党群服务中心), a grid station (网格驿站), a "warm heart" station (暖心驿站) or a function site (功能场所). */
export type VenueLocationArgs = {
  coordinateSystem?: InputMaybe<VenueCoordinateSystem>;
};

/** 社区资产: a community asset in the registry — a room, a space or a facility. */
export type VenueAsset = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Floor area in square metres. */
  area: Scalars['Float']['output'];
  /** Bookings of the room, in the order made (rooms only). */
  bookings: VenueBookingConnection;
  community: Community;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  /** Whether it stood idle (闲置) before its present use. */
  idle: Scalars['Boolean']['output'];
  kind: VenueAssetKind;
  name: Scalars['String']['output'];
  /** Who owns it (产权单位). */
  owner: Scalars['String']['output'];
  putToUseOn: Maybe<Scalars['Date']['output']>;
  useAfter: Maybe<Scalars['String']['output']>;
  useBefore: Maybe<Scalars['String']['output']>;
  /** The venue it houses, if any (null when closed). */
  venue: Maybe<Venue>;
};


/** 社区资产: a community asset in the registry — a room, a space or a facility. */
export type VenueAssetBookingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VenueBookingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: Scalars['Boolean']['input'];
};

/** A page of a list, with cursors to fetch the next one. */
export type VenueAssetConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<VenueAssetEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<VenueAsset>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type VenueAssetEdge = {
  cursor: Scalars['String']['output'];
  node: VenueAsset;
};

/** Narrows a list of community assets. */
export type VenueAssetFilter = {
  community?: InputMaybe<Scalars['ID']['input']>;
  /** True: assets that stood idle before their present use. */
  idle?: InputMaybe<Scalars['Boolean']['input']>;
  kind?: InputMaybe<VenueAssetKind>;
  /** True: assets with a day they were put to use. */
  putToUse?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What a community asset is. */
export type VenueAssetKind =
  | 'FACILITY'
  | 'OPEN_SPACE'
  | 'ROOM';

export type VenueAssetPayload = {
  asset: Maybe<VenueAsset>;
  errors: Array<UserError>;
};

/** A room booked by an organisation; no two live bookings of a room overlap. */
export type VenueBooking = Node & {
  /** When it was cancelled; null while it stands. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Exclusive: another may start then. */
  endsAt: Scalars['DateTime']['output'];
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  /** Who booked it; null when outside your scope. */
  organisation: Maybe<Organisation>;
  purpose: Scalars['String']['output'];
  room: VenueAsset;
  startsAt: Scalars['DateTime']['output'];
};

/** A page of a list, with cursors to fetch the next one. */
export type VenueBookingConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<VenueBookingEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<VenueBooking>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type VenueBookingEdge = {
  cursor: Scalars['String']['output'];
  node: VenueBooking;
};

/** Narrows a list of bookings. */
export type VenueBookingFilter = {
  organisation?: InputMaybe<Scalars['ID']['input']>;
  room?: InputMaybe<Scalars['ID']['input']>;
  /** Ending after. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  /** Starting before. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

export type VenueBookingPayload = {
  booking: Maybe<VenueBooking>;
  errors: Array<UserError>;
};

/** A page of a list, with cursors to fetch the next one. */
export type VenueConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<VenueEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<Venue>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** The datum coordinates are stated in: WGS84 (GPS, GeoJSON) or GCJ02 (国测局坐标, what AMap and Tencent maps draw in). */
export type VenueCoordinateSystem =
  | 'GCJ02'
  | 'WGS84';

/** A node and its cursor. */
export type VenueEdge = {
  cursor: Scalars['String']['output'];
  node: Venue;
};

/** Narrows a list of venues. */
export type VenueFilter = {
  community?: InputMaybe<Scalars['ID']['input']>;
  function?: InputMaybe<VenueSiteFunction>;
  kind?: InputMaybe<VenueKind>;
  /** True: venues with coordinates; false: the others. */
  located?: InputMaybe<Scalars['Boolean']['input']>;
  /** Venues open then. */
  openAt?: InputMaybe<VenueOpenAt>;
  /** Venues offering every one of these. */
  services?: InputMaybe<Array<VenueService>>;
  street?: InputMaybe<Scalars['ID']['input']>;
};

/** 阵地: the kinds of venue. */
export type VenueKind =
  | 'FUNCTION_SITE'
  | 'GRID_STATION'
  | 'SERVICE_CENTRE'
  | 'WARM_HEART_STATION';

/** Where a venue is on the map. */
export type VenueLocation = {
  coordinateSystem: VenueCoordinateSystem;
  latitude: Scalars['Float']['output'];
  longitude: Scalars['Float']['output'];
};

export type VenueLocationInput = {
  /** The datum the point is stated in, as surveyed or read off a map. */
  coordinateSystem: VenueCoordinateSystem;
  /** -90..90. */
  latitude: Scalars['Float']['input'];
  /** -180..180. */
  longitude: Scalars['Float']['input'];
};

/** A moment of the week. */
export type VenueOpenAt = {
  time: Scalars['Time']['input'];
  /** 1 Monday .. 7 Sunday. */
  weekday: Scalars['Int']['input'];
};

/** When a venue is open on a day of the week. */
export type VenueOpeningHours = {
  /** 00:00 is midnight: 00:00–00:00 is all day. */
  closesAt: Scalars['Time']['output'];
  opensAt: Scalars['Time']['output'];
  /** 1 Monday .. 7 Sunday. */
  weekday: Scalars['Int']['output'];
};

export type VenueOpeningHoursInput = {
  /** After opensAt, or 00:00 for midnight (00:00–00:00: all day). */
  closesAt: Scalars['Time']['input'];
  opensAt: Scalars['Time']['input'];
  /** 1 Monday .. 7 Sunday; once each. */
  weekday: Scalars['Int']['input'];
};

export type VenuePayload = {
  errors: Array<UserError>;
  venue: Maybe<Venue>;
};

/** A service a venue offers. */
export type VenueService =
  | 'ACTIVITIES'
  | 'AFFAIRS'
  | 'CHARGING'
  | 'DELIBERATION'
  | 'DRINKING_WATER'
  | 'FIRST_AID'
  | 'MICROWAVE'
  | 'REST'
  | 'TOILET';

/** What a function site is for. */
export type VenueSiteFunction =
  | 'CHILDREN_HOME'
  | 'COURIERS_CLASSROOM'
  | 'HEALTH_HUT'
  | 'READING_ROOM'
  | 'RED_CINEMA';

/** A person attending a training session (参训). */
export type WorkforceAttendance = Node & {
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  /** Who attended; null when they lie outside your scope. */
  person: Maybe<Person>;
  recordedAt: Scalars['DateTime']['output'];
  session: WorkforceSession;
};

/** A page of a list, with cursors to fetch the next one. */
export type WorkforceAttendanceConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<WorkforceAttendanceEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<WorkforceAttendance>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type WorkforceAttendanceEdge = {
  cursor: Scalars['String']['output'];
  node: WorkforceAttendance;
};

export type WorkforceAttendancePayload = {
  attendance: Maybe<WorkforceAttendance>;
  errors: Array<UserError>;
};

/** A social-work certificate (社工证) a person holds, registered with a community. */
export type WorkforceCertificate = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  certifiedOn: Scalars['Date']['output'];
  /** The community it is registered with. */
  community: Community;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  level: WorkforceCertificateLevel;
  /** The certificate's number, as issued. */
  number: Maybe<Scalars['String']['output']>;
  /** The holder; null when they lie outside your scope. */
  person: Maybe<Person>;
};

/** A page of a list, with cursors to fetch the next one. */
export type WorkforceCertificateConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<WorkforceCertificateEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<WorkforceCertificate>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type WorkforceCertificateEdge = {
  cursor: Scalars['String']['output'];
  node: WorkforceCertificate;
};

/** Narrows a list of certificates. */
export type WorkforceCertificateFilter = {
  certifiedSince?: InputMaybe<Scalars['Date']['input']>;
  community?: InputMaybe<Scalars['ID']['input']>;
  level?: InputMaybe<WorkforceCertificateLevel>;
};

/** Social-work qualification levels: assistant social worker (助理社会工作师), social worker (社会工作师), senior social worker (高级社会工作师). */
export type WorkforceCertificateLevel =
  | 'ASSISTANT'
  | 'INTERMEDIATE'
  | 'SENIOR';

export type WorkforceCertificatePayload = {
  certificate: Maybe<WorkforceCertificate>;
  errors: Array<UserError>;
};

/** How a worker came to fill a seat: open recruitment (公开招聘) or transfer onto the career system from an earlier post (转入). */
export type WorkforceChannel =
  | 'OPEN_RECRUITMENT'
  | 'TRANSFER';

/** A course of the district's training alliance (培训联盟) for community workers, grid workers and volunteers. */
export type WorkforceCourse = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Length of the course, in hours. */
  hours: Scalars['Int']['output'];
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  /** The alliance member giving it (a school, a social organisation). */
  provider: Maybe<Organisation>;
  /** Sessions of the course, latest first. */
  sessions: WorkforceSessionConnection;
  title: Scalars['String']['output'];
};


/** A course of the district's training alliance (培训联盟) for community workers, grid workers and volunteers. */
export type WorkforceCourseSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a list, with cursors to fetch the next one. */
export type WorkforceCourseConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<WorkforceCourseEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<WorkforceCourse>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type WorkforceCourseEdge = {
  cursor: Scalars['String']['output'];
  node: WorkforceCourse;
};

export type WorkforceCoursePayload = {
  course: Maybe<WorkforceCourse>;
  errors: Array<UserError>;
};

/** A grade of the community workers' career system (等级) and its monthly pay band (薪酬档), in yuan. */
export type WorkforceGrade = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Highest monthly pay of the band, in yuan. */
  payMax: Scalars['Int']['output'];
  /** Lowest monthly pay of the band, in yuan. */
  payMin: Scalars['Int']['output'];
  rank: Scalars['Int']['output'];
};

/** A page of a list, with cursors to fetch the next one. */
export type WorkforceGradeConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<WorkforceGradeEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<WorkforceGrade>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type WorkforceGradeEdge = {
  cursor: Scalars['String']['output'];
  node: WorkforceGrade;
};

export type WorkforceGradePayload = {
  errors: Array<UserError>;
  grade: Maybe<WorkforceGrade>;
};

/** A worker's grade from a day on: the first grading (定级) or a promotion (晋升). */
export type WorkforceGrading = Node & {
  grade: WorkforceGrade;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  placement: WorkforcePlacement;
  recordedAt: Scalars['DateTime']['output'];
  since: Scalars['Date']['output'];
};

/** A page of a list, with cursors to fetch the next one. */
export type WorkforceGradingConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<WorkforceGradingEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<WorkforceGrading>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type WorkforceGradingEdge = {
  cursor: Scalars['String']['output'];
  node: WorkforceGrading;
};

export type WorkforceGradingPayload = {
  errors: Array<UserError>;
  grading: Maybe<WorkforceGrading>;
};

/** A community worker (社区工作者) filling a seat of a community's quota, from the day recruited; ended placements are archived and stay in the history. */
export type WorkforcePlacement = Node & {
  /** Whether the worker still fills the seat. */
  active: Scalars['Boolean']['output'];
  /** When the placement ended (the worker left); null while active. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  channel: WorkforceChannel;
  community: Community;
  /** The worker's grade now: their latest grading's. */
  grade: Maybe<WorkforceGrade>;
  /** Gradings and promotions (晋升), latest first. */
  gradings: WorkforceGradingConnection;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  /** Core's community worker identity the placement rests on; null when its person lies outside your scope. */
  identity: Maybe<Identity>;
  /** The worker; null when they lie outside your scope. */
  person: Maybe<Person>;
  placedOn: Scalars['Date']['output'];
  quota: WorkforceQuota;
};


/** A community worker (社区工作者) filling a seat of a community's quota, from the day recruited; ended placements are archived and stay in the history. */
export type WorkforcePlacementGradingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a list, with cursors to fetch the next one. */
export type WorkforcePlacementConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<WorkforcePlacementEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<WorkforcePlacement>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type WorkforcePlacementEdge = {
  cursor: Scalars['String']['output'];
  node: WorkforcePlacement;
};

/** Narrows a list of placements. */
export type WorkforcePlacementFilter = {
  channel?: InputMaybe<WorkforceChannel>;
  community?: InputMaybe<Scalars['ID']['input']>;
  placedSince?: InputMaybe<Scalars['Date']['input']>;
  street?: InputMaybe<Scalars['ID']['input']>;
};

export type WorkforcePlacementPayload = {
  errors: Array<UserError>;
  placement: Maybe<WorkforcePlacement>;
};

/** The seats for community workers a community may fill (职数), and how many are filled. */
export type WorkforceQuota = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  community: Community;
  /** Seats filled by live placements. */
  filled: Scalars['Int']['output'];
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  /** The workers filling its seats, in the order placed. */
  placements: WorkforcePlacementConnection;
  seats: Scalars['Int']['output'];
  /** Seats still to fill: the seats less those filled. */
  vacancies: Scalars['Int']['output'];
};


/** The seats for community workers a community may fill (职数), and how many are filled. */
export type WorkforceQuotaPlacementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: Scalars['Boolean']['input'];
};

export type WorkforceQuotaPayload = {
  errors: Array<UserError>;
  quota: Maybe<WorkforceQuota>;
};

/** One session of a training course, held in a community. */
export type WorkforceSession = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who attended, in the order recorded. */
  attendances: WorkforceAttendanceConnection;
  /** How many people attended. */
  attendees: Scalars['Int']['output'];
  /** The community it was held in. */
  community: Community;
  course: WorkforceCourse;
  heldOn: Scalars['Date']['output'];
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
};


/** One session of a training course, held in a community. */
export type WorkforceSessionAttendancesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a list, with cursors to fetch the next one. */
export type WorkforceSessionConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<WorkforceSessionEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<WorkforceSession>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type WorkforceSessionEdge = {
  cursor: Scalars['String']['output'];
  node: WorkforceSession;
};

export type WorkforceSessionPayload = {
  errors: Array<UserError>;
  session: Maybe<WorkforceSession>;
};

export type DistrictOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictOverviewQuery = { district: { id: string, code: string, name: string, enabledPlugins: Array<string>, streets: { totalCount: number, nodes: Array<{ id: string, code: string, name: string, kind: StreetKind, communities: { totalCount: number } }> }, indicators: Array<{ key: string, label: string, value: number, count: number | null }> } };

export type StreetSummaryFragment = { id: string, code: string, name: string, kind: StreetKind, communities: { totalCount: number } };

export type FigureFragment = { key: string, label: string, value: number, count: number | null };

export type DistrictTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictTreeQuery = { district: { id: string, streets: { totalCount: number, nodes: Array<{ code: string, name: string, id: string, communities: { totalCount: number, nodes: Array<{ code: string, name: string, id: string, partyBuildingGrids: { totalCount: number }, grids: { totalCount: number, nodes: Array<{ code: string, name: string, id: string, subGrids: { totalCount: number } }> } }> } }> } } };

type PlaceName_AuditEntry_Fragment = { id: string };

type PlaceName_Building_Fragment = { id: string };

type PlaceName_CoBuildWork_Fragment = { id: string };

type PlaceName_CoCreationParticipation_Fragment = { id: string };

type PlaceName_CoCreationProject_Fragment = { id: string };

type PlaceName_CoEvaluation_Fragment = { id: string };

type PlaceName_CoManageRule_Fragment = { id: string };

type PlaceName_CoPlanProposal_Fragment = { id: string };

type PlaceName_CoShareOutcome_Fragment = { id: string };

type PlaceName_Community_Fragment = { code: string, name: string, id: string };

type PlaceName_District_Fragment = { id: string };

type PlaceName_DualReportClaim_Fragment = { id: string };

type PlaceName_DualReportRegistration_Fragment = { id: string };

type PlaceName_DualReportService_Fragment = { id: string };

type PlaceName_Estate_Fragment = { id: string };

type PlaceName_Grid_Fragment = { code: string, name: string, id: string };

type PlaceName_GridAssignment_Fragment = { id: string };

type PlaceName_GridEvent_Fragment = { id: string };

type PlaceName_GridEventTransition_Fragment = { id: string };

type PlaceName_GridEventType_Fragment = { id: string };

type PlaceName_Household_Fragment = { id: string };

type PlaceName_Identity_Fragment = { id: string };

type PlaceName_Organisation_Fragment = { id: string };

type PlaceName_Person_Fragment = { id: string };

type PlaceName_Post_Fragment = { id: string };

type PlaceName_ServiceNeed_Fragment = { id: string };

type PlaceName_ServiceProject_Fragment = { id: string };

type PlaceName_ServiceProjectReport_Fragment = { id: string };

type PlaceName_ServiceProjectSpending_Fragment = { id: string };

type PlaceName_ServiceResource_Fragment = { id: string };

type PlaceName_SixHavesFund_Fragment = { id: string };

type PlaceName_SixHavesRule_Fragment = { id: string };

type PlaceName_SixHavesSnapshot_Fragment = { id: string };

type PlaceName_SixHavesSnapshotEstate_Fragment = { id: string };

type PlaceName_SixHavesVenue_Fragment = { id: string };

type PlaceName_Street_Fragment = { code: string, name: string, id: string };

type PlaceName_Venue_Fragment = { id: string };

type PlaceName_VenueAsset_Fragment = { id: string };

type PlaceName_VenueBooking_Fragment = { id: string };

type PlaceName_WorkforceAttendance_Fragment = { id: string };

type PlaceName_WorkforceCertificate_Fragment = { id: string };

type PlaceName_WorkforceCourse_Fragment = { id: string };

type PlaceName_WorkforceGrade_Fragment = { id: string };

type PlaceName_WorkforceGrading_Fragment = { id: string };

type PlaceName_WorkforcePlacement_Fragment = { id: string };

type PlaceName_WorkforceQuota_Fragment = { id: string };

type PlaceName_WorkforceSession_Fragment = { id: string };

export type PlaceNameFragment = PlaceName_AuditEntry_Fragment | PlaceName_Building_Fragment | PlaceName_CoBuildWork_Fragment | PlaceName_CoCreationParticipation_Fragment | PlaceName_CoCreationProject_Fragment | PlaceName_CoEvaluation_Fragment | PlaceName_CoManageRule_Fragment | PlaceName_CoPlanProposal_Fragment | PlaceName_CoShareOutcome_Fragment | PlaceName_Community_Fragment | PlaceName_District_Fragment | PlaceName_DualReportClaim_Fragment | PlaceName_DualReportRegistration_Fragment | PlaceName_DualReportService_Fragment | PlaceName_Estate_Fragment | PlaceName_Grid_Fragment | PlaceName_GridAssignment_Fragment | PlaceName_GridEvent_Fragment | PlaceName_GridEventTransition_Fragment | PlaceName_GridEventType_Fragment | PlaceName_Household_Fragment | PlaceName_Identity_Fragment | PlaceName_Organisation_Fragment | PlaceName_Person_Fragment | PlaceName_Post_Fragment | PlaceName_ServiceNeed_Fragment | PlaceName_ServiceProject_Fragment | PlaceName_ServiceProjectReport_Fragment | PlaceName_ServiceProjectSpending_Fragment | PlaceName_ServiceResource_Fragment | PlaceName_SixHavesFund_Fragment | PlaceName_SixHavesRule_Fragment | PlaceName_SixHavesSnapshot_Fragment | PlaceName_SixHavesSnapshotEstate_Fragment | PlaceName_SixHavesVenue_Fragment | PlaceName_Street_Fragment | PlaceName_Venue_Fragment | PlaceName_VenueAsset_Fragment | PlaceName_VenueBooking_Fragment | PlaceName_WorkforceAttendance_Fragment | PlaceName_WorkforceCertificate_Fragment | PlaceName_WorkforceCourse_Fragment | PlaceName_WorkforceGrade_Fragment | PlaceName_WorkforceGrading_Fragment | PlaceName_WorkforcePlacement_Fragment | PlaceName_WorkforceQuota_Fragment | PlaceName_WorkforceSession_Fragment;

export type InServicePartyMembersQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InServicePartyMembersQuery = { district: { id: string, people: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, phone: string | null, identities: { nodes: Array<{ id: string, kind: IdentityKind, since: string, organisation: { id: string, name: string, anchor: { id: string, code: string } | {} | null } | null }> } }> } } };

export type ServiceProjectsCycleQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceProjectsCycleQuery = { serviceProjectsCycle: { since: string, dueDays: number, monthlyReports: boolean, halfYearChecks: boolean, yearlyEvaluation: boolean } | null, overdueServiceProjectReports: { totalCount: number, nodes: Array<{ kind: ServiceReportKind, period: number, dueOn: string, project: { id: string, kind: ServiceProjectKind, title: string, year: number, community: { id: string, name: string } } }> }, district: { id: string, indicators: Array<{ key: string, label: string, value: number, count: number | null }>, communities: { nodes: Array<{ id: string, name: string, partyServiceFund: { year: number, amount: number, spent: number, remaining: number }, serviceNeeds: { nodes: Array<{ id: string, title: string, category: ServiceCategory, responses: Array<{ plugin: string, claims: number, services: number, hours: number }> }> }, serviceResources: { nodes: Array<{ id: string, title: string, kind: ServiceResourceKind, provider: { id: string, name: string } | null }> }, serviceProjects: { nodes: Array<{ budget: number, spent: number, id: string, kind: ServiceProjectKind, title: string, year: number, evaluation: { id: string, score: number | null } | null, overdueReports: Array<{ kind: ServiceReportKind, period: number, dueOn: string }> }> } }> } } };

export type ProjectHeadingFragment = { id: string, kind: ServiceProjectKind, title: string, year: number };

export type SixHavesEstatesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SixHavesEstatesQuery = { district: { id: string, estates: { totalCount: number, nodes: Array<{ id: string, name: string, community: { id: string, name: string }, sixHaves: { asOf: string, score: number, allSix: boolean, missing: Array<SixHave> } }> } } };

export type WorkforceStaffingQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkforceStaffingQuery = { district: { id: string, indicators: Array<{ key: string, label: string, value: number, count: number | null }>, communities: { nodes: Array<{ id: string, name: string, workforceQuota: { id: string, seats: number, filled: number, vacancies: number } | null, workforcePlacements: { totalCount: number, nodes: Array<{ id: string, placedOn: string, channel: WorkforceChannel, person: { id: string, name: string } | null, grade: { id: string, rank: number, name: string, payMin: number, payMax: number } | null, gradings: { nodes: Array<{ id: string, since: string, grade: { id: string, rank: number, name: string, payMin: number, payMax: number } }> } }> }, workforceCertificates: { totalCount: number, nodes: Array<{ id: string, level: WorkforceCertificateLevel, certifiedOn: string }> } }> } }, workforceCourses: { totalCount: number, nodes: Array<{ id: string, title: string, hours: number, sessions: { nodes: Array<{ id: string, heldOn: string, attendees: number, community: { id: string, name: string } }> } }> } };

export type GradeBandFragment = { id: string, rank: number, name: string, payMin: number, payMax: number };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const StreetSummaryFragmentDoc = new TypedDocumentString(`
    fragment StreetSummary on Street {
  id
  code
  name
  kind
  communities {
    totalCount
  }
}
    `, {"fragmentName":"StreetSummary"}) as unknown as TypedDocumentString<StreetSummaryFragment, unknown>;
export const FigureFragmentDoc = new TypedDocumentString(`
    fragment Figure on Indicator {
  key
  label
  value
  count
}
    `, {"fragmentName":"Figure"}) as unknown as TypedDocumentString<FigureFragment, unknown>;
export const PlaceNameFragmentDoc = new TypedDocumentString(`
    fragment PlaceName on Node {
  id
  ... on Street {
    code
    name
  }
  ... on Community {
    code
    name
  }
  ... on Grid {
    code
    name
  }
}
    `, {"fragmentName":"PlaceName"}) as unknown as TypedDocumentString<PlaceNameFragment, unknown>;
export const ProjectHeadingFragmentDoc = new TypedDocumentString(`
    fragment ProjectHeading on ServiceProject {
  id
  kind
  title
  year
}
    `, {"fragmentName":"ProjectHeading"}) as unknown as TypedDocumentString<ProjectHeadingFragment, unknown>;
export const GradeBandFragmentDoc = new TypedDocumentString(`
    fragment GradeBand on WorkforceGrade {
  id
  rank
  name
  payMin
  payMax
}
    `, {"fragmentName":"GradeBand"}) as unknown as TypedDocumentString<GradeBandFragment, unknown>;
export const DistrictOverviewDocument = new TypedDocumentString(`
    query DistrictOverview {
  district {
    id
    code
    name
    enabledPlugins
    streets(first: 10) {
      totalCount
      nodes {
        ...StreetSummary
      }
    }
    indicators {
      ...Figure
    }
  }
}
    fragment StreetSummary on Street {
  id
  code
  name
  kind
  communities {
    totalCount
  }
}
fragment Figure on Indicator {
  key
  label
  value
  count
}`) as unknown as TypedDocumentString<DistrictOverviewQuery, DistrictOverviewQueryVariables>;
export const DistrictTreeDocument = new TypedDocumentString(`
    query DistrictTree {
  district {
    id
    streets(first: 20) {
      totalCount
      nodes {
        ...PlaceName
        communities(first: 40) {
          totalCount
          nodes {
            ...PlaceName
            partyBuildingGrids: grids(first: 1, filter: {kind: PARTY_BUILDING}) {
              totalCount
            }
            grids(first: 40, filter: {kind: COMPREHENSIVE}) {
              totalCount
              nodes {
                ...PlaceName
                subGrids(first: 1) {
                  totalCount
                }
              }
            }
          }
        }
      }
    }
  }
}
    fragment PlaceName on Node {
  id
  ... on Street {
    code
    name
  }
  ... on Community {
    code
    name
  }
  ... on Grid {
    code
    name
  }
}`) as unknown as TypedDocumentString<DistrictTreeQuery, DistrictTreeQueryVariables>;
export const InServicePartyMembersDocument = new TypedDocumentString(`
    query InServicePartyMembers($after: String) {
  district {
    id
    people(first: 20, after: $after, filter: {identity: IN_SERVICE_PARTY_MEMBER}) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        phone
        identities(first: 5) {
          nodes {
            id
            kind
            since
            organisation {
              id
              name
              anchor {
                ... on Grid {
                  id
                  code
                }
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InServicePartyMembersQuery, InServicePartyMembersQueryVariables>;
export const ServiceProjectsCycleDocument = new TypedDocumentString(`
    query ServiceProjectsCycle {
  serviceProjectsCycle {
    since
    dueDays
    monthlyReports
    halfYearChecks
    yearlyEvaluation
  }
  overdueServiceProjectReports(first: 10) {
    totalCount
    nodes {
      kind
      period
      dueOn
      project {
        ...ProjectHeading
        community {
          id
          name
        }
      }
    }
  }
  district {
    id
    indicators(prefix: "service_projects.") {
      key
      label
      value
      count
    }
    communities(first: 1) {
      nodes {
        id
        name
        partyServiceFund {
          year
          amount
          spent
          remaining
        }
        serviceNeeds(first: 5, filter: {status: OPEN}) {
          nodes {
            id
            title
            category
            responses {
              plugin
              claims
              services
              hours
            }
          }
        }
        serviceResources(first: 5) {
          nodes {
            id
            title
            kind
            provider {
              id
              name
            }
          }
        }
        serviceProjects(first: 5) {
          nodes {
            ...ProjectHeading
            budget
            spent
            evaluation {
              id
              score
            }
            overdueReports {
              kind
              period
              dueOn
            }
          }
        }
      }
    }
  }
}
    fragment ProjectHeading on ServiceProject {
  id
  kind
  title
  year
}`) as unknown as TypedDocumentString<ServiceProjectsCycleQuery, ServiceProjectsCycleQueryVariables>;
export const SixHavesEstatesDocument = new TypedDocumentString(`
    query SixHavesEstates($first: Int = 5) {
  district {
    id
    estates(first: $first) {
      totalCount
      nodes {
        id
        name
        community {
          id
          name
        }
        sixHaves {
          asOf
          score
          allSix
          missing
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SixHavesEstatesQuery, SixHavesEstatesQueryVariables>;
export const WorkforceStaffingDocument = new TypedDocumentString(`
    query WorkforceStaffing {
  district {
    id
    indicators(prefix: "workforce.") {
      key
      label
      value
      count
    }
    communities(first: 2) {
      nodes {
        id
        name
        workforceQuota {
          id
          seats
          filled
          vacancies
        }
        workforcePlacements(first: 5) {
          totalCount
          nodes {
            id
            placedOn
            channel
            person {
              id
              name
            }
            grade {
              ...GradeBand
            }
            gradings(first: 3) {
              nodes {
                id
                since
                grade {
                  ...GradeBand
                }
              }
            }
          }
        }
        workforceCertificates(first: 3) {
          totalCount
          nodes {
            id
            level
            certifiedOn
          }
        }
      }
    }
  }
  workforceCourses(first: 3) {
    totalCount
    nodes {
      id
      title
      hours
      sessions(first: 2) {
        nodes {
          id
          heldOn
          attendees
          community {
            id
            name
          }
        }
      }
    }
  }
}
    fragment GradeBand on WorkforceGrade {
  id
  rank
  name
  payMin
  payMax
}`) as unknown as TypedDocumentString<WorkforceStaffingQuery, WorkforceStaffingQueryVariables>;