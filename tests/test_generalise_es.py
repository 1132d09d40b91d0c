"""Spanish vocabulary that generalises beyond the demo corpus: sentences of our own writing
(none is taken from examples/), one per cue added to lang/es.toml."""
from __future__ import annotations

import functools

import pytest

from sentences import claim, claims

_claims = functools.partial(claims, lang="es")
_claim = functools.partial(claim, lang="es")
from rumourmill.claims.lexicon import lexicon


@pytest.mark.parametrize("text,want", [
    # [attribution] outlet_descriptors: "la cadena X" is a broadcaster, and a conditional signing is hearsay
    ("Pablo Sánchez firmaría un contrato de tres años con el Betis, según la cadena Telemadrid.",
     dict(subject="Pablo Sánchez", event_type="departure", attribution_kind="named_outlet",
          attribution_name="Telemadrid", hedge="reported")),
    # [attribution] anonymous: "fuentes del/de la X" keeps who the sources are
    ("Repsol venderá su filial peruana antes de fin de año, según fuentes del Ministerio de Economía.",
     dict(subject="Repsol", event_type="acquisition", attribution_kind="anonymous_sources",
          attribution_name="fuentes del Ministerio de Economía", hedge="reported")),
    # [attribution] official: a speech verb before "la compañía"; [events] "a los concesionarios"
    ("El nuevo Cupra Raval llegará a los concesionarios en octubre, recordó la compañía.",
     dict(event_type="product_launch", attribution_kind="official", hedge="official")),
    # [attribution] official: the actor's own published forecast
    ("Iberdrola prevé invertir 5.000 millones en redes hasta 2027, según las previsiones que presentó en marzo.",
     dict(subject="Iberdrola", event_type="announcement", attribution_kind="official", hedge="official")),
    # [attribution] source_patterns + [evidence] confirm: the passive "ha sido anunciado por X"
    ("Marta Pérez ya ha sido anunciada por el Grupo Ferrovial como nueva consejera delegada.",
     dict(subject="Marta Pérez", event_type="departure", attribution_kind="official",
          attribution_name="Grupo Ferrovial", hedge="official")),
    # [evidence] deny: a hold with "sin cambios" before the rates
    ("El Banco de México mantuvo sin cambios los tipos de interés en su reunión de este jueves.",
     dict(event_type="policy", attribution_kind="official", hedge="official", polarity="negative")),
    # [events] departure: a coach named as the next one
    ("Pablo Ruiz será el próximo entrenador del Getafe, según fuentes del club.",
     dict(subject="Pablo Ruiz", event_type="departure", attribution_kind="anonymous_sources", hedge="reported")),
    # [events] product_launch: reaching the shops, and a price
    ("Según fuentes de la distribución, el Seat Tarraco llegará a las tiendas en septiembre.",
     dict(event_type="product_launch", attribution_kind="anonymous_sources",
          attribution_name="fuentes de la distribución", hedge="reported")),
    ("El nuevo Seat Tarraco costará menos de 30.000 euros, según fuentes de la compañía.",
     dict(event_type="product_launch", attribution_kind="anonymous_sources", hedge="reported")),
    # [events] policy: "el precio del dinero" is the interest rate
    ("El Banco de Chile recortará el precio del dinero en junio, según los economistas consultados por esta redacción.",
     dict(event_type="policy", attribution_kind="analyst", hedge="opinion")),
    # [events] product_launch "desvelará"; [attribution] "según avanza X"
    ("Cupra desvelará su primer todoterreno eléctrico en septiembre, según avanza Invertia.",
     dict(subject="Cupra", event_type="product_launch", attribution_kind="named_outlet", hedge="reported")),
    # [hedge] speculation "todo indica"; [events] partnership "conversaciones"
    ("Todo indica que Unicaja y Abanca retomarán las conversaciones este otoño.",
     dict(subject="Unicaja", event_type="partnership", attribution_kind="unattributed", hedge="rumour")),
    # [events] departure "nombra"; [attribution] verbs "desvela"
    ("Acciona nombrará a Laura Gil nueva directora financiera en junio, desvela El Heraldo Digital.",
     dict(subject="Laura Gil", event_type="departure", attribution_kind="named_outlet", hedge="reported")),
])
def test_spanish_cues(text, want):
    c = _claim(text)
    for key, value in want.items():
        assert getattr(c, key) == value, (key, getattr(c, key), value)


def test_an_announced_coach_is_a_departure_not_an_announcement():
    c = _claim("El Getafe anunció que Pablo Ruiz será su entrenador hasta junio de 2027.")
    assert (c.subject, c.event_type, c.attribution_kind) == ("Pablo Ruiz", "departure", "official")


def test_sales_volumes_are_not_a_sale_of_the_company():
    c = _claim("Seat prevé vender 500.000 coches en 2025, según sus previsiones.")
    assert c.event_type != "acquisition"
    assert (c.subject, c.attribution_kind, c.hedge) == ("Seat", "official", "official")


def test_a_signing_names_the_player_not_the_club_chairman():
    c = _claim("Carlos Gómez, presidente del Betis, cerrará esta semana el fichaje de Pablo Ruiz.")
    assert c.subject == "Pablo Ruiz" and c.event_type == "departure"


def test_the_coach_described_is_the_article_person():
    pana = lexicon("es").person_anaphora
    assert pana.search("El técnico vasco dirigirá al equipo") and pana.search("el nuevo entrenador del Celta")
    assert not pana.search("el servicio técnico de la marca") and not pana.search("el técnico de sonido")
    text = ("Diego Martín dirigirá al Celta la próxima temporada, según fuentes del club. "
            "El técnico gallego firmará un contrato de dos años, según las mismas fuentes.")
    claims = _claims(text, title="Diego Martín, nuevo entrenador del Celta")
    assert [c.subject for c in claims] == ["Diego Martín", "Diego Martín"]
    assert all(c.event_type == "departure" for c in claims)


def test_a_console_refers_back_to_its_maker():
    text = ("Nintendo presentará su nueva consola en junio, según fuentes del sector. "
            "El próximo gran juego para la consola, Estrella Lejana, llegará en julio, señaló la compañía.")
    claims = _claims(text, title="Nintendo prepara su nueva consola")
    assert claims[-1].subject == "Nintendo"
    assert (claims[-1].attribution_kind, claims[-1].hedge) == ("official", "official")


def test_a_store_chain_is_not_an_outlet():
    c = _claim("La cadena de supermercados Mercasur abrirá 40 tiendas en Portugal el próximo año.")
    assert c.subject == "Mercasur" and c.attribution_kind == "unattributed"


def test_energy_sources_are_not_anonymous_sources():
    c = _claim("Endesa invertirá 2.000 millones en fuentes de energía renovable hasta 2026.")
    assert c.attribution_kind == "unattributed" and c.attribution_name is None


def test_a_store_chain_that_speaks_is_not_an_outlet():
    c = _claim("La cadena Mercasur anunció que abrirá 40 tiendas en Portugal el próximo año.")
    assert c.subject == "Mercasur" and c.attribution_kind == "official"
