"""Venues (阵地): where the party and the masses meet, and the rooms that make them.

Party-mass service centres (党群服务中心), grid stations (网格驿站), "warm heart"
stations (暖心驿站) and function sites (功能场所: red cinemas, health huts, couriers'
classrooms), with their opening hours, services and map coordinates; the community
assets registry (社区资产台账) of rooms and spaces put to use; and bookings of rooms
by organisations, never overlapping. Other programmes' venues on an estate (council
halls, mutual-help corners) join this programme's through the ``gridgov_venues``
hook. See README.md.
"""
