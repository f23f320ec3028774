"""Registers (台账): a district's places, people and posts as spreadsheets, in and out.

A data office keeps its registers in spreadsheets; ``gridgov import`` reads one
register (one kind of row: streets, grids, people...) from a CSV or XLSX file and
``gridgov export`` writes one out, with the viewer's masking. Each kind is a
:class:`~core.registers.base.Register`: its columns (a Chinese header and an English
alias each), its natural key, how a batch of rows is checked and written and how its
rows are read back. Core declares its own (:mod:`core.registers.core_kinds`, and
:mod:`core.registers.organisations` for organisations and posts); a plugin
adds its own through ``gridgov_registers``.

An import is one transaction: every row is checked against the rules the mutations
enforce, with the same error codes; rows whose natural key exists update that row
instead of adding one; if any row is refused nothing is written and a report lists
every refused row (:mod:`core.registers.run`).
"""
