"""How the venues programme's plain relations read in SQL (``gridgov_sql_forms``).

Opening hours, locations, bookings' overlaps and programme venues are worked out in
Python: their resolvers answer them.
"""

from __future__ import annotations

from collections.abc import Mapping

from core.db import models as core
from core.graphql.compile.forms import Relation, SqlForm
from plugins.venues import models

FORMS: Mapping[str, SqlForm] = {
    "Venue.community": Relation(core.Community, "community_id"),
    "Venue.estate": Relation(core.Estate, "estate_id"),
    "VenueAsset.community": Relation(core.Community, "community_id"),
    "VenueAsset.venue": Relation(models.Venue, "venue_id"),
    "VenueBooking.room": Relation(models.Asset, "room_id"),
    "VenueBooking.organisation": Relation(core.Organisation, "organisation_id"),
}
