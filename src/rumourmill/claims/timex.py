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
   words become "?", an English possessive loses its "'s" ("next week's vote"). Digit
   patterns (2021-03-04, 3/4, Q3, H2, FY24, 1990s) are literals; number words in a row
   make one number ("two thousand and twenty", "nineteen eighty six",
   "duemiladiciotto" split into its parts), a year when it is one.
2. **Grammar.** Rules are regular expressions over the symbol string ("XU" = next
   week, "ONM" ...); both word orders are accepted where languages differ ("U X" =
   "la settimana prossima"). Each rule builds a resolver: a function from a reference
   day to (earliest, latest, grain). Prefixes (start/mid/end, by/before/after/since,
   approx, as-early-as, later-in) and ranges (from X to Y, between X and Y) wrap resolvers.
3. **Span.** A reference known only to the month/year is a span (`rumourmill.dates.span`):
   the resolver runs at its first and last day; earliest comes from the first run,
   latest from the last.

Conventions (those of the evaluation corpora where they agree; see eval/README.md; where they
disagree, the reading that suits forecasts in news): weeks run Monday..Sunday, and a week
belongs to the month/year holding most of its days (ISO: "the first week of 2015" starts on 29
December 2014); the weekend is Saturday..Sunday (Recognizers-Text; Duckling starts it on Friday
evening), the working week Monday..Friday; "in 2 weeks" / "3 days ago" are single days, "in 2 years" / "3 years ago" a month
(nobody counts years to the day); "within 3 days" counts today as day one (ref..ref+2); "next 3
days" is ref+1..ref+3 and "next 3 months" the three whole months after the current one
(Duckling's calendar units, not Recognizers' rolling ones); ranges include both ends ("between
2024 and 2026" takes in 2026; Recognizers-Text reads them end-exclusive, which would expire
forecasts a period early); a year-less left end is the last one before the right end ("May to
October 2020", "from 4 to 22 this month"), a bare right end the first one after the left ("April
27 to the 3rd", "next Monday to Friday"), and a range with no year at all is the first that has
not ended ("August to October" said in September: this year's); bare months, weekdays,
day-of-month, quarters and holidays prefer the future (today included: news says "on Monday" of
the day it is published), a weekday + day of month is this month's if the weekday fits, else the
next month's that does; start and end take halves ("early June" /
"a principios de junio" = 1-15 June, "late March" = 16-31 March, "early next year" = January-June,
"end of the year" = July-December: Recognizers-Text's reading and the project's annotation rules;
Duckling's thirds, 1-10 / 21-end and January-March / September-December, would expire a "late
March" claim fulfilled on 18 March) and "mid" the middle: 11-20 of a month, May-August of a year;
a month's halves and "quincena"s are likewise 1-15 / 16-end, a week's Mon-Wed / Thu-Sun, while
start/mid/end of a week are Mon-Wed / Tue-Fri / Fri-Sun (Duckling's; Recognizers-Text ends it on
Thursday) and of a longer period (quarter, decade) its first / middle / last quarter of its
length (TempEval/MEANTIME take the whole unit); "by X" runs from
the reference through X when X is a month, quarter, half, year or decade ("entro marzo", "by the
first half of 2024", "hasta junio de 2028": a forecast that comes true in March holds), when X is
itself "the start/middle/end of ..." ("by mid-2025" ends in August; also "antes de que termine",
"d'ici la fin") or when X is under way ("by Friday" said on Friday); otherwise, for a day or a
season, to the day before X, as the public corpora read "by Friday" ("by summer": as it begins);
"until X" likewise; "X at the latest" ("spätestens X", "au plus tard en X") runs to the
end of X; "no earlier than X", "X at the earliest" open at X; "before X" likewise, with an open
start when X is already past; "after X" (also "greater than X") opens after X (on X itself when
X is a single day), "since X", "X or later", ">= X" open at X; "more than 2 weeks ago / before X"
is open up to the day before the point, "more than 2 weeks after X" open from the point, "less
than 2 weeks from X" runs from X to the day before the point; "3 days after Easter" is one day,
"two weeks starting May 20" a span; "Wednesday in two weeks", "in 3 days on Friday" the weekday
in the point's week; business days are Monday..Friday (public holidays not known); a holiday's
weekend ("Labor Day weekend") runs from the Saturday before a Monday/Tuesday holiday, or from a
Wednesday..Friday holiday to the Sunday after; "the first/last days of X" are the start/end of X;
"noch in diesem Jahr" is the rest of the year; seasons are astronomical (northern hemisphere);
fixed-date holidays may move off a weekend ('04-27/sun-1'); Jewish holidays start on the eve,
Islamic ones follow the tabular calendar (a day or two from the sighted one), Orthodox ones
Julian Easter, Hindu ones the lunar day (tithi) computed from the Sun and the Moon (see
`_hindu`); "the day" alone is the reference day; fiscal years are calendar years unless the
language file sets `fiscal_year_start_month`. Vague words ("soon", "presto") give grain "vague"
from the reference to `VAGUE_HORIZON_DAYS` (90) days later.

Grains: day, week, weekend, month, quarter, half, season, year, decade, fiscal_year,
interval (ranges and spans of several units), open (one side None), vague.
Modifiers: start, mid, end, by, before, until, after, since, approx, as_early_as (X itself, or
open from X when X is past: "as early as 2019", "dès 2020"), rest (later this X),
earlier (earlier this X: up to the day before the reference), None.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import heapq
import math
import operator
import re
import unicodedata

try:  # the regex parser, to index rules by the symbols they start with
    import re._constants as _sre
    import re._parser as _sre_parse
except ImportError:  # Python < 3.11
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]
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


def _days_in(y: int, m: int) -> int:
    """calendar.monthrange(y, m)[1] (m in 1..12), without its weekday computation."""
    if m == 2 and y % 4 == 0 and (y % 100 != 0 or y % 400 == 0):
        return 29
    return calendar.mdays[m]


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return date(y, m + 1, min(d.day, _days_in(y, m + 1)))


def _month(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), date(y, m, _days_in(y, m))  # date() refuses a bad month first


def _week(d: date) -> tuple[date, date]:
    s = d - timedelta(days=d.weekday())
    return s, s + timedelta(days=6)


_UNIT_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}
_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14, "weekend": 7, "workweek": 7, "busday": 1}


def _period(unit: str, d: date) -> tuple[date, date]:
    """The calendar unit (week, month, quarter, ...) that contains d."""
    if unit == "day" or unit == "busday":
        return d, d
    if unit == "week":
        return _week(d)
    if unit == "fortnight":
        s = _week(d)[0]
        return s, s + timedelta(days=13)
    if unit == "weekend":
        s = _week(d)[0] + timedelta(days=5)
        return s, s + timedelta(days=1)
    if unit == "workweek":  # Monday to Friday
        s = _week(d)[0]
        return s, s + timedelta(days=4)
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
    if unit == "busday":  # business days: Monday to Friday (public holidays are not known)
        step = 1 if n > 0 else -1
        for _ in range(abs(n)):
            d += timedelta(days=step)
            while d.weekday() >= 5:
                d += timedelta(days=step)
        return d
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


# Lunar calendars, arithmetically (Reingold & Dershowitz, "Calendrical Calculations"); dates are
# proleptic Gregorian ordinals, the same count as date.toordinal().
_HEBREW_EPOCH = -1373427
_ISLAMIC_EPOCH = 227014  # 15 July 622 (Julian): the astronomical epoch, a day before the civil one


def _hebrew_elapsed(y: int) -> int:
    months = (235 * y - 234) // 19
    day = months * 29 + (12084 + 13753 * months) // 25920
    return day + 1 if (3 * (day + 1)) % 7 < 3 else day


def _hebrew_new_year(y: int) -> int:
    ny0, ny1, ny2 = _hebrew_elapsed(y - 1), _hebrew_elapsed(y), _hebrew_elapsed(y + 1)
    corr = 2 if ny2 - ny1 == 356 else 1 if ny1 - ny0 == 382 else 0
    return _HEBREW_EPOCH + ny1 + corr


def _hebrew_leap(y: int) -> bool:
    return (7 * y + 1) % 19 < 7


def _hebrew_month_days(y: int, m: int) -> int:
    """Months count from Nisan (1); Tishri (7) starts the year; Adar II (13) only in leap years."""
    length = _hebrew_new_year(y + 1) - _hebrew_new_year(y)
    if m in (2, 4, 6, 10, 13) or (m == 12 and not _hebrew_leap(y)):
        return 29
    if (m == 8 and length % 10 != 5) or (m == 9 and length % 10 == 3):
        return 29
    return 30


def _hebrew(y: int, m: int, d: int) -> date:
    """Gregorian date of day d of month m of Hebrew year y ('adar' = 12 means Adar II in leap years)."""
    if m == 12 and _hebrew_leap(y):
        m = 13
    n = _hebrew_new_year(y) + d - 1
    last = 13 if _hebrew_leap(y) else 12
    months = list(range(7, m)) if m >= 7 else list(range(7, last + 1)) + list(range(1, m))
    return date.fromordinal(n + sum(_hebrew_month_days(y, mm) for mm in months))


def _islamic(y: int, m: int, d: int) -> date:
    """Tabular (arithmetical) Islamic calendar with the astronomical (Thursday 15 July 622) epoch:
    within a day of the Umm al-Qura and sighted calendars."""
    return date.fromordinal(d + 29 * (m - 1) + (6 * m - 1) // 11 + (y - 1) * 354 + (3 + 11 * y) // 30
                            + _ISLAMIC_EPOCH - 1)


def _orthodox_easter(y: int) -> date:
    """Julian-calendar Easter in Gregorian dates (valid 1900-2099: Julian + 13 days)."""
    a, b, c = y % 4, y % 7, y % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return date(y, month, day + 1) + timedelta(days=13)


def _new_moon(k: int) -> float:
    """Julian ephemeris day of new moon number k after January 2000 (Meeus, ch. 49; minutes)."""
    t = k / 1236.85
    e = 1 - 0.002516 * t - 0.0000074 * t * t
    m = math.radians(2.5534 + 29.1053567 * k)
    mp = math.radians(201.5643 + 385.81693528 * k + 0.0107582 * t * t)
    f = math.radians(160.7108 + 390.67050284 * k - 0.0016118 * t * t)
    om = math.radians(124.7746 - 1.56375588 * k)
    return (2451550.09766 + 29.530588861 * k + 0.00015437 * t * t
            - 0.40720 * math.sin(mp) + 0.17241 * e * math.sin(m) + 0.01608 * math.sin(2 * mp)
            + 0.01039 * math.sin(2 * f) + 0.00739 * e * math.sin(mp - m) - 0.00514 * e * math.sin(mp + m)
            + 0.00208 * e * e * math.sin(2 * m) - 0.00111 * math.sin(mp - 2 * f) - 0.00057 * math.sin(mp + 2 * f)
            + 0.00056 * e * math.sin(2 * mp + m) - 0.00042 * math.sin(3 * mp) + 0.00042 * e * math.sin(m + 2 * f)
            + 0.00038 * e * math.sin(m - 2 * f) - 0.00024 * e * math.sin(2 * mp - m) - 0.00017 * math.sin(om))


def _beijing_day(jd: float) -> date:
    return date.fromordinal(math.floor(jd + 0.5 + 8 / 24) - 1721425)


def _chinese_new_year(y: int) -> date:
    """Second new moon (Beijing time) after the December solstice of year y-1."""
    yy = (y - 1 - 2000) / 1000
    solstice = _beijing_day(2451900.05952 + 365242.74049 * yy - 0.06223 * yy ** 2 - 0.00823 * yy ** 3)
    k = math.floor((y - 1 + 11.5 / 12 - 2000) * 12.3685) - 2
    moons: list[date] = []
    while len(moons) < 2:
        d = _beijing_day(_new_moon(k))
        if d > solstice:
            moons.append(d)
        k += 1
    return moons[1]


def _jd(d: date, hours_utc: float = 0.0) -> float:
    return d.toordinal() + 1721424.5 + hours_utc / 24


def _sun_long(jd: float) -> float:
    """Apparent tropical longitude of the Sun in degrees (Meeus, ch. 25; ~0.01 degree)."""
    t = (jd - 2451545.0) / 36525
    m = math.radians(357.52911 + 35999.05029 * t)
    c = (1.914602 - 0.004817 * t) * math.sin(m) + 0.019993 * math.sin(2 * m) + 0.000289 * math.sin(3 * m)
    return (280.46646 + 36000.76983 * t + c - 0.00569) % 360


def _moon_long(jd: float) -> float:
    """Tropical longitude of the Moon in degrees (Meeus, ch. 47, its largest terms; ~0.1 degree)."""
    t = (jd - 2451545.0) / 36525
    d, m, mp, f = (math.radians(x) for x in (297.8501921 + 445267.1114034 * t, 357.5291092 + 35999.0502909 * t,
                                             134.9633964 + 477198.8675055 * t, 93.2720950 + 483202.0175233 * t))
    return (218.3164477 + 481267.88123421 * t + 6.288774 * math.sin(mp) + 1.274027 * math.sin(2 * d - mp)
            + 0.658314 * math.sin(2 * d) + 0.213618 * math.sin(2 * mp) - 0.185116 * math.sin(m)
            - 0.114332 * math.sin(2 * f) + 0.058793 * math.sin(2 * d - 2 * mp) + 0.057066 * math.sin(2 * d - m - mp)
            + 0.053322 * math.sin(2 * d + mp) + 0.045758 * math.sin(2 * d - m) - 0.040923 * math.sin(m - mp)
            - 0.034720 * math.sin(d) - 0.030383 * math.sin(m + mp)) % 360


def _sidereal_sign(jd: float) -> int:
    """Zodiac sign of the Sun (0 = Mesha/Aries) in the sidereal zodiac (Lahiri ayanamsa)."""
    ayanamsa = 23.857 + (jd - 2451545.0) / 365.25 * 50.29 / 3600
    return int(((_sun_long(jd) - ayanamsa) % 360) // 30)


_HINDU_HOURS = {"": 0.5, "eve": 12.5, "moon": 14.5, "night": 18.5}  # UTC: Indian sunrise, sunset, moonrise, midnight


def _hindu(spec: str, y: int) -> tuple[date, date] | None:
    """Hindu festivals in Gregorian year y. 'M-T' is tithi T (1-15 waxing, 16-30 waning) of amanta lunar
    month M (1 = Chaitra .. 12 = Phalguna; a month is named by the Sun's sign at the new moon that opens it,
    and a leap month, two new moons in one sign, is skipped), kept on the day whose sunrise (or '@eve'
    sunset, '@moon' moonrise, '@night' midnight, Indian time) falls in it ('@eve+1': the day after);
    'nak:S-N' is the day the Moon is in nakshatra N (1-27) at sunrise while the Sun is in sign S
    (the last such day: Onam, Thiruvonam in Chingam); 'sun:S+N' is N days from the
    Sun's entry into sidereal sign S (0 = Aries), counted from the day it enters by sunset. Computed,
    not looked up: a day off where the tithi turns within an hour of the time it is kept at."""
    spec, _, at = spec.partition("@")
    if spec.startswith("nak:"):  # "nak:4-22": the Moon in nakshatra 22 at sunrise, the Sun in Leo (the
        sign, nak = (int(v) for v in spec[4:].split("-"))  # last such day of that solar month)
        d, found = date(y, 1, 1), None
        while d.year == y:
            jd = _jd(d, 0.5)
            if _sidereal_sign(jd) == sign:
                ayanamsa = 23.857 + (jd - 2451545.0) / 365.25 * 50.29 / 3600
                if int(((_moon_long(jd) - ayanamsa) % 360) // (360 / 27)) + 1 == nak:
                    found = d
                d += timedelta(days=1)
            elif found:
                break
            else:
                d += timedelta(days=8 if d.day < 10 else 1)  # to the sign's month quickly
        return (found, found) if found else None
    if spec.startswith("sun:"):
        sign, _, off = spec[4:].partition("+")
        d = date(y, 1, 1)
        prev = _sidereal_sign(_jd(d - timedelta(days=1), 12.5))
        while d.year == y:
            cur = _sidereal_sign(_jd(d, 12.5))
            if cur == int(sign) and prev != cur:
                x = d + timedelta(days=int(off or 0))
                return x, x
            prev, d = cur, d + timedelta(days=1)
        return None
    at, _, shift = at.partition("+")  # "12-15@eve+1": the day after (Holi follows Holika Dahan)
    (m, t), extent = (int(v) for v in spec.split("..")[0].split("-")), spec.partition("..+")[2]
    hours = _HINDU_HOURS[at]
    k0 = math.floor((y - 2000) * 12.3685) - 2
    moons = [_new_moon(k) for k in range(k0, k0 + 16)]
    for a, b in zip(moons, moons[1:]):
        sa = _sidereal_sign(a)
        if sa == _sidereal_sign(b) or (sa + 1) % 12 + 1 != m:
            continue
        d = date.fromordinal(math.floor(a + 0.5 + 5.5 / 24) - 1721425)  # the civil day of the new moon, India
        while _jd(d) < b + 1:
            tithi = int(((_moon_long(_jd(d, hours)) - _sun_long(_jd(d, hours))) % 360) // 12) + 1
            if _jd(d, hours) < a:
                tithi = 0
            if tithi >= t:  # a tithi that holds at no sunrise is kept on the day it runs through
                x = (d if tithi == t else d - timedelta(days=1)) + timedelta(days=int(shift or 0))
                if x.year == y:
                    return x, x + timedelta(days=int(extent or 0))
                break
            d += timedelta(days=1)
    return None


_WD_SHIFT = re.compile(r"/(mon|tue|wed|thu|fri|sat|sun)([+-]\d)")


def _lunar(rule: str, y: int) -> tuple[date, date] | None:
    """'hebrew:7-10', 'hebrew:9-25..+7', 'hebrew:5-9/sat+1', 'islamic:9-1..+29', 'islamic:10-1<fri' (the
    last Friday before) in Gregorian year y.

    Hebrew holidays begin at sundown on the eve: the window starts on the eve (as Duckling's);
    '/sat+1' moves the day when it falls on a Saturday (Tisha b'Av, Yom HaAtzmaut, ...).
    """
    cal, spec = rule.split(":")
    shifts = _WD_SHIFT.findall(spec)
    spec = _WD_SHIFT.sub("", spec)
    spec, _, before_wd = spec.partition("<")  # "islamic:10-1<fri": the last Friday before Eid al-Fitr
    if before_wd:
        w = _lunar(f"{cal}:{spec}", y)
        if w is None:
            return None
        x = w[0] - timedelta(days=(w[0].weekday() - _WD[before_wd]) % 7 or 7)
        return x, x
    first, _, extent = spec.partition("..+")
    m, d = (int(v) for v in first.split("-"))
    if cal == "hebrew":
        x = _hebrew(y + 3761 if 7 <= m <= 9 else y + 3760, m, d)  # Tishri-Kislev: autumn, new Hebrew year
        for wd, off in shifts:
            if x.weekday() == _WD[wd]:
                x += timedelta(days=int(off))
        s, e = x - timedelta(days=1), x + timedelta(days=int(extent or 0))
        return (s, e) if extent else (s, s)
    iy = (y - 622) * 33 // 32
    for yy in (iy - 1, iy, iy + 1, iy + 2):  # the first one in year y (1974 had two Eids al-Adha)
        x = _islamic(yy, m, d)
        if x.year == y:
            return x, x + timedelta(days=int(extent or 0))
    return None


@functools.lru_cache(maxsize=4096)
def _holiday(rule: str, y: int) -> tuple[date, date] | None:
    """Holiday rule from the language file for year y: 'MM-DD', 'MM-DD..MM-DD', 'easter+N',
    'orthodox+N', 'chinese+N' (days from Chinese New Year), 'MM/wd/n', 'MM-DD/wd' (first such
    weekday on or after), 'MM-DD/sat-1/sun+1' (moved when it falls on that weekday),
    'year365:YYYY-MM-DD' (a day of a calendar of 365-day years, known in one year), or a lunar
    rule (see _lunar)."""
    try:
        if rule.startswith(("hebrew:", "islamic:")):
            return _lunar(rule, y)
        if rule.startswith("hindu:"):
            return _hindu(rule[6:], y)
        if ".." in rule and not rule.startswith("hindu:"):  # a span: each side is a rule of its own
            a, b = rule.split("..")
            wa, wb = _holiday(a, y), _holiday(b, y)
            if wa is None or wb is None:
                return None
            if wb[0] < wa[0]:
                wb = _holiday(b, y + 1) or wb
            return wa[0], wb[1]
        if rule.startswith("chinese"):
            x = _chinese_new_year(y) + timedelta(days=int(rule[7:] or 0))
            return x, x
        if rule.startswith("year365:"):  # a calendar of 365-day years (the Parsi Shahenshahi one)
            base = date.fromisoformat(rule[8:])
            x = base + timedelta(days=365 * (y - base.year))
            return (x, x) if x.year == y else None
        if rule.startswith("orthodox"):
            x = _orthodox_easter(y) + timedelta(days=int(rule[8:] or 0))
            return x, x
        if rule.startswith("easter"):
            off = int(rule[6:] or 0)
            d = _easter(y) + timedelta(days=off)
            return d, d
        if _WD_SHIFT.search(rule) and rule[2:3] == "-":  # "04-27/sun-1": a day before when a Sunday
            x = date(y, int(rule[:2]), int(rule[3:5]))
            for wd, off in _WD_SHIFT.findall(rule):
                if x.weekday() == _WD[wd]:
                    x += timedelta(days=int(off))
                    break
            return x, x
        if "/" in rule and "-" in rule.split("/")[0]:  # "11-20/sun": the first Sunday on or after 20 Nov
            md, wd = rule.split("/")
            d = date(y, int(md[:2]), int(md[3:]))
            d += timedelta(days=(_WD[wd] - d.weekday()) % 7)
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


class _FoldTable(dict):
    """str.translate table filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        self[code] = v = c.lower() if c.isascii() else _fold_char(c)
        return v


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lower-case, accent-free copy of text with the same length (offsets carry over)."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD)


_TOKEN = re.compile(r"\d+|[^\W\d_]+'?|[-/]|[^\s\w]", re.UNICODE)


def _tokens(folded: str) -> list[tuple[str, int, int]]:
    # findall and str.find beat match objects: between two tokens there is only whitespace or "_"
    # (which no token starts with), so each token's first occurrence from the last end is its own
    toks = []
    pos = 0
    find = folded.find
    possessive = False
    for t in _TOKEN.findall(folded):
        if possessive:  # the "s" of "week's": already part of the word before
            possessive = False
            if t == "s" and folded.startswith("s", pos):
                pos += 1
                toks[-1] = (toks[-1][0], toks[-1][1], pos)
                continue
        s = find(t, pos)
        pos = s + len(t)
        if t[-1] == "'" and len(t) > 1 and folded.startswith("s", pos) and not folded[pos + 1:pos + 2].isalnum():
            possessive = True  # English possessive: "next week's", "Sunday's" are the words alone
            toks.append((t[:-1], s, pos))
            continue
        toks.append((t, s, pos))
    return toks


@dataclass(slots=True)
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
    "now": "n", "or_later": "+", "or_earlier": "^", "next_nearest": "X", "last_nearest": "L", "earlier": "<",
    "more_than": "j", "less_than": "l",
}
_SYMBOLS = "M W N O Y U R H Z G Q P D y".split()
_KNOWN_UNITS = {"day", "busday", "week", "fortnight", "weekend", "workweek", "month", "quarter", "half", "year", "decade",
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
    morphemes: dict[str, int]  # one-word numbers, to split compounds: "duemila" + "diciotto"
    joiners: frozenset[str]  # "and" inside numbers: "two thousand and twenty", "noventa y dos"
    morpheme_starts: frozenset[str]  # first three letters of the morphemes (a cheap pre-check)
    by_duration: bool  # "entro 3 giorni" is a deadline; English "(delayed) by two weeks" is not
    ago_before: bool = False  # German "vor": "vor 3 Tagen" is ago, "vor Ostern" before


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
        for p in phrases:  # "this past Wednesday": the nearest one, not last week's
            add(p, sym, "nearest" if key.endswith("_nearest") else None)
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
    endings = kb.get("ordinal_word_endings", [])
    for phrase, n in kb.get("ordinals", {}).items():
        for p in ([phrase[:-1] + e for e in endings] if phrase.endswith("-") else [phrase]):
            add(p, "O", int(n))
    for phrase, season in kb.get("seasons", {}).items():
        add(phrase, "Z", season)
    for phrase, rule in kb.get("holidays", {}).items():
        add(phrase, "H", rule)
    for phrase, years in kb.get("years", {}).items():
        add(phrase, "Y", int(years))
    for phrase, first in kb.get("decades", {}).items():  # "the seventies", "anni settanta"
        add(phrase, "D", int(first))
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
        morphemes={fold(w): int(n) for w, n in kb.get("numbers", {}).items() if " " not in w and int(n) > 0}
        | {fold(w): int(n) for w, n in kb.get("number_morphemes", {}).items()},
        joiners=frozenset(fold(w) for w in kb.get("number_joiners", [])),
        morpheme_starts=frozenset(fold(w)[:3] for w in kb.get("numbers", {}) if " " not in w)
        | frozenset(fold(w)[:3] for w in kb.get("number_morphemes", {})),
        by_duration=bool(kb.get("by_takes_duration", False)),
        ago_before=bool(kb.get("ago_word_before_dates", False)),
    )


def _year2(v: int) -> int:
    return 2000 + v if v < 50 else 1900 + v


def _valid(y: int | None, m: int, d: int | None) -> bool:
    if not 1 <= m <= 12:
        return False
    if d is None:
        return True
    # calendar.monthrange(y or 2000, m)[1], without its weekday computation
    if m != 2:
        return 1 <= d <= _MDAYS[m]
    y = y or 2000
    return 1 <= d <= (29 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 28)


_MDAYS = calendar.mdays


_LITERALS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?<![\d/.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)"), "ymd"),
    (re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?!\d)"), "xy"),
    (re.compile(r"(?<![\d.])(\d{8})(?!\d)"), "compact"),
    (re.compile(r"(\d{4}) *[-/.] *(\d{1,2})(?![\d/.-]?\d)"), "ym"),
    (re.compile(r"(?<![\w/])(\d{1,2}) *[-/.] *(\d{4})(?![\d/.-]?\d)"), "my"),  # not "q1-2019"
    (re.compile(r"(?<![\d/.])(\d{1,2}) ?/ ?(\d{1,2})(?! ?[\d/])"), "x"),
    (re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?!\d)"), "xdot"),
    # "18 08 1978", "20 02 14": day, month and year apart (a zero-padded month or a 4-digit year)
    (re.compile(r"(?<![\d.,/-])(\d{1,2}) (0[1-9]|1[0-2]|[1-9](?= \d{4})) (\d{4}|\d{2})(?![\d.,/-])"), "xsp"),
    (re.compile(r"(?<!\w)(\d{4})\s?-?\s?([qt])([1-4])(?!\w)"), "yq"),
    (re.compile(r"(?<!\w)([qt])([1-4])(?:\s?-?\s?('?\d{4}|'\d{2}))?(?!\w)"), "qy"),
    (re.compile(r"(?<!\w)([1-4])q(?:\s?'?(\d{4}|\d{2}))?(?!\w)"), "nq"),  # 3Q, 3Q24, 3Q 2024
    (re.compile(r"(?<!\w)([12])h(?:\s?'?(\d{4}|\d{2}))?(?!\w)"), "nh"),  # 2H, 2H25
    (re.compile(r"(?<!\w)cy\s?-?\s?'?(\d{4}|\d{2})(?!\w)"), "cy"),  # calendar year: CY2024
    (re.compile(r"(?<!\w)(\d{4})\s?-?\s?h([12])(?!\w)"), "yh"),
    (re.compile(r"(?<!\w)h([12])(?:\s?-?\s?(\d{4}))?(?!\w)"), "hy"),
    (re.compile(r"(?<!\w)fy\s?-?\s?'?(\d{4}|\d{2})(?!\w)"), "fy"),
    (re.compile(r"(?<!\w)(\d{3})0 ?'?s(?!\w)"), "decade"),
    (re.compile(r"(?<![\w'])'?([1-9]0) ?'?s(?!\w)"), "decade2"),
    (re.compile(r"(?<![\w'])'(\d{2})(?!\w)"), "y2"),
]


# a character one of which each literal needs (none listed: always tried)
_LITERAL_NEEDS = {k: frozenset(v) for k, v in {
    "ymd": "-/.", "xy": "-/.", "ym": "-/.", "my": "-/.", "x": "/", "xdot": ".", "yq": "qt", "qy": "qt", "nq": "q", "nh": "h", "cy": "c",
    "yh": "h", "hy": "h", "fy": "f", "decade": "s", "decade2": "s", "y2": "'", "xsp": " "}.items()}


_LITERALS_NEEDS = [(rx, kind, _LITERAL_NEEDS.get(kind)) for rx, kind in _LITERALS]

# further necessary conditions of each literal (cheap pre-checks; a literal failing one cannot match):
# (fewest digit runs, longest digit run at least, a regex that must be found or None)
_LITERAL_MIN = {
    "ymd": (3, 4, None), "xy": (3, 2, None), "compact": (1, 8, None), "ym": (2, 4, None), "my": (2, 4, None),
    "x": (2, 1, None), "xdot": (2, 1, None), "xsp": (3, 1, None), "yq": (2, 4, re.compile(r"[qt][1-4]")),
    "qy": (1, 1, re.compile(r"[qt][1-4]")), "nq": (1, 1, re.compile(r"[1-4]q")), "nh": (1, 1, re.compile(r"[12]h")),
    "cy": (1, 2, re.compile(r"cy")), "yh": (2, 4, re.compile(r"h[12]")), "hy": (1, 1, re.compile(r"h[12]")),
    "fy": (1, 2, re.compile(r"fy")), "decade": (1, 4, re.compile(r"0 ?'?s")), "decade2": (1, 2, re.compile(r"0 ?'?s")),
    "y2": (1, 2, None),
}
_LITERALS_PRE = [(rx, kind, needs) + _LITERAL_MIN[kind] for rx, kind, needs in _LITERALS_NEEDS]
_LITERAL_CHARS = frozenset().union(*(needs for _rx, _kind, needs in _LITERALS_NEEDS if needs))
# (digit runs up to 3, longest run up to 8, the literals' characters present) -> the literals to try, in order
_LITERAL_PLANS: dict[tuple[int, int, frozenset[str]], tuple[tuple[re.Pattern[str], str, re.Pattern[str] | None], ...]] = {}


def _literal_plan(key: tuple[int, int, frozenset[str]]) -> tuple[tuple[re.Pattern[str], str, re.Pattern[str] | None], ...]:
    nruns, longest, chars = key
    plan = _LITERAL_PLANS[key] = tuple(
        (rx, kind, pre) for rx, kind, needs, min_runs, min_longest, pre in _LITERALS_PRE
        if nruns >= min_runs and longest >= min_longest and not (needs and needs.isdisjoint(chars)))
    return plan


def _literal(kind: str, m: re.Match[str], lang: Lang) -> list[tuple[str, Any]] | None:
    g = m.groups()
    if kind == "ymd":
        y, mo, d = int(g[0]), int(g[2]), int(g[3])
        return [("G", (y, mo, d))] if _valid(y, mo, d) else None
    if kind == "compact":
        s = g[0]
        y, mo, d = int(s[:4]), int(s[4:6]), int(s[6:])
        return [("G", (y, mo, d))] if 1000 <= y <= 2199 and _valid(y, mo, d) else None
    if kind in ("xy", "x", "xdot", "xsp"):
        a, b = int(g[0]), int(g[2] if kind == "xy" else g[1])
        y = None
        if kind in ("xy", "xsp"):
            yg = g[3] if kind == "xy" else g[2]
            y = int(yg) if len(yg) == 4 else _year2(int(yg))
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
    if kind in ("nq", "nh"):
        yv = None if g[1] is None else int(g[1]) if len(g[1]) == 4 else _year2(int(g[1]))
        return [("Q" if kind == "nq" else "P", (int(g[0]), yv))]
    if kind == "cy":
        return [("Y", int(g[0]) if len(g[0]) == 4 else _year2(int(g[0])))]
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


def _lex_syms(folded: str, lang: Lang, depth: int = 0) -> tuple[str, list[Lex]]:
    """Lexemes of a folded text (fillers and punctuation dropped, unknown words as '?'), and
    their symbols as one string."""
    out: list[Lex] = []
    toks = _tokens(folded)
    # digit runs are exactly the tokens of decimal digits (no other token holds one); every literal has one
    runs = [t for t, _s, _e in toks if t[0].isdecimal()]
    if runs:
        # cheap pre-checks: too few or too short digit runs, or the literal's separator or letter absent
        key = (min(len(runs), 3), min(max(map(len, runs)), 8), _LITERAL_CHARS.intersection(folded))
        plan = _LITERAL_PLANS.get(key)
        if plan is None:
            plan = _literal_plan(key)
        taken = None
        for rx, kind, pre in plan:
            if pre is not None and pre.search(folded) is None:
                continue
            for m in rx.finditer(folded):
                ms, me = m.span()
                if taken is not None and taken.find(1, ms, me) >= 0:
                    continue
                lits = _literal(kind, m, lang)
                if lits:
                    word = folded[ms:me]
                    for sym, val in lits:
                        out.append(Lex(sym, val, ms, me, word))
                    if taken is None:
                        taken = bytearray(len(folded))
                    taken[ms:me] = b"\1" * (me - ms)
        if taken is not None:
            toks = [t for t in toks if not taken[t[1]]]
    spans = bool(out)
    append = out.append
    trie = lang.trie
    i = 0
    n = len(toks)
    while i < n:
        tok, s, e = toks[i]
        # longest phrase from the language file
        node = trie.get(tok)
        if node is not None:
            best = node.get("\0")
            j = i + 1
            bj = j
            while j < n:
                t2 = toks[j]
                nxt = node.get(t2[0])
                if nxt is None:
                    break
                prev = toks[j - 1]
                if t2[1] > prev[2] and prev[0].isdigit():
                    break  # a digit is glued to what follows: "4a" is Wednesday, "4 a 22" a range
                node = nxt
                j += 1
                if "\0" in node:
                    best, bj = node["\0"], j
            if best is not None:
                sym, val = best
                pe = toks[bj - 1][2]
                if sym == "=" and depth < 2:  # abbreviation: lex its expansion, keep the original offsets
                    word = folded[s:pe]
                    for x in _lex(val, lang, depth + 1):
                        append(Lex(x.sym, x.value, s, pe, word))
                    i = bj
                    continue
                if sym == "u+":
                    append(Lex("U", val, s, pe, folded[s:pe], True))
                elif sym:
                    append(Lex(sym, val, s, pe, folded[s:pe]))
                i = bj
                continue
        if tok.isdigit():
            v = int(tok)
            # ordinal suffix written apart by the tokenizer: "15th", "1er", "3."
            if v <= 31 and i + 1 < n:
                nt = toks[i + 1]
                if nt[1] == e and nt[0] in lang.ordinal_suffixes:
                    append(Lex("O", v, s, nt[2], folded[s:nt[2]]))
                    i += 2
                    continue
                if nt[0] == "." and nt[1] == e and i + 2 < n:  # "1.º", "2.ª": the Spanish abbreviation
                    st = toks[i + 2]
                    if st[1] == nt[2] and st[0] in ("º", "ª", "°") and st[0] in lang.ordinal_suffixes:
                        append(Lex("O", v, s, st[2], folded[s:st[2]]))
                        i += 3
                        continue
            if len(tok) == 4 and 1000 <= v <= 2199:
                append(Lex("Y", v, s, e, tok))
            elif len(tok) <= 3:
                append(Lex("N", v, s, e, tok))
            else:
                append(Lex("?", None, s, e, tok))
            i += 1
            continue
        if tok in "-/":
            append(Lex("t", None, s, e, tok))
        elif tok[0].isalpha():
            v = _compound_number(tok, lang) if len(tok) > 7 else None  # "duemiladiciotto"
            if v is not None and v >= 1000:
                append(Lex("Y", v, s, e, tok))
            elif v is not None:
                append(Lex("N", v, s, e, tok))
            else:
                append(Lex("?", None, s, e, tok))
        i += 1
    if spans:  # literals first: put them in place (the rest is already in text order)
        out.sort(key=_lex_key)
    syms = "".join([x.sym for x in out])
    # the helpers below only ever merge or drop lexemes: an unchanged length means unchanged lexemes
    if syms.count("N") >= 2:
        res = _number_phrases(out, lang)
        if len(res) != len(out):
            syms = "".join([x.sym for x in res])
        out = res
    if "M" in syms and "t" in syms:
        res = _glued_dates(out)
        if len(res) != len(out):
            syms = "".join([x.sym for x in res])
        out = res
    if "t" in syms:
        keep = []
        for k, x in enumerate(out):
            if x.sym == "t" and 0 < k < len(out) - 1:
                a, b = out[k - 1], out[k + 1]
                if (a.end == x.start and x.end == b.start and {a.sym, b.sym} & {"M"} and {a.sym, b.sym} & set("NOY")
                        and not (b.sym == "M" and any(o.sym == "M" for o in out[max(0, k - 3):k - 1]))):
                    continue  # 2019-aug-01, jan/3 (but "nov 18-dec 19", "dec 2018-may 2019" are ranges)
            keep.append(x)
        if len(keep) != len(out):
            syms = "".join([x.sym for x in keep])
        out = keep
    if "UN" in syms or "UO" in syms:  # "el día 15", "o dia 3 de maio": the day number alone
        keep = [x for k, x in enumerate(out)
                if not (x.sym == "U" and x.value == "day" and not x.plural and k + 1 < len(out)
                        and out[k + 1].sym in "NO" and out[k + 1].value <= 31
                        and not (k + 2 < len(out) and out[k + 2].sym == "U"))]
        if len(keep) != len(out):
            syms = "".join([x.sym for x in keep])
        out = keep
    if "?" in syms and "U" in syms:
        res = _roman_centuries(out, lang)
        if res is not out:
            syms = "".join([x.sym for x in res])
        out = res
    if "UM" in syms:
        keep = [x for k, x in enumerate(out)  # "the month of March", "il mese di ottobre": March
                if not (x.sym == "U" and x.value == "month" and not x.plural
                        and k + 1 < len(out) and out[k + 1].sym == "M")]
        if len(keep) != len(out):
            syms = "".join([x.sym for x in keep])
        out = keep
    # "in" introduces a count ("in 2 weeks"); elsewhere ("in March") it is a filler
    if "I" in syms:
        keep = [x for k, x in enumerate(out) if x.sym != "I" or (k + 1 < len(out) and out[k + 1].sym in "Njl")]
        if len(keep) != len(out):
            syms = "".join([x.sym for x in keep])
        out = keep
    return syms, out


_ROMAN = re.compile(r"(x{0,3})(ix|iv|v?i{0,3})")
_ROMAN_VALUES = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9}


def _roman_centuries(out: list[Lex], lang: Lang) -> list[Lex]:
    """'siglo XV', 'il XIX secolo', 'le XXe siècle': a Roman numeral next to the word 'century' is
    its ordinal (put first, as in 'the 15th century')."""
    res = out
    for k, x in enumerate(out):
        if x.sym != "?" or not x.word or x.word[0] not in "xvi":
            continue
        century = [j for j in (k - 1, k + 1) if 0 <= j < len(out) and out[j].sym == "U" and out[j].value == "century"]
        if not century:
            continue
        word = x.word
        for suf in lang.ordinal_suffixes:  # "xxe", "xixeme"
            if suf and word.endswith(suf) and _ROMAN.fullmatch(word[:-len(suf)]):
                word = word[:-len(suf)]
                break
        m = _ROMAN.fullmatch(word)
        if not m or not word:
            continue
        v = 10 * len(m.group(1)) + _ROMAN_VALUES.get(m.group(2), 0)
        if not 1 <= v <= 30:
            continue
        if res is out:
            res = list(out)
        j = century[0]
        if j == k + 1:
            res[k] = Lex("O", v, x.start, x.end, x.word)
        else:  # "siglo XV": the ordinal first, both spanning the two words (the window's text)
            u = out[j]
            res[j] = Lex("O", v, u.start, x.end, x.word)
            res[k] = Lex(u.sym, u.value, u.start, x.end, u.word, u.plural)
    return res


def _lex(folded: str, lang: Lang, depth: int = 0) -> list[Lex]:
    """Lexemes of a folded text (fillers and punctuation dropped, unknown words as '?')."""
    return _lex_syms(folded, lang, depth)[1]


_lex_key = operator.attrgetter("start", "end")


def _compose(values: list[int]) -> int:
    """Value of number words in order: [2, 1000, 18] = 2018, [9, 100, 70, 8] = 978."""
    total = cur = 0
    for v in values:
        if v in (100, 1000) and cur < v:
            if v == 100:
                cur = max(cur, 1) * 100
            else:
                total, cur = total + max(cur, 1) * 1000, 0
        else:
            cur += v
    return total + cur


def _compound_number(tok: str, lang: Lang) -> int | None:
    """A number written as one word ("millenovecentosettantotto"): split it into the language's
    number words, longest first."""
    def split(i: int) -> list[int] | None:
        if i == len(tok):
            return []
        for j in range(min(len(tok), i + 16), i, -1):
            v = lang.morphemes.get(tok[i:j])
            if v is not None:
                rest = split(j)
                if rest is not None:
                    return [v] + rest
        return None

    parts = split(0) if tok[:3] in lang.morpheme_starts else None
    return _compose(parts) if parts and len(parts) > 1 else None


def _continues(p: int, v: int, first: bool) -> bool:
    """Whether number word v can follow p inside one number: 'two thousand', 'thousand and
    twenty', 'ninety six', and the pairs of a year ('nineteen | eighty')."""
    if v in (100, 1000):
        return p < v
    if p >= 1000 and p % 1000 == 0:
        return v < 1000
    if p >= 100 and p % 100 == 0:
        return v < 100
    if 20 <= p <= 90 and p % 10 == 0 and 1 <= v <= 9:
        return True
    return first and 10 <= p <= 99 and p % 10 != 0 and 10 <= v <= 99


def _number_phrases(out: list[Lex], lang: Lang) -> list[Lex]:
    """Number words in a row become one number: 'two thousand and twenty' (a year), 'nineteen
    ninety six' (a year said in pairs), 'mil novecientos noventa y dos'."""
    if sum(1 for x in out if x.sym == "N") < 2:
        return out
    res: list[Lex] = []
    k = 0
    while k < len(out):
        run = [k]
        while out[k].sym == "N" and out[k].word[:1].isalpha() and run[-1] + 1 < len(out):
            nxt = out[run[-1] + 1]
            step = 1 if nxt.sym == "N" else 2 if nxt.sym in "t&" and nxt.word in lang.joiners else 0
            cand = out[run[-1] + step] if step and run[-1] + step < len(out) else None
            if not (cand and cand.sym == "N" and cand.word[:1].isalpha()
                    and _continues(out[run[-1]].value, cand.value, len(run) == 1)):
                break
            run.append(run[-1] + step)
        x = out[k]
        vals = [out[r].value for r in run]
        if x.sym != "N" or not x.word[:1].isalpha() or len(run) < 2:
            res.append(x)
            k += 1
            continue
        if 100 in vals or 1000 in vals:
            v = _compose(vals)
        elif (len(vals) in (2, 3) and 10 <= vals[0] < 100 and vals[0] % 10
              and 1000 <= vals[0] * 100 + _compose(vals[1:]) <= 2199 and _compose(vals[1:]) < 100):
            v = vals[0] * 100 + _compose(vals[1:])  # "nineteen eighty six": the year in pairs
        else:
            res.append(x)
            k += 1
            continue
        last = out[run[-1]]
        res.append(Lex("Y" if 1000 <= v <= 2199 else "N", v, x.start, last.end, x.word))
        k = run[-1] + 1
    return res


def _glued_dates(out: list[Lex]) -> list[Lex]:
    """'2019-aug-01', 'sep-23-2020', '23/2020/sep': a month name glued by - or / to a day and
    a year, in any order, is one date (the year is the 4-digit or > 31 number)."""
    if not any(x.sym == "M" for x in out) or not any(x.sym == "t" for x in out):
        return out
    res: list[Lex] = []
    k = 0
    while k < len(out):
        x = out[k]
        run = [x]
        while (len(run) < 5 and k + len(run) + 1 < len(out) and out[k + len(run)].sym == "t"
               and run[-1].end == out[k + len(run)].start == out[k + len(run)].end - 1
               and out[k + len(run)].end == out[k + len(run) + 1].start):
            run += [out[k + len(run)], out[k + len(run) + 1]]
        vals = run[::2]
        if len(vals) == 3 and [v.sym for v in vals].count("M") == 1 and all(v.sym in "MNOY" for v in vals):
            m = next(v.value for v in vals if v.sym == "M")
            nums = [v for v in vals if v.sym != "M"]
            yl = [v for v in nums if v.sym == "Y" or v.value > 31]
            dl = [v for v in nums if v not in yl]
            if len(yl) == 1 and len(dl) == 1:
                y = yl[0].value if yl[0].sym == "Y" else _year2(yl[0].value) if yl[0].value < 100 else None
                d = dl[0].value
                if y is not None and _valid(y, m, d):
                    res.append(Lex("G", (y, m, d), run[0].start, run[-1].end, run[0].word))
                    k += len(run)
                    continue
        res.append(x)
        k += 1
    return res


# ---------------------------------------------------------------- rules

# Macros in rule patterns (regexes over the symbol string).
_MACROS = {
    "DAY": "[NO]",
    "REL": "[XLT]",
    "NUM": "[NO]",
    "DUR": "[NO]?U(?:[t&]?[NO]U)*",  # a duration, maybe compound: "2 years, 1 month and 3 days"
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
    """+1 next, -1 last, 0 this, None when absent ("the Tuesday after" counts as next)."""
    for x in lx:
        if x.sym == "X" or (x.sym == "a" and x is lx[-1] and len(lx) > 1):
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


def _index(lx: list[Lex], sym: str) -> int:
    return next((k for k, x in enumerate(lx) if x.sym == sym), -1)


def _is_article(x: Lex) -> bool:
    """'a', 'une', 'un': a number word worth 1 is an article before it is a day of the month."""
    return x.sym == "N" and x.value == 1 and not x.word[:1].isdigit()


def _r_date(lx: list[Lex]) -> Resolver | None:
    """Day and month names with optional year and weekday: 'March 3', '3 marzo 2021'."""
    m = _one(lx, "M")
    days = [x.value for x in lx if x.sym in "NO"]
    y = _one(lx, "Y")
    if len(days) == 2 and y is None and lx[-1].sym == "N":  # "14 April 15", "2 de outubro de 92"
        y = _year2(days[1]) if len(lx[-1].word) == 2 and lx[-1].word.isdigit() else None
        if y is None:
            return None
    day = next((x for x in lx if x.sym in "NO"), None)
    if not days or m is None or len(days) > 2 or (_is_article(day) and lx.index(day) > _index(lx, "M")):
        return None  # "octobre, pour une ...": an article after the month; "uno de marzo" is a date
    d = days[0]
    if not _valid(y, m, d):
        return None
    wd = _one(lx, "W")

    def res(ref: date) -> Res | None:
        if y is not None:
            x = date(y, m, d)
        elif wd is not None:
            # "Friday, July 18": the next such date, or the one a year later when only that one
            # falls on the weekday named; the date wins over a weekday that fits neither
            fut = _future_day(ref, m, d)
            if fut is None:
                return None
            past = _future_day(ref - timedelta(days=14), m, d)  # "Sunday, Feb 10" said on the 12th
            if past and past < ref and past.weekday() == wd:
                return past, past, "day"
            later = _future_day(fut + timedelta(days=1), m, d)
            x = later if fut.weekday() != wd and later and later.weekday() == wd and later.year == fut.year + 1 else fut
        else:
            x = _future_day(ref, m, d)
            if x is None:
                return None
        return x, x, "day"

    return res


def _r_month_yy(lx: list[Lex]) -> Resolver | None:
    """'April of 87', 'maio de 68': a month and a two-digit year (a day would be <= 31)."""
    n = _one(lx, "N")
    if not 31 < n < 100 or not lx[1].word.isdigit():
        return None
    return _r_month([lx[0], Lex("Y", _year2(n), lx[1].start, lx[1].end, lx[1].word)])


def _r_first_n(lx: list[Lex]) -> Resolver | None:
    """'the first two weeks of 2021', 'the last four months of this year', 'i primi 10 giorni di marzo'."""
    if lx[0].sym == "O" and lx[0].value != 1:
        return None
    last = lx[0].sym == "L"
    n, unit = lx[1].value, lx[2].value
    container = _container(lx[:1] + lx[3:]) if lx[3:] else None
    if container is None or unit not in _UNIT_DAYS and unit not in _UNIT_MONTHS:
        return None

    def res(ref: date) -> Res | None:
        c = container(ref)
        if c is None:
            return None
        cs, ce = c[0], c[1]
        if unit in ("week", "weekend"):  # whole weeks, counted as in "the first week of"
            cs, ce = _week(cs + timedelta(days=3))[0], _week(ce - timedelta(days=3))[1]
        if last:
            return _shift(unit, ce + timedelta(days=1), -n), ce, "interval"
        return cs, _shift(unit, cs, n) - timedelta(days=1), "interval"

    return res


def _r_ord_wd(lx: list[Lex]) -> Resolver | None:
    """'the second Sunday': of the current month (Mother's Day style counting)."""
    o, wd = _one(lx, "O"), _one(lx, "W")
    if not 1 <= o <= 5:
        return None

    def res(ref: date) -> Res | None:
        x = _nth_weekday(ref.year, ref.month, wd, o)
        return (x, x, "day") if x else None

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
    extra = max(0, sum(1 for x in lx if x.sym in "XL") - 1)  # "March after next", "übernächsten März"

    def res(ref: date) -> Res | None:
        if y is not None:
            yy = y
        elif r == 1:
            yy = (ref.year if m > ref.month else ref.year + 1) + extra
        elif r == -1:
            yy = (ref.year if m < ref.month else ref.year - 1) - extra
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
    if y % 10 == 0 and any(x.sym == "U" and (x.plural and x.value == "year" or x.value == "decade") for x in lx):
        return lambda ref: (date(y, 1, 1), date(y + 9, 12, 31), "decade")  # "anni 1970": the 1970s

    def res(ref: date) -> Res | None:
        return date(y, 1, 1), date(y, 12, 31), "year"

    return _fiscal(y) if fiscal else res


def _r_year_n(lx: list[Lex]) -> Resolver | None:
    """'year 247', 'anno duecentosessantasette': a year below 1000 needs the word 'year';
    'los años 90', 'anni 70', 'década 70': a decade of the 1900s (not the ambiguous '20s' and '10s')."""
    u, n = lx[0], lx[1].value
    if (u.value == "year" and u.plural) or (u.value == "decade" and not u.plural):
        if n % 10 or not 30 <= n <= 90:
            return None
        return lambda ref: (date(1900 + n, 1, 1), date(1909 + n, 12, 31), "decade")
    if u.value != "year" or u.plural or not 100 <= n <= 999:  # not "year 2 of the plan"
        return None
    return lambda ref: (date(n, 1, 1), date(n, 12, 31), "year")


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
    nearest = any(x.value == "nearest" for x in lx if x.sym in "XL")

    def res(ref: date) -> Res | None:
        if week_ctx:  # "wednesday of next week"
            ws = _week(ref)[0] + timedelta(days=7 * (r or 0))
            x = ws + timedelta(days=wd)
        elif nearest and r in (1, -1):  # "this past Wednesday", "this upcoming Friday"
            x = ref + timedelta(days=(wd - ref.weekday()) % 7 or 7) if r == 1 else \
                ref - timedelta(days=(ref.weekday() - wd) % 7 or 7)
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
    return s, e, "week" if unit == "workweek" else unit


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


def _point(unit: str, x: date) -> Res:
    """'in 2 weeks' is a day; 'in 2 years', '3 years ago' are as precise as a month (Duckling's
    reading): nobody counts whole years to the day."""
    if unit in ("year", "decade", "century"):
        s, e = _month(x.year, x.month)
        return s, e, "month"
    return x, x, "day"


def _durations(lx: list[Lex]) -> list[tuple[int, str]]:
    """(count, unit) pairs of a possibly compound duration: '2 weeks and 3 days'."""
    out, n = [], None
    for x in lx:
        if x.sym in "NO":
            n = x.value
        elif x.sym == "U":
            out.append((1 if n is None else n, x.value))
            n = None
    return out


def _shift_by(d: date, pairs: list[tuple[int, str]], sign: int) -> date | None:
    for n, unit in pairs:
        if unit not in _UNIT_DAYS and unit not in _UNIT_MONTHS:
            return None
        d = _shift(unit, d, sign * n)
    return d


def _r_count(lx: list[Lex]) -> Resolver | None:
    """in 2 weeks, 3 days ago, 2 weeks from now -> one day; next/last/within N units -> a span."""
    pairs = _durations(lx)
    if len(pairs) > 1:  # compound: "2 weeks and 2 days ago", "within 1 year 2 months"
        syms = {x.sym for x in lx}
        sign = -1 if "A" in syms else 1
        if "K" in syms:
            def within(ref: date) -> Res | None:
                e = _shift_by(ref, pairs, 1)
                return (ref, e - timedelta(days=1), "interval") if e else None
            return within
        return lambda ref: (lambda x: (x, x, "day") if x else None)(_shift_by(ref, pairs, sign))
    n = _one(lx, "N")
    if n is None:
        n = 1
    unit = _one(lx, "U")
    syms = {x.sym for x in lx}
    if unit not in _UNIT_DAYS and unit not in _UNIT_MONTHS:
        if unit in ("hour", "minute"):
            return lambda ref: (ref, ref, "day") if "A" not in syms else None
        return None
    if "A" in syms:
        return lambda ref: _point(unit, _shift(unit, ref, -n))
    if "K" in syms:  # "within 3 days" of the 8th: the 8th..10th (three days, today counted)
        if unit == "busday":  # today counts when it is a business day itself
            return lambda ref: (ref, _shift(unit, ref, n - (ref.weekday() < 5)), "interval")
        return lambda ref: (ref, _shift(unit, ref, n) - timedelta(days=1), "interval")
    if "X" in syms or ("L" in syms and "I" not in syms):
        sign = 1 if "X" in syms else -1
        if unit in ("day", "busday"):
            if sign > 0:
                return lambda ref: (ref + timedelta(days=1), _shift(unit, ref, n), "interval")
            return lambda ref: (_shift(unit, ref, -n), ref - timedelta(days=1), "interval")

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
    return lambda ref: _point(unit, _shift(unit, ref, n))


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
        e = _add_months(s, per) - timedelta(days=1)
        if y is None and r is None and e < ref:  # a bare "Q1" said in November: the next one
            s, e = _add_months(s, 12), _add_months(e + timedelta(days=1), 12) - timedelta(days=1)
        return s, e, size

    return res


_HALVES = {("half", "month"), ("half", "week"), ("fortnight", "month"), ("half", "decade")}


def _r_half_of(lx: list[Lex]) -> Resolver | None:
    """'the first half of next month', 'la segunda quincena de marzo' (1st-15th, 16th-end),
    'the second half of this week' (Thursday-Sunday), 'the second half of the decade'."""
    o = _one(lx, "O")
    container = _container(lx)
    if o not in (1, 2, -1) or container is None:
        return None

    def res(ref: date) -> Res | None:
        c = container(ref)
        if c is None:
            return None
        s, e = c[0], c[1]  # the first day of the second half:
        cut = s + timedelta(days=3) if c[2] == "week" else s.replace(year=s.year + 5) if c[2] == "decade" else s.replace(day=16)
        return (s, cut - timedelta(days=1), "interval") if o == 1 else (cut, e, "interval")

    return res


def _r_ord_of(lx: list[Lex]) -> Resolver | None:
    """first week of March, last friday of October 2024, the 20th of next month, second week of 2021."""
    o = _one(lx, "O")
    if o is None:
        o = -1 if any(x.sym == "L" for x in lx[:1]) else _one(lx, "N")
    elif len(lx) > 1 and lx[1].sym == "L":  # "the third last week of 2018": counted from the end
        o, lx = -o, lx[:1] + lx[2:]
    if o is None:
        return None
    wd = _one(lx, "W")
    unit = None
    # the unit being counted comes before the container
    units = [x.value for x in lx if x.sym == "U"]
    if any(x.sym == "k" for x in lx[:2]):
        units.insert(0, "week")
    of_unit = units[1] if len(units) > 1 else "month" if _one(lx, "M") else None
    if wd is None and units and (units[0], of_unit) in _HALVES:
        return _r_half_of(lx)  # "the first half of March", "la segunda quincena del mes"
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
            # a week belongs to the month/year that holds most of its days (the ISO rule):
            # "first week of 2015" starts on Monday 29 December 2014, and the last week of
            # July 2017 is 24-30 July
            if o > 0:
                ws = _week(cs + timedelta(days=3))[0] + timedelta(days=7 * (o - 1))
            else:
                ws = _week(ce - timedelta(days=3))[0] - timedelta(days=7 * (-o - 1))
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
    if len(units) == 1 and units[0].value in _UNIT_MONTHS:  # "of the year", "del mese": the current one
        u = units[0].value
        return lambda ref: _unit_window(u, ref, 0)
    return None


def _r_holiday(lx: list[Lex], lang: Lang) -> Resolver | None:
    rule = _one(lx, "H")
    y = _one(lx, "Y")
    r = _rel(lx)
    year_rel = _one(lx, "U") == "year" and r is not None  # "Thanksgiving of next year"

    def res(ref: date) -> Res | None:
        if y is not None or year_rel:
            w = _holiday(rule, y if y is not None else ref.year + r)
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


def _holiday_weekend(inner: Resolver | None) -> Resolver | None:
    """'Labor Day weekend', 'the weekend of Halloween': the holiday and the weekend next to it, a
    Monday or Tuesday holiday with the weekend before (Saturday to Monday), one from Wednesday to
    Friday with the weekend after (Thanksgiving: Thursday to Sunday)."""
    if inner is None:
        return None

    def res(ref: date) -> Res | None:
        w = inner(ref)
        if w is None or w[0] is None or w[1] is None:
            return None
        s, e = w[0], w[1]
        if s.weekday() in (6, 0, 1):  # Sunday, Monday, Tuesday: back to the Saturday
            s -= timedelta(days=(s.weekday() - 5) % 7)
        if e.weekday() in (2, 3, 4, 5):  # Wednesday to Saturday: on to the Sunday
            e += timedelta(days=6 - e.weekday())
        return s, e, "interval"

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
    day = next(x for x in lx if x.sym in "NO")
    d = day.value
    if not 1 <= d <= 31 or _is_article(day):
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
            # "Thursday the 15th": this month's if it falls so, else the next month it does
            this = [c for c in cands if (c.year, c.month) == (ref.year, ref.month)]
            fut = [c for c in cands if c >= ref]
            x = this[0] if this else fut[0] if fut else cands[-1]
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
    if lx[0].sym == "N" and lx[1].sym in "XLU" and lx[1].start - lx[0].end <= 1:
        return None  # "3 prochains mois", "3 mois suivants" count months; a day is linked: "the 3rd of next month"

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
        d = w[0] + timedelta(days=1) if w[0].weekday() == 6 else w[0]  # "week of Sunday 6 Oct": from the 7th
        s, e = _week(d)
        return s, e, "week"

    return res


def _r_vague(lx: list[Lex]) -> Resolver:
    return lambda ref: (ref, ref + timedelta(days=VAGUE_HORIZON_DAYS), "vague")


def _r_now(lx: list[Lex]) -> Resolver:
    return lambda ref: (ref, ref, "day")


# (name, pattern over symbols, builder, standalone-in-sentences)
_CORE_RULES: list[tuple[str, str, Callable[[list[Lex]], Resolver | None], bool]] = [
    ("numeric", r"W?G Y?", _r_numeric, True),
    ("date_dmy", r"W? {DAY} M (?:Y|N(?!U))? W?", _r_date, True),  # "18 Dec 10 days" counts days
    ("date_mdy", r"W? M {DAY} (?:Y|N(?!U))? W?", _r_date, True),
    ("date_ymd", r"Y M {DAY}", _r_date, True),
    ("date_wd_d", r"W {DAY}", _r_dom, True),
    ("ord_of", r"(?:[OLN]|OL) (?:W|U|k) (?:M Y?|{REL} U|U {REL}|Y|U Y|U)", _r_ord_of, True),
    ("dom_rel_month", r"{DAY} (?:{REL} U|U {REL})", _r_dom_rel_month, True),
    ("ord_wd", r"O W", _r_ord_wd, True),
    ("first_n", r"[OL] {NUM} U (?:M Y?|{REL} U|U {REL}|Y|U Y|U)", _r_first_n, True),
    ("month_yy", r"M N(?!U)", _r_month_yy, True),
    ("quarter_lit", r"y? [QP] (?:y?Y|{REL} U|U {REL})?", None, True),  # "Q1 next year"
    ("quarter", r"O U (?:y?Y|{REL} U|U {REL}|y U)?|Y O U", None, True),  # "2016, third quarter"
    ("rel_quarter", r"{REL} O U", None, True),
    ("count_in", r"I {DUR} (?:[FA])?(?![XL])", _r_count, True),  # "nei 2 mesi passati": count_next
    ("count_ago", r"{DUR} [FA]|A {DUR}", _r_count, True),
    ("count_next", r"(?:[XL] {NUM} U|{NUM} [XL] U|{NUM} U [XL]|K I? {DUR})", _r_count, True),
    ("count_wd", r"{NUM} W [FAX]", None, True),
    ("wd_en_huit", r"W I N(?!U)", None, True),  # French "mardi en huit / en quinze": a week / two on
    ("month_rel", r"{REL}+ M|M {REL}+", _r_month, True),
    ("weekday_rel", r"W (?:{REL} U|U {REL})|{REL} U W|{REL} W|W {REL}|W a$", _r_weekday, True),
    ("unit_rel", r"{REL}+ U|U {REL}+", _r_unit, True),
    ("holiday_weekend", r"U H (?:U? Y)?|{REL}? H U Y|{REL}? H (?:U? Y)? U", None, True),  # "Labor Day weekend"
    ("holiday", r"{REL}? H (?:{REL} U|U {REL}|{REL}|U? Y)?", None, True),  # "Easter in the year 2030"
    ("season", r"{REL}? Z (?:{REL}|Y)?", _r_season, True),
    ("month_year", r"M y?Y?", _r_month, True),
    ("fiscal_year", r"y (?:Y|{REL} U|U {REL}|U Y)|{REL} y U?", None, True),
    ("week_n", r"U N (?:Y|{REL} U|U {REL})?", None, True),
    ("year_month", r"Y M", _r_month, True),
    ("year", r"U? Y", _r_year, True),
    ("year_n", r"U N(?![UM])", _r_year_n, True),  # "the year 247": an early year, named with its unit word
    ("decade", r"D", _r_decade, True),
    ("relday", r"R+", _r_relday, True),
    ("weekday", r"W", _r_weekday, True),
    ("vague", r"V", _r_vague, True),
    ("now", r"n", _r_now, True),
    ("the_unit", r"U", None, False),
    ("count_bare", r"{NUM} U (?:[t&]? {NUM} U)*", _r_count, False),  # "(d'ici) deux semaines", "(entro) 3 giorni": a point
    ("dom", r"{DAY}", _r_dom, False),
]


# ---------------------------------------------------------------- compiled grammar per language


@dataclass
class Grammar:
    lang: Lang
    core: list[tuple[str, re.Pattern[str], bool]]
    # first symbol -> (one match of all the rules that can start with it, those rules' indexes):
    # group n holds rule n's own match, as `(?=(rule)|)` finds it (no rule has groups of its own)
    by_first: dict[str, tuple[Callable[..., re.Match[str] | None], tuple[int, ...]]] | None = None


def _first(items: Any) -> tuple[set[str], bool]:
    """Symbols a parsed regex can start with, and whether it can match empty (for rule indexing)."""
    out: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            return out | {chr(av)}, False
        if op is _sre.IN:
            return out | {chr(v) for o, v in av if o is _sre.LITERAL}, False
        if op is _sre.SUBPATTERN:
            f, empty = _first(av[-1])
        elif op is _sre.BRANCH:
            parts = [_first(b) for b in av[1]]
            f, empty = set().union(*(p[0] for p in parts)), any(p[1] for p in parts)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            f, empty = _first(av[2])
            empty = empty or av[0] == 0
        else:
            return out | set(_SYM_ALPHABET), False  # anything else: try the rule everywhere
        out |= f
        if not empty:
            return out, False
    return out, True


_SYM_ALPHABET = "MWNOYURHZGQPDyXLTAFIKsmebpacu~!rftw&Vkn=?jl"
_RULES_BY_FIRST: dict[str, list[int]] = {}
for _k, (_name, _p, _b, _ok) in enumerate(_CORE_RULES):
    for _c in _first(_sre_parse.parse(_pat(_p)))[0]:
        _RULES_BY_FIRST.setdefault(_c, []).append(_k)


@functools.cache
def _grammar(code: str) -> Grammar | None:
    lang = _lang(code)
    if lang is None:
        return None
    core = [(name, re.compile(_pat(p)), ok) for name, p, _b, ok in _CORE_RULES]
    by_first = {c: (re.compile("".join(f"(?=({core[k][1].pattern})|)" for k in ks)).match, tuple(ks))
                for c, ks in _RULES_BY_FIRST.items()}
    return Grammar(lang, core, by_first)


_BUILDERS = {name: b for name, _p, b, _ok in _CORE_RULES}


_SPECIAL_BUILDS = frozenset({"quarter_lit", "quarter", "rel_quarter", "week_n", "count_wd", "wd_en_huit", "holiday",
                             "holiday_weekend",
                             "fiscal_year", "the_unit"})  # the rules _build resolves itself


def _build(name: str, lx: list[Lex], lang: Lang) -> Resolver | None:
    _FISCAL_START[0] = lang.fiscal_start
    if name not in _SPECIAL_BUILDS:  # the common case: straight to the rule's builder
        b = _BUILDERS[name]
        return b(lx) if b else None
    if name in ("quarter_lit", "quarter", "rel_quarter"):
        lit = _one(lx, "P")
        units = _vals(lx, "U")
        if lit is None and len(units) >= 2 and (units[0], units[1]) in _HALVES:
            return _r_half_of(lx)  # "the second half of this month"
        if lit is not None or (units and units[0] == "half"):
            return _r_quarter(lx, "half")
        if units and units[0] == "century" and lit is None and len(lx) == 2:  # "the 21st century"
            c = (_one(lx, "O") - 1) * 100
            return lambda ref: (date(max(c, 1), 1, 1), date(c + 99, 12, 31), "century")
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
    if name == "wd_en_huit":
        wd, n = lx[0].value, lx[2].value
        if n not in (8, 15):
            return None
        return lambda ref: (lambda x: (x, x, "day"))(ref + timedelta(days=(wd - ref.weekday()) % 7 + n - 1))
    if name == "holiday":
        return _r_holiday(lx, lang)
    if name == "holiday_weekend":
        k = next((k for k, x in enumerate(lx) if x.sym == "U" and x.value == "weekend" and not x.plural), None)
        if k is None:
            return None
        rest = lx[:k] + lx[k + 1:]
        return _holiday_weekend(_r_holiday(rest, lang))
    if name == "fiscal_year":
        y = _one(lx, "Y")
        if y is not None:
            return _fiscal(y)
        r = _rel(lx) or 0
        fs = lang.fiscal_start
        return lambda ref: _fiscal(ref.year + r if fs == 1 else (ref.year + 1 if ref.month >= fs else ref.year) + r)(ref)
    if name == "the_unit":
        u = _one(lx, "U")
        if lx[0].plural:  # "in the weeks ahead" is not this week
            return None
        if u in _UNIT_MONTHS or u in _UNIT_DAYS:  # "the day": today
            return lambda ref: _unit_window(u, ref, 0)
        return None
    b = _BUILDERS[name]
    return b(lx) if b else None


@dataclass(slots=True)
class Node:
    res: Resolver
    i: int  # lexeme index range [i, j)
    j: int
    modifier: str | None = None
    standalone: bool = True


def _core_at(g: Grammar, syms: str, lx: list[Lex], i: int) -> Node | None:
    """Longest core rule that matches at lexeme i (ties: first rule; falls back to shorter ones)."""
    if i >= len(syms):
        return None
    c = syms[i]
    rules = g.by_first.get(c)  # only the rules that can start with this symbol
    if rules is None or c in _NO_START:
        return None
    match, ks = rules
    # every rule's match end at once (-1: none)
    cands = [(-r[1], k) for r, k in zip(match(syms, i).regs[1:], ks) if r[1] > i]
    if len(cands) > 1:
        heapq.heapify(cands)
    while cands:
        negend, k = heapq.heappop(cands)
        name, rx, ok = g.core[k]
        res = _build(name, lx[i:-negend], g.lang)
        if res is not None:
            return Node(res, i, -negend, None, ok)
        # the rule refused its longest match ("16 octobre, pour une"): try its next shorter one
        shorter = next((j for j in range(-negend - 1, i, -1) if rx.fullmatch(syms, i, j)), None)
        if shorter is not None:
            heapq.heappush(cands, (-shorter, k))
    return None


_NO_START = frozenset("?t&fwsmebpacu~!rk+^<jl")  # symbols that never start a core rule (cheap pre-filter)


# prefix modifiers: symbol -> modifier name
_PERIODS = frozenset({"month", "quarter", "half", "year", "decade"})  # not seasons: "by summer" is as it begins
_PREFIX = {"s": "start", "m": "mid", "e": "end", "b": "by", "p": "before", "a": "after", "c": "since",
           "u": "until", "~": "approx", "!": "as_early_as", "r": "rest", "<": "earlier", "I": None, "k": "week_of"}


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
            return s, s.replace(day=15), "interval"
        if which == "mid":
            return s.replace(day=11), s.replace(day=20), "interval"
        return s.replace(day=16), e, "interval"
    # longer periods: by months when aligned
    months = (e.year - s.year) * 12 + e.month - s.month + 1
    if s.day == 1 and months >= 3 and (e + timedelta(days=1)).day == 1:
        k = max(1, months // 4)
        if months == 12:  # a year: start Jan-Jun, mid May-Aug, end Jul-Dec
            k = 6 if which != "mid" else 4
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
    if mod == "as_early_as":  # "as early as March": March; "as early as 2019" said later: since 2019
        def early(ref: date) -> Res | None:
            w = res(ref)
            if w and w[0] is not None and w[1] is not None and w[1] < ref:
                return w[0], None, "open"
            return w
        return early
    if mod in ("start", "mid", "end"):
        return lambda ref: (lambda w: _part(w, mod) if w else None)(res(ref))
    if mod == "week_of":
        return _r_week_of([], res)
    if mod in ("by", "before", "until"):
        # "by / until X" with X a month or longer runs through X (a forecast "entro marzo" holds in
        # March); with X a day it ends the day before, as the public corpora read "by Friday".
        # "before X" always ends the day before X.
        def by(ref: date) -> Res | None:
            w = res(ref)
            if w is None:
                return None
            s, e, _g = w
            if inner_mod in ("start", "mid", "end"):  # "by mid-2025": at the latest in its middle part
                last = e
            elif mod != "before" and s is not None and e is not None and (s <= ref <= e or _g in _PERIODS):
                last = e  # "by June" said in June, "entro marzo", "hasta junio de 2028": through the end of it
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
        def after(ref: date) -> Res | None:
            # "after 2025" opens in 2026; "after 1 May" opens on 1 May itself (the event may come
            # later that day: both Duckling and Recognizers-Text read a day so)
            w = res(ref)
            if not w or w[1] is None:
                return None
            return (w[0] if w[0] == w[1] else w[1] + timedelta(days=1)), None, "open"
        return after
    if mod == "since":
        return lambda ref: (lambda w: (w[0], None, "open") if w and w[0] else None)(res(ref))
    if mod == "rest":
        def rest(ref: date) -> Res | None:
            w = res(ref)
            if w is None:
                return None
            return max(ref, w[0]) if w[0] else ref, w[1], "interval"
        return rest
    if mod == "earlier":  # "earlier this year": its part before the reference day
        def earlier(ref: date) -> Res | None:
            w = res(ref)
            if w is None or w[0] is None or w[0] >= ref:
                return None
            return w[0], min(w[1], ref - timedelta(days=1)) if w[1] else ref - timedelta(days=1), "interval"
        return earlier
    return res


def _has_year(lx: list[Lex]) -> bool:
    """Whether the lexemes name a year: 2025, 2025-03-14, Q4 2025, H2 2024."""
    return any(x.sym == "Y" or (x.sym == "G" and x.value[0] is not None)
               or (x.sym in "QP" and x.value[1] is not None) for x in lx)


_OFFSET_RX = re.compile(_pat(r"{DUR} ([apfc])"))


def _offset_at(g: Grammar, syms: str, lx: list[Lex], i: int) -> Node | None:
    """'3 days after Easter', '2 weeks before Christmas', 'two weeks from tomorrow': one day."""
    m = _OFFSET_RX.match(syms, i)
    if not m:
        return None
    pairs = _durations(lx[i:m.end() - 1])
    sign = -1 if m.group(1) == "p" else 1
    if m.group(1) == "c":  # "two weeks starting May 20": a span from the anchor
        right = _expr_at(g, syms, lx, m.end())
        if right is None or right.modifier is not None:
            return None
        start = right.res

        def span_res(ref: date) -> Res | None:
            w = start(ref)
            e = _shift_by(w[0], pairs, 1) if w and w[0] else None
            return (w[0], e - timedelta(days=1), "interval") if e else None

        return Node(span_res, i, right.j, None, True)
    if m.end() == len(syms) and m.group(1) not in "fc":  # "the day after", "a week before": from the reference
        if len(pairs) == 1 and syms[i] == "U" and pairs[0][1] not in ("day", "hour", "minute"):
            unit = pairs[0][1]  # "the week after", "la settimana dopo": the whole next week
            return Node(lambda ref: _unit_window(unit, ref, sign), i, m.end())
        return Node(lambda ref: (lambda x: (x, x, "day") if x else None)(_shift_by(ref, pairs, sign)), i, m.end())
    right = _expr_at(g, syms, lx, m.end())
    if right is None or right.modifier is not None:
        return None
    anchor = right.res
    if len(pairs) == 1 and syms[i] == "U" and pairs[0][1] not in ("day", "hour", "minute") and m.group(1) in "ap":
        unit = pairs[0][1]  # "the month after Christmas 2015": January 2016, the whole unit

        def unit_res(ref: date) -> Res | None:
            w = anchor(ref)
            if not w or w[0] is None or w[1] is None:
                return None
            return _unit_window(unit, w[1] if sign > 0 else w[0], sign)

        return Node(unit_res, i, right.j, None, True)

    def res(ref: date) -> Res | None:
        w = anchor(ref)
        x = _shift_by(w[0], pairs, sign) if w and w[0] else None
        return (x, x, "day") if x else None

    return Node(res, i, right.j, None, True)


_CMP_RX = re.compile(_pat(r"([IA]?)([jl])({DUR})(?:([apfc])|([AF]))?"))


def _compare_at(g: Grammar, syms: str, lx: list[Lex], i: int) -> Node | None:
    """'more than 2 weeks ago' / 'more than 3 days before X': open, up to the day before the
    point; 'in more than 2 weeks', 'more than 2 weeks after X': open from the point; 'less than
    2 weeks from X' / 'less than 3 days before X': the span between X and the point, X included.
    Without a direction ('more than 3 days') it measures and sets no window."""
    m = _CMP_RX.match(syms, i)
    if not m:
        return None
    more = m.group(2) == "j"
    dur_at = m.start(3)
    pairs = _durations(lx[dur_at:m.end(3)])
    pre, rel, post = m.group(1), m.group(4), m.group(5)
    if rel:
        sign = -1 if rel == "p" else 1
    elif post or pre:
        sign = -1 if "A" in (pre, post) else 1
    else:
        return None
    if not more and pre == "I":  # "in less than 2 weeks": within them
        sign = 1
    j = m.end()
    anchor: Resolver = lambda ref: (ref, ref, "day")
    if rel:
        right = _expr_at(g, syms, lx, j)
        if right is None or right.modifier is not None:
            return None
        anchor, j = right.res, right.j

    def res(ref: date) -> Res | None:
        w = anchor(ref)
        if not w or w[0] is None or w[1] is None:
            return None
        x = w[1] if sign > 0 else w[0]
        y = _shift_by(x, pairs, sign)
        if y is None:
            return None
        if more:
            return (y, None, "open") if sign > 0 else (None, y - timedelta(days=1), "open")
        return (x, y - timedelta(days=1), "interval") if sign > 0 else (y + timedelta(days=1), x, "interval")

    return Node(res, i, j, ("after" if sign > 0 else "before") if more else None, True)


_WD_OFFSET_RX = re.compile(r"[NO]W([ap])")


def _weekday_offset_at(g: Grammar, syms: str, lx: list[Lex], i: int) -> Node | None:
    """'the first Monday after Easter', 'the second Friday before Christmas 2025': one day."""
    m = _WD_OFFSET_RX.match(syms, i)
    right = _expr_at(g, syms, lx, m.end()) if m else None
    if right is None or right.modifier is not None:
        return None
    n, wd, after, anchor = lx[i].value, lx[i + 1].value, m.group(1) == "a", right.res
    if not 1 <= n <= 10:
        return None

    def res(ref: date) -> Res | None:
        w = anchor(ref)
        if not w or w[0] is None or w[1] is None:
            return None
        if after:
            x = w[1] + timedelta(days=(wd - w[1].weekday()) % 7 or 7) + timedelta(days=7 * (n - 1))
        else:
            x = w[0] - timedelta(days=(w[0].weekday() - wd) % 7 or 7) - timedelta(days=7 * (n - 1))
        return x, x, "day"

    return Node(res, i, right.j, None, True)


def _weekday_of_point(wd: int, point: Resolver) -> Resolver:
    """The weekday in the week of a point in time: 'Wednesday in two weeks' (the Wednesday of the
    week two weeks on), 'in 3 days on Friday', 'Monday two weeks from now'."""
    def res(ref: date) -> Res | None:
        w = point(ref)
        if w is None or w[0] is None or w[0] != w[1]:
            return None
        x = w[0] + timedelta(days=wd - w[0].weekday())
        return x, x, "day"
    return res


def _named_in_point_year(x: Lex, point: Resolver) -> Resolver:
    """A month or a holiday with a point in time: the one in the point's year ('March in a year',
    'Thanksgiving 3 years ago')."""
    def res(ref: date) -> Res | None:
        w = point(ref)
        if w is None or w[0] is None:
            return None
        y = w[0].year
        if x.sym == "M":
            s, e = _month(y, x.value)
            return s, e, "month"
        h = _holiday(x.value, y)
        return (h[0], h[1], "day" if h[0] == h[1] else "interval") if h else None
    return res


def _weekday_after(node: Node, syms: str, lx: list[Lex]) -> Node:
    """A count or offset point followed by a weekday: that weekday in the point's week."""
    if node.j < len(syms) and syms[node.j] == "W" and node.modifier is None and (
            node.j + 1 == len(syms) or syms[node.j + 1] not in "NO"):
        return Node(_weekday_of_point(lx[node.j].value, node.res), node.i, node.j + 1, None, True)
    return node


def _ago_before(syms: str, j: int) -> bool:
    """A leading 'ago' word not followed by a duration reads 'before' (German 'vor Ostern')."""
    return syms[j] == "A" and j + 1 < len(syms) and syms[j + 1] not in "NOUA"


def _expr_at(g: Grammar, syms: str, lx: list[Lex], i: int) -> Node | None:
    """[prefix modifiers] core [ (to|and|-) [modifiers] core ]."""
    if i >= len(syms):
        return None
    if syms[i] in "IAjl" and (syms[i] in "jl" or syms[i + 1:i + 2] in ("j", "l")):
        cmp = _compare_at(g, syms, lx, i)
        if cmp is not None:
            return cmp
    if syms[i] in "NOU":  # (each helper first matches its pattern here: skip the calls when neither can)
        off = (_offset_at(g, syms, lx, i) if _OFFSET_RX.match(syms, i) else None) or (
            _weekday_offset_at(g, syms, lx, i) if _WD_OFFSET_RX.match(syms, i) else None)
        if off is not None:
            return _weekday_after(off, syms, lx)
    mods: list[str | None] = []
    j = i
    range_start = False
    while j < len(syms) and (syms[j] in _PREFIX or syms[j] in "fw" or (g.lang.ago_before and _ago_before(syms, j))):
        if syms[j] in "fw":
            range_start = True
        elif syms[j] == "A":  # German "vor": "vor 3 Tagen" is ago, "vor Weihnachten" before
            mods.append("before")
        elif syms[j] == "I" and j + 1 < len(syms) and syms[j + 1] in "NOU":
            break  # "in 2 weeks" belongs to the core
        else:
            mods.append(_PREFIX[syms[j]])
        j += 1
    core = _core_at(g, syms, lx, j)
    if core is None:
        return None
    if not mods and core.j == j + 1 and syms[j] in "WHM" and core.j < len(syms) and syms[core.j] in "INOUA":
        right = _expr_at(g, syms, lx, core.j)  # "Wednesday in two weeks", "Thanksgiving 3 years ago"
        if right is not None and right.modifier is None and right.j > core.j + 1:
            pres = (_weekday_of_point(lx[j].value, right.res) if syms[j] == "W"
                    else _named_in_point_year(lx[j], right.res))
            return Node(pres, i, right.j, None, True)
    if not mods and syms[j] in "INOUA" and core.j < len(syms) and syms[core.j] == "W":
        core = _weekday_after(core, syms, lx)  # "in 3 days on Friday"
    if "by" in mods and not g.lang.by_duration:
        span = set(syms[core.i:core.j])
        if span <= set("NOUt&") and "U" in span and "N" in span:
            return None  # "delayed by two weeks" measures, it sets no deadline
    res = core.res
    inner_mod = None
    for mod in reversed(mods):
        res = _apply(mod, res, inner_mod)
        inner_mod = mod if mod is not None else inner_mod
    modifier = next((m for m in mods if m), None) if mods else None
    if core.j < len(syms) and syms[core.j] in "+^" and not mods:  # "2025 or later", "2019 o prima"
        post = "since" if syms[core.j] == "+" else "until"
        res, modifier = _apply(post, res, "end"), post
        core = Node(core.res, core.i, core.j + 1, None, core.standalone)
    # "by the 15th" stands alone in a sentence; "about a (battery deal)", "after seven (seasons)" do not
    word_number = core.j - core.i == 1 and syms[core.i] == "N" and not lx[core.i].word[:1].isdigit()
    node = Node(res, i, core.j, modifier,
                core.standalone or (not word_number and any(m not in (None, "approx", "as_early_as") for m in mods)))
    # range: X to Y / between X and Y / X - Y
    k = core.j
    if k < len(syms) and syms[k] in "t&ub" and (range_start or syms[k] in "tub"):
        right = _expr_at(g, syms, lx, k + 1)
        if right is not None:
            left_res = res
            right_res = right.res
            # a side with no year and nothing relative to today is "free": a free left end is read
            # back from the right end, a bare right end (no month or year) forward from the left
            free_left = not (set(syms[j:core.j]) & set("XLTRnAFIKV")) and not _has_year(lx[j:core.j])
            free_right = not (set(syms[k + 1:right.j]) & set("XLTRnAFIKV")) and not _has_year(lx[k + 1:right.j])
            borrow = free_left and _has_year(lx[k + 1:right.j])
            bare_right = free_right and not set(syms[k + 1:right.j]) & set("MGQPYHZ")
            # "between Wednesday and Friday next week": a bare weekday to a weekday is that week's
            bare_wd = syms[j:core.j] == "W" and "W" in syms[k + 1:right.j]

            def rng(ref: date, left_res=left_res, right_res=right_res, borrow=borrow,
                    free_left=free_left, bare_right=bare_right, bare_wd=bare_wd) -> Res | None:
                b = right_res(ref)
                if b is None or b[1] is None:
                    return None
                a = None if borrow else left_res(ref)
                if bare_wd and a and a[0] is not None and (b[1] - a[0]).days > 6:
                    a = left_res(b[1] - timedelta(days=6))
                if a and a[0] is not None and b[1] < a[0] and bare_right:  # "April 27 to the 3rd", "next Monday
                    b = right_res(a[0]) or b  # to Friday": the first such day from the left end on
                if free_left and (a is None or a[0] is None or b[1] < a[0]):
                    # "from 1 October to 7 November" said on 24 October, "from 4 to 22 this month",
                    # "May to October 2020": the left end is the last one before the right end,
                    # read a week, a month or a year before it
                    for back in (6, 27, 364):
                        a = left_res(b[1] - timedelta(days=back))
                        if a and a[0] is not None and a[0] <= b[1]:
                            break
                if a is None or a[0] is None:
                    return None
                s, e = a[0], b[1]  # both ends inclusive: "from Q1 to Q3 2017" takes in Q3
                if e is None or e < s:
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
    if m.group("dg"):  # "14.-15.10.2018": the day takes its month and year from the date
        d1, (gy, gm, gd) = nums[0].value, _one(part, "G")

        def gres(ref: date) -> Res | None:
            if gd is None or not _valid(gy, gm, d1) or d1 >= gd:
                return None
            e = date(gy, gm, gd) if gy is not None else _future_day(ref, gm, gd)
            return (e.replace(day=d1), e, "interval") if e else None

        return Node(gres, i, j, None, True)
    if m.group("d") or m.group("md") or m.group("dm") is not None:
        d1, d2 = nums[0].value, nums[-1].value
        if len(months) == 2:
            m1, m2 = months[0].value, months[1].value
        elif len(months) == 1:
            m1 = m2 = months[0].value
            if m.group("md") and d2 < d1:  # "April 27 to the 3rd": into the next month
                m2 = m1 % 12 + 1
        else:
            m1 = m2 = None

        def res(ref: date) -> Res | None:
            if m1 is None:
                dom = _r_dom([nums[0]])
                a = dom(ref) if dom else None
                if a is None:
                    return None
                mm, yy = a[0].month, a[0].year
                if not _valid(yy, mm, d2) or d2 < d1:
                    return None
                return a[0], date(yy, mm, d2), "interval"
            wrap = 1 if m2 < m1 else 0  # "21 Dec - 6 Jan": the year turns in between
            # with no year, the first such range that has not ended (one under way counts)
            for yy in ((y - wrap,) if y is not None else (ref.year - 1, ref.year, ref.year + 1)):
                if _valid(yy, m1, d1) and _valid(yy + wrap, m2, d2):
                    s, e = date(yy, m1, d1), date(yy + wrap, m2, d2)
                    if y is not None or e >= ref:
                        return (s, e, "interval") if s <= e else None
            return None

        return Node(res, i, j, None, bool(months))
    m1, m2 = months[0].value, months[-1].value

    def mres(ref: date) -> Res | None:
        if y is not None:  # "Nov-Feb 2017": the year is February's
            yy, y2 = (y, y) if m2 >= m1 else (y - 1, y)
            return _month(yy, m1)[0], _month(y2, m2)[1], "interval"
        y2 = _future_month(ref, m2)  # "August to October" said in September: this year's, under way
        yy = y2 if m2 >= m1 else y2 - 1
        return _month(yy, m1)[0], _month(y2, m2)[1], "interval"

    return Node(mres, i, j, None, True)


_RANGE_RX = re.compile(  # "b" too: German "bis" is both "by" and "to"
    r"[fwc]?(?:(?P<dg>[NO][t&ub]G)|(?P<md>M[NO][t&ub][NO]Y?)|(?P<d>W?[NO][t&ub]W?[NO](?:M[t&ub]?)?M?Y?)"
    r"|(?P<dm>)W?[NO]M[t&ub]W?[NO]MY?|M[t&ub]MY?)"  # "from Monday 1 to Wednesday 10 July"
)


def _best_at(g: Grammar, syms: str, lx: list[Lex], i: int) -> Node | None:
    a = _expr_at(g, syms, lx, i)
    b = _partial_range(g, syms, lx, i)
    if b is not None and (a is None or b.j >= a.j):
        return b
    return a


def _lexed(text: str, lang: Lang) -> tuple[str, list[Lex]]:
    return _lex_syms(fold(text), lang)


def _window(text: str, node: Node, lx: list[Lex], ref: datetime | date, precision: str | None) -> Window | None:
    if precision in ("year", "month"):
        s0, s1 = span(ref, precision)
    else:  # span(ref, "day"): the day itself
        s0 = s1 = ref.date() if isinstance(ref, datetime) else ref
    try:
        a = node.res(s0)
        b = a if s1 == s0 else node.res(s1)
    except (ValueError, OverflowError):  # a number read as a year beyond 9999: not a date
        return None
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
        node = _expr_at(g, syms, lx, i)  # _best_at, inline
        part = _partial_range(g, syms, lx, i)
        if part is not None and (node is None or part.j >= node.j):
            node = part
        # the longest parse; of equal ones, a standalone one ("year 2008" is 2008, not "the year")
        if node is not None and (best is None or (node.j - node.i, node.standalone) > (best.j - best.i, best.standalone)):
            best = node
            if node.j == len(syms):  # reaches the end: no later start can be longer
                break
    if best is None or (best.j - best.i == 1 and lx[best.i].value == "day" and "?" in syms):
        return None  # "the day" alone is today; "Global Youth Service Day" (unknown) is not
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
        if syms[i] == "?":  # an unknown word starts no expression (_expr_at and _partial_range refuse it)
            i += 1
            continue
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
