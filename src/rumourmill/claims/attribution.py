"""Who a claim comes from: the original source, its kind, and the outlets relaying it.

"Reuters, citing people familiar with the matter" is kind anonymous_sources, name "people
familiar with the matter", relayed_by "Reuters". A longer chain ("La Stampa, citing
Reuters, citing three people with direct knowledge") keeps the origin as the name, the
outlet nearest to it as relayed_by, and every relay from the origin outward in
relay_chain (("Reuters", "La Stampa")). Checked in order of specificity: anonymous
sources, leaks (unless the sentence denies them), analysts (not when they are only the
audience: "told analysts"), named sources (outlet, person, or the actor itself =
official), official wording ("in a statement", "spokesperson"), else unattributed.

An outlet is a name in the outlets lists, or one introduced by a descriptor ("French sports
daily L'Equipe", "the news agency Yonhap", [attribution] outlet_descriptors). An
organisation that speaks is named itself, not its channel ("Juventus confirmed in a
statement": Juventus), with the names acting together ("Hyundai Motor and Kia denied").
An analyst named with their role earlier in the article stays one when only the surname
comes back ("Kuo also predicts"): the caller passes the article's analysts.

reported_speech() is the broader, sentence-level question `analyse` asks: does the
sentence report what someone said (a quotation, "she said", Konjunktiv I), and which
words name the speaker ("Mrs. Clinton's aides", "Tom Berg, a spokesman for the ministry").
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import AbstractSet, Mapping

from rumourmill import languages
from rumourmill.claims.entities import Entity, classify
from rumourmill.claims.lexicon import Lexicon, Regex, cue, patterns_regex, words_regex

_LEAD = re.compile(
    r"^(?:citing|according\s+to|citando|secondo(?:\s+quanto\s+(?:riferito|riportato|dichiarato|scritto)\s+(?:da|dal|dalla|dai|dalle|dagli))?"
    r"|stando\s+a|a\s+quanto\s+risulta\s+a|según(?:\s+(?:informó|informa|ha\s+informado))?|selon|laut|d['’]après)\s+",
    re.IGNORECASE)


@dataclass(frozen=True)
class Attribution:
    kind: str  # anonymous_sources | named_outlet | named_person | official | analyst | leak | unattributed
    name: str | None
    relayed_by: str | None
    span: tuple[int, int] | None = None  # where the source is named in the sentence
    relay_chain: tuple[str, ...] = ()  # every relaying outlet, from the origin outward
    role: str | None = None  # the speaker's role as written next to them ("chief executive", "analyst")


UNATTRIBUTED = Attribution("unattributed", None, None)


def attribute(sentence: str, lex: Lexicon, ents: list[Entity], people: set[str], actors: set[str],
              analysts: Mapping[str, str | None] | None = None) -> Attribution:
    """The attribution of one sentence. `actors` are the organisations the article is about;
    `analysts` the people it has introduced as analysts, with their role as written."""
    described = _described_outlets(sentence, lex)
    chain = _relay_chain(sentence, lex, people, described)
    relay = chain[0] if chain else None
    m = lex.anonymous.search(sentence)
    if m:
        words = m.group()
        cut = lex.verbs.search(words)
        if cut and cut.start() > 0:
            words = words[: cut.start()]
        outlet = relay or _outlet_in(ents, m)
        return Attribution("anonymous_sources", _clean(words), outlet, m.span(), chain or _chain_of(outlet))
    m = lex.leak.search(sentence)
    deny = lex.deny.search(sentence)
    if m and not (deny and deny.start() < m.start()):  # "Borealis denied the leaks": a denial, not a leak
        outlet = relay or _outlet_in(ents, m)
        return Attribution("leak", _phrase(sentence, m), outlet, m.span(), chain or _chain_of(outlet))
    m = lex.analyst.search(sentence)
    if m and _is_source_position(sentence, m, lex) and not _addressee(sentence, m):
        person = _adjacent_person(sentence, m, ents)
        start = min([m.start()] + [e.start for e in ents if e.text == person])
        clause_end = sentence.find(",", m.end())  # "Kuo, an analyst at TF Securities, expects ..."
        between = sentence[m.end():clause_end]
        appositive = 0 <= clause_end - m.end() <= 60 and not (  # "Los analistas esperan que X ...," is no appositive
            lex.complementizers.search(between) or lex.verbs.search(between) or lex.expect_verbs.search(between))
        end = clause_end if appositive else m.end()
        return Attribution("analyst", person or _clean(m.group()), relay, (start, end), chain, _role(sentence, (start, end), lex))
    for name, span in _named_sources(sentence, lex, people, described):
        known = _known_analyst(name, analysts or {})
        if known is not None:  # "Kuo also predicts": introduced as an analyst earlier in the article
            return Attribution("analyst", name, relay, span, chain, _role(sentence, span, lex) or analysts[known])
        kind = "outlet" if name in described else classify(name, lex, people)
        after = sentence[span[1]: span[1] + 30]
        if kind == "org" and lex.expect_verbs.match(after.lstrip(" ,")):
            continue  # "Nvidia expects the deal to close": a plan, not a statement
        if kind == "outlet":
            inner = _cited_outlet(sentence, lex, people, name, described)  # "Reuters reported, citing Bloomberg"
            if inner:
                rest = tuple(c for c in chain if c != inner) or (name,)
                return Attribution("named_outlet", inner, rest[0], span, rest)
            rest = tuple(c for c in chain if c != name)
            return Attribution("named_outlet", name, rest[0] if rest else None, span, rest)
        if kind == "person":
            if _analyst_role_near(sentence, span, lex) and not _addressee(sentence, lex.analyst.search(sentence, span[1])):
                return Attribution("analyst", name, relay, span, chain, _role(sentence, span, lex))
            return Attribution("named_person", name, relay, span, chain, _role(sentence, span, lex))
        if kind == "org":  # "Juventus confirmed in a statement": Juventus speaks, the statement is its channel
            return Attribution("official", name, relay, span, chain)
    m = lex.official.search(sentence)
    if m:
        actor = next((e.text for e in ents if e.kind == "org" and e.text in actors), None)
        actor = actor or next((e.text for e in ents if e.kind == "org"), None)
        return Attribution("official", _official_name(m) or actor or _clean(m.group()), relay, m.span(), chain,
                           _role(sentence, m.span(), lex))
    if relay:
        return Attribution("named_outlet", chain[0], chain[1] if len(chain) > 1 else None, None, chain[1:])
    return UNATTRIBUTED


def _role(sentence: str, span: tuple[int, int], lex: Lexicon) -> str | None:
    """The role word nearest to the source ("CEO Jane Doe", "Kuo, an analyst at TF Securities",
    "a spokeswoman"), from the language's roles and analyst words."""
    a, b = span
    window = sentence[max(0, a - 40): b + 50]
    found = [m for pat in (lex.roles, lex.analyst) for m in pat.finditer(window)]
    if not found:
        spokes = re.search(r"(?i)\bspokes(?:person|man|woman)\b|\bportavoce\b|\bportavoz\b|\bporte-parole\b|\bSprecher(?:in)?\b", window)
        return spokes.group() if spokes else None
    centre = (a + b) / 2 - max(0, a - 40)
    best = min(found, key=lambda m: abs((m.start() + m.end()) / 2 - centre))
    return " ".join(best.group().split())


def _known_analyst(name: str, analysts: Mapping[str, str | None]) -> str | None:
    """The article's analyst this name refers to: the same name, or one part of it ("Kuo")."""
    for known in analysts:
        if name == known or (len(name) >= 3 and (name in known.split() or known in name.split())):
            return known
    return None


def _chain_of(outlet: str | None) -> tuple[str, ...]:
    return (outlet,) if outlet else ()


def _addressee(sentence: str, m: re.Match[str] | None) -> bool:
    """"told analysts", "ha detto agli analisti": the analysts are the audience, not the source."""
    if m is None:
        return False
    before = sentence[max(0, m.start() - 25): m.start()].lower().split()
    return bool(before) and before[-1] in _AUDIENCE


_AUDIENCE = frozenset("told tells telling to with agli alle ai a davanti los las a ante aux devant vor gegenüber den".split())


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


def _named_sources(sentence: str, lex: Lexicon, people: AbstractSet[str] = frozenset(),
                   described: dict[str, tuple[int, int, int]] | None = None) -> list[tuple[str, tuple[int, int]]]:
    """Names in a source position, in order. A name inside a descriptor phrase is the outlet
    it describes ("according to French sports daily L'Equipe": not "French"); organisations
    joined by a coordinator speak together ("Hyundai Motor and Kia denied")."""
    found = []
    for pat in lex.source_patterns:
        for m in pat.finditer(sentence):
            name = m.group("name")
            a = m.start("name")
            # drop leading stop words the pattern swallowed ("The company" -> none)
            toks = name.split()
            while toks and toks[0] in lex.stop and _trim(" ".join(toks)) not in lex.outlets:
                a = sentence.index(toks[1], a) if len(toks) > 1 else a
                toks = toks[1:]
            name = _trim(re.sub(r"[’']s?$", "", " ".join(toks)))
            article = re.search(r"(\w+)\s+$", sentence[:a])  # "según informó El País": the article is part of the name
            if article and f"{article.group(1)} {name}" in lex.outlets:
                name, a = f"{article.group(1)} {name}", article.start(1)
            outer = next((n for n, (start, end, at) in (described or {}).items() if start <= a < end), None)
            if outer is not None:
                name, a = outer, described[outer][2]
            elif name and classify(name, lex, people) == "org":
                name, a = _appositive_head(sentence, a, lex, people) or _joined_names(sentence, name, a, lex, people)
            if name and name not in lex.places and name[0].isupper() and (name, (a, a + len(name))) not in found:
                found.append((name, (a, a + len(name))))
    for name, (start, end, at) in (described or {}).items():  # "scrive il quotidiano economico Il Faro"
        if all(n != name for n, _ in found) and lex.verbs.search(sentence[max(0, start - 30): end + 30]):
            found.append((name, (at, at + len(name))))
    found.sort(key=lambda x: x[1][0])
    return found


_NAME_BEFORE = r"((?:[A-Z][\w.&’'-]*\s+)*[A-Z][\w.&’'-]*)\s*,?\s+(?:{})\s+$"


def _joined_names(sentence: str, name: str, a: int, lex: Lexicon, people: set[str]) -> tuple[str, int]:
    """"Hyundai Motor and Kia": the organisation named before a coordinator joins the name."""
    if not lex.coordinators:
        return name, a
    coords = "|".join(re.escape(c) for c in sorted(lex.coordinators, key=len, reverse=True))
    m = re.search(_NAME_BEFORE.format(coords), sentence[:a])
    if m is None:
        return name, a
    toks = m.group(1).split()
    start = m.start(1)
    while toks and toks[0] in lex.stop:
        toks = toks[1:]
        start = sentence.index(toks[0], start + 1) if toks else start
    if not toks or classify(" ".join(toks), lex, people) != "org":
        return name, a
    return sentence[start: a + len(name)], start


_HEAD_BEFORE = re.compile(r"((?:[A-ZÀ-Þ][\w.’'-]*\s+)*[A-ZÀ-Þ][\w.’'-]*)\s*,\s*(?:\w+\s+){0,3}?[a-zà-ÿ][^,;:]{0,60}$")


def _appositive_head(sentence: str, a: int, lex: Lexicon, people: set[str]) -> tuple[str, int] | None:
    """"Jo Li, a professor at Yale, said": the organisation belongs to the appositive; the
    person it describes speaks."""
    m = _HEAD_BEFORE.search(sentence[:a])
    if m is None:
        return None
    toks = m.group(1).split()
    start = m.start(1)
    while toks and toks[0] in lex.stop:
        toks = toks[1:]
        start = sentence.index(toks[0], start + 1) if toks else start
    head = " ".join(toks)
    return (head, start) if head and classify(head, lex, people) == "person" else None


def _trim(name: str) -> str:
    """Drop a full stop the pattern swallowed, but not one that ends an abbreviation ("U.S.")."""
    return name if re.search(r"(?:\b[A-Z]\.){2,}$", name) else name.rstrip(".")


def _described_outlets(sentence: str, lex: Lexicon) -> dict[str, tuple[int, int, int]]:
    """Outlets introduced by a descriptor ("the South Korean news agency Yonhap"): each name
    with the span of the whole phrase, its modifiers included, and where the name starts."""
    found: dict[str, tuple[int, int, int]] = {}
    for m in _descriptors(lex.lang).finditer(sentence):
        name = _strip_stop(re.sub(r"[’']s?$", "", m.group("outlet")), lex)  # "le quotidien Le Figaro": Figaro
        if name and name not in lex.places:
            at = m.start("outlet") + m.group("outlet").find(name)
            found.setdefault(name, (_modifiers_start(sentence, m.start(), lex), m.end(), at))
    return found


def _modifiers_start(sentence: str, pos: int, lex: Lexicon) -> int:
    """Where the modifiers before a descriptor begin: up to two lower-case words that are not
    function words or verbs ("sports daily"), then up to three capitalised ones ("South Korean")."""
    cues = _cues(lex.lang)
    toks = list(re.finditer(r"[\w’'-]+", sentence[:pos]))
    lower = upper = 0
    start = pos
    for t in reversed(toks):
        if sentence[t.end():start].strip():
            break  # punctuation between: the phrase ends there
        w = t.group()
        if w[0].islower() and upper == 0 and lower < 2 and cues is not None and not (
                w in cues.stop or w in cues.det or w in cues.finite or w in cues.skip or cues.verbs.fullmatch(w)):
            lower += 1
        elif w[0].isupper() and upper < 3 and w not in lex.stop:
            upper += 1
        else:
            break
        start = t.start()
    return start


@functools.cache
def _descriptors(lang: str) -> Regex:
    """[attribution] outlet_descriptors (patterns), each followed by the outlet's name (group "outlet")."""
    try:
        words = languages.load(lang).get("attribution", {}).get("outlet_descriptors", [])
    except KeyError:
        words = []
    if not words:
        return re.compile(r"(?!x)x")
    desc = "|".join(f"(?:{w})" for w in words)
    name = r"[A-ZÀ-Þ0-9][\w.&’'-]*(?:\s+(?:(?:of|de|del|della|di|des|du|der|la|el)\s+)?[A-ZÀ-Þ0-9][\w.&’'-]*)*"
    return cue(re.compile(rf"\b(?:{desc})\s+[\"“„«]?(?P<outlet>{name})"))


def _relay_chain(sentence: str, lex: Lexicon, people: set[str],
                 described: dict[str, tuple[int, int, int]] | None = None) -> tuple[str, ...]:
    """Outlets that pass the claim on, from the origin outward. Each one cites the next one
    named in the sentence, so the chain is the outlets in reverse order of appearance."""
    found: dict[str, int] = {}
    for pat in lex.relay_patterns + (_cited(lex.lang),):
        for m in pat.finditer(sentence):
            group = "relay" if "relay" in pat.groupindex else "cited"
            name = _strip_stop(m.group(group), lex)
            if name and _is_outlet(name, lex, people, described):
                found[name] = min(found.get(name, m.start(group)), m.start(group))
    return tuple(sorted(found, key=found.get, reverse=True))


def _cited_outlet(sentence: str, lex: Lexicon, people: set[str], citer: str,
                  described: dict[str, tuple[int, int, int]] | None = None) -> str | None:
    """"Reuters reported, citing Bloomberg": the outlet Reuters cites is the origin."""
    for m in _cited(lex.lang).finditer(sentence):
        name = _strip_stop(m.group("cited"), lex)
        if name and name != citer and _is_outlet(name, lex, people, described):
            return name
    return None


def _is_outlet(name: str, lex: Lexicon, people: set[str], described: dict | None) -> bool:
    return name in (described or {}) or classify(name, lex, people) == "outlet"


@functools.cache
def _cited(lang: str) -> Regex:
    """[attribution] cited_patterns: "citing X" (group "cited") in this language."""
    try:
        pats = languages.load(lang).get("attribution", {}).get("cited_patterns", [])
    except KeyError:
        pats = []
    return cue(patterns_regex(pats))


def _strip_stop(words: str, lex: Lexicon) -> str:
    """Drop leading stop words, but keep an article that belongs to the name ("The Information")."""
    toks = words.split()
    while toks and toks[0] in lex.stop and _trim(" ".join(toks)) not in lex.outlets:
        toks = toks[1:]
    return _trim(" ".join(toks))


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


# ---------------------------------------------------------------- reported speech
# The scorers (PolNeAR, German quotes) and the extractor both need to know that a
# sentence reports what someone said, and the source's words as written: the noun
# phrase before the cue ("Mrs. Clinton's aides noted"), after it ("said Jo Li, a
# spokeswoman for X"), or after a preposition ("according to campaign records",
# "laut Polizei"). Without a parser, a noun phrase is a run of tokens bounded by
# punctuation and the language's function words ([attribution] np_stop).

_TOKENS = re.compile(r"(?:[A-Z]\.){2,}|[A-ZÀ-Þ][a-z]{0,3}\.(?=\s+[A-ZÀ-Þ])|\w+(?:[’'.\-&]\w+)*[’']?|[^\w\s]")
_QUOTED = re.compile(r"[\"“”„«»]|''|``")


@dataclass(frozen=True)
class Speech:
    """A reporting cue and the source it names (None when the source is elsewhere)."""
    cue: tuple[int, int]
    source: str | None
    span: tuple[int, int] | None


@dataclass(frozen=True)
class _Cues:
    verbs: re.Pattern[str]
    before: re.Pattern[str]  # the source follows: "according to", "laut", ", so"
    after: re.Pattern[str]  # the source precedes: "zufolge"
    markers: re.Pattern[str]  # reported speech without a cue word: Konjunktiv I, hearsay "soll"
    pronouns: frozenset[str]
    stop: frozenset[str]
    det: frozenset[str]
    skip: frozenset[str]
    finite: frozenset[str]  # auxiliaries and finite verbs: a clause, not an appositive, follows
    link: frozenset[str]  # prepositions inside a name-like phrase when a capital follows
    genitive: frozenset[str]  # articles that link two nouns inside one phrase ("des", "der")
    strong: frozenset[str]  # plain verbs of saying, preferred when a sentence has several cues
    lower_nouns: bool  # False where nouns are capitalised (German): lower-case words only before one


@functools.cache
def _cues(lang: str) -> _Cues | None:
    try:
        att = languages.load(lang).get("attribution", {})
    except KeyError:
        return None
    low = lambda key: frozenset(w.lower() for w in att.get(key, []))  # noqa: E731
    return _Cues(
        verbs=words_regex(att.get("speech_verbs", [])),
        before=patterns_regex(att.get("speech_before", []), re.IGNORECASE),
        after=patterns_regex(att.get("speech_after", []), re.IGNORECASE),
        markers=patterns_regex(att.get("speech_markers", [])),
        pronouns=low("pronouns"), stop=low("np_stop"), det=low("np_det"), skip=low("np_skip"),
        strong=low("speech_strong"), genitive=low("np_genitive"), link=low("np_link"), finite=low("finite_verbs"),
        lower_nouns=att.get("lower_nouns", True),
    )


def capitalises_nouns(lang: str) -> bool:
    """German writes every noun with a capital: a capital does not mark a name there."""
    cues = _cues(lang)
    return cues is not None and not cues.lower_nouns


def reported_speech(sentence: str, lang: str) -> Speech | None:
    """The first reporting cue outside quotation marks with the source it names; a quotation
    or a reported-speech marker alone gives a Speech without a source."""
    cues = _cues(lang)
    if cues is None:
        return None
    toks = [(m.group(), m.start(), m.end()) for m in _TOKENS.finditer(sentence)]
    quoted = _quoted_regions(sentence)
    inside = lambda pos: any(a <= pos < b for a, b in quoted)  # noqa: E731
    found: list[Speech] = []
    for m in cues.before.finditer(sentence):
        found.append(Speech(m.span(), *_np_right(sentence, toks, _index_at(toks, m.end()), cues, appositive=False)))
    for m in cues.after.finditer(sentence):
        found.append(Speech(m.span(), *_np_left(sentence, toks, _index_at(toks, m.start()) - 1, cues)))
    headline = _title_case(toks)
    for m in cues.verbs.finditer(sentence):
        i = _index_at(toks, m.start())
        if i and m.group()[0].isupper() and not headline:
            continue  # "Hope Hicks": a name, not the verb
        src = _np_left(sentence, toks, i - 1, cues)
        if src[0] is None and (_inverted(toks, i) or not cues.lower_nouns):
            src = _np_right(sentence, toks, _index_at(toks, m.end()), cues, appositive=True)
        found.append(Speech(m.span(), *src))
    outside = [s for s in found if not inside(s.cue[0])]
    for group in (outside, found):  # a cue inside a quotation only when none is outside
        named = [s for s in group if s.span]
        if named:
            return min(named, key=lambda s: (sentence[s.cue[0]:s.cue[1]].lower() not in cues.strong, s.cue[0]))
    if outside:
        return min(outside, key=lambda s: s.cue[0])
    if quoted:
        return Speech(quoted[0], None, None)
    m = cues.markers.search(sentence)
    if m:
        return Speech(m.span(), None, None)
    return None


def _quoted_regions(sentence: str) -> list[tuple[int, int]]:
    marks = [m.start() for m in _QUOTED.finditer(sentence)]
    regions = [(marks[k], marks[k + 1]) for k in range(0, len(marks) - 1, 2)]
    if len(marks) % 2:  # a quotation that began or goes on in another sentence
        regions.append((0, marks[-1]) if marks[-1] > len(sentence) / 2 else (marks[-1], len(sentence)))
    return [r for r in regions if _quotation(sentence[r[0]:r[1]].strip("\"“”„«»'` "), len(sentence))]


def _quotation(inner: str, sentence_len: int) -> bool:
    """Words someone said, not a title or a scare-quoted term ("„Aus Vororten werden Vorstädte“"):
    a clause with its own punctuation, or long enough to be one."""
    words = len(inner.split())
    return words >= 5 or (words >= 3 and inner[-1:] in ".,!?…;") or (sentence_len < 40 and words >= 2)


def _title_case(toks) -> bool:
    words = [t[0] for t in toks if t[0][0].isalpha()]
    return len(words) > 2 and sum(w[0].isupper() for w in words) > 0.6 * len(words)


def _index_at(toks: list[tuple[str, int, int]], pos: int) -> int:
    """Index of the first token starting at or after pos."""
    return next((k for k, t in enumerate(toks) if t[1] >= pos), len(toks))


def _is_word(tok: str) -> bool:
    return tok[0].isalnum()


def _inverted(toks: list[tuple[str, int, int]], i: int) -> bool:
    """"…," said X / "so der Sprecher" / sentence-initial cue: the source follows the verb."""
    return i == 0 or not _is_word(toks[i - 1][0]) or toks[i - 1][0].lower() in ("and", "und", "e", "y", "et", "en")


def _np_left(sentence: str, toks, j: int, cues: _Cues) -> tuple[str | None, tuple[int, int] | None]:
    while j >= 0 and (toks[j][0].lower() in cues.skip or toks[j][0].lower() in cues.finite or _adverb(toks, j, cues)):
        j -= 1  # "has", "also", "can't": between the subject and the verb
    if j < 0:
        return None, None
    word = toks[j][0]
    if word.lower() in cues.pronouns:
        return word, toks[j][1:]
    if word == ",":
        return _appositive_left(sentence, toks, j, cues)
    if not cues.lower_nouns:
        return _prefield(sentence, toks, j, cues)
    whole = _prefield(sentence, toks, j, cues, limit=20)
    if whole[1] and not {t[0].lower() for t in toks if whole[1][0] <= t[1] < whole[1][1]} & cues.finite:
        return whole  # the clause opens with its subject: "Pfizer's relationship with Clinton shows"
    start = _walk_left(toks, j, cues)
    return (None, None) if start is None else _span(sentence, toks, start, j)


def _appositive_left(sentence: str, toks, j: int, cues: _Cues) -> tuple[str | None, tuple[int, int] | None]:
    """"Hope Hicks, the top spokeswoman for the campaign, said": a name, then its appositive."""
    p = next((k for k in range(j - 1, max(-1, j - 40), -1) if not _is_word(toks[k][0])), None)
    if p is None or toks[p][0] != "," or p + 1 >= j or toks[p + 1][0].lower() in cues.stop:
        return None, None
    head = _walk_left(toks, p - 1, cues)
    if head is None or not toks[head][0][0].isupper():
        return None, None
    return _span(sentence, toks, head, j - 1)


def _prefield(sentence: str, toks, j: int, cues: _Cues, limit: int = 15) -> tuple[str | None, tuple[int, int] | None]:
    """Everything between the clause start and the verb, when it does not open with a
    preposition or an adverb. In verb-second languages that is one phrase, the subject
    unless it is an adverbial ("Am Montag sagte der Minister": the subject follows)."""
    k = j
    while k >= 0 and (_is_word(toks[k][0]) or toks[k][0] in "()-/&'’„“") and j - k < limit:
        k -= 1
    if k >= 0 and toks[k][0] not in ",:;\"”«»":
        return None, None
    start = k + 1
    if k >= 0 and toks[k][0] == "," and start <= j and toks[start][0].lower() in cues.finite:
        return _appositive_left(sentence, toks, k, cues)  # "Dina Mufti, Sprecher des Amts, hat … erklärt"
    end = next((i - 1 for i in range(start + 1, j + 1) if toks[i][0].lower() in cues.finite), j)
    first = toks[start][0].lower() if start <= end else ""
    if not first or first in cues.stop or first in cues.skip or (first in cues.pronouns and start < end):
        return None, None
    if end == start and first in cues.det:
        return None, None  # "Das berichtet die Stiftung": an object in front, the subject follows
    return _span(sentence, toks, start, end)


def _adverb(toks, j: int, cues: _Cues) -> bool:
    """"officially", "repeatedly" - but not "the daily"."""
    word = toks[j][0]
    return word.endswith("ly") and word.islower() and not (j and toks[j - 1][0].lower() in cues.det)


def _walk_left(toks, j: int, cues: _Cues) -> int | None:
    start, n = None, 0
    while j >= 0 and n < 12:
        word = toks[j][0]
        low = word.lower()
        if not _is_word(word) or (low in cues.stop and low not in cues.det) or (n and low in cues.pronouns):
            break
        if not cues.lower_nouns and word.islower() and low not in cues.det and start is None:
            break  # German: the noun ends the phrase, so a lower-case last word is a verb or adverb
        start, n = j, n + 1
        if low in cues.det and not (low in cues.genitive and j and toks[j - 1][0][:1].isupper()):
            break  # the phrase opens here - unless a genitive article links two nouns ("Sprecher des Amts")
        j -= 1
    if start is not None and all(toks[k][0].lower() in cues.det for k in range(start, start + n)):
        return None
    return start


def _np_right(sentence: str, toks, j: int, cues: _Cues, appositive: bool) -> tuple[str | None, tuple[int, int] | None]:
    if j >= len(toks):
        return None, None
    if toks[j][0].lower() in cues.pronouns:
        return toks[j][0], toks[j][1:]
    end, k = None, j
    while k < len(toks) and k - j < 12:
        word = toks[k][0]
        low = word.lower()
        if k > j and low in cues.link and (_capital_follows(toks, k) or (
                k + 1 < len(toks) and toks[k + 1][0].lower() in cues.det and _capital_follows(toks, k + 1))):
            end, k = k, k + 1  # "Edward Alden of the Council", "Ben Birt vom Naturschutzrat"
            continue
        if not _is_word(word) or (low in cues.stop and low not in cues.det) or (k > j and low in cues.pronouns):
            break
        if k > j and low in cues.det and low not in cues.genitive and toks[k - 1][0].lower() not in cues.link:
            break
        if not cues.lower_nouns and word.islower() and low not in cues.det and not _capital_follows(toks, k):
            break
        end, k = k, k + 1
    if end is None:
        return None, None
    if appositive and k + 1 < len(toks) and toks[k][0] == "," and toks[k + 1][0].lower() not in cues.stop:
        a = k + 1  # ", executive director of the State Board of Elections"
        while a < len(toks) and a - k < 20 and (_is_word(toks[a][0]) or toks[a][0] in "-'’&"):
            a += 1
        words = {t[0].lower() for t in toks[k + 1:a]}
        if not words & cues.finite:  # not the reported clause: "said the minister, the talks had ended"
            end = a - 1
    return _span(sentence, toks, j, end)


def _capital_follows(toks, k: int) -> bool:
    """German adjective before its noun: "nach offiziellen Angaben"."""
    return k + 1 < len(toks) and toks[k + 1][0][:1].isupper() and _is_word(toks[k + 1][0])


def _span(sentence: str, toks, a: int, b: int) -> tuple[str, tuple[int, int]]:
    start, end = toks[a][1], toks[b][2]
    return sentence[start:end], (start, end)
