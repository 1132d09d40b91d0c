"""Rule-based normaliser of time expressions into date WINDOWS (earliest..latest, inclusive).

Why not dateparser: it returns single datetimes, gets most relative and vague news
phrasing wrong ("la prossima settimana", "entro la fine del 2023") and is slow. Claims
need windows with a grain and a modifier, resolved against a publication date that may
be known only to the month or year.

How it works (language-neutral; every word comes from the `[time]` table of
`rumourmill/lang/<code>.toml`):

1. **Lexing.** The text is case- and accent-folded (offsets kept: one char per char),
   cut into tokens, and the longest known phrase at each token becomes a lexeme with a
   one-letter *symbol* (M month, W weekday, N number, O ordinal, Y year, U unit, X next,
   L last, T this, ...; see `_SYMBOLS`). Fillers ("the", "of", "di") are dropped, unknown
   words become "?". Digit patterns (2021-03-04, 3/4, Q3, H2, FY24, 1990s) are literals.
2. **Grammar.** Rules are regular expressions over the symbol string ("XU" = next
   week, "ONM" ...); both word orders are accepted where languages differ ("U X" =
   "la settimana prossima"). Each rule builds a resolver: a function from a reference
   day to (earliest, latest, grain). Prefixes (start/mid/end, by/before/after/since,
   approx, as-early-as, later-in) and ranges (from X to Y, between X and Y) wrap resolvers.
3. **Span.** A reference known only to the month/year is a span (`rumourmill.dates.span`):
   the resolver runs at its first and last day; earliest comes from the first run,
   latest from the last.

Conventions (those of the evaluation corpora where they agree; see eval/README.md):
weeks run Monday..Sunday; the weekend is Saturday..Sunday; "in 2 weeks" / "3 days ago"
are single days; "next 3 days" is ref+1..ref+3 and "next 3 months" the three whole
months after the current one; bare months, weekdays, day-of-month and holidays prefer
the future (today included); start/mid/end split a month into 1-10 / 11-20 / 21-end,
a week into Mon-Wed / Tue-Fri / Fri-Sun, a year or longer period into its first / middle
/ last quarter of its length; "by X" runs from the reference to the day before X, or to
the end of X when X is itself "the end of ..."; "before X" likewise, with an open start
when X is already past; "after X" opens after X, "since X" opens at X; seasons are
astronomical (northern hemisphere); fiscal years are calendar years unless the language
file sets `fiscal_year_start_month`. Vague words ("soon", "presto") give grain "vague"
from the reference to `VAGUE_HORIZON_DAYS` (90) days later.

Grains: day, week, weekend, month, quarter, half, season, year, decade, fiscal_year,
interval (ranges and spans of several units), open (one side None), vague.
Modifiers: start, mid, end, by, before, after, since, approx, rest (later this X), None.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Callable, Iterator

from rumourmill import languages
from rumourmill.dates import span

VAGUE_HORIZON_DAYS = 90

__all__ = ["Window", "normalise", "find_windows", "VAGUE_HORIZON_DAYS"]


@dataclass(frozen=True)
class Window:
    text: str  # the matched expression, verbatim
    start: int  # char offsets in the input string
    end: int
    earliest: date | None  # inclusive; None = open side
    latest: date | None
    grain: str
    modifier: str | None


Res = tuple[date | None, date | None, str]
Resolver = Callable[[date], Res | None]

# ---------------------------------------------------------------- calendar helpers


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _month(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _week(d: date) -> tuple[date, date]:
    s = d - timedelta(days=d.weekday())
    return s, s + timedelta(days=6)


_UNIT_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}
_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "weekend": 7}


def _period(unit: str, d: date) -> tuple[date, date]:
    """The calendar unit (week, month, quarter, ...) that contains d."""
    if unit == "day":
        return d, d
    if unit == "week":
        return _week(d)
    if unit == "fortnight":
        s = _week(d)[0]
        return s, s + timedelta(days=13)
    if unit == "weekend":
        s = _week(d)[0] + timedelta(days=5)
        return s, s + timedelta(days=1)
    n = _UNIT_MONTHS[unit]
    if unit == "decade":
        y0 = d.year - d.year % 10
        return date(y0, 1, 1), date(y0 + 9, 12, 31)
    if unit == "century":
        y0 = d.year - d.year % 100
        return date(y0, 1, 1), date(y0 + 99, 12, 31)
    idx = (d.year * 12 + d.month - 1) // n * n
    s = date(idx // 12, idx % 12 + 1, 1)
    e = _add_months(s, n) - timedelta(days=1)
    return s, e


def _shift(unit: str, d: date, n: int) -> date:
    if unit in _UNIT_DAYS:
        return d + timedelta(days=_UNIT_DAYS[unit] * n)
    return _add_months(d, _UNIT_MONTHS[unit] * n)


def _easter(y: int) -> date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(y, month, day)


def _nth_weekday(y: int, m: int, wd: int, n: int) -> date | None:
    """n-th (1-based; negative from the end) weekday wd of month m."""
    first, last = _month(y, m)
    if n > 0:
        d = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
        return d if d.month == m else None
    d = last - timedelta(days=(last.weekday() - wd) % 7 + 7 * (-n - 1))
    return d if d.month == m else None


_SEASONS = {  # astronomical, northern hemisphere: (start m, d), (end m, d); winter spans the new year
    "spring": ((3, 20), (6, 20)),
    "summer": ((6, 21), (9, 23)),
    "autumn": ((9, 23), (12, 20)),
    "winter": ((12, 21), (3, 20)),
}


def _season(name: str, y: int) -> tuple[date, date]:
    """Season `name` that starts in year y (winter y runs Dec y .. Mar y+1)."""
    (sm, sd), (em, ed) = _SEASONS[name]
    return date(y, sm, sd), date(y + (1 if em < sm else 0), em, ed)


_WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def _holiday(rule: str, y: int) -> tuple[date, date] | None:
    """Holiday rule from the language file for year y: 'MM-DD', 'MM-DD..MM-DD', 'easter+N', 'MM/wd/n'."""
    try:
        if ".." in rule:  # a span: each side is a rule of its own
            a, b = rule.split("..")
            wa, wb = _holiday(a, y), _holiday(b, y)
            if wa is None or wb is None:
                return None
            if wb[0] < wa[0]:
                wb = _holiday(b, y + 1) or wb
            return wa[0], wb[1]
        if rule.startswith("easter"):
            off = int(rule[6:] or 0)
            d = _easter(y) + timedelta(days=off)
            return d, d
        if "/" in rule:
            m, wd, n = rule.split("/")
            off = 0
            if "+" in n:
                n, o = n.split("+")
                off = int(o)
            d = _nth_weekday(y, int(m), _WD[wd], int(n))
            if d is None:
                return None
            d += timedelta(days=off)
            return d, d
        if ".." in rule:
            a, b = rule.split("..")
            s = date(y, int(a[:2]), int(a[3:]))
            e = date(y, int(b[:2]), int(b[3:]))
            if e < s:
                e = e.replace(year=y + 1)
            return s, e
        d = date(y, int(rule[:2]), int(rule[3:]))
        return d, d
    except (ValueError, KeyError):
        return None


# ---------------------------------------------------------------- folding and lexing


def _fold_char(c: str) -> str:
    if c in "’‘`´":
        return "'"
    if c in "–—‑":
        return "-"
    low = c.lower()
    if len(low) != 1:
        return c if len(c) == 1 else low[0]
    base = unicodedata.normalize("NFD", low)[0]
    return base


def fold(text: str) -> str:
    """Lower-case, accent-free copy of text with the same length (offsets carry over)."""
    if text.isascii():
        return text.lower()
    out = []
    for c in text:
        if c.isascii():
            out.append(c.lower())
        else:
            out.append(_fold_char(c))
    return "".join(out)


_TOKEN = re.compile(r"\d+|[^\W\d_]+'?|[-/]|[^\s\w]", re.UNICODE)


def _tokens(folded: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(folded)]


@dataclass
class Lex:
    sym: str
    value: Any
    start: int
    end: int
    word: str
    plural: bool = False


# symbols produced from the language file: key in [time.words] -> symbol
_WORD_SYMBOLS = {
    "next": "X", "last": "L", "this": "T", "ago": "A", "hence": "F", "in": "I", "within": "K",
    "start": "s", "mid": "m", "end": "e", "by": "b", "before": "p", "after": "a", "since": "c",
    "until": "u", "approx": "~", "as_early_as": "!", "rest": "r", "from": "f", "between": "w",
    "to": "t", "and": "&", "vague": "V", "fiscal": "y", "filler": "", "week_of": "k",
    "now": "n",
}
_SYMBOLS = "M W N O Y U R H Z G Q P D y".split()
_KNOWN_UNITS = {"day", "week", "fortnight", "weekend", "month", "quarter", "half", "year", "decade",
                "century", "season", "hour", "minute", "second"}  # plus the word symbols above, '?' unknown


@dataclass
class Lang:
    code: str
    trie: dict
    date_order: str
    ordinal_suffixes: tuple[str, ...]
    fiscal_start: int
    ambiguous: frozenset[str]
    holidays: dict[str, str]


def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(t for t, _, _ in _tokens(fold(phrase)))


@functools.cache
def _lang(code: str) -> Lang | None:
    try:
        kb = languages.load(code).get("time")
    except KeyError:
        return None
    if not kb:
        return None
    trie: dict = {}

    def add(phrase: str, sym: str, value: Any) -> None:
        toks = _phrase_tokens(phrase)
        if not toks:
            return
        node = trie
        for t in toks:
            node = node.setdefault(t, {})
        node.setdefault("\0", (sym, value))  # first definition wins

    for key, phrases in kb.get("words", {}).items():
        sym = _WORD_SYMBOLS[key]
        for p in phrases:
            add(p, sym, None)
    for phrase, off in kb.get("days", {}).items():
        add(phrase, "R", int(off))
    for i, names in enumerate(kb.get("weekdays", [])):
        for p in names:
            add(p, "W", i)
    for i, names in enumerate(kb.get("months", [])):
        for p in names:
            add(p, "M", i + 1)
    for phrase, unit in kb.get("units", {}).items():
        # plural forms are written "weeks": same unit, but "the 5th of next month" needs a singular
        add(phrase, "U", unit) if unit in _KNOWN_UNITS else add(phrase, "u+", unit[:-1])
    for phrase, n in kb.get("numbers", {}).items():
        add(phrase, "N", int(n))
    for phrase, n in kb.get("ordinals", {}).items():
        add(phrase, "O", int(n))
    for phrase, season in kb.get("seasons", {}).items():
        add(phrase, "Z", season)
    for phrase, rule in kb.get("holidays", {}).items():
        add(phrase, "H", rule)
    for phrase, years in kb.get("years", {}).items():
        add(phrase, "Y", int(years))
    for phrase, expansion in kb.get("expansions", {}).items():
        add(phrase, "=", fold(expansion))
    return Lang(
        code=code,
        trie=trie,
        date_order=kb.get("date_order", "dmy"),
        ordinal_suffixes=tuple(sorted((fold(s) for s in kb.get("ordinal_suffixes", [])), key=len, reverse=True)),
        fiscal_start=int(kb.get("fiscal_year_start_month", 1)),
        ambiguous=frozenset(fold(w) for w in kb.get("ambiguous", [])),
        holidays=dict(kb.get("holidays", {})),
    )


def _year2(v: int) -> int:
    return 2000 + v if v < 50 else 1900 + v


def _valid(y: int | None, m: int, d: int | None) -> bool:
    if not 1 <= m <= 12:
        return False
    if d is None:
        return True
    return 1 <= d <= calendar.monthrange(y or 2000, m)[1]


_LITERALS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)"), "ymd"),
    (re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?!\d)"), "xy"),
    (re.compile(r"(?<![\d.])(\d{8})(?!\d)"), "compact"),
    (re.compile(r"(\d{4}) *[-/.] *(\d{1,2})(?![\d/.-]?\d)"), "ym"),
    (re.compile(r"(?<![\d/])(\d{1,2}) *[-/.] *(\d{4})(?![\d/.-]?\d)"), "my"),
    (re.compile(r"(?<![\d/.])(\d{1,2}) ?/ ?(\d{1,2})(?! ?[\d/])"), "x"),
    (re.compile(r"(?<![\d/.])(\d{1,2})\.(\d{1,2})\.(?!\d)"), "xdot"),
    (re.compile(r"(?<!\w)(\d{4})\s?-?\s?([qt])([1-4])(?!\w)"), "yq"),
    (re.compile(r"(?<!\w)([qt])([1-4])(?:\s?-?\s?('?\d{4}|'\d{2}))?(?!\w)"), "qy"),
    (re.compile(r"(?<!\w)([1-4])q(?:\s?(\d{4}))?(?!\w)"), "nq"),
    (re.compile(r"(?<!\w)(\d{4})\s?-?\s?h([12])(?!\w)"), "yh"),
    (re.compile(r"(?<!\w)h([12])(?:\s?-?\s?(\d{4}))?(?!\w)"), "hy"),
    (re.compile(r"(?<!\w)fy\s?-?\s?'?(\d{4}|\d{2})(?!\w)"), "fy"),
    (re.compile(r"(?<!\w)(\d{3})0 ?'?s(?!\w)"), "decade"),
    (re.compile(r"(?<![\w'])'?([1-9]0) ?'?s(?!\w)"), "decade2"),
    (re.compile(r"(?<![\w'])'(\d{2})(?!\w)"), "y2"),
]


_DIGIT = re.compile(r"\d")


def _literal(kind: str, m: re.Match[str], lang: Lang) -> list[tuple[str, Any]] | None:
    g = m.groups()
    if kind == "ymd":
        y, mo, d = int(g[0]), int(g[1]), int(g[2])
        return [("G", (y, mo, d))] if _valid(y, mo, d) else None
    if kind == "compact":
        s = g[0]
        y, mo, d = int(s[:4]), int(s[4:6]), int(s[6:])
        return [("G", (y, mo, d))] if 1000 <= y <= 2199 and _valid(y, mo, d) else None
    if kind in ("xy", "x", "xdot"):
        a, b = int(g[0]), int(g[2] if kind == "xy" else g[1])
        y = None
        if kind == "xy":
            y = int(g[3]) if len(g[3]) == 4 else _year2(int(g[3]))
        mo, d = (a, b) if lang.date_order == "mdy" else (b, a)
        if not _valid(y, mo, d):
            mo, d = d, mo
        if not _valid(y, mo, d):
            return None
        return [("G", (y, mo, d))]
    if kind == "ym":
        y, mo = int(g[0]), int(g[1])
        return [("G", (y, mo, None))] if 1000 <= y <= 2199 and _valid(y, mo, None) else None
    if kind == "my":
        mo, y = int(g[0]), int(g[1])
        return [("G", (y, mo, None))] if 1000 <= y <= 2199 and _valid(y, mo, None) else None
    if kind == "yq":
        return [("Q", (int(g[2]), int(g[0])))]
    if kind == "qy":
        y = g[2]
        yv = None if y is None else (int(y) if len(y.lstrip("'")) == 4 else _year2(int(y.lstrip("'"))))
        return [("Q", (int(g[1]), yv))]
    if kind == "nq":
        return [("Q", (int(g[0]), int(g[1]) if g[1] else None))]
    if kind == "yh":
        return [("P", (int(g[1]), int(g[0])))]
    if kind == "hy":
        return [("P", (int(g[0]), int(g[1]) if g[1] else None))]
    if kind == "fy":
        y = int(g[0]) if len(g[0]) == 4 else _year2(int(g[0]))
        return [("y", None), ("Y", y)]
    if kind == "decade2":
        return [("D", _year2(int(g[0])))]
    if kind == "decade":
        return [("D", int(g[0]) * 10)]
    if kind == "y2":
        return [("Y", _year2(int(g[0])))]
    return None


def _lex(folded: str, lang: Lang, depth: int = 0) -> list[Lex]:
    """Lexemes of a folded text (fillers and punctuation dropped, unknown words as '?')."""
    spans: list[tuple[int, int, list[tuple[str, Any]]]] = []
    taken = bytearray(len(folded))
    for rx, kind in (_LITERALS if _DIGIT.search(folded) else ()):  # every literal has a digit
        for m in rx.finditer(folded):
            if any(taken[m.start():m.end()]):
                continue
            lits = _literal(kind, m, lang)
            if lits:
                spans.append((m.start(), m.end(), lits))
                taken[m.start():m.end()] = b"\1" * (m.end() - m.start())
    toks = [t for t in _tokens(folded) if not taken[t[1]]]
    out: list[Lex] = []
    for s, e, lits in spans:
        for sym, val in lits:
            out.append(Lex(sym, val, s, e, folded[s:e]))
    i = 0
    n = len(toks)
    while i < n:
        tok, s, e = toks[i]
        # longest phrase from the language file
        node = lang.trie
        best = None
        j = i
        while j < n and toks[j][0] in node:
            node = node[toks[j][0]]
            j += 1
            if "\0" in node:
                best = (j, node["\0"])
        if best is not None:
            j, (sym, val) = best
            if sym == "=" and depth < 2:  # abbreviation: lex its expansion, keep the original offsets
                for x in _lex(val, lang, depth + 1):
                    out.append(Lex(x.sym, x.value, s, toks[j - 1][2], folded[s:toks[j - 1][2]]))
                i = j
                continue
            if sym == "u+":
                out.append(Lex("U", val, s, toks[j - 1][2], folded[s:toks[j - 1][2]], True))
            elif sym:
                out.append(Lex(sym, val, s, toks[j - 1][2], folded[s:toks[j - 1][2]]))
            i = j
            continue
        if tok.isdigit():
            v = int(tok)
            suffix = None
            # ordinal suffix written apart by the tokenizer: "15th", "1er", "3."
            if i + 1 < n and toks[i + 1][1] == e:
                nxt = toks[i + 1][0]
                if nxt in lang.ordinal_suffixes:
                    suffix = toks[i + 1]
            if suffix is not None and v <= 31:
                out.append(Lex("O", v, s, suffix[2], folded[s:suffix[2]]))
                i += 2
                continue
            if len(tok) == 4 and 1000 <= v <= 2199:
                out.append(Lex("Y", v, s, e, tok))
            elif len(tok) <= 3:
                out.append(Lex("N", v, s, e, tok))
            else:
                out.append(Lex("?", None, s, e, tok))
            i += 1
            continue
        if tok in "-/":
            out.append(Lex("t", None, s, e, tok))
        elif tok[0].isalpha():
            # glued ordinal like "15th" comes as digits+letters; here plain unknown word
            out.append(Lex("?", None, s, e, tok))
        i += 1
    out.sort(key=lambda x: (x.start, x.end))
    keep = []
    for k, x in enumerate(out):
        if x.sym == "t" and 0 < k < len(out) - 1:
            a, b = out[k - 1], out[k + 1]
            if a.end == x.start and x.end == b.start and {a.sym, b.sym} & {"M"} and {a.sym, b.sym} & set("NOY"):
                continue  # 2019-aug-01, jan/3
        keep.append(x)
    out = keep
    # "in" introduces a count ("in 2 weeks"); elsewhere ("in March") it is a filler
    return [x for k, x in enumerate(out) if x.sym != "I" or (k + 1 < len(out) and out[k + 1].sym == "N")]


# ---------------------------------------------------------------- rules

# Macros in rule patterns (regexes over the symbol string).
_MACROS = {
    "DAY": "[NO]",
    "REL": "[XLT]",
    "NUM": "[NO]",
}


def _pat(p: str) -> str:
    p = p.replace(" ", "")
    for k, v in _MACROS.items():
        p = p.replace("{" + k + "}", v)
    return p


def _vals(lx: list[Lex], sym: str) -> list[Any]:
    return [x.value for x in lx if x.sym == sym]


def _one(lx: list[Lex], sym: str, default: Any = None) -> Any:
    for x in lx:
        if x.sym == sym:
            return x.value
    return default


def _rel(lx: list[Lex]) -> int | None:
    """+1 next, -1 last, 0 this, None when absent."""
    for x in lx:
        if x.sym == "X":
            return 1
        if x.sym == "L":
            return -1
        if x.sym == "T":
            return 0
    return None


def _future_month(ref: date, m: int) -> int:
    return ref.year if m >= ref.month else ref.year + 1


def _future_day(ref: date, m: int, d: int) -> date | None:
    for y in (ref.year, ref.year + 1, ref.year + 2, ref.year + 3, ref.year + 4):
        if _valid(y, m, d):
            cand = date(y, m, d)
            if cand >= ref:
                return cand
    return None


def _r_date(lx: list[Lex]) -> Resolver | None:
    """Day and month names with optional year and weekday: 'March 3', '3 marzo 2021'."""
    m = _one(lx, "M")
    days = [x.value for x in lx if x.sym in "NO"]
    y = _one(lx, "Y")
    if not days or m is None:
        return None
    d = days[0]
    if not _valid(y, m, d):
        return None
    wd = _one(lx, "W")

    def res(ref: date) -> Res | None:
        if y is not None:
            x = date(y, m, d)
        elif wd is not None:
            # the year whose date falls on that weekday, nearest to ref
            fut = _future_day(ref, m, d)
            near = [date(yy, m, d) for yy in (ref.year - 1, ref.year, ref.year + 1) if _valid(yy, m, d)]
            near = [c for c in near if c.weekday() == wd and abs((c - ref).days) <= 366]
            x = fut if fut is None or fut.weekday() == wd or not near else min(near, key=lambda c: abs((c - ref).days))
            if x is None:
                return None
        else:
            x = _future_day(ref, m, d)
            if x is None:
                return None
        return x, x, "day"

    return res


def _r_numeric(lx: list[Lex]) -> Resolver | None:
    y, m, d = _one(lx, "G")
    if y is None and _one(lx, "Y") is not None:
        y = _one(lx, "Y")

    def res(ref: date) -> Res | None:
        if d is None:
            s, e = _month(y, m)
            return s, e, "month"
        if y is not None:
            x = date(y, m, d)
        else:
            x = _future_day(ref, m, d)
            if x is None:
                return None
        return x, x, "day"

    return res


def _r_month(lx: list[Lex]) -> Resolver | None:
    ms = _vals(lx, "M")
    m = ms[0]
    y = _one(lx, "Y")
    r = _rel(lx)

    def res(ref: date) -> Res | None:
        if y is not None:
            yy = y
        elif r == 1:
            yy = ref.year if m > ref.month else ref.year + 1
        elif r == -1:
            yy = ref.year if m < ref.month else ref.year - 1
        elif r == 0:
            yy = ref.year
        else:
            yy = _future_month(ref, m)
        s, e = _month(yy, m)
        return s, e, "month"

    return res


def _r_year(lx: list[Lex]) -> Resolver | None:
    y = _one(lx, "Y")
    fiscal = any(x.sym == "y" for x in lx)

    def res(ref: date) -> Res | None:
        return date(y, 1, 1), date(y, 12, 31), "year"

    return _fiscal(y) if fiscal else res


_FISCAL_START = [1]


def _fiscal(y: int) -> Resolver:
    start = _FISCAL_START[0]

    def res(ref: date) -> Res | None:
        if start == 1:
            return date(y, 1, 1), date(y, 12, 31), "fiscal_year"
        s = date(y - 1, start, 1)
        return s, _add_months(s, 12) - timedelta(days=1), "fiscal_year"

    return res


def _r_decade(lx: list[Lex]) -> Resolver | None:
    y0 = _one(lx, "D")
    return lambda ref: (date(y0, 1, 1), date(y0 + 9, 12, 31), "decade")


def _r_relday(lx: list[Lex]) -> Resolver | None:
    off = sum(x.value for x in lx if x.sym == "R")

    def res(ref: date) -> Res | None:
        x = ref + timedelta(days=off)
        return x, x, "day"

    return res


def _r_weekday(lx: list[Lex]) -> Resolver | None:
    wd = _one(lx, "W")
    r = _rel(lx)
    unit = _one(lx, "U")
    week_ctx = unit == "week"

    def res(ref: date) -> Res | None:
        if week_ctx:  # "wednesday of next week"
            ws = _week(ref)[0] + timedelta(days=7 * (r or 0))
            x = ws + timedelta(days=wd)
        elif r in (1, -1):  # next/last Friday: the Friday of next/last week
            x = _week(ref)[0] + timedelta(days=7 * r + wd)
        else:  # a bare weekday is the next one, the reference day included (news: "on Friday")
            x = ref + timedelta(days=(wd - ref.weekday()) % 7)
        return x, x, "day"

    return res


def _unit_window(unit: str, ref: date, n: int) -> Res:
    if unit == "season":
        return _season_rel(ref, n)
    s, e = _period(unit, _shift(unit, ref, n))
    return s, e, unit


def _season_of(ref: date) -> tuple[str, int]:
    for name in ("winter", "spring", "summer", "autumn"):
        for y in (ref.year - 1, ref.year):
            s, e = _season(name, y)
            if s <= ref <= e:
                return name, y
    return "winter", ref.year


_SEASON_ORDER = ["spring", "summer", "autumn", "winter"]


def _season_rel(ref: date, n: int) -> Res:
    name, y = _season_of(ref)
    i = _SEASON_ORDER.index(name) + n
    y += i // 4
    s, e = _season(_SEASON_ORDER[i % 4], y)
    return s, e, "season"


def _r_unit(lx: list[Lex]) -> Resolver | None:
    """this/next/last week, il mese prossimo, l'anno scorso; 'the year' alone = this year."""
    unit = _one(lx, "U")
    r = _rel(lx) or 0
    # "the year after next" / "the week before last"
    n_rel = sum(1 for x in lx if x.sym in "XL")
    if n_rel >= 2:
        r = r * n_rel
    if unit in ("hour", "minute", "second"):
        return None
    return lambda ref: _unit_window(unit, ref, r)


def _r_count(lx: list[Lex]) -> Resolver | None:
    """in 2 weeks, 3 days ago, 2 weeks from now -> one day; next/last/within N units -> a span."""
    n = _one(lx, "N")
    if n is None:
        n = 1
    unit = _one(lx, "U")
    if unit in ("hour", "minute", "second"):
        unit_days = None
    syms = {x.sym for x in lx}
    if unit not in _UNIT_DAYS and unit not in _UNIT_MONTHS:
        if unit in ("hour", "minute"):
            return lambda ref: (ref, ref, "day") if "A" not in syms else None
        return None
    if "A" in syms:
        return lambda ref: (lambda x: (x, x, "day"))(_shift(unit, ref, -n))
    if "K" in syms:
        return lambda ref: (ref, _shift(unit, ref, n), "interval")
    if "X" in syms or ("L" in syms and "I" not in syms):
        sign = 1 if "X" in syms else -1
        if unit == "day":
            if sign > 0:
                return lambda ref: (ref + timedelta(days=1), ref + timedelta(days=n), "interval")
            return lambda ref: (ref - timedelta(days=n), ref - timedelta(days=1), "interval")

        def res(ref: date) -> Res:
            cur = _period(unit, ref)
            if sign > 0:
                s = _period(unit, _shift(unit, cur[0], 1))[0]
                e = _period(unit, _shift(unit, cur[0], n))[1]
            else:
                s = _period(unit, _shift(unit, cur[0], -n))[0]
                e = cur[0] - timedelta(days=1)
            return s, e, "interval"

        return res
    return lambda ref: (lambda x: (x, x, "day"))(_shift(unit, ref, n))


def _r_quarter(lx: list[Lex], size: str = "quarter") -> Resolver | None:
    lit = _one(lx, "Q" if size == "quarter" else "P")
    if lit is not None:
        q, y = lit
    else:
        q = _one(lx, "O")
        if q is None:
            q = _one(lx, "N")
        if q is None:
            return None
        y = None
    if q == -1:
        q = 4 if size == "quarter" else 2
    per = 3 if size == "quarter" else 6
    if not 1 <= q <= 12 // per:
        return None
    y = y if y is not None else _one(lx, "Y")
    r = _rel(lx)
    fiscal = any(x.sym == "y" for x in lx)
    fs = _FISCAL_START[0] if fiscal else 1

    def res(ref: date) -> Res | None:
        yy = y if y is not None else ref.year + (r or 0)
        base = date(yy, 1, 1) if fs == 1 else date(yy - 1, fs, 1)
        s = _add_months(base, per * (q - 1))
        return s, _add_months(s, per) - timedelta(days=1), size

    return res


def _r_ord_of(lx: list[Lex]) -> Resolver | None:
    """first week of March, last friday of October 2024, the 20th of next month, second week of 2021."""
    o = _one(lx, "O")
    if o is None:
        o = -1 if any(x.sym == "L" for x in lx[:1]) else _one(lx, "N")
    if o is None:
        return None
    wd = _one(lx, "W")
    unit = None
    # the unit being counted comes before the container
    units = [x.value for x in lx if x.sym == "U"]
    if any(x.sym == "k" for x in lx[:2]):
        units.insert(0, "week")
    container = _container(lx)
    if container is None:
        return None
    if wd is None and units:
        unit = units[0]
    if wd is None and unit is None:
        unit = "day"

    def res(ref: date) -> Res | None:
        c = container(ref)
        if c is None:
            return None
        cs, ce, _g = c
        if wd is not None:
            if o > 0:
                x = cs + timedelta(days=(wd - cs.weekday()) % 7 + 7 * (o - 1))
            else:
                x = ce - timedelta(days=(ce.weekday() - wd) % 7 + 7 * (-o - 1))
            return (x, x, "day") if cs <= x <= ce else None
        if unit == "day":
            x = cs + timedelta(days=o - 1) if o > 0 else ce + timedelta(days=o + 1)
            return (x, x, "day") if cs <= x <= ce else None
        if unit in ("week", "weekend"):
            if o > 0:
                first_mon = cs + timedelta(days=(0 - cs.weekday()) % 7)
                ws = first_mon + timedelta(days=7 * (o - 1))
            else:
                ws = _week(ce)[0] - timedelta(days=7 * (-o - 1))
                if unit == "week" and ws + timedelta(days=6) > ce and _g in ("year",):
                    pass
            if unit == "weekend":
                sat = (cs + timedelta(days=(5 - cs.weekday()) % 7 + 7 * (o - 1))) if o > 0 else \
                      (ce - timedelta(days=(ce.weekday() - 5) % 7 + 7 * (-o - 1)))
                return sat, sat + timedelta(days=1), "weekend"
            return ws, ws + timedelta(days=6), "week"
        if unit in _UNIT_MONTHS:
            if o > 0:
                s = _add_months(cs, _UNIT_MONTHS[unit] * (o - 1))
            else:
                s = _add_months(ce + timedelta(days=1), -_UNIT_MONTHS[unit] * (-o))
            e = _add_months(s, _UNIT_MONTHS[unit]) - timedelta(days=1)
            return s, e, unit
        return None

    return res


def _container(lx: list[Lex]) -> Resolver | None:
    """The period an ordinal counts in: a month (+year), this/next month, a year."""
    m = _one(lx, "M")
    if m is not None:
        return _r_month([x for x in lx if x.sym in "MYXLT" and not (x.sym == "L" and x is lx[0])])
    units = [x for x in lx if x.sym == "U"]
    if len(units) >= 2 or (units and any(x.sym in "XT" or (x.sym == "L" and x is not lx[0]) for x in lx)):
        u = units[-1].value
        rel_lx = [x for x in lx if x.sym in "XLT" and x is not lx[0]]
        r = _rel(rel_lx) or 0
        y = _one(lx, "Y")
        if y is not None:
            return lambda ref: _unit_window(u, date(y, 7, 1), 0)
        return lambda ref: _unit_window(u, ref, r)
    y = _one(lx, "Y")
    if y is not None:
        return lambda ref: (date(y, 1, 1), date(y, 12, 31), "year")
    return None


def _r_holiday(lx: list[Lex], lang: Lang) -> Resolver | None:
    rule = _one(lx, "H")
    y = _one(lx, "Y")
    r = _rel(lx)

    def res(ref: date) -> Res | None:
        if y is not None:
            w = _holiday(rule, y)
        else:
            cands = [w for yy in range(ref.year - 2, ref.year + 3) if (w := _holiday(rule, yy))]
            if r == -1:
                past = [w for w in cands if w[1] < ref]
                w = past[-1] if past else None
            elif r == 1:
                fut = [w for w in cands if w[0] > ref]
                w = fut[0] if fut else None
            else:
                fut = [w for w in cands if w[1] >= ref]
                w = fut[0] if fut else None
        if w is None:
            return None
        return w[0], w[1], "day" if w[0] == w[1] else "interval"

    return res


def _r_season(lx: list[Lex]) -> Resolver | None:
    name = _one(lx, "Z")
    y = _one(lx, "Y")
    r = _rel(lx)

    def res(ref: date) -> Res | None:
        if y is not None:
            s, e = _season(name, y if name != "winter" else y - 1)
            return s, e, "season"
        cur_name, cy = _season_of(ref)
        cur = _season(cur_name, cy)
        # this season's occurrence: the one containing or following ref
        cands = [_season(name, yy) for yy in range(ref.year - 2, ref.year + 3)]
        if r == -1:
            w = [c for c in cands if c[1] < ref][-1]
        elif r == 1:
            w = [c for c in cands if c[0] > cur[1]][0]
            if name != cur_name:
                w = [c for c in cands if c[0] > ref][0]
                w = [c for c in cands if c[0] > w[1]][0] if False else w
        else:
            w = [c for c in cands if c[1] >= ref][0]
        return w[0], w[1], "season"

    return res


def _r_dom(lx: list[Lex]) -> Resolver | None:
    """A bare day of the month ('the 24th'): this month if not past, else next month."""
    d = [x.value for x in lx if x.sym in "NO"][0]
    if not 1 <= d <= 31:
        return None
    wd = _one(lx, "W")

    def res(ref: date) -> Res | None:
        if wd is not None:
            cands = []
            for k in range(-12, 13):
                mm = _add_months(ref.replace(day=1), k)
                if _valid(mm.year, mm.month, d):
                    c = mm.replace(day=d)
                    if c.weekday() == wd:
                        cands.append(c)
            if not cands:
                return None
            x = min(cands, key=lambda c: (abs((c - ref).days), c < ref))
            return x, x, "day"
        mm = ref.replace(day=1)
        for _ in range(3):
            if _valid(mm.year, mm.month, d) and date(mm.year, mm.month, d) >= ref:
                x = date(mm.year, mm.month, d)
                return x, x, "day"
            mm = _add_months(mm, 1)
        return None

    return res


def _r_dom_rel_month(lx: list[Lex]) -> Resolver | None:
    """'the 20th of next month', 'il 5 del mese prossimo'."""
    d = [x.value for x in lx if x.sym in "NO"][0]
    r = _rel(lx) or 0
    if _one(lx, "U") != "month" or any(x.plural for x in lx):
        return None

    def res(ref: date) -> Res | None:
        s, e = _period("month", _add_months(ref.replace(day=1), r))
        if not _valid(s.year, s.month, d):
            return None
        x = s.replace(day=d)
        return x, x, "day"

    return res


def _r_week_of(lx: list[Lex], inner: Resolver) -> Resolver:
    def res(ref: date) -> Res | None:
        w = inner(ref)
        if w is None or w[0] is None:
            return None
        s, e = _week(w[0])
        return s, e, "week"

    return res


def _r_vague(lx: list[Lex]) -> Resolver:
    return lambda ref: (ref, ref + timedelta(days=VAGUE_HORIZON_DAYS), "vague")


def _r_now(lx: list[Lex]) -> Resolver:
    return lambda ref: (ref, ref, "day")


# (name, pattern over symbols, builder, standalone-in-sentences)
_CORE_RULES: list[tuple[str, str, Callable[[list[Lex]], Resolver | None], bool]] = [
    ("numeric", r"W?G Y?", _r_numeric, True),
    ("date_dmy", r"W? {DAY} M Y?", _r_date, True),
    ("date_mdy", r"W? M {DAY} Y?", _r_date, True),
    ("date_wd_d", r"W {DAY}", _r_dom, True),
    ("ord_of", r"[OLN] (?:W|U|k) (?:M Y?|{REL} U|U {REL}|Y|U Y|U)", _r_ord_of, True),
    ("dom_rel_month", r"{DAY} (?:{REL} U|U {REL})", _r_dom_rel_month, True),
    ("quarter_lit", r"y? [QP] (?:y?Y)?", None, True),
    ("quarter", r"O U (?:y?Y|{REL} U|U {REL}|y U)?", None, True),
    ("rel_quarter", r"{REL} O U", None, True),
    ("count_in", r"I {NUM}? U (?:[FA])?", _r_count, True),
    ("count_ago", r"{NUM}? U [FA]|A {NUM}? U", _r_count, True),
    ("count_next", r"(?:[XL] {NUM} U|{NUM} [XL] U|{NUM} U [XL]|K I? {NUM}? U)", _r_count, True),
    ("count_wd", r"{NUM} W [FAX]", None, True),
    ("month_rel", r"{REL} M|M {REL}", _r_month, True),
    ("weekday_rel", r"W (?:{REL} U|U {REL})|{REL} U W|{REL} W|W {REL}", _r_weekday, True),
    ("unit_rel", r"{REL}+ U|U {REL}+", _r_unit, True),
    ("holiday", r"{REL}? H (?:{REL}|Y)?", None, True),
    ("season", r"{REL}? Z (?:{REL}|Y)?", _r_season, True),
    ("month_year", r"M y?Y?", _r_month, True),
    ("fiscal_year", r"y (?:Y|{REL} U|U {REL}|U Y)", None, True),
    ("week_n", r"U N (?:Y|{REL} U|U {REL})?", None, True),
    ("year_month", r"Y M", _r_month, True),
    ("year", r"U? Y", _r_year, True),
    ("decade", r"D", _r_decade, True),
    ("relday", r"R+", _r_relday, True),
    ("weekday", r"W", _r_weekday, True),
    ("vague", r"V", _r_vague, True),
    ("now", r"n", _r_now, True),
    ("the_unit", r"U", None, False),
    ("dom", r"{DAY}", _r_dom, False),
]


# ---------------------------------------------------------------- compiled grammar per language


@dataclass
class Grammar:
    lang: Lang
    core: list[tuple[str, re.Pattern[str], bool]]


@functools.cache
def _grammar(code: str) -> Grammar | None:
    lang = _lang(code)
    if lang is None:
        return None
    core = [(name, re.compile(_pat(p)), ok) for name, p, _b, ok in _CORE_RULES]
    return Grammar(lang, core)


_BUILDERS = {name: b for name, _p, b, _ok in _CORE_RULES}


def _build(name: str, lx: list[Lex], lang: Lang) -> Resolver | None:
    _FISCAL_START[0] = lang.fiscal_start
    if name in ("quarter_lit", "quarter", "rel_quarter"):
        lit = _one(lx, "P")
        units = _vals(lx, "U")
        if lit is not None or (units and units[0] == "half"):
            return _r_quarter(lx, "half")
        if lit is None and _one(lx, "Q") is None and (not units or units[0] != "quarter"):
            if units and units[0] in ("week", "weekend", "day", "month") and len(units) >= 1:
                return _r_ord_of(lx) if len(units) > 1 or _one(lx, "Y") or _rel(lx) is not None else None
            return None
        return _r_quarter(lx, "quarter")
    if name == "week_n":
        if _one(lx, "U") != "week":
            return None
        n, y, r = _one(lx, "N"), _one(lx, "Y"), _rel(lx) or 0

        def wk(ref: date) -> Res | None:
            yy = y if y is not None else ref.year + r
            try:
                s = date.fromisocalendar(yy, n, 1)
            except ValueError:
                return None
            return s, s + timedelta(days=6), "week"

        return wk
    if name == "count_wd":
        n, wd = _one(lx, "N") or _one(lx, "O"), _one(lx, "W")
        back = any(x.sym == "A" for x in lx)

        def cwd(ref: date) -> Res:
            if back:
                x = ref - timedelta(days=(ref.weekday() - wd) % 7 or 7) - timedelta(days=7 * (n - 1))
            else:
                x = ref + timedelta(days=(wd - ref.weekday()) % 7 or 7) + timedelta(days=7 * (n - 1))
            return x, x, "day"

        return cwd
    if name == "holiday":
        return _r_holiday(lx, lang)
    if name == "fiscal_year":
        y = _one(lx, "Y")
        if y is not None:
            return _fiscal(y)
        r = _rel(lx) or 0
        fs = lang.fiscal_start
        return lambda ref: _fiscal(ref.year + r if fs == 1 else (ref.year + 1 if ref.month >= fs else ref.year) + r)(ref)
    if name == "the_unit":
        u = _one(lx, "U")
        if u in _UNIT_MONTHS or u in ("week", "weekend"):
            return lambda ref: _unit_window(u, ref, 0)
        return None
    b = _BUILDERS[name]
    return b(lx) if b else None


@dataclass
class Node:
    res: Resolver
    i: int  # lexeme index range [i, j)
    j: int
    modifier: str | None = None
    standalone: bool = True


def _core_at(g: Grammar, syms: str, lx: list[Lex], i: int) -> Node | None:
    """Longest core rule that matches at lexeme i (ties: first rule; falls back to shorter ones)."""
    if i >= len(syms) or syms[i] in _NO_START:
        return None
    cands = []
    for k, (name, rx, ok) in enumerate(g.core):
        m = rx.match(syms, i)
        if m and m.end() > i:
            cands.append((-m.end(), k, name, ok))
    for negend, _k, name, ok in sorted(cands):
        j = -negend
        res = _build(name, lx[i:j], g.lang)
        if res is not None:
            return Node(res, i, j, None, ok)
    return None


_NO_START = frozenset("?t&fwsmebpacu~!rk")  # symbols that never start a core rule (cheap pre-filter)


# prefix modifiers: symbol -> modifier name
_PREFIX = {"s": "start", "m": "mid", "e": "end", "b": "by", "p": "before", "a": "after", "c": "since",
           "u": "until", "~": "approx", "!": "approx", "r": "rest", "I": None, "k": "week_of"}


def _part(w: Res, which: str) -> Res:
    """start/mid/end of a window (see module docstring for the split)."""
    s, e, g = w
    if s is None or e is None:
        return w
    if g == "day" or s == e:
        return w
    if g == "week" or g == "weekend":
        if which == "start":
            return s, s + timedelta(days=2), "week"
        if which == "mid":
            return s + timedelta(days=1), s + timedelta(days=4), "week"
        return e - timedelta(days=2), e, "week"
    if g == "month":
        if which == "start":
            return s, s.replace(day=10), "interval"
        if which == "mid":
            return s.replace(day=11), s.replace(day=20), "interval"
        return s.replace(day=21), e, "interval"
    # longer periods: by months when aligned
    months = (e.year - s.year) * 12 + e.month - s.month + 1
    if s.day == 1 and months >= 3 and (e + timedelta(days=1)).day == 1:
        k = max(1, months // 4)
        if months == 12:  # a year: start Jan-Mar, mid May-Aug, end Sep-Dec
            k = 3 if which == "start" else 4
        if which == "start":
            return s, _add_months(s, k) - timedelta(days=1), "interval"
        if which == "end":
            return _add_months(e + timedelta(days=1), -k), e, "interval"
        mid0 = _add_months(s, (months - k) // 2)
        return mid0, _add_months(mid0, k) - timedelta(days=1), "interval"
    n = (e - s).days + 1
    k = max(1, n // 3)
    if which == "start":
        return s, s + timedelta(days=k - 1), "interval"
    if which == "end":
        return e - timedelta(days=k - 1), e, "interval"
    return s + timedelta(days=k), e - timedelta(days=k), "interval"


def _apply(mod: str | None, res: Resolver, inner_mod: str | None) -> Resolver:
    if mod in (None, "approx"):
        return res
    if mod in ("start", "mid", "end"):
        return lambda ref: (lambda w: _part(w, mod) if w else None)(res(ref))
    if mod == "week_of":
        return _r_week_of([], res)
    if mod in ("by", "before", "until"):
        def by(ref: date) -> Res | None:
            w = res(ref)
            if w is None:
                return None
            s, e, _g = w
            if inner_mod == "end":
                last = e
            else:
                if s is None:
                    return None
                last = s - timedelta(days=1)
            if last is None:
                return None
            first = ref if ref <= last else None
            return first, last, "open"
        return by
    if mod == "after":
        return lambda ref: (lambda w: (w[1] + timedelta(days=1), None, "open") if w and w[1] else None)(res(ref))
    if mod == "since":
        return lambda ref: (lambda w: (w[0], None, "open") if w and w[0] else None)(res(ref))
    if mod == "rest":
        def rest(ref: date) -> Res | None:
            w = res(ref)
            if w is None:
                return None
            return max(ref, w[0]) if w[0] else ref, w[1], "interval"
        return rest
    return res


def _expr_at(g: Grammar, syms: str, lx: list[Lex], i: int) -> Node | None:
    """[prefix modifiers] core [ (to|and|-) [modifiers] core ]."""
    mods: list[str | None] = []
    j = i
    range_start = False
    while j < len(syms) and syms[j] in _PREFIX or (j < len(syms) and syms[j] in "fw"):
        if syms[j] in "fw":
            range_start = True
        elif syms[j] == "I" and j + 1 < len(syms) and syms[j + 1] in "NOU":
            break  # "in 2 weeks" belongs to the core
        else:
            mods.append(_PREFIX[syms[j]])
        j += 1
    core = _core_at(g, syms, lx, j)
    if core is None:
        return None
    res = core.res
    inner_mod = None
    for mod in reversed(mods):
        res = _apply(mod, res, inner_mod)
        inner_mod = mod if mod is not None else inner_mod
    modifier = next((m for m in mods if m), None)
    node = Node(res, i, core.j, modifier, core.standalone or bool(mods))
    # range: X to Y / between X and Y / X - Y
    k = core.j
    if k < len(syms) and syms[k] in "t&u" and (range_start or syms[k] in "tu"):
        right = _expr_at(g, syms, lx, k + 1)
        if right is not None:
            left_res = res
            right_res = right.res
            exclusive_to = False

            def rng(ref: date, left_res=left_res, right_res=right_res) -> Res | None:
                a = left_res(ref)
                b = right_res(ref)
                if a is None or b is None or a[0] is None or b[1] is None:
                    return None
                s, e = a[0], b[1]
                if b[2] not in ("day", "open") and b[0] is not None and b[0] > s:
                    e = b[0] - timedelta(days=1)  # "from 2010 to 2018": up to the start of 2018
                if e < s:
                    # "13 - 15 July": the left side lacks the month/year of the right
                    return None
                return s, e, "interval"

            return Node(rng, i, right.j, None, True)
        # "from 13 to 15 July": left is a bare day number that takes its month from the right
    if range_start and not mods:  # "from March" without an end: open from there
        node.res = _apply("since", res, None)
        node.modifier = "since"
    return node


def _partial_range(g: Grammar, syms: str, lx: list[Lex], i: int) -> Node | None:
    """Day or month ranges that share their month/year: '13-15 July', 'jan-feb 2017', 'dal 3 al 5 marzo'."""
    m = _RANGE_RX.match(syms, i)
    if not m:
        return None
    j = m.end()
    part = lx[i:j]
    nums = [x for x in part if x.sym in "NO"]
    months = [x for x in part if x.sym == "M"]
    y = _one(part, "Y")
    if m.group("d"):
        d1, d2 = nums[0].value, nums[-1].value
        if len(months) == 2:
            m1, m2 = months[0].value, months[1].value
        elif len(months) == 1:
            m1 = m2 = months[0].value
        else:
            m1 = m2 = None

        def res(ref: date) -> Res | None:
            if m1 is None:
                a = _r_dom([nums[0]])(ref)
                if a is None:
                    return None
                mm, yy = a[0].month, a[0].year
                if not _valid(yy, mm, d2) or d2 < d1:
                    return None
                return a[0], date(yy, mm, d2), "interval"
            yy = y if y is not None else _future_month(ref, m1)
            if not (_valid(yy, m1, d1) and _valid(yy, m2, d2)):
                return None
            s, e = date(yy, m1, d1), date(yy, m2, d2)
            if y is None and e < ref:
                s, e = s.replace(year=yy + 1), e.replace(year=yy + 1)
            return (s, e, "interval") if s <= e else None

        return Node(res, i, j, None, bool(months))
    m1, m2 = months[0].value, months[-1].value

    def mres(ref: date) -> Res | None:
        yy = y if y is not None else _future_month(ref, m1)
        y2 = yy if m2 >= m1 else yy + 1
        return _month(yy, m1)[0], _month(y2, m2)[1], "interval"

    return Node(mres, i, j, None, True)


_RANGE_RX = re.compile(
    r"[fw]?(?:(?P<d>[NO][t&u][NO](?:M[t&u]?)?M?Y?)|(?P<dm>)[NO]M[t&u][NO]MY?|M[t&u]MY?)"
)


def _best_at(g: Grammar, syms: str, lx: list[Lex], i: int) -> Node | None:
    a = _expr_at(g, syms, lx, i)
    b = _partial_range(g, syms, lx, i)
    if b is not None and (a is None or b.j >= a.j):
        return b
    return a


def _lexed(text: str, lang: Lang) -> tuple[str, list[Lex]]:
    lx = _lex(fold(text), lang)
    return "".join(x.sym for x in lx), lx


def _window(text: str, node: Node, lx: list[Lex], ref: datetime | date, precision: str | None) -> Window | None:
    s0, s1 = span(ref, precision if precision in ("year", "month") else "day")
    a = node.res(s0)
    b = a if s1 == s0 else node.res(s1)
    if a is None or b is None:
        return None
    earliest, latest, grain = a[0], b[1], a[2]
    if s1 != s0 and (a[0], a[1]) != (b[0], b[1]) and grain not in ("open", "vague"):
        grain = "interval" if grain not in ("interval",) else grain
    if earliest is not None and latest is not None and latest < earliest:
        return None
    start, end = lx[node.i].start, lx[node.j - 1].end
    return Window(text[start:end], start, end, earliest, latest, grain, node.modifier)


def normalise(expression: str, lang: str, ref: datetime, ref_precision: str | None = "day") -> Window | None:
    """The whole string is one time expression (used by `rumourmill timex`).

    The longest parse starting at the first lexeme that can start one wins; words the
    grammar does not know around it are ignored. None when nothing is recognised or the
    language has no `[time]` table.
    """
    g = _grammar(lang)
    if g is None or ref is None:
        return None
    syms, lx = _lexed(expression, g.lang)
    best: Node | None = None
    for i in range(len(syms)):
        if syms[i] == "?":
            continue
        node = _best_at(g, syms, lx, i)
        if node is not None and (best is None or node.j - node.i > best.j - best.i):
            best = node
            if node.i == 0 and node.j == len(syms):
                break
    if best is None:
        return None
    return _window(expression, best, lx, ref, ref_precision)


def find_windows(sentence: str, lang: str, ref: datetime, ref_precision: str | None = "day") -> list[Window]:
    """Every time expression inside a sentence, with offsets (used by the claim extractor).

    Left to right, longest match first; bare numbers, bare unit words and single ambiguous
    words (English "may", "march", "sun") are not taken on their own.
    """
    g = _grammar(lang)
    if g is None or ref is None:
        return []
    syms, lx = _lexed(sentence, g.lang)
    out: list[Window] = []
    i = 0
    while i < len(syms):
        node = _best_at(g, syms, lx, i)
        if node is None or not node.standalone or (
            node.j - node.i == 1 and lx[node.i].word in g.lang.ambiguous
        ):
            i += 1
            continue
        w = _window(sentence, node, lx, ref, ref_precision)
        if w is not None:
            out.append(w)
        i = node.j
    return out
