"""Sentence-level analysis for `rumourmill analyse`: the extractor's cues, without an article.

Used by the public scorers (hedged / future / attributed F1, source spans), so it must
use exactly the cues the extractor uses.
"""
from __future__ import annotations

from rumourmill.claims.attribution import attribute
from rumourmill.claims.entities import entities, persons_in
from rumourmill.claims.hedging import DEFAULT_PROBABILITY, is_hedged, looks_future, probability
from rumourmill.claims.lexicon import lexicon


def analyse_sentence(sentence: str, lang: str) -> dict:
    try:
        lex = lexicon(lang)
    except KeyError:
        return {"hedged": None, "future": None, "attributed": None, "attribution_kind": None,
                "attribution_name": None, "probability": None}
    people = persons_in(sentence, lex)
    ents = entities(sentence, lex, people)
    att = attribute(sentence, lex, ents, people, set())
    hedged = is_hedged(sentence, lex) or att.kind in ("leak",)
    hedge = "rumour" if hedged else "official"
    return {
        "hedged": hedged,
        "future": looks_future(sentence, lex),
        "attributed": att.kind != "unattributed",
        "attribution_kind": att.kind,
        "attribution_name": att.name,
        "probability": probability(sentence, lex, hedge) if hedged else DEFAULT_PROBABILITY["official"],
    }
