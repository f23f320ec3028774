"""Workforce (社区工作者队伍): the people who run the grids, in Yandu's "1+8" career system.

A training alliance (培训联盟) runs courses and sessions that community workers, grid
workers and volunteers attend; certified social workers (持证社工) hold a certificate of
a level from a day. The career system (职业体系) gives every community a quota of
community-worker seats, fills them by recruitment with people holding core's community
worker identity, and grades them on pay bands, with promotions kept as history. See
README.md.
"""
