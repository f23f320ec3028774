"""Shared fixtures come from the gridgov pytest plugin (core/testing.py)."""
