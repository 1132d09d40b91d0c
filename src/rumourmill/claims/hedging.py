"""How sure a claim is: hedge class, probability, polarity and whether it is a prediction.

Hedge classes are DESIGN.md's vocabulary; probabilities start from the attribution's
default band and are lowered/raised by the words of estimative probability found in the
sentence (Sherman Kent's table, per language in the knowledge files). When several
cues occur, the most cautious one wins ("will likely" -> likely).
"""
from __future__ import annotations

import re

from rumourmill.claims.attribution import Attribution
from rumourmill.claims.lexicon import Lexicon, norm

DEFAULT_PROBABILITY = {"official": 0.95, "planned": 0.8, "reported": 0.6, "opinion": 0.5, "rumour": 0.4}
"""Band per hedge when the sentence has no word of estimative probability."""


def hedge_of(sentence: str, lex: Lexicon, att: Attribution, subject: str | None, evidence: bool) -> str:
    kind = att.kind
    if kind == "official":
        return "official"
    if kind == "analyst":
        return "opinion"
    if kind == "leak":
        return "rumour"
    if kind in ("anonymous_sources", "named_outlet"):
        return "reported"
    if kind == "named_person":
        own = subject is not None and (att.name == subject or _is_insider(sentence, att, lex))
        return "planned" if own else "reported"
    # unattributed: the wording decides
    if lex.speculation.search(sentence):
        return "rumour"
    if lex.reportive.search(sentence):
        return "reported"
    if evidence:
        return "official"
    if lex.plan.search(sentence):
        return "planned"
    return "rumour"


def _is_insider(sentence: str, att: Attribution, lex: Lexicon) -> bool:
    """A person speaking for the actor: an executive role is named next to them."""
    if att.span is None:
        return False
    a, b = att.span
    return bool(lex.roles.search(sentence[max(0, a - 40): b + 60])) and not lex.analyst.search(sentence[max(0, a - 40): b + 60])


def probability(sentence: str, lex: Lexicon, hedge: str) -> float:
    cues = [lex.probability_of.get(norm(m.group())) for m in lex.probability.finditer(sentence)]
    cues = [c for c in cues if c is not None]
    if not cues:
        return DEFAULT_PROBABILITY[hedge]
    return min(cues)


def polarity(sentence: str, lex: Lexicon) -> str:
    return "negative" if lex.negation.search(sentence) or lex.deny.search(sentence) else "positive"


def looks_future(sentence: str, lex: Lexicon) -> bool:
    return bool(lex.future.search(sentence) or lex.conditional.search(sentence) or lex.future_tense.search(sentence))


def is_hedged(sentence: str, lex: Lexicon) -> bool:
    return bool(
        lex.uncertain.search(sentence) or lex.speculation.search(sentence) or lex.reportive.search(sentence)
        or lex.conditional.search(sentence)
    )


_QUESTION = re.compile(r"\?\s*[\"”»]?\s*$")


def is_question(sentence: str) -> bool:
    return bool(_QUESTION.search(sentence))
