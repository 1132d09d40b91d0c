"""Hedging: estimative probability, denials, conditional mood, futurity."""
from __future__ import annotations

import pytest

from rumourmill.claims.hedging import DEFAULT_PROBABILITY, is_hedged, looks_future, polarity, probability
from rumourmill.claims.lexicon import lexicon


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Ostra could announce the deal next week."),
    ("en", "Ostra is said to be weighing a sale of the unit."),
    ("en", "Ostra reportedly approached Kelda in May."),
    ("en", "Shares fell on fears of a recall."),
    ("it", "Ostra sarebbe pronta a lanciare un'offerta."),
    ("it", "Secondo quanto riferito, l'accordo arriverebbe a giorni."),
    ("es", "Ostra presentaría el modelo en mayo."),
    ("fr", "Ostra pourrait racheter Kelda."),
    ("de", "Ostra dürfte das Werk schließen."),
    ("de", "Ostra soll an einer Übernahme interessiert sein."),
    ("nl", "Ostra zou naar verluidt een bod overwegen."),
])
def test_hedged(lang, sentence):
    assert is_hedged(sentence, lexicon(lang))


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Ostra sold 40,000 vans last year."),
    ("en", "Ostra said it would cut 500 jobs."),  # a reported future, not a doubt
    ("nl", "Ostra verkocht vorig jaar 40.000 bestelwagens."),
])
def test_not_hedged(lang, sentence):
    assert not is_hedged(sentence, lexicon(lang))


def test_probability_bands_follow_kent():
    lex = lexicon("en")
    will = probability("Ostra will open the plant in May.", lex, "planned")
    likely = probability("Ostra is likely to open the plant in May.", lex, "rumour")
    could = probability("Ostra could open the plant in May.", lex, "rumour")
    unlikely = probability("Ostra is unlikely to open the plant in May.", lex, "rumour")
    assert will > likely > could > unlikely
    assert probability("Ostra opened the plant.", lex, "reported") == DEFAULT_PROBABILITY["reported"]


def test_most_cautious_cue_wins():
    lex = lexicon("en")
    assert probability("Ostra will probably open the plant.", lex, "planned") == probability("Ostra probably opened it.", lex, "planned")


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Ostra has no plans to sell the unit."),
    ("it", "Kelda ha smentito le indiscrezioni."),
    ("de", "Ostra dementierte den Bericht."),
])
def test_denials_are_negative(lang, sentence):
    assert polarity(sentence, lexicon(lang)) == "negative"


def test_broad_future_counts_intentions_only_for_sentence_analysis():
    lex = lexicon("en")
    sentence = "Ostra agreed to buy Kelda for $2 billion."
    assert looks_future(sentence, lex, broad=True)
    assert looks_future("Ostra to cut 10,000 jobs", lex, broad=True)  # headline infinitive
    assert not looks_future("Ostra sold 40,000 vans last year.", lex, broad=True)


def test_dutch_future_tense():
    assert looks_future("Ostra zal volgend jaar een fabriek openen.", lexicon("nl"))


def test_conditional_mood_without_a_cue_is_hearsay_band():
    from rumourmill.claims.hedging import CONDITIONAL_PROBABILITY

    assert probability("Ostra acquisterebbe il marchio per due miliardi.", lexicon("it"), "rumour") == CONDITIONAL_PROBABILITY
