"""Six Haves mechanism (六有机制): what every estate should have, derived from data.

Yandu district asks that every estate or rural settlement have an organisation to
manage it, people to do the work, a place to deliberate, rules to handle matters,
funds to get things done and a network to take in matters. This plugin answers,
for each estate, which of the six it has and which it lacks, from the data the
platform already holds (core organisations, posts, identities, grids and grid
assignments; other programmes' venues through the ``gridgov_venues`` hook) and
from the few records only this programme keeps: deliberation venues, adopted
rules and funding. The answer carries its evidence, and the programme's cycle of
checks (monthly reports, half-year check, yearly evaluation) is kept as snapshots.
"""
