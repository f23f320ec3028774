"""Warm-heart stations (暖心驿站): rest stops for outdoor workers, as a gridgov plugin.

Couriers, delivery riders, sanitation workers and ride-hailing drivers spend the
day outside and belong to no estate. A community, an estate or a co-building unit
opens a station where they can drink water, charge a phone, heat a meal, rest and
use a toilet. Tinghu district runs 215 of them. The plugin records the stations,
the services each offers, opening hours and every visit.

This package is an example of a third-party plugin: it is installed with pip and
found through the entry-point group ``gridgov.plugins``, like any outside plugin.
"""
