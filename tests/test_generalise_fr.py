"""French claim vocabulary beyond the demo corpus: sentences of our own writing, one cue each
(conditional triggers, stake and listing wording, unveiling idioms, inverted sources, quantified
analysts, commitments, product and company descriptions), and background sentences that must
stay unclaimed."""
from __future__ import annotations

import datetime as dt
import functools

import pytest

from sentences import claim, claims

_claims = functools.partial(claims, lang="fr", published=dt.datetime(2025, 3, 3))
_claim = functools.partial(claim, lang="fr", published=dt.datetime(2025, 3, 3))


@pytest.mark.parametrize("text,want", [
    # unveiling idiom, conditional and future forms of launch verbs
    ("Sony devrait lever le voile sur sa nouvelle console portable d'ici l'automne, d'après plusieurs fuites.",
     dict(subject="Sony", event_type="product_launch", attribution_kind="leak", hedge="rumour")),
    ("Dassault présenterait son nouveau jet d'affaires au salon du Bourget, selon le site spécialisé Air Journal.",
     dict(subject="Dassault", event_type="product_launch", attribution_kind="named_outlet",
          attribution_name="Air Journal", hedge="reported")),
    ("Orange a annoncé qu'elle lancerait une offre 5G en Afrique l'an prochain.",
     dict(subject="Orange", event_type="product_launch", attribution_kind="official", hedge="official")),
    # stakes and listings are acquisitions
    ("Le fonds Ardian s'apprête à acheter près de 8 % des actions de Safran, selon des sources proches du dossier.",
     dict(subject="Ardian", event_type="acquisition", attribution_kind="anonymous_sources", hedge="reported")),
    ("Selon Les Echos, le groupe Bolloré entrerait au capital de l'éditeur de jeux vidéo à hauteur de 10 %.",
     dict(subject="Bolloré", event_type="acquisition", attribution_kind="named_outlet", attribution_name="Les Echos")),
    ("La première cotation de Deezer est prévue à la fin de l'année, selon le communiqué de la société.",
     dict(subject="Deezer", event_type="acquisition", attribution_kind="official", hedge="official")),
    # conditional triggers of every deal type
    ("Stellantis céderait sa filiale de location à un fonds américain, selon Les Echos.",
     dict(subject="Stellantis", event_type="acquisition", attribution_kind="named_outlet", hedge="reported")),
    ("Google aurait racheté la start-up nantaise pour 200 millions d'euros, écrit Le Figaro.",
     dict(subject="Google", event_type="acquisition", attribution_kind="named_outlet", attribution_name="Le Figaro",
          hedge="reported")),
    ("Renault s'associerait avec Volkswagen pour produire une citadine électrique, selon Le Figaro.",
     dict(subject="Renault", event_type="partnership", counterparty="Volkswagen", attribution_kind="named_outlet")),
    ("Le milieu de terrain Adrien Rabiot rejoindrait l'AS Monaco cet été, selon L'Équipe.",
     dict(subject="Adrien Rabiot", event_type="departure", attribution_kind="named_outlet", hedge="reported")),
    ("D'après nos confrères du Parisien, le PSG serait sur le point de boucler le transfert de Victor Osimhen.",
     dict(subject="Victor Osimhen", event_type="departure", attribution_kind="named_outlet",
          attribution_name="Parisien")),
    # taking office, signing
    ("Jean Martin prendra ses fonctions de directeur général de Carrefour le 1er mars, a annoncé le groupe.",
     dict(subject="Jean Martin", event_type="departure", attribution_kind="official", hedge="official")),
    ("Le défenseur Ibrahima Konaté s'est engagé avec le Real Madrid jusqu'en 2030, a annoncé le club espagnol.",
     dict(subject="Ibrahima Konaté", event_type="departure", counterparty="Real Madrid", attribution_kind="official")),
    # restructuring and earnings dates are announcements
    ("Selon Bloomberg, qui cite des personnes au fait du dossier, Vivendi étudie une scission de ses activités.",
     dict(subject="Vivendi", event_type="announcement", attribution_kind="anonymous_sources", hedge="reported")),
    ("LVMH va supprimer 1 200 postes en France, a appris Le Monde.",
     dict(subject="LVMH", event_type="announcement", attribution_kind="named_outlet", attribution_name="Le Monde")),
    ("Le Bon Coin a fait savoir qu'il fermerait son site belge en mars.",
     dict(event_type="announcement", attribution_kind="official", hedge="official")),
    # past official deeds: a stake bought, a first trading day; an inverted source (", a confirmé X")
    ("Le fonds Mubadala a acquis 3 % du capital de Vinci, a confirmé Vinci.",
     dict(subject="Mubadala", event_type="acquisition", attribution_kind="official", attribution_name="Vinci",
          hedge="official")),
    ("Michelin a fait ses débuts à la Bourse de New York, a confirmé le groupe.",
     dict(subject="Michelin", event_type="acquisition", attribution_kind="official", hedge="official")),
    # an adverb between auxiliary and participle ("a catégoriquement démenti")
    ("Kering a catégoriquement démenti toute intention de vendre la maison Gucci.",
     dict(subject="Kering", attribution_kind="official", hedge="official", polarity="negative")),
    # a commitment is the actor's plan
    ("Le président de Danone, Antoine de Saint-Affrique, s'est engagé à céder la marque avant la fin de l'exercice.",
     dict(subject="Danone", event_type="acquisition", attribution_kind="named_person",
          attribution_name="Antoine de Saint-Affrique", hedge="planned")),
    # one insider, press leaks, internal documents seen by an outlet
    ("Renault pourrait céder sa participation dans Nissan, selon un proche du dossier.",
     dict(subject="Renault", event_type="acquisition", attribution_kind="anonymous_sources",
          attribution_name="un proche du dossier", hedge="reported")),
    ("Selon des indiscrétions, Apple dévoilerait un iPhone pliable en septembre.",
     dict(subject="Apple", event_type="product_launch", attribution_kind="leak", hedge="rumour")),
    ("Selon des documents internes consultés par Le Monde, Carrefour prévoit de fermer vingt hypermarchés en 2026.",
     dict(subject="Carrefour", event_type="announcement", attribution_kind="leak", relayed_by="Le Monde")),
    # quantified analysts and betting verbs
    ("La Fed devrait relever ses taux en septembre, selon la grande majorité des analystes.",
     dict(subject="Fed", event_type="policy", attribution_kind="analyst",
          attribution_name="la grande majorité des analystes", hedge="opinion")),
    ("Une partie des économistes parie sur une baisse des taux de la Fed dès mai.",
     dict(subject="Fed", event_type="policy", attribution_kind="analyst", attribution_name="Une partie des économistes",
          hedge="opinion")),
])
def test_sentence(text, want):
    c = _claim(text)
    assert {k: getattr(c, k) for k in want} == want


def test_a_product_description_refers_to_the_maker():
    claims = _claims("Sony prépare une nouvelle console portable. "
                     "Selon des fuites, la console serait dotée d'un écran OLED.", "Sony prépare sa console")
    c = next(c for c in claims if c.quote.startswith("Selon des fuites"))
    assert (c.subject, c.attribution_kind, c.hedge) == ("Sony", "leak", "rumour")


def test_a_description_followed_by_a_name_is_that_name():
    claims = _claims("Auchan a fermé des magasins en 2023. Le distributeur Lidl ouvrirait cent magasins en France "
                     "l'an prochain, selon Les Echos.", "Auchan")
    c = next(c for c in claims if "Lidl" in c.quote)
    assert (c.subject, c.event_type, c.attribution_kind) == ("Lidl", "announcement", "named_outlet")


@pytest.mark.parametrize("text", [
    "Le taux de participation a atteint 45 % lors du premier tour.",
    "La cotation de l'action a été suspendue pendant une heure.",
    "Les prix ont connu une nouvelle baisse en octobre, selon l'Insee.",
    "Bouygues a racheté Equans pour 7 milliards d'euros en 2022.",
    "Zara a ouvert un nouveau magasin à Lyon, selon le groupe.",
])
def test_background_is_no_claim(text):
    assert _claims(text) == []


@pytest.mark.parametrize("text,title", [
    ("Netflix a publié ses résultats. La plateforme compte plus de 300 millions d'abonnés dans le monde.", "Netflix"),
    ("Michelin est un fabricant de pneus. Le groupe compte aujourd'hui 130 000 salariés.", "Michelin"),
])
def test_counting_is_no_plan(text, title):
    assert [c.quote for c in _claims(text, title) if "compte" in c.quote] == []
