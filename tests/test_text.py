"""Sentence splitting: ends of sentences, not abbreviations or ordinal dates."""
from __future__ import annotations

from rumourmill.text import sentences


def test_german_ordinal_dates_do_not_end_a_sentence() -> None:
    text = "Die Premiere ist für den 14. Oktober in München angesetzt. Der Verkauf beginnt später."
    assert sentences(text) == ["Die Premiere ist für den 14. Oktober in München angesetzt.",
                               "Der Verkauf beginnt später."]


def test_a_number_before_an_ordinary_capitalised_word_still_ends_a_sentence() -> None:
    assert sentences("The index closed at 42. Traders were calm.") == ["The index closed at 42.", "Traders were calm."]


def test_abbreviations_and_blank_lines() -> None:
    assert sentences("Mr. Rossi said the S.p.A. would grow.\n\nNext paragraph here.") == [
        "Mr. Rossi said the S.p.A. would grow.", "Next paragraph here."]
