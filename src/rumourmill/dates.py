"""Publication dates with a precision: '2021', '2021-03', '2021-03-04', ISO datetimes.

A date known only to the month is the whole month: relative expressions ("next week")
are resolved against every day it allows (see `span`).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

_PARTIAL = re.compile(r"^\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?\s*$")


class DateError(ValueError):
    """A date string that is not YYYY, YYYY-MM, YYYY-MM-DD or an ISO datetime."""


def parse_published(value: object) -> tuple[dt.datetime | None, str | None]:
    """(naive UTC datetime, precision) from a date string, date or datetime; (None, None) for empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, dt.datetime):
        return _naive_utc(value), "datetime"
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day), "day"
    s = str(value).strip()
    m = _PARTIAL.match(s)
    try:
        if m:
            y, mo, d = m.group(1), m.group(2), m.group(3)
            if d:
                return dt.datetime(int(y), int(mo), int(d)), "day"
            if mo:
                return dt.datetime(int(y), int(mo), 1), "month"
            return dt.datetime(int(y), 1, 1), "year"
        parsed = dt.datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError as e:
        raise DateError(f"{s!r} is not a date (use YYYY, YYYY-MM, YYYY-MM-DD or an ISO datetime)") from e
    if len(s) <= 10:
        return parsed, "day"
    return _naive_utc(parsed), "datetime"


def _naive_utc(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


def span(published: dt.datetime | dt.date, precision: str | None) -> tuple[dt.date, dt.date]:
    """First and last day a publication date of this precision allows."""
    d = published.date() if isinstance(published, dt.datetime) else published
    if precision == "year":
        return dt.date(d.year, 1, 1), dt.date(d.year, 12, 31)
    if precision == "month":
        return d.replace(day=1), d.replace(day=calendar.monthrange(d.year, d.month)[1])
    return d, d
