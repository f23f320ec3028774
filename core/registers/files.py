"""Spreadsheets in and out: CSV (UTF-8, with the byte-order mark Excel expects) and XLSX.

Both are streamed: a CSV line by line, an XLSX through openpyxl's read-only and
write-only modes, so a file of a million rows never sits in memory whole. Every cell
is text: codes and ID numbers keep their leading zeros, and a spreadsheet that stored
them as numbers (or dates as dates) is read back as the same text.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

FORMATS = ("csv", "xlsx")


class FileError(Exception):
    """A file that cannot be read as a register; the message says why."""


def format_of(path: Path) -> str:
    """``csv`` or ``xlsx``, from the file's suffix."""
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise FileError(f"{path}: a register is a .csv or .xlsx file")
    return suffix


def _cell(value: Any) -> str | None:
    """A cell as text, None when empty."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date() if value.time() == dt.time() else value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


@contextmanager
def read_rows(path: Path) -> Iterator[Iterator[list[str | None]]]:
    """The rows of a file, the header first, each as a list of trimmed texts."""
    kind = format_of(path)
    if kind == "csv":
        try:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                yield ([_cell(v) for v in row] for row in csv.reader(handle))
        except UnicodeDecodeError as error:
            raise FileError(f"{path} is not UTF-8 text: save it as CSV UTF-8") from error
        except OSError as error:
            raise FileError(f"cannot read {path}: {error.strerror}") from error
        return
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except OSError as error:
        raise FileError(f"cannot read {path}: {error.strerror}") from error
    except Exception as error:  # openpyxl raises what zipfile and its parser raise
        raise FileError(f"{path} is not an XLSX workbook: {error}") from error
    try:
        sheet = book.worksheets[0]
        yield ([_cell(v) for v in row] for row in sheet.iter_rows(values_only=True))
    finally:
        book.close()


def write_rows(path: Path, header: Sequence[str], rows: Iterable[Sequence[str | None]]) -> int:
    """Write a header and rows to ``path`` (CSV or XLSX by its suffix); returns the row count."""
    writer = SheetWriter(path, header)
    try:
        for row in rows:
            writer.append(row)
    finally:
        writer.close()
    return writer.count


class SheetWriter:
    """Rows written to a CSV or XLSX file as they come (for asynchronous producers).

    Blocking and CPU-bound (openpyxl builds and zips the XML): an asynchronous caller
    runs it in a worker thread, one call at a time (:func:`core.registers.run.export_register`).
    """

    def __init__(self, path: Path, header: Sequence[str]) -> None:
        self.path = path
        self.count = 0
        self._csv = format_of(path) == "csv"
        if self._csv:
            self._handle = path.open("w", encoding="utf-8-sig", newline="")
            self._writer = csv.writer(self._handle, lineterminator="\r\n")
            self._writer.writerow(header)
        else:
            self._book = Workbook(write_only=True)
            self._sheet = self._book.create_sheet()
            self._sheet.append(list(header))

    def append(self, row: Sequence[str | None]) -> None:
        """Write one row."""
        if self._csv:
            self._writer.writerow(["" if v is None else v for v in row])
        else:
            self._sheet.append(list(row))
        self.count += 1

    def extend(self, rows: Iterable[Sequence[str | None]]) -> None:
        """Write several rows."""
        for row in rows:
            self.append(row)

    def close(self) -> None:
        """Finish the file."""
        if self._csv:
            self._handle.close()
        else:
            self._book.save(self.path)
