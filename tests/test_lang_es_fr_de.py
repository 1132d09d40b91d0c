"""Claim extraction in Spanish, French and German: knowledge files and sentences of our own writing."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from rumourmill import languages
from rumourmill.claims.extract import ArticleText, extract_article
from rumourmill.claims.lexicon import lexicon

CLAIM_TABLES = ("entities", "attribution", "hedge", "events", "evidence")
PATTERN_KEYS = {
    "entities": ("anaphora",),
    "attribution": ("anonymous", "leak", "analyst", "official", "source_patterns", "relay_patterns"),
    "evidence": ("confirm", "deny"),
}


def _claim(lang: str, text: str):
    claims = extract_article(ArticleText("t-" + lang, text, lang, dt.datetime(2024, 5, 2), "day", None))
    assert len(claims) == 1, claims
    return claims[0]


CLAIM_LANGUAGES = [code for code in languages.available() if "events" in languages.load(code)]
"""Languages with claim knowledge; a file with only [time] tables serves time expressions alone."""


@pytest.mark.parametrize("code", CLAIM_LANGUAGES)
def test_knowledge_file_has_the_claim_tables_of_english(code):
    en, k = languages.load("en"), languages.load(code)
    for table in CLAIM_TABLES:
        assert table in k, f"{code}.toml lacks [{table}]"
    for table in ("entities", "events", "evidence"):  # extraction reads every key of these in every language
        assert set(en[table]) <= set(k[table]), f"{code}.toml [{table}] lacks {set(en[table]) - set(k[table])}"
    assert set(en["events"]) == set(k["events"])
    assert k["hedge"]["probability"] and all(0 <= p <= 1 for p in k["hedge"]["probability"].values())


@pytest.mark.parametrize("code", CLAIM_LANGUAGES)
def test_every_pattern_compiles(code):
    k = languages.load(code)
    for table, keys in PATTERN_KEYS.items():
        for key in keys:
            for p in k[table].get(key, []):
                re.compile(p)
    for p in k["attribution"].get("source_patterns", []):
        assert "(?P<name>" in p
    for p in k["attribution"].get("relay_patterns", []):
        assert "(?P<relay>" in p
    for key in ("conditional_pattern", "future_pattern"):
        if key in k["hedge"]:
            re.compile(k["hedge"][key])
    lexicon(code)  # the whole lexicon builds


@pytest.mark.parametrize("lang,text,want", [
    ("es", "Iberdrola estudia la compra de una eléctrica portuguesa, según fuentes cercanas a la operación.",
     dict(subject="Iberdrola", event_type="acquisition", attribution_kind="anonymous_sources",
          attribution_name="fuentes cercanas a la operación", hedge="reported", polarity="positive")),
    ("es", "Telefónica lanzará su nueva tarifa de fibra en octubre, según informó Expansión citando a personas conocedoras del proyecto.",
     dict(subject="Telefónica", event_type="product_launch", attribution_kind="anonymous_sources",
          relayed_by="Expansión", hedge="reported")),
    ("es", "El Banco de España rebajará los tipos de interés el próximo mes, prevén los analistas consultados por este periódico.",
     dict(event_type="policy", attribution_kind="analyst", hedge="opinion")),
    ("es", "Inditex desmintió en un comunicado que tenga planes de cerrar sus tiendas en Argentina.",
     dict(subject="Inditex", attribution_kind="official", hedge="official", polarity="negative")),
    ("es", "Según filtraciones publicadas en redes sociales, Seat presentaría un coche eléctrico barato el año que viene.",
     dict(subject="Seat", event_type="product_launch", attribution_kind="leak", hedge="rumour")),
    ("fr", "Renault serait en négociations avec Nissan pour une nouvelle alliance, selon des sources proches du dossier.",
     dict(subject="Renault", event_type="partnership", attribution_kind="anonymous_sources", hedge="reported")),
    ("fr", "D'après les informations du Figaro, Carrefour pourrait céder sa filiale brésilienne d'ici la fin de l'année.",
     dict(subject="Carrefour", event_type="acquisition", attribution_kind="named_outlet", attribution_name="Figaro",
          hedge="reported")),
    ("fr", "Le PDG de TotalEnergies a démenti toute intention de racheter un concurrent américain.",
     dict(subject="TotalEnergies", event_type="acquisition", attribution_kind="official", hedge="official",
          polarity="negative")),
    ("fr", "Les analystes interrogés par l'AFP s'attendent à ce que la BCE baisse ses taux en juin.",
     dict(subject="European Central Bank", event_type="policy", attribution_kind="analyst", hedge="opinion")),
    ("fr", "Des fuites sur les réseaux sociaux laissent penser que Peugeot dévoilera une nouvelle voiture électrique en mars.",
     dict(subject="Peugeot", event_type="product_launch", attribution_kind="leak", hedge="rumour")),
    ("de", "Siemens prüft laut Handelsblatt eine Übernahme des Softwarehauses Nemetschek.",
     dict(subject="Siemens", event_type="acquisition", attribution_kind="named_outlet", attribution_name="Handelsblatt",
          hedge="reported")),
    ("de", "Die Lufthansa soll mit der italienischen Regierung über eine Beteiligung verhandeln, wie Reuters unter Berufung auf Insider berichtet.",
     dict(subject="Lufthansa", event_type="acquisition", attribution_kind="anonymous_sources", relayed_by="Reuters",
          hedge="reported")),
    ("de", "Ein Sprecher von BMW dementierte, dass der Konzern ein neues Werk in Ungarn plane.",
     dict(subject="BMW", attribution_kind="official", hedge="official", polarity="negative")),
    ("de", "Mehrere Analysten erwarten, dass die Bundesbank ihre Prognose für die Leitzinsen im Herbst senken wird.",
     dict(subject="Bundesbank", event_type="policy", attribution_kind="analyst", hedge="opinion")),
    ("de", "Mit den Verhandlungen vertraute Personen sagten, der Stürmer Jonas Brandt werde im Sommer zu Borussia Dortmund wechseln.",
     dict(subject="Jonas Brandt", event_type="departure", attribution_kind="anonymous_sources", hedge="reported")),
])
def test_sentence(lang, text, want):
    c = _claim(lang, text)
    got = {k: getattr(c, k) for k in want}
    assert got == want
