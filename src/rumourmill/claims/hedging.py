"""How sure a claim is: hedge class, probability, polarity and whether it is a prediction.

Hedge classes are DESIGN.md's vocabulary. A claim's probability starts from its hedge's
default band (DEFAULT_PROBABILITY) and is replaced by the most cautious word of
estimative probability found in the sentence ("will likely" -> likely). The words come
from each language's `[hedge.probability]` table, seeded from Sherman Kent's "Words of
Estimative Probability" (1964) and extended with the modal verbs, moods and reporting
formulas of news about deals:

    band         Kent's words                        news cues (en / it / es / fr / de)
    0.93-0.99    certain, almost certainly           "will", "is scheduled to"; sarà; será; sera; wird
    0.80-0.90    (highly likely)                     "is set to", "plans to"; prevede di; tiene previsto; prévoit de; plant
    0.70-0.80    probable, likely, we believe        "expected to", "should"; dovrebbe; debería; devrait; dürfte
    0.55-0.65    (better than even)                  "reportedly", "is said to", conditional mood of report:
                                                     sarebbe/-rebbe; habría/-ría; serait/-rait; soll, Konjunktiv I
    0.40-0.50    chances about even, could, may      "could", "may", "in talks", "considering"; potrebbe; podría; pourrait; könnte
    0.20-0.35    probably not, unlikely              "unlikely", "exploring"; improbabile; poco probable; peu probable; unwahrscheinlich
    0.02-0.10    almost certainly not, chances slight "almost certainly not"

A cue of the conditional mood (-rebbe, -ría, -rait) with no word from the table counts as
0.6, the band of hearsay. Denials ("has no plans to", "ha smentito", "dementierte") are
not a band: the probability is that of the claim as stated, so a denial sets the claim's
polarity to negative and resolution treats it as evidence against the earlier rumour.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from rumourmill import languages
from rumourmill.text import mask
from rumourmill.claims.attribution import Attribution, capitalises_nouns
from rumourmill.claims.lexicon import Lexicon, Regex, cue, norm, patterns_regex, search_any

DEFAULT_PROBABILITY = {"official": 0.95, "planned": 0.8, "reported": 0.6, "opinion": 0.5, "rumour": 0.4}
"""Band per hedge when the sentence has no word of estimative probability."""

CONDITIONAL_PROBABILITY = 0.6
"""A claim in the conditional mood of report ("acquisterebbe", "compraría") with no other cue."""


@dataclass(frozen=True)
class _Extra:
    """Sentence-level cues `analyse` uses beyond the extractor's word lists ([hedge] table)."""
    hedge: Regex  # hedge_patterns: constructions, not words ("is said to", "-rebbe")
    not_hedge: Regex  # backshift_patterns: "said it would" is reported future, not doubt
    future: Regex  # future_patterns: infinitives of intent, headline "to"-infinitives
    not_future: Regex  # past_expectation_patterns: "had forecast", "the next generation"
    expectation: Regex  # own_expectation_patterns: "expects the deal to close", after the actor
    self_reference: Regex  # self_reference: "himself", "lo stesso": the speaker speaks about himself


@functools.cache
def _extra(lang: str) -> _Extra:
    try:
        hed = languages.load(lang).get("hedge", {})
    except KeyError:
        hed = {}
    return _Extra(
        hedge=cue(patterns_regex(hed.get("hedge_patterns", []), re.IGNORECASE)),
        not_hedge=cue(patterns_regex(hed.get("backshift_patterns", []), re.IGNORECASE)),
        future=cue(patterns_regex(hed.get("future_patterns", []))),
        not_future=cue(patterns_regex(hed.get("past_expectation_patterns", []), re.IGNORECASE)),
        expectation=cue(patterns_regex(hed.get("own_expectation_patterns", []))),
        self_reference=cue(patterns_regex(hed.get("self_reference", []), re.IGNORECASE)),
    )


def hedge_of(sentence: str, lex: Lexicon, att: Attribution, subject: str | None, evidence: bool) -> str:
    """The hedge class of a claim about `subject`. The source decides first (a person speaking
    for the actor states its plan); without one, the wording: speculation, hearsay, an official
    confirmation or denial, then the actor's own plan, expectation ("expects the deal to close")
    or schedule in the future tense ("resterà"), else rumour."""
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
    if lex.plan.search(sentence) or _own_expectation(sentence, lex, subject) or _own_schedule(sentence, lex, subject):
        return "planned"
    return "rumour"


def _own_expectation(sentence: str, lex: Lexicon, subject: str | None) -> bool:
    """"Nvidia expects the deal to close within 18 months": the actor states its own
    expectation of what it is doing."""
    return any(_actor_before(sentence, m.start(), lex, subject) for m in _extra(lex.lang).expectation.finditer(sentence))


def _own_schedule(sentence: str, lex: Lexicon, subject: str | None) -> bool:
    """"Bezos resterà alla presidenza": the actor's schedule stated as fact in the future tense
    (the conditional mood is hearsay instead; "the car will have" describes a product)."""
    if lex.conditional.search(sentence):
        return False
    return any(not _name_like(m, lex.lang) and _actor_before(sentence, m.start(), lex, subject)
               for m in lex.future_tense.finditer(sentence))


def _actor_before(sentence: str, pos: int, lex: Lexicon, subject: str | None) -> bool:
    """The subject (a word of its name), a description of it or a pronoun just before the verb."""
    head = sentence[max(0, pos - 40): pos]
    words = [w for w in (subject or "").split() if len(w) >= 3]
    return (any(re.search(rf"\b{re.escape(w)}\b", head) for w in words) or bool(lex.anaphora.search(head))
            or bool(re.search(r"\b(?:it|they|we)\s+$", head)))


def _is_insider(sentence: str, att: Attribution, lex: Lexicon) -> bool:
    """A person speaking for the actor: an executive role is named next to them, they speak
    about themselves ("said Bezos himself", "ha detto lo stesso Bezos"), or, named without any
    introduction, they state the actor's plan (a reader is expected to know them: "Lei Jun
    reiterated that Xiaomi aims to ...")."""
    if att.span is None:
        return False
    a, b = att.span
    near = sentence[max(0, a - 40): b + 60]
    if lex.analyst.search(near):
        return False
    if lex.roles.search(near) or _extra(lex.lang).self_reference.search(sentence[max(0, a - 15): b + 15]):
        return True
    rest = sentence[:a] + " " * (b - a) + sentence[b:]
    return att.role is None and not _introduced(sentence, b) and bool(lex.plan.search(rest))


_APPOSITIVE = re.compile(r"\s*(?:,\s*(?:(?:a|an|the|un|una|uno|il|la|lo|el|le|der|die|ein|eine)\s+)?[a-zà-ÿ]"
                         r"|\s+(?:of|at|from|di|del|della|dello|de|du|des|von|vom|bei|da)\s)")


def _introduced(sentence: str, end: int) -> bool:
    """"Tom Berg, a professor at ...", "Jo Li of Wedbush": the person is introduced as someone."""
    return bool(_APPOSITIVE.match(sentence, end))


def probability(sentence: str, lex: Lexicon, hedge: str) -> float:
    cues = [lex.probability_of.get(norm(m.group())) for m in lex.probability.finditer(sentence)
            if not _name_like(m, lex.lang)]
    cues = [c for c in cues if c is not None]
    if not cues and lex.conditional.search(sentence):
        cues = [CONDITIONAL_PROBABILITY]
    if not cues:
        return DEFAULT_PROBABILITY[hedge]
    return min(cues)


def polarity(sentence: str, lex: Lexicon) -> str:
    """Negative when negated or denied; "it is not ruled out that X buys Y" (litotes) is not."""
    sentence = mask(sentence, [m.span() for m in lex.litotes.finditer(sentence)])
    return "negative" if lex.negation.search(sentence) or lex.deny.search(sentence) else "positive"


def looks_future(sentence: str, lex: Lexicon, broad: bool = False) -> bool:
    """A claim about what will or may happen. `broad` (sentence analysis) also counts
    intentions and purposes whose event lies ahead ("agreed to buy", "GM to cut jobs")."""
    patterns = (lex.future, lex.conditional, lex.future_tense)
    if not broad:
        return search_any(patterns, sentence)
    extra = _extra(lex.lang)
    vetoed = [m.span() for m in extra.not_future.finditer(sentence)]
    return any(not _name_like(m, lex.lang) and not any(a <= m.start() < b for a, b in vetoed)
               for p in patterns + (extra.future,) for m in p.finditer(sentence))


def is_hedged(sentence: str, lex: Lexicon) -> bool:
    """Stated as uncertain: speculation, hearsay, modal or conditional wording - except a
    "would" that only moves a reported future into the past ("said it would cut jobs")."""
    extra = _extra(lex.lang)
    if lex.speculation.search(sentence) or lex.reportive.search(sentence) or extra.hedge.search(sentence):
        return True
    backshifted = [m.span() for m in extra.not_hedge.finditer(sentence)]
    for pattern in (lex.uncertain, lex.conditional):
        for m in pattern.finditer(sentence):
            if not _name_like(m, lex.lang) and not any(a <= m.start() < b for a, b in backshifted):
                return True
    return False


def _name_like(m: re.Match[str], lang: str) -> bool:
    """A capitalised cue inside a sentence is a name or a month ("in May", "Will Smith") -
    except where every noun is capitalised (German "Gerüchte")."""
    return not capitalises_nouns(lang) and m.start() > 0 and m.group()[0].isupper() and m.string[max(0, m.start() - 2):m.start()].strip() not in ("", '"', "“", "„", "«", "(", ":")


_QUESTION = re.compile(r"\?\s*[\"”»]?\s*$")


def is_question(sentence: str) -> bool:
    return bool(_QUESTION.search(sentence))
