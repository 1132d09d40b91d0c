"""Names folded for comparison across outlets and languages.

"Xiaomi Corp" and "Xiaomi", "Kylian Mbappé" and "Mbappe", "Europäische Zentralbank" and
"European Central Bank" must meet. A name is folded (case, accents, punctuation), mapped
through the entity aliases of every language file, and stripped of company-form words.
"""
from __future__ import annotations

import collections
import functools
import re
from collections.abc import Iterable

from rumourmill import languages
from rumourmill.text import ascii_fold

COMPANY_FORMS = frozenset(
    "inc corp corporation co company ltd limited plc llc ag se sa spa srl sas nv bv ab asa oy gmbh kgaa "
    "holdings holding group groupe gruppo grupo motor motors".split())
"""Words that do not tell two companies apart ("Great Wall Motor" is "Great Wall")."""

GENERIC = frozenset(
    "great new bank central european group city united real national international general american "
    "china chinese saint san the de la le el di del der die das union club".split())
"""Words that alone do not identify a party: "City" is not "Manchester City"."""

_WORD = re.compile(r"\w+")


def fold(text: object) -> str:
    """Lower case, no accents, words separated by single spaces ("" for nothing)."""
    if text is None or (isinstance(text, float) and text != text):
        return ""
    return " ".join(_WORD.findall(ascii_fold(str(text))))


@functools.cache
def aliases() -> dict[str, str]:
    """Folded alias -> folded canonical name, from [entities.aliases] of every language file."""
    out: dict[str, str] = {}
    for code in languages.available():
        for alias, name in languages.load(code).get("entities", {}).get("aliases", {}).items():
            out.setdefault(fold(alias), fold(name))
    return out


@functools.cache
def _alias_regex() -> re.Pattern[str] | None:
    keys = sorted((a for a in aliases() if a), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(k) for k in keys) + r")\b") if keys else None


@functools.lru_cache(maxsize=200_000)
def canonical(name: object) -> str:
    """The comparison key of a name: folded, aliased, company-form words dropped."""
    f = fold(name)
    f = aliases().get(f, f)
    words = [w for w in f.split() if w not in COMPANY_FORMS]
    return " ".join(words or f.split())


def name_words(name: object) -> frozenset[str]:
    return frozenset(canonical(name).split())


@functools.lru_cache(maxsize=200_000)
def text_words(text: str) -> frozenset[str]:
    """Words of a quote, plus the canonical words of every alias it contains."""
    f = fold(text)
    words = set(f.split())
    rx = _alias_regex()
    if rx is not None:
        for m in rx.finditer(f):
            words.update(aliases()[m.group(0)].split())
    return frozenset(words)


def mentions(words: frozenset[str], name: object, raw: str | None = None) -> bool:
    """Is the party `name` named in a text with these words?

    All its words; or for a name of several words its last distinctive word ("Musk" names
    "Elon Musk"), or its first one ("Activision" names "Activision Blizzard") unless in
    `raw`, the text itself, it always heads another name ("Manchester United" does not
    name "Manchester City"). Generic words alone never do ("City")."""
    nw = canonical(name).split()
    if not nw:
        return False
    if all(w in words for w in nw):
        return True
    if len(nw) < 2:
        return False
    if _distinctive(nw[-1]) and nw[-1] in words:
        return True
    return _distinctive(nw[0]) and nw[0] in words and (raw is None or _heads_no_other_name(raw, nw[0], nw[1]))


def same_party(a: object, b: object) -> bool:
    """Do two party names name the same party? Equal, or one is the other's surname-like
    tail ("Mbappe", "Kylian Mbappe"); "Manchester United" is not "Manchester City"."""
    wa, wb = canonical(a).split(), canonical(b).split()
    if not wa or not wb:
        return False
    short, long_ = sorted((wa, wb), key=len)
    return short == long_[len(long_) - len(short):]


def _distinctive(word: str) -> bool:
    return len(word) >= 4 and word not in GENERIC


def _heads_no_other_name(raw: str, first: str, second: str) -> bool:
    tokens = _WORD.findall(raw)
    for i, t in enumerate(tokens):
        if fold(t) == first:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if not nxt[:1].isupper() or fold(nxt) == second:
                return True
    return False


def representatives(names: Iterable[str]) -> dict[str, str]:
    """Canonical name -> the full name a surname stands for, when that is unambiguous.

    "mbappe" -> "kylian mbappe" and "musk" -> "elon musk" when no other known two-word name
    ends in that word. Only one word completing a one-word name: "arm" is not short for
    "arm eigentumer softbank". Company forms are already gone ("xiaomi corp" is "xiaomi")."""
    names = {n for n in names if n}
    by_last: dict[str, set[str]] = collections.defaultdict(set)
    for n in names:
        words = n.split()
        if len(words) == 2:
            by_last[words[1]].add(n)
    return {n: next(iter(by_last[n])) for n in names if " " not in n and len(by_last.get(n, ())) == 1}
