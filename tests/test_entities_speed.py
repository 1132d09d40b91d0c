"""The shortcuts that make entity reading fast give what the plain reading gives.

cast() takes the names of each sentence from one scan of the whole text, and role_near()
skips its last regex when the text before a name cannot end with a role: both are checked
here against the plain computation on awkward texts (cut anywhere, odd case folds).
"""
import itertools
import random
import re

import pytest

from rumourmill.claims import entities as E
from rumourmill.claims.lexicon import lexicon, words_regex

LANGS = ["en", "it", "es", "fr", "de"]
FRAGMENTS = [
    "CEO", "ceo", "chief executive", "founder", "Mr", "Mr.", "Frau", "l'ad", "presidente", "Präsident",
    "Apple-Chef", "Tim Cook", "Cook", "Luca de Meo", "de", "von der", "Xiaomi's", "Xiaomi’s", "L'annuncio",
    "Dell'accordo", "iPhone", "3M", "S24", "The", "Reuters", "K", "\u212a", "ſ", "İ", "ß", "É", "(", ")", ",",
    ".", "’", "'", "-", "&", " ", "  ", "\n", "\u00a0", "Banco de España", "PSG", "(PSG)", "Paris Saint-Germain",
    "Once", "once", "die Bank", "Elon Musk", "Musk", "said", "x",
]


def _texts(seed: int, n: int):
    rnd = random.Random(seed)
    for _ in range(n):
        parts = [rnd.choice(FRAGMENTS) for _ in range(rnd.randint(1, 20))]
        text = "".join(p if rnd.random() < 0.3 else p + " " for p in parts)
        cuts = sorted(rnd.sample(range(len(text) + 1), min(len(text) + 1, rnd.randint(0, 5))))
        bounds = [0, *cuts, len(text)]
        yield rnd.choice(LANGS), text, [text[a:b] for a, b in zip(bounds, bounds[1:])]


@pytest.mark.parametrize("seed", range(3))
def test_sentence_names_from_the_text_scan_are_those_of_each_sentence(seed):
    for lang, text, sentences in _texts(seed, 150):
        lex, vocab = lexicon(lang), E.lowercase_words(text)
        pieces = E._piece_names(text, E._scan(text, lex), sentences, lex, vocab)
        for s in sentences:
            if s in pieces:
                assert pieces[s] == E.names(s, lex, vocab), (text, s)


def _role_near_plain(text: str, start: int, end: int, lex) -> bool:
    """role_near() without its shortcuts."""
    after = text[end:end + 60]
    m = lex.roles.search(after)
    if m and re.fullmatch(r"\s*[,(]\s*(?:[\w’'-]+\s+){0,2}", after[: m.start()]):
        return True
    before = text[max(0, start - 60):start]
    if lex.honorifics.search(before[-12:]) and re.search(r"[.\s]$", before):
        return True
    last = None
    for last in lex.roles.finditer(before):
        pass
    return last is not None and before[last.end():].strip() == ""


@pytest.mark.parametrize("seed", range(2))
def test_role_near_shortcuts_change_nothing(seed):
    found = set()
    for lang, text, _ in _texts(100 + seed, 80):
        lex = lexicon(lang)
        for i in range(len(text) + 1):
            for j in (i, min(len(text), i + 3)):
                found.add(E.role_near(text, i, j, lex))
                assert E.role_near(text, i, j, lex) == _role_near_plain(text, i, j, lex), (text, i, j)
    assert found == {True, False}


def test_how_a_role_can_end():
    ends = E._ends(words_regex(["chief executive", "CEO", "ad"]))
    assert ends[2] == {"ad", "aD", "Ad", "AD"}
    cases = lambda word: {"".join(p) for p in itertools.product(*(ch + ch.upper() for ch in word))}  # noqa: E731
    assert ends[3] == cases("ive") | cases("ceo")
    assert E._ends(re.compile(r"ab\s+c")) == {1: {"c"}}  # the last three cross a space: one letter
    assert E._ends(re.compile(r"ceo\s*")) is None  # may end in a space: no shortcut
    assert E._ends(re.compile(r"[a-z]+")) is None  # not literals: no shortcut
