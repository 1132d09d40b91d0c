"""Compiled per-language cues for claim extraction, built from rumourmill/lang/<code>.toml.

Everything language-specific comes from the knowledge file; this module only turns
word lists into whole-word regexes and patterns into compiled regexes, once per language.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from rumourmill import languages

EVENT_TYPES = ("acquisition", "departure", "partnership", "policy", "product_launch", "announcement")
"""Tried in this order; the first type whose trigger occurs wins (specific before generic)."""

_NEVER = re.compile(r"(?!x)x")


def words_regex(words: list[str]) -> re.Pattern[str]:
    """Whole-word, case-insensitive alternation of words and phrases, longest first."""
    if not words:
        return _NEVER
    alts = sorted({re.escape(w).replace(r"\ ", r"\s+") for w in words}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.IGNORECASE)


def norm(phrase: str) -> str:
    """Lower case with single spaces: the key for looking a matched cue up."""
    return " ".join(phrase.lower().split())


def patterns_regex(patterns: list[str], flags: int = 0) -> re.Pattern[str]:
    if not patterns:
        return _NEVER
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


@dataclass(frozen=True)
class Lexicon:
    lang: str
    # entities
    stop: frozenset[str]
    places: frozenset[str]
    anaphora: re.Pattern[str]
    roles: re.Pattern[str]
    aliases: dict[str, str]  # other names -> the one name claims use ("EZB" -> "European Central Bank")
    # attribution
    anonymous: re.Pattern[str]
    leak: re.Pattern[str]
    analyst: re.Pattern[str]
    official: re.Pattern[str]
    source_patterns: tuple[re.Pattern[str], ...]
    relay_patterns: tuple[re.Pattern[str], ...]
    verbs: re.Pattern[str]
    expect_verbs: re.Pattern[str]  # "Nvidia expects": the actor's own expectation, not a statement
    outlets: frozenset[str]
    outlet_words: frozenset[str]
    # hedging
    speculation: re.Pattern[str]
    reportive: re.Pattern[str]
    plan: re.Pattern[str]
    future: re.Pattern[str]
    uncertain: re.Pattern[str]
    negation: re.Pattern[str]
    conditional: re.Pattern[str]
    future_tense: re.Pattern[str]
    probability: re.Pattern[str]
    probability_of: dict[str, float]  # cue (lower case, single spaces) -> probability
    # events and evidence
    events: tuple[tuple[str, re.Pattern[str]], ...]
    confirm: re.Pattern[str]
    deny: re.Pattern[str]


@functools.cache
def all_outlets() -> frozenset[str]:
    """Outlet names from every knowledge file: Reuters is cited in every language."""
    names: set[str] = set()
    for code in languages.available():
        names.update(languages.load(code).get("attribution", {}).get("outlets", []))
    return frozenset(names)


@functools.cache
def lexicon(lang: str) -> Lexicon:
    """The compiled cues of a language (KeyError when it has no knowledge file)."""
    k = languages.load(lang)
    ent, att, hed = k.get("entities", {}), k.get("attribution", {}), k.get("hedge", {})
    ev, evi = k.get("events", {}), k.get("evidence", {})
    I = re.IGNORECASE
    return Lexicon(
        lang=lang,
        stop=frozenset(ent.get("stop", [])),
        places=frozenset(ent.get("places", [])),
        anaphora=patterns_regex(ent.get("anaphora", []), I),
        roles=words_regex(ent.get("roles", [])),
        aliases=dict(ent.get("aliases", {})),
        anonymous=patterns_regex(att.get("anonymous", []), I),
        leak=patterns_regex(att.get("leak", []), I),
        analyst=patterns_regex(att.get("analyst", []), I),
        official=patterns_regex(att.get("official", []), I),
        source_patterns=tuple(re.compile(p) for p in att.get("source_patterns", [])),
        relay_patterns=tuple(re.compile(p) for p in att.get("relay_patterns", [])),
        verbs=words_regex(att.get("verbs", [])),
        expect_verbs=words_regex(att.get("expect_verbs", [])),
        outlets=all_outlets(),
        outlet_words=frozenset(att.get("outlet_words", [])),
        speculation=words_regex(hed.get("speculation", [])),
        reportive=words_regex(hed.get("reportive", [])),
        plan=words_regex(hed.get("plan", [])),
        future=words_regex(hed.get("future", [])),
        uncertain=words_regex(hed.get("uncertain", [])),
        negation=words_regex(hed.get("negation", [])),
        conditional=patterns_regex([hed["conditional_pattern"]], I) if "conditional_pattern" in hed else _NEVER,
        future_tense=patterns_regex([hed["future_pattern"]], I) if "future_pattern" in hed else _NEVER,
        probability=words_regex(list(hed.get("probability", {}))),
        probability_of={norm(w): float(p) for w, p in hed.get("probability", {}).items()},
        events=tuple((t, words_regex(ev.get(t, []))) for t in EVENT_TYPES),
        confirm=patterns_regex(evi.get("confirm", []), I),
        deny=patterns_regex(evi.get("deny", []), I),
    )
