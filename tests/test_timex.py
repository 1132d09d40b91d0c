"""Time-expression windows: own examples per language, month-precision references, offsets."""
from datetime import date, datetime

import pytest

from rumourmill.claims.timex import VAGUE_HORIZON_DAYS, find_windows, normalise
from rumourmill.dates import parse_published

REF = datetime(2022, 6, 15)  # a Wednesday


def win(text, lang, ref=REF, prec="day"):
    w = normalise(text, lang, ref, prec)
    assert w is not None, text
    return w.earliest, w.latest


@pytest.mark.parametrize("text,lang,earliest,latest", [
    ("tomorrow", "en", date(2022, 6, 16), date(2022, 6, 16)),
    ("next week", "en", date(2022, 6, 20), date(2022, 6, 26)),
    ("in two weeks", "en", date(2022, 6, 29), date(2022, 6, 29)),
    ("within three months", "en", date(2022, 6, 15), date(2022, 9, 15)),
    ("Q3 2023", "en", date(2023, 7, 1), date(2023, 9, 30)),
    ("the third quarter", "en", date(2022, 7, 1), date(2022, 9, 30)),
    ("in the second half of 2024", "en", date(2024, 7, 1), date(2024, 12, 31)),
    ("FY2025", "en", date(2025, 1, 1), date(2025, 12, 31)),
    ("Christmas", "en", date(2022, 12, 25), date(2022, 12, 25)),
    ("Easter 2024", "en", date(2024, 3, 31), date(2024, 3, 31)),
    ("March", "en", date(2023, 3, 1), date(2023, 3, 31)),
    ("September 2023", "en", date(2023, 9, 1), date(2023, 9, 30)),
    ("Friday", "en", date(2022, 6, 17), date(2022, 6, 17)),
    ("later this year", "en", date(2022, 6, 15), date(2022, 12, 31)),
    ("next summer", "en", date(2022, 6, 21), date(2022, 9, 23)),  # said in spring
    ("il mese prossimo", "it", date(2022, 7, 1), date(2022, 7, 31)),
    ("nel secondo semestre", "it", date(2022, 7, 1), date(2022, 12, 31)),
    ("terzo trimestre 2023", "it", date(2023, 7, 1), date(2023, 9, 30)),
    ("domani", "it", date(2022, 6, 16), date(2022, 6, 16)),
    ("tra tre settimane", "it", date(2022, 7, 6), date(2022, 7, 6)),
    ("12 ottobre 2022", "it", date(2022, 10, 12), date(2022, 10, 12)),
    ("a finales de año", "es", date(2022, 9, 1), date(2022, 12, 31)),
    ("la semana que viene", "es", date(2022, 6, 20), date(2022, 6, 26)),
    ("el próximo mes", "es", date(2022, 7, 1), date(2022, 7, 31)),
    ("à la rentrée", "fr", date(2022, 9, 1), date(2022, 9, 30)),
    ("la semaine prochaine", "fr", date(2022, 6, 20), date(2022, 6, 26)),
    ("le 3 mars 2023", "fr", date(2023, 3, 3), date(2023, 3, 3)),
    ("Anfang nächsten Jahres", "de", date(2023, 1, 1), date(2023, 3, 31)),
    ("nächste Woche", "de", date(2022, 6, 20), date(2022, 6, 26)),
    ("im dritten Quartal", "de", date(2022, 7, 1), date(2022, 9, 30)),
])
def test_windows(text, lang, earliest, latest):
    assert win(text, lang) == (earliest, latest)


def test_by_end_of_year_is_a_deadline():
    ref, prec = parse_published("2021-03")
    w = normalise("entro la fine del 2023", "it", ref, prec)
    assert (w.earliest, w.latest, w.modifier) == (date(2021, 3, 1), date(2023, 12, 31), "by")
    w = normalise("by the end of 2023", "en", datetime(2021, 3, 4))
    assert (w.earliest, w.latest) == (date(2021, 3, 4), date(2023, 12, 31))


def test_before_is_exclusive_and_opens_when_past():
    assert win("before March 2023", "en") == (date(2022, 6, 15), date(2023, 2, 28))
    assert win("before 2000", "en") == (None, date(1999, 12, 31))


def test_month_precision_reference_is_a_span():
    ref, prec = parse_published("2021-03")
    w = normalise("già la prossima settimana", "it", ref, prec)
    assert date(2021, 3, 7) <= w.earliest and w.latest <= date(2021, 4, 15)
    assert (w.earliest, w.latest) == (date(2021, 3, 8), date(2021, 4, 11))
    w = normalise("as early as next week", "en", ref, prec)
    assert (w.earliest, w.latest) == (date(2021, 3, 8), date(2021, 4, 11))


def test_year_precision_reference():
    ref, prec = parse_published("2020")
    assert win("next year", "en", ref, prec) == (date(2021, 1, 1), date(2021, 12, 31))


def test_vague_words_get_the_default_horizon():
    w = normalise("soon", "en", REF)
    assert w.grain == "vague" and (w.latest - w.earliest).days == VAGUE_HORIZON_DAYS
    assert normalise("presto", "it", REF).grain == "vague"


def test_find_windows_offsets():
    s = "Rivals could announce the deal as early as next week, and ship it by the end of 2023."
    ws = find_windows(s, "en", REF)
    assert [s[w.start:w.end] for w in ws] == [w.text for w in ws]
    assert [w.text for w in ws] == ["as early as next week", "by the end of 2023"]
    assert ws[1].latest == date(2023, 12, 31)


def test_find_windows_skips_ambiguous_words():
    assert find_windows("The company may sell 2 units.", "en", REF) == []


def test_unknown_language_and_nonsense():
    assert normalise("amanhã", "pt", REF) is None
    assert normalise("the blue car", "en", REF) is None
