"""Grid events (民生实事一网通办): livelihood matters handled through one network.

Needs are found in the grid, hidden dangers are checked in the grid, disputes are
settled in the grid and services are delivered in the grid. A resident or a grid
worker reports an event in a grid, of a type the district defines as data; the
event moves through an accepted → assigned → in progress → resolved → closed
lifecycle, escalates up the grid tree (grid → community → street) by hand or when
its time limit passes, and every change is kept in its history and pushed live to
subscribers. See ``README.md``.
"""
