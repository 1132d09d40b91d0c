"""Sentence-level analysis for `rumourmill analyse`: the extractor's cues, without an article.

Used by the public scorers (hedged / future / attributed F1, source spans). The hedge and
attribution come from the same functions the extractor uses; "attributed" is broader than a
claim's attribution: any reported speech counts (a quotation, "she said", Konjunktiv I),
and the name is the source's noun phrase as written ("Mrs. Clinton's aides"). Reported
speech whose speaker is named in another sentence (a quotation, Konjunktiv I) is attributed
with kind "unattributed" and no name. relayed_by, relay_chain and attribution_role (the
speaker's role as written) are added for people reading the output; the scorers ignore them.
"""
from __future__ import annotations

from rumourmill import languages
from rumourmill.claims.attribution import attribute, reported_speech
from rumourmill.claims.entities import entities, persons_in
from rumourmill.claims.hedging import DEFAULT_PROBABILITY, is_hedged, looks_future, probability
from rumourmill.claims.lexicon import Lexicon, lexicon

_UNKNOWN = {"hedged": None, "future": None, "attributed": None, "attribution_kind": None,
            "attribution_name": None, "probability": None, "relayed_by": None, "relay_chain": [], "attribution_role": None}


def analyse_sentence(sentence: str, lang: str) -> dict:
    try:
        if "hedge" not in languages.load(lang):  # a language known only to the time normaliser
            return dict(_UNKNOWN)
    except KeyError:
        return dict(_UNKNOWN)
    lex = lexicon(lang)
    people = persons_in(sentence, lex)
    att = attribute(sentence, lex, entities(sentence, lex, people), people, set())
    speech = reported_speech(sentence, lang)
    name = att.name if att.kind in ("anonymous_sources", "leak", "named_outlet", "named_person") else None
    if att.kind not in ("anonymous_sources", "leak") and speech is not None and speech.source:
        name = speech.source
    name = name or att.name
    hedged = is_hedged(sentence, lex) or att.kind in ("leak", "anonymous_sources")
    hedge = "rumour" if hedged else "official"
    return {
        "hedged": hedged,
        "future": looks_future(sentence, lex, broad=True),
        "attributed": att.kind != "unattributed" or speech is not None,
        "attribution_kind": att.kind if att.kind != "unattributed" or speech is None else _kind_of(speech.source, lex),
        "attribution_name": name,
        "probability": probability(sentence, lex, hedge) if hedged else DEFAULT_PROBABILITY["official"],
        "relayed_by": att.relayed_by,
        "relay_chain": list(att.relay_chain),
        "attribution_role": att.role,
    }


def _kind_of(source: str | None, lex: Lexicon) -> str:
    """The kind of a source found only as reported speech ("the newspaper wrote", "she said")."""
    if not source:
        return "unattributed"
    if lex.anonymous.search(source):
        return "anonymous_sources"
    if any(o in source for o in lex.outlets if len(o) > 3) or source.split()[-1] in lex.outlet_words:
        return "named_outlet"
    if lex.analyst.search(source):
        return "analyst"
    if lex.official.search(source):
        return "official"
    return "named_person"
