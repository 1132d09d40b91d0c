"""SOURCE strings to records: files, folders, page URLs, feed URLs and feed files."""
from __future__ import annotations

import datetime as dt
import json
import logging

import pytest
from loopback import LoopbackServer, Reply

from rumourmill.errors import UserError
from rumourmill.fetch import Fetcher, FetchSettings
from rumourmill.models import Article, Rejected
from rumourmill.sources import SourceSpec, iter_sources

EN = (
    "Harbour officials are reportedly weighing a new ferry line to the islands, according to two people "
    "briefed on the plan. A decision could come before the summer, one of them said."
)
EN2 = (
    "The island council denied on Friday that it had agreed to fund a ferry line, saying no proposal had "
    "reached it. A council spokesperson said talks with the port would resume next year."
)
IT = (
    "Pare che il comune stia valutando un nuovo collegamento in traghetto con le isole. Secondo fonti vicine "
    "al progetto, la decisione potrebbe arrivare prima dell'estate."
)


def page(title: str, body: str, date: str | None = "2023-04-12T08:00:00+00:00") -> bytes:
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="Harbour Gazette">{meta}</head>
<body><nav>Home | Local</nav><article><h1>{title}</h1><p>{body}</p>
<p>The port authority did not answer requests for comment sent on Wednesday morning.</p></article>
<footer>Contact us</footer></body></html>""".encode()


def rss(items: str) -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
<title>Harbour Gazette</title><link>/</link>{items}</channel></rss>""".encode()


def fast(**kw) -> FetchSettings:
    base = dict(allow_loopback=True, min_interval=0.0, retries=0, read_timeout=2.0, deadline=10.0)
    base.update(kw)
    return FetchSettings(**base)


@pytest.fixture
def server():
    with LoopbackServer() as srv:
        yield srv


@pytest.fixture
def fetcher():
    with Fetcher(fast()) as f:
        yield f


def run(locations, fetcher, **kw) -> list:
    specs = [loc if isinstance(loc, SourceSpec) else SourceSpec(str(loc)) for loc in locations]
    return list(iter_sources(specs, fetcher, **kw))


# --- local files and folders ----------------------------------------------------------------


def test_folder_is_read_recursively_sorted_skipping_hidden_and_other_types(tmp_path, fetcher, caplog):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.txt").write_text("date 2021-03-05\n" + EN2)
    (tmp_path / "a.md").write_text("date 2021-03-04 " + EN)
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "c1", "published": "2021-03", "text": IT}) + "\n{broken\n")
    (tmp_path / "d.HTML").write_bytes(page("Ferry talk", EN + " Extra sentence for a distinct page."))
    (tmp_path / ".hidden.txt").write_text("date 2021 " + EN)
    (tmp_path / ".git" / "x.txt").write_text("date 2021 " + EN)
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    with caplog.at_level(logging.INFO, logger="rumourmill.sources"):
        out = run([tmp_path], fetcher)
    assert [r.source for r in out] == [
        str(tmp_path / "a.md"), str(tmp_path / "b" / "2.txt"), f"{tmp_path / 'c.jsonl'}:1",
        f"{tmp_path / 'c.jsonl'}:2", str(tmp_path / "d.HTML"),
    ]
    assert [type(r) for r in out] == [Article, Article, Article, Rejected, Article]
    assert out[0].external_id == "a" and out[1].published_at == dt.datetime(2021, 3, 5)
    assert out[4].external_id == "d" and out[4].outlet == "Harbour Gazette"
    assert str(tmp_path) in caplog.text


def test_spec_hints_reach_the_articles(tmp_path, fetcher):
    f = tmp_path / "undated.txt"
    f.write_text(IT)
    (a,) = run([SourceSpec(str(f), language="it", outlet="Laguna News", published="2021-03-04")], fetcher)
    assert (a.language, a.outlet, a.published_at) == ("it", "Laguna News", dt.datetime(2021, 3, 4))
    (r,) = run([f], fetcher)
    assert isinstance(r, Rejected) and "--published" in r.reason


def test_local_file_over_the_size_cap_is_rejected(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text("date 2021\n" + "word " * 500)
    with Fetcher(fast(max_bytes=1000)) as small:
        (r,) = run([f], small)
    assert isinstance(r, Rejected) and "1000 byte limit" in r.reason


def test_jsonl_file_over_the_size_cap_streams_line_by_line(tmp_path):
    """The byte cap is per line for JSONL: a big file is fine, only a line over the cap is rejected."""
    f = tmp_path / "bulk.jsonl"
    lines = [json.dumps({"id": f"n{i}", "published": "2021-03", "language": "en", "text": f"{EN} Item {i}."}) for i in range(12)]
    lines[4] = json.dumps({"id": "huge", "published": "2021", "text": EN * 20})
    lines[7] = "{broken"
    f.write_text("\n".join(lines) + "\n")
    assert f.stat().st_size > 2000
    with Fetcher(fast(max_bytes=1000)) as small:
        out = run([f], small)
    assert [r.source for r in out] == [f"{f}:{n}" for n in range(1, 13)]
    rejected = {r.source: r.reason for r in out if isinstance(r, Rejected)}
    assert set(rejected) == {f"{f}:5", f"{f}:8"}
    assert f"{f}:5 is {len(lines[4])} bytes, over the 1000 byte limit for one line" in rejected[f"{f}:5"]
    assert "not valid JSON" in rejected[f"{f}:8"]
    assert sum(isinstance(r, Article) for r in out) == 10


def test_missing_location_raises_before_anything_is_yielded(tmp_path, fetcher):
    good = tmp_path / "ok.txt"
    good.write_text("date 2021 " + EN)
    with pytest.raises(UserError, match=r"nope\.txt does not exist; give an existing file"):
        iter_sources([SourceSpec(str(good)), SourceSpec(str(tmp_path / "nope.txt"))], fetcher)


@pytest.mark.parametrize(("name", "message"), [("report.pdf", "is a .pdf file"), ("README", "without an extension")])
def test_unsupported_explicit_file_type_raises(tmp_path, fetcher, name, message):
    f = tmp_path / name
    f.write_bytes(b"%PDF-1.4")
    with pytest.raises(UserError, match=message) as err:
        iter_sources([SourceSpec(str(f))], fetcher)
    assert ".jsonl" in str(err.value)


@pytest.mark.parametrize("loc", ["ftp://example.com/feed.xml", "https:///nohost"])
def test_unsupported_urls_raise(fetcher, loc):
    with pytest.raises(UserError):
        iter_sources([SourceSpec(loc)], fetcher)


def test_file_url_is_a_path(tmp_path, fetcher):
    f = tmp_path / "x.txt"
    f.write_text("date 2021 " + EN)
    (a,) = run([f"file://{f}"], fetcher)
    assert isinstance(a, Article)


# --- URLs and feeds ---------------------------------------------------------------------------


def test_article_url(server, fetcher):
    server.route("/story", page("Ferry line studied", EN))
    (a,) = run([server.url("/story?utm_source=tw")], fetcher)
    assert isinstance(a, Article)
    assert a.url == server.url("/story")
    assert a.source == server.url("/story?utm_source=tw")
    assert (a.published_at, a.outlet) == (dt.datetime(2023, 4, 12), "Harbour Gazette")


def test_unreachable_or_bad_urls_are_rejected_not_raised(server, fetcher):
    server.route("/pic", b"\x89PNG", content_type="image/png")
    out = run([server.url("/gone"), server.url("/pic")], fetcher)
    assert [type(r) for r in out] == [Rejected, Rejected]
    assert "HTTP 404" in out[0].reason and out[0].source == server.url("/gone")
    assert "image/png" in out[1].reason


def test_feed_url_entries_are_fetched_with_entry_dates_and_skips(server, fetcher):
    server.route("/feed", rss(f"""
<item><title>Ferry line studied</title><link>/news/1?utm_medium=rss</link><pubDate>Tue, 11 Apr 2023 07:00:00 GMT</pubDate></item>
<item><title>Council denies</title><link>/news/2</link><pubDate>Fri, 14 Apr 2023 16:30:00 GMT</pubDate></item>
<item><title>Already stored</title><link>/news/3</link></item>
<item><title>Broken link</title><link>/news/404</link></item>
<item><title>Inline only</title><description>&lt;p&gt;{IT}&lt;/p&gt;</description><pubDate>Sat, 15 Apr 2023 09:00:00 GMT</pubDate></item>
<item><title>Nothing at all</title></item>
"""), content_type="application/rss+xml")
    server.route("/news/1", page("Ferry line studied", EN))  # page has its own date
    server.route("/news/2", page("Council denies", EN2, date=None))  # falls back to the entry date
    server.route("/news/3", page("Old", EN))
    seen = {server.url("/news/3")}
    out = run([server.url("/feed")], fetcher, seen_urls=seen)
    arts = [r for r in out if isinstance(r, Article)]
    rejected = [r for r in out if isinstance(r, Rejected)]
    assert [a.title for a in arts] == ["Ferry line studied", "Council denies", "Inline only"]
    assert arts[0].url == server.url("/news/1") and arts[0].published_at == dt.datetime(2023, 4, 12)
    assert (arts[1].published_at, arts[1].published_precision) == (dt.datetime(2023, 4, 14, 16, 30), "datetime")
    assert arts[2].url is None and arts[2].language == "it"
    assert all(a.source == server.url("/feed") for a in arts)
    assert server.hits("/news/3") == 0
    assert [r.source for r in rejected] == [server.url("/news/404"), f"{server.url('/feed')} entry 6"]
    assert "linked from" in rejected[0].reason
    assert server.url("/news/1") in seen  # fetched links are remembered


def test_stored_links_are_asked_once_per_feed_not_loaded_whole(tmp_path, server, fetcher):
    server.route("/news/1", page("Ferry", EN))
    server.route("/news/2", page("Council", EN2))
    f = tmp_path / "saved.rss"
    f.write_bytes(rss(f"""<item><title>Ferry</title><link>{server.url('/news/1')}</link></item>
<item><title>Council</title><link>{server.url('/news/2')}?utm_source=x</link></item>
<item><title>Odd</title><link>ftp://example.com/x</link></item>
<item><title>Bad port</title><link>http://example.com:port/x</link></item>"""))
    asked = []

    def stored(urls):
        asked.append(set(urls))
        return {server.url("/news/2")}

    out = run([f], fetcher, stored=stored)
    assert asked == [{server.url("/news/1"), server.url("/news/2")}]  # canonical, http(s) only, one query
    assert server.hits("/news/2") == 0 and server.hits("/news/1") == 1
    assert [type(r) for r in out] == [Article, Rejected, Rejected]
    assert "not an http(s) URL" in out[1].reason and "not a valid URL" in out[2].reason


def test_same_link_in_two_feeds_is_fetched_once(server, fetcher):
    item = "<item><title>Ferry</title><link>/news/1</link></item>"
    server.route("/feed-a", rss(item), content_type="application/rss+xml")
    server.route("/feed-b", rss(item.replace("/news/1", "/news/1?utm_source=b")), content_type="text/xml")
    server.route("/news/1", page("Ferry", EN))
    out = run([server.url("/feed-a"), server.url("/feed-b")], fetcher)
    assert len(out) == 1 and server.hits("/news/1") == 1


def test_feed_detected_by_content_even_when_served_as_html(server, fetcher):
    server.route("/feed", rss("<item><title>Ferry</title><link>/news/1</link></item>"), content_type="text/html")
    server.route("/news/1", page("Ferry", EN))
    (a,) = run([server.url("/feed")], fetcher)
    assert a.title == "Ferry"


def test_unchanged_feed_yields_nothing(server, fetcher):
    def handler(req):
        if req.headers.get("If-None-Match") == '"f1"':
            return Reply(304, content_type=None)
        return Reply(200, rss("<item><title>Ferry</title><link>/news/1</link></item>"), {"ETag": '"f1"'}, "application/rss+xml")

    server.route("/feed", handler=handler)
    server.route("/news/1", page("Ferry", EN))
    assert len(run([server.url("/feed")], fetcher)) == 1
    assert run([server.url("/feed")], fetcher) == []


def test_local_feed_file_fetches_its_links(tmp_path, server, fetcher):
    server.route("/news/1", page("Ferry", EN))
    f = tmp_path / "saved.rss"
    f.write_bytes(rss(f"<item><title>Ferry</title><link>{server.url('/news/1')}</link></item>"))
    (a,) = run([f], fetcher)
    assert isinstance(a, Article) and a.source == str(f)


def test_dangerous_feed_is_rejected(tmp_path, fetcher):
    f = tmp_path / "evil.xml"
    f.write_bytes(b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                  b"<rss><channel><title>&x;</title></channel></rss>")
    (r,) = run([f], fetcher)
    assert isinstance(r, Rejected) and "entities" in r.reason


def test_entry_links_to_private_addresses_are_rejected(tmp_path, server):
    """A feed cannot steer the fetcher into the local network: the SSRF guard turns it into a rejection."""
    server.route("/admin", page("Admin", EN))
    f = tmp_path / "f.xml"
    f.write_bytes(rss(f"<item><title>x</title><link>{server.url('/admin')}</link></item>"))
    with Fetcher(FetchSettings(min_interval=0.0)) as guarded:
        (r,) = run([f], guarded)
    assert isinstance(r, Rejected) and "non-public address" in r.reason
    assert server.hits("/admin") == 0
