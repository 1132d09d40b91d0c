"""Compiled per-language cues for claim extraction, built from rumourmill/lang/<code>.toml.

Everything language-specific comes from the knowledge file; this module only turns
word lists into whole-word regexes and patterns into compiled regexes, once per language.
"""
from __future__ import annotations

import functools
import re
import sys
import re._casefix as _casefix
import re._constants as _c
import re._parser as _parser
import dataclasses
from dataclasses import dataclass
from typing import Union

from rumourmill import languages

EVENT_TYPES = ("acquisition", "departure", "partnership", "policy", "product_launch", "announcement")
"""Tried in this order; the first type whose trigger occurs wins (specific before generic)."""

_NEVER = re.compile(r"(?!x)x")


def words_regex(words: list[str]) -> re.Pattern[str]:
    """Whole-word, case-insensitive alternation of words and phrases, longest first.

    Built as a trie ("announce|announced|announcement" -> "announce(?:d|ment)?"): Python's
    re tries alternatives one by one at every position, so a flat list of a hundred cues
    costs a hundred tries per character; the trie costs one or two. It matches what the flat
    longest-first alternation matches: letters are lower-cased (re compares them lower-cased
    under IGNORECASE anyway), so words that differ in case share a path and the longest
    continuation is tried first.
    """
    if not words:
        return _NEVER
    trie: dict = {}
    for w in set(words):
        node = trie
        for c in w:
            low = c.lower()
            unit = r"\s+" if c == " " else re.escape(low if len(low) == 1 else c)
            node = node.setdefault(unit, {})
        node[""] = {}
    return re.compile(r"(?<!\w)" + _trie_regex(trie) + r"(?!\w)", re.IGNORECASE)


def _trie_regex(node: dict) -> str:
    """Children first (greedy: the longest word wins), the end of a word last."""
    alts = [unit + _trie_regex(child) for unit, child in sorted(node.items()) if unit]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:
        return "(?:" + body + ")?"
    return body


def required(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings (lower case) one of which every match of the pattern contains, read
    from its parse tree, or None when no such set is found. A sentence whose lower-cased copy
    contains none of them cannot match (see search_any): a substring test costs far less than
    running a long alternation at every position."""
    found = _needs(pattern)[1]
    return tuple(sorted(found)) if found else None


_NEEDS: dict[int, tuple[re.Pattern[str], frozenset[str] | None, frozenset[str] | None]] = {}
"""id(pattern) -> (pattern, required strings, the same when none has a space). Keyed by identity:
hashing a compiled pattern hashes its whole code (several µs for a long alternation), and the
lexicon's patterns live as long as the process."""


def _needs(pattern) -> tuple[re.Pattern[str], frozenset[str] | None, frozenset[str] | None]:
    """Required strings of a re.Pattern or a Cue (see required())."""
    pattern = getattr(pattern, "regex", pattern)
    got = _NEEDS.get(id(pattern))
    if got is None or got[0] is not pattern:
        try:
            need = _req(_parser.parse(pattern.pattern, pattern.flags))
        except Exception:  # noqa: BLE001 - a parse this code does not follow: no shortcut
            need = None
        unspaced = None if need is None or any(" " in s for s in need) else need
        got = _NEEDS[id(pattern)] = (pattern, need, unspaced)
    return got


@functools.lru_cache(maxsize=64)
def lowered(text: str) -> str | None:
    """text.lower() for the substring tests, or None where a character folds unlike its lower
    case (see _special_folds) and the tests cannot be trusted. Cached: one sentence is tested
    against many cue sets in a row."""
    return None if _special_folds().search(text) else text.lower()


_MAX_EXACT = 256


def _plain(code: int) -> bool:
    """A character that re matches case-insensitively exactly where str.lower() agrees: its
    lower case is one character and it has no other case-insensitive equivalents ("ſ" for s)."""
    low = chr(code).lower()
    return code < 128 or (len(low) == 1 and code not in _casefix._EXTRA_CASES and ord(low) not in _casefix._EXTRA_CASES)


def _exact(items) -> frozenset[str] | None:
    """Every string the sequence can match, when it matches only ASCII literals (lower case)."""
    out = frozenset([""])
    for op, av in items:
        if op is _c.LITERAL and _plain(av):
            got = frozenset([chr(av).lower()])
        elif op is _c.SUBPATTERN:
            got = _exact(av[-1])
        elif op is _c.BRANCH:
            parts = [_exact(b) for b in av[1]]
            got = None if any(x is None for x in parts) else frozenset().union(*parts)
        elif op is _c.MAX_REPEAT and av[0] == 0 and av[1] == 1:
            got = _exact(av[2])
            got = None if got is None else got | {""}
        else:
            return None
        if got is None or len(out) * len(got) > _MAX_EXACT:
            return None
        out = frozenset(x + y for x in out for y in got)
    return out


def _prefixes(items) -> tuple[frozenset[str], bool]:
    """Strings every match of the sequence starts with, and whether they are the whole match
    (the sequence is made of literals, alternatives and optional parts only)."""
    out = frozenset([""])
    for op, av in items:
        if op is _c.LITERAL and _plain(av):
            got, whole = frozenset([chr(av).lower()]), True
        elif op is _c.SUBPATTERN:
            got, whole = _prefixes(av[-1])
        elif op is _c.BRANCH:
            parts = [_prefixes(b) for b in av[1]]
            got, whole = frozenset().union(*(p[0] for p in parts)), all(p[1] for p in parts)
        elif op is _c.MAX_REPEAT and av[0] == 0 and av[1] == 1:
            got, whole = _prefixes(av[2])
            got = got | {""}
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            got, whole = _prefixes(av[2])[0], False
        else:
            return out, False
        if len(out) * len(got) > _MAX_EXACT:
            return out, False
        out = frozenset(x + y for x in out for y in got)
        if not whole:
            return out, False
    return out, True


def _req(items) -> frozenset[str] | None:
    """Every match of the sequence contains one of these strings (None: unknown)."""
    cands: list[frozenset[str]] = []
    starts = _prefixes(items)[0]
    if all(starts):
        cands.append(starts)
    run: list = []  # items matching ASCII literals only: their strings, concatenated

    def flush() -> None:
        if run:
            got = _exact(run)
            if got and all(got):
                cands.append(got)
            run.clear()

    for item in items:
        op, av = item
        if _exact([item]) is not None:
            run.append(item)
            if _exact(run) is None:  # too many strings: start again from this item
                run.pop()
                flush()
                run.append(item)
            continue
        flush()
        if op is _c.SUBPATTERN:
            got = _req(av[-1])
        elif op is _c.BRANCH:
            parts = [_req(b) for b in av[1]]
            got = None if any(x is None for x in parts) else frozenset().union(*parts)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            got = _req(av[2])
        else:
            got = None
        if got and all(got):
            cands.append(got)
    flush()
    if not cands:
        return None
    return max(cands, key=lambda x: (min(map(len, x)), -len(x)))


@functools.cache
def _special_folds() -> re.Pattern[str]:
    """Characters that a case-insensitive ASCII letter matches but whose lower case is not that
    letter ("ſ", the Kelvin sign, "İ"): where one occurs, the substring test is not used."""
    odd = [chr(i) for i in range(128, 0x10000)
           if not (0xD800 <= i < 0xE000) and _ASCII_LETTER.fullmatch(chr(i))
           and not (len(chr(i).lower()) == 1 and chr(i).lower().isascii())]
    return re.compile("[" + "".join(re.escape(c) for c in odd) + "]") if odd else _NEVER


_ASCII_LETTER = re.compile(r"[a-z]", re.IGNORECASE)


def search_any(patterns, text: str) -> bool:
    """Does any of the patterns match text? As any(p.search(text) for p in patterns), but a
    pattern whose required strings (see required()) are all absent is not run."""
    low = lowered(text)
    for p in patterns:
        need = _needs(p)[1]
        if need is not None and low is not None and not any(map(low.__contains__, need)):
            continue
        if getattr(p, "regex", p).search(text):
            return True
    return False


def may_match_masked(patterns, text: str) -> bool:
    """False only when none of the patterns can match text, nor any copy of it with some
    characters replaced by spaces (as extraction masks spans): each pattern has required
    strings without a space, none of which text contains. Such a string found in a masked
    copy covers no masked character, so it is in text too."""
    low = lowered(text)
    if low is None:
        return True
    for p in patterns:
        need = _needs(p)[2]
        if need is None or any(map(low.__contains__, need)):
            return True
    return False


class Cue:
    """A compiled pattern that runs only where it can match: search, finditer and match first
    test that the text contains one of the pattern's required strings (see required()), which
    costs far less than running a long alternation over a sentence that has none of them.
    Otherwise it behaves as the re.Pattern it wraps."""

    __slots__ = ("regex", "pattern", "groupindex", "flags", "need")

    MAX_NEED = 64  # more strings than this: testing them all costs about what a regex does

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex, self.pattern, self.groupindex, self.flags = regex, regex.pattern, regex.groupindex, regex.flags
        self.need = _needs(regex)[1]

    def _absent(self, text: str) -> bool:
        low = lowered(text)
        return low is not None and not any(map(low.__contains__, self.need))

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(text) else self.regex.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(text) else self.regex.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.regex.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return iter(()) if self._absent(text) else self.regex.finditer(text, pos, endpos)

    def sub(self, repl, text: str, count: int = 0) -> str:
        return text if self._absent(text) else self.regex.sub(repl, text, count)


Regex = Union[re.Pattern[str], Cue]
"""A Lexicon pattern: a Cue where a cheap pre-check exists (see guarded()), else the pattern itself."""


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
    place_phrases: Regex  # places whose name has lower-case words, found as phrases
    anaphora: Regex
    roles: Regex
    aliases: dict[str, str]  # other names -> the one name claims use ("EZB" -> "European Central Bank")
    alias_phrases: Regex  # all files merged: aliases with lower-case words ("Banque centrale européenne"), found whole
    person_anaphora: Regex  # "the France captain", "il portoghese": the article's main person
    honorifics: Regex  # "Mr", "Frau": the name that follows is a person
    first_names: frozenset[str]  # all files merged: "Andy Jassy" is a person without a role word
    legal_suffixes: frozenset[str]  # all files merged: "Xiaomi Corp" is Xiaomi
    org_words: frozenset[str]  # all files merged: "Deutsche Bank" is no person, however it is shortened
    complementizers: Regex  # "said that X ...": X is the subject of the claim, not the speaker
    definite: Regex  # determiners of a noun phrase referring back ("the deal", "l'operazione")
    coordinators: frozenset[str]  # "Hyundai and Kia": names acting together
    name_particles: frozenset[str]  # all files merged: "Luca de Meo", "Erik ten Hag": lower-case words inside a name
    org_particles: frozenset[str]  # all files merged: "Bank of Japan": lower-case words inside an organisation's name
    modifiers: Regex  # "the group led by": the name that follows describes, it does not act
    noun_determiners: frozenset[str]  # "den Handel": a capitalised common noun where every noun is capitalised
    # attribution
    anonymous: Regex
    leak: Regex
    analyst: Regex
    official: Regex
    source_patterns: tuple[Regex, ...]
    relay_patterns: tuple[Regex, ...]
    verbs: Regex
    expect_verbs: Regex  # "Nvidia expects": the actor's own expectation, not a statement
    outlets: frozenset[str]
    outlet_words: frozenset[str]
    # hedging
    speculation: Regex
    reportive: Regex
    plan: Regex
    future: Regex
    uncertain: Regex
    negation: Regex
    litotes: Regex  # "not ruled out", "non è escluso": a negation that keeps the event possible
    conditional: Regex
    future_tense: Regex
    probability: Regex
    probability_of: dict[str, float]  # cue (lower case, single spaces) -> probability
    # events and evidence
    events: tuple[tuple[str, Regex], ...]
    weak_future: Regex  # future words that do not make a sentence a forecast ("upcoming launches", "soon after")
    background: Regex  # past perfect and the like: "Spirit had resisted for months" tells what came before
    conditions: Regex  # "once the deal closes", "dopo il closing": an event as a condition or time, not the claim
    participle: Regex  # ", unveiled in 2020": a reduced relative clause describes, it does not claim
    plan_objects: Regex  # "unveil its plans": an announcement, not a product launch
    deal_nouns: Regex  # "a deal could be announced": the article's deal, announced
    presentation: Regex  # "will be presented" with a person as subject: a signing or hire
    dismissal: Regex  # "fired X": the person who leaves is the object
    clause_breaks: Regex  # where a sentence carrying two claims splits
    window_end: Regex  # "fiscal 2023, which ends on 30 June": the second date bounds the first
    asides: Regex  # ", which has never built cars for another brand,": describes, does not negate
    venue_triggers: Regex  # events that happen somewhere: "unveiled ... in San Jose"
    venue_preps: Regex  # "in", "at", "a", "à", "im": before a venue
    venue_prep_words: frozenset[str]  # the same words, lower case
    confirm: Regex
    deny: Regex


@functools.cache
def all_outlets() -> frozenset[str]:
    """Outlet names from every knowledge file: Reuters is cited in every language."""
    names: set[str] = set()
    for code in languages.available():
        names.update(languages.load(code).get("attribution", {}).get("outlets", []))
    return frozenset(names)


@functools.cache
def merged_aliases() -> frozenset[str]:
    """The alias names of every knowledge file: "Banca del Giappone" is written so in any language."""
    return frozenset(a for code in languages.available() for a in languages.load(code).get("entities", {}).get("aliases", {}))


@functools.cache
def merged(table: str, key: str) -> frozenset[str]:
    """One list from every knowledge file: first names and legal suffixes cross languages."""
    names: set[str] = set()
    for code in languages.available():
        names.update(languages.load(code).get(table, {}).get(key, []))
    return frozenset(names)


@functools.cache
def lexicon(lang: str) -> Lexicon:
    """The compiled cues of a language (KeyError when it has no knowledge file)."""
    k = languages.load(lang)
    ent, att, hed = k.get("entities", {}), k.get("attribution", {}), k.get("hedge", {})
    ev, evi = k.get("events", {}), k.get("evidence", {})
    I = re.IGNORECASE
    return guarded(Lexicon(
        lang=lang,
        stop=frozenset(ent.get("stop", [])),
        places=frozenset(ent.get("places", [])),
        place_phrases=patterns_regex([re.escape(p) for p in ent.get("places", []) if p != p.title() and " " in p]),
        anaphora=patterns_regex(ent.get("anaphora", []), I),
        roles=words_regex(ent.get("roles", [])),
        aliases=dict(ent.get("aliases", {})),
        alias_phrases=patterns_regex([r"(?<!\w)" + re.escape(a).replace(r"\ ", r"\s+") + r"(?!\w)"
                                      for a in sorted(merged_aliases(), key=len, reverse=True)
                                      if any(w[:1].islower() or "'" in w or "’" in w for w in a.split()[1:])]),
        person_anaphora=patterns_regex(ent.get("person_anaphora", []), I),
        honorifics=words_regex(ent.get("honorifics", [])),
        first_names=merged("entities", "first_names"),
        legal_suffixes=merged("entities", "legal_suffixes"),
        org_words=merged("entities", "org_words"),
        complementizers=patterns_regex(ent.get("complementizers", []), I),
        definite=patterns_regex(ent.get("definite", []), I),
        name_particles=merged("entities", "name_particles"),
        org_particles=merged("entities", "org_particles"),
        modifiers=patterns_regex(ent.get("modifiers", []), I),
        coordinators=frozenset(w.lower() for w in ent.get("coordinators", [])),
        noun_determiners=frozenset(w.lower() for w in ent.get("noun_determiners", [])),
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
        litotes=words_regex(hed.get("litotes", [])),
        conditional=patterns_regex([hed["conditional_pattern"]], I) if "conditional_pattern" in hed else _NEVER,
        future_tense=patterns_regex([hed["future_pattern"]], I) if "future_pattern" in hed else _NEVER,
        probability=words_regex(list(hed.get("probability", {}))),
        probability_of={norm(w): float(p) for w, p in hed.get("probability", {}).items()},
        events=tuple((t, words_regex(ev[t])) for t in EVENT_TYPES if ev.get(t)),
        weak_future=words_regex(ev.get("weak_future", [])),
        background=patterns_regex(ev.get("background", []), I),
        conditions=patterns_regex(ev.get("conditions", []), I),
        participle=patterns_regex(ev.get("participle", []), I),
        plan_objects=words_regex(ev.get("plan_objects", [])),
        deal_nouns=words_regex(ev.get("deal_nouns", [])),
        presentation=words_regex(ev.get("presentation", [])),
        dismissal=words_regex(ev.get("dismissal", [])),
        clause_breaks=patterns_regex(ev.get("clause_breaks", []), I),
        window_end=patterns_regex(ev.get("window_end", []), I),
        asides=patterns_regex(ev.get("asides", []), I),
        venue_triggers=words_regex(ev.get("venue_triggers", [])),
        venue_preps=words_regex(ev.get("venue_preps", [])),
        venue_prep_words=frozenset(w.lower() for w in ev.get("venue_preps", [])),
        confirm=patterns_regex(evi.get("confirm", []), I),
        deny=patterns_regex(evi.get("deny", []), I),
    ))


def guarded(lex: Lexicon) -> Lexicon:
    """The lexicon with every pattern that has few required strings wrapped in a Cue."""
    def wrap(v):
        if isinstance(v, re.Pattern):
            return cue(v)
        if isinstance(v, tuple):
            return tuple(wrap(x) for x in v)
        return v
    return dataclasses.replace(lex, **{f.name: wrap(getattr(lex, f.name)) for f in dataclasses.fields(lex)})


def cue(regex: re.Pattern[str]):
    """A Cue for the pattern where its required strings make a cheap pre-check, else the pattern."""
    need = _needs(regex)[1]
    return Cue(regex) if need is not None and len(need) <= Cue.MAX_NEED else regex
