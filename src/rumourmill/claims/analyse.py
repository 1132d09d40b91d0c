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
    name = att.name
    attributed = att.kind != "unattributed"
    verb = lex.verbs.search(sentence)
    if not attributed and verb:
        # reported speech without a source the extractor classifies: "the minister told", "he said"
        attributed = True
        before = [e for e in ents if e.end <= verb.start()]
        after = [e for e in ents if e.start >= verb.end()]
        speaker = (before[-1] if before and verb.start() - before[-1].end <= 25 else None) or (after[0] if after and after[0].start - verb.end() <= 5 else None)
        name = speaker.text if speaker else _pronoun(sentence[: verb.start()])
    hedge = "rumour" if hedged else "official"
    return {
        "hedged": hedged,
        "future": looks_future(sentence, lex),
        "attributed": attributed,
        "attribution_kind": att.kind,
        "attribution_name": name,
        "probability": probability(sentence, lex, hedge) if hedged else DEFAULT_PROBABILITY["official"],
    }


def _pronoun(text: str) -> str | None:
    """The last word before a reporting verb when it is a pronoun or short noun phrase head."""
    words = text.split()
    return words[-1].strip(",;:\"“”") if words and len(words[-1]) <= 12 else None
