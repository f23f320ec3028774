/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query DistrictOverview {\n  district {\n    id\n    code\n    name\n    enabledPlugins\n    streets(first: 10) {\n      totalCount\n      nodes {\n        ...StreetSummary\n      }\n    }\n    indicators {\n      ...Figure\n    }\n  }\n}\n\nfragment StreetSummary on Street {\n  id\n  code\n  name\n  kind\n  communities {\n    totalCount\n  }\n}\n\nfragment Figure on Indicator {\n  key\n  label\n  value\n  count\n}": typeof types.DistrictOverviewDocument,
    "query DistrictTree {\n  district {\n    id\n    streets(first: 20) {\n      totalCount\n      nodes {\n        ...PlaceName\n        communities(first: 40) {\n          totalCount\n          nodes {\n            ...PlaceName\n            partyBuildingGrids: grids(first: 1, filter: {kind: PARTY_BUILDING}) {\n              totalCount\n            }\n            grids(first: 40, filter: {kind: COMPREHENSIVE}) {\n              totalCount\n              nodes {\n                ...PlaceName\n                subGrids(first: 1) {\n                  totalCount\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}\n\nfragment PlaceName on Node {\n  id\n  ... on Street {\n    code\n    name\n  }\n  ... on Community {\n    code\n    name\n  }\n  ... on Grid {\n    code\n    name\n  }\n}": typeof types.DistrictTreeDocument,
    "query InServicePartyMembers($after: String) {\n  district {\n    id\n    people(first: 20, after: $after, filter: {identity: IN_SERVICE_PARTY_MEMBER}) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        phone\n        identities(first: 5) {\n          nodes {\n            id\n            kind\n            since\n            organisation {\n              id\n              name\n              anchor {\n                ... on Grid {\n                  id\n                  code\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.InServicePartyMembersDocument,
    "query SixHavesEstates($first: Int = 5) {\n  district {\n    id\n    estates(first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        community {\n          id\n          name\n        }\n        sixHaves {\n          asOf\n          score\n          allSix\n          missing\n        }\n      }\n    }\n  }\n}": typeof types.SixHavesEstatesDocument,
};
const documents: Documents = {
    "query DistrictOverview {\n  district {\n    id\n    code\n    name\n    enabledPlugins\n    streets(first: 10) {\n      totalCount\n      nodes {\n        ...StreetSummary\n      }\n    }\n    indicators {\n      ...Figure\n    }\n  }\n}\n\nfragment StreetSummary on Street {\n  id\n  code\n  name\n  kind\n  communities {\n    totalCount\n  }\n}\n\nfragment Figure on Indicator {\n  key\n  label\n  value\n  count\n}": types.DistrictOverviewDocument,
    "query DistrictTree {\n  district {\n    id\n    streets(first: 20) {\n      totalCount\n      nodes {\n        ...PlaceName\n        communities(first: 40) {\n          totalCount\n          nodes {\n            ...PlaceName\n            partyBuildingGrids: grids(first: 1, filter: {kind: PARTY_BUILDING}) {\n              totalCount\n            }\n            grids(first: 40, filter: {kind: COMPREHENSIVE}) {\n              totalCount\n              nodes {\n                ...PlaceName\n                subGrids(first: 1) {\n                  totalCount\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}\n\nfragment PlaceName on Node {\n  id\n  ... on Street {\n    code\n    name\n  }\n  ... on Community {\n    code\n    name\n  }\n  ... on Grid {\n    code\n    name\n  }\n}": types.DistrictTreeDocument,
    "query InServicePartyMembers($after: String) {\n  district {\n    id\n    people(first: 20, after: $after, filter: {identity: IN_SERVICE_PARTY_MEMBER}) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        phone\n        identities(first: 5) {\n          nodes {\n            id\n            kind\n            since\n            organisation {\n              id\n              name\n              anchor {\n                ... on Grid {\n                  id\n                  code\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}": types.InServicePartyMembersDocument,
    "query SixHavesEstates($first: Int = 5) {\n  district {\n    id\n    estates(first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        community {\n          id\n          name\n        }\n        sixHaves {\n          asOf\n          score\n          allSix\n          missing\n        }\n      }\n    }\n  }\n}": types.SixHavesEstatesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DistrictOverview {\n  district {\n    id\n    code\n    name\n    enabledPlugins\n    streets(first: 10) {\n      totalCount\n      nodes {\n        ...StreetSummary\n      }\n    }\n    indicators {\n      ...Figure\n    }\n  }\n}\n\nfragment StreetSummary on Street {\n  id\n  code\n  name\n  kind\n  communities {\n    totalCount\n  }\n}\n\nfragment Figure on Indicator {\n  key\n  label\n  value\n  count\n}"): typeof import('./graphql').DistrictOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DistrictTree {\n  district {\n    id\n    streets(first: 20) {\n      totalCount\n      nodes {\n        ...PlaceName\n        communities(first: 40) {\n          totalCount\n          nodes {\n            ...PlaceName\n            partyBuildingGrids: grids(first: 1, filter: {kind: PARTY_BUILDING}) {\n              totalCount\n            }\n            grids(first: 40, filter: {kind: COMPREHENSIVE}) {\n              totalCount\n              nodes {\n                ...PlaceName\n                subGrids(first: 1) {\n                  totalCount\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}\n\nfragment PlaceName on Node {\n  id\n  ... on Street {\n    code\n    name\n  }\n  ... on Community {\n    code\n    name\n  }\n  ... on Grid {\n    code\n    name\n  }\n}"): typeof import('./graphql').DistrictTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InServicePartyMembers($after: String) {\n  district {\n    id\n    people(first: 20, after: $after, filter: {identity: IN_SERVICE_PARTY_MEMBER}) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        phone\n        identities(first: 5) {\n          nodes {\n            id\n            kind\n            since\n            organisation {\n              id\n              name\n              anchor {\n                ... on Grid {\n                  id\n                  code\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').InServicePartyMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SixHavesEstates($first: Int = 5) {\n  district {\n    id\n    estates(first: $first) {\n      totalCount\n      nodes {\n        id\n        name\n        community {\n          id\n          name\n        }\n        sixHaves {\n          asOf\n          score\n          allSix\n          missing\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').SixHavesEstatesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
