"""A plugin that implements every hook, so the contract's tests can exercise each one.

It models notices (公告) pinned on estates. It is registered only by the tests.
"""
