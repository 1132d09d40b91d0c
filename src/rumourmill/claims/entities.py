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
import itertools
import re
import re._constants as _c
import re._parser as _parser
from dataclasses import dataclass, field
from typing import Callable

from rumourmill.claims.lexicon import Lexicon
from rumourmill.text import ascii_fold

_TOKEN = r"(?:[A-ZÀ-ÖØ-Þ][\w’'&.\-]*\w|[A-ZÀ-ÖØ-Þ]|[a-z]+[A-Z][\w\-]*|\d+[A-Z][\w\-]*)"
_NAME = re.compile(rf"(?<![\w’'])({_TOKEN}(?:\s+(?:&\s+)?{_TOKEN})*)")
_POSSESSIVE = re.compile(r"[’']s?$")
_TOKEN_RE = re.compile(_TOKEN)
_ELIDED = re.compile(r"^(?:L|D|Dell|All|Nell|Sull|Dall|Un|Quest|Qu|J|S|C|N|Qu)['’]")
_LINKS = r"(?:of|for|the|de|del|des|du|la|le|della|delle|dei|di|der|die|das|für|y|e|et|und)"
# Compiled once: re's module functions look a string pattern up in their cache on every call.
_LINK = re.compile(_LINKS, re.IGNORECASE)
_LOWER_WORD = re.compile(r"\b[a-zà-öø-ÿ][\w’'-]*")
_PARENTHESISED = re.compile(r"\(\s*(\w+)\s*\)")
_ACRONYM_RUN = re.compile(rf"(?:[A-ZÀ-Þ][\w’'-]*\s+(?:{_LINKS}\s+)*)*[A-ZÀ-Þ][\w’'-]*(?:\s+[a-zà-ÿ]+)?$")
_LEADING_ARTICLES = re.compile(r"^(?:(?:The|La|Le|Les|Il|Lo|El|Los|Las|Die|Der|Das)\s+)+")
_CLAUSE = re.compile(r"[^,.;:()\n]*")  # a name does not cross punctuation
_WORD = re.compile(r"[\w’'-]+")
_WORDISH = re.compile(r"[\w’']")  # what _NAME's lookbehind excludes
_ROLE_GAP = re.compile(r"\s*[,(]\s*(?:[\w’'-]+\s+){0,2}")


@dataclass(frozen=True)
class Entity:
    text: str
    start: int
    end: int
    kind: str  # org | person | outlet | place | product


def lowercase_words(text: str) -> frozenset[str]:
    """Words the article also writes in lower case: a capitalised "Once" or "Further" at the
    start of a sentence is then an ordinary word, not a name."""
    return frozenset(_LOWER_WORD.findall(text))


def expand_acronym(e: Entity, text: str) -> Entity:
    """"ECB" -> "European Central Bank", "BCE" -> "Banque centrale européenne", "EZB" ->
    "Europäische Zentralbank" when the article spells the name out: each letter starts a
    word, or (compounds) a later part of the same word; linking words are skipped."""
    full = acronym_expansion(e.text, text)
    return Entity(full, e.start, e.end, e.kind) if full else e


def acronym_expansion(acronym: str, text: str) -> str | None:
    if not (acronym.isupper() and 2 <= len(acronym) <= 6 and acronym.isalpha()):
        return None  # most names: answered without the cache
    return _expansion(acronym, text)


@functools.lru_cache(maxsize=1024)  # the same acronyms come back in every sentence of an article
def _expansion(acronym: str, text: str) -> str | None:
    m = None
    if acronym in _parenthesised(text):  # else the search below cannot match: skip scanning the text for it
        m = re.search(r"([A-ZÀ-Þ][\w’'-]*(?:\s+[\w’'-]+){0,6}?)\s*\(\s*" + re.escape(acronym) + r"\s*\)", text)
    if m:  # "Comisión Federal de Comercio (FTC)": the name right before the parenthesis
        words = m.group(1).split()
        for k in range(len(words)):
            if _covers(acronym, words[k:]):
                return " ".join(words[k:])
        run = _ACRONYM_RUN.search(m.group(1))
        name = _LEADING_ARTICLES.sub("", run.group()) if run else ""
        if " " in name:  # a foreign-language acronym: "Comisión Federal de Comercio (FTC)"
            return name
    for m in re.finditer(rf"(?<![\w’'-]){acronym[0]}[\w’'-]+", text):
        clause = _CLAUSE.match(text, m.start()).group()  # a name does not cross punctuation
        toks = list(itertools.islice(_WORD.finditer(clause), 2 * len(acronym)))
        spelled = [t.group() for t in toks]
        for n in range(len(toks), 0, -1):
            words = spelled[:n]
            if _covers(acronym, words):
                if any(w[0].islower() and not _LINK.fullmatch(w) for w in words) and len(acronym) < 3:
                    break
                return clause[: toks[n - 1].end()]
    return None


@functools.lru_cache(maxsize=8)
def _parenthesised(text: str) -> frozenset[str]:
    """Words written alone in parentheses, "(ECB)": only those can be spelled out just before."""
    return frozenset(_PARENTHESISED.findall(text))


def _covers(acronym: str, words: list[str]) -> bool:
    """Do these words spell the acronym? Each word gives its initial; a compound word may give
    more letters from later parts ("Zentralbank": Z, B); linking words ("of", "de") are skipped."""
    letters = acronym.lower()
    if not words or not words[0][0].isupper() or _LINK.fullmatch(words[-1]):
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
        elif not _LINK.fullmatch(w):
            return False
    return i == len(letters)


_Found = list[tuple[str, int, int]]
_RUN_CACHE_MAX = 20_000  # distinct runs kept per language: a few hundred articles
_run_caches: dict[int, tuple[Lexicon, dict[str, tuple[tuple[str, int, int], ...]]]] = {}


def _run_cache(lex: Lexicon) -> dict[str, tuple[tuple[str, int, int], ...]]:
    """The names found in each capitalised run, per lexicon (the entry holds the lexicon, so
    its id is not reused while cached)."""
    got = _run_caches.get(id(lex))
    if got is None or got[0] is not lex:
        if len(_run_caches) >= 16:
            _run_caches.clear()
        got = _run_caches[id(lex)] = (lex, {})
    elif len(got[1]) >= _RUN_CACHE_MAX:
        got[1].clear()
    return got[1]


def names(sentence: str, lex: Lexicon, vocab: frozenset[str] = frozenset()) -> _Found:
    """Capitalised spans with offsets, split at stop words and after possessives ("Xiaomi's CEO")."""
    return _assemble(sentence, _scan(sentence, lex), 0, lex, vocab)


_Run = tuple[int, int, str, tuple[tuple[str, int, int], ...]]


def _scan(text: str, lex: Lexicon) -> list[_Run]:
    """Each match of _NAME: start, end, the run and its names (offsets within the run). What a
    run yields depends on the run alone, so it is worked out once per distinct run."""
    cache = _run_cache(lex)
    out: list[_Run] = []
    for m in _NAME.finditer(text):
        run = m.group()
        got = cache.get(run)
        if got is None:
            got = cache[run] = _run_names(run, lex)
        out.append((m.start(), m.end(), run, got))
    return out


def _assemble(sentence: str, runs: list[_Run], shift: int, lex: Lexicon, vocab: frozenset[str]) -> _Found:
    """names(sentence, lex, vocab) from the runs _scan() found in it, `shift` characters
    further on (in the text it is a piece of)."""
    out: _Found = []
    for at, _, run, got in runs:
        at -= shift
        if not got or (at == 0 and " " not in run and run.lower() in vocab):
            continue
        if at:
            for n, a, b in got:
                out.append((n, a + at, b + at))
        else:
            out.extend(got)
    out = _join_particles(sentence, out, lex) if len(out) > 1 else out
    return _alias_phrases(sentence, out, lex) if out else out


def _alias_phrases(sentence: str, found: _Found, lex: Lexicon) -> _Found:
    """"Banque centrale européenne", "Banca d'Italia": a name with lower-case words that an alias
    table lists is one name, not its capitalised first word."""
    phrases = [m for m in lex.alias_phrases.finditer(sentence)]
    if not phrases:
        return found
    out = [f for f in found if not any(m.start() <= f[1] < m.end() for m in phrases)]
    out += [(m.group(), m.start(), m.end()) for m in phrases]
    return sorted(out, key=lambda f: f[1])


def _piece_names(text: str, runs: list[_Run], sentences: list[str], lex: Lexicon,
                 vocab: frozenset[str]) -> dict[str, _Found]:
    """names(s, lex, vocab) of the sentences that are pieces of text, in order, from the runs of
    the whole text (runs: _scan(text, lex)). Scanning a piece alone finds the same runs unless
    one crosses its edges, or a word character right before it stopped a run starting there
    (_NAME looks behind): such sentences are left out, for names() to read."""
    out: dict[str, _Found] = {}
    pos = i = 0
    n = len(runs)
    for s in sentences:
        o = text.find(s, pos)
        if o < 0:
            continue
        e = pos = o + len(s)
        while i < n and runs[i][1] <= o:
            i += 1
        if (i < n and runs[i][0] < o) or (o and _WORDISH.match(text, o - 1)) or s in out:
            continue
        j = i
        while j < n and runs[j][1] <= e:
            j += 1
        if j < n and runs[j][0] < e:
            continue
        out[s] = _assemble(s, runs[i:j], o, lex, vocab)
        i = j
    return out


def _run_names(run: str, lex: Lexicon) -> tuple[tuple[str, int, int], ...]:
    """names() of one match of _NAME, offsets within it."""
    if run in lex.outlets or ("The " + run) in lex.outlets:
        return ((run, 0, len(run)),)
    out: _Found = []
    toks: _Found = []
    for t in _TOKEN_RE.finditer(run):
        tok, a, b = t.group(), t.start(), t.end()
        elided = _ELIDED.match(tok)  # "L'annuncio", "Dell'accordo": an article, not a name
        if elided:
            rest = tok[elided.end():]
            if not rest or rest[0].islower():
                _flush(run, toks, out)
                continue
            tok, a = rest, a + elided.end()
        if _is_stop(tok, lex) or ("-" in tok and (lex.roles.fullmatch(tok.rsplit("-", 1)[1])
                                                   or lex.analyst.fullmatch(tok.rsplit("-", 1)[1]))):
            _flush(run, toks, out)  # "Apple-Chef Tim Cook": a role, then the name; "EZB-Volkswirte": analysts
            continue
        if "-" in tok and lex.noun_determiners and _is_stop(tok.rsplit("-", 1)[1], lex):
            _flush(run, toks, out)
            if run[b:].strip():
                continue  # "der Arm-Eigentümer SoftBank": a description of the name that follows
            tok = tok.rsplit("-", 1)[0]  # "die Porsche-Aktie", "nach Nintendo-Angaben": the company, not the noun
            toks.append((tok, a, a + len(tok)))
            _flush(run, toks, out)
            continue
        toks.append((tok, a, b))
        if _POSSESSIVE.search(tok):
            _flush(run, toks, out)
    _flush(run, toks, out)
    return tuple(out)


def _join_particles(sentence: str, found: list[tuple[str, int, int]], lex: Lexicon) -> list[tuple[str, int, int]]:
    """"Luca" + "de" + "Meo" -> "Luca de Meo"; "Banco" + "de" + "España" -> "Banco de España"."""
    out: list[tuple[str, int, int]] = found[:1]
    particles = lex.name_particles
    for item in itertools.islice(found, 1, None):
        end = out[-1][2]  # the gap to the name before must start with a space
        if end < item[1] and sentence[end] == " ":
            gap = " ".join(sentence[end:item[1]].split())
            if gap in particles or (gap in lex.org_particles and out[-1][0].split()[-1] in lex.org_words):
                a0 = out.pop()[1]
                item = (sentence[a0:item[2]], a0, item[2])
        out.append(item)
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


_NEVER, _SHAPE, _ROLE = 0, 1, 2  # persons_in(): never a person, a person by the name's shape, only with a role near


def persons_in(text: str, lex: Lexicon, found: list[tuple[str, int, int]] | None = None,
               vocab: frozenset[str] | None = None, within: str | None = None) -> set[str]:
    """Names that are people: a role or honorific next to them, a known first name, or the
    article calls them by their last word alone later ("Andy Jassy" ... "Jassy").

    `found` and `vocab` are names(text, lex) and lowercase_words(text) when the caller has
    them; with `within`, only the people whose name occurs in that string are returned."""
    if found is None:
        found = names(text, lex)
    if lex.noun_determiners:
        alone = {n for n, a, _ in found if " " not in n and not _after_determiner(text, a, lex)
                 and not _after_locative(text, a, lex)}
    else:  # _after_determiner() is always False
        alone = {n for n, a, _ in found if " " not in n and not _after_locative(text, a, lex)}
    if vocab is None:
        vocab = lowercase_words(text)
    heads = collections.Counter(n.split()[0] for n in {n for n, _, _ in found if " " in n})
    families = {h for h, k in heads.items() if k >= 2}  # "Galaxy S24", "Galaxy Ring": a product line
    people: set[str] = set()
    how: dict[str, int] = {}  # what makes each name a person: only role_near() depends on where it stands
    for name, start, end in found:
        if name in people or (within is not None and name not in within):
            continue
        way = how.get(name)
        if way is None:
            toks = name.split()
            if name in lex.places or name in lex.outlets or (toks and toks[-1] in lex.outlet_words):
                way = _NEVER
            elif (len(toks) >= 2 and _is_person_shape(toks, lex, alone, vocab)
                  and (toks[0] not in families or toks[0] in lex.first_names)):
                way = _SHAPE
            else:
                way = _ROLE
            how[name] = way
        if way == _SHAPE or (way == _ROLE and role_near(text, start, end, lex)):
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


def _after_locative(text: str, start: int, lex: Lexicon) -> bool:
    """"in Leverkusen", "à Lyon": a lone name after a place preposition is a place, not a surname
    ("Bayer Leverkusen" is no person because the article also writes "in Leverkusen")."""
    before = text[max(0, start - 8):start].split()
    return bool(before) and len(before[-1]) >= 2 and before[-1].lower() in lex.venue_prep_words


def role_near(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """"Lei Jun, founder ..." / "Tim Cook (CEO)" / "CEO Tim Cook" / "l'ad Lei Jun" / "Mr Cook"."""
    after = text[end:end + 60]
    if after.lstrip()[:1] in (",", "("):  # else the gap before a role cannot pass _ROLE_GAP: no search
        m = lex.roles.search(after)
        if m and _ROLE_GAP.fullmatch(after, 0, m.start()):
            return True
    before = text[max(0, start - 60):start]
    if before and (before[-1] == "." or before[-1].isspace()) and lex.honorifics.search(before[-12:]):
        return True
    if before.rstrip().endswith(","):  # "Le président de Nintendo, Shuntaro Furukawa": role of an organisation
        of = _ROLE_OF.search(before)
        if of is not None:
            last = None
            for last in lex.roles.finditer(before, 0, of.start()):
                pass
            if last is not None and not before[last.end():of.start()].strip():
                return True
    ends = _ends(lex.roles)
    if ends is not None:  # a role ending the text before must end with its last non-space characters
        tail = before.rstrip()
        last3 = tail[-_TAIL:]
        if not tail or (last3.isascii() and not any(last3[-n:] in ok for n, ok in ends.items())):
            return False
    last = None
    for last in lex.roles.finditer(before):
        pass
    return last is not None and before[last.end():].strip() == ""


_ROLE_OF = re.compile(r"\s(?:de|d[’']|du|of|at|di|del|della|dello|von|der|des|bei|chez)\s*"
                      r"[A-ZÀ-Þ][\w&.’'-]*(?:\s+[A-ZÀ-Þ][\w&.’'-]*){0,3}\s*,\s*$")
_TAIL = 3  # role_near() compares the last characters of the text before a name with the ends of roles
_ends_of: dict[int, tuple[re.Pattern[str], dict[int, frozenset[str]] | None]] = {}


def _ends(pattern: re.Pattern[str]) -> dict[int, frozenset[str]] | None:
    """How a match of the pattern can end: for each length n up to _TAIL, the ASCII strings that
    its last n characters can be (n is shorter only for a match that short); None when unknown,
    or when a match may end in a space. Worked out once per pattern (the entry holds it, so
    its id is not reused)."""
    got = _ends_of.get(id(pattern))
    if got is None or got[0] is not pattern:
        if len(_ends_of) >= 64:
            _ends_of.clear()
        try:
            parsed = _parser.parse(pattern.pattern, pattern.flags).data
        except Exception:  # noqa: BLE001 - a pattern this code cannot read: no shortcut
            parsed = None
        ends = None
        for k in range(_TAIL, 0, -1):  # the longest ends the pattern spells with literals only
            tails = None if parsed is None else _tails(parsed, k)
            if tails is not None and () not in tails:
                ends = _ascii_ends(tails, pattern.flags)
                break
        got = _ends_of[id(pattern)] = (pattern, ends)
    return got[1]


def _ascii_ends(tails: set[tuple[int, ...]], flags: int) -> dict[int, frozenset[str]] | None:
    """The ASCII strings each tail of literals matches under the pattern's flags, by length."""
    ascii_of: dict[int, list[str]] = {}
    for code in {c for t in tails for c in t}:
        lit = re.compile(re.escape(chr(code)), flags)
        ascii_of[code] = [chr(a) for a in range(128) if lit.fullmatch(chr(a))]
    if any(chr(t[-1]).isspace() or any(ch.isspace() for ch in ascii_of[t[-1]]) for t in tails):
        return None
    out: dict[int, set[str]] = {}
    for t in tails:
        out.setdefault(len(t), set()).update(map("".join, itertools.product(*(ascii_of[c] for c in t))))
    return {n: frozenset(v) for n, v in out.items()}


def _tails(items, k: int) -> set[tuple[int, ...]] | None:
    """The last k literals (code points) a match of the parsed sequence can end with; fewer
    for a shorter match. None when they may include anything other than a literal."""
    done: set[tuple[int, ...]] = set()
    todo: set[tuple[int, ...]] = {()}
    for item in reversed(list(items)):
        if not todo:
            break
        grown: set[tuple[int, ...]] = set()
        for need in {k - len(t) for t in todo}:
            heads = _item_tails(item, need)
            if heads is None:
                return None
            for t in todo:
                if len(t) == k - need:
                    grown.update(h + t for h in heads)
        done |= {t for t in grown if len(t) == k}
        todo = {t for t in grown if len(t) < k}
    return done | todo


def _item_tails(item, k: int) -> set[tuple[int, ...]] | None:
    op, av = item
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):  # zero width
        return {()}
    if op is _c.LITERAL:
        return {(av,)}
    if op is _c.IN and all(o is _c.LITERAL for o, _ in av):  # "(?:a|e)" is parsed as [ae]
        return {(c,) for _, c in av}
    if op is _c.SUBPATTERN:
        return _tails(av[-1], k)
    if op is _c.BRANCH:
        parts = [_tails(b, k) for b in av[1]]
        return None if any(p is None for p in parts) else set().union(*parts)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[1] == 1:  # optional
        got = _tails(av[2], k)
        return None if got is None else (got | {()} if av[0] == 0 else got)
    return None


_MODEL = re.compile(r"^[A-Z]{1,4}\d+[A-Za-z]*$")  # "SU7", "S24", "A380": a model number


def classify(name: str, lex: Lexicon, people: set[str]) -> str:
    return _classify(name, lex, people, None)


def _classify(name: str, lex: Lexicon, people: set[str], words: frozenset[str] | None) -> str:
    """classify(); `words`: every word of every person's name, when the caller has them
    (`name in words` is `any(name in p.split() for p in people)`)."""
    if name in lex.outlets or ("The " + name) in lex.outlets or name.split()[-1] in lex.outlet_words:
        return "outlet"
    if name in lex.places:
        return "place"
    if name in people or (len(name) >= 3 and (name in words if words is not None
                                              else any(name in p.split() for p in people))):
        return "person"
    if any(map(str.isdigit, name)):  # \d is a kind of isdigit(): without digits, neither test below holds
        toks = name.split()
        if any(_MODEL.match(t) for t in toks) or any(any(ch.isdigit() for ch in t) for t in toks[1:]):
            return "product"  # "Galaxy S24 Ultra", "SU7": what a company sells, not who acts
    return "org"


def entities(sentence: str, lex: Lexicon, people: set[str], vocab: frozenset[str] = frozenset(),
             found: list[tuple[str, int, int]] | None = None) -> list[Entity]:
    """`found`: names(sentence, lex, vocab) when the caller has it."""
    return _entities(sentence, lex, names(sentence, lex, vocab) if found is None else found,
                     lambda n: classify(n, lex, people))


def _entities(sentence: str, lex: Lexicon, found: _Found, kind: Callable[[str], str]) -> list[Entity]:
    """entities() with `kind` for classify()."""
    return [Entity(n, s, e, k) for (n, s, e), k in zip(found, _kinds(sentence, lex, found, kind))]


def _kinds(sentence: str, lex: Lexicon, found: _Found, kind: Callable[[str], str]) -> list[str]:
    """The kind of each name found in the sentence."""
    if not found:
        return []
    places = [m.span() for m in lex.place_phrases.finditer(sentence)]  # "Parc des Princes": split by "des"
    if not places:
        return [kind(n) for n, _, _ in found]
    return ["place" if any(a <= s < b for a, b in places) else kind(n) for n, s, _ in found]


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
    kinds: dict[str, str] = field(default_factory=dict)  # classify(name, lex, people) of each name seen
    words: frozenset[str] | None = None  # every word of every person's name (see _classify)
    products: frozenset[str] = frozenset()  # product lines the article names (see _product_lines)
    firms: frozenset[str] = frozenset()  # "Porsche" when the article writes "Porsche SE": a company, whoever shares the name

    def name(self, text: str | None) -> str | None:
        return None if text is None else self.canon.get(text, text)

    def entities(self, s: str) -> list[Entity]:
        """entities(s, lex, people, vocab), read once per string (a pure function of it)."""
        got = self.found.get(s)
        if got is None:
            got = self.found[s] = _entities(s, self.lex, names(s, self.lex, self.vocab), self.kind)
        return got

    def kind(self, name: str) -> str:
        """classify(name, lex, people), worked out once per name: people do not change."""
        got = self.kinds.get(name)
        if got is None:
            if self.words is None:
                self.words = _words_of(self.people)
            got = "product" if name in self.products else _classify(name, self.lex, self.people, self.words)
            if got == "org" and _genitive_of(name, self.words, self.lex):
                got = "person"  # "bei Alonsos Beratern": Alonso's
            elif got == "person" and name in self.firms:
                got = "org"  # "die Familien Porsche und Piëch" ... "Porsche SE": the company
            self.kinds[name] = got
        return got


def _genitive_of(name: str, words: frozenset[str], lex: Lexicon) -> bool:
    """A German genitive of a person's name ("Alonsos", "Musks"): the name plus -s, no apostrophe."""
    return bool(lex.noun_determiners) and " " not in name and name.endswith("s") and len(name) > 4 and name[:-1] in words


_MODEL_AFTER = re.compile(r"\s+\d{1,3}[A-Za-z]?\b(?![.,:/]\d)")  # "Switch 2", "PlayStation 5"; not "2,5", not a year


def _product_lines(text: str, found: list[tuple[str, int, int]]) -> frozenset[str]:
    """Names the article uses for a product line: followed by a model number somewhere ("Switch 2")
    and written after a brand the article also names ("Nintendo Switch"). Both the line and the
    branded name are products, so the brand, not the console, is who acts. A company whose phones
    carry its own name ("Xiaomi 14") is never written after another name and stays a company."""
    names_set = {n for n, _, _ in found}
    numbered = {n for n, _, b in found if _MODEL_AFTER.match(text, b)}
    out: set[str] = set()
    for n in numbered:
        toks = n.split()
        for k in range(1, len(toks)):  # "Nintendo Switch" (2): the brand "Nintendo" is named on its own
            if " ".join(toks[:k]) in names_set:
                out.update((n, " ".join(toks[k:])))
        out.update(m for m in names_set if m.endswith(" " + n))  # "Switch" (2) and "Nintendo Switch"
        if any(m.endswith(" " + n) for m in names_set):
            out.add(n)
    return frozenset(out)


def _words_of(people: set[str]) -> frozenset[str]:
    return frozenset(w for p in people for w in p.split())


def cast(title: str | None, text: str, sentences: list[str], lex: Lexicon) -> Cast:
    runs = _scan(text, lex)  # read once: the people, the mentions, the first uses and each sentence need it
    found = _assemble(text, runs, 0, lex, frozenset())
    vocab = lowercase_words(text)
    people = persons_in(text, lex, found, vocab)
    if title:
        head = title + ". "
        if _particles_cross(lex):
            people |= persons_in(head + text, lex, within=title)
        else:  # no name runs across ". ": the names of head + text are those of each part
            both = names(head, lex) + [(n, a + len(head), b + len(head)) for n, a, b in found]
            people |= persons_in(head + text, lex, both, lowercase_words(head) | vocab, within=title)
    firms = frozenset(n.split()[0] for n, _, _ in found
                      if " " in n and n.split()[-1].rstrip(".") in lex.legal_suffixes) - people
    c = Cast(people, vocab, lex=lex, products=_product_lines(text, found) - people, firms=firms)
    in_text = _assemble(text, runs, 0, lex, vocab) if _skips_first(text, vocab) else found
    first: dict[str, int] = {}
    for n, start, _ in in_text:
        first.setdefault(n, start)
    mentions = [n for (n, _, _), k in zip(in_text, _kinds(text, lex, in_text, c.kind)) if k in ("org", "person")]
    if title:
        mentions += [e.text for e in c.entities(title) if e.kind in ("org", "person")]
    c.canon = _canonical(set(mentions), people, text, lex, first, c.words)
    c.mentions.update(c.name(n) for n in mentions)
    for s, got in _piece_names(text, runs, sentences, lex, vocab).items():
        c.found.setdefault(s, _entities(s, lex, got, c.kind))
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
        persons = [k for k in c.counts if _is_person(k, people, c.words)]
        orgs = [k for k in c.counts if not _is_person(k, people, c.words)]
        c.main_person = max(persons, key=rank) if persons else None
        if c.main_person and c.counts[c.main_person] < 3:
            c.main_person = None  # one passing mention does not make an article about someone
        c.main_org = max(orgs, key=rank) if orgs else None
    return c


def _is_person(name: str, people: set[str], words: frozenset[str] | None = None) -> bool:
    """`words`: _words_of(people) when the caller has it."""
    if name in people:
        return True
    return name in words if words is not None else any(name in p.split() for p in people)


def _canonical(found: set[str], people: set[str], text: str, lex: Lexicon, seen: dict[str, int],
               words: frozenset[str] | None = None) -> dict[str, str]:
    """One name per entity: people by their full name ("Mbappe" -> "Kylian Mbappe"),
    organisations by the name that introduced them ("Great Wall" -> "Great Wall Motor", when
    the full name came first) without legal suffixes ("Xiaomi Corp" -> "Xiaomi"), acronyms
    spelled out when the article does ("EZB" -> "Europäische Zentralbank")."""
    if words is None:
        words = _words_of(people)
    canon: dict[str, str] = {}
    surnames: dict[str, list[str]] = {}  # folded last word -> the full names of people ending in it
    for p in people:
        if " " in p:
            surnames.setdefault(ascii_fold(p.split()[-1]), []).append(p)
    stripped = {}
    for name in found:
        toks = name.split()
        while len(toks) > 1 and toks[-1].rstrip(".") in lex.legal_suffixes:
            toks = toks[:-1]
        stripped[name] = " ".join(toks)
    first: dict[str, int] = {}
    for name, short in stripped.items():  # where each name is first used on its own
        first[short] = min(first.get(short, len(text)), seen.get(name, len(text)))
    # Stripped names are words joined by single spaces, so n.startswith(best + " ") holds
    # exactly when best is n's first k words for some k: index every such prefix once.
    longer_of: dict[str, set[str]] = {}
    for n in set(stripped.values()):
        toks = n.split(" ")
        if len(toks) > 1 and not _is_person(n, people, words):
            for k in range(1, len(toks)):
                longer_of.setdefault(" ".join(toks[:k]), set()).add(n)
    for name in found:
        if _genitive_of(name, words, lex):
            fulls = set(surnames.get(ascii_fold(name[:-1]), ()))
            if len(fulls) == 1:
                canon[name] = fulls.pop()
            continue
        if _is_person(name, people, words):
            if " " not in name:
                fulls = set(surnames.get(ascii_fold(name), ()))
                if len(fulls) == 1:
                    canon[name] = fulls.pop()
            continue
        best = stripped[name]
        longer = longer_of.get(best, ())
        if len(longer) == 1 and first[next(iter(longer))] < first[best]:
            best = next(iter(longer))
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
