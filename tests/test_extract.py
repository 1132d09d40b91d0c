"""Claim extraction on the seed article and on our own sentences."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from rumourmill.articles import split_date_line
from rumourmill.claims.extract import ArticleText, extract_article
from rumourmill.dates import parse_published

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_e5f80c8be0912309.txt"


def article(text: str, lang: str, published: str, title: str | None = None) -> ArticleText:
    at, precision = parse_published(published)
    return ArticleText("a1", text, lang, at, precision, title)


def find(claims, *words):
    hits = [c for c in claims if all(w.lower() in c.quote.lower() for w in words)]
    assert hits, f"no claim with {words}: {[c.quote for c in claims]}"
    return hits[0]


@pytest.mark.skipif(not SEED.exists(), reason="the seed article lives in ../shared (present in CI and dev)")
def test_seed_article_claims():
    raw = SEED.read_text(encoding="utf-8")
    published, text = split_date_line(raw)
    assert published == "2021-03"
    claims = extract_article(article(text, "it", published))

    talks = find(claims, "trattative", "Great Wall")
    assert (talks.subject, talks.event_type, talks.counterparty) == ("Xiaomi", "partnership", "Great Wall")

    reuters = find(claims, "Reuters", "partnership")
    assert reuters.subject == "Xiaomi" and reuters.event_type == "partnership"
    assert reuters.attribution_kind == "anonymous_sources" and reuters.relayed_by == "Reuters"
    assert "fonti" in reuters.attribution_name and reuters.hedge == "reported"
    assert dt.date(2021, 3, 7) <= reuters.expected_earliest <= reuters.expected_latest <= dt.date(2021, 4, 15)
    assert reuters.is_prediction

    ev = find(claims, "indiscrezioni", "2023")
    assert ev.subject == "Xiaomi" and ev.event_type == "product_launch"
    assert ev.attribution_kind == "leak" and ev.hedge == "rumour"
    assert ev.expected_latest == dt.date(2023, 12, 31)


def test_quotes_are_verbatim_slices_with_offsets():
    from conftest import RUMOUR_EN

    a = article(RUMOUR_EN, "en", "2022-03-02")
    claims = extract_article(a)
    assert claims
    for c in claims:
        assert RUMOUR_EN[c.char_start:c.char_end] == c.quote


def test_english_rumour_fields():
    from conftest import RUMOUR_EN

    claims = extract_article(article(RUMOUR_EN, "en", "2022-03-02"))
    deal = find(claims, "Helio")
    assert deal.subject == "Nordvik Motors" and deal.counterparty == "Helio Cells"
    assert deal.event_type == "partnership" and deal.hedge == "reported"
    assert deal.attribution_kind == "anonymous_sources" and deal.relayed_by == "Bloomberg"
    assert deal.expected_latest == dt.date(2022, 4, 30)
    assert 0.3 <= deal.probability <= 0.6  # "could": about even or less
    van = find(claims, "electric van")
    assert van.subject == "Nordvik Motors"  # "The Swedish carmaker" refers back to the main entity
    assert van.attribution_kind == "leak" and van.expected_latest == dt.date(2022, 12, 31)
    # plain past facts are not claims
    assert not [c for c in claims if "40,000" in c.quote]


def test_official_denial_is_negative_evidence():
    from conftest import OUTCOME_EN

    claims = extract_article(article(OUTCOME_EN, "en", "2022-03-08"))
    denial = find(claims, "denied")
    assert denial.hedge == "official" and denial.attribution_kind == "official"
    assert denial.polarity == "negative" and denial.subject == "Helio Cells"
    assert not denial.is_prediction


def test_unknown_language_yields_nothing():
    assert extract_article(article("Nordvik Motors zou volgende maand een partnerschap aankondigen.", "nl", "2022")) == []


def test_claim_ids_are_stable():
    from conftest import RUMOUR_EN

    a = article(RUMOUR_EN, "en", "2022-03-02")
    assert [c.claim_id for c in extract_article(a)] == [c.claim_id for c in extract_article(a)]


# ---------------------------------------------------------------- subjects, events, several claims a sentence


def claims_of(text: str, lang: str = "en", published: str = "2024-01-08", title: str | None = None):
    return extract_article(article(text, lang, published, title))


def test_people_are_found_without_a_role_word():
    text = ("Marta Olsen will leave Nordvik Motors at the end of March, two people familiar with the matter said. "
            "Olsen has run the carmaker since 2019. "
            "Olsen is expected to join Helio Cells in May, the people added.")
    leave, join = claims_of(text)
    assert (leave.subject, leave.event_type, leave.counterparty) == ("Marta Olsen", "departure", "Nordvik Motors")
    assert (join.subject, join.counterparty) == ("Marta Olsen", "Helio Cells")  # the surname stands for the full name


def test_descriptions_refer_back_to_the_main_organisation_or_person():
    en = ("Nordvik Motors is preparing a cheaper electric van. Nordvik Motors sold 40,000 vans last year. "
          "The Swedish carmaker will unveil the van in March, people familiar with the plans said.")
    assert claims_of(en)[-1].subject == "Nordvik Motors"
    it = ("Lumetta prepara un nuovo monopattino. Lumetta ha venduto due milioni di pezzi. "
          "Il gruppo torinese potrebbe presentarlo a settembre, secondo fonti vicine all'azienda.")
    assert claims_of(it, "it")[-1].subject == "Lumetta"
    football = ("Jonas Brandt, striker of Borussia Dortmund, is weighing offers from England. Brandt scored 30 goals. "
                "The 24-year-old forward could join Arsenal this summer, the people said.")
    move = claims_of(football)[-1]
    assert (move.subject, move.event_type, move.counterparty) == ("Jonas Brandt", "departure", "Arsenal")


@pytest.mark.parametrize("lang, text, subject", [
    ("fr", "La Banque centrale européenne se réunit jeudi. Selon des économistes, la BCE baissera ses taux en juin.",
     "Banque centrale européenne"),
    ("de", "Die Europäische Zentralbank tagt am Donnerstag. Die EZB wird ihre Zinsen im Juni senken, erwarten Ökonomen.",
     "Europäische Zentralbank"),
    ("fr", "Selon des économistes, la BCE baissera ses taux en juin.", "European Central Bank"),  # not spelled out: alias
])
def test_acronyms_are_spelled_out_from_the_article(lang, text, subject):
    assert claims_of(text, lang)[-1].subject == subject


def test_a_date_and_a_venue_are_two_claims_with_distinct_stable_ids():
    text = "Nordvik Motors will unveil the van on 17 January in Gothenburg, people familiar with the plans said."
    first, again = claims_of(text), claims_of(text)
    assert [c.claim_id for c in first] == [c.claim_id for c in again] and len({c.claim_id for c in first}) == 2
    date, venue = first
    assert date.expected_latest == dt.date(2024, 1, 17) and "gothenburg" not in date.event.lower()
    assert venue.event.endswith("@ Gothenburg") and venue.expected_latest is None and venue.is_prediction


def test_clauses_with_their_own_date_or_subject_are_separate_claims():
    dates = claims_of("Nordvik Motors will open pre-orders on 3 May, with deliveries on 20 May, the company said.")
    assert [c.expected_latest for c in dates] == [dt.date(2024, 5, 3), dt.date(2024, 5, 20)]
    two = claims_of("Nordvik Motors will launch its van in June, while Helio Cells is expected to open a battery plant "
                    "in September, analysts said.")
    assert [(c.subject, c.expected_latest) for c in two] == [("Nordvik Motors", dt.date(2024, 6, 30)),
                                                            ("Helio Cells", dt.date(2024, 9, 30))]


def test_a_forecast_without_a_trigger_is_event_type_other():
    c = claims_of("Once the merger closes, the Helio Cells unit will report to Nordvik Motors, the companies said "
                  "in a statement.")[0]
    assert (c.subject, c.event_type, c.attribution_kind) == ("Helio Cells", "other", "official")


def test_a_reported_dismissal_is_official_evidence_about_the_person_who_leaves():
    c = claims_of("Nordvik Motors fired chief executive Marta Olsen on Monday. Olsen had led the company since 2019.")[0]
    assert (c.subject, c.event_type, c.hedge, c.attribution_name) == ("Marta Olsen", "departure", "official", "Nordvik Motors")


def test_official_statements_keep_their_forward_window():
    c = claims_of("Nordvik Motors announced that it has extended the contract of Marta Olsen until the end of 2027.")[0]
    assert c.hedge == "official" and c.expected_latest == dt.date(2027, 12, 31)
    assert claims_of("Helio Cells denied on Friday that it was in talks with Nordvik Motors.")[0].expected_latest is None


@pytest.mark.parametrize("text", [
    "The purchase would make Nordvik Motors the largest carmaker in Sweden.",  # a comment on an event already told
    "In 2019, Nordvik Motors announced a partnership with Helio Cells.",  # a recap
    "Nordvik Motors opened a second plant soon after the takeover.",  # "soon after": a past sequence
    "Nordvik Motors has hidden the dates of upcoming launches in its software before.",  # an adjective, no forecast
])
def test_not_claims(text):
    assert claims_of(text) == []


def test_an_executive_acts_for_the_company_and_names_join_across_particles():
    de = ("Die Nordvik AG will ihre Batteriesparte verkaufen, berichtet das Handelsblatt. "
          "Nordvik-Chef Jonas Brandt soll im März über den Verkauf entscheiden.")
    decide = claims_of(de, "de")[-1]
    assert (decide.subject, decide.event_type) == ("Nordvik", "acquisition")
    fr = ("Luca de Meo, le directeur général de Renault, présentera le 14 mars la nouvelle Twingo électrique. "
          "De Meo a promis un prix inférieur à 20 000 euros.")
    assert claims_of(fr, "fr")[0].subject == "Renault"


def test_acronym_defined_in_parentheses():
    es = ("La Comisión Federal de Comercio (FTC) podría recurrir la decisión antes de julio, según fuentes cercanas. "
          "La FTC estudia bloquear la compra de Activision Blizzard por Microsoft, añadieron las fuentes.")
    assert claims_of(es, "es")[-1].subject == "Comisión Federal de Comercio"


def test_an_analyst_named_earlier_stays_an_analyst_by_surname():
    claims = claims_of("Dana Voss, an analyst at Harbor Securities, expects Ostra to sell its tyre unit next year. "
                       "Voss also predicts that Kelda will bid for the unit in 2026.")
    later = find(claims, "Voss also predicts")
    assert (later.attribution_kind, later.attribution_name, later.hedge) == ("analyst", "Voss", "opinion")
    assert later.attribution_role == "analyst"


def test_provenance_is_stored_with_the_claim():
    from rumourmill.claims.extract import EXTRACTOR

    claims = claims_of("La Stampa, citing Reuters, citing three people with direct knowledge, said Ostra would buy "
                       "Kelda in March. Ostra will open a plant in Ohio in May, chief executive Mara Lind said.")
    relayed, plan = find(claims, "La Stampa"), find(claims, "Mara Lind")
    assert (relayed.relayed_by, relayed.relay_chain) == ("Reuters", "Reuters > La Stampa")  # origin outward
    assert (plan.relay_chain, plan.attribution_role, plan.hedge) == (None, "chief executive", "planned")
    assert relayed.extractor == EXTRACTOR == "rules-0.4"
