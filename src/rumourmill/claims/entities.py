"""Names without a statistical model: capitalised spans, classified by context.

A name is a run of capitalised (or camel-case, or digit-bearing) tokens. It is an
outlet when the knowledge files know it or it ends in an outlet word ("Times"), a
place when listed, a person when a role or honorific stands next to it anywhere in the
article ("Lei Jun, founder of Xiaomi", "CEO Tim Cook"), when it starts with a known first
name ("Andy Jassy"), or when the article later calls it by its last word alone ("Elon
Musk" ... "Musk": companies are shortened from the end, people to their surname); else an
organisation or product.

`cast` reads the whole article once: who is a person, the one name each mention stands
for ("Mbappe" -> "Kylian Mbappe", "Xiaomi Corp" -> "Xiaomi", "EZB" -> "Europäische
Zentralbank"), and the main organisation and person, which descriptions such as "the
Chinese giant" / "il portoghese" refer back to.
"""
from __future__ import annotations

import collections
import functools
import re
from dataclasses import dataclass, field

from rumourmill.claims.lexicon import Lexicon
from rumourmill.text import ascii_fold

_TOKEN = r"(?:[A-ZÀ-ÖØ-Þ][\w’'&.\-]*\w|[A-ZÀ-ÖØ-Þ]|[a-z]+[A-Z][\w\-]*|\d+[A-Z][\w\-]*)"
_NAME = re.compile(rf"(?<![\w’'])({_TOKEN}(?:\s+(?:&\s+)?{_TOKEN})*)")
_POSSESSIVE = re.compile(r"[’']s?$")
_TOKEN_RE = re.compile(_TOKEN)
_ELIDED = re.compile(r"^(?:L|D|Dell|All|Nell|Sull|Dall|Un|Quest|Qu|J|S|C|N|Qu)['’]")
_LINKS = r"(?:of|for|the|de|del|des|du|la|le|della|delle|dei|di|der|die|das|für|y|e|et|und)"


@dataclass(frozen=True)
class Entity:
    text: str
    start: int
    end: int
    kind: str  # org | person | outlet | place | product


def lowercase_words(text: str) -> frozenset[str]:
    """Words the article also writes in lower case: a capitalised "Once" or "Further" at the
    start of a sentence is then an ordinary word, not a name."""
    return frozenset(w for w in re.findall(r"\b[a-zà-öø-ÿ][\w’'-]*", text))


def expand_acronym(e: Entity, text: str) -> Entity:
    """"ECB" -> "European Central Bank", "BCE" -> "Banque centrale européenne", "EZB" ->
    "Europäische Zentralbank" when the article spells the name out: each letter starts a
    word, or (compounds) a later part of the same word; linking words are skipped."""
    full = acronym_expansion(e.text, text)
    return Entity(full, e.start, e.end, e.kind) if full else e


@functools.lru_cache(maxsize=1024)  # the same acronyms come back in every sentence of an article
def acronym_expansion(acronym: str, text: str) -> str | None:
    if not (acronym.isupper() and 2 <= len(acronym) <= 6 and acronym.isalpha()):
        return None
    m = re.search(r"([A-ZÀ-Þ][\w’'-]*(?:\s+[\w’'-]+){0,6}?)\s*\(\s*" + re.escape(acronym) + r"\s*\)", text)
    if m:  # "Comisión Federal de Comercio (FTC)": the name right before the parenthesis
        words = m.group(1).split()
        for k in range(len(words)):
            if _covers(acronym, words[k:]):
                return " ".join(words[k:])
        run = re.search(rf"(?:[A-ZÀ-Þ][\w’'-]*\s+(?:{_LINKS}\s+)*)*[A-ZÀ-Þ][\w’'-]*(?:\s+[a-zà-ÿ]+)?$", m.group(1))
        name = re.sub(r"^(?:(?:The|La|Le|Les|Il|Lo|El|Los|Las|Die|Der|Das)\s+)+", "", run.group()) if run else ""
        if " " in name:  # a foreign-language acronym: "Comisión Federal de Comercio (FTC)"
            return name
    for m in re.finditer(rf"(?<![\w’'-]){acronym[0]}[\w’'-]+", text):
        clause = re.match(r"[^,.;:()\n]*", text[m.start():]).group()  # a name does not cross punctuation
        toks = list(re.finditer(r"[\w’'-]+", clause))[: 2 * len(acronym)]
        for n in range(len(toks), 0, -1):
            words = [t.group() for t in toks[:n]]
            if _covers(acronym, words):
                if any(w[0].islower() and not re.fullmatch(_LINKS, w, re.IGNORECASE) for w in words) and len(acronym) < 3:
                    break
                return clause[: toks[n - 1].end()]
    return None


def _covers(acronym: str, words: list[str]) -> bool:
    """Do these words spell the acronym? Each word gives its initial; a compound word may give
    more letters from later parts ("Zentralbank": Z, B); linking words ("of", "de") are skipped."""
    letters = acronym.lower()
    if not words or not words[0][0].isupper() or re.fullmatch(_LINKS, words[-1], re.IGNORECASE):
        return False
    i = 0
    for k, w in enumerate(words):
        lw = w.lower()
        if i < len(letters) and lw[0] == letters[i]:
            i, pos = i + 1, 0
            while len(acronym) >= 3 and i < len(letters) and len(letters) - i > len(words) - k - 1:
                p = lw.find(letters[i], max(pos + 1, 4))
                if p < 0 or len(w) - p < 3:
                    break
                i, pos = i + 1, p
        elif not re.fullmatch(_LINKS, w, re.IGNORECASE):
            return False
    return i == len(letters)


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
            if _is_stop(tok, lex) or ("-" in tok and lex.roles.fullmatch(tok.rsplit("-", 1)[1])):
                _flush(sentence, run, out)  # "Apple-Chef Tim Cook": a role, then the name
                continue
            run.append((tok, a, b))
            if _POSSESSIVE.search(tok):
                _flush(sentence, run, out)
        _flush(sentence, run, out)
    return _join_particles(sentence, out, lex)


def _join_particles(sentence: str, found: list[tuple[str, int, int]], lex: Lexicon) -> list[tuple[str, int, int]]:
    """"Luca" + "de" + "Meo" -> "Luca de Meo"; "Banco" + "de" + "España" -> "Banco de España"."""
    out: list[tuple[str, int, int]] = []
    for name, a, b in found:
        between = sentence[out[-1][2]:a] if out else ""
        if out and between.startswith(" ") and " ".join(between.split()) in lex.name_particles:
            _, a0, _ = out.pop()
            name, a = sentence[a0:b], a0
        out.append((name, a, b))
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


def persons_in(text: str, lex: Lexicon, found: list[tuple[str, int, int]] | None = None,
               vocab: frozenset[str] | None = None, within: str | None = None) -> set[str]:
    """Names that are people: a role or honorific next to them, a known first name, or the
    article calls them by their last word alone later ("Andy Jassy" ... "Jassy").

    `found` and `vocab` are names(text, lex) and lowercase_words(text) when the caller has
    them; with `within`, only the people whose name occurs in that string are returned."""
    if found is None:
        found = names(text, lex)
    alone = {n for n, a, _ in found if " " not in n and not _after_determiner(text, a, lex)}
    if vocab is None:
        vocab = lowercase_words(text)
    heads = collections.Counter(n.split()[0] for n in {n for n, _, _ in found if " " in n})
    families = {h for h, k in heads.items() if k >= 2}  # "Galaxy S24", "Galaxy Ring": a product line
    people = set()
    for name, start, end in found:
        if within is not None and name not in within:
            continue
        toks = name.split()
        if name in lex.places or name in lex.outlets or (toks and toks[-1] in lex.outlet_words):
            continue
        if role_near(text, start, end, lex):
            people.add(name)
        elif (len(toks) >= 2 and _is_person_shape(toks, lex, alone, vocab)
              and (toks[0] not in families or toks[0] in lex.first_names)):
            people.add(name)
    return people


def _is_person_shape(toks: list[str], lex: Lexicon, alone: set[str], vocab: frozenset[str]) -> bool:
    if (len(toks) > 4 or any(t.isupper() and len(t) > 1 for t in toks) or any(t in lex.places for t in toks)
            or any(t in lex.org_words or t in lex.legal_suffixes for t in toks)):
        return False
    if toks[0] in lex.first_names or toks[0].split("-")[0] in lex.first_names:
        return True
    last = toks[-1]
    return (last in alone and len(last) >= 3 and last not in lex.legal_suffixes and toks[0] not in alone
            and toks[0].lower() not in vocab  # "Né Xiaomi": a word, not a first name
            and last.lower() not in vocab)  # "Galaxy Ring" ... "a smart ring": a word, not a surname


def _after_determiner(text: str, start: int, lex: Lexicon) -> bool:
    """"die Bank": an article before a lone capitalised word makes it a noun, not a surname."""
    before = text[max(0, start - 12):start].split()
    return bool(lex.noun_determiners) and bool(before) and before[-1].lower() in lex.noun_determiners


def role_near(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """"Lei Jun, founder ..." / "Tim Cook (CEO)" / "CEO Tim Cook" / "l'ad Lei Jun" / "Mr Cook"."""
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


_MODEL = re.compile(r"^[A-Z]{1,4}\d+[A-Za-z]*$")  # "SU7", "S24", "A380": a model number


def classify(name: str, lex: Lexicon, people: set[str]) -> str:
    if name in lex.outlets or ("The " + name) in lex.outlets or name.split()[-1] in lex.outlet_words:
        return "outlet"
    if name in lex.places:
        return "place"
    if name in people or (len(name) >= 3 and any(name in p.split() for p in people)):
        return "person"
    toks = name.split()
    if any(_MODEL.match(t) for t in toks) or any(any(ch.isdigit() for ch in t) for t in toks[1:]):
        return "product"  # "Galaxy S24 Ultra", "SU7": what a company sells, not who acts
    return "org"


def entities(sentence: str, lex: Lexicon, people: set[str], vocab: frozenset[str] = frozenset(),
             found: list[tuple[str, int, int]] | None = None) -> list[Entity]:
    """`found`: names(sentence, lex, vocab) when the caller has it."""
    places = [m.span() for m in lex.place_phrases.finditer(sentence)]  # "Parc des Princes": split by "des"
    return [Entity(n, s, e, "place" if any(a <= s < b for a, b in places) else classify(n, lex, people))
            for n, s, e in (names(sentence, lex, vocab) if found is None else found)]


def _skips_first(text: str, vocab: frozenset[str]) -> bool:
    """Does names(text, lex, vocab) drop a name that names(text, lex) keeps? Only a one-word
    name opening the text that the text also writes in lower case."""
    m = _NAME.match(text)
    return m is not None and " " not in m.group(1) and m.group(1).lower() in vocab


def _particles_cross(lex: Lexicon) -> bool:
    """Could _join_particles join names across ". "? Only if a particle contains a full stop."""
    return any("." in p for p in lex.name_particles)


@dataclass
class Cast:
    """Who an article is about, read once for the whole article."""

    people: set[str]
    vocab: frozenset[str]
    canon: dict[str, str] = field(default_factory=dict)  # a name as written -> the name claims use
    counts: collections.Counter = field(default_factory=collections.Counter)  # mentions, title and lead weighted
    mentions: collections.Counter = field(default_factory=collections.Counter)  # plain mentions in the text
    main: str | None = None  # most mentioned organisation or person
    main_org: str | None = None
    main_person: str | None = None
    lex: Lexicon | None = None
    found: dict[str, list[Entity]] = field(default_factory=dict)  # entities(s, ...) of each string read

    def name(self, text: str | None) -> str | None:
        return None if text is None else self.canon.get(text, text)

    def entities(self, s: str) -> list[Entity]:
        """entities(s, lex, people, vocab), read once per string (a pure function of it)."""
        got = self.found.get(s)
        if got is None:
            got = self.found[s] = entities(s, self.lex, self.people, self.vocab)
        return got


def cast(title: str | None, text: str, sentences: list[str], lex: Lexicon) -> Cast:
    found = names(text, lex)  # read once: the people, the mentions and the first uses all need it
    vocab = lowercase_words(text)
    people = persons_in(text, lex, found, vocab)
    if title:
        head = title + ". "
        if _particles_cross(lex):
            people |= persons_in(head + text, lex, within=title)
        else:  # no name runs across ". ": the names of head + text are those of each part
            both = names(head, lex) + [(n, a + len(head), b + len(head)) for n, a, b in found]
            people |= persons_in(head + text, lex, both, lowercase_words(head) | vocab, within=title)
    c = Cast(people, vocab, lex=lex)
    in_text = entities(text, lex, people, vocab, None if _skips_first(text, vocab) else found)
    mentions = [e for e in in_text if e.kind in ("org", "person")]
    if title:
        mentions += [e for e in c.entities(title) if e.kind in ("org", "person")]
    first: dict[str, int] = {}
    for e in in_text:
        first.setdefault(e.text, e.start)
    c.canon = _canonical({e.text for e in mentions}, people, text, lex, first)
    c.mentions.update(c.name(e.text) for e in mentions)
    first_seen: dict[str, int] = {}
    weighted = [(title or "", 3)] + [(s, 2 if i == 0 else 1) for i, s in enumerate(sentences)]
    for n, (part, weight) in enumerate(weighted):
        for e in c.entities(part):
            if e.kind in ("org", "person"):
                key = c.name(e.text)
                c.counts[key] += weight
                first_seen.setdefault(key, n)
    if c.counts:
        rank = lambda k: (c.counts[k], -first_seen[k])  # noqa: E731
        c.main = max(c.counts, key=rank)
        persons = [k for k in c.counts if _is_person(k, people)]
        orgs = [k for k in c.counts if not _is_person(k, people)]
        c.main_person = max(persons, key=rank) if persons else None
        if c.main_person and c.counts[c.main_person] < 3:
            c.main_person = None  # one passing mention does not make an article about someone
        c.main_org = max(orgs, key=rank) if orgs else None
    return c


def _is_person(name: str, people: set[str]) -> bool:
    return name in people or any(name in p.split() for p in people)


def _canonical(found: set[str], people: set[str], text: str, lex: Lexicon, seen: dict[str, int]) -> dict[str, str]:
    """One name per entity: people by their full name ("Mbappe" -> "Kylian Mbappe"),
    organisations by the name that introduced them ("Great Wall" -> "Great Wall Motor", when
    the full name came first) without legal suffixes ("Xiaomi Corp" -> "Xiaomi"), acronyms
    spelled out when the article does ("EZB" -> "Europäische Zentralbank")."""
    canon: dict[str, str] = {}
    full_people = [p for p in people if " " in p]
    stripped = {}
    for name in found:
        toks = name.split()
        while len(toks) > 1 and toks[-1].rstrip(".") in lex.legal_suffixes:
            toks = toks[:-1]
        stripped[name] = " ".join(toks)
    first: dict[str, int] = {}
    for name, short in stripped.items():  # where each name is first used on its own
        first[short] = min(first.get(short, len(text)), seen.get(name, len(text)))
    for name in found:
        if _is_person(name, people):
            if " " not in name:
                fulls = {p for p in full_people if ascii_fold(p.split()[-1]) == ascii_fold(name)}
                if len(fulls) == 1:
                    canon[name] = fulls.pop()
            continue
        best = stripped[name]
        longer = {n for n in set(stripped.values()) if n.startswith(best + " ") and not _is_person(n, people)}
        if len(longer) == 1 and first[next(iter(longer))] < first[best]:
            best = longer.pop()
        full = acronym_expansion(best, text)
        if full and full != best:
            best = full
        if best != name:
            canon[name] = best
    return canon


def main_entity(title: str | None, sentences: list[str], lex: Lexicon, people: set[str],
                vocab: frozenset[str] = frozenset()) -> str | None:
    """The organisation or person the article is about: most mentions, title and lead weighted."""
    return cast(title, " ".join(sentences), sentences, lex).main
