"""Dual report, dual service (双报到双服务): in-service party members serving where they live.

A party member in employment (在职党员) reports to the grid party branch of the
community where they live, besides their employer's party organisation, and serves
there as a volunteer. The plugin records each registration (reusing core's
in-service party member identity, which names the branch reported to), the
volunteer services done (at most 24 hours per person and day) and the community's
service needs members claim (认领) — needs another programme reports through the
``gridgov_service_needs`` hook. See README.md.
"""
