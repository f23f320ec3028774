"""The programme's rules, free of GraphQL and SQL: statuses, transitions, type fields.

Everything a mutation checks reads here in one place: which status may follow which,
how far an event can escalate, what a type's extra fields may be, which values fit
them, and what a photo URL must look like. Problems are reported into core's
:class:`~core.graphql.errors.Errors` collector with the input path they concern.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

from core.graphql.errors import Errors, UserErrorCode

PLUGIN = "grid_events"


class Group(StrEnum):
    """What kind of matter an event type is, as the programme groups them."""

    NEED = "need"  # 民生需求: needs found in the grid
    HIDDEN_DANGER = "hidden_danger"  # 安全隐患: hidden dangers checked in the grid
    DISPUTE = "dispute"  # 矛盾纠纷: disputes settled in the grid
    ENVIRONMENT = "environment"  # 环境卫生: environment kept in the grid
    SERVICE_REQUEST = "service_request"  # 服务申请: services delivered in the grid


class FieldKind(StrEnum):
    """Kinds of extra field an event type asks for (Open311's attribute datatypes)."""

    TEXT = "text"
    NUMBER = "number"
    DATE = "date"
    SINGLE_CHOICE = "single_choice"
    MULTI_CHOICE = "multi_choice"


CHOICE_KINDS = frozenset({FieldKind.SINGLE_CHOICE, FieldKind.MULTI_CHOICE})


class Status(StrEnum):
    """Where an event stands in its lifecycle."""

    REPORTED = "reported"  # 已上报
    ACCEPTED = "accepted"  # 已受理
    ASSIGNED = "assigned"  # 已派单
    IN_PROGRESS = "in_progress"  # 处置中
    RESOLVED = "resolved"  # 已办结
    CLOSED = "closed"  # 已关闭 (评价)
    REJECTED = "rejected"  # 不予受理
    DUPLICATE = "duplicate"  # 重复件
    ESCALATED = "escalated"  # 已上报上级
    REOPENED = "reopened"  # 重新办理


class Level(StrEnum):
    """The level of the grid tree an event is handled at."""

    GRID = "grid"  # 网格
    COMMUNITY = "community"  # 社区
    STREET = "street"  # 街道


class ReporterRole(StrEnum):
    """Who reported: a resident, or a grid worker who found it on their rounds."""

    RESIDENT = "resident"  # 居民上报
    GRID_WORKER = "grid_worker"  # 网格员巡查发现


OPEN = frozenset(
    {
        Status.REPORTED,
        Status.ACCEPTED,
        Status.ASSIGNED,
        Status.IN_PROGRESS,
        Status.ESCALATED,
        Status.REOPENED,
    }
)
"""Statuses in which someone still has to act, and the time limit runs."""

TRANSITIONS: Mapping[Status, frozenset[Status]] = {
    Status.REPORTED: frozenset(
        {Status.ACCEPTED, Status.REJECTED, Status.DUPLICATE, Status.ESCALATED}
    ),
    Status.ACCEPTED: frozenset(
        {Status.ASSIGNED, Status.REJECTED, Status.DUPLICATE, Status.ESCALATED}
    ),
    # assigned → assigned is a reassignment to another person.
    Status.ASSIGNED: frozenset({Status.ASSIGNED, Status.IN_PROGRESS, Status.ESCALATED}),
    Status.IN_PROGRESS: frozenset({Status.RESOLVED, Status.ESCALATED}),
    # The reporter closes (with a rating) or, unsatisfied, has it reopened.
    Status.RESOLVED: frozenset({Status.CLOSED, Status.REOPENED}),
    # The level it went up to takes it on, turns it down, or sends it higher still.
    Status.ESCALATED: frozenset(
        {Status.ACCEPTED, Status.ASSIGNED, Status.REJECTED, Status.DUPLICATE, Status.ESCALATED}
    ),
    Status.REOPENED: frozenset({Status.ASSIGNED, Status.IN_PROGRESS, Status.ESCALATED}),
    Status.CLOSED: frozenset(),
    Status.REJECTED: frozenset(),
    Status.DUPLICATE: frozenset(),
}
"""The only transitions there are: ``TRANSITIONS[from]`` is the set of allowed ``to``."""

NEXT_LEVEL: Mapping[Level, Level | None] = {
    Level.GRID: Level.COMMUNITY,
    Level.COMMUNITY: Level.STREET,
    Level.STREET: None,
}
"""Escalation goes up the grid tree; the street is the top."""

RESTART_CLOCK = frozenset({Status.ESCALATED, Status.REOPENED})
"""Transitions that give the event a fresh time limit (the new handler's, or a redo)."""


def allowed(current: Status, level: Level) -> frozenset[Status]:
    """The statuses an event may move to now; escalation stops at the street."""
    found = TRANSITIONS[current]
    if NEXT_LEVEL[level] is None:
        found = found - {Status.ESCALATED}
    return found


LEVEL_RANK: Mapping[Level, int] = {Level.GRID: 0, Level.COMMUNITY: 1, Level.STREET: 2}
"""How high each level stands in the grid tree."""

ABOVE_THE_TREE = frozenset({"district", "city"})
"""Scope kinds above the grid tree: they act at every level."""
LEVELS = frozenset(level.value for level in Level)

REPORTER_SIDE = frozenset({Status.CLOSED, Status.REOPENED})
"""The reporter's answer to a resolution, passed on by whoever serves the event's place."""


def handles(scope_kind: str, level: Level, target: Status) -> bool:
    """Whether a role granted at ``scope_kind`` may move an event handled at ``level``.

    Escalating hands an event to the level above: from then on that level, or a
    higher one, takes the decisions (accept, assign, resolve, reject, escalate
    further); the grid it came from still sees it but no longer acts on it.
    Closing and reopening are the reporter's answer to a resolution, relayed by
    anyone whose scope holds the event. A role at district (or city) scope acts at
    every level.

    Args:
        scope_kind: Where the acting role holds: ``grid``, ``community``, ``street``,
            ``district`` or ``city`` (:class:`core.access.ScopeKind` values).
        level: The level handling the event now.
        target: The status the change leads to.
    """
    if scope_kind in ABOVE_THE_TREE:
        return True
    if scope_kind not in LEVELS:
        return False  # no role at all
    return target in REPORTER_SIDE or LEVEL_RANK[Level(scope_kind)] >= LEVEL_RANK[level]


def is_overdue(status: str, due_at: dt.datetime, now: dt.datetime) -> bool:
    """Whether an event's time limit has passed while someone still has to act."""
    return status in OPEN and due_at < now


# -- event types: their extra fields -------------------------------------------------

KEY = re.compile(r"[a-z][a-z0-9_]{0,31}")
CHOICE_KEY = re.compile(r"[a-z0-9][a-z0-9_]{0,31}")
TYPE_CODE = re.compile(r"[a-z][a-z0-9_]{1,31}")
LABEL_LENGTH = 100
MAX_FIELDS = 20
MIN_CHOICES, MAX_CHOICES = 2, 30
MIN_HOURS, MAX_HOURS = 1, 24 * 365
"""A type's time limit for resolution, in hours."""
TEXT_LENGTH = 500
"""Longest text value of an extra field."""
EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2100, 12, 31)


@dataclass(frozen=True)
class Choice:
    """One option of a choice field."""

    key: str
    label: str


@dataclass(frozen=True)
class FieldSpec:
    """One extra field an event type asks for, as stored in the type's ``fields`` JSON.

    Attributes:
        key: Stable key of the value in an event's ``field_values``.
        label: What people read.
        kind: Text, number, date, single or multiple choice.
        required: Whether a report must give it.
        choices: The options of a choice field (none for other kinds).
        min: Least value of a number field, if bounded.
        max: Greatest value of a number field, if bounded.
    """

    key: str
    label: str
    kind: FieldKind
    required: bool = False
    choices: tuple[Choice, ...] = ()
    min: float | None = None
    max: float | None = None

    def to_json(self) -> dict[str, Any]:
        """The stored form."""
        return {
            "key": self.key,
            "label": self.label,
            "kind": self.kind.value,
            "required": self.required,
            "choices": [{"key": c.key, "label": c.label} for c in self.choices],
            "min": self.min,
            "max": self.max,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> FieldSpec:
        """Read the stored form."""
        return cls(
            key=data["key"],
            label=data["label"],
            kind=FieldKind(data["kind"]),
            required=bool(data.get("required", False)),
            choices=tuple(Choice(c["key"], c["label"]) for c in data.get("choices") or ()),
            min=data.get("min"),
            max=data.get("max"),
        )


def specs_of(stored: Sequence[Mapping[str, Any]] | None) -> list[FieldSpec]:
    """A type's field specs from its stored JSON."""
    return [FieldSpec.from_json(item) for item in stored or ()]


def _label(errors: Errors, path: str, value: str) -> str:
    cleaned = value.strip()
    if not cleaned:
        errors.add(path, UserErrorCode.REQUIRED, "must not be empty")
    elif len(cleaned) > LABEL_LENGTH:
        errors.add(path, UserErrorCode.TOO_LONG, f"must be at most {LABEL_LENGTH} characters")
    return cleaned


def check_specs(errors: Errors, path: str, specs: Sequence[FieldSpec]) -> list[FieldSpec]:
    """Validate the extra fields a type defines; returns them cleaned (labels trimmed)."""
    if len(specs) > MAX_FIELDS:
        errors.add(path, UserErrorCode.OUT_OF_RANGE, f"a type has at most {MAX_FIELDS} fields")
        return []
    seen: set[str] = set()
    cleaned: list[FieldSpec] = []
    for i, spec in enumerate(specs):
        at = f"{path}.{i}"
        if not KEY.fullmatch(spec.key):
            errors.add(
                f"{at}.key",
                UserErrorCode.INVALID,
                "must be a lower-case letter then up to 31 letters, digits or _",
            )
        elif spec.key in seen:
            errors.add(f"{at}.key", UserErrorCode.DUPLICATE, f"{spec.key!r} is used twice")
        seen.add(spec.key)
        label = _label(errors, f"{at}.label", spec.label)
        choices: list[Choice] = []
        if spec.kind in CHOICE_KINDS:
            if not MIN_CHOICES <= len(spec.choices) <= MAX_CHOICES:
                errors.add(
                    f"{at}.choices",
                    UserErrorCode.OUT_OF_RANGE,
                    f"a choice field has {MIN_CHOICES} to {MAX_CHOICES} choices",
                )
            keys: set[str] = set()
            for j, choice in enumerate(spec.choices):
                if not CHOICE_KEY.fullmatch(choice.key):
                    errors.add(
                        f"{at}.choices.{j}.key",
                        UserErrorCode.INVALID,
                        "must be up to 32 lower-case letters, digits or _",
                    )
                elif choice.key in keys:
                    errors.add(
                        f"{at}.choices.{j}.key",
                        UserErrorCode.DUPLICATE,
                        f"{choice.key!r} is used twice",
                    )
                keys.add(choice.key)
                choices.append(
                    Choice(choice.key, _label(errors, f"{at}.choices.{j}.label", choice.label))
                )
        elif spec.choices:
            errors.add(f"{at}.choices", UserErrorCode.INVALID, "only choice fields have choices")
        if spec.kind is not FieldKind.NUMBER and (spec.min is not None or spec.max is not None):
            errors.add(f"{at}.min", UserErrorCode.INVALID, "only number fields have bounds")
        for name, bound in (("min", spec.min), ("max", spec.max)):
            if bound is not None and not math.isfinite(bound):
                errors.add(f"{at}.{name}", UserErrorCode.INVALID, "must be a finite number")
        if spec.min is not None and spec.max is not None and spec.min > spec.max:
            errors.add(f"{at}.max", UserErrorCode.INVALID_PERIOD, "must not be below min")
        cleaned.append(
            FieldSpec(spec.key, label, spec.kind, spec.required, tuple(choices), spec.min, spec.max)
        )
    return cleaned


# -- event field values ----------------------------------------------------------------


@dataclass(frozen=True)
class GivenValue:
    """A value a report gives for one extra field; exactly one slot is set."""

    key: str
    text: str | None = None
    number: float | None = None
    date: dt.date | None = None
    choice: str | None = None
    choices: list[str] | None = field(default=None)


SLOT_OF_KIND = {
    FieldKind.TEXT: "text",
    FieldKind.NUMBER: "number",
    FieldKind.DATE: "date",
    FieldKind.SINGLE_CHOICE: "choice",
    FieldKind.MULTI_CHOICE: "choices",
}
"""Which slot of :class:`GivenValue` a field of each kind is given in."""


def check_values(
    errors: Errors, path: str, specs: Sequence[FieldSpec], given: Sequence[GivenValue]
) -> dict[str, Any]:
    """Validate a report's extra field values against its type; returns what to store.

    Stored forms: text and choice as strings, number as a float, date as
    ``YYYY-MM-DD``, multiple choices as a list of keys in the type's order.
    """
    by_key = {spec.key: spec for spec in specs}
    values: dict[str, Any] = {}
    seen: set[str] = set()
    for i, item in enumerate(given):
        at = f"{path}.{i}"
        spec = by_key.get(item.key)
        if spec is None:
            errors.add(f"{at}.key", UserErrorCode.NOT_FOUND, f"this type has no field {item.key!r}")
            continue
        if spec.key in seen:
            errors.add(f"{at}.key", UserErrorCode.DUPLICATE, f"{item.key!r} is given twice")
            continue
        seen.add(spec.key)
        slot = SLOT_OF_KIND[spec.kind]
        filled = [name for name in SLOT_OF_KIND.values() if getattr(item, name) is not None]
        if filled != [slot]:
            errors.add(
                f"{at}.{slot}",
                UserErrorCode.INVALID,
                f"{spec.label} is a {spec.kind.value} field: give `{slot}` and nothing else",
            )
            continue
        value = _value(errors, f"{at}.{slot}", spec, getattr(item, slot))
        if value is not None:
            values[spec.key] = value
    given_keys = {item.key for item in given}
    for spec in specs:
        if spec.required and spec.key not in given_keys:
            errors.add(path, UserErrorCode.REQUIRED, f"{spec.label} ({spec.key}) is required")
    return values


def _value(errors: Errors, path: str, spec: FieldSpec, raw: Any) -> Any:
    if spec.kind is FieldKind.TEXT:
        text = str(raw).strip()
        if not text:
            errors.add(path, UserErrorCode.REQUIRED, "must not be empty")
            return None
        if len(text) > TEXT_LENGTH:
            errors.add(path, UserErrorCode.TOO_LONG, f"must be at most {TEXT_LENGTH} characters")
            return None
        return text
    if spec.kind is FieldKind.NUMBER:
        number = float(raw)
        if not math.isfinite(number):
            errors.add(path, UserErrorCode.INVALID, "must be a finite number")
            return None
        low = -math.inf if spec.min is None else spec.min
        high = math.inf if spec.max is None else spec.max
        if not low <= number <= high:
            errors.add(path, UserErrorCode.OUT_OF_RANGE, f"must be between {low:g} and {high:g}")
            return None
        return number
    if spec.kind is FieldKind.DATE:
        if not EARLIEST <= raw <= LATEST:
            errors.add(path, UserErrorCode.OUT_OF_RANGE, "must be between 1900 and 2100")
            return None
        return raw.isoformat()
    keys = [choice.key for choice in spec.choices]
    if spec.kind is FieldKind.SINGLE_CHOICE:
        if raw not in keys:
            errors.add(path, UserErrorCode.INVALID, f"must be one of {', '.join(keys)}")
            return None
        return raw
    chosen: list[str] = list(raw)
    if not chosen:
        errors.add(path, UserErrorCode.REQUIRED, "choose at least one")
        return None
    if len(set(chosen)) != len(chosen):
        errors.add(path, UserErrorCode.DUPLICATE, "a choice is given twice")
        return None
    unknown = [key for key in chosen if key not in keys]
    if unknown:
        errors.add(path, UserErrorCode.INVALID, f"not choices of this field: {', '.join(unknown)}")
        return None
    return [key for key in keys if key in chosen]


# -- photos ----------------------------------------------------------------------------

MAX_PHOTOS = 9
URL_LENGTH = 500
_FORBIDDEN = re.compile(r"[\s\x00-\x1f\x7f<>\"\\^`{|}]")


def check_photos(errors: Errors, path: str, urls: Sequence[str]) -> list[str]:
    """Photo URLs: at most nine, each an absolute http(s) URL of at most 500 characters."""
    if len(urls) > MAX_PHOTOS:
        errors.add(path, UserErrorCode.OUT_OF_RANGE, f"at most {MAX_PHOTOS} photos")
        return []
    cleaned: list[str] = []
    for i, raw in enumerate(urls):
        url = raw.strip()
        at = f"{path}.{i}"
        if len(url) > URL_LENGTH:
            errors.add(at, UserErrorCode.TOO_LONG, f"must be at most {URL_LENGTH} characters")
            continue
        try:
            parts = urlsplit(url)
            valid = parts.scheme in ("http", "https") and bool(parts.hostname)
            parts.port  # noqa: B018 - raises ValueError on a malformed port
        except ValueError:
            valid = False
        if not valid or _FORBIDDEN.search(url):
            errors.add(at, UserErrorCode.INVALID, "must be an http:// or https:// URL")
            continue
        if url in cleaned:
            errors.add(at, UserErrorCode.DUPLICATE, "this photo is given twice")
            continue
        cleaned.append(url)
    return cleaned
