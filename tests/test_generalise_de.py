"""German claim extraction on general news wording (sentences of our own writing, none from the demo corpus):
sources close to a person ("aus seinem Umfeld"), "wie X mitteilte", official deeds and stays, listing words,
successions, nationality nouns that refer back to the article's person, and common nouns that are no names."""
from __future__ import annotations

import datetime as dt
import functools

import pytest

from sentences import about as _about
from sentences import claim, claims

_claims = functools.partial(claims, lang="de")
_claim = functools.partial(claim, lang="de")


@pytest.mark.parametrize("text,name", [
    ("Siemens will seine Medizintechniksparte nach Angaben aus dem Umfeld des Vorstands noch in diesem Jahr verkaufen.",
     "Umfeld des Vorstands"),
    ("Der Versicherer Allianz prüft nach Informationen aus seinem engeren Umfeld eine Übernahme in Italien.",
     "seinem engeren Umfeld"),
    ("Vertraute des Vorstandschefs sagten, Continental werde die Reifensparte im Herbst abspalten.",
     "Vertraute des"),
])
def test_circle_of_a_person_is_an_anonymous_source(text, name):
    c = _claim(text)
    assert c.attribution_kind == "anonymous_sources"
    assert name in c.attribution_name
    assert c.hedge == "reported"


def test_wie_x_mitteilte_names_the_speaker():
    c = _claim("Die Aktie von Zalando wird im Juni in den MDax aufgenommen, wie die Deutsche Börse mitteilte.")
    assert c.attribution_kind == "official"
    assert c.attribution_name == "Deutsche Börse"
    assert c.hedge == "official"
    assert c.subject == "Zalando"  # not "Aktie"


def test_teilte_x_mit_names_the_speaker():
    c = _claim("Das neue Modell kommt im Herbst in den Handel, teilte Renault am Dienstag mit.")
    assert (c.attribution_kind, c.attribution_name) == ("official", "Renault")  # not "Handel"
    assert c.event_type == "product_launch"


def test_release_verb_is_a_launch():
    c = _claim("Das neue Spiel von Ubisoft erscheint am 14. November, teilte das Unternehmen mit.")
    assert c.event_type == "product_launch"
    assert c.subject == "Ubisoft"
    assert c.attribution_kind == "official"
    assert c.expected_latest == dt.date(2024, 11, 14)


def test_staying_on_announced_by_the_person_is_an_official_departure_denial():
    c = _claim("Jonas Brandt bleibt Trainer des SC Freiburg, wie der 51-Jährige am Montag verkündete.")
    assert c.subject == "Jonas Brandt"
    assert c.event_type == "departure"
    assert c.attribution_kind == "official" and c.hedge == "official"
    assert "51-Jährige" in c.attribution_name
    assert c.polarity == "negative"


def test_listing_on_a_named_exchange_is_an_acquisition_event():
    c = _claim("Siemens will seine Logistiksparte laut Insidern im Herbst an die New Yorker Börse bringen.")
    assert c.event_type == "acquisition"
    assert c.subject == "Siemens"
    assert c.attribution_kind == "anonymous_sources"


def test_rate_cut_with_a_long_object_is_an_official_deed():
    c = _claim("Die Reichsbank hat ihren Leitzins am Donnerstag um einen halben Prozentpunkt auf 3,5 Prozent gesenkt.",
               title="Reichsbank senkt den Leitzins")
    assert c.event_type == "policy"
    assert c.hedge == "official"
    assert c.subject == "Reichsbank"


def test_analysts_reckoning_that_is_a_forecast():
    c = _claim("Analysten rechnen damit, dass Infineon im dritten Quartal einen Stellenabbau ankündigt.")
    assert c.attribution_kind == "analyst" and c.hedge == "opinion"
    assert c.subject == "Infineon"
    assert c.expected_latest == dt.date(2024, 9, 30)


def test_business_nouns_are_not_subjects():
    c = _claim("Die Hauptversammlung von Bayer soll im April über die Aufspaltung entscheiden, berichtet das Handelsblatt.")
    assert c.subject == "Bayer"
    assert c.attribution_kind == "named_outlet"


def test_nationality_noun_refers_back_and_predecessor_is_not_the_mover():
    text = ("Miguel Torres verlässt den VfL Bochum nach dieser Saison, wie der Klub mitteilte. "
            "Miguel Torres hatte den Klub vor drei Jahren übernommen. "
            "Nach Informationen des Kicker soll der Spanier im Juli die Nachfolge von Thomas Berger bei Hertha BSC antreten.")
    c = _about(_claims(text, title="Miguel Torres vor dem Abschied aus Bochum"), "Nachfolge von Thomas Berger")
    assert c.subject == "Miguel Torres"  # the Spaniard, not his predecessor-to-be
    assert c.event_type == "departure"
    assert (c.attribution_kind, c.attribution_name) == ("named_outlet", "Kicker")


def test_successor_named_in_a_club_is_the_subject():
    c = _claim("Als Nachfolger beim FC Augsburg ist laut Insidern der frühere Schalke-Trainer Peter Hoff im Gespräch.")
    assert c.subject == "Peter Hoff"
    assert c.event_type == "departure"


def test_central_bank_in_a_compound_is_no_policy_event():
    claims = _claims("Bundesbank-Präsident Joachim Nagel sagte in Berlin, die Banken seien gut aufgestellt.")
    assert all(c.event_type != "policy" for c in claims)


def test_rate_words_still_make_policy_claims():
    c = _claim("Die EZB dürfte ihre Leitzinsen im Juni senken, sagten mehrere Volkswirte.")
    assert c.event_type == "policy"
    assert c.attribution_kind == "analyst"
    c = _claim("Volkswirte erwarten, dass die Notenbank im Juli eine Zinspause einlegt.")
    assert c.event_type == "policy"


def test_erscheinen_as_seem_is_no_launch():
    claims = _claims("Die Lage erscheint dem Vorstand von Siemens im kommenden Jahr schwierig, sagte ein Sprecher.")
    assert all(c.event_type != "product_launch" for c in claims)


def test_declining_to_disclose_is_no_official_source():
    claims = _claims("Wohin die Maschine im kommenden Monat fliegen soll, gab die Lufthansa nicht bekannt.")
    assert all(c.attribution_kind != "official" for c in claims)


def test_club_names_with_a_city_are_organisations():
    text = ("Bayer Leverkusen will den Stürmer Jonas Brandt im Sommer verpflichten, berichtet der Kicker. "
            "In Leverkusen gilt der Wechsel als sicher.")
    c = _about(_claims(text), "verpflichten")
    assert c.subject == "Jonas Brandt"
    assert c.counterparty == "Bayer Leverkusen"  # a club, not a person


def test_pluperfect_background_is_no_claim():
    assert _claims("Siemens und Bosch hatten bereits im Februar eine Grundsatzvereinbarung über eine Fusion unterzeichnet.") == []


def test_outlet_in_the_genitive_is_an_outlet():
    c = _claim("Die Deutsche Bank erwägt laut einem Bericht des Handelsblatts eine Fusion mit der Commerzbank.")
    assert c.attribution_kind == "named_outlet" and c.hedge == "reported"
    assert c.subject == "Deutsche Bank"


def test_ruling_out_is_a_denial_but_not_ruling_out_is_not():
    text = "Bayer-Chef Bill Anderson will den Konzern umbauen. Anderson schließt eine Aufspaltung des Konzerns vorerst aus."
    c = _about(_claims(text, title="Bayer im Umbau"), "schließt")
    assert c.polarity == "negative" and c.hedge == "official"
    text = "Bayer-Chef Bill Anderson will den Konzern umbauen. Anderson schloss eine Aufspaltung des Konzerns nicht aus."
    assert not [c for c in _claims(text, title="Bayer im Umbau") if "schloss" in c.quote and c.hedge == "official"]


def test_compound_analyst_words():
    c = _claim("Apple dürfte das neue iPhone im September vorstellen, erwarten Branchenbeobachter.")
    assert c.attribution_kind == "analyst" and c.hedge == "opinion"


def test_a_view_held_for_long_is_background():
    assert _claims("Volkswagen hat immer wieder betont, die Sparte nicht verkaufen zu wollen.") == []
