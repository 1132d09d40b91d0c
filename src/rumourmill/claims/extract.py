"""Rule-based claim extraction: article text -> Claim records (one or more per claim sentence).

A sentence is a claim when it names an event (a trigger word of one of DESIGN.md's event
types, or, for event type `other`, a forecast or official statement about a named actor
with no trigger), has a subject (a name, or a description such as "the Chinese giant"
resolved to the article's main organisation or person), and is not plain settled fact: it
looks ahead, is attributed, is hedged, or is an official confirmation or denial (the
evidence later claims are checked against). Not claims: triggers that only set a time or
condition ("once the deal closes"), descriptions of an event already told ("the purchase
would make Microsoft ..."), and recaps dated well before publication.

A sentence carries several claims when its clauses give different dates or subjects
("pre-orders open on 16 October, with availability on 23 October"), or when an event is
placed at a venue ("will be unveiled on 17 January in San Jose": a date and a venue claim).
All language knowledge comes from rumourmill/lang/<code>.toml.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from rumourmill import text as textmod
from rumourmill.claims import timex
from rumourmill.claims.attribution import Attribution, _cited, _descriptors, attribute
from rumourmill.claims.entities import Cast, Entity, cast, classify, expand_acronym, role_near
from rumourmill.claims.hedging import hedge_of, is_question, looks_future, polarity, probability
from rumourmill.claims.lexicon import Lexicon, lexicon, may_match_masked, search_any
from rumourmill.dates import span
from rumourmill.models import RELAY_SEPARATOR, Claim, short_hash

EXTRACTOR = "rules-0.4"
"""Bump when extraction changes: `rumourmill extract` re-extracts articles seen by older versions."""

MAX_SENTENCE = 600
WEEK = 7
"""A date in an official statement counts as expected only beyond a week: "on Friday" after a
past-tense verb is the last Friday, though read alone it would be the next one."""
RECAP_DAYS = 30
"""A sentence whose dates all lie more than this before publication retells the past."""


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


@dataclass
class _Article:
    """Article-level context shared by its sentences."""

    article: ArticleText
    lex: Lexicon
    cast: Cast
    published: dt.datetime
    precision: str
    pub_start: dt.date
    pub_end: dt.date
    counterparty: dict[str, str] = field(default_factory=dict)  # event type -> last counterparty named
    last: tuple[str, str] | None = None  # event type and subject of the last claim
    analysts: dict[str, str | None] = field(default_factory=dict)  # people introduced as analysts -> role as written
    long_names: list[str] | None = None  # names of several words the article uses (_name_spans)


def extract_article(article: ArticleText) -> list[Claim]:
    if not supported(article.language) or not article.text:
        return []
    lex = lexicon(article.language)
    spans = list(textmod.sentence_spans(article.text))
    sents = [article.text[a:b] for a, b in spans]
    published = article.published_at or dt.datetime(1970, 1, 1)
    precision = article.published_precision or "day"
    pub_start, pub_end = span(published, precision)
    ctx = _Article(article, lex, cast(article.title, article.text, sents, lex), published, precision,
                   _day(pub_start), _day(pub_end))
    claims: list[Claim] = []
    for (a, b), sentence in zip(spans, sents):
        if len(sentence) <= MAX_SENTENCE and len(sentence) >= 25 and not is_question(sentence):
            claims.extend(_claims(ctx, sentence, a, b))
    return claims


def _day(d) -> dt.date:
    return d.date() if isinstance(d, dt.datetime) else d


# ---------------------------------------------------------------- one sentence


@dataclass(frozen=True)
class _Part:
    """What one claim of a sentence is about."""

    event_type: str
    trigger: re.Match[str] | None
    subject: str
    counterparty: str | None
    window: timex.Window | None
    venue: str | None = None
    source: Attribution | None = None  # a clause's own source, when not the sentence's
    clause: tuple[int, int] | None = None  # the clause it comes from, when not the whole sentence


@dataclass(frozen=True)
class _Signals:
    """What one sentence says, before deciding whether it is a claim."""

    event_type: str
    trigger: re.Match[str] | None
    ignored: list[tuple[int, int]]  # spans whose triggers do not count
    named: list[Entity]  # every name
    ents: list[Entity]  # names that may be the subject
    att: Attribution
    windows: list[timex.Window]
    ahead: list[timex.Window]  # windows not over before publication
    future: bool
    evidence: bool  # an official confirmation or denial verb
    speculative: bool


def _signals(ctx: _Article, sentence: str, timed: tuple[list, list] | None = None) -> _Signals:
    """`timed`: (weak, windows) as _timed() gives them, when the caller has them."""
    lex = ctx.lex
    ignored = _ignored_spans(sentence, lex) + _name_spans(ctx, sentence)
    event_type, trigger = _event(sentence, lex, ignored)
    named = [expand_acronym(e, ctx.article.text) for e in ctx.cast.entities(sentence)]
    ents = [e for e in named if not _common_noun(ctx, sentence, e)
            and not lex.modifiers.search(sentence[max(0, e.start - 30):e.start])]  # "el grupo presidido por X"
    att = attribute(sentence, lex, ents, ctx.cast.people, {ctx.cast.main} if ctx.cast.main else set(), ctx.analysts)
    if att.kind == "analyst" and att.name and classify(att.name, lex, ctx.cast.people) == "person":
        ctx.analysts.setdefault(att.name, att.role)  # "Kuo also predicts" later in the article is still the analyst
    weak, windows = timed or _timed(ctx, sentence)
    ahead = [w for w in windows if w.latest is None or w.latest >= ctx.pub_start]
    evidence = _evidence(sentence, lex)
    return _Signals(
        event_type, trigger, ignored, named, ents, att, windows, ahead,
        future=_future(ctx, sentence, weak, windows, ahead) or (not evidence and _dated_ahead(ctx, ahead)),
        evidence=evidence,
        speculative=bool(lex.speculation.search(sentence) or lex.reportive.search(sentence)
                         or lex.conditional.search(sentence)),
    )


def _timed(ctx: _Article, sentence: str) -> tuple[list[tuple[int, int]], list[timex.Window]]:
    """Spans of weak future words, and the time expressions outside them."""
    weak = [m.span() for m in ctx.lex.weak_future.finditer(sentence)]
    windows = [w for w in timex.find_windows(sentence, ctx.lex.lang, ctx.published, ctx.precision)
               if not _inside((w.start, w.end), weak) and not _said_on(ctx.lex, sentence, w)]
    return weak, windows


def _said_on(lex: Lexicon, sentence: str, w: timex.Window) -> bool:
    """"X said on Tuesday", "sagte am Dienstag", "ha detto martedì": a bare weekday right after a
    reporting verb dates the statement, not the event (and the normaliser would read it forward)."""
    if w.grain != "day" or any(ch.isdigit() for ch in w.text):
        return False
    before = sentence[max(0, w.start - 40):w.start]
    verb = None
    for verb in lex.verbs.finditer(before):
        pass
    if verb is None:
        return False
    gap = before[verb.end():]  # "on", "der Vorstandschef am": at most the speaker and a preposition
    return (len(gap.split()) <= 4 and not any(ch in gap for ch in ",;:()")
            and not search_any((lex.complementizers, lex.future, lex.future_tense, lex.conditional), gap))


def _future(ctx: _Article, sentence: str, weak, windows: list[timex.Window], ahead: list[timex.Window]) -> bool:
    past = [(w.start, w.end) for w in windows if w not in ahead]  # "entro il 2023" said in 2024 is no forecast
    return looks_future(textmod.mask(sentence, weak + past), ctx.lex)


def _dated_ahead(ctx: _Article, ahead: list[timex.Window]) -> bool:
    """A present tense with a date after publication speaks of the future ("Die Aktie steigt im
    Dezember in den Dax auf", "la consola llega a las tiendas el 5 de junio"). Only for sentences
    that are attributed or speculative (the others need a future cue to get here), without a
    past-tense outcome verb ("aprobó la compra en mayo": the normaliser reads a bare month
    forward by convention), and not on a bare weekday."""
    return any(w.earliest is not None and _after_publication(ctx, w)
               and (w.grain != "day" or any(ch.isdigit() for ch in w.text)) for w in ahead)


def _after_publication(ctx: _Article, w: timex.Window) -> bool:
    """The window starts after the publication day, or has no start ("before June")."""
    return w.earliest is None or w.earliest > ctx.pub_end


def _evidence(sentence: str, lex: Lexicon) -> bool:
    """An official confirmation or denial verb, outside reduced relative clauses."""
    described = textmod.mask(sentence, [m.span() for m in lex.participle.finditer(sentence)])  # ", first announced in 2022"
    return search_any((lex.confirm, lex.deny), described)


@functools.cache
def _cues(lang: str) -> tuple[re.Pattern[str], ...]:
    """Every cue without which a sentence is neither attributed (what attribute() looks for
    before it can return anything but unattributed) nor speculative."""
    lex = lexicon(lang)
    return (lex.anonymous, lex.leak, lex.analyst, lex.official, *lex.source_patterns, *lex.relay_patterns,
            _cited(lang), _descriptors(lang), lex.speculation, lex.reportive, lex.conditional)


def _cued(sentence: str, lex: Lexicon) -> bool:
    return search_any(_cues(lex.lang), sentence)


def _claims(ctx: _Article, sentence: str, a: int, b: int) -> list[Claim]:
    lex = ctx.lex
    timed = None
    if not _cued(sentence, lex) and not _evidence(sentence, lex):
        # Neither attributed, speculative nor evidence (and _signals changes nothing for such a
        # sentence): only a future one can be a claim. Checked first, as the gate below would;
        # without a future cue even where time expressions would be masked, no need to find them.
        if not may_match_masked((lex.future, lex.conditional, lex.future_tense), sentence):
            return []
        timed = _timed(ctx, sentence)
        ahead = [w for w in timed[1] if w.latest is None or w.latest >= ctx.pub_start]
        if not _future(ctx, sentence, *timed, ahead):
            return []
    sig = _signals(ctx, sentence, timed)
    att, ahead, future, evidence, trigger = sig.att, sig.ahead, sig.future, sig.evidence, sig.trigger
    attributed = att.kind != "unattributed"
    if sig.windows and not future and all(_long_past(ctx, w) for w in sig.windows):
        return []  # "En 2022, Mbappé anunció su renovación": a recap
    if not any(_after_publication(ctx, w) for w in ahead) and lex.background.search(sentence):
        return []  # "The airline had resisted the offer for months, which would ...": what came before
    if not (future or evidence or sig.speculative or attributed):
        return []  # settled past fact or background
    told_before = trigger is not None and _refers_back(sentence, trigger, lex)
    if told_before and not ahead and att.kind in ("unattributed", "official"):
        return []  # "The purchase would make Microsoft ...": a comment on an event already told
    subject, how = _subject(ctx, sentence, sig.ents, att, sig.event_type, trigger)
    if subject is None or (how == "main" and not (future or ahead or attributed)):
        return []  # nobody named and nothing ahead or attributed
    actor = next((e.text for e in _candidates(sentence, sig.ents, att)), None)  # who speaks or acts first
    statement = evidence and not future and att.kind in ("official", "unattributed")
    if statement and not any(_salient(ctx, n) for n in (subject, att.name, actor)):
        return []  # a third party's past decision, not the actor's own statement
    if statement and not attributed and not _actor_before_verb(ctx, sentence, sig):
        return []  # "A judge rejected the FTC's request ...": someone else acts on the actors
    event_type, trigger, subject = _retype(ctx, sentence, sig.ents, att, sig.event_type, trigger, subject, how, sig.ignored)
    deals = ("partnership", "acquisition", "departure")
    if trigger is not None and ctx.last and ctx.last[0] in deals and ctx.last[1] == subject and (
            event_type in deals[:2] and _refers_back(sentence, trigger, lex)
            or event_type == "announcement" and lex.deal_nouns.search(sentence)):
        event_type = ctx.last[0]  # "El acuerdo podría cerrarse ...", "a deal could be announced": the article's deal
    if trigger is None and lex.deny.search(sentence) and ctx.last and ctx.last[1] == subject and how != "main":
        event_type = ctx.last[0]  # "Il gruppo ... ha smentito di aver già preso una decisione": a denial of it
    elif event_type == "other" and ctx.last and ctx.last[0] in deals[:2] and ctx.last[1] == subject and lex.deal_nouns.search(sentence):
        event_type = ctx.last[0]  # "X will pay Y $69 million under the agreement": the article's deal
    elif trigger is None and how == "product":
        event_type = "product_launch"  # "the Galaxy S24 Ultra will have a titanium frame"
    elif trigger is None and not _forecast_or_statement(how, sig):
        return []  # no event named and not clearly a forecast or an official statement
    speaker = dataclasses.replace(att, name=_alias(lex, ctx.cast.name(att.name)))  # "Musk" said: Elon Musk, the subject
    hedge = hedge_of(sentence, lex, speaker, subject, evidence)
    kind, name = att.kind, att.name
    if evidence and not future and kind == "named_person" and _alias(lex, ctx.cast.name(name)) == subject:
        kind, hedge = "official", "official"  # the actor confirms or denies it himself
    if hedge == "official" and kind == "unattributed":  # "Musk fired ...": the actor's own deed
        kind, name = "official", ctx.cast.name(actor) or subject
    parts = _parts(ctx, sentence, sig.ents, sig.named, att, event_type, trigger, subject, ahead, future, evidence,
                   sig.ignored)
    ctx.last = (parts[0].event_type, parts[0].subject)
    return [_record(ctx, sentence, a, b, i, p, att, kind, name, hedge, future, evidence) for i, p in enumerate(parts)]


def _record(ctx: _Article, sentence: str, a: int, b: int, i: int, p: _Part, att: Attribution, kind: str,
            name: str | None, hedge: str, future: bool, evidence: bool) -> Claim:
    """The i-th claim of a sentence; its id hashes the sentence's offsets and i, stable across runs."""
    lex = ctx.lex
    if p.source is not None and p.clause is not None:  # another subject's clause: its own source and hedge
        text = sentence[p.clause[0]:p.clause[1]]
        told = bool(lex.confirm.search(text) or lex.deny.search(text))
        att, kind, name = p.source, p.source.kind, p.source.name
        hedge = hedge_of(text, lex, p.source, p.subject, told)
    relay = att.relayed_by
    chain = att.relay_chain or ((relay,) if relay else ())
    counterparty = _alias(lex, ctx.cast.name(p.counterparty))
    if counterparty:
        ctx.counterparty[p.event_type] = counterparty
    w = p.window
    prediction = future or (w is not None and w.earliest is not None and w.earliest > ctx.pub_start)
    return Claim(
        claim_id=short_hash(ctx.article.article_id, a, b, i),
        article_id=ctx.article.article_id,
        quote=sentence,
        char_start=a,
        char_end=b,
        subject=p.subject,
        event=_event_text(sentence, p.trigger, w, p.venue),
        event_type=p.event_type,
        counterparty=counterparty,
        polarity=polarity(textmod.mask(sentence, [m.span() for m in lex.asides.finditer(sentence)]), lex),
        hedge=hedge,
        probability=probability(sentence, lex, hedge),
        attribution_kind=kind,
        attribution_name=name,
        relayed_by=relay,
        is_prediction=bool(prediction or p.venue),
        expected_text=w.text if w else None,
        expected_earliest=w.earliest if w else None,
        expected_latest=w.latest if w else None,
        expected_grain=w.grain if w else None,
        language=lex.lang,
        extractor=EXTRACTOR,
        relay_chain=RELAY_SEPARATOR.join(chain) or None,
        attribution_role=att.role,
    )


def _actor_before_verb(ctx: _Article, sentence: str, sig: _Signals) -> bool:
    """An unattributed confirmation or denial is the actor's own when a name or a description of
    the actor comes before the verb ("Musk fired ...", "Der Konzern hat ... vorgestellt")."""
    lex = ctx.lex
    verb = lex.confirm.search(sentence) or lex.deny.search(sentence)
    if verb is None:
        return True
    cands = [e for e in _candidates(sentence, sig.ents, sig.att) if e.start < verb.start()]
    cands += [e for e in sig.ents if e.kind == "product" and e.start < verb.start()]  # its maker's deed
    ana = [m for m in (lex.anaphora.search(sentence), lex.person_anaphora.search(sentence))
           if m and m.start() < verb.start()]
    return bool(cands or ana)


def _long_past(ctx: _Article, w: timex.Window) -> bool:
    """Over well before publication, or a whole past month, quarter or year ("lo scorso anno")."""
    day = w.latest or w.earliest
    if day is None or day >= ctx.pub_start:
        return False
    return (ctx.pub_start - day).days > RECAP_DAYS or w.grain in ("month", "quarter", "half", "season", "year", "decade")


def _forecast_or_statement(how: str, sig: _Signals) -> bool:
    """A sentence with no event word is still a claim (event type `other`) when it names its
    subject and is a dated or attributed forecast, or an attributed official statement."""
    if how == "main":
        return False
    forecast = sig.future and (bool(sig.ahead) or sig.att.kind != "unattributed")
    official = sig.evidence and sig.att.kind == "official"
    return (forecast and not (sig.evidence and sig.att.kind == "unattributed")) or official


def _common_noun(ctx: _Article, sentence: str, e: Entity) -> bool:
    """"in den Handel", "zum Abschluss": where every noun is capitalised, one word after an
    article is a noun unless the article treats it as one of its actors."""
    if not ctx.lex.noun_determiners or " " in e.text or e.text.isupper() or e.kind != "org":
        return False
    before = sentence[:e.start].split()
    c = ctx.cast
    return (bool(before) and before[-1].lower() in ctx.lex.noun_determiners
            and c.mentions.get(c.name(e.text), 0) < 2 and e.text not in (c.main, c.main_org))


def _inside(span: tuple[int, int], regions: list[tuple[int, int]]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in regions)


def _ignored_spans(sentence: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Where a trigger names a condition or time ("once the deal closes", "ahead of the
    listing") or a reduced relative clause describes a known event (", unveiled in 2020")."""
    return [m.span() for m in lex.conditions.finditer(sentence)] + [m.span() for m in lex.participle.finditer(sentence)]


def _name_spans(ctx: _Article, sentence: str) -> list[tuple[int, int]]:
    """Names of several words the article uses: "Banque centrale européenne" is the actor, not a policy trigger."""
    if ctx.long_names is None:
        ctx.long_names = [n for n in set(ctx.cast.mentions) | set(ctx.cast.canon.values()) if " " in n]
    spans = []
    for n in ctx.long_names:  # every occurrence, left to right, not overlapping (as re.finditer finds them)
        i = sentence.find(n)
        while i >= 0:
            spans.append((i, i + len(n)))
            i = sentence.find(n, i + len(n))
    return spans


def _event(sentence: str, lex: Lexicon, ignored: list[tuple[int, int]],
           skip: tuple[str, ...] = ()) -> tuple[str, re.Match[str] | None]:
    for event_type, pattern in lex.events:
        if event_type in skip:
            continue
        for m in pattern.finditer(sentence):
            if not any(s <= m.start() < e for s, e in ignored):
                return _wider(sentence, lex, event_type, m, skip)
    return "other", None


def _wider(sentence: str, lex: Lexicon, event_type: str, m: re.Match[str],
           skip: tuple[str, ...]) -> tuple[str, re.Match[str]]:
    """A trigger inside a longer trigger of another type yields to it: "bond buying" is policy,
    though "buying" alone is an acquisition."""
    for other, pattern in lex.events:
        if other == event_type or other in skip:
            continue
        for w in pattern.finditer(sentence, max(0, m.start() - 40)):
            if w.start() > m.start():
                break
            if m.end() <= w.end() and w.end() - w.start() > m.end() - m.start():
                return other, w
    return event_type, m


def _refers_back(sentence: str, trigger: re.Match[str], lex: Lexicon) -> bool:
    """The trigger heads a definite noun phrase that opens the sentence or the reported clause
    ("The purchase would ...", "... sostiene que la adquisición perjudicaría ...")."""
    if lex.future_tense.search(trigger.group()) or lex.conditional.search(trigger.group()):
        return False  # "Todo apunta a que la consola costará ...": a verb, not a noun told before
    head = sentence[: trigger.start()]
    m = None
    for m in lex.complementizers.finditer(head):
        pass
    comma = head.find(",")
    opener = comma + 1 if 0 <= comma and len(head[:comma].split()) <= 4 else 0  # "Come di consueto, la presentazione"
    start = max(m.end() if m else 0, opener)
    lead = head[start:]
    det = lex.definite.match(lead.lstrip())
    if det is None:
        return False
    rest = lead.lstrip()[det.end():]
    return len(rest.split()) <= 1 and not re.search(r"[,;:]", rest)


def _salient(ctx: _Article, name: str | None) -> bool:
    """Named in the title or at least twice: one of the article's actors, not a passer-by."""
    if not name:
        return False
    c, key = ctx.cast, ctx.cast.name(name)
    return (c.mentions.get(key, 0) >= 2 or key in (c.main, c.main_org, c.main_person)
            or bool(ctx.article.title and key.split()[-1] in ctx.article.title))


def _alias(lex: Lexicon, name: str | None) -> str | None:
    """An acronym or respelling the article does not spell out gets the one name claims use
    ("PSG", "Paris St Germain" -> "Paris Saint-Germain"). A translation ("Europäische
    Zentralbank") stays as written: resolution matches names across languages."""
    if not name or name not in lex.aliases:
        return name
    other = lex.aliases[name]
    return other if name.isupper() or set(name.lower().split()) & set(other.lower().split()) else name


# ---------------------------------------------------------------- subject


def _subject(ctx: _Article, sentence: str, ents: list[Entity], att: Attribution, event_type: str,
             trigger: re.Match[str] | None) -> tuple[str | None, str]:
    """The claim's subject and how it was found: "name", "person" (a description of the main
    person), "org" (of the main organisation) or "main" (nothing in the sentence).

    A speaker introducing a reported clause ("Kuo predicts that Apple will ...", "Blue Origin
    a confirmé que Jeff Bezos ...") yields to the clause's subject."""
    cands = _candidates(sentence, ents, att)
    lex, c = ctx.lex, ctx.cast
    primary = _clause_subject(sentence, cands, lex) or (cands[0] if cands else None)
    if event_type == "departure":
        person = _leaver(sentence, cands, primary, lex, trigger)
        if person:
            return _alias(lex, c.name(person.text)), "name"
        if lex.person_anaphora.search(sentence) and c.main_person:
            return c.main_person, "person"
        if c.main_person:
            return c.main_person, "main"
    ana = lex.anaphora.search(sentence)
    pana = lex.person_anaphora.search(sentence)
    first = min((m for m in (ana, pana) if m), key=lambda m: m.start(), default=None)
    if first is not None and (primary is None or first.start() < primary.start):
        if first is pana and c.main_person:
            return c.main_person, "person"
        main_org = c.main_org or c.main
        if first is ana and main_org:
            return _alias(lex, main_org), "org"
    if primary is not None:
        return _alias(lex, c.name(primary.text)), "name"
    maker = c.main_org or c.main
    if maker and any(e.kind == "product" for e in ents):
        return _alias(lex, maker), "product"  # a product named: its maker, the article's company
    return (_alias(lex, c.main), "main") if c.main else (None, "main")


def _candidates(sentence: str, ents: list[Entity], att: Attribution) -> list[Entity]:
    """Organisations and people of the sentence that are not its cited source or relaying outlet."""
    src = att.span or (-1, -1)
    return [
        e for e in ents
        if e.kind in ("org", "person")
        and not (att.kind != "official" and e.text == att.name)
        and not (src[0] <= e.start < src[1] and att.kind != "official")
        and e.text != att.relayed_by
    ]


def _clause_subject(sentence: str, cands: list[Entity], lex: Lexicon) -> Entity | None:
    """"X said (that) Y will ...": Y, when X opens the sentence and Y opens the reported clause."""
    if len(cands) < 2:
        return None
    speaker = cands[0]
    gap = sentence[speaker.end: speaker.end + 40]
    comp = lex.complementizers.search(gap)
    verb = lex.verbs.search(gap) or lex.confirm.search(gap) or lex.deny.search(gap)
    if comp and "," not in gap[: comp.start()] and len(gap[: comp.start()].split()) <= 4:
        opening = speaker.end + comp.end()
    elif verb and len(gap[: verb.start()].split()) <= 2:
        opening = speaker.end + verb.end()
    else:
        return None
    nxt = next((e for e in cands[1:] if e.start >= opening), None)
    gap = sentence[opening: nxt.start].split() if nxt else []
    if nxt and (not gap or nxt.kind == "person" and len(gap) <= 1):
        return nxt  # not "that the iPhone 12 ...": a product is what the speaker talks about
    return None


def _leaver(sentence: str, cands: list[Entity], primary: Entity | None, lex: Lexicon,
            trigger: re.Match[str] | None) -> Entity | None:
    """The person who leaves, joins or moves: the object of "fired", else the first person."""
    people = [e for e in cands if e.kind == "person"]
    if not people:
        return None
    d = lex.dismissal.search(sentence)
    if d:
        after = [e for e in people if e.start >= d.end()]
        if after:
            return after[0]
    if primary is not None and primary.kind == "person":
        return primary
    return people[0]


def _retype(ctx: _Article, sentence: str, ents: list[Entity], att: Attribution, event_type: str,
            trigger: re.Match[str] | None, subject: str, how: str, ignored) -> tuple[str, re.Match[str] | None, str]:
    """Event types that depend on who the subject is: people leave or join (departure), and a
    departure needs a person; "unveil its plans" announces rather than launches."""
    lex = ctx.lex
    person = how == "person" or subject in ctx.cast.people or _is_person_name(ctx, subject)
    if person and event_type in ("acquisition", "policy", "product_launch", "announcement") and ctx.cast.main_org:
        named = next((e for e in ents if e.kind == "person" and ctx.cast.name(e.text) == subject), None)
        if named is not None and role_near(sentence, named.start, named.end, lex):
            subject, person = _alias(lex, ctx.cast.main_org), False  # "Deutsche-Bank-Chef X soll ... entscheiden"
    if event_type == "departure" and not person:  # "part of the team will join the AI division": nobody leaves
        event_type, t = _event(sentence, lex, ignored, skip=("departure", "announcement"))
        return event_type, t or trigger, subject
    if event_type == "partnership" and person and how != "main":
        return "departure", trigger, subject
    if event_type == "product_launch" and trigger is not None:
        if person and lex.presentation.search(trigger.group()):
            return "departure", trigger, subject
        after = " ".join(sentence[trigger.end():].split()[:3])
        if lex.plan_objects.search(after):
            return "announcement", trigger, subject
    return event_type, trigger, subject


def _is_person_name(ctx: _Article, name: str) -> bool:
    return any(name == p or name in p.split() for p in ctx.cast.people)


def _counterparty(ctx: _Article, sentence: str, ents: list[Entity], subject: str, att: Attribution,
                  event_type: str) -> str | None:
    """The other party: the first name that is neither the subject, nor acting with it ("Hyundai
    and Kia denied"), nor the source; for a deal described as "the deal", the party named before."""
    if event_type in ("policy", "product_launch"):
        return None
    c = ctx.cast
    deal = event_type in ("partnership", "acquisition", "departure")
    described = [m.span() for m in ctx.lex.anaphora.finditer(sentence)] + [m.span() for m in ctx.lex.person_anaphora.finditer(sentence)]
    ents = [e for e in ents if not any(a <= e.start < b for a, b in described)
            and not ctx.lex.modifiers.search(sentence[max(0, e.start - 30):e.start])]
    mine = [e for e in ents if _alias(ctx.lex, c.name(e.text)) == subject or e.text in subject.split()]
    others = [e for e in _candidates("", ents, att)
              if e not in mine and c.name(e.text) not in subject.split()
              and not (e.kind == "person" and (event_type == "departure" or role_near(sentence, e.start, e.end, ctx.lex)))
              and (deal or (mine and e.start > mine[0].start))]  # "Lei Jun said Xiaomi ...": not the speaker
    apart = [e for e in others if not any(_joined(sentence, m, e, ctx.lex) for m in mine)]
    if apart or others:
        return (apart or others)[0].text
    if not deal:
        return None
    if event_type == "departure" and c.main_org and c.main_org != subject:
        return c.main_org
    carried = ctx.counterparty.get(event_type)  # "the deal": the party the article named before
    return carried if carried != subject else None


def _joined(sentence: str, a: Entity, b: Entity, lex: Lexicon) -> bool:
    first, second = (a, b) if a.start < b.start else (b, a)
    between = sentence[first.end:second.start].strip(" ,").lower()
    return between in lex.coordinators


# ---------------------------------------------------------------- claims of a sentence


def _parts(ctx: _Article, sentence: str, ents: list[Entity], named: list[Entity], att: Attribution, event_type: str,
           trigger: re.Match[str] | None, subject: str, ahead: list[timex.Window], future: bool, evidence: bool,
           ignored) -> list[_Part]:
    """The claims of one sentence: the main one, then one per clause with its own date or
    subject, then one for the venue of an event."""
    lex = ctx.lex
    if evidence and not future:  # "denied on Friday" is the statement's own (past) day; "until June 2025" lies ahead
        ahead = [w for w in ahead if w.latest is not None and (w.latest - ctx.pub_end).days > WEEK]
    bounds = [0] + [m.end() for m in lex.clause_breaks.finditer(sentence)] + [len(sentence)]
    clauses = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]
    first = _window_in(sentence, ahead, clauses[0], lex) if len(clauses) > 1 else None
    if first is not None:  # the event words of the first clause ("pre-orders open on 3 May, ...")
        own = _event(sentence[: clauses[0][1]], lex, ignored)[1]
        trigger = own or trigger
    others = []  # clauses about another subject: "..., while Helio Cells is expected to ..."
    for s, e in clauses[1:]:
        t_type, t = _event(sentence[:e], lex, ignored + [(0, s)])
        own = [x for x in _candidates(sentence, ents, att) if s <= x.start < e]
        name = _alias(lex, ctx.cast.name(own[0].text)) if own else None
        if t is not None and name and name != subject and (future or evidence):
            others.append((s, e, t_type, t, name))
    rest = [w for w in ahead if not any(s <= w.start < e for s, e, *_ in others)]
    cp_names = named if event_type in ("partnership", "acquisition", "departure") else ents
    main = _Part(event_type, trigger, subject, _counterparty(ctx, sentence, cp_names, subject, att, event_type),
                 first or _window_in(sentence, rest, (0, len(sentence)), lex))
    parts = [main]
    for s, e in clauses[1:] if first else []:
        w = _window_in(sentence, rest, (s, e), lex)
        if w is not None and (main.window is None or w.latest != main.window.latest):
            t_type, t = _event(sentence[:e], lex, ignored + [(0, s)])
            parts.append(_Part(t_type if t is not None else event_type, t or trigger, subject, main.counterparty, w))
    for s, e, t_type, t, name in others:
        parts.append(_Part(t_type, t, name, None, _window_in(sentence, ahead, (s, e), lex),
                           source=_clause_source(ctx, sentence, sentence[s:e], att, s), clause=(s, e)))
    venue = _venue(sentence, ents, main, lex)
    if venue and (future or ahead):
        parts.append(_Part(main.event_type, main.trigger, subject, main.counterparty, None, venue))
    return parts


def _clause_source(ctx: _Article, sentence: str, clause: str, att: Attribution, start: int) -> Attribution:
    """Who a later clause comes from: its own source, the sentence's when that is named in or
    after the clause ("..., while B will ..., analysts said"), else nobody ("X confirmed that
    A, while B ...": X speaks for A only)."""
    lex = ctx.lex
    ents = [expand_acronym(e, ctx.article.text) for e in ctx.cast.entities(clause)]
    own = attribute(clause, lex, ents, ctx.cast.people, {ctx.cast.main} if ctx.cast.main else set(), ctx.analysts)
    if own.kind != "unattributed":
        return own
    where = att.span[0] if att.span else sentence.find(att.name) if att.name else -1
    if where < 0 or where >= start:
        return att
    return dataclasses.replace(att, kind="unattributed", name=None, relayed_by=None, span=None)


def _window_in(sentence: str, windows: list[timex.Window], clause: tuple[int, int], lex: Lexicon) -> timex.Window | None:
    """The first window inside the clause; "fiscal 2023, which ends on 30 June 2023": the
    second date closes the first window."""
    inside = [w for w in windows if clause[0] <= w.start < clause[1]]
    if not inside:
        return None
    w = inside[0]
    for nxt in inside[1:]:
        if lex.window_end.search(sentence[w.end:nxt.start]) and nxt.latest is not None:
            return timex.Window(sentence[w.start:nxt.end], w.start, nxt.end, w.earliest, nxt.latest, w.grain, w.modifier)
    return w


def _venue(sentence: str, ents: list[Entity], main: _Part, lex: Lexicon) -> str | None:
    """"unveiled ... at the Steve Jobs Theater" / "presentado en el estadio Santiago Bernabéu"."""
    t = lex.venue_triggers.search(sentence)
    if t is None:
        return None
    for e in ents:
        if e.start < t.end() or e.text == main.subject or e.kind == "outlet":
            continue
        lead = sentence[max(t.end(), e.start - 40): e.start]
        if re.search(r"[,;:]", lead):
            continue
        m = re.search(rf"(?:{lex.venue_preps.pattern})\s+(?:\w+\s+){{0,2}}$", lead, re.IGNORECASE)
        if m and not re.search(r"\d", m.group()):
            return e.text
    return None


def _event_text(sentence: str, trigger: re.Match[str] | None, window: timex.Window | None, venue: str | None) -> str:
    """The trigger and the few words after it, up to punctuation: a short handle for the event."""
    if trigger is None:
        words = re.sub(r"[,.;:!?()“”\"«»]", " ", sentence).split()[:6]
        base = " ".join(words).lower()
    else:
        tail = re.match(r"[^,.;:!?()“”\"«»]{0,60}", sentence[trigger.end():]).group()
        base = " ".join([trigger.group().lower()] + tail.split()[:5]).strip()
    if venue:
        return f"{base} @ {venue}"
    return base
