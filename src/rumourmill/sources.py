"""From SOURCE strings (files, folders, URLs, feeds) to Article and Rejected records.

Failures of single files, pages or feed entries become `Rejected` records so one bad
item never stops an import. Only mistakes in the command itself (a path that does not
exist, a file type rumourmill cannot read, a non-http URL) raise `UserError`, and they
are checked for every location before anything is yielded.
"""
from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Collection, Iterable, Iterator
from urllib.parse import unquote, urlsplit

from rumourmill.articles import (
    Parsed,
    canonical_url,
    parse_entry_content,
    parse_html,
    parse_jsonl_stream,
    parse_text,
    reject,
)
from rumourmill.errors import UserError
from rumourmill.feeds import FeedEntry, FeedError, looks_like_feed, parse_feed
from rumourmill.fetch import FetchError, Fetcher, FetchResult
from rumourmill.models import Article

log = logging.getLogger("rumourmill.sources")

KINDS = {
    ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".txt": "text", ".md": "text",
    ".html": "html", ".htm": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}
_SUPPORTED = ".jsonl/.ndjson, .txt/.md, .html/.htm or .xml/.rss/.atom"
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")

StoredLookup = Callable[[Collection[str]], "set[str]"]
"""Given canonical URLs, the ones already stored (one query per feed, never the whole table)."""


@dataclass
class SourceSpec:
    """One SOURCE with optional hints: `published` is a default date, never an override."""

    location: str
    language: str | None = None
    outlet: str | None = None
    published: str | None = None


@dataclass
class _Plan:
    spec: SourceSpec
    kind: str  # url | dir | jsonl | text | html | feed
    target: str  # URL or path


def iter_sources(
    specs: Iterable[SourceSpec],
    fetcher: Fetcher,
    seen_urls: set[str] | None = None,
    stored: StoredLookup | None = None,
) -> Iterator[Parsed]:
    """Articles and rejections from every location, in order.

    A location is a file, a folder, an http(s) URL of an article or feed, or a feed file.
    Folders are read recursively in sorted order; only .jsonl/.ndjson (Article JSONL),
    .txt/.md (text), .html/.htm (pages) and .xml/.rss/.atom (feeds) are read, and hidden
    files and folders (names starting with ".") and other extensions are skipped.

    Article JSONL files are streamed a line at a time, so they may be of any size; each
    line is capped at the fetch byte cap (`max_bytes`) and a longer line is rejected as
    "path:LINE". Other local files are single documents, read whole under that cap.

    Feed entries whose link (or its canonical form) is in `seen_urls`, or stored according
    to `stored` (asked once per feed with the feed's links), are not fetched; links
    fetched here are added to `seen_urls`, so a story in two feeds is fetched once.

    All locations are validated when this is called: UserError is raised before anything
    is yielded for a location that does not exist or has an unsupported type.
    """
    plans = [_plan(spec) for spec in specs]
    seen = _Seen(seen_urls if seen_urls is not None else set(), stored)
    return _run(plans, fetcher, seen)


class _Seen:
    """Links not to fetch: those fetched in this run (a set) and those stored (asked per feed)."""

    def __init__(self, urls: set[str], stored: StoredLookup | None):
        self.urls = urls
        self.stored = stored

    def __contains__(self, url: str) -> bool:
        return url in self.urls

    def update(self, urls: Iterable[str]) -> None:
        self.urls.update(urls)

    def add(self, url: str) -> None:
        self.urls.add(url)

    def ask_stored(self, links: Iterable[str]) -> None:
        """Look the links up in the database in one query; the stored ones are then skipped."""
        if self.stored is None:
            return
        todo = {c for c in map(_http_canonical, links) if c and c not in self.urls}
        if todo:
            found = self.stored(todo)
            log.debug("%d of %d feed links already stored", len(found), len(todo))
            self.urls.update(found)


def _run(plans: list[_Plan], fetcher: Fetcher, seen: _Seen) -> Iterator[Parsed]:
    for plan in plans:
        log.info("ingesting %s", plan.spec.location)
        if plan.kind == "url":
            yield from _url(plan.target, plan.spec, fetcher, seen)
        elif plan.kind == "dir":
            for path, kind in _walk(Path(plan.target)):
                yield from _file(path, kind, plan.spec, fetcher, seen)
        else:
            yield from _file(Path(plan.target), plan.kind, plan.spec, fetcher, seen)


# --- validating locations ------------------------------------------------------------------


def _plan(spec: SourceSpec) -> _Plan:
    loc = spec.location.strip()
    m = _SCHEME.match(loc)
    if m:
        scheme = m.group(1).lower()
        if scheme in ("http", "https"):
            if not urlsplit(loc).hostname:
                raise UserError(f"{loc} has no host name; give a full URL such as https://example.com/news.")
            return _Plan(spec, "url", loc)
        if scheme != "file":
            raise UserError(f"{loc} is a {scheme}: URL, which rumourmill cannot read; give an http(s) URL, a file or a folder.")
        loc = unquote(urlsplit(loc).path)
    path = Path(loc).expanduser()
    if not path.exists():
        raise UserError(f"{loc} does not exist; give an existing file or folder, or an http(s) URL.")
    if path.is_dir():
        return _Plan(spec, "dir", str(path))
    if not path.is_file():
        raise UserError(f"{loc} is not a regular file; give a file, a folder or an http(s) URL.")
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        what = f"a {path.suffix} file" if path.suffix else "a file without an extension"
        raise UserError(f"{loc} is {what}, which rumourmill cannot ingest; use {_SUPPORTED} files.")
    return _Plan(spec, kind, str(path))


def _walk(root: Path) -> Iterator[tuple[Path, str]]:
    """Supported files under root, sorted, skipping hidden names; symlinked folders not followed."""
    found: list[tuple[tuple[str, ...], Path, str]] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            path = Path(folder) / name
            kind = KINDS.get(path.suffix.lower())
            if name.startswith(".") or kind is None:
                log.debug("skipping %s (hidden or unsupported type)", path)
                continue
            found.append((path.relative_to(root).parts, path, kind))
    for _parts, path, kind in sorted(found):
        yield path, kind


# --- local files ------------------------------------------------------------------------


def _file(path: Path, kind: str, spec: SourceSpec, fetcher: Fetcher, seen: _Seen) -> Iterator[Parsed]:
    source = str(path)
    if kind == "jsonl":
        yield from _jsonl_file(path, spec, fetcher.settings.max_bytes)
        return
    try:
        content = _read_capped(path, fetcher.settings.max_bytes)
    except (OSError, ValueError) as e:
        yield reject(source, f"{source} could not be read ({e}).")
        return
    if kind == "text":
        yield parse_text(content, source, published=spec.published, language=spec.language, outlet=spec.outlet)
    elif kind == "html":
        yield parse_html(content, source, published=spec.published, language=spec.language, outlet=spec.outlet,
                         external_id=path.stem)
    else:
        yield from _feed(content, source, None, spec, fetcher, seen)


def _jsonl_file(path: Path, spec: SourceSpec, line_cap: int) -> Iterator[Parsed]:
    """Article JSONL streamed a line at a time: any file size, each line under the byte cap."""
    source = str(path)
    try:
        f = path.open("rb")
    except OSError as e:
        yield reject(source, f"{source} could not be read ({e}).")
        return
    last = f"{source}:0"
    with f:
        try:
            for record in parse_jsonl_stream(f, source, language=spec.language, outlet=spec.outlet,
                                             published=spec.published, max_line_bytes=line_cap):
                last = record.source or last
                yield record
        except OSError as e:  # the disk failed mid-file: what was read stands, the rest is named
            yield reject(source, f"{source} could not be read after {last} ({e}); "
                                 "ingest it again once it can be read (stored articles are skipped).")


def _read_capped(path: Path, cap: int) -> bytes:
    """A single-document file's bytes; ValueError when it is over the same cap as downloads."""
    with path.open("rb") as f:
        content = f.read(cap + 1)
    if len(content) > cap:
        raise ValueError(f"it is over the {cap} byte limit")
    return content


# --- URLs and feeds -----------------------------------------------------------------------


def _url(url: str, spec: SourceSpec, fetcher: Fetcher, seen: _Seen) -> Iterator[Parsed]:
    try:
        result = fetcher.get(url)
    except FetchError as e:
        yield reject(url, str(e))
        return
    if result.not_modified:
        log.info("%s has not changed since the last fetch", url)
        return
    if looks_like_feed(result.content, result.content_type):
        yield from _feed(result.content, url, result.final_url, spec, fetcher, seen)
    else:
        yield _page(result, url, spec, published=spec.published, title=None)


def _page(result: FetchResult, source: str, spec: SourceSpec, *, published: str | None, title: str | None) -> Parsed:
    """An article from a fetched page, chosen by what the server says it is."""
    url = result.final_url
    media = result.content_type
    if media in _HTML_TYPES or (media is None and b"<html" in result.content[:4096].lower()):
        return parse_html(result.content, source, url=url, published=published, language=spec.language,
                          outlet=spec.outlet, title=title, encoding=result.encoding)
    if media == "text/plain":
        return parse_text(result.content, source, url=url, published=published, language=spec.language,
                          outlet=spec.outlet, encoding=result.encoding)
    return reject(source, f"{url} is {media or 'of an unknown type'}, not an HTML page or a feed, so it was skipped.")


def _feed(content: bytes, source: str, base_url: str | None, spec: SourceSpec, fetcher: Fetcher,
          seen: _Seen) -> Iterator[Parsed]:
    try:
        feed = parse_feed(content, base_url)
    except FeedError as e:
        yield reject(source, f"{source}: {e}", content)
        return
    log.info("%s: feed %r with %d entries", source, feed.title, len(feed.entries))
    seen.ask_stored(e.link for e in feed.entries if e.link)
    for n, entry in enumerate(feed.entries, 1):
        yield from _entry(entry, f"{source} entry {n}", source, spec, fetcher, seen)


def _entry(entry: FeedEntry, where: str, feed_source: str, spec: SourceSpec, fetcher: Fetcher,
           seen: _Seen) -> Iterator[Parsed]:
    """Fetch the entry's link as an article; use inline content when there is no link."""
    published = entry.published or spec.published
    if not entry.link:
        inline = entry.content or entry.summary
        if not inline:
            yield reject(where, f"{where} has neither a link nor any content.")
            return
        yield _from_feed(parse_entry_content(inline, where, title=entry.title, published=published,
                                             language=spec.language, outlet=spec.outlet), feed_source)
        return
    link = entry.link
    try:
        scheme, canon = urlsplit(link).scheme.lower(), canonical_url(link)
    except ValueError as e:  # a bad port or IPv6 literal: one entry, not the whole import
        yield reject(where, f"{where} links to {link}, which is not a valid URL ({e}).")
        return
    if scheme not in ("http", "https"):
        yield reject(where, f"{where} links to {link}, which is not an http(s) URL.")
        return
    if link in seen or canon in seen:
        log.debug("skipping %s: already stored", link)
        return
    seen.update((link, canon))
    try:
        result = fetcher.get(link)
    except FetchError as e:
        yield reject(link, f"Could not fetch {link} (linked from {feed_source}): {e.problem}.")
        return
    if result.not_modified:
        return
    seen.add(canonical_url(result.final_url))
    if looks_like_feed(result.content, result.content_type):
        yield reject(link, f"{link} (linked from {feed_source}) is a feed, not an article.")
        return
    yield _from_feed(_page(result, link, spec, published=published, title=entry.title), feed_source)


def _http_canonical(link: str) -> str | None:
    """The canonical form of an http(s) link; None for other or malformed links."""
    try:
        return canonical_url(link) if urlsplit(link).scheme.lower() in ("http", "https") else None
    except ValueError:
        return None


def _from_feed(record: Parsed, feed_source: str) -> Parsed:
    """Articles found through a feed name the feed as their source; rejections keep the item."""
    if isinstance(record, Article):
        record.source = feed_source
    return record


def check_sources(specs: Iterable[SourceSpec]) -> None:
    """Raise UserError for the first location that does not exist or cannot be read (no I/O beyond stat)."""
    for spec in specs:
        _plan(spec)
