"""Rumours, provenance and evidence rules of the resolve step, on a real DuckDB file.

The fixtures are invented: Nordvik Motors (a carmaker), Helio Cells (a battery maker),
Banco Austral (a central bank) and footballer Tomas Varga."""
from __future__ import annotations

import datetime as dt

import pytest

from rumourmill import resolve, store
from rumourmill.models import Claim, short_hash, to_frame
from rumourmill.resolve.matching import DEFAULT_HORIZON_DAYS, GRACE_DAYS
from rumourmill.resolve.names import canonical, mentions, representatives, text_words
from rumourmill.resolve.outcomes import Outcome
from rumourmill.resolve.provenance import antecedents, credit, is_anaphoric, outlet_of

AS_OF = dt.date(2026, 11, 25)
TALKS_EN = "Nordvik Motors is in talks with Helio Cells to build batteries at its Malmo plant, three people familiar said."


def article(con, aid: str, published: str, outlet: str | None = None, precision: str = "day") -> str:
    con.execute(
        "INSERT INTO articles (article_id, text, published_at, published_precision, language, url, outlet, ingested_at) "
        "VALUES (?, 'text', ?, ?, 'en', ?, ?, current_timestamp)",
        [aid, published, precision, f"https://news.example/{aid}", outlet],
    )
    return aid


def claim(aid: str, n: int, quote: str | None = None, *, subject="Nordvik Motors", cp=None, event_type="partnership",
          hedge="reported", polarity="positive", earliest=None, latest=None, grain=None, prediction=True,
          kind="anonymous_sources", name="people familiar", relay=None, lang="en") -> Claim:
    quote = quote or f"claim {n} of {aid} about {subject} and {cp}"
    return Claim(short_hash(aid, n), aid, quote, n * 100, n * 100 + len(quote), subject, "event", event_type, cp,
                 polarity, hedge, 0.6, kind, name, relay, prediction, None, earliest, latest, grain, lang, "t")


def official(aid: str, n: int, quote: str, **kw) -> Claim:
    kw = {"hedge": "official", "prediction": False, "kind": "official", "name": "the company", **kw}
    return claim(aid, n, quote, **kw)


def load(con, *claims: Claim) -> None:
    store.upsert(con, "claims", to_frame(claims, Claim))


def status(con, c: Claim) -> tuple[str, str | None]:
    return con.execute("SELECT status, note FROM claim_status WHERE claim_id = ?", [c.claim_id]).fetchone()


def members(con) -> dict[str, tuple]:
    rows = con.execute("SELECT claim_id, rumour_id, origin_source, origin_kind, relay_outlet, is_repeat, origin_outlet, "
                       "relay_chain FROM rumour_claims").fetchall()
    return {r[0]: r[1:] for r in rows}


# -- names and provenance ------------------------------------------------------------

def test_names_fold_accents_aliases_and_company_forms():
    assert canonical("Nordvik Motors AB") == canonical("nordvik") == "nordvik"
    assert canonical("Europäische Zentralbank") == canonical("BCE") == "european central bank"
    assert mentions(text_words("La Banque centrale européenne a annoncé une baisse"), "European Central Bank")
    assert mentions(text_words("Varga signed on Monday"), "Tomás Varga")
    assert not mentions(text_words("City won again"), "Manchester City")
    assert representatives({"varga", "tomas varga", "arm", "arm owner softbank"}) == {"varga": "tomas varga"}


def test_credit_goes_to_the_original_source_and_each_relay_is_recorded():
    # "La Stampa, citing Reuters, citing three people with direct knowledge"
    c = credit("anonymous_sources", "tre persone a conoscenza diretta", "Reuters", "La Stampa", "a1")
    assert (c.origin_source, c.origin_kind, c.relay_outlet, c.relay_chain) == (
        "tre persone a conoscenza diretta", "anonymous_sources", "Reuters", ("Reuters", "La Stampa"))
    direct = credit("anonymous_sources", "three people with direct knowledge", None, "Reuters", "a2")
    assert direct.origin_key == c.origin_key  # Reuters' sources, however relayed
    assert credit("unattributed", None, "Bloomberg", "Il Sole", "a3").origin_source == "Bloomberg"
    assert credit("unattributed", None, None, "Il Sole", "a3").origin_source == "Il Sole"
    assert credit("analyst", "Ming Lau", None, "X", "a4").origin_key != credit("analyst", "Ada Berg", None, "X", "a4").origin_key
    assert outlet_of(None, "https://www.reuters.com/x") == "reuters" and outlet_of("La Stampa", None) == "La Stampa"


# -- one rumour, many reports ------------------------------------------------------------

def test_reports_across_languages_relays_and_reprints_are_one_rumour_with_one_source(con):
    r = article(con, "reuters", "2022-03-02", "Reuters")
    it = article(con, "stampa", "2022-03-01", "La Stampa", precision="month")
    blog = article(con, "blog", "2022-03-04", "EV Blog")
    window = {"earliest": dt.date(2022, 3, 7), "latest": dt.date(2022, 3, 13)}
    original = claim(r, 1, TALKS_EN, cp="Helio Cells", name="three people familiar")
    followup = claim(r, 2, "The two companies could announce the partnership as early as next week, one of the people said.",
                     subject="Nordvik", name="one of the people", **window)
    relay = claim(it, 1, "Nordvik sarebbe in trattativa con Helio Cells, secondo Reuters che cita tre fonti.",
                  cp="Helio Cells Ltd", name="tre fonti", relay="Reuters", lang="it")
    reprint = claim(blog, 1, TALKS_EN.replace("said", "said, as reported"), cp="Helio Cells", kind="unattributed", name=None)
    other_deal = claim(r, 3, subject="Nordvik Motors", cp="Volt Systems")
    years_later = claim(article(con, "later", "2025-05-01", "Reuters"), 1, cp="Helio Cells",
                        earliest=dt.date(2025, 6, 1), latest=dt.date(2025, 6, 30))
    load(con, original, followup, relay, reprint, other_deal, years_later)
    out = resolve.resolve(con, dt.date(2022, 3, 5))

    m = members(con)
    rid = m[original.claim_id][0]
    assert {m[c.claim_id][0] for c in (followup, relay, reprint)} == {rid}
    assert m[other_deal.claim_id][0] != rid and m[years_later.claim_id][0] != rid
    row = con.execute("SELECT articles, claims, independent_sources, first_claim_id, subject, counterparty "
                      "FROM rumours WHERE rumour_id = ?", [rid]).fetchone()
    assert row[:4] == (3, 4, 1, relay.claim_id)  # the month-dated relay sorts first ...
    assert m[original.claim_id][4] is False  # ... but the direct report is the one scored
    assert m[relay.claim_id][4] is True and m[reprint.claim_id][4] is True and m[followup.claim_id][4] is True
    assert m[relay.claim_id][1:4] == ("tre fonti", "anonymous_sources", "Reuters")
    assert list(m[relay.claim_id][6]) == ["Reuters", "La Stampa"]
    assert out["rumours"] == con.execute("SELECT count(*) FROM rumours").fetchone()[0] == 3


def test_independent_sources_counted_once_each(con):
    a = article(con, "a", "2022-03-02", "Reuters")
    b = article(con, "b", "2022-03-03", "Bloomberg")
    c = article(con, "c", "2022-03-04", "Handelsblatt")
    load(con,
         claim(a, 1, TALKS_EN, cp="Helio Cells", name="people familiar"),
         claim(b, 1, "Helio is close to a supply deal with Nordvik, sources close to the talks told Bloomberg.",
               cp="Helio Cells", name="sources close to the talks"),  # Bloomberg's own sources
         claim(c, 1, "Nordvik wants Helio's cells for its vans, said Lena Holm.", cp="Helio Cells",
               kind="named_person", name="Lena Holm"),
         claim(c, 2, "Holm added that a contract could follow within weeks.", subject="Helio Cells", cp="Nordvik",
               kind="named_person", name="Lena Holm"))  # repeats herself
    resolve.resolve(con, dt.date(2022, 3, 5))
    assert con.execute("SELECT claims, independent_sources FROM rumours").fetchall() == [(4, 3)]
    assert con.execute("SELECT count(*) FROM rumour_claims WHERE is_repeat").fetchone()[0] == 1


# -- evidence -----------------------------------------------------------------------

def test_player_signing_elsewhere_excludes_the_rumoured_move_and_confirms_leaving(con):
    r = article(con, "r", "2023-06-01", "Gazzetta")
    e = article(con, "e", "2023-07-10", "Marca")
    summer = {"earliest": dt.date(2023, 6, 21), "latest": dt.date(2023, 9, 22)}
    join = claim(r, 1, "Tomas Varga will join Porto this summer, sources say.", subject="Tomas Varga", cp="Porto",
                 event_type="departure", **summer)
    leave = claim(r, 2, "Varga will leave Ajax this summer.", subject="Varga", cp="Ajax", event_type="departure", **summer)
    signed = official(e, 1, "Tomas Varga has signed for Benfica, the club announced.", subject="Tomas Varga",
                      cp="Benfica", event_type="departure")
    load(con, join, leave, signed)
    resolve.resolve(con, AS_OF)
    s, note = status(con, join)
    assert s == "refuted" and "excludes it" in note and "Benfica" in note
    assert status(con, leave)[0] == "confirmed"


def test_other_acquirer_and_other_rate_move_refute(con):
    r = article(con, "r", "2023-01-10", "Reuters")
    e = article(con, "e", "2023-03-01", "FT")
    deal = claim(r, 1, "Nordvik is in talks to buy Helio Cells.", cp="Helio Cells", event_type="acquisition",
                 latest=dt.date(2023, 12, 31))
    hike = claim(r, 2, "Banco Austral will raise rates by 25 basis points in February.", subject="Banco Austral",
                 cp=None, event_type="policy", earliest=dt.date(2023, 2, 1), latest=dt.date(2023, 2, 28))
    cut = claim(r, 3, "Banco Austral will cut rates in February.", subject="Banco Austral", event_type="policy",
                earliest=dt.date(2023, 2, 1), latest=dt.date(2023, 2, 28))
    e2 = article(con, "e2", "2023-02-15", "Bloomberg")
    load(con, deal, hike, cut,
         official(e, 1, "Volt Systems completed its acquisition of Helio Cells.", subject="Volt Systems",
                  cp="Helio Cells", event_type="acquisition"),
         official(e2, 1, "Banco Austral raised its key rate by 50 basis points.", subject="Banco Austral",
                  event_type="policy"))
    resolve.resolve(con, AS_OF)
    assert status(con, deal)[0] == "refuted" and "acquirer Volt Systems" in status(con, deal)[1]
    assert status(con, hike)[0] == "refuted" and "50 bp" in status(con, hike)[1]
    assert status(con, cut)[0] == "refuted" and "a rate rise, not a cut" in status(con, cut)[1]


def test_rate_decision_of_an_earlier_meeting_is_not_the_predicted_one(con):
    r = article(con, "r", "2024-05-20")
    june = article(con, "june", "2024-06-06")
    sept = article(con, "sept", "2024-09-12")
    july = claim(r, 1, "Analysts expect a second cut in July.", subject="Europäische Zentralbank", event_type="policy",
                 earliest=dt.date(2024, 7, 1), latest=dt.date(2024, 7, 31), kind="analyst", name="analysts", hedge="opinion")
    load(con, july,
         official(june, 1, "The European Central Bank announced a quarter-point cut.", subject="European Central Bank",
                  event_type="policy"),
         official(sept, 1, "La Banque centrale européenne a annoncé une deuxième baisse.", subject="Banque",
                  event_type="policy", lang="fr"))
    resolve.resolve(con, AS_OF)
    s, note = status(con, july)
    assert s == "confirmed_late" and "2024-09-12" in note


def test_denial_then_the_event_confirms_and_notes_say_why(con):
    r = article(con, "r", "2021-03-25", "Reuters")
    d = article(con, "d", "2021-03-26", "Wire")
    done = article(con, "done", "2021-04-02", "Bloomberg")
    talks = claim(r, 1, TALKS_EN, cp="Helio Cells", earliest=dt.date(2021, 3, 29), latest=dt.date(2021, 4, 4))
    load(con, talks,
         official(d, 1, "Helio Cells denied it was in talks with Nordvik.", subject="Helio Cells", cp="Nordvik",
                  polarity="negative"),
         official(done, 1, "Nordvik and Helio Cells announced a battery partnership.", subject="Nordvik", cp="Helio Cells"))
    resolve.resolve(con, dt.date(2021, 3, 27))
    assert status(con, talks)[0] == "refuted"
    resolve.resolve(con, AS_OF)
    s, note = status(con, talks)
    assert s == "confirmed"
    assert note == ("confirmed by 'Nordvik and Helio Cells announced a battery partnership.' (Bloomberg, 2021-04-02), "
                    "inside the window 2021-03-29..2021-04-04")
    assert resolve.resolve(con, dt.date(2021, 3, 27))["recorded"] == 0  # a backfill compares with what was known then
    assert status(con, talks)[0] == "confirmed"


@pytest.mark.parametrize("window, days_after_publication", [
    ({"earliest": dt.date(2022, 1, 1), "latest": dt.date(2022, 1, 31)}, 30),  # "in January"
    ({"earliest": dt.date(2022, 1, 1), "latest": dt.date(2022, 3, 31), "grain": "vague"}, 89),  # "soon"
    ({}, DEFAULT_HORIZON_DAYS),  # no time named
])
def test_expiry_after_window_plus_grace(con, window, days_after_publication):
    r = article(con, "r", "2022-01-01")
    c = claim(r, 1, cp="Helio Cells", **window)
    load(con, c)
    due = dt.date(2022, 1, 1) + dt.timedelta(days=days_after_publication)
    resolve.resolve(con, due + dt.timedelta(days=GRACE_DAYS))
    assert status(con, c)[0] == "pending"
    resolve.resolve(con, due + dt.timedelta(days=GRACE_DAYS + 1))
    s, note = status(con, c)
    assert s == "expired" and f"..{due}" in note and ("default horizon" in note) == (not window)


def test_every_automatic_verdict_has_a_note_and_reruns_change_nothing(con):
    r = article(con, "r", "2022-03-02", "Reuters")
    e = article(con, "e", "2022-05-01", "AP")
    load(con, claim(r, 1, cp="Helio Cells"), claim(r, 2, event_type="product_launch", latest=dt.date(2022, 4, 30)),
         claim(r, 3, subject="Helio Cells", event_type="announcement", latest=dt.date(2022, 6, 30)),
         official(e, 1, "Nordvik launched its first van.", event_type="product_launch"),
         official(e, 2, "Helio Cells scrapped the project.", subject="Helio Cells", event_type="announcement",
                  polarity="negative"))
    resolve.resolve(con, AS_OF)
    rows = con.execute("SELECT status, note FROM resolutions").fetchall()
    assert {s for s, _ in rows} == {"expired", "confirmed_late", "refuted"}
    assert all(note and "\n" not in note for _, note in rows)
    before = con.execute("SELECT * FROM rumours ORDER BY rumour_id").df().drop(columns="updated_at")
    assert resolve.resolve(con, AS_OF)["recorded"] == 0
    after = con.execute("SELECT * FROM rumours ORDER BY rumour_id").df().drop(columns="updated_at")
    assert before.equals(after) and con.execute("SELECT count(*) FROM resolutions").fetchone()[0] == len(rows)


def test_manual_verdict_stands_against_later_evidence(con):
    r = article(con, "r", "2022-03-02", "Reuters")
    e = article(con, "e", "2022-03-20", "AP")
    talks = claim(r, 1, cp="Helio Cells", latest=dt.date(2022, 12, 31))
    load(con, talks)
    resolve.resolve(con, dt.date(2022, 3, 10), [Outcome("voided", None, claim_id=talks.claim_id, note="satire site")])
    load(con, official(e, 1, "Nordvik and Helio Cells signed a battery deal.", cp="Helio Cells"))
    resolve.resolve(con, AS_OF)
    assert status(con, talks) == ("voided", "satire site")


def test_listing_is_settled_by_the_listed_company_but_a_takeover_is_not(con):
    r = article(con, "r", "2022-02-08", "Il Sole")
    e = article(con, "e", "2022-11-14", "Bloomberg")
    listing = claim(r, 1, "Volt Systems punta a quotare Helio Cells in Borsa entro marzo 2023.", subject="Volt Systems",
                    cp="Helio Cells", event_type="acquisition", latest=dt.date(2023, 3, 31), lang="it")
    takeover = claim(r, 2, "Nordvik will buy Helio Cells within a year.", cp="Helio Cells", event_type="acquisition",
                     latest=dt.date(2023, 2, 8))
    load(con, listing, takeover,
         official(e, 1, "Helio Cells priced its initial public offering at $20 a share.", subject="Helio Cells",
                  event_type="acquisition"))
    resolve.resolve(con, AS_OF)
    assert status(con, listing)[0] == "confirmed"
    assert status(con, takeover)[0] == "expired"


def test_announcement_is_settled_by_the_partys_statement_and_firing_confirms_a_departure(con):
    r = article(con, "r", "2022-05-14", "Marca")
    e = article(con, "e", "2022-05-21", "L'Equipe")
    decide = claim(r, 1, "Varga will announce his decision before the end of the month.", subject="Tomas Varga",
                   event_type="announcement", earliest=dt.date(2022, 5, 14), latest=dt.date(2022, 5, 31), lang="es")
    fired = claim(r, 2, "The owner wants to fire coach Ines Moro.", subject="Ines Moro", cp="Porto", event_type="departure")
    load(con, decide, fired,
         official(e, 1, "Tomas Varga confirmed he will stay at Ajax.", subject="Tomas Varga", cp="Ajax", event_type="departure"),
         official(e, 2, "Porto fired coach Ines Moro on Saturday.", subject="Ines Moro", cp="Lisbon", event_type="departure"))
    resolve.resolve(con, AS_OF)
    assert status(con, decide)[0] == "confirmed"
    assert status(con, fired)[0] == "confirmed"


def test_rumour_tables_follow_new_claims(con):
    r = article(con, "r", "2022-03-02", "Reuters")
    load(con, claim(r, 1, TALKS_EN, cp="Helio Cells"))
    resolve.resolve(con, dt.date(2022, 3, 3))
    relay = claim(article(con, "it", "2022-03-03", "La Stampa"), 1, "Nordvik tratta con Helio Cells, scrive Reuters.",
                  cp="Helio Cells", kind="named_outlet", name="Reuters", lang="it")
    load(con, relay)
    resolve.resolve(con, dt.date(2022, 3, 4))
    # "Reuters wrote" relays the report Reuters based on its sources: still one source
    assert con.execute("SELECT articles, claims, independent_sources FROM rumours").fetchall() == [(2, 2, 1)]
    assert members(con)[relay.claim_id][1:4] == ("Reuters", "named_outlet", "La Stampa")


def test_a_sentence_relay_chain_credits_the_first_outlet():
    c = credit("anonymous_sources", "three people", None, "Blog", "a", relays=("Reuters", "La Stampa"))
    assert c.relay_chain == ("Reuters", "La Stampa", "Blog") and c.relay_outlet == "Reuters"
    assert c.origin_key == credit("anonymous_sources", "tre fonti", "Reuters", "La Stampa", "b").origin_key


# -- anaphoric anonymous sources ("one of the people said") ------------------------------

@pytest.mark.parametrize("name, lang", [
    ("one of the people", "en"), ("two of the sources", "en"), ("the people", "en"), ("the person", "en"),
    ("una delle fonti", "it"), ("le stesse fonti", "it"), ("due delle persone", "it"),
    ("una de las fuentes", "es"), ("las mismas fuentes", "es"), ("l'une des sources", "fr"), ("les mêmes sources", "fr"),
    ("einer der Insider", "de"), ("eine der Personen", "de"), ("dieselben Quellen", "de"),
    ("one of the people", None),  # no language: every language's words
])
def test_partitive_and_definite_source_names_point_back(name, lang):
    assert is_anaphoric(name, lang)


@pytest.mark.parametrize("name, lang", [
    ("three people with direct knowledge of the matter", "en"), ("people familiar with the talks", "en"),
    ("another person familiar with the plans", "en"), ("the people familiar with the deal", "en"),
    ("tre fonti a conoscenza diretta del dossier", "it"), ("fonti vicine al giocatore", "it"), ("fonti", "it"),
    ("fuentes cercanas al jugador", "es"), ("des sources proches du dossier", "fr"),
    ("mit den Gesprächen vertraute Personen", "de"), (None, "en"), ("", "en"),
])
def test_source_names_that_introduce_sources_are_not_anaphors(name, lang):
    assert not is_anaphoric(name, lang)


def test_an_anaphor_points_to_the_latest_anonymous_source_before_it_in_its_own_article():
    kinds = ["anonymous_sources", "analyst", "anonymous_sources", "anonymous_sources", "anonymous_sources",
             "anonymous_sources", "analyst", "anonymous_sources"]
    names = ["three people familiar", "two of the analysts", "one of the people", "one of the people",
             "insiders at the supplier", "the sources", "two of the analysts", "people close to the club"]
    arts = ["a", "a", "a", "b", "a", "a", "a", "c"]
    assert antecedents(kinds, names, arts, ["en"] * 8) == [None, None, 0, None, None, 4, None, None]
    # article b has no earlier anonymous source, analysts are no anonymous source either way


def test_anaphoric_sources_share_the_credit_of_the_sources_their_article_introduced(con):
    wire = article(con, "courier", "2022-03-02", "Courier")
    intro = claim(wire, 1, TALKS_EN, cp="Helio Cells", name="three people briefed on the plans", relay="Bloomberg")
    same = claim(wire, 2, "Nordvik and Helio Cells could sign within weeks, one of the people said.",
                 cp="Helio Cells", name="one of the people")
    elsewhere = claim(wire, 3, "Nordvik Motors will also unveil a new SUV, two of the sources said.",
                      event_type="product_launch", name="two of the sources")
    alone = claim(article(con, "gazette", "2022-03-03", "Gazette"), 1, "Nordvik Motors is buying Volt Systems, "
                  "one of the people said.", event_type="acquisition", cp="Volt Systems", name="one of the people")
    load(con, intro, same, elsewhere, alone)
    resolve.resolve(con, dt.date(2022, 3, 4))
    m = members(con)
    assert m[same.claim_id][0] == m[intro.claim_id][0] and m[elsewhere.claim_id][0] != m[intro.claim_id][0]
    for c in (same, elsewhere):  # the people, as Bloomberg carried them, whatever words the article uses later
        assert m[c.claim_id][1:4] == ("three people briefed on the plans", "anonymous_sources", "Bloomberg")
    assert m[same.claim_id][4] is True  # a repeat within its rumour
    assert m[alone.claim_id][1] == "one of the people"  # another article: nothing to point back to
    keys = dict(con.execute("SELECT claim_id, origin_key FROM rumour_claims").fetchall())
    assert keys[same.claim_id] == keys[elsewhere.claim_id] == keys[intro.claim_id] == "outlet|bloomberg"
    sources = con.execute("SELECT source FROM source_track_record WHERE attribution_kind = 'anonymous_sources'").fetchall()
    assert ("one of the people",) in sources and ("two of the sources",) not in sources


def test_le_stesse_fonti_are_the_sources_reuters_cited_not_a_second_source(con):
    stampa = article(con, "stampa", "2022-03-02", "La Stampa")
    intro = claim(stampa, 1, "Nordvik Motors sarebbe in trattativa con Helio Cells, secondo tre fonti a conoscenza "
                  "diretta del dossier citate da Reuters.", cp="Helio Cells", name="tre fonti a conoscenza diretta",
                  relay="Reuters", lang="it")
    again = claim(stampa, 2, "L'accordo con Helio Cells potrebbe arrivare entro marzo, secondo le stesse fonti.",
                  cp="Helio Cells", name="le stesse fonti", lang="it")
    one = claim(stampa, 3, "Helio Cells fornirebbe le batterie a Nordvik Motors, ha detto una delle fonti.",
                subject="Helio Cells", cp="Nordvik Motors", name="una delle fonti", lang="it")
    load(con, intro, again, one)
    resolve.resolve(con, dt.date(2022, 3, 4))
    m = members(con)
    assert {m[c.claim_id][0] for c in (intro, again, one)} == {m[intro.claim_id][0]}
    assert {m[c.claim_id][1] for c in (intro, again, one)} == {"tre fonti a conoscenza diretta"}
    assert [m[c.claim_id][4] for c in (intro, again, one)] == [False, True, True]
    assert con.execute("SELECT claims, independent_sources FROM rumours").fetchall() == [(3, 1)]
