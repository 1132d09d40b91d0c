"""The hardened fetcher against a real server on loopback."""
from __future__ import annotations

import gzip
import socket

import pytest
from loopback import LoopbackServer, Reply

from rumourmill.fetch import FetchError, Fetcher, FetchSettings, is_blocked_address

PAGE = b"<html><body><p>Hello from the loopback server.</p></body></html>"


def fast(**kw) -> FetchSettings:
    """Test settings: loopback allowed, no politeness pause, short timeouts."""
    base = dict(allow_loopback=True, min_interval=0.0, connect_timeout=2.0, read_timeout=2.0, deadline=10.0)
    base.update(kw)
    return FetchSettings(**base)


class RecordingSleep:
    """Stands in for time.sleep so retry tests are fast but the waits are checked."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


@pytest.fixture
def server():
    with LoopbackServer() as srv:
        yield srv


def test_success_returns_body_type_and_charset(server):
    server.route("/a", PAGE, content_type="text/html; charset=ISO-8859-1", headers={"X-Test": "1"})
    res = Fetcher(fast()).get(server.url("/a"))
    assert res.status == 200
    assert res.content == PAGE
    assert res.content_type == "text/html"
    assert res.encoding == "iso-8859-1"
    assert res.final_url == res.url == server.url("/a")
    assert res.headers["X-Test"] == "1"
    assert not res.not_modified
    assert server.requests[-1].headers["User-Agent"] == "rumourmill/0.1"


def test_gzip_body_is_decoded(server):
    server.route("/gz", gzip.compress(PAGE), headers={"Content-Encoding": "gzip"})
    assert Fetcher(fast()).get(server.url("/gz")).content == PAGE


def test_body_over_cap_is_an_error_not_truncation(server):
    server.route("/big", b"x" * 5000)
    with pytest.raises(FetchError, match="over the 1000 byte limit"):
        Fetcher(fast(max_bytes=1000)).get(server.url("/big"))


def test_streamed_body_without_length_is_capped(server):
    server.route("/stream", responses=[Reply(200, b"y" * 5000, send_length=False)])
    with pytest.raises(FetchError, match="byte limit"):
        Fetcher(fast(max_bytes=1000)).get(server.url("/stream"))


def test_decompressed_size_counts_against_cap(server):
    bomb = gzip.compress(b"\0" * 200_000)  # a few hundred bytes on the wire
    server.route("/bomb", bomb, headers={"Content-Encoding": "gzip"})
    assert len(bomb) < 1000
    with pytest.raises(FetchError, match="byte limit"):
        Fetcher(fast(max_bytes=10_000)).get(server.url("/bomb"))


def test_redirect_is_followed_and_reported(server):
    server.route("/old", status=301, headers={"Location": "/new"})
    server.route("/new", PAGE)
    res = Fetcher(fast()).get(server.url("/old"))
    assert res.content == PAGE
    assert res.url == server.url("/old")
    assert res.final_url == server.url("/new")


def test_redirect_cap(server):
    for i in range(5):
        server.route(f"/r{i}", status=302, headers={"Location": f"/r{i + 1}"})
    server.route("/r5", PAGE)
    with pytest.raises(FetchError, match="more than 3 redirects"):
        Fetcher(fast(max_redirects=3)).get(server.url("/r0"))
    assert Fetcher(fast(max_redirects=5)).get(server.url("/r0")).content == PAGE


def test_redirect_to_other_scheme_is_refused(server):
    server.route("/jump", status=302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(FetchError, match="only http and https.*redirected to file:///etc/passwd"):
        Fetcher(fast()).get(server.url("/jump"))


def test_retry_after_is_honoured_then_succeeds(server):
    server.route("/busy", responses=[Reply(503, headers={"Retry-After": "2"}), Reply(429, headers={"Retry-After": "1"}), Reply(200, PAGE)])
    sleep = RecordingSleep()
    res = Fetcher(fast(backoff=0.1), sleep=sleep).get(server.url("/busy"))
    assert res.content == PAGE
    assert server.hits("/busy") == 3
    assert sleep.waits == [2.0, 1.0]


def test_retry_after_wait_is_capped(server):
    server.route("/slowdown", responses=[Reply(429, headers={"Retry-After": "3600"}), Reply(200, PAGE)])
    sleep = RecordingSleep()
    Fetcher(fast(max_retry_wait=5.0, deadline=30.0), sleep=sleep).get(server.url("/slowdown"))
    assert sleep.waits == [5.0]


def test_retries_exhausted_is_an_error_naming_url(server):
    server.route("/down", status=503)
    sleep = RecordingSleep()
    url = server.url("/down")
    with pytest.raises(FetchError, match="HTTP 503") as err:
        Fetcher(fast(retries=2, backoff=0.5), sleep=sleep).get(url)
    assert url in str(err.value)
    assert server.hits("/down") == 3
    assert sleep.waits == [0.5, 1.0]  # exponential backoff


def test_not_found_is_not_retried(server):
    with pytest.raises(FetchError, match="HTTP 404"):
        Fetcher(fast(), sleep=RecordingSleep()).get(server.url("/missing"))
    assert server.hits("/missing") == 1


def test_conditional_get_gives_not_modified(server):
    def handler(req):
        if req.headers.get("If-None-Match") == '"v1"':
            return Reply(304, content_type=None)
        return Reply(200, PAGE, headers={"ETag": '"v1"', "Last-Modified": "Wed, 03 Mar 2021 10:00:00 GMT"})

    server.route("/feed", handler=handler)
    fetcher = Fetcher(fast())
    url = server.url("/feed")
    first = fetcher.get(url)
    assert first.content == PAGE and not first.not_modified
    assert fetcher.validators[url] == ('"v1"', "Wed, 03 Mar 2021 10:00:00 GMT")
    second = fetcher.get(url)
    assert second.not_modified and second.status == 304 and second.content == b""
    assert server.requests[-1].headers["If-Modified-Since"] == "Wed, 03 Mar 2021 10:00:00 GMT"


def test_prefilled_validators_are_sent(server):
    server.route("/x", status=304, content_type=None)
    fetcher = Fetcher(fast())
    fetcher.validators[server.url("/x")] = ('"abc"', None)
    assert fetcher.get(server.url("/x")).not_modified
    assert server.requests[-1].headers["If-None-Match"] == '"abc"'
    assert "If-Modified-Since" not in server.requests[-1].headers


def test_robots_disallow(server):
    server.route("/robots.txt", b"User-agent: *\nDisallow: /private\n", content_type="text/plain")
    server.route("/private/page", PAGE)
    server.route("/public", PAGE)
    fetcher = Fetcher(fast())
    with pytest.raises(FetchError, match="robots.txt .* disallows"):
        fetcher.get(server.url("/private/page"))
    assert fetcher.get(server.url("/public")).content == PAGE
    assert server.hits("/private/page") == 0
    assert server.hits("/robots.txt") == 1  # cached per host


def test_robots_rules_for_our_agent_and_ignore_setting(server):
    server.route("/robots.txt", b"User-agent: rumourmill\nDisallow: /\n", content_type="text/plain")
    server.route("/a", PAGE)
    with pytest.raises(FetchError, match="disallows"):
        Fetcher(fast()).get(server.url("/a"))
    assert Fetcher(fast(obey_robots=False)).get(server.url("/a")).content == PAGE


def test_missing_robots_allows_all(server):
    server.route("/a", PAGE)
    assert Fetcher(fast()).get(server.url("/a")).content == PAGE
    assert server.hits("/robots.txt") == 1


def test_robots_crawl_delay_slows_requests(server):
    server.route("/robots.txt", b"User-agent: *\nCrawl-delay: 4\n", content_type="text/plain")
    server.route("/a", PAGE)
    sleep = RecordingSleep()
    fetcher = Fetcher(fast(), sleep=sleep)
    fetcher.get(server.url("/a"))
    fetcher.get(server.url("/a"))
    # robots.txt, then /a, then /a again: each later request waits out the delay
    assert len(sleep.waits) == 2 and all(2.0 < w <= 4.0 for w in sleep.waits)


def test_politeness_interval_per_host(server):
    server.route("/a", PAGE)
    sleep = RecordingSleep()
    fetcher = Fetcher(fast(min_interval=2.0, obey_robots=False), sleep=sleep)
    fetcher.get(server.url("/a"))
    fetcher.get(server.url("/a"))
    assert len(sleep.waits) == 1 and 0.5 < sleep.waits[0] <= 2.0


def test_read_timeout(server):
    server.route("/slow", PAGE, delay=3.0)
    with pytest.raises(FetchError, match="took too long"):
        Fetcher(fast(read_timeout=0.3, retries=0)).get(server.url("/slow"))


def test_total_deadline_stops_retries(server):
    server.route("/busy", status=503, headers={"Retry-After": "20"})
    with pytest.raises(FetchError, match="deadline"):
        Fetcher(fast(deadline=5.0), sleep=RecordingSleep()).get(server.url("/busy"))
    assert server.hits("/busy") == 1


def test_ssrf_guard_blocks_loopback_by_default(server):
    server.route("/a", PAGE)
    with pytest.raises(FetchError, match="non-public address \\(127.0.0.1\\)"):
        Fetcher(FetchSettings(min_interval=0.0)).get(server.url("/a"))
    assert server.hits("/a") == 0 and server.hits("/robots.txt") == 0


def test_ssrf_guard_checks_the_connected_peer_not_the_name(server):
    """'localhost' is a name, not an IP literal: the check must happen after resolution."""
    server.route("/a", PAGE)
    url = f"http://localhost:{server.port}/a"
    with pytest.raises(FetchError, match="non-public address"):
        Fetcher(FetchSettings(min_interval=0.0, obey_robots=False)).get(url)
    assert server.hits("/a") == 0


def test_ssrf_guard_applies_to_redirect_targets(server):
    """A public-looking first hop cannot bounce us into loopback: every hop reconnects through the guard."""
    server.route("/a", status=302, headers={"Location": f"http://localhost:{server.port}/b"})
    with pytest.raises(FetchError, match="non-public"):
        Fetcher(FetchSettings(min_interval=0.0, obey_robots=False)).get(server.url("/a"))


@pytest.mark.skipif(not socket.has_ipv6, reason="no IPv6")
def test_ssrf_guard_blocks_ipv6_loopback():
    try:
        srv = LoopbackServer(host="::1")
    except OSError:
        pytest.skip("cannot bind ::1")
    srv.route("/a", PAGE)
    with srv:
        with pytest.raises(FetchError, match="non-public address \\(::1\\)"):
            Fetcher(FetchSettings(min_interval=0.0, obey_robots=False)).get(f"http://[::1]:{srv.port}/a")


@pytest.mark.parametrize(
    "address",
    ["10.1.2.3", "172.16.0.1", "192.168.1.1", "127.0.0.1", "169.254.169.254", "224.0.0.1", "0.0.0.0",
     "240.0.0.1", "100.64.0.1", "::1", "::", "fe80::1", "fc00::1", "ff02::1", "::ffff:127.0.0.1",
     "::ffff:10.0.0.1", "2002:7f00:1::", "fe80::1%eth0"],
)
def test_non_public_addresses_are_blocked(address):
    assert is_blocked_address(address)


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"])
def test_public_addresses_are_allowed(address):
    assert not is_blocked_address(address)


def test_allow_loopback_allows_only_loopback():
    assert not is_blocked_address("127.0.0.1", allow_loopback=True)
    assert not is_blocked_address("::1", allow_loopback=True)
    assert is_blocked_address("10.0.0.1", allow_loopback=True)
    assert is_blocked_address("169.254.169.254", allow_loopback=True)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/x", "gopher://x/", "example.com/page"])
def test_non_http_schemes_are_refused(url):
    with pytest.raises(FetchError, match="only http and https") as err:
        Fetcher(fast()).get(url)
    assert url in str(err.value)


def test_connection_refused_is_a_fetch_error():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FetchError, match="connection failed"):
        Fetcher(fast(retries=1, obey_robots=False), sleep=RecordingSleep()).get(f"http://127.0.0.1:{port}/")


def test_conditional_get_works_behind_a_redirect(server):
    server.route("/short", status=301, headers={"Location": "/long"})

    def handler(req):
        if req.headers.get("If-None-Match") == '"v2"':
            return Reply(304, content_type=None)
        return Reply(200, PAGE, headers={"ETag": '"v2"'})

    server.route("/long", handler=handler)
    fetcher = Fetcher(fast())
    url = server.url("/short")
    assert fetcher.get(url).content == PAGE
    assert fetcher.validators[url] == ('"v2"', None)
    assert fetcher.get(url).not_modified


def test_retry_after_as_http_date(server):
    server.route("/later", responses=[Reply(503, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}), Reply(200, PAGE)])
    sleep = RecordingSleep()
    Fetcher(fast(backoff=0.25), sleep=sleep).get(server.url("/later"))
    assert sleep.waits == [0.25]  # a date in the past means "now": the backoff applies
