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

/** Fields places with a division code are ordered by. */
export type CodedOrder =
  | 'CODE'
  | 'NAME';

/** 社区 or 村: a community or village with a twelve-digit code. */
export type Community = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  code: Scalars['String']['output'];
  /** Estates and rural settlements of the community. */
  estates: EstateConnection;
  /** Grids of the community; micro-grids also appear under their parent. */
  grids: GridConnection;
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  kind: CommunityKind;
  name: Scalars['String']['output'];
  /** Organisations anchored to the community. */
  organisations: OrganisationConnection;
  street: Street;
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

export type CreateStreetInput = {
  /** Nine digits starting with the district's code. */
  code: Scalars['String']['input'];
  kind?: StreetKind;
  name: Scalars['String']['input'];
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

export type EndPeriodInput = {
  /** Last day; null reopens the period. */
  end?: InputMaybe<Scalars['Date']['input']>;
  id: Scalars['ID']['input'];
};

/** 小区: an estate; rural concentrated settlements are estates too. */
export type Estate = Node & {
  address: Maybe<Scalars['String']['output']>;
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
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
  /** People living in the household. */
  members: PersonConnection;
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
  /** Archive any object by Global ID; nothing is deleted. Refused while live objects depend on it; parts its programme declares are archived with it. */
  archive: ArchivePayload;
  /** Add a building (楼栋) to an estate, optionally in a grid of the same community. */
  createBuilding: BuildingPayload;
  /** Add a community (社区) or village (村) to a street. */
  createCommunity: CommunityPayload;
  /** Add an estate (小区) or rural settlement to a community. */
  createEstate: EstatePayload;
  /** Add a grid to a community; a micro-grid needs a comprehensive parent grid. */
  createGrid: GridPayload;
  /** Assign a person to a grid as grid worker or grid head. */
  createGridAssignment: GridAssignmentPayload;
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
  /** Add a street (街道) or town (镇) to the district. */
  createStreet: StreetPayload;
  /** Set (or clear) the last day of a grid assignment. */
  endGridAssignment: GridAssignmentPayload;
  /** Set (or clear) the last day of an identity. */
  endIdentity: IdentityPayload;
  /** Set (or clear) the last day of a post. */
  endPost: PostPayload;
  /** Exchange an account's name and password for a bearer token. */
  login: LoginPayload;
  /** Restore an archived object, with what was archived with it. Refused while it points at an archived object. */
  restore: ArchivePayload;
  /** Revoke the token this request came with (log out), or every token of the account. */
  revokeToken: RevokeTokenPayload;
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
  /** Change a household's door number. */
  updateHousehold: HouseholdPayload;
  /** Rename an organisation or move it under another parent its kind allows. */
  updateOrganisation: OrganisationPayload;
  /** Correct a person's details or move them to another household. */
  updatePerson: PersonPayload;
  /** Rename a street or change its kind. */
  updateStreet: StreetPayload;
};


export type MutationArchiveArgs = {
  input: ArchiveInput;
};


export type MutationCreateBuildingArgs = {
  input: CreateBuildingInput;
};


export type MutationCreateCommunityArgs = {
  input: CreateCommunityInput;
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


export type MutationCreateStreetArgs = {
  input: CreateStreetInput;
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


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationRestoreArgs = {
  input: ArchiveInput;
};


export type MutationRevokeTokenArgs = {
  input: RevokeTokenInput;
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


export type MutationUpdateHouseholdArgs = {
  input: UpdateHouseholdInput;
};


export type MutationUpdateOrganisationArgs = {
  input: UpdateOrganisationInput;
};


export type MutationUpdatePersonArgs = {
  input: UpdatePersonInput;
};


export type MutationUpdateStreetArgs = {
  input: UpdateStreetInput;
};

/** An object with a Global ID. */
export type Node = {
  /** Opaque Global ID of the object. */
  id: Scalars['ID']['output'];
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
};


/** An organisation: party organisation, committee, company or unit. */
export type OrganisationChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganisationFilter>;
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

/** 人: a person, with identities, posts and grid assignments as data. */
export type Person = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** Birth date: personal data, null unless revealed (the ID number holds it, so showing it would unmask the ID number). With reveal: true, the date, for roles holding core.person.id_number; each reveal is audited. */
  birthDate: Maybe<Scalars['Date']['output']>;
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
};


/** 人: a person, with identities, posts and grid assignments as data. */
export type PersonBirthDateArgs = {
  reveal?: Scalars['Boolean']['input'];
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
  /** Part-time committee member (兼职委员) */
  | 'PART_TIME_COMMITTEE_MEMBER'
  /** Secretary (书记) */
  | 'SECRETARY';

export type Query = {
  /** The district's audit trail, newest first: every change and every reveal of personal data. District administrators only (permission core.audit.read). */
  auditTrail: AuditEntryConnection;
  /** The district this endpoint serves. */
  district: District;
  /** The account this request is made by. */
  me: Me;
  /** Fetch an object by Global ID. */
  node: Maybe<Node>;
  /** Fetch up to 100 objects by Global ID. */
  nodes: Array<Maybe<Node>>;
};


export type QueryAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
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

/** 街道 or 镇: a street-level division with a nine-digit code. */
export type Street = Node & {
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  code: Scalars['String']['output'];
  /** Communities and villages of the street. */
  communities: CommunityConnection;
  district: District;
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

type PlaceName_Estate_Fragment = { id: string };

type PlaceName_Grid_Fragment = { code: string, name: string, id: string };

type PlaceName_GridAssignment_Fragment = { id: string };

type PlaceName_Household_Fragment = { id: string };

type PlaceName_Identity_Fragment = { id: string };

type PlaceName_Organisation_Fragment = { id: string };

type PlaceName_Person_Fragment = { id: string };

type PlaceName_Post_Fragment = { id: string };

type PlaceName_Street_Fragment = { code: string, name: string, id: string };

export type PlaceNameFragment = PlaceName_AuditEntry_Fragment | PlaceName_Building_Fragment | PlaceName_Community_Fragment | PlaceName_District_Fragment | PlaceName_Estate_Fragment | PlaceName_Grid_Fragment | PlaceName_GridAssignment_Fragment | PlaceName_Household_Fragment | PlaceName_Identity_Fragment | PlaceName_Organisation_Fragment | PlaceName_Person_Fragment | PlaceName_Post_Fragment | PlaceName_Street_Fragment;

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