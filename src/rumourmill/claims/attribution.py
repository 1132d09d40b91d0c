"""Who a claim comes from: the original source, its kind, and the outlet relaying it.

"Reuters, citing people familiar with the matter" is kind anonymous_sources, name "people
familiar with the matter", relayed_by "Reuters". Checked in order of specificity:
anonymous sources, leaks, analysts, named sources (outlet, person, or the actor itself =
official), official wording ("in a statement", "spokesperson"), else unattributed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rumourmill.claims.entities import Entity, classify
from rumourmill.claims.lexicon import Lexicon

_LEAD = re.compile(r"^(?:citing|according\s+to|citando|secondo|según|selon|laut|d['’]après)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Attribution:
    kind: str  # anonymous_sources | named_outlet | named_person | official | analyst | leak | unattributed
    name: str | None
    relayed_by: str | None
    span: tuple[int, int] | None = None  # where the source is named in the sentence


UNATTRIBUTED = Attribution("unattributed", None, None)


def attribute(sentence: str, lex: Lexicon, ents: list[Entity], people: set[str], actors: set[str]) -> Attribution:
    """The attribution of one sentence. `actors` are the organisations the article is about."""
    relay = _relay(sentence, lex, people)
    m = lex.anonymous.search(sentence)
    if m:
        words = m.group()
        cut = lex.verbs.search(words)
        if cut and cut.start() > 0:
            words = words[: cut.start()]
        return Attribution("anonymous_sources", _clean(words), relay or _outlet_in(ents, m), m.span())
    m = lex.leak.search(sentence)
    if m:
        return Attribution("leak", _phrase(sentence, m), relay or _outlet_in(ents, m), m.span())
    m = lex.analyst.search(sentence)
    if m and _is_source_position(sentence, m, lex):
        person = _adjacent_person(sentence, m, ents)
        start = min([m.start()] + [e.start for e in ents if e.text == person])
        clause_end = sentence.find(",", m.end())  # "Kuo, an analyst at TF Securities, expects ..."
        end = clause_end if 0 <= clause_end - m.end() <= 60 else m.end()
        return Attribution("analyst", person or _clean(m.group()), relay, (start, end))
    for name, span in _named_sources(sentence, lex):
        kind = classify(name, lex, people)
        after = sentence[span[1]: span[1] + 30]
        if kind == "org" and lex.expect_verbs.match(after.lstrip(" ,")):
            continue  # "Nvidia expects the deal to close": a plan, not a statement
        if kind == "outlet":
            return Attribution("named_outlet", name, relay if relay != name else None, span)
        if kind == "person":
            if _analyst_role_near(sentence, span, lex):
                return Attribution("analyst", name, relay, span)
            return Attribution("named_person", name, relay, span)
        if kind == "org":
            cue = lex.official.search(sentence)
            return Attribution("official", _official_name(cue) or name, relay, span)
    m = lex.official.search(sentence)
    if m:
        actor = next((e.text for e in ents if e.kind == "org" and e.text in actors), None)
        actor = actor or next((e.text for e in ents if e.kind == "org"), None)
        return Attribution("official", _official_name(m) or actor or _clean(m.group()), relay, m.span())
    if relay:
        return Attribution("named_outlet", relay, None, None)
    return UNATTRIBUTED


def _official_name(m: re.Match[str] | None) -> str | None:
    """The words naming an official channel: "in a stock exchange filing" -> "stock exchange filing"."""
    if m is None:
        return None
    words = re.sub(r"^(?:in|on|via|according\s+to|through|in\s+via)\s+(?:a|an|the|its|their|una|un|uno|la|il|le|les|der|die|das|einer|einem|el|los)?\s*",
                   "", " ".join(m.group().split()), flags=re.IGNORECASE)
    words = re.sub(r"\s+(?:said|says|announced|confirmed|added|stated|denied)$", "", words, flags=re.IGNORECASE)
    return words or None


def _clean(text: str) -> str:
    return _LEAD.sub("", " ".join(text.split())).strip(" ,;:")


def _phrase(sentence: str, m: re.Match[str]) -> str:
    """The cue with the words that follow it up to punctuation ("indiscrezioni trapelate su Internet")."""
    tail = re.match(r"[^,.;:]{0,40}", sentence[m.end():]).group()
    words = tail.split()
    return _clean(m.group() + (" " + " ".join(words[:4]) if words and len(tail) < 40 else ""))


def _named_sources(sentence: str, lex: Lexicon) -> list[tuple[str, tuple[int, int]]]:
    found = []
    for pat in lex.source_patterns:
        for m in pat.finditer(sentence):
            name = m.group("name")
            a = m.start("name")
            # drop leading stop words the pattern swallowed ("The company" -> none)
            toks = name.split()
            while toks and toks[0] in lex.stop:
                a = sentence.index(toks[1], a) if len(toks) > 1 else a
                toks = toks[1:]
            name = re.sub(r"[’']s?$", "", " ".join(toks)).rstrip(".")
            if name and name not in lex.places and name[0].isupper():
                found.append((name, (a, a + len(name))))
    found.sort(key=lambda x: x[1][0])
    return found


def _relay(sentence: str, lex: Lexicon, people: set[str]) -> str | None:
    for pat in lex.relay_patterns:
        m = pat.search(sentence)
        if m:
            toks = m.group("relay").split()
            while toks and toks[0] in lex.stop:
                toks = toks[1:]
            name = " ".join(toks)
            if name and classify(name, lex, people) == "outlet":
                return name
    return None


def _outlet_in(ents: list[Entity], m: re.Match[str]) -> str | None:
    return next((e.text for e in ents if e.kind == "outlet"), None)


def _is_source_position(sentence: str, m: re.Match[str], lex: Lexicon) -> bool:
    """'analysts expect' / 'according to analysts' / 'X, an analyst at Y, said' - not 'hired analysts'."""
    window = sentence[max(0, m.start() - 40): m.end() + 60]
    return bool(lex.verbs.search(window))


def _adjacent_person(sentence: str, m: re.Match[str], ents: list[Entity]) -> str | None:
    near = [e for e in ents if e.kind in ("person", "org") and (0 <= m.start() - e.end <= 8 or 0 <= e.start - m.end() <= 30)]
    people = [e for e in near if e.kind == "person"]
    return (people or [None])[0].text if people else None


def _analyst_role_near(sentence: str, span: tuple[int, int], lex: Lexicon) -> bool:
    return bool(lex.analyst.search(sentence[max(0, span[0] - 30): span[1] + 40]))
