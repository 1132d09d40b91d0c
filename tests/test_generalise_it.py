"""Italian vocabulary that generalises beyond the demo corpus: sentences of our own writing
(none is taken from examples/), one or more per cue added to lang/it.toml."""
from __future__ import annotations

import functools

import pytest

from sentences import claim, claims

_claims = functools.partial(claims, lang="it")
_claim = functools.partial(claim, lang="it")
from rumourmill.claims.lexicon import lexicon


def _last(text: str):
    claims = _claims(text)
    assert claims, text
    return claims[-1]


@pytest.mark.parametrize("text,want", [
    # [attribution] official: the actor described after the verb ("ha precisato la società")
    ("Brembo aprirà un nuovo stabilimento in Messico entro il 2026, ha precisato la società.",
     dict(subject="Brembo", attribution_kind="official", attribution_name="la società", hedge="official")),
    # [attribution] official: the passive agent ("come annunciato dal gruppo"); [entities] first
    # names and feminine roles; [events] departure "prenderà il posto"
    ("Marta Bellini prenderà il posto di Luca Ferri come amministratrice delegata di Brembo a luglio, "
     "come annunciato dal gruppo la settimana scorsa.",
     dict(subject="Marta Bellini", event_type="departure", attribution_kind="official", hedge="official")),
    # [attribution] official after the verb; [events] conditions: buying government bonds is no
    # acquisition, and policy "titoli di stato"
    ("La Banca di Francia continuerà a comprare titoli di Stato fino a dicembre, ha spiegato l'istituto.",
     dict(subject="Banca di Francia", event_type="policy", attribution_kind="official",
          attribution_name="l'istituto", hedge="official")),
    # [evidence] confirm: an adverb between auxiliary and participle; [events] policy "stop agli acquisti"
    ("La Banca di Francia ha inoltre annunciato lo stop agli acquisti di obbligazioni.",
     dict(subject="Banca di Francia", event_type="policy", attribution_kind="official", hedge="official")),
    # [events] departure: the conditional of staying in a role
    ("Paolo Conti resterebbe alla presidenza di Banca Ifis anche dopo la fusione.",
     dict(subject="Paolo Conti", event_type="departure", attribution_kind="unattributed", hedge="rumour")),
    # [events] departure: "assumerebbe l'incarico"
    ("Secondo indiscrezioni di stampa, Gianluca Neri assumerebbe l'incarico di direttore finanziario di Saipem entro l'estate.",
     dict(subject="Gianluca Neri", event_type="departure", attribution_kind="leak", hedge="rumour")),
    # [events] departure: a candidate for a role
    ("Secondo due fonti vicine al dossier, Francesca Rizzi sarebbe la candidata favorita per la guida di Poste Italiane.",
     dict(subject="Francesca Rizzi", event_type="departure", attribution_kind="anonymous_sources", hedge="reported")),
    # [evidence] deny: calling off a deal is negative; [events] acquisition "offerta su"
    ("Secondo alcuni analisti, Mediobanca potrebbe rinunciare all'offerta su Banca Generali entro maggio.",
     dict(subject="Mediobanca", event_type="acquisition", attribution_kind="analyst", hedge="opinion",
          polarity="negative")),
    # [evidence] deny: withdrawing from talks; [attribution] a name before an inverted "ha comunicato
    # la compagnia" is not the speaker; [events] partnership "trattativa"
    ("Alitalia si sfila dalla trattativa con Lufthansa, ha comunicato la compagnia.",
     dict(subject="Alitalia", event_type="partnership", attribution_kind="official",
          attribution_name="la compagnia", polarity="negative")),
    # [attribution] anonymous: the kind of sources is part of their name
    ("Secondo fonti sindacali, Electrolux chiuderà lo stabilimento di Susegana entro il 2025.",
     dict(subject="Electrolux", attribution_kind="anonymous_sources", attribution_name="fonti sindacali", hedge="reported")),
    # [attribution] leak: "voci di corridoio"
    ("Stando a voci di corridoio, Barilla potrebbe acquisire un marchio francese entro l'anno.",
     dict(subject="Barilla", event_type="acquisition", attribution_kind="leak", hedge="rumour")),
    # [attribution] analyst: investment banks' forecasts are opinions
    ("Secondo le banche d'affari, la Bce taglierà i tassi a giugno.",
     dict(event_type="policy", attribution_kind="analyst", hedge="opinion")),
    # [hedge] speculation: "si fa strada l'ipotesi", "non è escluso"
    ("Si fa strada l'ipotesi di una fusione tra Tim e Iliad.",
     dict(subject="Tim", event_type="acquisition", attribution_kind="unattributed", hedge="rumour")),
    ("Non è escluso che Leonardo venda la divisione elicotteri entro l'anno.",
     dict(subject="Leonardo", attribution_kind="unattributed", hedge="rumour")),
    # [attribution] source_patterns: "Secondo X" opening the sentence, an outlet with a number in its name
    ("Secondo Reuters, Enel venderà la rete entro giugno.",
     dict(subject="Enel", attribution_kind="named_outlet", attribution_name="Reuters", hedge="reported")),
    ("Secondo Il Sole 24 Ore, Luisa Ferri diventerà la nuova presidente di Leonardo.",
     dict(subject="Luisa Ferri", event_type="departure", attribution_kind="named_outlet",
          attribution_name="Il Sole 24 Ore", hedge="reported")),
    ("Secondo Bloomberg, che cita fonti vicine al dossier, Enel venderà la rete entro giugno.",
     dict(attribution_kind="anonymous_sources", attribution_name="fonti vicine al dossier", relayed_by="Bloomberg")),
    # [entities] stop: a capitalised verb opening the sentence is no name
    ("Potrebbe arrivare già a giugno la nomina del nuovo amministratore delegato di Tim, secondo fonti sindacali.",
     dict(subject="Tim", attribution_kind="anonymous_sources")),
])
def test_italian_cues(text, want):
    c = _claim(text)
    for key, value in want.items():
        assert getattr(c, key) == value, (key, getattr(c, key), value)


def test_the_group_announcing_speaks_for_the_company():
    # [attribution] official: "il gruppo ha fatto sapere" (the actor described before the verb)
    c = _last("Saipem ha chiuso il trimestre in utile. Il gruppo ha fatto sapere che il nuovo piano "
              "industriale sarà presentato entro marzo.")
    assert (c.subject, c.attribution_kind, c.attribution_name, c.hedge) == ("Saipem", "official", "Il gruppo", "official")


def test_an_announcement_noun_refers_to_the_articles_deal():
    # [events] deal_nouns "annuncio": "l'annuncio potrebbe arrivare" is the deal told before
    claims = _claims("Secondo fonti vicine al dossier, Carla Neri sarà nominata direttrice generale di Iveco. "
                     "L'annuncio potrebbe arrivare già la prossima settimana, hanno aggiunto le fonti.")
    assert [c.event_type for c in claims] == ["departure", "departure"]


@pytest.mark.parametrize("text", [
    # [events] background: the pluperfect and past expectations tell what came before
    "Mediaset aveva già annunciato un piano di tagli ai costi.",
    "La mossa della Fed era ampiamente attesa dagli investitori.",
    "Il manager si era dimesso a sorpresa dopo tre anni alla guida di Pirelli.",
    "Unicredit aveva ritirato l'offerta su Banco Bpm a marzo.",
    # [events] conditions: the obstacles an actor will face are no event of its own
    "Il nuovo presidente di Fincantieri dovrà affrontare i dazi sulle esportazioni e la concorrenza asiatica.",
    # [events] acquisition: "quota 90" is a price level, not a stake
    "Il petrolio è salito oltre quota 90 dollari al barile dopo la decisione dell'Opec.",
])
def test_background_is_no_claim(text):
    assert _claims(text) == []


def test_leaving_the_deal_denies_the_articles_deal():
    # [events] conditions + [evidence] deny: "l'uscita dall'accordo" is no new partnership, it
    # calls off the acquisition the article is about
    claims = _claims("Secondo Reuters, Unicredit potrebbe lanciare un'offerta per acquisire Banco Bpm entro giugno. "
                     "Fonti vicine a Unicredit dicono che il consiglio starebbe valutando l'uscita dall'accordo.")
    assert [(c.event_type, c.polarity) for c in claims] == [("acquisition", "positive"), ("acquisition", "negative")]


def test_background_with_a_date_ahead_or_a_future_main_clause_stays():
    assert _claims("Il debutto in Borsa di Ferretti era atteso per il prossimo novembre.")
    c = _claim("Marco Rossi, che aveva guidato la filiale brasiliana, sarà nominato amministratore delegato di Fiat.")
    assert (c.subject, c.event_type) == ("Marco Rossi", "departure")
    c = _claim("Secondo fonti finanziarie, Enel aveva avviato trattative con Iberdrola.")
    assert c.attribution_kind == "anonymous_sources"


def test_traded_securities_are_no_negotiation():
    # [events] partnership: "negoziati" as a participle ("titoli negoziati") is no talks
    c = _claim("Amplifon potrebbe vendere entro l'anno i titoli negoziati sul mercato americano, secondo Radiocor.")
    assert c.event_type != "partnership"
    c = _claim("Secondo Radiocor, Tim e Iliad sono in negoziati per una fusione delle reti mobili entro l'estate.")
    assert c.event_type in ("acquisition", "partnership")


def test_a_central_bank_as_subject_is_no_policy_told_before():
    # [events] policy: "la banca centrale" names the actor, not the event
    claims = _claims("La Banca di Spagna ha alzato i tassi di un quarto di punto. "
                     "La banca centrale ha inoltre abbandonato il programma di acquisti di titoli.")
    assert [c.event_type for c in claims] == ["policy", "policy"]
    assert claims[1].subject == "Banca di Spagna"


def test_aliases_name_central_banks_across_languages():
    aliases = lexicon("it").aliases
    assert aliases["Banca del Giappone"] == "Bank of Japan"
    assert aliases["BoJ"] == aliases["Boj"] == "Bank of Japan"
    assert aliases["Fed"] == "Federal Reserve"
