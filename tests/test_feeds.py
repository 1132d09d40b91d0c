"""RSS/Atom parsing, feed sniffing and the refusal of entity-declaring documents."""
from __future__ import annotations

import pytest

from rumourmill.feeds import FeedError, check_safe_xml, looks_like_feed, parse_feed

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
  <title>Harbour Gazette</title>
  <link>http://gazette.test/</link>
  <item>
    <title>Port authority weighs new ferry line</title>
    <link>/news/ferry?utm_source=rss</link>
    <pubDate>Thu, 04 Mar 2021 10:00:00 +0100</pubDate>
    <description>&lt;p&gt;Officials are said to be studying a route.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Only a teaser</title>
    <description>No link here, just words.</description>
  </item>
</channel>
</rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Valle Notizie</title>
  <entry>
    <title>Si parla di una fusione</title>
    <link href="http://valle.test/fusione"/>
    <published>2021-03</published>
    <updated>2021-03-09T08:30:00Z</updated>
    <content type="html">&lt;p&gt;Secondo fonti vicine, le due aziende sarebbero in trattative.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Aggiornamento</title>
    <link href="http://valle.test/agg"/>
    <updated>2021-03-10T12:00:00+02:00</updated>
  </entry>
</feed>""".encode()

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<rss version="2.0"><channel><title>&lol3;</title></channel></rss>"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>t</title><item><title>&secret;</title><link>http://x.test/a</link></item></channel></rss>"""


def test_rss_entries_links_dates_and_summary():
    feed = parse_feed(RSS, "http://gazette.test/feed.xml")
    assert feed.title == "Harbour Gazette"
    first, second = feed.entries
    assert first.link == "http://gazette.test/news/ferry?utm_source=rss"  # resolved against base_url
    assert first.title == "Port authority weighs new ferry line"
    assert (first.published, first.published_precision) == ("2021-03-04T09:00:00", "datetime")  # UTC
    assert "studying a route" in first.summary
    assert second.link is None and second.published is None
    assert second.summary == "No link here, just words."


def test_atom_keeps_partial_date_precision_and_content():
    feed = parse_feed(ATOM)
    first, second = feed.entries
    assert (first.published, first.published_precision) == ("2021-03", "month")
    assert "trattative" in first.content
    # no <published>: the updated date is kept, converted to UTC
    assert (second.published, second.published_precision) == ("2021-03-10T10:00:00", "datetime")
    assert second.content is None


def test_rss_091_doctype_without_entities_is_accepted():
    doc = (b'<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
           b'"http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>Old</title>'
           b"<item><title>x</title><link>http://old.test/x</link></item></channel></rss>")
    assert parse_feed(doc).entries[0].link == "http://old.test/x"


@pytest.mark.parametrize("doc", [BILLION_LAUGHS, XXE], ids=["billion-laughs", "xxe"])
def test_entity_declarations_are_refused(doc):
    with pytest.raises(FeedError, match="declares XML entities"):
        parse_feed(doc)


def test_malformed_document_with_entities_is_refused():
    doc = b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa">]><rss><channel><title>&a;</title></chan></rss>'
    with pytest.raises(FeedError, match="entities"):
        check_safe_xml(doc)


def test_malformed_feed_without_entities_is_still_read():
    doc = b'<rss version="2.0"><channel><title>Loose & sloppy</title><item><title>T</title><link>http://l.test/1</link></item></channel>'
    assert [e.link for e in parse_feed(doc).entries] == ["http://l.test/1"]


def test_html_page_is_not_a_feed():
    with pytest.raises(FeedError, match="not an RSS or Atom feed"):
        parse_feed(b"<!doctype html><html><body><p>Hello</p></body></html>")


def test_bytes_that_look_like_a_path_or_url_are_never_opened(tmp_path):
    secret = tmp_path / "secret.xml"
    secret.write_bytes(RSS)
    with pytest.raises(FeedError):
        parse_feed(str(secret).encode())
    with pytest.raises(FeedError):
        parse_feed(b"http://127.0.0.1:9/feed.xml")


@pytest.mark.parametrize(
    ("content", "ctype", "expected"),
    [
        (RSS, "application/rss+xml", True),
        (ATOM, "application/atom+xml; charset=utf-8", True),
        (RSS, "text/xml", True),
        (ATOM, None, True),
        (RSS, "text/html", True),  # misconfigured servers: trust the root element
        (b'<?xml version="1.0"?><!-- c --><rdf:RDF xmlns:rdf="x"></rdf:RDF>', "application/xml", True),
        (b"\xef\xbb\xbf  <rss version='2.0'></rss>", None, True),
        (b"<!DOCTYPE html><html><head></head></html>", "text/html", False),
        (b"<html><body><rss>not really</rss></body></html>", "text/html", False),
        (b"<note><to>x</to></note>", "application/xml", False),
        (RSS, "image/png", False),
        (b"", None, False),
    ],
)
def test_looks_like_feed(content, ctype, expected):
    assert looks_like_feed(content, ctype) is expected
