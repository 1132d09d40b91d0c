"""One hardened HTTP client for everything rumourmill downloads.

Pages and feeds come from the open web, so every request is bounded: connect/read
timeouts and a total deadline, a byte cap on the (decoded) body, a redirect cap with
each hop re-checked, retries with backoff that honour Retry-After, a per-host minimum
interval, robots.txt, conditional GET, and an SSRF guard. The guard checks the address
the socket actually connected to (not what DNS said earlier), so DNS rebinding and
redirects to internal hosts are caught too.

A `Fetcher` is not thread-safe: give each thread its own.
"""
from __future__ import annotations

import email.utils
import ipaddress
import logging
import socket
import time
from dataclasses import dataclass, field
from typing import Callable
from urllib.parse import urljoin, urlsplit

import requests
from protego import Protego
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

log = logging.getLogger("rumourmill.fetch")

_REDIRECTS = {301, 302, 303, 307, 308}
_RETRY_STATUS = {429, 500, 502, 503, 504}
_ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"
)


@dataclass
class FetchSettings:
    """Limits for one Fetcher; the defaults suit polite crawling of news sites."""

    connect_timeout: float = 5.0
    read_timeout: float = 15.0  # between bytes, per socket read
    deadline: float = 60.0  # total seconds for one get(), retries and redirects included
    max_bytes: int = 5 * 1024 * 1024  # body cap (after decompression); over it is an error
    max_redirects: int = 5
    retries: int = 3  # extra attempts after the first, on connection errors and 429/5xx
    backoff: float = 0.5  # first retry waits this, then doubles
    max_retry_wait: float = 30.0  # cap on any single wait (Retry-After included)
    min_interval: float = 1.0  # politeness: seconds between requests to one host
    max_crawl_delay: float = 10.0  # cap on a robots.txt Crawl-delay we honour
    user_agent: str = "rumourmill/0.1"
    obey_robots: bool = True
    allow_loopback: bool = False  # tests serve from 127.0.0.1; never enable in production
    robots_max_bytes: int = 500 * 1024


class FetchError(Exception):
    """A URL that could not be fetched; the message is one sentence naming the URL."""

    def __init__(self, url: str, problem: str) -> None:
        super().__init__(f"Could not fetch {url}: {problem}.")
        self.url = url
        self.problem = problem


@dataclass
class FetchResult:
    """A fetched body and what the server said about it."""

    url: str  # as requested
    final_url: str  # after redirects
    status: int
    content: bytes
    content_type: str | None  # media type only, lower-cased ("text/html")
    encoding: str | None  # charset from Content-Type, if the server named one
    headers: dict[str, str] = field(default_factory=dict)
    not_modified: bool = False  # a 304 answer to a conditional GET; content is empty


# --- SSRF guard -----------------------------------------------------------------------


class BlockedAddress(Exception):
    """Raised inside the connection when the peer is not a public address."""

    def __init__(self, host: str, address: str) -> None:
        super().__init__(f"{host} connects to non-public address {address}")
        self.host = host
        self.address = address


def is_blocked_address(address: str, allow_loopback: bool = False) -> bool:
    """True for private, loopback, link-local, multicast, reserved or unspecified IPs.

    IPv4-mapped and 6to4 IPv6 addresses are judged by the IPv4 address they carry.
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        inner = ip.ipv4_mapped or ip.sixtofour
        if inner is not None:
            return is_blocked_address(str(inner), allow_loopback)
    if ip.is_loopback:
        return not allow_loopback
    return (
        ip.is_private
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


class _GuardMixin:
    """Checks the connected peer before a single byte (or TLS hello) is sent."""

    allow_loopback: bool = False

    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()  # type: ignore[misc]
        try:
            peer = sock.getpeername()[0]
            blocked = is_blocked_address(peer, self.allow_loopback)
        except (OSError, ValueError):
            peer, blocked = "unknown", True
        if blocked:
            sock.close()
            raise BlockedAddress(self.host, peer)  # type: ignore[attr-defined]
        return sock


class _GuardedAdapter(HTTPAdapter):
    """A requests adapter whose pools only make guarded connections."""

    def __init__(self, allow_loopback: bool) -> None:
        attrs = {"allow_loopback": allow_loopback}
        http_conn = type("GuardedHTTPConnection", (_GuardMixin, HTTPConnection), attrs)
        https_conn = type("GuardedHTTPSConnection", (_GuardMixin, HTTPSConnection), attrs)
        self._pool_classes = {
            "http": type("GuardedHTTPPool", (HTTPConnectionPool,), {"ConnectionCls": http_conn}),
            "https": type("GuardedHTTPSPool", (HTTPSConnectionPool,), {"ConnectionCls": https_conn}),
        }
        super().__init__(max_retries=0)

    def init_poolmanager(self, *args, **kwargs) -> None:  # type: ignore[override]
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = self._pool_classes


# --- the fetcher -----------------------------------------------------------------------


class Fetcher:
    """GET with every limit in `FetchSettings`; `validators` holds ETag/Last-Modified per URL.

    Callers may prefill `validators` (url -> (etag, last_modified)) from storage and read
    it back after fetching, so the next run can ask "has this changed?" (304).
    """

    def __init__(
        self,
        settings: FetchSettings | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.settings = settings or FetchSettings()
        self.validators: dict[str, tuple[str | None, str | None]] = {}
        self._sleep = sleep
        self._clock = clock
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, Protego | None] = {}
        self._crawl_delay: dict[str, float] = {}
        self.session = self._make_session()

    def _make_session(self) -> requests.Session:
        s = requests.Session()
        s.trust_env = False  # a proxy from the environment would hide the real peer
        s.headers.update({"User-Agent": self.settings.user_agent, "Accept": _ACCEPT})
        adapter = _GuardedAdapter(self.settings.allow_loopback)
        s.mount("http://", adapter)
        s.mount("https://", adapter)
        return s

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str) -> FetchResult:
        """Fetch one URL (following redirects); FetchError on any failure or limit."""
        deadline = self._clock() + self.settings.deadline
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            _check_scheme(url, current)
            if self.settings.obey_robots:
                self._check_robots(url, current, deadline)
            resp = self._request(url, current, deadline, conditional=True)
            if resp.status_code in _REDIRECTS and resp.headers.get("Location"):
                resp.close()
                current = urljoin(current, resp.headers["Location"])
                continue
            return self._result(url, current, resp, deadline, self.settings.max_bytes)
        raise FetchError(url, f"more than {self.settings.max_redirects} redirects")

    # -- one request, with retries

    def _request(self, url: str, current: str, deadline: float, conditional: bool) -> requests.Response:
        # Validators are keyed by the caller's URL and sent on every hop, so a page
        # behind a redirect can still answer 304.
        headers = self._conditional_headers(url) if conditional else {}
        for attempt in range(self.settings.retries + 1):
            self._wait_for_host(current, deadline, url)
            try:
                resp = self.session.get(
                    current,
                    headers=headers,
                    stream=True,
                    allow_redirects=False,
                    timeout=(self.settings.connect_timeout, self._read_timeout(deadline, url)),
                )
            except BlockedAddress as e:
                raise FetchError(url, f"{e.host} is a non-public address ({e.address}), which is never fetched") from None
            except requests.RequestException as e:
                blocked = _blocked_cause(e)
                if blocked is not None:
                    raise FetchError(url, f"{blocked.host} is a non-public address ({blocked.address}), which is never fetched") from None
                if attempt >= self.settings.retries:
                    raise FetchError(url, _describe(e)) from None
                self._backoff(url, attempt, None, deadline)
                continue
            if resp.status_code in _RETRY_STATUS and attempt < self.settings.retries:
                retry_after = resp.headers.get("Retry-After") if resp.status_code in (429, 503) else None
                resp.close()
                self._backoff(url, attempt, retry_after, deadline)
                continue
            return resp
        raise AssertionError("unreachable")  # pragma: no cover

    def _conditional_headers(self, url: str) -> dict[str, str]:
        etag, modified = self.validators.get(url, (None, None))
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
        return headers

    def _read_timeout(self, deadline: float, url: str) -> float:
        left = deadline - self._clock()
        if left <= 0:
            raise FetchError(url, f"the {self.settings.deadline:g} s deadline passed")
        return min(self.settings.read_timeout, left)

    def _backoff(self, url: str, attempt: int, retry_after: str | None, deadline: float) -> None:
        wait = self.settings.backoff * (2**attempt)
        asked = _parse_retry_after(retry_after)
        if asked is not None:
            wait = max(wait, asked)
        wait = min(wait, self.settings.max_retry_wait)
        if self._clock() + wait > deadline:
            raise FetchError(url, f"the server asked to retry later and the {self.settings.deadline:g} s deadline would pass")
        log.debug("retrying %s in %.1f s", url, wait)
        self._sleep(wait)

    def _wait_for_host(self, current: str, deadline: float, url: str) -> None:
        host = _host_key(current)
        interval = max(self.settings.min_interval, self._crawl_delay.get(host, 0.0))
        last = self._last_request.get(host)
        if last is not None:
            wait = last + interval - self._clock()
            if wait > 0:
                if self._clock() + wait > deadline:
                    raise FetchError(url, f"the {self.settings.deadline:g} s deadline passed waiting politely for {host}")
                self._sleep(wait)
        self._last_request[host] = self._clock()

    # -- reading the body

    def _result(self, url: str, current: str, resp: requests.Response, deadline: float, cap: int) -> FetchResult:
        with resp:
            headers = dict(resp.headers)
            if resp.status_code == 304:
                return FetchResult(url, current, 304, b"", None, None, headers, not_modified=True)
            if not 200 <= resp.status_code < 300:
                raise FetchError(url, f"the server answered HTTP {resp.status_code} {resp.reason or ''}".rstrip())
            content = self._read_body(url, resp, deadline, cap)
        media, charset = _content_type(resp.headers.get("Content-Type"))
        etag, modified = resp.headers.get("ETag"), resp.headers.get("Last-Modified")
        if etag or modified:
            self.validators[url] = (etag, modified)
        return FetchResult(url, current, resp.status_code, content, media, charset, headers)

    def _read_body(self, url: str, resp: requests.Response, deadline: float, cap: int) -> bytes:
        declared = resp.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(url, f"the body is {int(declared)} bytes, over the {cap} byte limit")
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in resp.iter_content(64 * 1024):
                size += len(chunk)
                if size > cap:
                    raise FetchError(url, f"the body is over the {cap} byte limit")
                if self._clock() > deadline:
                    raise FetchError(url, f"the {self.settings.deadline:g} s deadline passed while reading")
                chunks.append(chunk)
        except requests.RequestException as e:
            raise FetchError(url, _describe(e)) from None
        return b"".join(chunks)

    # -- robots.txt

    def _check_robots(self, url: str, current: str, deadline: float) -> None:
        host = _host_key(current)
        if host not in self._robots:
            self._robots[host] = self._load_robots(url, current, deadline)
        rules = self._robots[host]
        if rules is not None and not rules.can_fetch(current, self.settings.user_agent):
            raise FetchError(url, f"robots.txt of {host} disallows {current} for {self.settings.user_agent}")

    def _load_robots(self, url: str, current: str, deadline: float) -> Protego | None:
        """Parsed rules, or None (allow all) when the site has no robots.txt."""
        parts = urlsplit(current)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        target = robots_url
        for _hop in range(self.settings.max_redirects + 1):
            _check_scheme(url, target)
            resp = self._request(url, target, deadline, conditional=False)
            if resp.status_code in _REDIRECTS and resp.headers.get("Location"):
                resp.close()
                target = urljoin(target, resp.headers["Location"])
                continue
            break
        else:
            return None  # too many redirects: treat as unavailable (RFC 9309 2.3.1.2)
        with resp:
            if 400 <= resp.status_code < 500:
                return None
            if resp.status_code >= 500:
                raise FetchError(url, f"{robots_url} answered HTTP {resp.status_code}, so the site may not be crawled now")
            try:
                body = self._read_body(robots_url, resp, deadline, self.settings.robots_max_bytes)
            except FetchError:
                body = b""  # an oversized robots.txt: RFC 9309 says parse what fits; we allow all
        rules = Protego.parse(body.decode("utf-8", errors="replace"))
        delay = rules.crawl_delay(self.settings.user_agent)
        if delay:
            self._crawl_delay[_host_key(current)] = min(float(delay), self.settings.max_crawl_delay)
        return rules


# --- helpers ---------------------------------------------------------------------------


def _check_scheme(url: str, current: str) -> None:
    scheme = urlsplit(current).scheme.lower()
    if scheme not in ("http", "https"):
        where = "" if current == url else f" (redirected to {current})"
        raise FetchError(url, f"only http and https URLs are fetched, not {scheme or 'a URL without a scheme'}{where}")
    if not urlsplit(current).hostname:
        raise FetchError(url, "the URL has no host name")


def _host_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{(parts.hostname or '').lower()}:{parts.port or ''}"


def _content_type(value: str | None) -> tuple[str | None, str | None]:
    if not value:
        return None, None
    media, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.strip().partition("=")
        if key.lower() == "charset" and val:
            charset = val.strip().strip("'\"").lower()
    return media.strip().lower() or None, charset


def _parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def _blocked_cause(exc: BaseException) -> BlockedAddress | None:
    seen = exc
    for _ in range(8):
        if isinstance(seen, BlockedAddress):
            return seen
        nxt = getattr(seen, "reason", None) or seen.__cause__ or seen.__context__
        if nxt is None or nxt is seen:
            return None
        seen = nxt
    return None


def _describe(exc: requests.RequestException) -> str:
    if isinstance(exc, requests.ConnectTimeout):
        return "the connection timed out"
    if isinstance(exc, (requests.ReadTimeout, requests.Timeout)):
        return "the server took too long to answer"
    if isinstance(exc, requests.exceptions.SSLError):
        return "the TLS certificate could not be verified"
    if isinstance(exc, requests.ConnectionError):
        text = str(exc)
        if "Name or service not known" in text or "NameResolutionError" in text or "getaddrinfo" in text:
            return "its host name does not resolve"
        if "timed out" in text.lower():
            return "the server took too long to answer"
        return "the connection failed"
    return f"the request failed ({type(exc).__name__})"
