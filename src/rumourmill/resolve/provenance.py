"""Provenance: who a claim is credited to, and which outlets passed it on.

"La Stampa, citing Reuters, citing three people with direct knowledge" credits the people
(anonymous_sources) whose report Reuters carried; Reuters and La Stampa are relays. The
credited source is the attribution name, else the relaying outlet, else the article's
outlet, else the attribution kind. An independence key says when two claims come from the same original report:
named sources by their name; anonymous sources, unattributed claims and a named outlet
by the outlet that first carried them (Reuters' sources, and "Reuters reported", are one
source however many outlets relay them).

Within one article, an anonymous source named by a partitive or definite anaphor ("one of
the people", "the sources", "le stesse fonti", "einer der Insider": the [attribution]
anaphoric_sources patterns of each language file) is the anonymous source the article
introduced before it ("three people with direct knowledge of the matter"), and takes that
claim's credit whole (see antecedents).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from rumourmill import languages
from rumourmill.resolve.names import canonical

_HOST_NOISE = frozenset({"www", "www2", "m", "amp", "news", "edition", "mobile", "it", "en", "de", "fr", "es"})
BY_OUTLET = frozenset({"anonymous_sources", "unattributed"})
"""Kinds whose identity is the outlet that first carried them, not the words naming them."""


@dataclass(frozen=True)
class Credit:
    origin_source: str | None
    origin_kind: str
    relay_outlet: str | None
    relay_chain: tuple[str, ...]  # outlets from the origin outward
    origin_key: str  # claims with the same key are one independent source


@functools.lru_cache(maxsize=100_000)
def outlet_of(outlet: str | None, url: str | None) -> str | None:
    """The article's outlet, else the telling part of its URL's host ("reuters" for reuters.com)."""
    if outlet and str(outlet).strip():
        return " ".join(str(outlet).split())
    if not url:
        return None
    host = (urlsplit(str(url)).hostname or "").split(".")
    labels = [h for h in host[:-1] if h not in _HOST_NOISE] or host
    return labels[0] if labels and labels[0] else None


def credit(kind: str, name: str | None, relayed_by: str | None, outlet: str | None, article_id: str,
           relays: tuple[str, ...] = ()) -> Credit:
    """Credit one claim: `outlet` is its article's outlet (see outlet_of); `relays`, when the
    extractor gives them, every outlet named in the sentence from the origin outward
    ("Reuters" in "La Stampa, citing Reuters, citing ..."), else just `relayed_by`."""
    name = _clean(name)
    relay = _clean(relayed_by)
    named = [r for r in map(_clean, relays or (relay,)) if r]
    relay = named[0] if named else None
    chain = tuple(dict.fromkeys(o for o in (*named, outlet) if o and canonical(o) != canonical(name)))
    if name:
        source, origin_kind = name, kind
    elif relay:
        source, origin_kind = relay, "named_outlet"
        chain = tuple(o for o in chain if canonical(o) != canonical(relay))
    else:
        source, origin_kind = outlet or kind, kind
        chain = ()
    if origin_kind in BY_OUTLET or not name:
        first = relay or outlet
        key = f"outlet|{canonical(first)}" if first else f"{origin_kind}|article:{article_id}"
    elif origin_kind == "named_outlet":
        key = f"outlet|{canonical(name)}"  # "Reuters reported" and "Reuters' sources said": one report
    else:
        key = f"{origin_kind}|{canonical(name)}"
    return Credit(source, origin_kind, chain[0] if chain else None, chain, key)


ANONYMOUS = "anonymous_sources"


@functools.cache
def _anaphor_patterns(lang: str | None) -> re.Pattern[str] | None:
    """The anaphoric_sources patterns of `lang`, or of every language when it has no file."""
    codes = [lang] if lang in languages.available() else languages.available()
    pats = [p for code in codes for p in languages.load(code).get("attribution", {}).get("anaphoric_sources", [])]
    return re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE) if pats else None


def is_anaphoric(name: str | None, lang: str | None = None) -> bool:
    """Whether an anonymous source's name refers back to sources named before it
    ("one of the people", "le stesse fonti") rather than introducing some."""
    name = _clean(name)
    pattern = _anaphor_patterns(lang if isinstance(lang, str) else None)
    return bool(name and pattern and pattern.match(name))


def antecedents(kinds: list, names: list, articles: list, langs: list | None = None) -> list[int | None]:
    """For claims in reading order (by article, then position), the index of the claim whose
    anonymous source each anaphoric anonymous source refers back to: the latest earlier claim
    of the same article whose anonymous source is not itself an anaphor; None for the rest."""
    langs = langs if langs is not None else [None] * len(kinds)
    last: dict[object, int] = {}  # article -> its latest anonymous source so far
    out: list[int | None] = [None] * len(kinds)
    for i, (kind, name, article, lang) in enumerate(zip(kinds, names, articles, langs)):
        if kind != ANONYMOUS:
            continue
        if is_anaphoric(name, lang):
            out[i] = last.get(article)
        else:
            last[article] = i
    return out


def _clean(text: object) -> str | None:
    return " ".join(text.split()) if isinstance(text, str) and text.strip() else None
