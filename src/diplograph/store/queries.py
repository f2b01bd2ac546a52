"""Event filters (actor, dyad, type, context, dates, status) as one SQLAlchemy ``Select``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, exists, func, or_, select

from diplograph.errors import UsageError
from diplograph.records import STATUSES, PartialDate
from diplograph.store.schema import curations, event_contexts, events

curation_status = func.coalesce(curations.c.status, "extracted")


@dataclass(frozen=True)
class EventFilter:
    """What ``Store.events`` and ``Store.export_records`` accept; ``None`` means any."""

    actor: str | None = None
    dyad: tuple[str, str] | None = None
    type: str | None = None
    context: str | None = None
    since: str | None = None
    until: str | None = None
    status: str | None = None
    include_rejected: bool = False
    limit: int | None = None

    def select(self) -> Select[Any]:
        """Event rows plus their curation ``status``, by date (undated last), then id.

        Raises UsageError for a date that is not ISO or a status that does not exist.
        """
        query = select(events, curation_status.label("status")).outerjoin(
            curations, curations.c.event_id == events.c.id
        )
        for condition in self._conditions():
            query = query.where(condition)
        query = query.order_by(events.c.date_sort.is_(None), events.c.date_sort, events.c.id)
        return query.limit(self.limit) if self.limit is not None else query

    def _conditions(self) -> list[ColumnElement[bool]]:
        conditions = [*self._actor_conditions(), *self._date_conditions()]
        if self.type:
            conditions.append(events.c.type == self.type.upper())
        if self.context:
            conditions.append(_has_context(self.context))
        if self.status:
            if self.status not in STATUSES:
                raise UsageError(f"unknown status {self.status!r}; use one of {STATUSES}")
            conditions.append(curation_status == self.status)
        elif not self.include_rejected:
            conditions.append(curation_status != "rejected")
        return conditions

    def _actor_conditions(self) -> list[ColumnElement[bool]]:
        source, target = events.c.source_id, events.c.target_id
        conditions = []
        if self.actor:
            conditions.append(or_(source == self.actor, target == self.actor))
        if self.dyad:
            first, second = self.dyad
            conditions.append(
                or_(
                    and_(source == first, target == second),
                    and_(source == second, target == first),
                )
            )
        return conditions

    def _date_conditions(self) -> list[ColumnElement[bool]]:
        """Overlap: an event dated ``2008`` lies within ``since=2008-06``."""
        conditions = []
        since, until = _parse(self.since, "since"), _parse(self.until, "until")
        if since is not None:
            conditions.append(events.c.date_last >= since.first_day())
        if until is not None:
            conditions.append(events.c.date_sort <= until.last_day())
        return conditions


def _has_context(context: str) -> ColumnElement[bool]:
    return exists().where(
        event_contexts.c.event_id == events.c.id, event_contexts.c.context == context
    )


def _parse(value: str | None, name: str) -> PartialDate | None:
    try:
        return PartialDate.parse(value)
    except ValueError as error:
        raise UsageError(f"{error}; write e.g. 2008, 2008-10 or 2008-10-12", where=name) from error
