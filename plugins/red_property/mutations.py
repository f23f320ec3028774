"""Mutations of the programme: each takes one ``input``, validates all of it, writes or refuses.

They follow core's pattern (:func:`core.graphql.mutations.run` and ``Check``):
every problem becomes a typed :class:`UserError` with the input field's path, and
refused input writes nothing. Co-governance committees are core organisations of
the kind this plugin adds, created with core's ``createOrganisation``.

Scope: what a mutation writes lies where its estate (or committee, or post) lies,
so those are loaded with ``Check.load``, which refuses anything outside the
viewer's scope (``NOT_FOUND`` if unseen, ``OUT_OF_SCOPE`` if above it). What is
only referred to — the company serving an estate, the district's standard and its
items, the assessor — is loaded with ``Check.load(..., change=False)``, which asks
only that the viewer may see it: a community's staff record that a district-wide
company serves their estate without being able to change the company.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from fractions import Fraction

import strawberry
from sqlalchemy import func, or_, select
from strawberry.types import Info

from core.db import models as core
from core.db.models import live
from core.graphql.errors import UserError, UserErrorCode
from core.graphql.fields import described
from core.graphql.mutations import Check, run
from core.graphql.organisations.mutations import PostPayload, hold_post
from core.graphql.organisations.types import Post
from plugins.red_property import models
from plugins.red_property.models import TOPIC_LENGTH, SiteLevel, VenueKind
from plugins.red_property.types import (
    EvaluationSession,
    PropertyService,
    PropertyStarRating,
    RedPropertySite,
    RedPropertyStandard,
    RedPropertyVenue,
)
from plugins.red_property.vocabulary import (
    CO_GOVERNANCE_COMMITTEE,
    OWNERS_COMMITTEE,
    OWNERS_COMMITTEE_SEAT,
    PARTY_AFFAIRS_MANAGER,
    PROPERTY_COMPANY,
)

MAX_ITEMS = 30
"""Most items a standard can have."""
MAX_SCORE = 100
"""Item scores, weighted scores and thresholds run from 0 to this."""
MAX_HOUSEHOLDS = 1_000_000
"""Most households one evaluation session can reach."""
THRESHOLD_STARS = (2, 3, 4, 5)
"""Star counts a standard gives a threshold for; one star is every lower score."""


# -- payloads and inputs ------------------------------------------------------------------


@strawberry.type
class PropertyServicePayload:
    property_service: PropertyService | None
    errors: list[UserError]


@strawberry.type
class RedPropertyStandardPayload:
    standard: RedPropertyStandard | None
    errors: list[UserError]


@strawberry.type
class PropertyStarRatingPayload:
    rating: PropertyStarRating | None
    errors: list[UserError]


@strawberry.type
class RedPropertySitePayload:
    site: RedPropertySite | None
    errors: list[UserError]


@strawberry.type
class RedPropertyVenuePayload:
    venue: RedPropertyVenue | None
    errors: list[UserError]


@strawberry.type
class EvaluationSessionPayload:
    session: EvaluationSession | None
    errors: list[UserError]


@strawberry.input
class CreatePropertyServiceInput:
    company: strawberry.ID = strawberry.field(
        description="An organisation of kind property company."
    )
    estate: strawberry.ID
    start_date: dt.date
    end_date: dt.date | None = None


@strawberry.input
class EndPropertyServiceInput:
    id: strawberry.ID
    end: dt.date | None = strawberry.field(description="Last day; null reopens the service.")


@strawberry.input(description="The least weighted score (1–100) that earns a number of stars.")
class PropertyStarThresholdInput:
    stars: int = strawberry.field(description="2 to 5; one star is every lower score.")
    min_score: int


@strawberry.input
class RedPropertyItemInput:
    title: str
    weight: int = strawberry.field(description="1 to 100, relative to the other items.")


@strawberry.input
class CreateRedPropertyStandardInput:
    name: str
    adopted_on: dt.date
    thresholds: list[PropertyStarThresholdInput] = strawberry.field(
        description="One for each of 2, 3, 4 and 5 stars, rising with the stars."
    )
    items: list[RedPropertyItemInput] = strawberry.field(description=f"1 to {MAX_ITEMS} items.")


@strawberry.input
class PropertyItemScoreInput:
    item: strawberry.ID
    score: int = strawberry.field(description=f"0 to {MAX_SCORE}.")


@strawberry.input(description="An assessment; the score and stars are derived, never typed in.")
class RecordPropertyAssessmentInput:
    company: strawberry.ID
    estate: strawberry.ID
    standard: strawberry.ID
    year: int
    assessed_on: dt.date
    assessor: strawberry.ID = strawberry.field(description="The person who assessed.")
    scores: list[PropertyItemScoreInput] = strawberry.field(
        description="One for every item of the standard."
    )


@strawberry.input(description="Exactly one of estate and company.")
class DesignateDemonstrationSiteInput:
    level: SiteLevel
    year: int
    name: str
    estate: strawberry.ID | None = None
    company: strawberry.ID | None = None


@strawberry.input
class PostPartyAffairsManagerInput:
    person: strawberry.ID = strawberry.field(description="A community worker.")
    company: strawberry.ID = strawberry.field(
        description="An organisation of kind property company."
    )
    start_date: dt.date
    end_date: dt.date | None = None


@strawberry.input
class SeatOnOwnersCommitteeInput:
    person: strawberry.ID = strawberry.field(description="A community two-committees member.")
    committee: strawberry.ID = strawberry.field(
        description="An organisation of kind owners' committee."
    )
    start_date: dt.date
    end_date: dt.date | None = None


@strawberry.input
class OpenRedPropertyVenueInput:
    estate: strawberry.ID
    kind: VenueKind
    name: str
    opened_on: dt.date


@strawberry.input
class RecordEvaluationSessionInput:
    committee: strawberry.ID = strawberry.field(
        description="An organisation of kind co-governance committee."
    )
    held_on: dt.date
    topic: str
    households_reached: int


# -- shared checks --------------------------------------------------------------------------


async def _organisation(
    check: Check, path: str, global_id: str, kind: str, *, referred: bool = False
) -> core.Organisation | None:
    """The organisation a Global ID names, which must be of ``kind``.

    Args:
        check: The mutation's checks.
        path: The input field.
        global_id: The Global ID given.
        kind: The organisation kind required.
        referred: Whether the mutation only refers to it (seen is enough) rather
            than writes within it (it must lie in the scope).
    """
    if referred:
        row = await check.load(path, global_id, "Organisation", core.Organisation, change=False)
    else:
        row = await check.load(path, global_id, "Organisation", core.Organisation)
    if row is not None and row.kind != kind:
        check.errors.add(path, UserErrorCode.WRONG_KIND, f"must be an organisation of kind {kind}")
        return None
    return row


def _district_only(check: Check, path: str, what: str) -> bool:
    """Whether the viewer works at district scope; refuses the input if not.

    Standards and demonstration sites are district-wide records (``None`` in
    ``gridgov_scopes``). Their permissions are the district's alone; this holds even
    if a role below the district is ever granted one.
    """
    if check.context.scope.whole_district:
        return True
    check.errors.add(path, UserErrorCode.OUT_OF_SCOPE, f"{what} are recorded by the district")
    return False


async def _lock_estate(check: Check, estate: core.Estate) -> None:
    """Lock the estate's row until commit, so two requests cannot both pass the overlap check.

    ``FOR UPDATE`` serialises them on PostgreSQL; SQLite writers are serialised anyway.
    """
    await check.session.execute(
        select(core.Estate.id).where(core.Estate.id == estate.id).with_for_update()
    )


async def _overlapping(
    check: Check,
    estate_id: int,
    start: dt.date,
    end: dt.date | None,
    ignore: int | None = None,
) -> models.PropertyService | None:
    """A live service of the estate sharing at least one day with ``start``–``end``."""
    service = models.PropertyService
    statement = select(service).where(
        service.estate_id == estate_id,
        live(service),
        or_(service.end_date.is_(None), service.end_date >= start),
    )
    if end is not None:
        statement = statement.where(service.start_date <= end)
    if ignore is not None:
        statement = statement.where(service.id != ignore)
    return (await check.session.scalars(statement.limit(1))).first()


def _overlap_error(check: Check, path: str, other: models.PropertyService) -> None:
    until = other.end_date.isoformat() if other.end_date else "open end"
    check.errors.add(
        path,
        UserErrorCode.CONFLICT,
        f"the estate already has a property company from {other.start_date.isoformat()}"
        f" to {until}; an estate has one company at a time",
    )


# -- property service ---------------------------------------------------------------------


async def create_property_service(
    info: Info, input: CreatePropertyServiceInput
) -> PropertyServicePayload:
    """Record that a property company serves an estate from a day (one company at a time)."""

    async def body(check: Check) -> models.PropertyService | None:
        company = await _organisation(
            check, "company", input.company, PROPERTY_COMPANY, referred=True
        )
        estate = await check.load("estate", input.estate, "Estate", core.Estate)
        check.period("startDate", input.start_date, "endDate", input.end_date)
        if estate is not None and not check.errors:
            await _lock_estate(check, estate)
            other = await _overlapping(check, estate.id, input.start_date, input.end_date)
            if other is not None:
                _overlap_error(check, "startDate", other)
        if check.errors or company is None or estate is None:
            return None
        row = models.PropertyService(
            district_id=check.context.district_id,
            company_id=company.id,
            estate_id=estate.id,
            start_date=input.start_date,
            end_date=input.end_date,
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return PropertyServicePayload(
        property_service=PropertyService.from_row(row) if row else None, errors=errors
    )


async def end_property_service(
    info: Info, input: EndPropertyServiceInput
) -> PropertyServicePayload:
    """Set (or clear) the last day of a property service, keeping one company at a time."""

    async def body(check: Check) -> models.PropertyService | None:
        row = await check.load("id", input.id, "PropertyService", models.PropertyService)
        if row is not None:
            check.period("startDate", row.start_date, "end", input.end)
        if row is not None and not check.errors:
            estate = await check.session.get(core.Estate, row.estate_id)
            assert estate is not None
            await _lock_estate(check, estate)
            other = await _overlapping(check, row.estate_id, row.start_date, input.end, row.id)
            if other is not None:
                _overlap_error(check, "end", other)
        if check.errors or row is None:
            return None
        row.end_date = input.end
        return row

    row, errors = await run(info, body)
    return PropertyServicePayload(
        property_service=PropertyService.from_row(row) if row else None, errors=errors
    )


# -- the standard and assessments -----------------------------------------------------------


def _thresholds(check: Check, given: Sequence[PropertyStarThresholdInput]) -> dict[int, int]:
    """Validate the thresholds: one for each of 2–5 stars, 1–100, rising with the stars."""
    found: dict[int, int] = {}
    for i, threshold in enumerate(given):
        path = f"thresholds.{i}"
        stars = f"{path}.stars"
        if check.within(stars, threshold.stars, 1, 5) and threshold.stars == 1:
            check.errors.add(
                stars,
                UserErrorCode.INVALID,
                "one star needs no threshold: it is every score below two stars",
            )
        elif threshold.stars in found:
            check.errors.add(stars, UserErrorCode.DUPLICATE, f"{threshold.stars} stars given twice")
        check.within(f"{path}.minScore", threshold.min_score, 1, MAX_SCORE)
        if threshold.stars in THRESHOLD_STARS:
            found.setdefault(threshold.stars, threshold.min_score)
    missing = [stars for stars in THRESHOLD_STARS if stars not in found]
    if missing and not check.errors.has("thresholds"):
        check.errors.add(
            "thresholds",
            UserErrorCode.REQUIRED,
            f"needs a threshold for {', '.join(map(str, missing))} stars",
        )
    elif not missing:
        minimums = [found[stars] for stars in THRESHOLD_STARS]
        if any(low >= high for low, high in itertools.pairwise(minimums)):
            check.errors.add(
                "thresholds", UserErrorCode.INVALID, "must rise strictly with the stars"
            )
    return found


async def create_red_property_standard(
    info: Info, input: CreateRedPropertyStandardInput
) -> RedPropertyStandardPayload:
    """Adopt a red-property work standard: weighted items and the star thresholds."""

    async def body(check: Check) -> models.Standard | None:
        if not _district_only(check, "name", "standards"):
            return None
        name = check.text("name", input.name)
        check.past("adoptedOn", input.adopted_on)
        thresholds = _thresholds(check, input.thresholds)
        check.within("items", len(input.items), 1, MAX_ITEMS)
        titles: set[str] = set()
        for i, item in enumerate(input.items):
            title = check.text(f"items.{i}.title", item.title)
            if title in titles:
                check.errors.add(f"items.{i}.title", UserErrorCode.DUPLICATE, "given twice")
            if title:
                titles.add(title)
            check.within(f"items.{i}.weight", item.weight, 1, MAX_SCORE)
        if name:
            await check.unique(
                "name",
                models.Standard.name,
                name,
                scope=models.Standard.district_id == check.context.district_id,
            )
        if check.errors:
            return None
        row = models.Standard(
            district_id=check.context.district_id,
            name=name,
            adopted_on=input.adopted_on,
            two_stars=thresholds[2],
            three_stars=thresholds[3],
            four_stars=thresholds[4],
            five_stars=thresholds[5],
        )
        check.session.add(row)
        await check.session.flush()
        check.session.add_all(
            models.AssessmentItem(
                district_id=check.context.district_id,
                standard_id=row.id,
                position=i + 1,
                title=item.title.strip(),
                weight=item.weight,
            )
            for i, item in enumerate(input.items)
        )
        return row

    row, errors = await run(info, body)
    return RedPropertyStandardPayload(
        standard=RedPropertyStandard.from_row(row) if row else None, errors=errors
    )


def stars_for(standard: models.Standard, score: Fraction) -> int:
    """The stars a weighted score earns under a standard's thresholds."""
    minimums = (standard.two_stars, standard.three_stars, standard.four_stars, standard.five_stars)
    return 1 + sum(1 for minimum in minimums if score >= minimum)


def weighted_score(weights: Sequence[int], scores: Sequence[int]) -> Fraction:
    """The weighted mean of item scores, exact (thresholds compare without rounding)."""
    return Fraction(sum(w * s for w, s in zip(weights, scores, strict=True)), sum(weights))


async def _scores(
    check: Check, standard: models.Standard | None, given: Sequence[PropertyItemScoreInput]
) -> list[tuple[models.AssessmentItem, int]]:
    """Validate the item scores: each 0–100, each item of the standard scored exactly once."""
    for i, entry in enumerate(given):
        check.within(f"scores.{i}.score", entry.score, 0, MAX_SCORE)
    if standard is None:
        return []
    items = list(
        await check.session.scalars(
            select(models.AssessmentItem)
            .where(
                models.AssessmentItem.standard_id == standard.id,
                live(models.AssessmentItem),
            )
            .order_by(models.AssessmentItem.position)
        )
    )
    by_id = {item.id: item for item in items}
    scored: dict[int, int] = {}
    for i, entry in enumerate(given):
        item = await check.load(
            f"scores.{i}.item",
            entry.item,
            "RedPropertyAssessmentItem",
            models.AssessmentItem,
            change=False,
        )
        if item is None:
            continue
        if item.id not in by_id:
            check.errors.add(
                f"scores.{i}.item", UserErrorCode.WRONG_KIND, "is not an item of the standard"
            )
        elif item.id in scored:
            check.errors.add(f"scores.{i}.item", UserErrorCode.DUPLICATE, "scored twice")
        else:
            scored[item.id] = entry.score
    missing = [item.title for item in items if item.id not in scored]
    if missing and not check.errors.has("scores"):
        check.errors.add(
            "scores",
            UserErrorCode.REQUIRED,
            f"every item needs a score; missing: {', '.join(missing)}",
        )
    return [(item, scored[item.id]) for item in items if item.id in scored]


async def record_property_assessment(
    info: Info, input: RecordPropertyAssessmentInput
) -> PropertyStarRatingPayload:
    """Record a yearly assessment; its weighted score decides the stars.

    A company has one rating per estate and year.
    """

    async def body(check: Check) -> models.Rating | None:
        company = await _organisation(
            check, "company", input.company, PROPERTY_COMPANY, referred=True
        )
        # The rating lies where the estate lies; the rest is referred to.
        estate = await check.load("estate", input.estate, "Estate", core.Estate)
        standard = await check.load(
            "standard", input.standard, "RedPropertyStandard", models.Standard, change=False
        )
        assessor = await check.load("assessor", input.assessor, "Person", core.Person, change=False)
        check.year("year", input.year)
        check.past("assessedOn", input.assessed_on)
        if not check.errors.has("year") and input.assessed_on.year not in (
            input.year,
            input.year + 1,
        ):
            check.errors.add(
                "assessedOn",
                UserErrorCode.OUT_OF_RANGE,
                "an assessment of a year is made in that year or the next",
            )
        scores = await _scores(check, standard, input.scores)
        if company is not None and estate is not None and not check.errors.has("year"):
            service = models.PropertyService
            served = await check.session.scalar(
                select(func.count()).where(
                    service.company_id == company.id,
                    service.estate_id == estate.id,
                    live(service),
                    service.start_date <= dt.date(input.year, 12, 31),
                    or_(service.end_date.is_(None), service.end_date >= dt.date(input.year, 1, 1)),
                )
            )
            if not served:
                check.errors.add(
                    "estate",
                    UserErrorCode.INVALID_STATE,
                    f"the company did not serve this estate in {input.year}",
                )
            rating = models.Rating
            taken = await check.session.scalar(
                select(func.count()).where(
                    rating.company_id == company.id,
                    rating.estate_id == estate.id,
                    rating.year == input.year,
                )
            )
            if taken:
                check.errors.add(
                    "year",
                    UserErrorCode.DUPLICATE,
                    f"the company is already rated for this estate in {input.year}",
                )
        if check.errors or None in (company, estate, standard, assessor):
            return None
        assert company and estate and standard and assessor
        score = weighted_score([item.weight for item, _ in scores], [s for _, s in scores])
        row = models.Rating(
            district_id=check.context.district_id,
            company_id=company.id,
            estate_id=estate.id,
            standard_id=standard.id,
            assessor_id=assessor.id,
            year=input.year,
            assessed_on=input.assessed_on,
            score=round(float(score), 2),
            stars=stars_for(standard, score),
        )
        check.session.add(row)
        await check.session.flush()
        check.session.add_all(
            models.ItemScore(
                district_id=check.context.district_id,
                rating_id=row.id,
                item_id=item.id,
                score=value,
            )
            for item, value in scores
        )
        return row

    row, errors = await run(info, body)
    return PropertyStarRatingPayload(
        rating=PropertyStarRating.from_row(row) if row else None, errors=errors
    )


# -- demonstration sites, venues, sessions -------------------------------------------------


async def designate_demonstration_site(
    info: Info, input: DesignateDemonstrationSiteInput
) -> RedPropertySitePayload:
    """Designate an estate or a property company a demonstration site (示范点) at a level."""

    async def body(check: Check) -> models.Site | None:
        if not _district_only(check, "level", "demonstration sites"):
            return None
        name = check.text("name", input.name)
        check.year("year", input.year)
        estate = company = None
        if (input.estate is None) == (input.company is None):
            check.errors.add(
                "estate", UserErrorCode.INVALID, "name exactly one of an estate and a company"
            )
        elif input.estate is not None:
            estate = await check.load("estate", input.estate, "Estate", core.Estate)
        elif input.company is not None:
            company = await _organisation(
                check, "company", input.company, PROPERTY_COMPANY, referred=True
            )
        subject = estate or company
        if subject is not None and not check.errors.has("year"):
            site = models.Site
            same = await check.session.scalar(
                select(func.count()).where(
                    (site.estate_id if estate is not None else site.company_id) == subject.id,
                    site.level == input.level.value,
                    site.year == input.year,
                    live(site),
                )
            )
            if same:
                check.errors.add(
                    "year",
                    UserErrorCode.DUPLICATE,
                    f"already a {input.level.value} demonstration site in {input.year}",
                )
        if check.errors or subject is None:
            return None
        row = models.Site(
            district_id=check.context.district_id,
            estate_id=estate.id if estate else None,
            company_id=company.id if company else None,
            level=input.level.value,
            year=input.year,
            name=name,
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return RedPropertySitePayload(
        site=RedPropertySite.from_row(row) if row else None, errors=errors
    )


async def open_red_property_venue(
    info: Info, input: OpenRedPropertyVenueInput
) -> RedPropertyVenuePayload:
    """Open a council hall (民情议事厅) or a mutual-help corner (邻里互助角) on an estate."""

    async def body(check: Check) -> models.Venue | None:
        estate = await check.load("estate", input.estate, "Estate", core.Estate)
        name = check.text("name", input.name)
        check.past("openedOn", input.opened_on)
        if estate is not None and name:
            await check.unique(
                "name", models.Venue.name, name, scope=models.Venue.estate_id == estate.id
            )
        if check.errors or estate is None:
            return None
        row = models.Venue(
            district_id=check.context.district_id,
            estate_id=estate.id,
            kind=input.kind.value,
            name=name,
            opened_on=input.opened_on,
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return RedPropertyVenuePayload(
        venue=RedPropertyVenue.from_row(row) if row else None, errors=errors
    )


async def record_evaluation_session(
    info: Info, input: RecordEvaluationSessionInput
) -> EvaluationSessionPayload:
    """Record a session of a co-governance committee (万人评万人议: ten thousand evaluate)."""

    async def body(check: Check) -> models.EvaluationSession | None:
        committee = await _organisation(
            check, "committee", input.committee, CO_GOVERNANCE_COMMITTEE
        )
        topic = check.text("topic", input.topic, max_length=TOPIC_LENGTH)
        check.past("heldOn", input.held_on)
        check.within("householdsReached", input.households_reached, 1, MAX_HOUSEHOLDS)
        if check.errors or committee is None:
            return None
        row = models.EvaluationSession(
            district_id=check.context.district_id,
            committee_id=committee.id,
            held_on=input.held_on,
            topic=topic,
            households_reached=input.households_reached,
        )
        check.session.add(row)
        return row

    row, errors = await run(info, body)
    return EvaluationSessionPayload(
        session=EvaluationSession.from_row(row) if row else None, errors=errors
    )


# -- posts -----------------------------------------------------------------------------------


async def _post(
    info: Info,
    role: str,
    person_id: str,
    organisation_path: str,
    organisation_id: str,
    organisation_kind: str,
    start: dt.date,
    end: dt.date | None,
) -> PostPayload:
    """Post a person in a role this plugin adds, by core's rules (:func:`hold_post`).

    The organisation's kind is checked here first, so that a wrong one is refused on
    the input field naming it (``company``, ``committee``) rather than on core's
    ``role``; core then enforces the role's identity and refuses a second post of the
    same role in the same organisation over an overlapping period.
    """

    async def body(check: Check) -> core.Post | None:
        person = await check.load("person", person_id, "Person", core.Person)
        organisation = await _organisation(
            check, organisation_path, organisation_id, organisation_kind
        )
        return await hold_post(check, person, organisation, role, start, end)

    row, errors = await run(info, body)
    return PostPayload(post=Post.from_row(row) if row else None, errors=errors)


async def post_party_affairs_manager(
    info: Info, input: PostPartyAffairsManagerInput
) -> PostPayload:
    """Post a community worker into a property company as its party-affairs manager (党务经理)."""
    return await _post(
        info,
        PARTY_AFFAIRS_MANAGER,
        input.person,
        "company",
        input.company,
        PROPERTY_COMPANY,
        input.start_date,
        input.end_date,
    )


async def seat_on_owners_committee(info: Info, input: SeatOnOwnersCommitteeInput) -> PostPayload:
    """Seat a community "two committees" member (两委成员) on an owners' committee (业委会)."""
    return await _post(
        info,
        OWNERS_COMMITTEE_SEAT,
        input.person,
        "committee",
        input.committee,
        OWNERS_COMMITTEE,
        input.start_date,
        input.end_date,
    )


MUTATION_FIELDS = [
    described(create_property_service),
    described(end_property_service),
    described(create_red_property_standard),
    described(record_property_assessment),
    described(designate_demonstration_site),
    described(post_party_affairs_manager),
    described(seat_on_owners_committee),
    described(open_red_property_venue),
    described(record_evaluation_session),
]
