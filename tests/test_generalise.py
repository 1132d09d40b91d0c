"""Rules that hold in every language: written after the extractor met news it was not tuned on."""
from __future__ import annotations

import datetime as dt

import pytest

from rumourmill.claims.entities import names
from rumourmill.claims.extract import ArticleText, extract_article
from rumourmill.claims.lexicon import lexicon
from sentences import claims


def _claims(text: str, lang: str):
    return claims(text, lang=lang, published=dt.datetime(2025, 3, 3))


def test_present_tense_with_a_date_ahead_is_a_forecast():
    # German and Spanish state schedules in the present tense: the date makes it a claim.
    (c,) = _claims("Nach Angaben von Insidern startet der Verkauf der neuen Konsole von Borealis am 12. Juni.", "de")
    assert c.expected_earliest == dt.date(2025, 6, 12) and c.attribution_kind == "anonymous_sources"
    (c,) = _claims("Según fuentes del sector, Borealis presenta su nueva consola el 12 de junio.", "es")
    assert c.expected_latest == dt.date(2025, 6, 12)


def test_present_tense_without_a_date_ahead_is_not():
    assert _claims("Nach Angaben von Insidern verkauft Borealis die Konsole in Europa.", "de") == []


def test_a_past_outcome_with_a_bare_month_is_no_forecast():
    # The normaliser reads "im Mai" forward; the past-tense outcome verb says it is over.
    claims = _claims("Die Kommission hat die Übernahme von Borealis durch Kestrel im Mai genehmigt.", "de")
    assert all(c.expected_earliest is None or c.expected_earliest < dt.date(2025, 3, 3) for c in claims)


def test_dutch_particles_join_names_in_every_language():
    for lang, text in [("de", "Der Verein verpflichtet den Trainer Erik ten Hag."),
                       ("es", "El club ficha al entrenador Marten van der Berg."),
                       ("it", "La società ha scelto Joost ter Horst.")]:
        found = [n for n, _, _ in names(text, lexicon(lang))]
        assert any(" ten " in n or " van der " in n or " ter " in n for n in found), (lang, found)
    # German articles are not particles: two nouns stay apart.
    found = [n for n, _, _ in names("Zum Abschluss der Veranstaltung sprach Kestrel.", lexicon("de"))]
    assert "Abschluss der Veranstaltung" not in found


def test_analysts_expecting_a_clause_do_not_swallow_its_subject():
    # The analyst span stops at the cue when a clause follows: Telefónica is the subject.
    (c,) = _claims("Los analistas esperan que Telefónica venda su filial británica en junio, tras meses de negociación.", "es")
    assert c.subject == "Telefónica" and c.attribution_kind == "analyst"


def test_a_future_verb_after_a_determiner_is_no_noun_told_before():
    # "la consola costará": the trigger is a verb, not the definite noun of an event already told.
    text = "Borealis prepara una nueva consola para el invierno. Todo apunta a que la consola costará menos de 400 euros."
    claims = extract_article(ArticleText("g-es", text, "es", dt.datetime(2025, 3, 3), "day", "Borealis prepara su consola"))
    assert [(c.subject, c.hedge) for c in claims if "costará" in c.quote] == [("Borealis", "rumour")]


def test_unattributed_pluperfect_is_background():
    # [events] background: what came before is no claim; with a source or a date ahead it still is.
    assert _claims("El club había rechazado la oferta de Borealis, que habría pagado 40 millones.", "es") == []
    assert _claims("Le groupe avait refusé l'offre de Borealis, qui aurait valorisé l'entreprise à 3 milliards.", "fr") == []
    kept = _claims("Según fuentes cercanas, Borealis había acordado comprar Kestrel y cerraría la operación en junio.", "es")
    assert [c.subject for c in kept] == ["Borealis"]


def test_a_numbered_product_line_after_its_brand_is_a_product_and_the_brand_acts():
    text = ("Die Borealis Nova 3 kommt im Juni in den Handel. Nach Angaben von Insidern soll die Nova 3 "
            "mehr als 400 Euro kosten. Borealis wollte sich nicht äußern.")
    claims = extract_article(ArticleText("g-de", text, "de", dt.datetime(2025, 3, 3), "day", "Borealis Nova 3 kommt im Juni"))
    assert claims and {c.subject for c in claims} == {"Borealis"}


def test_a_company_whose_phones_carry_its_name_stays_a_company():
    from rumourmill.claims.entities import cast
    text = "Kestrel will unveil the Kestrel 14 in March, people familiar said. Kestrel declined to comment."
    c = cast(None, text, text.split(". "), lexicon("en"))
    assert c.kind("Kestrel") == "org" and c.main == "Kestrel"


def test_a_name_whose_last_word_is_a_place_elsewhere_is_no_person():
    from rumourmill.claims.entities import cast
    text = "Der Verein Kestrel Dortmund sucht einen Trainer. In Dortmund gilt die Lage als offen. Kestrel Dortmund will bis Juni entscheiden."
    c = cast(None, text, text.split(". "), lexicon("de"))
    assert c.kind("Kestrel Dortmund") == "org" and "Kestrel Dortmund" not in c.people


def test_german_compounds_name_the_company_unless_they_describe_the_next_name():
    found = lambda text: [n for n, _, _ in names(text, lexicon("de"))]  # noqa: E731
    assert "Kestrel" in found("Analysten erwarten, dass die Kestrel-Aktie im Juni in den Dax aufsteigt.")
    assert found("Der japanische Arm-Eigentümer Borealis treibt den Börsengang voran.") == ["Borealis"]
    assert "EZB" not in found("Die EZB-Volkswirte sehen eine Teuerung von 2 Prozent.")


def test_a_german_genitive_is_the_person():
    from rumourmill.claims.entities import cast
    text = "Der Trainer Jonas Brandt verlässt den Verein im Sommer. Laut Insidern hat Kestrel bei Brandts Beratern angefragt."
    c = cast(None, text, text.split(". "), lexicon("de"))
    assert c.kind("Brandts") == "person" and c.name("Brandts") == "Jonas Brandt"
    assert cast(None, "Laut Reuters plant Kestrel einen Börsengang.", ["Laut Reuters plant Kestrel einen Börsengang."],
                lexicon("de")).kind("Reuters") != "person"


def test_a_trigger_inside_a_longer_trigger_of_another_type_yields():
    (c,) = _claims("The Nordic central bank would stop bond buying in June, people familiar with the matter said.", "en")
    assert c.event_type == "policy"


def test_organisation_names_join_across_of_but_people_do_not():
    found = [n for n, _, _ in names("Jo Lind of Kestrel met the Reserve Bank of Australia and the Bank of Japan.", lexicon("en"))]
    assert found == ["Jo Lind", "Kestrel", "Reserve Bank of Australia", "Bank of Japan"]


def test_a_deal_noun_with_no_trigger_takes_the_articles_deal():
    text = ("Kestrel agreed to buy Borealis for $2 billion, people familiar with the matter said. "
            "Kestrel would also pay Borealis a $60 million fee under the agreement, the people said.")
    claims = extract_article(ArticleText("g-en", text, "en", dt.datetime(2025, 3, 3), "day", None))
    assert [c.event_type for c in claims] == ["acquisition", "acquisition"]


def test_background_needs_no_window_starting_after_publication():
    assert _claims("A tie-up between Kestrel and Borealis would have been the biggest deal this year.", "en") == []


def test_a_role_of_an_organisation_before_a_name_makes_a_person():
    from rumourmill.claims.entities import role_near
    for lang, text, name in [("fr", "Le président de Kestrel, Jonas Brandt, a promis la console.", "Jonas Brandt"),
                             ("en", "The chief executive of Kestrel, Jo Lind, said the plant would open.", "Jo Lind")]:
        i = text.index(name)
        assert role_near(text, i, i + len(name), lexicon(lang))
    text = "Shares of Kestrel, Borealis and Nordvik fell."
    assert not role_near(text, text.index("Borealis"), text.index("Borealis") + 8, lexicon("en"))


def test_an_alias_with_lower_case_words_is_one_name():
    found = [n for n, _, _ in names("La Banque centrale européenne devrait abaisser ses taux en juin.", lexicon("fr"))]
    assert found == ["Banque centrale européenne"]
    (c,) = _claims("La Banque centrale européenne devrait abaisser ses taux en juin, selon des sources proches du dossier.", "fr")
    from rumourmill.resolve.names import canonical
    assert c.subject == "Banque centrale européenne"  # a translation stays as written; the resolver matches it
    assert canonical(c.subject) == canonical("European Central Bank") == canonical("EZB")


@pytest.mark.parametrize("lang,text", [
    ("en", "Kestrel has not ruled out a sale of its chip unit."),
    ("it", "Non è escluso che Kestrel venda la controllata entro giugno."),
    ("es", "Kestrel no descarta vender su filial este año."),
    ("fr", "Une vente de la filiale de Kestrel n'est pas exclue."),
    ("de", "Ein Verkauf der Kestrel-Sparte ist nicht ausgeschlossen."),
])
def test_a_negation_that_keeps_the_event_possible_is_positive(lang, text):
    from rumourmill.claims.hedging import polarity
    assert polarity(text, lexicon(lang)) == "positive"


def test_a_plain_negation_stays_negative():
    from rumourmill.claims.hedging import polarity
    assert polarity("Kestrel has no plans to sell its chip unit.", lexicon("en")) == "negative"
    assert polarity("Kestrel esclude la vendita della controllata.", lexicon("it")) == "negative"


def test_a_family_name_that_a_company_carries_is_the_company():
    from rumourmill.claims.entities import cast
    text = ("Die Familie um Wolfgang Kestrel hält die Mehrheit an der Kestrel SE. "
            "Analysten erwarten, dass Kestrel im Dezember in den Dax aufsteigt.")
    c = cast(None, text, text.split(". "), lexicon("de"))
    assert c.kind("Kestrel") == "org" and c.kind("Wolfgang Kestrel") == "person"


@pytest.mark.parametrize("lang,text,window", [
    ("en", "Kestrel will buy Borealis, its chief executive said on Tuesday.", None),
    ("de", "Kestrel will Borealis kaufen, sagte der Vorstandschef am Dienstag.", None),
    ("it", "Kestrel comprerà Borealis, ha detto martedì l'amministratore delegato.", None),
    ("en", "Kestrel said it will unveil the phone on Tuesday.", dt.date(2025, 3, 4)),  # the event's day
])
def test_a_weekday_after_a_reporting_verb_dates_the_statement(lang, text, window):
    (c,) = _claims(text, lang)
    assert c.expected_earliest == window
