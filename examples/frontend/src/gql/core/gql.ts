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
};
const documents: Documents = {
    "query DistrictOverview {\n  district {\n    id\n    code\n    name\n    enabledPlugins\n    streets(first: 10) {\n      totalCount\n      nodes {\n        ...StreetSummary\n      }\n    }\n    indicators {\n      ...Figure\n    }\n  }\n}\n\nfragment StreetSummary on Street {\n  id\n  code\n  name\n  kind\n  communities {\n    totalCount\n  }\n}\n\nfragment Figure on Indicator {\n  key\n  label\n  value\n  count\n}": types.DistrictOverviewDocument,
    "query DistrictTree {\n  district {\n    id\n    streets(first: 20) {\n      totalCount\n      nodes {\n        ...PlaceName\n        communities(first: 40) {\n          totalCount\n          nodes {\n            ...PlaceName\n            partyBuildingGrids: grids(first: 1, filter: {kind: PARTY_BUILDING}) {\n              totalCount\n            }\n            grids(first: 40, filter: {kind: COMPREHENSIVE}) {\n              totalCount\n              nodes {\n                ...PlaceName\n                subGrids(first: 1) {\n                  totalCount\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}\n\nfragment PlaceName on Node {\n  id\n  ... on Street {\n    code\n    name\n  }\n  ... on Community {\n    code\n    name\n  }\n  ... on Grid {\n    code\n    name\n  }\n}": types.DistrictTreeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DistrictOverview {\n  district {\n    id\n    code\n    name\n    enabledPlugins\n    streets(first: 10) {\n      totalCount\n      nodes {\n        ...StreetSummary\n      }\n    }\n    indicators {\n      ...Figure\n    }\n  }\n}\n\nfragment StreetSummary on Street {\n  id\n  code\n  name\n  kind\n  communities {\n    totalCount\n  }\n}\n\nfragment Figure on Indicator {\n  key\n  label\n  value\n  count\n}"): typeof import('./graphql').DistrictOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DistrictTree {\n  district {\n    id\n    streets(first: 20) {\n      totalCount\n      nodes {\n        ...PlaceName\n        communities(first: 40) {\n          totalCount\n          nodes {\n            ...PlaceName\n            partyBuildingGrids: grids(first: 1, filter: {kind: PARTY_BUILDING}) {\n              totalCount\n            }\n            grids(first: 40, filter: {kind: COMPREHENSIVE}) {\n              totalCount\n              nodes {\n                ...PlaceName\n                subGrids(first: 1) {\n                  totalCount\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}\n\nfragment PlaceName on Node {\n  id\n  ... on Street {\n    code\n    name\n  }\n  ... on Community {\n    code\n    name\n  }\n  ... on Grid {\n    code\n    name\n  }\n}"): typeof import('./graphql').DistrictTreeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
