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

/** Fields places with a division code are ordered by. */
export type CodedOrder =
  | 'CODE'
  | 'NAME';

/** 社区 or 村: a community or village with a twelve-digit code. */
export type Community = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
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
  /** The community's red-property summary, over its estates in your scope. */
  redProperty: RedPropertySummary;
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
  /** Warm-heart stations (暖心驿站) serving the community. */
  warmStations: WarmStationConnection;
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
export type CommunityRedPropertyArgs = {
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
export type CommunityWarmStationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WarmStationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: Scalars['Boolean']['input'];
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

export type CreatePropertyServiceInput = {
  /** An organisation of kind property company. */
  company: Scalars['ID']['input'];
  endDate?: InputMaybe<Scalars['Date']['input']>;
  estate: Scalars['ID']['input'];
  startDate: Scalars['Date']['input'];
};

export type CreateRedPropertyStandardInput = {
  adoptedOn: Scalars['Date']['input'];
  /** 1 to 30 items. */
  items: Array<RedPropertyItemInput>;
  name: Scalars['String']['input'];
  /** One for each of 2, 3, 4 and 5 stars, rising with the stars. */
  thresholds: Array<PropertyStarThresholdInput>;
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

export type CreateStreetInput = {
  /** Nine digits starting with the district's code. */
  code: Scalars['String']['input'];
  kind?: StreetKind;
  name: Scalars['String']['input'];
};

/** Exactly one of estate and company. */
export type DesignateDemonstrationSiteInput = {
  company?: InputMaybe<Scalars['ID']['input']>;
  estate?: InputMaybe<Scalars['ID']['input']>;
  level: RedPropertySiteLevel;
  name: Scalars['String']['input'];
  year: Scalars['Int']['input'];
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

export type EndPropertyServiceInput = {
  /** Last day; null reopens the service. */
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
  community: Community;
  /** Grids covering at least one building of the estate. */
  grids: GridConnection;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  kind: EstateKind;
  name: Scalars['String']['output'];
  /** Organisations anchored to the estate. */
  organisations: OrganisationConnection;
  /** The property company serving the estate on a day. */
  propertyService: Maybe<PropertyService>;
  /** Every property company that served the estate, latest recorded first. */
  propertyServices: PropertyServiceConnection;
  /** Council halls and mutual-help corners on the estate. */
  redPropertyVenues: RedPropertyVenueConnection;
  /** The estate's star rating of a year (if companies changed, the latest assessed). */
  starRating: Maybe<PropertyStarRating>;
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
export type EstatePropertyServiceArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


/** 小区: an estate; rural concentrated settlements are estates too. */
export type EstatePropertyServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 小区: an estate; rural concentrated settlements are estates too. */
export type EstateRedPropertyVenuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<RedPropertyVenueKind>;
};


/** 小区: an estate; rural concentrated settlements are estates too. */
export type EstateStarRatingArgs = {
  year: Scalars['Int']['input'];
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

/** 万人评万人议: a session where residents evaluate and discuss a renovation. */
export type EvaluationSession = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** The co-governance committee that held it. */
  committee: Organisation;
  heldOn: Scalars['Date']['output'];
  householdsReached: Scalars['Int']['output'];
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  topic: Scalars['String']['output'];
};

/** A page of a list, with cursors to fetch the next one. */
export type EvaluationSessionConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<EvaluationSessionEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<EvaluationSession>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type EvaluationSessionEdge = {
  cursor: Scalars['String']['output'];
  node: EvaluationSession;
};

export type EvaluationSessionPayload = {
  errors: Array<UserError>;
  session: Maybe<EvaluationSession>;
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
  /** Record that a property company serves an estate from a day (one company at a time). */
  createPropertyService: PropertyServicePayload;
  /** Adopt a red-property work standard: weighted items and the star thresholds. */
  createRedPropertyStandard: RedPropertyStandardPayload;
  /** Put a secretary project or service project on the community's projects list (项目清单). */
  createServiceProject: ServiceProjectPayload;
  /** Add a street (街道) or town (镇) to the district. */
  createStreet: StreetPayload;
  /** Designate an estate or a property company a demonstration site (示范点) at a level. */
  designateDemonstrationSite: RedPropertySitePayload;
  /** End a registration (the member moved or left): archived, with its services and claims kept as history. */
  endDualReportRegistration: DualReportRegistrationPayload;
  /** Set (or clear) the last day of a grid assignment. */
  endGridAssignment: GridAssignmentPayload;
  /** Set (or clear) the last day of an identity. */
  endIdentity: IdentityPayload;
  /** Set (or clear) the last day of a post. */
  endPost: PostPayload;
  /** Set (or clear) the last day of a property service, keeping one company at a time. */
  endPropertyService: PropertyServicePayload;
  /** Escalate an event one level up the grid tree: grid → community → street. */
  escalateGridEvent: GridEventPayload;
  /** Escalate every overdue event one level up (run by a scheduler, e.g. every hour). */
  escalateOverdueGridEvents: EscalateOverdueGridEventsPayload;
  /** Exchange an account's name and password for a bearer token. */
  login: LoginPayload;
  /** Mark an event as a repeat of another, which is handled instead. */
  markGridEventDuplicate: GridEventPayload;
  /** Open a council hall (民情议事厅) or a mutual-help corner (邻里互助角) on an estate. */
  openRedPropertyVenue: RedPropertyVenuePayload;
  /** Open a venue (阵地) in a community, with its services, hours and location. */
  openVenue: VenuePayload;
  /** Open a warm-heart station (暖心驿站). */
  openWarmStation: OpenWarmStationPayload;
  /** Post a community worker into a property company as its party-affairs manager (党务经理). */
  postPartyAffairsManager: PostPayload;
  /** Post a need residents raised on the community's needs list (需求清单). */
  postServiceNeed: ServiceNeedPayload;
  /** Record a volunteer service a registered member did (双服务), and the need it answered. */
  recordDualReportService: DualReportServicePayload;
  /** Record a session of a co-governance committee (万人评万人议: ten thousand evaluate). */
  recordEvaluationSession: EvaluationSessionPayload;
  /** Record a yearly assessment; its weighted score decides the stars. */
  recordPropertyAssessment: PropertyStarRatingPayload;
  /** Record money a project spent: within its budget and, from the party service fund, within the community's fund of the year. */
  recordServiceProjectSpending: ServiceProjectSpendingPayload;
  /** Put a resource on the community's resources list (资源清单). */
  recordServiceResource: ServiceResourcePayload;
  /** Record an outdoor worker's visit to a warm station. */
  recordWarmStationVisit: RecordWarmStationVisitPayload;
  /** Register a community asset (社区资产), and the use an idle one was put to. */
  registerVenueAsset: VenueAssetPayload;
  /** Turn an event down (不予受理), saying why in the note. */
  rejectGridEvent: GridEventPayload;
  /** Reopen a resolved event the reporter is not satisfied with; its time limit restarts. */
  reopenGridEvent: GridEventPayload;
  /** Report an event in a grid of your scope: a resident's report, or a grid worker's finding. */
  reportGridEvent: GridEventPayload;
  /** Mark an event resolved (办结), saying how in the note. */
  resolveGridEvent: GridEventPayload;
  /** Restore an archived object, with what was archived with it. Refused while it points at an archived object. */
  restore: ArchivePayload;
  /** Revoke the token this request came with (log out), or every token of the account. */
  revokeToken: RevokeTokenPayload;
  /** Seat a community "two committees" member (两委成员) on an owners' committee (业委会). */
  seatOnOwnersCommittee: PostPayload;
  /** Set a community's party service fund of a year (200,000 yuan unless set), never below what its projects spent from it. */
  setPartyServiceFund: PartyServiceFundPayload;
  /** Set the district's cycle of reports: which are due, from when, how long after each period. */
  setServiceProjectsCycle: ServiceProjectsCyclePayload;
  /** Start handling an assigned or reopened event (处置中). */
  startGridEvent: GridEventPayload;
  /** Submit a project's monthly report, half-year check or yearly evaluation (with a score). */
  submitServiceProjectReport: ServiceProjectReportPayload;
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
  /** Rename a street or change its kind. */
  updateStreet: StreetPayload;
};


export type MutationAcceptGridEventArgs = {
  input: GridEventActionInput;
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


export type MutationCreatePropertyServiceArgs = {
  input: CreatePropertyServiceInput;
};


export type MutationCreateRedPropertyStandardArgs = {
  input: CreateRedPropertyStandardInput;
};


export type MutationCreateServiceProjectArgs = {
  input: CreateServiceProjectInput;
};


export type MutationCreateStreetArgs = {
  input: CreateStreetInput;
};


export type MutationDesignateDemonstrationSiteArgs = {
  input: DesignateDemonstrationSiteInput;
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


export type MutationEndPropertyServiceArgs = {
  input: EndPropertyServiceInput;
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


export type MutationOpenRedPropertyVenueArgs = {
  input: OpenRedPropertyVenueInput;
};


export type MutationOpenVenueArgs = {
  input: OpenVenueInput;
};


export type MutationOpenWarmStationArgs = {
  input: OpenWarmStationInput;
};


export type MutationPostPartyAffairsManagerArgs = {
  input: PostPartyAffairsManagerInput;
};


export type MutationPostServiceNeedArgs = {
  input: PostServiceNeedInput;
};


export type MutationRecordDualReportServiceArgs = {
  input: RecordDualReportServiceInput;
};


export type MutationRecordEvaluationSessionArgs = {
  input: RecordEvaluationSessionInput;
};


export type MutationRecordPropertyAssessmentArgs = {
  input: RecordPropertyAssessmentInput;
};


export type MutationRecordServiceProjectSpendingArgs = {
  input: RecordServiceProjectSpendingInput;
};


export type MutationRecordServiceResourceArgs = {
  input: RecordServiceResourceInput;
};


export type MutationRecordWarmStationVisitArgs = {
  input: RecordWarmStationVisitInput;
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


export type MutationSeatOnOwnersCommitteeArgs = {
  input: SeatOnOwnersCommitteeInput;
};


export type MutationSetPartyServiceFundArgs = {
  input: SetPartyServiceFundInput;
};


export type MutationSetServiceProjectsCycleArgs = {
  input: SetServiceProjectsCycleInput;
};


export type MutationStartGridEventArgs = {
  input: GridEventActionInput;
};


export type MutationSubmitServiceProjectReportArgs = {
  input: SubmitServiceProjectReportInput;
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


export type MutationUpdateStreetArgs = {
  input: UpdateStreetInput;
};

/** An object with a Global ID. */
export type Node = {
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
};

export type OpenRedPropertyVenueInput = {
  estate: Scalars['ID']['input'];
  kind: RedPropertyVenueKind;
  name: Scalars['String']['input'];
  openedOn: Scalars['Date']['input'];
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

/** A warm station to open. */
export type OpenWarmStationInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  /** After opensAt, the same day. */
  closesAt: Scalars['Time']['input'];
  community: Scalars['ID']['input'];
  /** An estate of the community the station is in. */
  estate?: InputMaybe<Scalars['ID']['input']>;
  /** The co-building unit (驻区单位) hosting it. */
  host?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  /** Default: today. */
  openedOn?: InputMaybe<Scalars['Date']['input']>;
  opensAt: Scalars['Time']['input'];
  /** At least one, each once. */
  services: Array<WarmStationService>;
};

/** Result of opening a warm station. */
export type OpenWarmStationPayload = {
  errors: Array<UserError>;
  station: Maybe<WarmStation>;
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
  /** A property company's mean stars in a year, over the estates in your scope rated for it. */
  averageStars: Maybe<Scalars['Float']['output']>;
  /** Organisations directly below it. */
  children: OrganisationConnection;
  /** Registrations of the members this organisation employs (as their employer's party organisation). */
  dualReportEmployees: DualReportRegistrationConnection;
  /** In-service party members reported to this grid party branch (empty for others). */
  dualReportMembers: DualReportRegistrationConnection;
  /** A co-governance committee's evaluation sessions (万人评万人议), latest recorded first. */
  evaluationSessions: EvaluationSessionConnection;
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
  /** The estates in your scope a property company serves (or served), latest recorded first. */
  propertyServices: PropertyServiceConnection;
  /** A property company's star ratings of the estates in your scope, latest year first. */
  ratings: PropertyStarRatingConnection;
  /** Resources the organisation offers on communities' resources lists. */
  serviceResources: ServiceResourceConnection;
  /** Rooms the organisation booked, in the order booked. */
  venueBookings: VenueBookingConnection;
};


/** An organisation: party organisation, committee, company or unit. */
export type OrganisationAverageStarsArgs = {
  year: Scalars['Int']['input'];
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
export type OrganisationEvaluationSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
export type OrganisationPropertyServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeEnded?: Scalars['Boolean']['input'];
};


/** An organisation: party organisation, committee, company or unit. */
export type OrganisationRatingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
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
  /** Old-estate renovation co-governance committee (共治委员会) */
  | 'CO_GOVERNANCE_COMMITTEE'
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

/** Outdoor workers who use warm stations. */
export type OutdoorWorkerKind =
  | 'COURIER'
  | 'DELIVERY_RIDER'
  | 'OTHER'
  | 'RIDE_HAILING_DRIVER'
  | 'SANITATION_WORKER';

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

export type PostPartyAffairsManagerInput = {
  /** An organisation of kind property company. */
  company: Scalars['ID']['input'];
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** A community worker. */
  person: Scalars['ID']['input'];
  startDate: Scalars['Date']['input'];
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
  /** Community two-committees member on an owners' committee (两委成员交叉任职业委会) */
  | 'OWNERS_COMMITTEE_SEAT'
  /** Party-affairs manager (党务经理) */
  | 'PARTY_AFFAIRS_MANAGER'
  /** Party-building instructor (党建工作指导员) */
  | 'PARTY_BUILDING_INSTRUCTOR'
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

/** The score an assessment gave one item. */
export type PropertyItemScore = Node & {
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  item: RedPropertyAssessmentItem;
  score: Scalars['Int']['output'];
};

export type PropertyItemScoreInput = {
  item: Scalars['ID']['input'];
  /** 0 to 100. */
  score: Scalars['Int']['input'];
};

/** A property company (物业企业) serving an estate over a period. */
export type PropertyService = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** The property company; null when it lies outside your scope (a company anchored to another street or community). */
  company: Maybe<Organisation>;
  /** Last day; null while it runs. */
  endDate: Maybe<Scalars['Date']['output']>;
  /** The estate served. */
  estate: Estate;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  startDate: Scalars['Date']['output'];
};

/** A page of a list, with cursors to fetch the next one. */
export type PropertyServiceConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<PropertyServiceEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<PropertyService>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type PropertyServiceEdge = {
  cursor: Scalars['String']['output'];
  node: PropertyService;
};

export type PropertyServicePayload = {
  errors: Array<UserError>;
  propertyService: Maybe<PropertyService>;
};

/** 物业星级考评: a company's yearly star rating for one estate. */
export type PropertyStarRating = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  assessedOn: Scalars['Date']['output'];
  /** Who made the assessment; null when the person lies outside your scope (an assessor from the street office, seen from a community). */
  assessor: Maybe<Person>;
  /** The property company rated; null when it lies outside your scope. */
  company: Maybe<Organisation>;
  /** The estate the rating is for. */
  estate: Estate;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  /** The score of each item, in the standard's order. */
  itemScores: Array<PropertyItemScore>;
  /** Weighted mean of the item scores, 0–100. */
  score: Scalars['Float']['output'];
  /** The standard assessed against. */
  standard: RedPropertyStandard;
  /** 1 to 5. */
  stars: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** A page of a list, with cursors to fetch the next one. */
export type PropertyStarRatingConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<PropertyStarRatingEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<PropertyStarRating>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type PropertyStarRatingEdge = {
  cursor: Scalars['String']['output'];
  node: PropertyStarRating;
};

export type PropertyStarRatingPayload = {
  errors: Array<UserError>;
  rating: Maybe<PropertyStarRating>;
};

/** The least weighted score that earns a number of stars. */
export type PropertyStarThreshold = {
  minScore: Scalars['Int']['output'];
  stars: Scalars['Int']['output'];
};

/** The least weighted score (1–100) that earns a number of stars. */
export type PropertyStarThresholdInput = {
  minScore: Scalars['Int']['input'];
  /** 2 to 5; one star is every lower score. */
  stars: Scalars['Int']['input'];
};

export type Query = {
  /** The district's audit trail, newest first: every change and every reveal of personal data. District administrators only (permission core.audit.read). */
  auditTrail: AuditEntryConnection;
  /** The district's demonstration sites (示范点), latest year first; public to the district. */
  demonstrationSites: RedPropertySiteConnection;
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
  /** Property companies rated in a year on the estates in your scope, best mean stars first. */
  propertyCompanies: OrganisationConnection;
  /** The district's red-property work standards, latest recorded first. */
  redPropertyStandards: RedPropertyStandardConnection;
  /** Needs posted by the district's communities (需求清单), oldest first. */
  serviceNeeds: ServiceNeedConnection;
  /** Secretary projects and service projects of the district (项目清单). */
  serviceProjects: ServiceProjectConnection;
  /** The district's cycle of reports; null where it runs none. */
  serviceProjectsCycle: Maybe<ServiceProjectsCycle>;
  /** Resources of the district's communities (资源清单). */
  serviceResources: ServiceResourceConnection;
  /** The district's community assets registry (社区资产台账). */
  venueAssets: VenueAssetConnection;
  /** Bookings of the district's rooms, in the order made. */
  venueBookings: VenueBookingConnection;
  /** The located venues as a GeoJSON FeatureCollection of points, for a map. */
  venueMap: Scalars['JSON']['output'];
  /** The district's venues (阵地). */
  venues: VenueConnection;
  /** Warm-heart stations (暖心驿站) of the district, filtered e.g. by service. */
  warmStations: WarmStationConnection;
};


export type QueryAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDemonstrationSitesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  level?: InputMaybe<RedPropertySiteLevel>;
  year?: InputMaybe<Scalars['Int']['input']>;
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


export type QueryPropertyCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minStars?: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};


export type QueryRedPropertyStandardsArgs = {
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


export type QueryWarmStationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WarmStationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeArchived?: Scalars['Boolean']['input'];
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

export type RecordEvaluationSessionInput = {
  /** An organisation of kind co-governance committee. */
  committee: Scalars['ID']['input'];
  heldOn: Scalars['Date']['input'];
  householdsReached: Scalars['Int']['input'];
  topic: Scalars['String']['input'];
};

/** An assessment; the score and stars are derived, never typed in. */
export type RecordPropertyAssessmentInput = {
  assessedOn: Scalars['Date']['input'];
  /** The person who assessed. */
  assessor: Scalars['ID']['input'];
  company: Scalars['ID']['input'];
  estate: Scalars['ID']['input'];
  /** One for every item of the standard. */
  scores: Array<PropertyItemScoreInput>;
  standard: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
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

/** An outdoor worker's visit to a warm station. */
export type RecordWarmStationVisitInput = {
  /** A service the station offers. */
  service: WarmStationService;
  station: Scalars['ID']['input'];
  /** With a time zone; default: now. */
  visitedAt?: InputMaybe<Scalars['DateTime']['input']>;
  workerKind: OutdoorWorkerKind;
};

/** Result of recording a visit. */
export type RecordWarmStationVisitPayload = {
  errors: Array<UserError>;
  visit: Maybe<WarmStationVisit>;
};

/** One item of the red-property work standard. */
export type RedPropertyAssessmentItem = Node & {
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  standard: RedPropertyStandard;
  title: Scalars['String']['output'];
  weight: Scalars['Int']['output'];
};

export type RedPropertyItemInput = {
  title: Scalars['String']['input'];
  /** 1 to 100, relative to the other items. */
  weight: Scalars['Int']['input'];
};

/** 示范点: a demonstration site, an estate or a property company. */
export type RedPropertySite = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** The property company designated; null when an estate is. */
  company: Maybe<Organisation>;
  /** The estate designated; null when a company is. */
  estate: Maybe<Estate>;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  level: RedPropertySiteLevel;
  name: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** A page of a list, with cursors to fetch the next one. */
export type RedPropertySiteConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<RedPropertySiteEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<RedPropertySite>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type RedPropertySiteEdge = {
  cursor: Scalars['String']['output'];
  node: RedPropertySite;
};

/** 示范点 level. */
export type RedPropertySiteLevel =
  | 'DISTRICT'
  | 'MUNICIPAL'
  | 'PROVINCIAL';

export type RedPropertySitePayload = {
  errors: Array<UserError>;
  site: Maybe<RedPropertySite>;
};

/** 红色物业工作标准: the red-property work standard assessments follow. */
export type RedPropertyStandard = Node & {
  adoptedOn: Scalars['Date']['output'];
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  /** The items assessed, in order. */
  items: Array<RedPropertyAssessmentItem>;
  name: Scalars['String']['output'];
  /** Least weighted score (0–100) for each number of stars, 1 to 5. */
  thresholds: Array<PropertyStarThreshold>;
};

/** A page of a list, with cursors to fetch the next one. */
export type RedPropertyStandardConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<RedPropertyStandardEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<RedPropertyStandard>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type RedPropertyStandardEdge = {
  cursor: Scalars['String']['output'];
  node: RedPropertyStandard;
};

export type RedPropertyStandardPayload = {
  errors: Array<UserError>;
  standard: Maybe<RedPropertyStandard>;
};

/** 红色物业 in one community: coverage, stars, sites and venues. */
export type RedPropertySummary = {
  /** Mean stars of that year's ratings; null if none. */
  averageStars: Maybe<Scalars['Float']['output']>;
  /** Public-opinion council halls (民情议事厅) on its estates. */
  councilHalls: Scalars['Int']['output'];
  /** Live estates of the community in your scope. */
  estates: Scalars['Int']['output'];
  /** Estates a property company serves today. */
  estatesCovered: Scalars['Int']['output'];
  /** Neighbour mutual-help corners (邻里互助角) on its estates. */
  mutualHelpCorners: Scalars['Int']['output'];
  /** Estates rated in that year. */
  ratedEstates: Scalars['Int']['output'];
  /** Demonstration sites among its estates. */
  sites: RedPropertySiteConnection;
  /** The year the stars are for: the one asked, else the latest rated. */
  year: Maybe<Scalars['Int']['output']>;
};


/** 红色物业 in one community: coverage, stars, sites and venues. */
export type RedPropertySummarySitesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 民情议事厅 or 邻里互助角: a venue the programme opened on an estate. */
export type RedPropertyVenue = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Whether residents deliberate there (council halls do). */
  deliberation: Scalars['Boolean']['output'];
  estate: Estate;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  kind: RedPropertyVenueKind;
  name: Scalars['String']['output'];
  openedOn: Scalars['Date']['output'];
};

/** A page of a list, with cursors to fetch the next one. */
export type RedPropertyVenueConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<RedPropertyVenueEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<RedPropertyVenue>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type RedPropertyVenueEdge = {
  cursor: Scalars['String']['output'];
  node: RedPropertyVenue;
};

/** Venues the programme opens. */
export type RedPropertyVenueKind =
  | 'COUNCIL_HALL'
  | 'MUTUAL_HELP_CORNER';

export type RedPropertyVenuePayload = {
  errors: Array<UserError>;
  venue: Maybe<RedPropertyVenue>;
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

/** The level of the place a role is granted at (nowhere: not logged in). */
export type ScopeKind =
  | 'CITY'
  | 'COMMUNITY'
  | 'DISTRICT'
  | 'GRID'
  | 'NOWHERE'
  | 'STREET';

export type SeatOnOwnersCommitteeInput = {
  /** An organisation of kind owners' committee. */
  committee: Scalars['ID']['input'];
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** A community two-committees member. */
  person: Scalars['ID']['input'];
  startDate: Scalars['Date']['input'];
};

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

/** 暖心驿站: a warm-heart station where outdoor workers can rest. */
export type WarmStation = Node & {
  address: Maybe<Scalars['String']['output']>;
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  closesAt: Scalars['Time']['output'];
  /** The community it serves. */
  community: Community;
  /** The estate it is in, if any. */
  estate: Maybe<Estate>;
  /** The co-building unit (驻区单位) hosting it, if any. */
  host: Maybe<Organisation>;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  openedOn: Scalars['Date']['output'];
  opensAt: Scalars['Time']['output'];
  /** Services offered, in a fixed order. */
  services: Array<WarmStationService>;
  /** Visits, newest first. */
  visits: WarmStationVisitConnection;
};


/** 暖心驿站: a warm-heart station where outdoor workers can rest. */
export type WarmStationVisitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a list, with cursors to fetch the next one. */
export type WarmStationConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<WarmStationEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<WarmStation>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type WarmStationEdge = {
  cursor: Scalars['String']['output'];
  node: WarmStation;
};

/** Narrows a list of warm stations. */
export type WarmStationFilter = {
  community?: InputMaybe<Scalars['ID']['input']>;
  /** Only stations open at this time of day. */
  openAt?: InputMaybe<Scalars['Time']['input']>;
  /** Part of the name. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only stations offering every one of these services. */
  services?: InputMaybe<Array<WarmStationService>>;
};

/** What a warm station offers. */
export type WarmStationService =
  | 'CHARGING'
  | 'DRINKING_WATER'
  | 'FIRST_AID'
  | 'MICROWAVE'
  | 'REST'
  | 'SHELTER'
  | 'TOILET'
  | 'WIFI';

/** One outdoor worker using one service of a warm station. */
export type WarmStationVisit = Node & {
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  service: WarmStationService;
  /** The station visited. */
  station: WarmStation;
  /** When, in UTC. */
  visitedAt: Scalars['DateTime']['output'];
  workerKind: OutdoorWorkerKind;
};

/** A page of a list, with cursors to fetch the next one. */
export type WarmStationVisitConnection = {
  /** The nodes of this page, each with its cursor. */
  edges: Array<WarmStationVisitEdge>;
  /** The nodes of this page, without cursors. */
  nodes: Array<WarmStationVisit>;
  pageInfo: PageInfo;
  /** Number of items in the whole list, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A node and its cursor. */
export type WarmStationVisitEdge = {
  cursor: Scalars['String']['output'];
  node: WarmStationVisit;
};

export type CreateMicroGridMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateMicroGridMutation = { createGrid: { grid: { id: string, code: string, parent: { id: string, code: string } | null } | null, errors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type DistrictOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictOverviewQuery = { district: { id: string, code: string, name: string, enabledPlugins: Array<string>, streets: { totalCount: number, nodes: Array<{ id: string, code: string, name: string, kind: StreetKind, communities: { totalCount: number } }> }, indicators: Array<{ key: string, label: string, value: number, count: number | null }> } };

export type StreetSummaryFragment = { id: string, code: string, name: string, kind: StreetKind, communities: { totalCount: number } };

export type FigureFragment = { key: string, label: string, value: number, count: number | null };

export type DistrictTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictTreeQuery = { district: { id: string, streets: { totalCount: number, nodes: Array<{ code: string, name: string, id: string, communities: { totalCount: number, nodes: Array<{ code: string, name: string, id: string, partyBuildingGrids: { totalCount: number }, grids: { totalCount: number, nodes: Array<{ code: string, name: string, id: string, subGrids: { totalCount: number } }> } }> } }> } } };

type PlaceName_AuditEntry_Fragment = { id: string };

type PlaceName_Building_Fragment = { id: string };

type PlaceName_Community_Fragment = { code: string, name: string, id: string };

type PlaceName_District_Fragment = { id: string };

type PlaceName_DualReportClaim_Fragment = { id: string };

type PlaceName_DualReportRegistration_Fragment = { id: string };

type PlaceName_DualReportService_Fragment = { id: string };

type PlaceName_Estate_Fragment = { id: string };

type PlaceName_EvaluationSession_Fragment = { id: string };

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

type PlaceName_PropertyItemScore_Fragment = { id: string };

type PlaceName_PropertyService_Fragment = { id: string };

type PlaceName_PropertyStarRating_Fragment = { id: string };

type PlaceName_RedPropertyAssessmentItem_Fragment = { id: string };

type PlaceName_RedPropertySite_Fragment = { id: string };

type PlaceName_RedPropertyStandard_Fragment = { id: string };

type PlaceName_RedPropertyVenue_Fragment = { id: string };

type PlaceName_ServiceNeed_Fragment = { id: string };

type PlaceName_ServiceProject_Fragment = { id: string };

type PlaceName_ServiceProjectReport_Fragment = { id: string };

type PlaceName_ServiceProjectSpending_Fragment = { id: string };

type PlaceName_ServiceResource_Fragment = { id: string };

type PlaceName_Street_Fragment = { code: string, name: string, id: string };

type PlaceName_Venue_Fragment = { id: string };

type PlaceName_VenueAsset_Fragment = { id: string };

type PlaceName_VenueBooking_Fragment = { id: string };

type PlaceName_WarmStation_Fragment = { id: string };

type PlaceName_WarmStationVisit_Fragment = { id: string };

export type PlaceNameFragment = PlaceName_AuditEntry_Fragment | PlaceName_Building_Fragment | PlaceName_Community_Fragment | PlaceName_District_Fragment | PlaceName_DualReportClaim_Fragment | PlaceName_DualReportRegistration_Fragment | PlaceName_DualReportService_Fragment | PlaceName_Estate_Fragment | PlaceName_EvaluationSession_Fragment | PlaceName_Grid_Fragment | PlaceName_GridAssignment_Fragment | PlaceName_GridEvent_Fragment | PlaceName_GridEventTransition_Fragment | PlaceName_GridEventType_Fragment | PlaceName_Household_Fragment | PlaceName_Identity_Fragment | PlaceName_Organisation_Fragment | PlaceName_Person_Fragment | PlaceName_Post_Fragment | PlaceName_PropertyItemScore_Fragment | PlaceName_PropertyService_Fragment | PlaceName_PropertyStarRating_Fragment | PlaceName_RedPropertyAssessmentItem_Fragment | PlaceName_RedPropertySite_Fragment | PlaceName_RedPropertyStandard_Fragment | PlaceName_RedPropertyVenue_Fragment | PlaceName_ServiceNeed_Fragment | PlaceName_ServiceProject_Fragment | PlaceName_ServiceProjectReport_Fragment | PlaceName_ServiceProjectSpending_Fragment | PlaceName_ServiceResource_Fragment | PlaceName_Street_Fragment | PlaceName_Venue_Fragment | PlaceName_VenueAsset_Fragment | PlaceName_VenueBooking_Fragment | PlaceName_WarmStation_Fragment | PlaceName_WarmStationVisit_Fragment;

export type DualReportMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type DualReportMembersQuery = { district: { id: string, indicators: Array<{ key: string, label: string, value: number, count: number | null }>, communities: { nodes: Array<{ id: string, name: string, dualReportRegistrations: { totalCount: number, nodes: Array<{ id: string, registeredOn: string, hours: number, branch: { id: string, name: string } | null, employer: { id: string, name: string } | null, services: { totalCount: number, nodes: Array<{ id: string, servedOn: string, hours: number, description: string, need: { id: string, title: string } | null }> }, claims: { nodes: Array<{ id: string, claimedOn: string, need: { open: boolean, id: string, title: string } | null }> } }> } }> } } };

export type NeedSummaryFragment = { id: string, title: string };

export type FiveLevelsQueryVariables = Exact<{ [key: string]: never; }>;


export type FiveLevelsQuery = { district: { id: string, organisations: { totalCount: number, nodes: Array<{ id: string, kind: OrganisationKind, name: string, anchor: { id: string, doorNumber: string, building: { id: string, number: string, estate: { id: string, name: string } } } | {} | null, parent: { id: string, kind: OrganisationKind, name: string, parent: { id: string, kind: OrganisationKind, name: string, anchor: { id: string, code: string, kind: GridKind } | {} | null, posts: { nodes: Array<{ id: string, role: PostRole, person: { id: string, name: string } }> }, parent: { id: string, kind: OrganisationKind, name: string, parent: { id: string, kind: OrganisationKind, name: string } | null } | null } | null } | null }> } } };

export type OrganisationNameFragment = { id: string, kind: OrganisationKind, name: string };

export type GridDrillDownQueryVariables = Exact<{
  community?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type GridDrillDownQuery = { district: { id: string, grids: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, community: { id: string, name: string, street: { id: string, name: string } }, assignments: { nodes: Array<{ id: string, kind: AssignmentKind, person: { id: string, name: string, phone: string | null } }> }, subGrids: { nodes: Array<{ id: string, code: string, buildings: { nodes: Array<{ id: string, number: string, estate: { id: string, name: string }, households: { nodes: Array<{ id: string, doorNumber: string, members: { nodes: Array<{ gender: Gender, id: string, name: string, phone: string | null }> } }> } }> } }> } }> } } };

export type ResidentFragment = { id: string, name: string, phone: string | null };

export type RedPropertyCommunitiesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type RedPropertyCommunitiesQuery = { district: { id: string, communities: { totalCount: number, nodes: Array<{ id: string, code: string, name: string, redProperty: { estates: number, estatesCovered: number, year: number | null, ratedEstates: number, averageStars: number | null } }> } } };

export type VenuesMapQueryVariables = Exact<{ [key: string]: never; }>;


export type VenuesMapQuery = { venueMap: import('../../json.js').JsonValue, district: { id: string, indicators: Array<{ key: string, label: string, value: number, count: number | null }>, communities: { nodes: Array<{ id: string, name: string, venues: { totalCount: number, nodes: Array<{ id: string, name: string, kind: VenueKind, function: VenueSiteFunction | null, services: Array<VenueService>, hours: Array<{ weekday: number, opensAt: string, closesAt: string }>, location: { longitude: number, latitude: number, coordinateSystem: VenueCoordinateSystem } | null, community: { id: string, name: string } }> }, venueAssets: { totalCount: number, nodes: Array<{ id: string, name: string, area: number, idle: boolean, useBefore: string | null, useAfter: string | null, putToUseOn: string | null, venue: { id: string, name: string } | null, bookings: { nodes: Array<{ id: string, startsAt: string, endsAt: string, purpose: string, organisation: { id: string, name: string } | null }> } }> }, estates: { nodes: Array<{ id: string, name: string, allVenues: Array<{ plugin: string, kind: string, name: string, deliberation: boolean }> }> } }> } }, venues: { totalCount: number, nodes: Array<{ id: string, name: string, kind: VenueKind, function: VenueSiteFunction | null, services: Array<VenueService>, hours: Array<{ weekday: number, opensAt: string, closesAt: string }>, location: { longitude: number, latitude: number, coordinateSystem: VenueCoordinateSystem } | null, community: { id: string, name: string } }> } };

export type VenueCardFragment = { id: string, name: string, kind: VenueKind, function: VenueSiteFunction | null, services: Array<VenueService>, hours: Array<{ weekday: number, opensAt: string, closesAt: string }>, location: { longitude: number, latitude: number, coordinateSystem: VenueCoordinateSystem } | null, community: { id: string, name: string } };

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
export const NeedSummaryFragmentDoc = new TypedDocumentString(`
    fragment NeedSummary on DualReportNeed {
  id
  title
}
    `, {"fragmentName":"NeedSummary"}) as unknown as TypedDocumentString<NeedSummaryFragment, unknown>;
export const OrganisationNameFragmentDoc = new TypedDocumentString(`
    fragment OrganisationName on Organisation {
  id
  kind
  name
}
    `, {"fragmentName":"OrganisationName"}) as unknown as TypedDocumentString<OrganisationNameFragment, unknown>;
export const ResidentFragmentDoc = new TypedDocumentString(`
    fragment Resident on Person {
  id
  name
  phone
}
    `, {"fragmentName":"Resident"}) as unknown as TypedDocumentString<ResidentFragment, unknown>;
export const VenueCardFragmentDoc = new TypedDocumentString(`
    fragment VenueCard on Venue {
  id
  name
  kind
  function
  services
  hours {
    weekday
    opensAt
    closesAt
  }
  location {
    longitude
    latitude
    coordinateSystem
  }
  community {
    id
    name
  }
}
    `, {"fragmentName":"VenueCard"}) as unknown as TypedDocumentString<VenueCardFragment, unknown>;
export const CreateMicroGridDocument = new TypedDocumentString(`
    mutation CreateMicroGrid {
  createGrid(
    input: {community: "Q29tbXVuaXR5OjE", kind: MICRO, code: "320902001001999", name: "新微网格"}
  ) {
    grid {
      id
      code
      parent {
        id
        code
      }
    }
    errors {
      field
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CreateMicroGridMutation, CreateMicroGridMutationVariables>;
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
export const DualReportMembersDocument = new TypedDocumentString(`
    query DualReportMembers {
  district {
    id
    indicators(prefix: "dual_report.") {
      key
      label
      value
      count
    }
    communities(first: 2) {
      nodes {
        id
        name
        dualReportRegistrations(first: 5) {
          totalCount
          nodes {
            id
            registeredOn
            hours
            branch {
              id
              name
            }
            employer {
              id
              name
            }
            services(first: 3) {
              totalCount
              nodes {
                id
                servedOn
                hours
                description
                need {
                  ...NeedSummary
                }
              }
            }
            claims(first: 3) {
              nodes {
                id
                claimedOn
                need {
                  ...NeedSummary
                  open
                }
              }
            }
          }
        }
      }
    }
  }
}
    fragment NeedSummary on DualReportNeed {
  id
  title
}`) as unknown as TypedDocumentString<DualReportMembersQuery, DualReportMembersQueryVariables>;
export const FiveLevelsDocument = new TypedDocumentString(`
    query FiveLevels {
  district {
    id
    organisations(first: 3, filter: {kind: PARTY_MEMBER_HOUSEHOLD}) {
      totalCount
      nodes {
        ...OrganisationName
        anchor {
          ... on Household {
            id
            doorNumber
            building {
              id
              number
              estate {
                id
                name
              }
            }
          }
        }
        parent {
          ...OrganisationName
          parent {
            ...OrganisationName
            anchor {
              ... on Grid {
                id
                code
                kind
              }
            }
            posts(first: 3) {
              nodes {
                id
                role
                person {
                  id
                  name
                }
              }
            }
            parent {
              ...OrganisationName
              parent {
                ...OrganisationName
              }
            }
          }
        }
      }
    }
  }
}
    fragment OrganisationName on Organisation {
  id
  kind
  name
}`) as unknown as TypedDocumentString<FiveLevelsQuery, FiveLevelsQueryVariables>;
export const GridDrillDownDocument = new TypedDocumentString(`
    query GridDrillDown($community: ID, $first: Int = 5) {
  district {
    id
    grids(first: $first, filter: {kind: COMPREHENSIVE, community: $community}) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        code
        name
        community {
          id
          name
          street {
            id
            name
          }
        }
        assignments(first: 5) {
          nodes {
            id
            kind
            person {
              ...Resident
            }
          }
        }
        subGrids(first: $first) {
          nodes {
            id
            code
            buildings(first: $first) {
              nodes {
                id
                number
                estate {
                  id
                  name
                }
                households(first: $first) {
                  nodes {
                    id
                    doorNumber
                    members(first: 10) {
                      nodes {
                        ...Resident
                        gender
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
    fragment Resident on Person {
  id
  name
  phone
}`) as unknown as TypedDocumentString<GridDrillDownQuery, GridDrillDownQueryVariables>;
export const RedPropertyCommunitiesDocument = new TypedDocumentString(`
    query RedPropertyCommunities($first: Int = 5) {
  district {
    id
    communities(first: $first) {
      totalCount
      nodes {
        id
        code
        name
        redProperty {
          estates
          estatesCovered
          year
          ratedEstates
          averageStars
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RedPropertyCommunitiesQuery, RedPropertyCommunitiesQueryVariables>;
export const VenuesMapDocument = new TypedDocumentString(`
    query VenuesMap {
  district {
    id
    indicators(prefix: "venues.") {
      key
      label
      value
      count
    }
    communities(first: 1) {
      nodes {
        id
        name
        venues(first: 5) {
          totalCount
          nodes {
            ...VenueCard
          }
        }
        venueAssets(first: 3, filter: {kind: ROOM}) {
          totalCount
          nodes {
            id
            name
            area
            idle
            useBefore
            useAfter
            putToUseOn
            venue {
              id
              name
            }
            bookings(first: 3) {
              nodes {
                id
                startsAt
                endsAt
                purpose
                organisation {
                  id
                  name
                }
              }
            }
          }
        }
        estates(first: 1) {
          nodes {
            id
            name
            allVenues {
              plugin
              kind
              name
              deliberation
            }
          }
        }
      }
    }
  }
  venues(
    first: 5
    filter: {kind: WARM_HEART_STATION, services: [MICROWAVE], openAt: {weekday: 1, time: "22:00:00"}}
  ) {
    totalCount
    nodes {
      ...VenueCard
    }
  }
  venueMap(coordinateSystem: GCJ02)
}
    fragment VenueCard on Venue {
  id
  name
  kind
  function
  services
  hours {
    weekday
    opensAt
    closesAt
  }
  location {
    longitude
    latitude
    coordinateSystem
  }
  community {
    id
    name
  }
}`) as unknown as TypedDocumentString<VenuesMapQuery, VenuesMapQueryVariables>;