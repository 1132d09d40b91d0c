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


def _hedge(sentence: str, subject: str, lang: str = "en") -> str:
    from rumourmill.claims.attribution import attribute
    from rumourmill.claims.entities import entities, persons_in
    from rumourmill.claims.hedging import hedge_of

    lex = lexicon(lang)
    people = persons_in(sentence, lex)
    att = attribute(sentence, lex, entities(sentence, lex, people), people, set())
    return hedge_of(sentence, lex, att, subject, False)


@pytest.mark.parametrize("lang, sentence, subject, hedge", [
    # the actor's own expectation about what it is doing: its plan
    ("en", "Ostra expects the takeover of Kelda to close by the end of March.", "Ostra", "planned"),
    ("en", "The company expects the sale of its tyre unit to be completed in May.", "Ostra", "planned"),
    ("en", "Investors expect the central bank to cut rates in June.", "Ostra", "rumour"),  # not the actor's
    # the actor's schedule stated in the future tense; the conditional is hearsay
    ("it", "Marco Rossi resterà alla guida di Ostra fino al 2027.", "Marco Rossi", "planned"),
    ("it", "Marco Rossi resterebbe alla guida di Ostra fino al 2027.", "Marco Rossi", "rumour"),
    ("es", "Ostra abrirá su nueva planta en Valencia en 2026.", "Ostra", "planned"),
])
def test_own_expectations_and_schedules_are_planned(lang, sentence, subject, hedge):
    assert _hedge(sentence, subject, lang) == hedge


@pytest.mark.parametrize("lang, sentence, hedge", [
    ("it", "Andrea Galli prenderà il posto di Marco Rossi alla guida di Ostra a luglio, ha detto lo stesso Rossi.", "planned"),
    ("it", "Andrea Galli prenderà il posto di Marco Rossi alla guida di Ostra a luglio, ha detto Rossi.", "reported"),
    ("en", "Andrea Galli will succeed Marco Rossi at Ostra in July, Rossi himself told shareholders.", "planned"),
    ("en", "Andrea Galli will succeed Marco Rossi at Ostra in July, said Rossi, a professor at Bocconi.", "reported"),
])
def test_a_speaker_about_himself_is_an_insider(lang, sentence, hedge):
    assert _hedge(sentence, "Andrea Galli", lang) == hedge


def test_a_person_named_without_introduction_states_the_actors_plan():
    # journalists name only the actor's known faces without a role; outsiders are introduced
    assert _hedge("Marco Rossi ha ribadito che Ostra punta a raddoppiare le vendite entro il 2030.", "Ostra", "it") == "planned"
    assert _hedge("Marco Rossi, docente alla Bocconi, ha detto che Ostra punta a raddoppiare le vendite entro il 2030.",
                  "Ostra", "it") == "reported"
