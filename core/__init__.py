"""gridgov: a GraphQL platform for party-led grid governance."""

__version__ = "0.1.0"
