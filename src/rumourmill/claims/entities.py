"""Names without a statistical model: capitalised spans, classified by context.

A name is a run of capitalised (or camel-case, or digit-bearing) tokens. It is an
outlet when the knowledge files know it or it ends in an outlet word ("Times"), a
place when listed, a person when a role stands next to it anywhere in the article
("Lei Jun, founder of Xiaomi", "CEO Tim Cook"), else an organisation or product.
Descriptions such as "the Chinese giant" / "il colosso cinese" refer back to the
article's main entity: the organisation or person mentioned most.
"""
from __future__ import annotations

import collections
import re
from dataclasses import dataclass

from rumourmill.claims.lexicon import Lexicon

_TOKEN = r"(?:[A-ZÀ-ÖØ-Þ][\w’'&.\-]*\w|[A-ZÀ-ÖØ-Þ]|[a-z]+[A-Z][\w\-]*|\d+[A-Z][\w\-]*)"
_NAME = re.compile(rf"(?<![\w’'])({_TOKEN}(?:\s+(?:&\s+)?{_TOKEN})*)")
_POSSESSIVE = re.compile(r"[’']s?$")
_TOKEN_RE = re.compile(_TOKEN)
_ELIDED = re.compile(r"^(?:L|D|Dell|All|Nell|Sull|Dall|Un|Quest|Qu|J|S|C|N|Qu)['’]")


@dataclass(frozen=True)
class Entity:
    text: str
    start: int
    end: int
    kind: str  # org | person | outlet | place


def lowercase_words(text: str) -> frozenset[str]:
    """Words the article also writes in lower case: a capitalised "Once" or "Further" at the
    start of a sentence is then an ordinary word, not a name."""
    return frozenset(w for w in re.findall(r"\b[a-zà-öø-ÿ][\w’'-]*", text))


def expand_acronym(e: Entity, text: str) -> Entity:
    """"ECB" -> "European Central Bank" when the article spells the name out."""
    if not (e.text.isupper() and 2 <= len(e.text) <= 6 and e.text.isalpha()):
        return e
    n = len(e.text)
    pattern = r"\b" + r"\s+(?:of\s+|for\s+|de\s+|du\s+|della\s+|der\s+)?".join(rf"{c}[\w’'-]+" for c in e.text)
    m = re.search(pattern, text)
    if m and len(m.group().split()) >= n:
        return Entity(m.group(), e.start, e.end, e.kind)
    return e


def names(sentence: str, lex: Lexicon, vocab: frozenset[str] = frozenset()) -> list[tuple[str, int, int]]:
    """Capitalised spans with offsets, split at stop words and after possessives ("Xiaomi's CEO")."""
    out = []
    for m in _NAME.finditer(sentence):
        if m.start(1) == 0 and " " not in m.group(1) and m.group(1).lower() in vocab:
            continue
        if m.group(1) in lex.outlets or ("The " + m.group(1)) in lex.outlets:
            out.append((m.group(1), m.start(1), m.end(1)))
            continue
        run: list[tuple[str, int, int]] = []
        for t in _TOKEN_RE.finditer(m.group(1)):
            tok, a, b = t.group(), m.start(1) + t.start(), m.start(1) + t.end()
            elided = _ELIDED.match(tok)  # "L'annuncio", "Dell'accordo": an article, not a name
            if elided:
                rest = tok[elided.end():]
                if not rest or rest[0].islower():
                    _flush(sentence, run, out)
                    continue
                tok, a = rest, a + elided.end()
            if _is_stop(tok, lex):
                _flush(sentence, run, out)
                continue
            run.append((tok, a, b))
            if _POSSESSIVE.search(tok):
                _flush(sentence, run, out)
        _flush(sentence, run, out)
    return out


def _flush(sentence: str, run: list[tuple[str, int, int]], out: list[tuple[str, int, int]]) -> None:
    if run:
        start, end = run[0][1], run[-1][2]
        name = _POSSESSIVE.sub("", sentence[start:end]).rstrip(".")
        if len(name) >= 2:
            out.append((name, start, start + len(name)))
        run.clear()


def _is_stop(token: str, lex: Lexicon) -> bool:
    return token in lex.stop or token.rstrip(".") in lex.stop or _POSSESSIVE.sub("", token) in lex.stop


def persons_in(text: str, lex: Lexicon) -> set[str]:
    """Names that stand next to a role somewhere in the text: people, not organisations."""
    return {name for name, start, end in names(text, lex) if _role_near(text, start, end, lex)}


def _role_near(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """"Lei Jun, founder ..." / "Tim Cook (CEO)" / "CEO Tim Cook" / "l'ad Lei Jun"."""
    after = text[end:end + 60]
    m = lex.roles.search(after)
    if m and re.fullmatch(r"\s*[,(]\s*(?:[\w’'-]+\s+){0,2}", after[: m.start()]):
        return True
    last = None
    for last in lex.roles.finditer(text[max(0, start - 60):start]):
        pass
    return last is not None and text[max(0, start - 60):start][last.end():].strip() == ""


def classify(name: str, lex: Lexicon, people: set[str]) -> str:
    if name in lex.outlets or ("The " + name) in lex.outlets or name.split()[-1] in lex.outlet_words:
        return "outlet"
    if name in lex.places:
        return "place"
    if name in people or (len(name) >= 3 and any(name in p.split() for p in people)):
        return "person"
    return "org"


def entities(sentence: str, lex: Lexicon, people: set[str], vocab: frozenset[str] = frozenset()) -> list[Entity]:
    return [Entity(n, s, e, classify(n, lex, people)) for n, s, e in names(sentence, lex, vocab)]


def main_entity(title: str | None, sentences: list[str], lex: Lexicon, people: set[str],
                vocab: frozenset[str] = frozenset()) -> str | None:
    """The organisation or person the article is about: most mentions, title and lead weighted."""
    counts: collections.Counter[str] = collections.Counter()
    first_seen: dict[str, int] = {}
    weighted = [(title or "", 3)] + [(s, 2 if i == 0 else 1) for i, s in enumerate(sentences)]
    for n_text, (text, weight) in enumerate(weighted):
        for e in entities(text, lex, people, vocab):
            if e.kind in ("org", "person"):
                counts[e.text] += weight
                first_seen.setdefault(e.text, n_text)
    if not counts:
        return None
    return max(counts, key=lambda k: (counts[k], -first_seen[k]))
