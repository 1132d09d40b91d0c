"""RSS and Atom feeds: entries with their links, titles, dates and any inline content.

feedparser only ever gets bytes (wrapped in a file object, so it can never mistake them
for a URL or a path and fetch or open it itself). Documents whose DOCTYPE declares
entities are refused before parsing: that is how billion-laughs and XXE attacks start.
"""
from __future__ import annotations

import calendar
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin
from xml.etree.ElementTree import ParseError

import defusedxml.ElementTree as safe_et
import feedparser
from defusedxml import DefusedXmlException

from rumourmill.dates import DateError, parse_published

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")
_XML_TYPES = ("application/xml", "text/xml")
# The first element after the prolog (declaration, comments, processing instructions, DOCTYPE).
_PROLOG = re.compile(rb"^(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE(?:[^\[>]|\[.*?\])*>)*", re.S | re.I)
_ROOT = re.compile(rb"<([A-Za-z_][\w.:-]*)")
_FEED_ROOTS = {b"rss", b"feed", b"rdf:rdf", b"rdf"}


class FeedError(ValueError):
    """A document that is not a usable feed, or one refused for safety."""


@dataclass
class FeedEntry:
    """One feed item. `published` is an ISO string whose length shows its precision."""

    link: str | None
    title: str | None
    published: str | None  # "2021", "2021-03", "2021-03-04" or "2021-03-04T10:00:00" (UTC)
    published_precision: str | None  # year | month | day | datetime
    summary: str | None  # HTML as the feed gave it (feedparser-sanitised)
    content: str | None  # full HTML content, when the feed carries it


@dataclass
class Feed:
    title: str | None
    entries: list[FeedEntry] = field(default_factory=list)


def looks_like_feed(content: bytes, content_type: str | None = None) -> bool:
    """True when a body is an RSS/Atom document, judged by media type or root element."""
    media = (content_type or "").split(";")[0].strip().lower()
    if media in _FEED_TYPES:
        return True
    if media and media not in _XML_TYPES and not media.startswith("text/"):
        return False
    return _root_name(content) in _FEED_ROOTS


def _root_name(content: bytes) -> bytes | None:
    head = content[:64 * 1024].lstrip(b"\xef\xbb\xbf")
    prolog = _PROLOG.match(head)
    m = _ROOT.match(head, prolog.end() if prolog else 0)
    return m.group(1).lower() if m else None


def check_safe_xml(content: bytes) -> None:
    """FeedError when the document declares entities (or external references) in a DOCTYPE."""
    try:
        safe_et.fromstring(content, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as e:
        raise FeedError(
            f"The feed declares XML entities in its DOCTYPE ({type(e).__name__}), which rumourmill refuses "
            "because they can expand without bound or read local files; ask the publisher for a plain feed."
        ) from None
    except (ParseError, ValueError, SyntaxError):
        # Not well-formed: feedparser may still read it loosely, but not if it tries entities.
        if re.search(rb"<!ENTITY", content[:64 * 1024], re.I):
            raise FeedError(
                "The feed is not well-formed XML and declares entities in its DOCTYPE, which rumourmill "
                "refuses for safety; ask the publisher for a valid feed."
            ) from None


def parse_feed(content: bytes, base_url: str | None = None) -> Feed:
    """Entries of an RSS/Atom document; relative links are resolved against `base_url`."""
    check_safe_xml(content)
    headers = {"content-location": base_url} if base_url else {}
    parsed = feedparser.parse(io.BytesIO(content), response_headers=headers, resolve_relative_uris=True)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        raise FeedError(f"The document is not an RSS or Atom feed{f' ({reason})' if reason else ''}.")
    title = parsed.feed.get("title") or None
    return Feed(title=title, entries=[_entry(e, base_url) for e in parsed.entries])


def _entry(e: feedparser.FeedParserDict, base_url: str | None) -> FeedEntry:
    link = (e.get("link") or "").strip() or None
    if link and base_url:
        link = urljoin(base_url, link)
    published, precision = _entry_date(e)
    contents = [c.get("value", "") for c in e.get("content", []) if c.get("value")]
    return FeedEntry(
        link=link,
        title=(e.get("title") or "").strip() or None,
        published=published,
        published_precision=precision,
        summary=e.get("summary") or None,
        content="\n".join(contents) or None,
    )


def _entry_date(e: feedparser.FeedParserDict) -> tuple[str | None, str | None]:
    """Published (else updated) date as ISO text, keeping a partial date's precision."""
    for key in ("published", "updated", "created"):
        raw = (e.get(key) or "").strip()
        if not raw:
            continue
        try:
            when, precision = parse_published(raw)  # ISO and partial dates keep their precision
        except DateError:
            parsed = e.get(f"{key}_parsed")  # RFC 822 and friends, normalised to UTC by feedparser
            if not parsed:
                continue
            when, precision = dt.datetime.fromtimestamp(calendar.timegm(parsed), dt.UTC).replace(tzinfo=None), "datetime"
        if when is not None:
            return _iso(when, precision), precision
    return None, None


def _iso(when: dt.datetime, precision: str | None) -> str:
    if precision == "year":
        return f"{when.year:04d}"
    if precision == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if precision == "day":
        return when.date().isoformat()
    return when.isoformat(timespec="seconds")
