"""Rule-based claim extraction: article text -> Claim records (one per claim sentence).

A sentence is a claim when it names an event (a trigger word of one of DESIGN.md's event
types), has a subject (a name, or a description such as "the Chinese giant" resolved to the
article's main entity), and is not plain settled fact: it looks ahead, is attributed, is
hedged, or is an official confirmation or denial (the evidence later claims are checked
against). All language knowledge comes from rumourmill/lang/<code>.toml.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from rumourmill import text as textmod
from rumourmill.claims import timex
from rumourmill.claims.attribution import attribute
from rumourmill.claims.entities import Entity, entities, expand_acronym, lowercase_words, main_entity, persons_in
from rumourmill.claims.hedging import hedge_of, is_question, looks_future, polarity, probability
from rumourmill.claims.lexicon import Lexicon, lexicon
from rumourmill.dates import span
from rumourmill.models import Claim, short_hash

EXTRACTOR = "rules-0.1"
"""Bump when extraction changes: `rumourmill extract` re-extracts articles seen by older versions."""

MAX_SENTENCE = 600


@dataclass(frozen=True)
class ArticleText:
    """What extraction needs of an article."""

    article_id: str
    text: str
    language: str | None
    published_at: dt.datetime | None
    published_precision: str | None = "day"
    title: str | None = None


def supported(lang: str | None) -> bool:
    try:
        return lang is not None and bool(lexicon(lang).events)
    except KeyError:
        return False


def extract_article(article: ArticleText) -> list[Claim]:
    if not supported(article.language) or not article.text:
        return []
    lang = article.language
    lex = lexicon(lang)
    spans = list(textmod.sentence_spans(article.text))
    sents = [article.text[a:b] for a, b in spans]
    people = persons_in(article.text, lex)
    vocab = lowercase_words(article.text)
    main = main_entity(article.title, sents, lex, people, vocab)
    if main:
        main = expand_acronym(Entity(main, 0, 0, "org"), article.text).text
    actors = {main} if main else set()
    published = article.published_at or dt.datetime(1970, 1, 1)
    precision = article.published_precision or "day"
    pub_start, _ = span(published, precision)
    claims: list[Claim] = []
    for (a, b), sentence in zip(spans, sents):
        claim = _claim(article, lex, sentence, a, b, people, vocab, main, actors, published, precision, pub_start)
        if claim is not None:
            claims.append(claim)
    return claims


def _claim(article, lex: Lexicon, sentence: str, a: int, b: int, people, vocab, main, actors, published, precision,
           pub_start) -> Claim | None:
    if len(sentence) > MAX_SENTENCE or len(sentence) < 25 or is_question(sentence):
        return None
    event_type, trigger = _event(sentence, lex)
    if trigger is None:
        return None
    ents = [expand_acronym(e, article.text) for e in entities(sentence, lex, people, vocab)]
    att = attribute(sentence, lex, ents, people, actors)
    evidence = bool(lex.confirm.search(sentence) or lex.deny.search(sentence))
    future = looks_future(sentence, lex)
    windows = [w for w in timex.find_windows(sentence, lex.lang, published, precision) if w.latest is None or w.latest >= pub_start]
    speculative = bool(lex.speculation.search(sentence) or lex.reportive.search(sentence) or lex.conditional.search(sentence))
    if not (future or evidence or speculative or att.kind != "unattributed"):
        return None  # settled past fact or background
    subject = _subject(sentence, lex, ents, att, main, event_type)
    if subject is None:
        return None
    counterparty = _counterparty(ents, subject, att) if event_type in ("partnership", "acquisition", "departure") else None
    subject, counterparty = lex.aliases.get(subject, subject), lex.aliases.get(counterparty, counterparty)
    hedge = hedge_of(sentence, lex, att, subject, evidence)
    kind, name = att.kind, att.name
    if hedge == "official" and kind == "unattributed":
        kind, name = "official", subject
    window = windows[0] if windows else None
    if evidence and not future:
        window = None  # "denied on Tuesday": the date of the statement, not an expected window
    prediction = future or (window is not None and window.earliest is not None and window.earliest > pub_start)
    return Claim(
        claim_id=short_hash(article.article_id, a, b, 0),
        article_id=article.article_id,
        quote=sentence,
        char_start=a,
        char_end=b,
        subject=subject,
        event=_event_text(sentence, trigger),
        event_type=event_type,
        counterparty=counterparty,
        polarity=polarity(sentence, lex),
        hedge=hedge,
        probability=probability(sentence, lex, hedge),
        attribution_kind=kind,
        attribution_name=name,
        relayed_by=att.relayed_by,
        is_prediction=bool(prediction),
        expected_text=window.text if window else None,
        expected_earliest=window.earliest if window else None,
        expected_latest=window.latest if window else None,
        expected_grain=window.grain if window else None,
        language=lex.lang,
        extractor=EXTRACTOR,
    )


def _event(sentence: str, lex: Lexicon) -> tuple[str, re.Match[str] | None]:
    for event_type, pattern in lex.events:
        m = pattern.search(sentence)
        if m:
            return event_type, m
    return "other", None


def _event_text(sentence: str, trigger: re.Match[str]) -> str:
    """The trigger and the few words after it, up to punctuation: a short handle for the event."""
    tail = re.match(r"[^,.;:!?()“”\"«»]{0,60}", sentence[trigger.end():]).group()
    words = tail.split()[:5]
    return " ".join([trigger.group().lower()] + words).strip()


def _subject(sentence: str, lex: Lexicon, ents: list[Entity], att, main: str | None, event_type: str) -> str | None:
    """First organisation or person that is not the cited source; descriptions resolve to `main`.

    For a departure the subject is the person who moves, wherever the sentence names them.
    """
    source_span = att.span or (-1, -1)
    cands = [
        e for e in ents
        if e.kind in ("org", "person")
        and not (att.kind != "official" and e.text == att.name)
        and not (source_span[0] <= e.start < source_span[1] and att.kind != "official")
        and e.text != att.relayed_by
    ]
    ana = lex.anaphora.search(sentence)
    if event_type == "departure":
        person = next((e.text for e in cands if e.kind == "person"), None)
        if person:
            return person
    if ana and main and (not cands or ana.start() < cands[0].start):
        return main
    if cands:
        return cands[0].text
    return main


def _counterparty(ents: list[Entity], subject: str, att) -> str | None:
    for e in ents:
        if e.kind in ("org", "person") and e.text != subject and e.text != att.name and e.text != att.relayed_by:
            return e.text
    return None
