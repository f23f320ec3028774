export class TypedDocumentString extends String {
    __apiType;
    value;
    __meta__;
    constructor(value, __meta__) {
        super(value);
        this.value = value;
        this.__meta__ = __meta__;
    }
    toString() {
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
    `, { "fragmentName": "StreetSummary" });
export const FigureFragmentDoc = new TypedDocumentString(`
    fragment Figure on Indicator {
  key
  label
  value
  count
}
    `, { "fragmentName": "Figure" });
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
    `, { "fragmentName": "PlaceName" });
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
}`);
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
}`);
