"""Turning one input (JSONL, text file, HTML page, feed entry) into Article records.

Bad input never raises: each parser returns `Rejected` records with a sentence that says
what is wrong, so one broken line or page does not stop a bulk import. Every article
needs a publication date (its own, else the caller's default), because claims such as
"next week" cannot be placed in time without one.
"""
from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import BinaryIO, Iterator
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from rumourmill.dates import DateError, parse_published
from rumourmill.jsonl import capped_lines
from rumourmill.models import Article, Rejected, short_hash
from rumourmill.text import detect_language

PAYLOAD_CHARS = 2000
MIN_PAGE_WORDS = 8
"""Fewer words extracted from a page means navigation crumbs, not an article."""
STAGE = "ingest"

Parsed = Article | Rejected

# Query parameters that only track the reader; dropping them makes one article one URL.
_TRACKING = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|_gl|"
    r"_hsenc|_hsmi|mkt_tok|ocid|cmpid|ref_src|ref_url|smid|ito|taid|at_medium|at_campaign|"
    r"ns_mchannel|ns_source|ns_campaign|ns_linkname|ns_fee|sr_share|__twitter_impression)$",
    re.I,
)
_DATE_LINE = re.compile(r"^\ufeff?\s*date\s*:?\s+(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)(?=\s|$)[ \t]*\r?\n?", re.I)
_WS = re.compile(r"\s+")


class ArticleError(ValueError):
    """Input that cannot become an article; the message is the rejection reason."""


# --- common ----------------------------------------------------------------------------


def canonical_url(url: str) -> str:
    """The URL without fragment and tracking parameters, with scheme and host lower-cased."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    if parts.port and (parts.scheme.lower(), parts.port) not in (("http", 80), ("https", 443)):
        host = f"{host}:{parts.port}"
    if parts.username:
        host = f"{parts.username}{':' + parts.password if parts.password else ''}@{host}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)]
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), host, path, urlencode(query, doseq=True), ""))


def content_hash(text: str) -> str:
    """Hash of the text that ignores case and whitespace, to spot the same story twice."""
    return short_hash(_WS.sub(" ", text).strip().lower())


def make_article(
    text: str,
    *,
    url: str | None = None,
    external_id: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    published: object = None,
    language: str | None = None,
    source: str | None = None,
) -> Article:
    """An Article with its stable id, content hash, language and parsed date.

    The id comes from the canonical URL when there is one (so re-fetching a page with a
    different tracking query is the same article), else from the text itself.
    Raises ArticleError for empty text or a bad date.
    """
    text = (text or "").strip()
    if not text:
        raise ArticleError("it has no text")
    try:
        published_at, precision = parse_published(published)
    except DateError as e:
        raise ArticleError(str(e)) from None
    canon = canonical_url(url) if url else None
    chash = content_hash(text)
    return Article(
        article_id=short_hash("url", canon) if canon else short_hash("text", chash),
        text=text,
        external_id=None if external_id is None else str(external_id),
        url=canon,
        outlet=_clean(outlet),
        title=_clean(title),
        published_at=published_at,
        published_precision=precision,
        language=(language or detect_language(text) or None),
        content_hash=chash,
        source=source,
    )


def _clean(value: object) -> str | None:
    if value is None:
        return None
    s = _WS.sub(" ", str(value)).strip()
    return s or None


def reject(source: str, reason: str, payload: str | bytes | None = None) -> Rejected:
    if isinstance(payload, bytes):
        payload = payload[: PAYLOAD_CHARS * 4].decode("utf-8", errors="replace")
    return Rejected(stage=STAGE, source=source, reason=reason, payload=None if payload is None else payload[:PAYLOAD_CHARS])


def _no_date(source: str, how: str | None = None) -> str:
    fix = f"{how} or pass --published YYYY-MM-DD" if how else "pass --published YYYY-MM-DD"
    return f"{source} has no publication date; {fix}."


def decode_text(content: bytes, encoding: str | None = None) -> str:
    """Text from bytes: the declared encoding, else UTF-8 (BOM-aware), else cp1252 (never fails)."""
    for enc in filter(None, (encoding, "utf-8-sig")):
        try:
            return content.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    return content.decode("cp1252", errors="replace")


# --- Article JSONL ---------------------------------------------------------------------


def parse_jsonl(
    content: bytes,
    source: str,
    *,
    language: str | None = None,
    outlet: str | None = None,
    published: object = None,
) -> Iterator[Parsed]:
    """One Article per line of `content`; see parse_jsonl_stream (this is it on bytes in memory)."""
    return parse_jsonl_stream(io.BytesIO(content), source, language=language, outlet=outlet, published=published)


def parse_jsonl_stream(
    stream: BinaryIO,
    source: str,
    *,
    language: str | None = None,
    outlet: str | None = None,
    published: object = None,
    max_line_bytes: int | None = None,
) -> Iterator[Parsed]:
    """One Article per line, read one line at a time; a bad line becomes Rejected("path:LINE").

    Lines end with \n (\r\n is fine) and are numbered as editors number them. A line over
    `max_line_bytes` is rejected without being held whole, and the rest goes on, so a file
    of any size streams through in flat memory. `language`, `outlet` and `published` are
    defaults for lines that lack them.
    """
    for line in capped_lines(stream, max_line_bytes):
        where = f"{source}:{line.number}"
        if line.content is None:
            yield reject(where, f"{where} is {line.size} bytes, over the {max_line_bytes} byte limit for one line "
                                f"([fetch] max_bytes); split or shorten that article.", line.head)
            continue
        raw = line.content
        if not raw.strip():
            continue
        try:
            text = raw.decode("utf-8-sig" if line.number == 1 else "utf-8")
        except UnicodeDecodeError:
            yield reject(where, f"{where} is not UTF-8 text; re-save the file as UTF-8.", raw)
            continue
        yield _jsonl_line(text, where, language=language, outlet=outlet, published=published)


def _jsonl_line(line: str, where: str, *, language: str | None, outlet: str | None, published: object) -> Parsed:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        return reject(where, f"{where} is not valid JSON ({e.msg}); fix or remove that line.", line)
    if not isinstance(obj, dict):
        return reject(where, f"{where} is not a JSON object; each line must be one article object.", line)
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return reject(where, f"{where} has no text; give each article a non-empty \"text\" field.", line)
    date = obj.get("published") or published
    if not date:
        return reject(where, _no_date(where, 'add a "published" field'), line)
    try:
        return make_article(
            text,
            url=_str_or_none(obj.get("url")),
            external_id=_str_or_none(obj.get("id")),
            title=_str_or_none(obj.get("title")),
            outlet=_str_or_none(obj.get("outlet")) or outlet,
            published=date,
            language=_str_or_none(obj.get("language")) or language,
            source=where,
        )
    except ArticleError as e:
        return reject(where, f"{where}: {e}.", line)


def _str_or_none(value: object) -> str | None:
    if value is None:
        return None
    s = str(value).strip()
    return s or None


# --- Text file -------------------------------------------------------------------------


def split_date_line(text: str) -> tuple[str | None, str]:
    """('2021-03', rest) when the text starts with `date 2021-03`, else (None, text).

    The date may stand on its own first line or be followed by the article on the same
    line (the seed's format); the stored text is everything after the date token.
    """
    m = _DATE_LINE.match(text)
    if not m:
        return None, text
    return m.group(1), text[m.end():].lstrip()


def parse_text(
    content: bytes,
    source: str,
    *,
    published: object = None,
    language: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    encoding: str | None = None,
) -> Parsed:
    """A plain-text article; its own `date` line wins over the `published` default."""
    text = decode_text(content, encoding)
    date, body = split_date_line(text)
    if not body.strip():
        return reject(source, f"{source} has no text after its date line; put the article text in the file.", text)
    date = date or published
    if not date:
        return reject(source, _no_date(source, "add a first line `date YYYY-MM-DD`"), text)
    try:
        return make_article(
            body, url=url, external_id=Path(source).stem if not url else None, outlet=outlet,
            published=date, language=language, source=source,
        )
    except ArticleError as e:
        return reject(source, f"{source}: {e}.", text)


# --- HTML ------------------------------------------------------------------------------


def parse_html(
    content: bytes,
    source: str,
    *,
    url: str | None = None,
    published: object = None,
    language: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    encoding: str | None = None,
    external_id: str | None = None,
) -> Parsed:
    """An article from a page: main text, title, site name and date via trafilatura.

    The page's own date wins; htmldate is the fallback; `published` (a feed entry's date
    or the user's --published) is the last resort. `title` is used if the page has none.
    """
    html = _html_text(content, encoding)
    doc = _extract(html, url)
    text = (doc.text or "").strip() if doc is not None else ""
    # trafilatura puts one newline between paragraphs; a blank line is the paragraph break
    # of every other input format (and keeps sentences of two paragraphs apart)
    text = re.sub(r"\n+", "\n\n", text)
    if len(text.split()) < MIN_PAGE_WORDS:
        return reject(source, f"{source} has no article text that could be extracted; is it an article page?", content)
    date = (doc.date if doc is not None else None) or _htmldate(html, url) or published
    if not date:
        return reject(source, _no_date(source), content)
    try:
        return make_article(
            text,
            url=url,
            external_id=external_id,
            title=(doc.title if doc is not None else None) or title,
            outlet=outlet or (doc.sitename if doc is not None else None),
            published=date,
            language=language or detect_language(text) or _page_language(doc),
            source=source,
        )
    except ArticleError as e:
        return reject(source, f"{source}: {e}.", content)


def _html_text(content: bytes, encoding: str | None) -> str:
    """HTML as str: the HTTP charset, else the page's <meta charset>, else UTF-8."""
    if not encoding:
        m = re.search(rb"""<meta[^>]+charset=["']?([\w-]+)""", content[:4096], re.I)
        encoding = m.group(1).decode("ascii") if m else None
    html = decode_text(content, encoding)
    return re.sub(r"^\s*<\?xml[^>]*\?>", "", html)  # lxml refuses str with an encoding declaration


def _extract(html: str, url: str | None):
    import trafilatura

    return trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"original_date": True, "extensive_search": False},
    )


def _htmldate(html: str, url: str | None) -> str | None:
    """htmldate with its wider search, for pages without date metadata."""
    from htmldate import find_date
    from trafilatura import load_html

    tree = load_html(html)
    if tree is None:
        return None
    try:
        return find_date(tree, url=url, original_date=True, extensive_search=True, outputformat="%Y-%m-%d")
    except Exception:  # htmldate raises assorted errors on odd pages; a missing date is handled
        return None


def _page_language(doc) -> str | None:
    lang = getattr(doc, "language", None) if doc is not None else None
    return lang.split("-")[0].lower()[:2] if lang else None


# --- Feed entry content ----------------------------------------------------------------

_BLOCK = re.compile(r"(?i)</?(p|div|br|li|h[1-6]|blockquote|tr|section|article)\b[^>]*>")


def html_fragment_text(fragment: str) -> str:
    """Plain text from an HTML fragment (a feed's content), keeping paragraph breaks."""
    import lxml.html

    marked = _BLOCK.sub("\n\n", fragment)
    try:
        text = lxml.html.fragment_fromstring(marked, create_parent="div").text_content()
    except Exception:  # lxml rejects some broken fragments; then strip tags crudely
        text = re.sub(r"<[^>]+>", " ", marked)
    paragraphs = (_WS.sub(" ", p).strip() for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)


def parse_entry_content(
    content_html: str,
    source: str,
    *,
    url: str | None = None,
    title: str | None = None,
    published: object = None,
    language: str | None = None,
    outlet: str | None = None,
) -> Parsed:
    """An article from a feed entry's inline content, for entries without a link."""
    text = html_fragment_text(content_html)
    if not text:
        return reject(source, f"{source} has neither a link nor any text.", content_html)
    if not published:
        return reject(source, _no_date(source), content_html)
    try:
        return make_article(text, url=url, title=title, outlet=outlet, published=published, language=language, source=source)
    except ArticleError as e:
        return reject(source, f"{source}: {e}.", content_html)
