"""``make bench``: gridgov at the real scale of a district (see tests/bench/run.py)."""
