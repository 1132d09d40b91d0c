"""`rumourmill analyse` at sentence level: the fields the public scorers read."""
from __future__ import annotations

from rumourmill.claims.analyse import analyse_sentence

KEYS = {"hedged", "future", "attributed", "attribution_kind", "attribution_name", "probability"}


def test_rumour_with_anonymous_sources():
    r = analyse_sentence("Ostra could announce a tie-up with Kelda next month, people familiar with the matter said.", "en")
    assert set(r) >= KEYS
    assert r["hedged"] and r["future"] and r["attributed"]
    assert r["attribution_kind"] == "anonymous_sources" and r["attribution_name"] == "people familiar with the matter"
    assert 0 < r["probability"] < 0.6


def test_plain_fact_is_neither_hedged_nor_attributed():
    r = analyse_sentence("The plant employs 2,000 people.", "en")
    assert r["hedged"] is False and r["attributed"] is False and r["attribution_name"] is None


def test_reported_speech_names_the_speaker_as_written():
    r = analyse_sentence("Ostra will close the plant, Ms. Lind's spokesman said on Friday.", "en")
    assert r["attributed"] and r["attribution_name"] == "Ms. Lind's spokesman"


def test_german_indirect_speech():
    r = analyse_sentence("Der Vorstand habe die Pläne bereits gebilligt, sagte ein Sprecher.", "de")
    assert r["attributed"] and r["attribution_name"] == "ein Sprecher"


def test_dutch_is_analysed():
    r = analyse_sentence("Ostra zou volgens ingewijden een bod op Kelda overwegen.", "nl")
    assert r["hedged"] and r["attributed"]


def test_unknown_language_gives_nulls():
    r = analyse_sentence("Ostra se kupuje.", "xx")
    assert set(r) >= KEYS and r["hedged"] is None and r["attribution_name"] is None


def test_speaker_role_and_described_outlet():
    r = analyse_sentence("Ostra will open a plant in Ohio, chief executive Mara Lind said.", "en")
    assert r["attribution_role"] == "chief executive"
    r = analyse_sentence("Ostra may sell its tyre unit, the Swedish news agency Nordpress reported.", "en")
    assert (r["attribution_kind"], r["attribution_name"]) == ("named_outlet", "the Swedish news agency Nordpress")
