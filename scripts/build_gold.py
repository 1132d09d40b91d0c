#!/usr/bin/env python3
"""Build the bundled demo corpus and its gold labels from one readable source.

Every article and every gold claim of the demo corpus is written out below.
Running this script writes:

    examples/articles/wire.jsonl     most articles (id, url, published, language, title, text, outlet)
    examples/articles/<id>.txt       plain-text articles: first line "date YYYY-MM[-DD]", then the text
    examples/articles/<id>.html      complete HTML pages; the article text is the <article> paragraphs
    examples/gold/stories.jsonl      the gold, in the "Stories format" of shared/eval/README.md
    examples/feeds/demo.xml          an RSS 2.0 feed of the HTML articles at http://127.0.0.1/demo/ (not gold)

Usage:
    python scripts/build_gold.py            # (re)write the files
    python scripts/build_gold.py --check    # exit 1 if the files on disk are not up to date

The annotation rules are in examples/README.md. All article text is original
writing for this project; facts about real events are paraphrased.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES_DIR = ROOT / "examples" / "articles"
GOLD_FILE = ROOT / "examples" / "gold" / "stories.jsonl"

EVENT_TYPES = {"product_launch", "partnership", "acquisition", "policy", "announcement", "departure", "other"}
HEDGES = {"reported", "rumour", "planned", "official", "opinion"}
KINDS = {"anonymous_sources", "named_outlet", "named_person", "official", "analyst", "leak", "unattributed"}
STATUSES = {"confirmed", "confirmed_late", "refuted", "unresolved"}
FORMATS = {"wire", "txt", "html"}

STORIES: dict[str, str] = {}   # story id -> one-line description (kept in order)
ARTICLES: list[dict] = []
CLAIMS: list[dict] = []


def story(sid: str, description: str) -> None:
    STORIES[sid] = description


def article(id, story, role, fmt, published, language, outlet, title, text, url=None, html_time=None):
    """One article. `text` is written with one paragraph a line, blank lines between."""
    paras = [" ".join(p.split()) for p in text.strip().split("\n\n")]
    if fmt == "wire" and url is None:
        slug = re.sub(r"[^a-z0-9]+", "-", outlet.lower()).strip("-")
        url = f"https://{slug}.demo.invalid/{published.replace('-', '/')}/{id}"
    ARTICLES.append(dict(id=id, story=story, role=role, fmt=fmt, url=url, published=published,
                         language=language, outlet=outlet, title=title, text="\n\n".join(paras),
                         html_time=html_time))


def claim(article, quote, subject, counterparty, event, event_type, attribution, hedge, expected, outcome):
    """attribution = (kind, name, via); expected = (text, earliest, latest) or None;
    outcome = (status, date, by_article)."""
    n = sum(1 for c in CLAIMS if c["article"] == article) + 1
    kind, name, via = attribution
    CLAIMS.append({
        "id": f"{article}-c{n}", "article": article, "quote": quote, "subject": subject,
        "counterparty": counterparty, "event": event, "event_type": event_type,
        "attribution": {"kind": kind, "name": name, "via": via}, "hedge": hedge,
        "expected": None if expected is None else dict(zip(("text", "earliest", "latest"), expected)),
        "outcome": dict(zip(("status", "date", "by_article"), outcome)),
    })


OFFICIAL = ("unresolved", None, None)   # outcome of an official statement itself


# ---------------------------------------------------------------------------
# 1. Xiaomi and Great Wall Motor (2021-2024)
# ---------------------------------------------------------------------------
story("xiaomi-ev", "Xiaomi's electric car: talks with Great Wall Motor (denied), the EV business (announced 30 March 2021), the first car (on sale 28 March 2024, later than the end of 2023 that leaks had promised)")

article("xiaomi-01-en", "xiaomi-ev", "rumour", "wire", "2021-03-25", "en", "Reuters",
        "Xiaomi in talks to build own-brand electric cars at Great Wall plant - sources", """
Xiaomi Corp is in talks to use one of Great Wall Motor's factories in China to build electric vehicles under its own brand, three people with direct knowledge of the matter said.

The two companies could announce the partnership as early as next week, one of the people said.

Great Wall, which has never built cars for another brand, would also provide engineering consultancy to speed up the project, according to two of the sources.

Xiaomi aims to launch its first electric car by the end of 2023 and wants the vehicles to connect with its phones and smart-home gadgets, one of the sources said.

Xiaomi is one of the world's three largest smartphone makers and also sells scooters, air purifiers and rice cookers through its online stores. Great Wall, based in Baoding in Hebei province, is China's biggest maker of pickup trucks and sold about 1.1 million vehicles last year.

Technology groups have been piling into the Chinese car market, the largest in the world. In January, search engine operator Baidu set up an electric vehicle company with carmaker Geely.

Xiaomi and Great Wall declined to comment.
""")
claim("xiaomi-01-en",
      "Xiaomi Corp is in talks to use one of Great Wall Motor's factories in China to build electric vehicles under its own brand, three people with direct knowledge of the matter said.",
      "Xiaomi", "Great Wall Motor", "Xiaomi builds own-brand EVs at a Great Wall Motor plant", "partnership",
      ("anonymous_sources", "three people with direct knowledge of the matter", None), "reported", None,
      ("refuted", "2021-03-26", "xiaomi-03-en"))
claim("xiaomi-01-en",
      "The two companies could announce the partnership as early as next week, one of the people said.",
      "Xiaomi", "Great Wall Motor", "Xiaomi and Great Wall Motor announce a partnership", "partnership",
      ("anonymous_sources", "one of the people", None), "reported",
      ("as early as next week", "2021-03-29", "2021-04-04"),
      ("refuted", "2021-03-26", "xiaomi-03-en"))
claim("xiaomi-01-en",
      "Great Wall, which has never built cars for another brand, would also provide engineering consultancy to speed up the project, according to two of the sources.",
      "Great Wall Motor", "Xiaomi", "Great Wall Motor provides engineering consultancy to Xiaomi", "partnership",
      ("anonymous_sources", "two of the sources", None), "reported", None,
      ("refuted", "2021-03-26", "xiaomi-03-en"))
claim("xiaomi-01-en",
      "Xiaomi aims to launch its first electric car by the end of 2023 and wants the vehicles to connect with its phones and smart-home gadgets, one of the sources said.",
      "Xiaomi", None, "Xiaomi launches its first electric car", "product_launch",
      ("anonymous_sources", "one of the sources", None), "reported",
      ("by the end of 2023", "2021-03-25", "2023-12-31"),
      ("confirmed_late", "2024-03-28", "xiaomi-05-it"))

article("xiaomi-02-it", "xiaomi-ev", "rumour", "txt", "2021-03", "it", None,
        "Xiaomi verso l'auto elettrica, trattative con Great Wall", """
Anche Xiaomi starebbe per entrare nel mondo dell'auto elettrica. Secondo quanto riportato dall'agenzia Reuters, che cita tre fonti a conoscenza diretta del dossier, il gruppo cinese sarebbe in trattativa con Great Wall Motor per produrre vetture a batteria con il proprio marchio in uno stabilimento del costruttore di Baoding.

Sempre secondo le fonti di Reuters, l'annuncio dell'accordo potrebbe arrivare già la prossima settimana.

Great Wall, il più grande costruttore privato cinese, finora ha sempre assemblato soltanto modelli dei propri marchi, dai pick-up ai SUV Haval fino alle piccole elettriche Ora.

Il fondatore e amministratore delegato di Xiaomi, Lei Jun, ha più volte indicato nell'ecosistema di dispositivi connessi il vero punto di forza del gruppo, che oltre agli smartphone vende monopattini, orologi, lampadine e robot aspirapolvere.

Secondo indiscrezioni circolate in rete, la prima vettura del marchio potrebbe debuttare entro la fine del 2023.

Xiaomi non è il primo nome della tecnologia cinese a guardare alle quattro ruote: a gennaio Baidu ha creato una società di auto elettriche insieme a Geely. Né Xiaomi né Great Wall hanno voluto commentare.
""")
claim("xiaomi-02-it", "Anche Xiaomi starebbe per entrare nel mondo dell'auto elettrica.",
      "Xiaomi", None, "Xiaomi enters the electric car business", "announcement",
      ("unattributed", None, None), "rumour", None,
      ("confirmed", "2021-03-30", "xiaomi-04-es"))
claim("xiaomi-02-it",
      "Secondo quanto riportato dall'agenzia Reuters, che cita tre fonti a conoscenza diretta del dossier, il gruppo cinese sarebbe in trattativa con Great Wall Motor per produrre vetture a batteria con il proprio marchio in uno stabilimento del costruttore di Baoding.",
      "Xiaomi", "Great Wall Motor", "Xiaomi builds own-brand EVs at a Great Wall Motor plant", "partnership",
      ("anonymous_sources", "tre fonti a conoscenza diretta del dossier", "Reuters"), "reported", None,
      ("refuted", "2021-03-26", "xiaomi-03-en"))
claim("xiaomi-02-it",
      "Sempre secondo le fonti di Reuters, l'annuncio dell'accordo potrebbe arrivare già la prossima settimana.",
      "Xiaomi", "Great Wall Motor", "Xiaomi and Great Wall Motor announce a partnership", "partnership",
      ("anonymous_sources", "fonti", "Reuters"), "reported",
      ("la prossima settimana", "2021-03-08", "2021-04-11"),
      ("refuted", "2021-03-26", "xiaomi-03-en"))
claim("xiaomi-02-it",
      "Secondo indiscrezioni circolate in rete, la prima vettura del marchio potrebbe debuttare entro la fine del 2023.",
      "Xiaomi", None, "Xiaomi launches its first electric car", "product_launch",
      ("leak", "indiscrezioni circolate in rete", None), "rumour",
      ("entro la fine del 2023", "2021-03-01", "2023-12-31"),
      ("confirmed_late", "2024-03-28", "xiaomi-05-it"))

article("xiaomi-03-en", "xiaomi-ev", "outcome", "wire", "2021-03-26", "en", "Asia Markets Wire",
        "Great Wall Motor denies talks with Xiaomi on electric car production", """
Great Wall Motor denied in a stock exchange filing that it was in talks with Xiaomi to build electric vehicles for the smartphone maker.

The statement, published on the Shanghai Stock Exchange website, came after a news report about the two companies had lifted both stocks in early trading. Great Wall's Shanghai shares had risen as much as 7% in the morning, while Xiaomi gained more than 6% in Hong Kong.

Great Wall's shares gave up part of their gains after the filing. Xiaomi declined to comment on the filing.

Analysts said Xiaomi could still unveil its car plans together with its annual results next week.

Chinese technology companies see electric cars as a natural extension of their software and consumer electronics businesses. Baidu set up an electric vehicle venture with Geely in January, and several smaller internet groups have hired automotive engineers this year. Great Wall, for its part, is building a plant in China with Germany's BMW to produce electric Minis.
""")
claim("xiaomi-03-en",
      "Great Wall Motor denied in a stock exchange filing that it was in talks with Xiaomi to build electric vehicles for the smartphone maker.",
      "Great Wall Motor", "Xiaomi", "Great Wall Motor denies talks with Xiaomi", "partnership",
      ("official", "Great Wall Motor", None), "official", None, OFFICIAL)
claim("xiaomi-03-en",
      "Analysts said Xiaomi could still unveil its car plans together with its annual results next week.",
      "Xiaomi", None, "Xiaomi unveils its car plans with its annual results", "announcement",
      ("analyst", "Analysts", None), "opinion",
      ("next week", "2021-03-29", "2021-04-04"),
      ("confirmed", "2021-03-30", "xiaomi-04-es"))

article("xiaomi-04-es", "xiaomi-ev", "outcome", "wire", "2021-03-30", "es", "Diario Tecnológico",
        "Xiaomi confirma su entrada en el coche eléctrico con 10.000 millones de dólares", """
Xiaomi anunció que entrará en el negocio de los vehículos eléctricos inteligentes a través de una filial de su total propiedad.

La compañía invertirá 10.000 millones de dólares en los próximos diez años, con una primera aportación de 10.000 millones de yuanes, según el comunicado remitido a la bolsa de Hong Kong.

El fundador y consejero delegado del grupo, Lei Jun, dirigirá personalmente la nueva división, confirmó la empresa.

El anuncio llegó junto con la presentación de los resultados anuales del fabricante de teléfonos móviles, que cerró 2020 con un fuerte aumento de sus ventas fuera de China. Durante la presentación, Lei Jun describió el coche eléctrico como el último gran proyecto empresarial de su vida.

El comunicado no menciona ningún socio industrial ni la ubicación de la futura fábrica. Las acciones de Xiaomi subieron con fuerza en Hong Kong durante la sesión.

Xiaomi se suma así a una larga lista de empresas tecnológicas chinas que han decidido competir en el mayor mercado de coches eléctricos del mundo, donde ya operan fabricantes como BYD, Nio y Xpeng.
""")
claim("xiaomi-04-es",
      "Xiaomi anunció que entrará en el negocio de los vehículos eléctricos inteligentes a través de una filial de su total propiedad.",
      "Xiaomi", None, "Xiaomi enters the smart electric vehicle business", "announcement",
      ("official", "Xiaomi", None), "official", None, OFFICIAL)
claim("xiaomi-04-es",
      "La compañía invertirá 10.000 millones de dólares en los próximos diez años, con una primera aportación de 10.000 millones de yuanes, según el comunicado remitido a la bolsa de Hong Kong.",
      "Xiaomi", None, "Xiaomi invests 10 billion dollars in electric vehicles", "announcement",
      ("official", "el comunicado remitido a la bolsa de Hong Kong", None), "official",
      ("en los próximos diez años", "2021-03-30", "2031-03-30"), OFFICIAL)
claim("xiaomi-04-es",
      "El fundador y consejero delegado del grupo, Lei Jun, dirigirá personalmente la nueva división, confirmó la empresa.",
      "Lei Jun", "Xiaomi", "Lei Jun leads Xiaomi's electric vehicle unit", "departure",
      ("official", "la empresa", None), "official", None, OFFICIAL)

article("xiaomi-05-it", "xiaomi-ev", "outcome", "html", "2024-03-28", "it", "Motori Oggi",
        "Xiaomi SU7, la prima auto elettrica del gruppo cinese è in vendita", """
Xiaomi ha annunciato che la SU7, la sua prima auto elettrica, è in vendita in Cina con un prezzo di partenza di 215.900 yuan, circa 27.600 euro.

La berlina è stata presentata a Pechino tre anni dopo l'ingresso del gruppo nel settore automobilistico e con diversi mesi di ritardo rispetto alle prime indiscrezioni, che parlavano di un debutto entro il 2023. La vettura viene prodotta in uno stabilimento di proprietà di Xiaomi nella zona di sviluppo economico di Yizhuang, alla periferia sud della capitale.

La SU7 è proposta in tre versioni, con autonomia dichiarata fino a 800 chilometri per la più costosa. Nelle prime ore dopo l'apertura degli ordini la società ha raccolto decine di migliaia di prenotazioni.

Lei Jun ha ribadito che Xiaomi punta a diventare uno dei cinque maggiori costruttori di auto al mondo entro 15-20 anni.

Il prezzo colloca la SU7 poco sotto la Model 3 di Tesla sul mercato cinese, dove la concorrenza sui listini si è fatta durissima nell'ultimo anno.
""", html_time="2024-03-28T22:10:00+01:00")
claim("xiaomi-05-it",
      "Xiaomi ha annunciato che la SU7, la sua prima auto elettrica, è in vendita in Cina con un prezzo di partenza di 215.900 yuan, circa 27.600 euro.",
      "Xiaomi", None, "Xiaomi SU7 goes on sale", "product_launch",
      ("official", "Xiaomi", None), "official", None, OFFICIAL)
claim("xiaomi-05-it",
      "Lei Jun ha ribadito che Xiaomi punta a diventare uno dei cinque maggiori costruttori di auto al mondo entro 15-20 anni.",
      "Xiaomi", None, "Xiaomi becomes one of the five largest carmakers", "other",
      ("named_person", "Lei Jun", None), "planned",
      ("entro 15-20 anni", "2024-03-28", "2044-03-28"),
      ("unresolved", None, None))


# ---------------------------------------------------------------------------
# 2. Apple's car project (2020-2024)
# ---------------------------------------------------------------------------
story("apple-car", "Apple's car: production targeted for 2024, talks with Hyundai and Kia (denied February 2021), launch pushed to 2026, project cancelled 27 February 2024")

article("applecar-01-en", "apple-car", "rumour", "wire", "2020-12-21", "en", "Reuters",
        "Apple targets 2024 for passenger car production - sources", """
Apple Inc is moving forward with self-driving car technology and is targeting 2024 to produce a passenger vehicle that could include its own battery technology, two people familiar with the effort said.

Apple will rely on outside partners to assemble the vehicle, one of the people said.

The iPhone maker's automotive effort, known as Project Titan, has proceeded unevenly since 2014, when it first started to design its own vehicle from scratch. At one point Apple pulled back to focus on software and reassessed its goals, and hundreds of engineers left the team.

Doug Field, a veteran of Apple who had worked at Tesla, returned to the company in 2018 to oversee the project, and Apple cut 190 people from the team in 2019.

Cars are a low-margin business compared with smartphones, and Tesla needed 17 years to report its first full-year profit.

Apple declined to comment on its plans or future products. Its shares rose about 1% in extended trading.
""")
claim("applecar-01-en",
      "Apple Inc is moving forward with self-driving car technology and is targeting 2024 to produce a passenger vehicle that could include its own battery technology, two people familiar with the effort said.",
      "Apple", None, "Apple produces a passenger car", "product_launch",
      ("anonymous_sources", "two people familiar with the effort", None), "reported",
      ("2024", "2024-01-01", "2024-12-31"),
      ("refuted", "2024-02-27", "applecar-05-fr"))
claim("applecar-01-en",
      "Apple will rely on outside partners to assemble the vehicle, one of the people said.",
      "Apple", None, "Apple signs a manufacturing partner for its car", "partnership",
      ("anonymous_sources", "one of the people", None), "reported", None,
      ("refuted", "2021-12-21", None))

article("applecar-02-de", "apple-car", "rumour", "wire", "2021-02-04", "de", "Handelszeitung Digital",
        "Apple und Kia sollen vor Einigung über Elektroauto stehen", """
Apple steht kurz vor einer Einigung mit Hyundai und dessen Tochter Kia über die Fertigung eines eigenen Elektroautos, wie der US-Sender CNBC unter Berufung auf mit den Gesprächen vertraute Personen berichtet.

Nach Angaben der Quellen könnte das Fahrzeug im Jahr 2024 im Kia-Werk in West Point im US-Bundesstaat Georgia vom Band laufen.

Die Unterzeichnung eines Vertrags sei noch im Februar möglich, sagte eine der Personen dem Sender.

Hyundai hatte im Januar zunächst bestätigt, mit Apple im Gespräch zu sein, die Mitteilung aber wenige Stunden später geändert und den Namen des US-Konzerns daraus gestrichen. Seitdem haben Spekulationen über eine Zusammenarbeit die Aktien beider koreanischer Hersteller kräftig steigen lassen.

Das Werk in Georgia fertigt derzeit unter anderem die SUV-Modelle Sorento und Telluride für den nordamerikanischen Markt. Apple verfügt über keine eigenen Fabriken und lässt auch seine iPhones von Auftragsfertigern wie Foxconn montieren.

Apple, Hyundai und Kia wollten sich zu dem Bericht nicht äußern. Die Kia-Aktie legte in Seoul deutlich zu.
""")
claim("applecar-02-de",
      "Apple steht kurz vor einer Einigung mit Hyundai und dessen Tochter Kia über die Fertigung eines eigenen Elektroautos, wie der US-Sender CNBC unter Berufung auf mit den Gesprächen vertraute Personen berichtet.",
      "Apple", "Hyundai", "Apple agrees with Hyundai and Kia to build an electric car", "partnership",
      ("anonymous_sources", "mit den Gesprächen vertraute Personen", "CNBC"), "reported", None,
      ("refuted", "2021-02-08", "applecar-03-en"))
claim("applecar-02-de",
      "Nach Angaben der Quellen könnte das Fahrzeug im Jahr 2024 im Kia-Werk in West Point im US-Bundesstaat Georgia vom Band laufen.",
      "Apple", "Kia", "Apple car produced at Kia's plant in Georgia", "product_launch",
      ("anonymous_sources", "Quellen", None), "reported",
      ("im Jahr 2024", "2024-01-01", "2024-12-31"),
      ("refuted", "2021-02-08", "applecar-03-en"))
claim("applecar-02-de",
      "Die Unterzeichnung eines Vertrags sei noch im Februar möglich, sagte eine der Personen dem Sender.",
      "Apple", "Kia", "Apple and Kia sign a car manufacturing contract", "partnership",
      ("anonymous_sources", "eine der Personen", None), "reported",
      ("im Februar", "2021-02-01", "2021-02-28"),
      ("refuted", "2021-02-08", "applecar-03-en"))

article("applecar-03-en", "apple-car", "outcome", "wire", "2021-02-08", "en", "Korea Market Report",
        "Hyundai and Kia say they are not in talks with Apple on car development", """
Hyundai Motor and Kia denied in regulatory filings that they are in talks with Apple about developing an autonomous electric vehicle.

In separate disclosures to the Korea Exchange, both carmakers added that they regularly receive proposals for cooperation on self-driving technology from a range of companies.

Kia shares fell sharply in Seoul after the filings, wiping out part of the gains they had made since early January. Hyundai shares also closed lower.

Analysts said Apple is likely to sign a manufacturing deal with another carmaker this year.

The Korean group, which sells more cars than any other Asian manufacturer except Toyota, has been investing heavily in electric models of its own. It recently started selling vehicles on a new battery platform that is designed to underpin a range of Hyundai, Kia and Genesis models.

Apple, which rarely discusses unreleased products, has never publicly confirmed that it is working on a car.
""")
claim("applecar-03-en",
      "Hyundai Motor and Kia denied in regulatory filings that they are in talks with Apple about developing an autonomous electric vehicle.",
      "Hyundai Motor", "Apple", "Hyundai and Kia deny talks with Apple on a car", "partnership",
      ("official", "Hyundai Motor and Kia", None), "official", None, OFFICIAL)
claim("applecar-03-en",
      "Analysts said Apple is likely to sign a manufacturing deal with another carmaker this year.",
      "Apple", None, "Apple signs a car manufacturing deal with a carmaker", "partnership",
      ("analyst", "Analysts", None), "opinion",
      ("this year", "2021-01-01", "2021-12-31"),
      ("refuted", "2021-12-31", None))

article("applecar-04-en", "apple-car", "rumour", "wire", "2022-12-06", "en", "Tech Wire",
        "Apple reportedly delays its car to 2026 and scales back self-driving plans", """
Apple has pushed back the target launch of its electric car to 2026 and scaled back its plans for a vehicle that drives itself everywhere, Bloomberg News reported.

The car project, known inside the company as Titan, has had several leaders since it began in 2014. It is currently run by Kevin Lynch, the executive who also oversees software for the Apple Watch.

The iPhone maker has spent billions of dollars on the effort, testing self-driving software on modified sport utility vehicles on roads in California. The state's motor vehicle department lists Apple among the companies holding a permit to test autonomous vehicles with a safety driver.

Tesla and several established carmakers already sell cars with driver assistance systems that steer and brake on motorways.

Apple shares fell about 1% after the report. An Apple spokesperson declined to comment.
""")
claim("applecar-04-en",
      "Apple has pushed back the target launch of its electric car to 2026 and scaled back its plans for a vehicle that drives itself everywhere, Bloomberg News reported.",
      "Apple", None, "Apple launches its electric car", "product_launch",
      ("named_outlet", "Bloomberg News", None), "reported",
      ("2026", "2026-01-01", "2026-12-31"),
      ("refuted", "2024-02-27", "applecar-05-fr"))

article("applecar-05-fr", "apple-car", "outcome", "html", "2024-02-28", "fr", "Le Quotidien Numérique",
        "Apple abandonne son projet de voiture électrique", """
Apple a annulé son projet de voiture électrique, a annoncé la direction du groupe à ses salariés.

La décision a été présentée mardi à près de 2 000 employés par Jeff Williams, directeur des opérations, et Kevan Parekh, vice-président chargé du projet. Le programme, baptisé Titan en interne, avait démarré en 2014 et a coûté plusieurs milliards de dollars au fabricant de l'iPhone.

Une partie des équipes rejoindra la division consacrée à l'intelligence artificielle générative, a précisé la direction.

Apple n'a jamais présenté de prototype ni confirmé publiquement l'existence du projet, qui a connu de nombreux changements de cap et de responsables au fil des années. Le groupe visait d'abord une voiture entièrement autonome, avant de revoir ses ambitions à la baisse.

L'annonce a plutôt été bien accueillie par les investisseurs, qui voient d'un bon oeil un recentrage des dépenses sur l'intelligence artificielle, un domaine où Apple est jugé en retard sur Microsoft et Google.
""", html_time="2024-02-28T08:30:00+01:00")
claim("applecar-05-fr",
      "Apple a annulé son projet de voiture électrique, a annoncé la direction du groupe à ses salariés.",
      "Apple", None, "Apple cancels its electric car project", "product_launch",
      ("official", "la direction du groupe", None), "official", None, OFFICIAL)
claim("applecar-05-fr",
      "Une partie des équipes rejoindra la division consacrée à l'intelligence artificielle générative, a précisé la direction.",
      "Apple", None, "Apple moves car staff to its generative AI division", "other",
      ("official", "la direction", None), "official", None, OFFICIAL)


# ---------------------------------------------------------------------------
# 3. Microsoft and Activision Blizzard (2022-2023)
# ---------------------------------------------------------------------------
story("activision", "Microsoft's takeover of Activision Blizzard: announced 18 January 2022 with a close expected by 30 June 2023, completed 13 October 2023")

article("activision-01-en", "activision", "rumour", "wire", "2022-01-18", "en", "Reuters",
        "Microsoft to buy Activision Blizzard for $68.7 billion", """
Microsoft Corp announced it will acquire video game publisher Activision Blizzard for $95 per share in an all-cash deal valued at $68.7 billion, the biggest acquisition in the software company's history.

Microsoft expects the transaction to close in its fiscal year 2023, which ends on 30 June 2023.

Once the deal closes, the Activision Blizzard business will report to Phil Spencer, chief executive of Microsoft Gaming, the companies said in a statement.

The purchase would make Microsoft the world's third-largest gaming company by revenue, behind Tencent and Sony, and add franchises such as Call of Duty, World of Warcraft and Candy Crush to its Xbox business.

Activision has been under pressure since a California state agency sued it last year over allegations of sexual harassment and discrimination in its workplace. Chief executive Bobby Kotick has faced calls from employees to resign.

Activision shares jumped more than 25% in premarket trading, while Microsoft shares edged lower. The deal still requires the approval of Activision shareholders and of competition regulators.
""")
claim("activision-01-en",
      "Microsoft Corp announced it will acquire video game publisher Activision Blizzard for $95 per share in an all-cash deal valued at $68.7 billion, the biggest acquisition in the software company's history.",
      "Microsoft", "Activision Blizzard", "Microsoft agrees to acquire Activision Blizzard", "acquisition",
      ("official", "Microsoft Corp", None), "official", None, OFFICIAL)
claim("activision-01-en",
      "Microsoft expects the transaction to close in its fiscal year 2023, which ends on 30 June 2023.",
      "Microsoft", "Activision Blizzard", "Microsoft completes the acquisition of Activision Blizzard", "acquisition",
      ("unattributed", None, None), "planned",
      ("in its fiscal year 2023, which ends on 30 June 2023", "2022-07-01", "2023-06-30"),
      ("confirmed_late", "2023-10-13", "activision-03-en"))
claim("activision-01-en",
      "Once the deal closes, the Activision Blizzard business will report to Phil Spencer, chief executive of Microsoft Gaming, the companies said in a statement.",
      "Activision Blizzard", "Microsoft", "Activision Blizzard reports to Phil Spencer after the deal", "other",
      ("official", "the companies", None), "official", None, OFFICIAL)

article("activision-02-es", "activision", "rumour", "wire", "2023-07-12", "es", "Mercados Hoy",
        "Una jueza de EE UU despeja el camino a la compra de Activision por Microsoft", """
Una jueza federal de San Francisco rechazó la petición de la Comisión Federal de Comercio de Estados Unidos (FTC) para frenar de forma cautelar la compra de Activision Blizzard por parte de Microsoft.

La decisión elimina el principal obstáculo legal en Estados Unidos para la operación, valorada en 68.700 millones de dólares y anunciada en enero de 2022. La FTC sostiene que la adquisición perjudicaría la competencia en las consolas y en los videojuegos en la nube.

Los analistas consultados por este diario prevén que Microsoft complete la compra de Activision antes de que termine el año.

El último gran escollo es el Reino Unido. La Autoridad de Competencia y Mercados británica (CMA) vetó la operación en abril por sus efectos en el mercado del juego en la nube, y Microsoft ha recurrido esa decisión. La Comisión Europea, en cambio, aprobó la compra en mayo a cambio de compromisos sobre esos servicios.

Las acciones de Activision subieron alrededor de un 10 % en Wall Street tras conocerse el fallo. Microsoft y Activision celebraron la decisión en sendos comunicados.
""")
claim("activision-02-es",
      "Los analistas consultados por este diario prevén que Microsoft complete la compra de Activision antes de que termine el año.",
      "Microsoft", "Activision Blizzard", "Microsoft completes the acquisition of Activision Blizzard", "acquisition",
      ("analyst", "Los analistas consultados por este diario", None), "opinion",
      ("antes de que termine el año", "2023-07-12", "2023-12-31"),
      ("confirmed", "2023-10-13", "activision-03-en"))

article("activision-03-en", "activision", "outcome", "wire", "2023-10-13", "en", "Reuters",
        "Microsoft completes $69 billion Activision deal after UK approval", """
Microsoft said it has completed its acquisition of Activision Blizzard, closing the $69 billion deal hours after Britain's competition regulator approved a restructured version of the takeover.

The Competition and Markets Authority cleared the deal after Microsoft agreed to sell the cloud streaming rights for current and new Activision games outside the European Economic Area to French publisher Ubisoft Entertainment. The regulator had blocked the original transaction in April.

The takeover, first announced in January 2022, closed more than three months after the end of June 2023, the date by which Microsoft had originally hoped to complete it. A US judge rejected a bid by the Federal Trade Commission to halt the deal in July.

Activision chief executive Bobby Kotick will stay on until the end of 2023, Microsoft said.

The purchase is the largest in the history of the video game industry and makes Microsoft the owner of Call of Duty, Overwatch and Candy Crush. Activision shares were suspended from trading on the Nasdaq ahead of their delisting.
""")
claim("activision-03-en",
      "Microsoft said it has completed its acquisition of Activision Blizzard, closing the $69 billion deal hours after Britain's competition regulator approved a restructured version of the takeover.",
      "Microsoft", "Activision Blizzard", "Microsoft completes the acquisition of Activision Blizzard", "acquisition",
      ("official", "Microsoft", None), "official", None, OFFICIAL)
claim("activision-03-en",
      "Activision chief executive Bobby Kotick will stay on until the end of 2023, Microsoft said.",
      "Bobby Kotick", "Activision Blizzard", "Bobby Kotick leaves Activision at the end of 2023", "departure",
      ("official", "Microsoft", None), "official",
      ("until the end of 2023", "2023-10-13", "2023-12-31"), OFFICIAL)


# ---------------------------------------------------------------------------
# 4. Elon Musk and Twitter (2022)
# ---------------------------------------------------------------------------
story("twitter", "Elon Musk's purchase of Twitter: expected by the end of October 2022, completed 27 October 2022; the promised content moderation council never met")

article("twitter-01-it", "twitter", "rumour", "wire", "2022-10-06", "it", "Il Sole Economia",
        "Musk e Twitter, sospeso il processo: verso la chiusura dell'acquisizione", """
La giudice del Delaware Kathaleen McCormick ha sospeso il processo che avrebbe dovuto opporre Twitter a Elon Musk, dopo che il fondatore di Tesla ha proposto di rilevare la società al prezzo originario di 54,20 dollari per azione.

Secondo fonti vicine al dossier citate da Bloomberg, Musk e Twitter potrebbero chiudere l'acquisizione da 44 miliardi di dollari entro la fine di ottobre.

Per gli analisti, le azioni Twitter saranno sospese dalla Borsa di New York subito dopo il closing.

Sembra inoltre che Musk voglia licenziare l'amministratore delegato Parag Agrawal appena preso il controllo della società.

La vicenda va avanti da aprile, quando il consiglio di amministrazione del social network aveva accettato l'offerta dell'uomo più ricco del mondo. A luglio Musk aveva comunicato di voler recedere dall'accordo, accusando la società di aver fornito dati poco chiari sul numero di account falsi, e Twitter lo aveva portato in tribunale per costringerlo a rispettare il contratto.

Il titolo Twitter continua a scambiare sotto il prezzo offerto da Musk, segno che il mercato non considera ancora l'operazione del tutto al sicuro. Le banche che finanziano l'acquisto hanno già impegnato circa 13 miliardi di dollari di prestiti.
""")
claim("twitter-01-it",
      "Secondo fonti vicine al dossier citate da Bloomberg, Musk e Twitter potrebbero chiudere l'acquisizione da 44 miliardi di dollari entro la fine di ottobre.",
      "Elon Musk", "Twitter", "Elon Musk completes the acquisition of Twitter", "acquisition",
      ("anonymous_sources", "fonti vicine al dossier", "Bloomberg"), "reported",
      ("entro la fine di ottobre", "2022-10-06", "2022-10-31"),
      ("confirmed", "2022-10-27", "twitter-02-en"))
claim("twitter-01-it",
      "Per gli analisti, le azioni Twitter saranno sospese dalla Borsa di New York subito dopo il closing.",
      "Twitter", None, "Twitter shares suspended from the New York Stock Exchange", "other",
      ("analyst", "gli analisti", None), "opinion", None,
      ("confirmed", "2022-10-28", "twitter-02-en"))
claim("twitter-01-it",
      "Sembra inoltre che Musk voglia licenziare l'amministratore delegato Parag Agrawal appena preso il controllo della società.",
      "Parag Agrawal", "Twitter", "Parag Agrawal leaves Twitter after the takeover", "departure",
      ("unattributed", None, None), "rumour", None,
      ("confirmed", "2022-10-27", "twitter-02-en"))

article("twitter-02-en", "twitter", "outcome", "wire", "2022-10-28", "en", "Reuters",
        "Elon Musk completes Twitter takeover and fires top executives", """
Elon Musk has completed his $44 billion acquisition of Twitter, according to a filing with the U.S. Securities and Exchange Commission, ending a legal fight that had lasted for months.

Musk fired chief executive Parag Agrawal, finance chief Ned Segal and legal policy chief Vijaya Gadde soon after taking control of the company in San Francisco.

The New York Stock Exchange suspended trading in Twitter shares ahead of their delisting, according to a notice on its website.

Musk has said he plans to form a content moderation council with widely diverse viewpoints before making major decisions on banned accounts.

The world's richest person had tried to walk away from the deal in July, and agreed to go ahead with it only weeks before a trial was due to start in Delaware. He financed the purchase with his own Tesla shares, loans from a group of banks and money from investors including Oracle co-founder Larry Ellison.

Advertisers have asked for reassurance that the platform will not become less safe for their brands. Musk celebrated the closing with a short post on the platform itself.
""")
claim("twitter-02-en",
      "Elon Musk has completed his $44 billion acquisition of Twitter, according to a filing with the U.S. Securities and Exchange Commission, ending a legal fight that had lasted for months.",
      "Elon Musk", "Twitter", "Elon Musk completes the acquisition of Twitter", "acquisition",
      ("official", "a filing with the U.S. Securities and Exchange Commission", None), "official", None, OFFICIAL)
claim("twitter-02-en",
      "Musk fired chief executive Parag Agrawal, finance chief Ned Segal and legal policy chief Vijaya Gadde soon after taking control of the company in San Francisco.",
      "Parag Agrawal", "Twitter", "Parag Agrawal leaves Twitter after the takeover", "departure",
      ("official", "Musk", None), "official", None, OFFICIAL)
claim("twitter-02-en",
      "The New York Stock Exchange suspended trading in Twitter shares ahead of their delisting, according to a notice on its website.",
      "Twitter", "New York Stock Exchange", "Twitter shares suspended from the New York Stock Exchange", "other",
      ("official", "a notice on its website", None), "official", None, OFFICIAL)
claim("twitter-02-en",
      "Musk has said he plans to form a content moderation council with widely diverse viewpoints before making major decisions on banned accounts.",
      "Elon Musk", "Twitter", "Twitter forms a content moderation council", "announcement",
      ("named_person", "Musk", None), "planned", None,
      ("refuted", "2023-10-28", None))


# ---------------------------------------------------------------------------
# 5. Kylian Mbappé and Real Madrid (2022 and 2024)
# ---------------------------------------------------------------------------
story("mbappe", "Kylian Mbappé and Real Madrid: the 2022 move reported by sources did not happen (he extended with PSG on 21 May 2022); the 2024 reports came true (Real Madrid announced the signing on 3 June 2024)")

article("mbappe-01-es", "mbappe", "rumour", "wire", "2022-05-14", "es", "Deportes Al Día",
        "Mbappé elige al Real Madrid, según su entorno", """
Kylian Mbappé fichará este verano por el Real Madrid como agente libre, según fuentes cercanas al jugador.

El delantero anunciará su decisión antes de que termine el mes, según las mismas fuentes.

En las redes sociales circula incluso el rumor de que el jugador será presentado en el estadio Santiago Bernabéu a principios de junio.

El internacional francés, de 23 años, termina contrato con el Paris Saint-Germain el 30 de junio. El club parisino le ha presentado en los últimos meses varias propuestas de renovación con un salario récord, todas ellas rechazadas hasta ahora.

El Real Madrid ya intentó ficharlo el verano pasado con varias ofertas multimillonarias que el PSG rechazó. Desde entonces, el presidente Florentino Pérez ha convertido al jugador en la gran prioridad deportiva del club.

Mbappé llegó a París en 2017 procedente del Mónaco y desde entonces ha ganado cuatro ligas francesas con el PSG. Esta temporada es el máximo goleador y el máximo asistente de la Ligue 1.

El Real Madrid, por su parte, se proclamó campeón de LaLiga a finales de abril.
""")
claim("mbappe-01-es",
      "Kylian Mbappé fichará este verano por el Real Madrid como agente libre, según fuentes cercanas al jugador.",
      "Kylian Mbappé", "Real Madrid", "Kylian Mbappé joins Real Madrid", "departure",
      ("anonymous_sources", "fuentes cercanas al jugador", None), "reported",
      ("este verano", "2022-06-21", "2022-09-22"),
      ("refuted", "2022-05-21", "mbappe-02-fr"))
claim("mbappe-01-es",
      "El delantero anunciará su decisión antes de que termine el mes, según las mismas fuentes.",
      "Kylian Mbappé", None, "Kylian Mbappé announces his decision on his future", "announcement",
      ("anonymous_sources", "las mismas fuentes", None), "reported",
      ("antes de que termine el mes", "2022-05-14", "2022-05-31"),
      ("confirmed", "2022-05-21", "mbappe-02-fr"))
claim("mbappe-01-es",
      "En las redes sociales circula incluso el rumor de que el jugador será presentado en el estadio Santiago Bernabéu a principios de junio.",
      "Kylian Mbappé", "Real Madrid", "Kylian Mbappé presented as a Real Madrid player", "departure",
      ("leak", "En las redes sociales circula incluso el rumor", None), "rumour",
      ("a principios de junio", "2022-06-01", "2022-06-15"),
      ("refuted", "2022-05-21", "mbappe-02-fr"))

article("mbappe-02-fr", "mbappe", "outcome", "wire", "2022-05-21", "fr", "Le Journal du Sport",
        "Mbappé prolonge au PSG et tourne le dos au Real Madrid", """
Le Paris Saint-Germain a annoncé la prolongation du contrat de Kylian Mbappé jusqu'en juin 2025.

Kylian Mbappé a confirmé lui-même sa décision de rester à Paris devant le public du Parc des Princes, avant le dernier match de la saison contre Metz.

L'attaquant a ensuite inscrit un triplé lors de la victoire 5-0 des champions de France, qui ont clos leur saison par une fête devant leurs supporters.

Le Real Madrid, qui comptait l'accueillir libre cet été, n'a pas souhaité réagir dans l'immédiat. Le club espagnol avait fait du champion du monde 2018 sa priorité absolue depuis plus d'un an.

Le président du PSG, Nasser al-Khelaïfi, s'est félicité d'avoir conservé le meilleur joueur du championnat, un an après avoir refusé de le vendre pour près de 200 millions d'euros. Le montant du nouveau contrat n'a pas été communiqué.

En mars, le club de la capitale avait été éliminé de la Ligue des champions en huitièmes de finale, justement par le Real Madrid.
""")
claim("mbappe-02-fr",
      "Le Paris Saint-Germain a annoncé la prolongation du contrat de Kylian Mbappé jusqu'en juin 2025.",
      "Kylian Mbappé", "Paris Saint-Germain", "Kylian Mbappé extends his contract with PSG", "departure",
      ("official", "Le Paris Saint-Germain", None), "official",
      ("jusqu'en juin 2025", "2022-05-21", "2025-06-30"), OFFICIAL)
claim("mbappe-02-fr",
      "Kylian Mbappé a confirmé lui-même sa décision de rester à Paris devant le public du Parc des Princes, avant le dernier match de la saison contre Metz.",
      "Kylian Mbappé", "Paris Saint-Germain", "Kylian Mbappé stays at PSG", "departure",
      ("official", "Kylian Mbappé", None), "official", None, OFFICIAL)

article("mbappe-03-en", "mbappe", "rumour", "wire", "2024-02-14", "en", "Sports Desk International",
        "Mbappe tells PSG he will leave at the end of his contract", """
Kylian Mbappe has told Paris St Germain that he will leave the club when his contract expires in June, people familiar with the matter said.

The France captain is expected to join Real Madrid on a free transfer this summer, the people added.

Real Madrid have offered Mbappe a five-year contract, according to French sports daily L'Equipe.

The 25-year-old forward has scored more than 200 goals for PSG since joining from Monaco in 2017 and is the club's all-time leading scorer. He turned down Real Madrid in 2022, when he signed a new deal in Paris at the last minute.

PSG declined to comment. Mbappe did not take up an option in his current deal that would have kept him in Paris for a further year.

The Qatari-owned club built its team around Mbappe after Lionel Messi and Neymar left Paris last summer.
""")
claim("mbappe-03-en",
      "Kylian Mbappe has told Paris St Germain that he will leave the club when his contract expires in June, people familiar with the matter said.",
      "Kylian Mbappé", "Paris Saint-Germain", "Kylian Mbappé leaves PSG", "departure",
      ("anonymous_sources", "people familiar with the matter", None), "reported",
      ("in June", "2024-06-01", "2024-06-30"),
      ("confirmed", "2024-06-03", "mbappe-04-es"))
claim("mbappe-03-en",
      "The France captain is expected to join Real Madrid on a free transfer this summer, the people added.",
      "Kylian Mbappé", "Real Madrid", "Kylian Mbappé joins Real Madrid", "departure",
      ("anonymous_sources", "the people", None), "reported",
      ("this summer", "2024-06-21", "2024-09-22"),
      ("confirmed", "2024-06-03", "mbappe-04-es"))
claim("mbappe-03-en",
      "Real Madrid have offered Mbappe a five-year contract, according to French sports daily L'Equipe.",
      "Kylian Mbappé", "Real Madrid", "Kylian Mbappé signs a five-year contract with Real Madrid", "departure",
      ("named_outlet", "L'Equipe", None), "reported", None,
      ("confirmed", "2024-06-03", "mbappe-04-es"))

article("mbappe-04-es", "mbappe", "outcome", "wire", "2024-06-03", "es", "Deportes Al Día",
        "El Real Madrid anuncia el fichaje de Kylian Mbappé", """
Kylian Mbappé ha firmado con el Real Madrid, según anunció oficialmente el club en un comunicado.

El contrato del delantero francés se extiende durante cinco temporadas, hasta junio de 2029. El jugador llega libre tras no renovar con el Paris Saint-Germain, donde se despidió en mayo después de siete temporadas y más de 250 goles.

El fichaje pone fin a una persecución que comenzó hace casi una década. En 2022, cuando todo parecía cerrado, Mbappé anunció su renovación con el club parisino en el último momento.

El presidente Florentino Pérez consigue así al jugador que llevaba años buscando, y el club cierra una plantilla con Vinícius Júnior, Jude Bellingham y Rodrygo en ataque, recién proclamada campeona de Europa por decimoquinta vez.

Mbappé, que cumplió 25 años en diciembre, celebró la noticia en sus redes sociales con un mensaje en el que calificó de sueño hecho realidad su llegada a Madrid.
""")
claim("mbappe-04-es",
      "Kylian Mbappé ha firmado con el Real Madrid, según anunció oficialmente el club en un comunicado.",
      "Kylian Mbappé", "Real Madrid", "Kylian Mbappé signs with Real Madrid", "departure",
      ("official", "el club", None), "official", None, OFFICIAL)


# ---------------------------------------------------------------------------
# 6. ECB rate cuts (2024)
# ---------------------------------------------------------------------------
story("ecb-2024", "The ECB's first rate cuts since 2019: a June 2024 cut expected by economists (6 June), a second cut expected in July that came only on 12 September")

article("ecb-01-de", "ecb-2024", "rumour", "txt", "2024-05-27", "de", None,
        "EZB vor der Zinswende", """
Die Europäische Zentralbank wird ihre Leitzinsen im Juni erstmals seit 2019 senken, erwarten die meisten Ökonomen.

Mehrere Mitglieder des EZB-Rats haben sich in den vergangenen Wochen öffentlich für einen solchen Schritt ausgesprochen. Die Inflation im Euroraum lag im April bei 2,4 Prozent und damit nur noch knapp über dem Ziel der Notenbank von zwei Prozent. Der Einlagensatz liegt seit September 2023 auf dem Rekordniveau von 4,0 Prozent.

EZB-Präsidentin Christine Lagarde sieht nach eigenen Worten eine hohe Wahrscheinlichkeit für eine Senkung bei der Sitzung im Juni.

Einige Analysten rechnen bereits im Juli mit einem zweiten Zinsschritt.

Für Sparer und Kreditnehmer ist der Leitzins von großer Bedeutung, weil Banken die Konditionen für Tagesgeld und Festgeld meist rasch anpassen. Hausbauer hoffen dagegen auf günstigere Kredite, die Bauzinsen sind allerdings schon seit dem Winter leicht gesunken.

In den USA hat die Notenbank Fed ihren Leitzins seit Juli 2023 nicht mehr verändert, weil die Teuerung dort hartnäckiger ist als in Europa.
""")
claim("ecb-01-de",
      "Die Europäische Zentralbank wird ihre Leitzinsen im Juni erstmals seit 2019 senken, erwarten die meisten Ökonomen.",
      "Europäische Zentralbank", None, "ECB cuts its key interest rates", "policy",
      ("analyst", "die meisten Ökonomen", None), "opinion",
      ("im Juni", "2024-06-01", "2024-06-30"),
      ("confirmed", "2024-06-06", "ecb-02-en"))
claim("ecb-01-de",
      "EZB-Präsidentin Christine Lagarde sieht nach eigenen Worten eine hohe Wahrscheinlichkeit für eine Senkung bei der Sitzung im Juni.",
      "Europäische Zentralbank", None, "ECB cuts its key interest rates", "policy",
      ("named_person", "Christine Lagarde", None), "planned",
      ("im Juni", "2024-06-01", "2024-06-30"),
      ("confirmed", "2024-06-06", "ecb-02-en"))
claim("ecb-01-de",
      "Einige Analysten rechnen bereits im Juli mit einem zweiten Zinsschritt.",
      "Europäische Zentralbank", None, "ECB cuts its key interest rates a second time", "policy",
      ("analyst", "Einige Analysten", None), "opinion",
      ("im Juli", "2024-07-01", "2024-07-31"),
      ("confirmed_late", "2024-09-12", "ecb-03-fr"))

article("ecb-02-en", "ecb-2024", "outcome", "wire", "2024-06-06", "en", "Bloomberg",
        "ECB cuts interest rates for the first time since 2019", """
The European Central Bank announced a quarter-point cut in its key interest rates, lowering the deposit rate to 3.75% from a record 4%.

It was the first reduction in borrowing costs since 2019 and follows the fastest series of rate increases in the euro's history, which began in July 2022 as inflation surged after Russia's invasion of Ukraine.

ECB President Christine Lagarde declined to commit to further cuts, telling reporters in Frankfurt that the Governing Council would take its decisions meeting by meeting and according to the data.

The bank raised its own inflation forecasts for this year and next, reflecting stubborn price growth in the services sector and rising wages.

Most economists expect the next cut to come in September.

Euro zone government bond yields rose slightly after the decision, as investors scaled back bets on the pace of easing. The euro was little changed against the dollar.
""")
claim("ecb-02-en",
      "The European Central Bank announced a quarter-point cut in its key interest rates, lowering the deposit rate to 3.75% from a record 4%.",
      "European Central Bank", None, "ECB cuts its key interest rates", "policy",
      ("official", "The European Central Bank", None), "official", None, OFFICIAL)
claim("ecb-02-en",
      "Most economists expect the next cut to come in September.",
      "European Central Bank", None, "ECB cuts its key interest rates a second time", "policy",
      ("analyst", "Most economists", None), "opinion",
      ("in September", "2024-09-01", "2024-09-30"),
      ("confirmed", "2024-09-12", "ecb-03-fr"))

article("ecb-03-fr", "ecb-2024", "outcome", "wire", "2024-09-12", "fr", "L'Économie Quotidienne",
        "La BCE abaisse de nouveau ses taux directeurs", """
La Banque centrale européenne a annoncé une deuxième baisse de ses taux directeurs, ramenant le taux de dépôt de 3,75 % à 3,50 %.

L'institution de Francfort avait laissé ses taux inchangés lors de sa réunion de juillet, préférant attendre de nouvelles données sur les salaires et les prix des services. L'inflation en zone euro est tombée à 2,2 % en août, son plus bas niveau depuis trois ans.

La BCE a également réduit l'écart entre son taux de refinancement et son taux de dépôt, une modification technique qu'elle avait présentée au printemps.

Christine Lagarde n'a donné aucune indication sur la suite, répétant que les décisions seraient prises réunion par réunion.

Les économistes de la banque centrale ont légèrement abaissé leurs projections de croissance pour la zone euro, pénalisée par la faiblesse de l'industrie allemande. Les marchés financiers ont accueilli la décision sans surprise, les investisseurs l'ayant largement anticipée.
""")
claim("ecb-03-fr",
      "La Banque centrale européenne a annoncé une deuxième baisse de ses taux directeurs, ramenant le taux de dépôt de 3,75 % à 3,50 %.",
      "Banque centrale européenne", None, "ECB cuts its key interest rates a second time", "policy",
      ("official", "La Banque centrale européenne", None), "official", None, OFFICIAL)


# ---------------------------------------------------------------------------
# 7. iPhones 2019-2021: an event date from a leak, analyst forecasts
# ---------------------------------------------------------------------------
story("iphone", "Apple's iPhones: a leaked 10 September 2019 event date (confirmed by invitations on 29 August), a forecast of 5G iPhones in 2020 (confirmed 13 October 2020), a forecast of an in-screen fingerprint reader in 2021 (never happened)")

article("iphone-01-en", "iphone", "rumour", "wire", "2019-08-16", "en", "iDevice Report",
        "iOS 13 beta points to a September 10 iPhone event", """
Apple will unveil its new iPhones at an event on September 10, according to an image discovered in the latest test version of iOS 13.

Developers who took apart the beta software found a picture of a locked iPhone screen showing the date Tuesday, September 10. Apple has hidden the date of upcoming launches in its software before, and the images have usually matched the real event.

The company has not confirmed any date. It normally sends out invitations to its autumn product event about two weeks in advance.

Further ahead, Ming-Chi Kuo, an analyst at TF International Securities, expects Apple to release its first iPhones that work on 5G networks in 2020.

Kuo also predicts that Apple will add an in-screen fingerprint reader to its iPhones in 2021, alongside Face ID.

The iPhone still accounts for about half of Apple's revenue, but sales of the device fell in the most recent quarter as customers in China and other markets hold on to their phones for longer.
""")
claim("iphone-01-en",
      "Apple will unveil its new iPhones at an event on September 10, according to an image discovered in the latest test version of iOS 13.",
      "Apple", None, "Apple unveils new iPhones at an event", "product_launch",
      ("leak", "an image discovered in the latest test version of iOS 13", None), "rumour",
      ("on September 10", "2019-09-10", "2019-09-10"),
      ("confirmed", "2019-08-29", "iphone-02-en"))
claim("iphone-01-en",
      "Further ahead, Ming-Chi Kuo, an analyst at TF International Securities, expects Apple to release its first iPhones that work on 5G networks in 2020.",
      "Apple", None, "Apple releases 5G iPhones", "product_launch",
      ("analyst", "Ming-Chi Kuo", None), "opinion",
      ("in 2020", "2020-01-01", "2020-12-31"),
      ("confirmed", "2020-10-13", "iphone-03-fr"))
claim("iphone-01-en",
      "Kuo also predicts that Apple will add an in-screen fingerprint reader to its iPhones in 2021, alongside Face ID.",
      "Apple", None, "Apple releases an iPhone with an in-screen fingerprint reader", "product_launch",
      ("analyst", "Kuo", None), "opinion",
      ("in 2021", "2021-01-01", "2021-12-31"),
      ("refuted", "2021-12-31", None))

article("iphone-02-en", "iphone", "outcome", "wire", "2019-08-29", "en", "Tech Wire",
        "Apple confirms September 10 event", """
Apple sent out invitations for a product event on September 10 at the Steve Jobs Theater on its campus in Cupertino, California.

The invitation, which carries the tagline "By innovation only" above a multicoloured Apple logo, did not name any products. The company usually uses its September event to present new iPhones and Apple Watch models.

The date matches one found earlier this month in a test version of Apple's iOS 13 software.

Apple presented the iPhone XS and iPhone XR at a similar event in September last year. Those phones met a lukewarm response, and iPhone revenue fell 12% in the quarter that ended in June compared with a year earlier.

Services such as the App Store, Apple Music and iCloud have become the company's second-largest source of revenue, and in March Apple presented a video subscription service and a gaming service to add to them.
""")
claim("iphone-02-en",
      "Apple sent out invitations for a product event on September 10 at the Steve Jobs Theater on its campus in Cupertino, California.",
      "Apple", None, "Apple holds a product event", "product_launch",
      ("official", "Apple", None), "official",
      ("on September 10", "2019-09-10", "2019-09-10"), OFFICIAL)

article("iphone-03-fr", "iphone", "outcome", "wire", "2020-10-13", "fr", "Numérique Hebdo",
        "Apple présente ses premiers iPhone compatibles 5G", """
Apple a annoncé l'iPhone 12, sa première gamme de smartphones compatibles avec les réseaux 5G.

Les quatre modèles, de l'iPhone 12 mini à l'iPhone 12 Pro Max, prennent tous en charge la nouvelle génération de réseaux mobiles. La présentation, diffusée en ligne en raison de la pandémie, a eu lieu avec un mois de retard sur le calendrier habituel du groupe.

Selon Apple, les précommandes de l'iPhone 12 et de l'iPhone 12 Pro ouvriront le 16 octobre, pour une disponibilité le 23 octobre.

Les nouveaux appareils adoptent un design aux bords plats qui rappelle celui de l'iPhone 5. Ils se déverrouillent toujours par reconnaissance faciale, sans lecteur d'empreintes digitales.

Apple ne fournit plus de chargeur ni d'écouteurs dans la boîte, une décision que le groupe justifie par des raisons environnementales. L'iPhone 12 est vendu à partir de 909 euros en France.

Les opérateurs français commencent tout juste à déployer la 5G, après l'attribution des fréquences au début du mois.
""")
claim("iphone-03-fr",
      "Apple a annoncé l'iPhone 12, sa première gamme de smartphones compatibles avec les réseaux 5G.",
      "Apple", None, "Apple releases 5G iPhones", "product_launch",
      ("official", "Apple", None), "official", None, OFFICIAL)
claim("iphone-03-fr",
      "Selon Apple, les précommandes de l'iPhone 12 et de l'iPhone 12 Pro ouvriront le 16 octobre, pour une disponibilité le 23 octobre.",
      "Apple", None, "iPhone 12 goes on sale", "product_launch",
      ("official", "Apple", None), "official",
      ("le 23 octobre", "2020-10-23", "2020-10-23"), OFFICIAL)


# ---------------------------------------------------------------------------
# 8. Nvidia and Arm (2020-2023)
# ---------------------------------------------------------------------------
story("nvidia-arm", "Nvidia's purchase of Arm: announced September 2020 to close within 18 months, called off 8 February 2022 (as Bloomberg's sources had said); SoftBank's promised Arm listing came in September 2023, later than planned")

article("nvidia-01-en", "nvidia-arm", "rumour", "wire", "2020-09-14", "en", "Reuters",
        "Nvidia to buy chip designer Arm from SoftBank for $40 billion", """
Nvidia agreed to buy British chip designer Arm Holdings from SoftBank Group for $40 billion in cash and stock, the companies announced.

Nvidia expects the deal to close within 18 months, subject to approval by regulators in Britain, China, the European Union and the United States.

Arm, based in Cambridge, England, licenses the designs used in almost all of the world's smartphone processors to hundreds of companies, including Apple, Qualcomm and Samsung. SoftBank bought it for about $32 billion in 2016.

Nvidia chief executive Jensen Huang described the combination as a way to create the leading computing company for the age of artificial intelligence. Nvidia's graphics chips are widely used to train artificial intelligence systems in data centres.

Several of Arm's customers compete with Nvidia, and British politicians and Arm's co-founder Hermann Hauser have criticised the sale of one of the country's most important technology companies to an American buyer.

Nvidia shares rose about 6% in early trading, while SoftBank shares had gained in Tokyo on reports of the talks.
""")
claim("nvidia-01-en",
      "Nvidia agreed to buy British chip designer Arm Holdings from SoftBank Group for $40 billion in cash and stock, the companies announced.",
      "Nvidia", "Arm", "Nvidia agrees to buy Arm from SoftBank", "acquisition",
      ("official", "the companies", None), "official", None, OFFICIAL)
claim("nvidia-01-en",
      "Nvidia expects the deal to close within 18 months, subject to approval by regulators in Britain, China, the European Union and the United States.",
      "Nvidia", "Arm", "Nvidia completes the acquisition of Arm", "acquisition",
      ("unattributed", None, None), "planned",
      ("within 18 months", "2020-09-14", "2022-03-14"),
      ("refuted", "2022-02-08", "nvidia-03-it"))

article("nvidia-02-de", "nvidia-arm", "rumour", "wire", "2022-01-26", "de", "Börsen-Kurier",
        "Nvidia bereitet laut Bloomberg Rückzug von der Arm-Übernahme vor", """
Nvidia bereitet sich darauf vor, die geplante Übernahme des britischen Chipdesigners Arm aufzugeben, wie die Nachrichtenagentur Bloomberg unter Berufung auf mit der Angelegenheit vertraute Personen berichtet.

Der japanische Arm-Eigentümer SoftBank treibt stattdessen einen Börsengang von Arm voran, berichtet Bloomberg.

Die Übernahme für ursprünglich 40 Milliarden Dollar stößt seit ihrer Ankündigung im September 2020 auf Widerstand von Wettbewerbshütern. Die US-Handelsbehörde FTC hat im Dezember Klage gegen das Geschäft eingereicht, die EU-Kommission und die britische Regierung prüfen es eingehend.

Auch Kunden von Arm wie Qualcomm, Microsoft und Google hatten Bedenken angemeldet, weil sie fürchten, dass Nvidia den Zugang zu den Chipdesigns einschränken könnte. Arm verkauft keine eigenen Chips, sondern vergibt Lizenzen für seine Architektur an Hunderte Hersteller.

Nvidia und SoftBank lehnten eine Stellungnahme ab.
""")
claim("nvidia-02-de",
      "Nvidia bereitet sich darauf vor, die geplante Übernahme des britischen Chipdesigners Arm aufzugeben, wie die Nachrichtenagentur Bloomberg unter Berufung auf mit der Angelegenheit vertraute Personen berichtet.",
      "Nvidia", "Arm", "Nvidia abandons the acquisition of Arm", "acquisition",
      ("anonymous_sources", "mit der Angelegenheit vertraute Personen", "Bloomberg"), "reported", None,
      ("confirmed", "2022-02-08", "nvidia-03-it"))
claim("nvidia-02-de",
      "Der japanische Arm-Eigentümer SoftBank treibt stattdessen einen Börsengang von Arm voran, berichtet Bloomberg.",
      "SoftBank", "Arm", "SoftBank lists Arm on the stock market", "acquisition",
      ("named_outlet", "Bloomberg", None), "reported", None,
      ("confirmed_late", "2023-09-14", "nvidia-04-en"))

article("nvidia-03-it", "nvidia-arm", "outcome", "wire", "2022-02-08", "it", "Il Sole Economia",
        "Nvidia rinuncia ad Arm, SoftBank punta alla quotazione", """
Nvidia e SoftBank hanno annunciato di aver annullato l'accordo per la cessione di Arm, citando gli ostacoli posti dalle autorità di regolamentazione.

SoftBank punta a quotare Arm in Borsa entro la fine dell'esercizio che si chiude a marzo 2023.

Arm ha annunciato che Rene Haas, finora alla guida della divisione che vende le licenze, sostituirà Simon Segars come amministratore delegato.

L'operazione, presentata nel settembre 2020, sarebbe stata la più grande acquisizione della storia nel settore dei semiconduttori. Negli ultimi mesi si erano moltiplicati i segnali di difficoltà: la Federal Trade Commission americana aveva fatto causa per bloccarla, mentre Bruxelles e Londra avevano aperto indagini approfondite.

SoftBank trattiene l'anticipo di 1,25 miliardi di dollari già versato da Nvidia. Il gruppo giapponese guidato da Masayoshi Son ha registrato negli ultimi mesi forti perdite sulle partecipazioni del fondo Vision Fund nei titoli tecnologici cinesi.
""")
claim("nvidia-03-it",
      "Nvidia e SoftBank hanno annunciato di aver annullato l'accordo per la cessione di Arm, citando gli ostacoli posti dalle autorità di regolamentazione.",
      "Nvidia", "Arm", "Nvidia and SoftBank call off the sale of Arm", "acquisition",
      ("official", "Nvidia e SoftBank", None), "official", None, OFFICIAL)
claim("nvidia-03-it",
      "SoftBank punta a quotare Arm in Borsa entro la fine dell'esercizio che si chiude a marzo 2023.",
      "SoftBank", "Arm", "SoftBank lists Arm on the stock market", "acquisition",
      ("unattributed", None, None), "planned",
      ("entro la fine dell'esercizio che si chiude a marzo 2023", "2022-02-08", "2023-03-31"),
      ("confirmed_late", "2023-09-14", "nvidia-04-en"))
claim("nvidia-03-it",
      "Arm ha annunciato che Rene Haas, finora alla guida della divisione che vende le licenze, sostituirà Simon Segars come amministratore delegato.",
      "Rene Haas", "Arm", "Rene Haas replaces Simon Segars as Arm chief executive", "departure",
      ("official", "Arm", None), "official", None, OFFICIAL)

article("nvidia-04-en", "nvidia-arm", "outcome", "wire", "2023-09-14", "en", "Bloomberg",
        "Arm shares jump in Nasdaq debut after SoftBank's listing", """
Arm Holdings priced its initial public offering at $51 per share, the top of its marketed range, the company announced before its shares began trading on the Nasdaq.

SoftBank Group sold about 10% of the chip designer in the offering, the largest listing of the year, and keeps roughly 90% of the company.

The shares rose about 25% on their first day of trading, giving Arm a market value of more than $60 billion. Investors were drawn by the company's role in smartphones and by its ambitions in data centres and artificial intelligence, where demand for chips has soared.

The listing comes a year and a half after Nvidia's attempt to buy Arm collapsed under pressure from regulators, and later than the deadline SoftBank had originally set itself for the flotation.

Arm chief executive Rene Haas marked the debut at the Nasdaq's offices in New York. Arm's designs are used in nearly all smartphones, and the company earns royalties on every chip sold with its technology.
""")
claim("nvidia-04-en",
      "Arm Holdings priced its initial public offering at $51 per share, the top of its marketed range, the company announced before its shares began trading on the Nasdaq.",
      "Arm", "SoftBank", "Arm lists on the Nasdaq", "acquisition",
      ("official", "the company", None), "official", None, OFFICIAL)


# ---------------------------------------------------------------------------
# 9. Jeff Bezos hands Amazon to Andy Jassy (2021)
# ---------------------------------------------------------------------------
story("amazon-ceo", "Jeff Bezos steps down as Amazon chief executive: Andy Jassy named successor (February 2021), date set for 5 July, handover on 5 July 2021; Bezos's Blue Origin flight on 20 July 2021")

article("amazon-01-en", "amazon-ceo", "rumour", "wire", "2021-02-02", "en", "Reuters",
        "Jeff Bezos to step down as Amazon CEO, Andy Jassy to take over", """
Jeff Bezos will step down as chief executive of Amazon in the third quarter and become executive chair, the company said in a statement alongside its quarterly results.

Andy Jassy, who runs the Amazon Web Services cloud computing business, will succeed him as chief executive.

Bezos founded Amazon in 1994 as an online bookseller, working from a garage near Seattle, and turned it into one of the world's most valuable companies, selling everything from groceries to cloud computing.

The announcement came as Amazon reported quarterly revenue above $100 billion for the first time, driven by a surge in online shopping during the pandemic. Net sales rose 44% in the holiday quarter.

Jassy joined Amazon in 1997 and built its cloud unit into the world's largest provider of rented computing power, which now contributes most of the company's operating profit.

Sales at the cloud unit rose 28% in the quarter.
""")
claim("amazon-01-en",
      "Jeff Bezos will step down as chief executive of Amazon in the third quarter and become executive chair, the company said in a statement alongside its quarterly results.",
      "Jeff Bezos", "Amazon", "Jeff Bezos steps down as Amazon chief executive", "departure",
      ("official", "the company", None), "official",
      ("in the third quarter", "2021-07-01", "2021-09-30"), OFFICIAL)
claim("amazon-01-en",
      "Andy Jassy, who runs the Amazon Web Services cloud computing business, will succeed him as chief executive.",
      "Andy Jassy", "Amazon", "Andy Jassy becomes Amazon chief executive", "departure",
      ("unattributed", None, None), "planned", None,
      ("confirmed", "2021-07-05", "amazon-03-de"))

article("amazon-02-it", "amazon-ceo", "rumour", "wire", "2021-05-27", "it", "Il Quotidiano Digitale",
        "Amazon, Jassy diventerà amministratore delegato il 5 luglio", """
Andy Jassy prenderà il posto di Jeff Bezos alla guida di Amazon il 5 luglio, ha detto lo stesso Bezos durante l'assemblea annuale degli azionisti.

Bezos ha spiegato di aver scelto quella data perché è l'anniversario della fondazione della società, nata nel 1994.

Bezos resterà alla presidenza esecutiva del consiglio di amministrazione.

Jassy, 53 anni, è entrato in Amazon nel 1997 e ha costruito Amazon Web Services, la divisione di servizi cloud che oggi genera la maggior parte dei profitti operativi del gruppo. Il passaggio di consegne era stato annunciato a febbraio, insieme ai conti del quarto trimestre.

L'assemblea, che si è svolta online, ha respinto tutte le proposte degli azionisti, comprese quelle su diritti dei lavoratori e impatto ambientale.

Negli ultimi mesi Amazon ha dovuto affrontare il primo tentativo di sindacalizzazione in un suo magazzino negli Stati Uniti, a Bessemer, in Alabama, dove i dipendenti hanno votato contro l'adesione al sindacato.
""")
claim("amazon-02-it",
      "Andy Jassy prenderà il posto di Jeff Bezos alla guida di Amazon il 5 luglio, ha detto lo stesso Bezos durante l'assemblea annuale degli azionisti.",
      "Andy Jassy", "Amazon", "Andy Jassy becomes Amazon chief executive", "departure",
      ("named_person", "Bezos", None), "planned",
      ("il 5 luglio", "2021-07-05", "2021-07-05"),
      ("confirmed", "2021-07-05", "amazon-03-de"))
claim("amazon-02-it",
      "Bezos resterà alla presidenza esecutiva del consiglio di amministrazione.",
      "Jeff Bezos", "Amazon", "Jeff Bezos becomes Amazon executive chair", "departure",
      ("unattributed", None, None), "planned", None,
      ("confirmed", "2021-07-05", "amazon-03-de"))

article("amazon-03-de", "amazon-ceo", "outcome", "wire", "2021-07-05", "de", "Handelszeitung Digital",
        "Andy Jassy ist neuer Amazon-Chef", """
Andy Jassy hat die Leitung von Amazon übernommen und ist damit Nachfolger von Firmengründer Jeff Bezos, wie der Konzern mitteilte.

Bezos ist nach Angaben des Unternehmens nun Executive Chairman und damit Vorsitzender des Verwaltungsrats.

Der Wechsel fällt auf den Tag genau 27 Jahre nach der Gründung des Unternehmens. Jassy übernimmt einen Konzern, der in der Pandemie stark gewachsen ist und inzwischen mehr als 1,3 Millionen Menschen beschäftigt.

Am 20. Juli will Bezos mit der Kapsel New Shepard seiner Raumfahrtfirma Blue Origin ins All fliegen.

Neben Amazon und Blue Origin gehört Bezos auch die Zeitung Washington Post. Mit einem Vermögen von fast 200 Milliarden Dollar zählt er zu den reichsten Menschen der Welt.

Jassy gilt als enger Vertrauter des Gründers. Er hatte Bezos Anfang der 2000er Jahre als technischer Assistent begleitet, bevor er den Aufbau der Cloud-Sparte Amazon Web Services übernahm.
""")
claim("amazon-03-de",
      "Andy Jassy hat die Leitung von Amazon übernommen und ist damit Nachfolger von Firmengründer Jeff Bezos, wie der Konzern mitteilte.",
      "Andy Jassy", "Amazon", "Andy Jassy becomes Amazon chief executive", "departure",
      ("official", "der Konzern", None), "official", None, OFFICIAL)
claim("amazon-03-de",
      "Bezos ist nach Angaben des Unternehmens nun Executive Chairman und damit Vorsitzender des Verwaltungsrats.",
      "Jeff Bezos", "Amazon", "Jeff Bezos becomes Amazon executive chair", "departure",
      ("official", "des Unternehmens", None), "official", None, OFFICIAL)
claim("amazon-03-de",
      "Am 20. Juli will Bezos mit der Kapsel New Shepard seiner Raumfahrtfirma Blue Origin ins All fliegen.",
      "Jeff Bezos", "Blue Origin", "Jeff Bezos flies to space on Blue Origin's New Shepard", "other",
      ("unattributed", None, None), "planned",
      ("Am 20. Juli", "2021-07-20", "2021-07-20"),
      ("confirmed", "2021-07-20", "amazon-04-fr"))

article("amazon-04-fr", "amazon-ceo", "outcome", "html", "2021-07-20", "fr", "Le Quotidien Numérique",
        "Jeff Bezos a effectué son vol dans l'espace", """
Blue Origin a confirmé que Jeff Bezos a effectué son premier vol dans l'espace à bord de la capsule New Shepard, lancée depuis le Texas.

Le fondateur d'Amazon était accompagné de son frère Mark, de l'aviatrice Wally Funk, âgée de 82 ans, et d'Oliver Daemen, un étudiant néerlandais de 18 ans. Ils sont devenus respectivement la personne la plus âgée et la plus jeune à avoir voyagé dans l'espace.

Le vol entièrement automatisé a duré une dizaine de minutes. La capsule a dépassé l'altitude de 100 kilomètres, considérée comme la frontière de l'espace, avant de redescendre sous parachutes dans le désert.

Ce voyage intervient neuf jours après celui du milliardaire britannique Richard Branson à bord d'un avion spatial de Virgin Galactic. Les deux hommes se livrent une course pour développer le tourisme spatial.

Jeff Bezos a quitté la direction d'Amazon au début du mois pour consacrer davantage de temps à ses autres projets, dont Blue Origin, qu'il a fondée en 2000.
""", html_time="2021-07-20T18:45:00+02:00")
claim("amazon-04-fr",
      "Blue Origin a confirmé que Jeff Bezos a effectué son premier vol dans l'espace à bord de la capsule New Shepard, lancée depuis le Texas.",
      "Jeff Bezos", "Blue Origin", "Jeff Bezos flies to space on Blue Origin's New Shepard", "other",
      ("official", "Blue Origin", None), "official", None, OFFICIAL)


# ---------------------------------------------------------------------------
# 10. Cristiano Ronaldo leaves Juventus (August 2021)
# ---------------------------------------------------------------------------
story("ronaldo", "Cristiano Ronaldo leaves Juventus: rumoured move to Manchester City did not happen; Manchester United announced an agreement with Juventus on 27 August 2021")

article("ronaldo-01-it", "ronaldo", "rumour", "txt", "2021-08-26", "it", None,
        "Ronaldo, addio alla Juventus vicino", """
Cristiano Ronaldo lascerà la Juventus entro il 31 agosto, secondo fonti vicine al giocatore.

Pare che il portoghese sia vicino a un accordo con il Manchester City.

L'annuncio del trasferimento al City potrebbe arrivare entro il fine settimana, secondo fonti inglesi.

Il cinque volte Pallone d'oro è arrivato a Torino dal Real Madrid nell'estate del 2018 per circa 100 milioni di euro e ha un contratto con il club bianconero che scade nel giugno 2022. Con la Juventus ha vinto due scudetti, ma non la Champions League, l'obiettivo per cui era stato acquistato.

Il suo ingaggio, il più alto della Serie A, pesa sui conti di una società che ha chiuso l'ultimo bilancio con una perdita pesante. L'allenatore Massimiliano Allegri lo ha tenuto in panchina all'inizio della prima giornata di campionato a Udine, su richiesta dello stesso giocatore.

Sui social network i tifosi si dividono tra chi lo ringrazia per i gol segnati e chi gli rimprovera di voler partire a mercato quasi chiuso.
""")
claim("ronaldo-01-it",
      "Cristiano Ronaldo lascerà la Juventus entro il 31 agosto, secondo fonti vicine al giocatore.",
      "Cristiano Ronaldo", "Juventus", "Cristiano Ronaldo leaves Juventus", "departure",
      ("anonymous_sources", "fonti vicine al giocatore", None), "reported",
      ("entro il 31 agosto", "2021-08-26", "2021-08-31"),
      ("confirmed", "2021-08-27", "ronaldo-02-en"))
claim("ronaldo-01-it",
      "Pare che il portoghese sia vicino a un accordo con il Manchester City.",
      "Cristiano Ronaldo", "Manchester City", "Cristiano Ronaldo joins Manchester City", "departure",
      ("unattributed", None, None), "rumour", None,
      ("refuted", "2021-08-27", "ronaldo-02-en"))
claim("ronaldo-01-it",
      "L'annuncio del trasferimento al City potrebbe arrivare entro il fine settimana, secondo fonti inglesi.",
      "Cristiano Ronaldo", "Manchester City", "Cristiano Ronaldo's transfer to Manchester City announced", "departure",
      ("anonymous_sources", "fonti inglesi", None), "reported",
      ("entro il fine settimana", "2021-08-26", "2021-08-29"),
      ("refuted", "2021-08-27", "ronaldo-02-en"))

article("ronaldo-02-en", "ronaldo", "outcome", "wire", "2021-08-27", "en", "Sports Desk International",
        "Manchester United agree deal to bring back Cristiano Ronaldo", """
Manchester United said it has reached an agreement with Juventus for the transfer of Cristiano Ronaldo, subject to personal terms, a visa and a medical.

Juventus confirmed in a statement that it had agreed a fee of 15 million euros, payable over five years, plus up to 8 million euros in bonuses.

The announcement brings the Portugal forward back to Old Trafford twelve years after he left for Real Madrid. During his first spell at United, from 2003 to 2009, he won three Premier League titles and the Champions League under Alex Ferguson.

Ronaldo scored 101 goals in 134 games for Juventus, winning two Serie A titles. Manchester City had been widely linked with the 36-year-old earlier in the week, but the move to United's local rivals did not materialise.

United fans greeted the news with delight on social media, and several former team-mates of the player posted messages welcoming him home.
""")
claim("ronaldo-02-en",
      "Manchester United said it has reached an agreement with Juventus for the transfer of Cristiano Ronaldo, subject to personal terms, a visa and a medical.",
      "Cristiano Ronaldo", "Manchester United", "Cristiano Ronaldo joins Manchester United", "departure",
      ("official", "Manchester United", None), "official", None, OFFICIAL)
claim("ronaldo-02-en",
      "Juventus confirmed in a statement that it had agreed a fee of 15 million euros, payable over five years, plus up to 8 million euros in bonuses.",
      "Cristiano Ronaldo", "Juventus", "Cristiano Ronaldo leaves Juventus", "departure",
      ("official", "Juventus", None), "official", None, OFFICIAL)


# ---------------------------------------------------------------------------
# 11. Samsung Galaxy S24 (December 2023 - January 2024): a leaked date and venue,
#     several claims in one sentence, people named without a role word
# ---------------------------------------------------------------------------
story("galaxy-s24", "Samsung's Galaxy S24: a leaked 17 January 2024 launch in San Jose (confirmed by Samsung on 3 January), a titanium frame and a first look at a smart ring (both shown on 17 January), phones in shops at the end of January (on sale 31 January)")

article("galaxy-01-en", "galaxy-s24", "rumour", "wire", "2023-12-11", "en", "Gadget Ledger",
        "Samsung to unveil Galaxy S24 on 17 January in San Jose, leak shows", """
Samsung Electronics will unveil its Galaxy S24 smartphones on 17 January in San Jose, California, according to an invitation leaked online.

The image, posted by the well-known leaker Evan Blass, shows the Galaxy Unpacked logo above the date and a line promising a new era of mobile artificial intelligence. Blass has published accurate pictures of unreleased Samsung phones several times in the past.

Samsung held its previous Unpacked launch in San Francisco on 1 February 2023, when it presented the Galaxy S23 range.

The most expensive model, the Galaxy S24 Ultra, will have a titanium frame, two people familiar with the product said.

Samsung could also give a first look at a smart ring at the same event, the South Korean news agency Yonhap reported.

The South Korean group has lost ground to Apple in the premium segment over the past year, and its mobile division is counting on software features to win back buyers. A Samsung spokesperson declined to comment on the leak.
""")
claim("galaxy-01-en",
      "Samsung Electronics will unveil its Galaxy S24 smartphones on 17 January in San Jose, California, according to an invitation leaked online.",
      "Samsung", None, "Samsung unveils the Galaxy S24 in San Jose", "product_launch",
      ("leak", "an invitation leaked online", None), "rumour",
      ("on 17 January", "2024-01-17", "2024-01-17"),
      ("confirmed", "2024-01-03", "galaxy-02-it"))
claim("galaxy-01-en",
      "The most expensive model, the Galaxy S24 Ultra, will have a titanium frame, two people familiar with the product said.",
      "Samsung", None, "Samsung's Galaxy S24 Ultra has a titanium frame", "product_launch",
      ("anonymous_sources", "two people familiar with the product", None), "reported", None,
      ("confirmed", "2024-01-17", "galaxy-03-de"))
claim("galaxy-01-en",
      "Samsung could also give a first look at a smart ring at the same event, the South Korean news agency Yonhap reported.",
      "Samsung", None, "Samsung shows a smart ring", "product_launch",
      ("named_outlet", "Yonhap", None), "reported", None,
      ("confirmed", "2024-01-17", "galaxy-03-de"))

article("galaxy-02-it", "galaxy-s24", "outcome", "wire", "2024-01-03", "it", "Notizie Digitali",
        "Samsung conferma: i Galaxy S24 il 17 gennaio a San Jose", """
Samsung ha annunciato che presenterà la nuova serie Galaxy S24 il 17 gennaio a San Jose, in California, nel corso dell'evento Galaxy Unpacked.

Il colosso sudcoreano ha pubblicato l'invito sul proprio sito, con la promessa di una nuova esperienza d'uso basata sull'intelligenza artificiale. Come di consueto, la presentazione sarà trasmessa in diretta anche in Italia.

Secondo indiscrezioni, i nuovi telefoni arriveranno nei negozi alla fine di gennaio.

Lo scorso anno Samsung aveva presentato i Galaxy S23 a San Francisco, con un mese di ritardo rispetto al calendario di quest'anno. La data era trapelata già a dicembre attraverso un'immagine diffusa in rete, che si è rivelata autentica.

Per il gruppo la posta in gioco è alta: nella fascia più costosa del mercato la concorrenza di Apple si è fatta sempre più forte, e i margini della divisione mobile sono scesi nel corso del 2023.
""")
claim("galaxy-02-it",
      "Samsung ha annunciato che presenterà la nuova serie Galaxy S24 il 17 gennaio a San Jose, in California, nel corso dell'evento Galaxy Unpacked.",
      "Samsung", None, "Samsung unveils the Galaxy S24 in San Jose", "product_launch",
      ("official", "Samsung", None), "official",
      ("il 17 gennaio", "2024-01-17", "2024-01-17"), OFFICIAL)
claim("galaxy-02-it",
      "Secondo indiscrezioni, i nuovi telefoni arriveranno nei negozi alla fine di gennaio.",
      "Samsung", None, "Samsung's Galaxy S24 goes on sale", "product_launch",
      ("leak", "indiscrezioni", None), "rumour",
      ("alla fine di gennaio", "2024-01-21", "2024-01-31"),
      ("confirmed", "2024-01-17", "galaxy-03-de"))

article("galaxy-03-de", "galaxy-s24", "outcome", "wire", "2024-01-17", "de", "Technik Heute",
        "Samsung stellt Galaxy S24 mit KI-Funktionen vor", """
Samsung hat in San Jose die neue Smartphone-Reihe Galaxy S24 vorgestellt, deren Spitzenmodell S24 Ultra einen Rahmen aus Titan hat.

Die Geräte kommen am 31. Januar in den Handel, teilte der Konzern mit. In Deutschland beginnen die Preise bei 899 Euro.

Im Mittelpunkt der Präsentation standen Funktionen mit künstlicher Intelligenz, etwa eine Übersetzung von Telefongesprächen in Echtzeit und eine Bildbearbeitung, die Objekte auf Fotos verschieben kann. Samsung fasst sie unter dem Namen Galaxy AI zusammen.

Zum Abschluss der Veranstaltung zeigte Samsung überraschend einen smarten Ring, den Galaxy Ring, der nach Angaben des Unternehmens noch in diesem Jahr auf den Markt kommen soll.

Samsung war im vergangenen Jahr nach Stückzahlen der größte Smartphone-Hersteller der Welt, verliert aber im teuren Segment seit Jahren Marktanteile an Apple.
""")
claim("galaxy-03-de",
      "Samsung hat in San Jose die neue Smartphone-Reihe Galaxy S24 vorgestellt, deren Spitzenmodell S24 Ultra einen Rahmen aus Titan hat.",
      "Samsung", None, "Samsung unveils the Galaxy S24", "product_launch",
      ("official", "Samsung", None), "official", None, OFFICIAL)
claim("galaxy-03-de",
      "Die Geräte kommen am 31. Januar in den Handel, teilte der Konzern mit.",
      "Samsung", None, "Samsung's Galaxy S24 goes on sale", "product_launch",
      ("official", "der Konzern", None), "official",
      ("am 31. Januar", "2024-01-31", "2024-01-31"), OFFICIAL)
claim("galaxy-03-de",
      "Zum Abschluss der Veranstaltung zeigte Samsung überraschend einen smarten Ring, den Galaxy Ring, der nach Angaben des Unternehmens noch in diesem Jahr auf den Markt kommen soll.",
      "Samsung", None, "Samsung's Galaxy Ring goes on sale", "product_launch",
      ("official", "des Unternehmens", None), "official",
      ("noch in diesem Jahr", "2024-01-17", "2024-12-31"), OFFICIAL)


# ---------------------------------------------------------------------------
# 12. Volkswagen lists Porsche (2022)
# ---------------------------------------------------------------------------
story("porsche-ipo", "Volkswagen lists Porsche AG: decision announced 5 September 2022, Qatar's sovereign fund as anchor investor (announced 18 September), first trading day in Frankfurt 29 September 2022, DAX entry 19 December 2022")

article("porsche-01-de", "porsche-ipo", "rumour", "wire", "2022-08-31", "de", "Börsen-Kurier",
        "Volkswagen will Porsche noch im September an die Börse bringen", """
Volkswagen will seine Sportwagentochter Porsche laut Insidern noch im September an die Frankfurter Börse bringen.

Der Aufsichtsrat des Wolfsburger Konzerns dürfte die endgültige Entscheidung in der kommenden Woche treffen, sagten zwei mit den Plänen vertraute Personen.

Volkswagen und die Porsche SE, die Beteiligungsgesellschaft der Familien Porsche und Piëch, hatten bereits im Februar eine Grundsatzvereinbarung über einen möglichen Börsengang unterzeichnet. Der Konzern braucht für den Umbau zur Elektromobilität und für seine Softwaretochter Cariad viel Geld.

Porsche gehört zu den profitabelsten Autoherstellern der Welt und verdient mit Modellen wie dem 911 und dem Cayenne deutlich höhere Margen als die Volumenmarken des Konzerns. Porsche-Chef Oliver Blume war im Juli zum Nachfolger von Herbert Diess an der Spitze von Volkswagen ernannt worden.

Analysten rechnen damit, dass die Porsche-Aktie bereits im Dezember in den Dax aufsteigt.

Am Kapitalmarkt gilt das Vorhaben dennoch als gewagt, weil der Krieg in der Ukraine, die hohe Inflation und steigende Zinsen die Börsen seit Monaten belasten. Mehrere Unternehmen haben ihre Börsenpläne in diesem Jahr auf Eis gelegt. Volkswagen und Porsche wollten sich zu den Informationen nicht äußern.
""")
claim("porsche-01-de",
      "Volkswagen will seine Sportwagentochter Porsche laut Insidern noch im September an die Frankfurter Börse bringen.",
      "Volkswagen", "Porsche", "Volkswagen lists Porsche on the Frankfurt stock exchange", "acquisition",
      ("anonymous_sources", "Insidern", None), "reported",
      ("noch im September", "2022-09-01", "2022-09-30"),
      ("confirmed", "2022-09-29", "porsche-03-fr"))
claim("porsche-01-de",
      "Der Aufsichtsrat des Wolfsburger Konzerns dürfte die endgültige Entscheidung in der kommenden Woche treffen, sagten zwei mit den Plänen vertraute Personen.",
      "Volkswagen", "Porsche", "Volkswagen's supervisory board decides on the Porsche listing", "acquisition",
      ("anonymous_sources", "zwei mit den Plänen vertraute Personen", None), "reported",
      ("in der kommenden Woche", "2022-09-05", "2022-09-11"),
      ("confirmed", "2022-09-05", "porsche-02-fr"))
claim("porsche-01-de",
      "Analysten rechnen damit, dass die Porsche-Aktie bereits im Dezember in den Dax aufsteigt.",
      "Porsche", None, "Porsche shares join the DAX", "other",
      ("analyst", "Analysten", None), "opinion",
      ("im Dezember", "2022-12-01", "2022-12-31"),
      ("confirmed", "2022-12-19", "porsche-04-de"))

article("porsche-02-fr", "porsche-ipo", "outcome", "wire", "2022-09-06", "fr", "Les Marchés Quotidiens",
        "Volkswagen lance l'introduction en Bourse de Porsche", """
Volkswagen a annoncé lundi soir que son conseil de surveillance avait approuvé l'introduction en Bourse de sa filiale Porsche AG à Francfort.

La première cotation est prévue entre la fin septembre et le début du mois d'octobre, selon le communiqué du groupe, qui réserve toutefois sa décision finale aux conditions de marché.

Porsche SE, la holding des familles Porsche et Piëch, rachètera 25 % des actions ordinaires plus une, avec une prime de 7,5 % sur le prix d'introduction, a précisé Volkswagen.

Seules des actions de préférence, privées de droit de vote, sont proposées aux investisseurs. Les actions ordinaires restent entre les mains de Volkswagen et de la famille Porsche.

Selon des sources proches du dossier, le fonds souverain du Qatar s'apprête à acheter près de 5 % des actions de préférence de Porsche.

Le projet intervient dans un contexte difficile : la guerre en Ukraine, l'inflation et la remontée des taux ont poussé de nombreuses sociétés à repousser leur arrivée en Bourse cette année. Depuis le 1er septembre, Oliver Blume dirige à la fois Volkswagen et Porsche, un cumul que plusieurs investisseurs jugent problématique pour la gouvernance des deux entreprises.

Les marchés attendaient cette décision depuis plusieurs mois.
""")
claim("porsche-02-fr",
      "Volkswagen a annoncé lundi soir que son conseil de surveillance avait approuvé l'introduction en Bourse de sa filiale Porsche AG à Francfort.",
      "Volkswagen", "Porsche", "Volkswagen decides to list Porsche in Frankfurt", "acquisition",
      ("official", "Volkswagen", None), "official", None, OFFICIAL)
claim("porsche-02-fr",
      "La première cotation est prévue entre la fin septembre et le début du mois d'octobre, selon le communiqué du groupe, qui réserve toutefois sa décision finale aux conditions de marché.",
      "Volkswagen", "Porsche", "Volkswagen lists Porsche on the Frankfurt stock exchange", "acquisition",
      ("official", "le groupe", None), "official",
      ("entre la fin septembre et le début du mois d'octobre", "2022-09-21", "2022-10-15"), OFFICIAL)
claim("porsche-02-fr",
      "Porsche SE, la holding des familles Porsche et Piëch, rachètera 25 % des actions ordinaires plus une, avec une prime de 7,5 % sur le prix d'introduction, a précisé Volkswagen.",
      "Porsche SE", "Porsche", "Porsche SE buys 25 percent plus one of Porsche's ordinary shares", "acquisition",
      ("official", "Volkswagen", None), "official", None, OFFICIAL)
claim("porsche-02-fr",
      "Selon des sources proches du dossier, le fonds souverain du Qatar s'apprête à acheter près de 5 % des actions de préférence de Porsche.",
      "Qatar Investment Authority", "Porsche", "Qatar's sovereign fund buys about 5 percent of Porsche's preferred shares", "acquisition",
      ("anonymous_sources", "des sources proches du dossier", None), "reported", None,
      ("confirmed", "2022-09-18", "porsche-03-fr"))

article("porsche-03-fr", "porsche-ipo", "outcome", "wire", "2022-09-29", "fr", "Les Marchés Quotidiens",
        "Porsche réussit son entrée à la Bourse de Francfort", """
Porsche a fait ses débuts à la Bourse de Francfort, où son action a ouvert à 84 euros, au-dessus du prix d'introduction de 82,50 euros fixé par Volkswagen.

Le fonds souverain du Qatar a acquis 4,99 % des actions de préférence en tant qu'investisseur de référence, a confirmé Volkswagen.

Le prix avait été arrêté la veille au soir en haut de la fourchette indicative, malgré des marchés très nerveux. L'opération a rapporté environ 9,4 milliards d'euros au groupe de Wolfsburg, ce qui en fait la deuxième plus importante introduction en Bourse de l'histoire allemande, derrière celle de Deutsche Telekom en 1996.

Au prix d'introduction, le constructeur de voitures de sport est valorisé environ 75 milliards d'euros, soit presque autant que sa maison mère. Les analystes soulignent que les investisseurs ont surtout acheté la rentabilité de la marque, nettement supérieure à celle des autres constructeurs européens.

Oliver Blume, qui dirige à la fois Porsche et Volkswagen, a parlé d'une journée historique pour l'entreprise fondée en 1931. Parmi les autres investisseurs de référence figurent le fonds souverain norvégien, le gestionnaire américain T. Rowe Price et le fonds ADQ d'Abou Dhabi.
""")
claim("porsche-03-fr",
      "Porsche a fait ses débuts à la Bourse de Francfort, où son action a ouvert à 84 euros, au-dessus du prix d'introduction de 82,50 euros fixé par Volkswagen.",
      "Porsche", "Volkswagen", "Porsche lists on the Frankfurt stock exchange", "acquisition",
      ("official", "Porsche", None), "official", None, OFFICIAL)
claim("porsche-03-fr",
      "Le fonds souverain du Qatar a acquis 4,99 % des actions de préférence en tant qu'investisseur de référence, a confirmé Volkswagen.",
      "Qatar Investment Authority", "Porsche", "Qatar's sovereign fund buys 4.99 percent of Porsche's preferred shares", "acquisition",
      ("official", "Volkswagen", None), "official", None, OFFICIAL)

article("porsche-04-de", "porsche-ipo", "outcome", "wire", "2022-12-19", "de", "Börsen-Kurier",
        "Porsche steigt in den Dax auf", """
Die Vorzugsaktie der Porsche AG gehört nun zum Deutschen Aktienindex, wie die Deutsche Börse mitteilte.

Der Sportwagenhersteller ersetzt im Leitindex den Sportartikelkonzern Puma. Möglich wurde der schnelle Aufstieg weniger als drei Monate nach dem Börsengang durch eine Regel, die eine vorzeitige Aufnahme erlaubt, wenn ein Unternehmen nach Börsenwert deutlich zu den größten Werten des Index zählt.

Die Aktie notiert inzwischen klar über dem Ausgabepreis von 82,50 Euro. Porsche ist an der Börse inzwischen sogar mehr wert als die Konzernmutter Volkswagen, die weiterhin die Mehrheit an dem Stuttgarter Unternehmen hält.

Die Sonderdividende von 19,06 Euro je Vorzugsaktie, die eine außerordentliche Hauptversammlung von Volkswagen am Freitag gebilligt hat, wird Anfang Januar ausgezahlt, teilte der Konzern mit.

Mit der Ausschüttung gibt Volkswagen knapp die Hälfte des Erlöses aus dem Börsengang an seine Aktionäre weiter. Puma war erst im Herbst 2021 in den Dax gekommen, als der Index von 30 auf 40 Werte erweitert wurde.
""")
claim("porsche-04-de",
      "Die Vorzugsaktie der Porsche AG gehört nun zum Deutschen Aktienindex, wie die Deutsche Börse mitteilte.",
      "Porsche", None, "Porsche shares join the DAX", "other",
      ("official", "die Deutsche Börse", None), "official", None, OFFICIAL)
claim("porsche-04-de",
      "Die Sonderdividende von 19,06 Euro je Vorzugsaktie, die eine außerordentliche Hauptversammlung von Volkswagen am Freitag gebilligt hat, wird Anfang Januar ausgezahlt, teilte der Konzern mit.",
      "Volkswagen", None, "Volkswagen pays a special dividend", "other",
      ("official", "der Konzern", None), "official",
      ("Anfang Januar", "2023-01-01", "2023-01-15"), OFFICIAL)


# ---------------------------------------------------------------------------
# 13. Xabi Alonso: stays at Leverkusen (2024), moves to Real Madrid (2025)
# ---------------------------------------------------------------------------
story("xabi-alonso", "Xabi Alonso: reported moves to Bayern or Liverpool in 2024 did not happen (he announced on 29 March 2024 that he stays at Leverkusen); in May 2025 he announced his exit (9 May), Ancelotti was named Brazil coach (12 May), Real Madrid announced Alonso (25 May) and Leverkusen Erik ten Hag (26 May)")

article("alonso-01-de", "xabi-alonso", "rumour", "wire", "2024-03-20", "de", "Sportplatz Aktuell",
        "Bayern und Liverpool buhlen um Xabi Alonso", """
Der FC Bayern will Xabi Alonso im Sommer als Nachfolger von Thomas Tuchel verpflichten, berichtet der Sender Sky.

Auch der FC Liverpool, der nach dem angekündigten Abschied von Jürgen Klopp einen neuen Trainer sucht, soll laut Insidern bei Alonsos Beratern vorgefühlt haben.

Seine Entscheidung will der Spanier nach Angaben aus seinem Umfeld bis Ende März mitteilen.

Alonso hatte Bayer Leverkusen im Oktober 2022 auf einem Abstiegsplatz übernommen und in kurzer Zeit zur besten Mannschaft des Landes geformt. Die Werkself führt die Bundesliga acht Spieltage vor Schluss mit zehn Punkten Vorsprung auf den Rekordmeister an und ist in dieser Saison in allen Wettbewerben noch ungeschlagen.

Der Vertrag des 42-Jährigen in Leverkusen läuft bis Juni 2026. In München und in Liverpool ist die Trainerfrage für die kommende Saison offen, nachdem beide Vereine zu Jahresbeginn das Ende der Zusammenarbeit mit ihren Trainern bekanntgegeben hatten.

Alonso spielte als Profi unter anderem für Liverpool und den FC Bayern und kennt beide Vereine daher gut. Öffentlich hat er sich bislang nicht festgelegt, Fragen nach seiner Zukunft beantwortet er in Pressekonferenzen stets mit dem Hinweis auf das nächste Spiel.
""")
claim("alonso-01-de",
      "Der FC Bayern will Xabi Alonso im Sommer als Nachfolger von Thomas Tuchel verpflichten, berichtet der Sender Sky.",
      "Xabi Alonso", "FC Bayern München", "Xabi Alonso becomes Bayern Munich coach", "departure",
      ("named_outlet", "Sky", None), "reported",
      ("im Sommer", "2024-06-21", "2024-09-22"),
      ("refuted", "2024-03-29", "alonso-02-de"))
claim("alonso-01-de",
      "Auch der FC Liverpool, der nach dem angekündigten Abschied von Jürgen Klopp einen neuen Trainer sucht, soll laut Insidern bei Alonsos Beratern vorgefühlt haben.",
      "Xabi Alonso", "FC Liverpool", "Xabi Alonso becomes Liverpool coach", "departure",
      ("anonymous_sources", "Insidern", None), "reported", None,
      ("refuted", "2024-03-29", "alonso-02-de"))
claim("alonso-01-de",
      "Seine Entscheidung will der Spanier nach Angaben aus seinem Umfeld bis Ende März mitteilen.",
      "Xabi Alonso", "Bayer Leverkusen", "Xabi Alonso announces his decision on his future", "announcement",
      ("anonymous_sources", "seinem Umfeld", None), "reported",
      ("bis Ende März", "2024-03-20", "2024-03-31"),
      ("confirmed", "2024-03-29", "alonso-02-de"))

article("alonso-02-de", "xabi-alonso", "outcome", "txt", "2024-03-29", "de", None,
        "Xabi Alonso bleibt in Leverkusen", """
Xabi Alonso bleibt Trainer von Bayer Leverkusen, wie der Spanier vor dem Heimspiel gegen die TSG Hoffenheim auf einer Pressekonferenz verkündete.

Er habe die Vereinsführung und die Mannschaft bereits über seinen Entschluss informiert, sagte der 42-Jährige. Er fühle sich in Leverkusen am richtigen Ort, die junge Mannschaft habe noch viel Potenzial.

Für den FC Bayern und den FC Liverpool ist die Entscheidung ein Rückschlag bei der Suche nach einem neuen Trainer. Beide Vereine hatten den früheren Mittelfeldspieler als Wunschkandidaten ausgemacht.

Sportgeschäftsführer Simon Rolfes sprach von einem starken Signal für den ganzen Klub. Die Werkself führt die Tabelle vor dem 27. Spieltag mit zehn Punkten Vorsprung an und steht zudem im Viertelfinale der Europa League sowie im Halbfinale des DFB-Pokals.

Alonso hatte als Spieler mit Spanien 2010 die Weltmeisterschaft und zweimal die Europameisterschaft gewonnen. Seine Trainerlaufbahn begann er in der Jugend von Real Madrid und bei der zweiten Mannschaft von Real Sociedad in San Sebastián.
""")
claim("alonso-02-de",
      "Xabi Alonso bleibt Trainer von Bayer Leverkusen, wie der Spanier vor dem Heimspiel gegen die TSG Hoffenheim auf einer Pressekonferenz verkündete.",
      "Xabi Alonso", "Bayer Leverkusen", "Xabi Alonso stays at Bayer Leverkusen", "departure",
      ("official", "der Spanier", None), "official", None, OFFICIAL)

article("alonso-03-es", "xabi-alonso", "rumour", "wire", "2025-05-06", "es", "Deportes Al Día",
        "Xabi Alonso, elegido para relevar a Ancelotti", """
Xabi Alonso será el próximo entrenador del Real Madrid, según fuentes cercanas a la negociación.

El técnico vasco comunicará esta misma semana al Bayer Leverkusen que no seguirá en el club, según las mismas fuentes.

Carlo Ancelotti dejará el Real Madrid para hacerse cargo de la selección de Brasil, según fuentes de la Confederación Brasileña de Fútbol.

El anuncio oficial del nuevo entrenador podría llegar a finales de mes, una vez terminada la Liga.

Alonso firmaría un contrato hasta junio de 2028, según la cadena Cope.

El tolosarra, de 43 años, ganó la pasada temporada la Bundesliga y la Copa de Alemania con el Leverkusen sin perder un solo partido de liga. Como jugador vistió la camiseta blanca entre 2009 y 2014 y formó parte del equipo que conquistó la Décima en Lisboa.

Ancelotti, que volvió al banquillo madridista en 2021, ha ganado en esta segunda etapa dos Ligas de Campeones y dos Ligas. La presente temporada, sin embargo, ha sido decepcionante: el equipo cayó en cuartos de final de la Liga de Campeones ante el Arsenal y perdió la final de la Copa del Rey contra el Barcelona.

Ni el club ni el entorno del entrenador han querido hacer comentarios.
""")
claim("alonso-03-es",
      "Xabi Alonso será el próximo entrenador del Real Madrid, según fuentes cercanas a la negociación.",
      "Xabi Alonso", "Real Madrid", "Xabi Alonso becomes Real Madrid coach", "departure",
      ("anonymous_sources", "fuentes cercanas a la negociación", None), "reported", None,
      ("confirmed", "2025-05-25", "alonso-05-es"))
claim("alonso-03-es",
      "El técnico vasco comunicará esta misma semana al Bayer Leverkusen que no seguirá en el club, según las mismas fuentes.",
      "Xabi Alonso", "Bayer Leverkusen", "Xabi Alonso leaves Bayer Leverkusen", "departure",
      ("anonymous_sources", "las mismas fuentes", None), "reported",
      ("esta misma semana", "2025-05-05", "2025-05-11"),
      ("confirmed", "2025-05-09", "alonso-04-de"))
claim("alonso-03-es",
      "Carlo Ancelotti dejará el Real Madrid para hacerse cargo de la selección de Brasil, según fuentes de la Confederación Brasileña de Fútbol.",
      "Carlo Ancelotti", "Real Madrid", "Carlo Ancelotti leaves Real Madrid to coach Brazil", "departure",
      ("anonymous_sources", "fuentes de la Confederación Brasileña de Fútbol", None), "reported", None,
      ("confirmed", "2025-05-12", "alonso-05-es"))
claim("alonso-03-es",
      "El anuncio oficial del nuevo entrenador podría llegar a finales de mes, una vez terminada la Liga.",
      "Xabi Alonso", "Real Madrid", "Real Madrid announces Xabi Alonso as coach", "departure",
      ("unattributed", None, None), "rumour",
      ("a finales de mes", "2025-05-21", "2025-05-31"),
      ("confirmed", "2025-05-25", "alonso-05-es"))
claim("alonso-03-es",
      "Alonso firmaría un contrato hasta junio de 2028, según la cadena Cope.",
      "Xabi Alonso", "Real Madrid", "Xabi Alonso signs a contract with Real Madrid until June 2028", "departure",
      ("named_outlet", "Cope", None), "reported",
      ("hasta junio de 2028", "2025-05-06", "2028-06-30"),
      ("confirmed", "2025-05-25", "alonso-05-es"))

article("alonso-04-de", "xabi-alonso", "outcome", "wire", "2025-05-09", "de", "Sportplatz Aktuell",
        "Xabi Alonso verlässt Bayer Leverkusen", """
Xabi Alonso verlässt Bayer Leverkusen nach dem letzten Bundesliga-Spieltag am 17. Mai, wie der Trainer auf einer Pressekonferenz bekanntgab.

Nach Informationen des Kicker soll der Spanier Anfang Juni die Nachfolge von Carlo Ancelotti bei Real Madrid antreten.

Als Nachfolger in Leverkusen ist laut Insidern der frühere Manchester-United-Trainer Erik ten Hag im Gespräch.

Alonso hatte den Klub im Oktober 2022 übernommen und in der vergangenen Saison ohne eine einzige Bundesliga-Niederlage zur ersten deutschen Meisterschaft der Vereinsgeschichte und zum DFB-Pokal geführt. Ein Jahr zuvor hatte er Angebote aus München und Liverpool noch ausgeschlagen.

In dieser Saison musste sich die Werkself dem FC Bayern geschlagen geben, der sich den Titel am vergangenen Wochenende gesichert hat. In der Champions League war Leverkusen im Achtelfinale ausgerechnet an den Münchnern gescheitert.

Alonso bedankte sich bei der Mannschaft, den Mitarbeitern und den Fans für drei außergewöhnliche Jahre. Über sein nächstes Ziel wollte er nicht sprechen. Sein Vertrag wäre noch bis 2026 gelaufen.
""")
claim("alonso-04-de",
      "Xabi Alonso verlässt Bayer Leverkusen nach dem letzten Bundesliga-Spieltag am 17. Mai, wie der Trainer auf einer Pressekonferenz bekanntgab.",
      "Xabi Alonso", "Bayer Leverkusen", "Xabi Alonso leaves Bayer Leverkusen", "departure",
      ("official", "der Trainer", None), "official",
      ("am 17. Mai", "2025-05-17", "2025-05-17"), OFFICIAL)
claim("alonso-04-de",
      "Nach Informationen des Kicker soll der Spanier Anfang Juni die Nachfolge von Carlo Ancelotti bei Real Madrid antreten.",
      "Xabi Alonso", "Real Madrid", "Xabi Alonso becomes Real Madrid coach", "departure",
      ("named_outlet", "Kicker", None), "reported",
      ("Anfang Juni", "2025-06-01", "2025-06-15"),
      ("confirmed", "2025-05-25", "alonso-05-es"))
claim("alonso-04-de",
      "Als Nachfolger in Leverkusen ist laut Insidern der frühere Manchester-United-Trainer Erik ten Hag im Gespräch.",
      "Erik ten Hag", "Bayer Leverkusen", "Erik ten Hag becomes Bayer Leverkusen coach", "departure",
      ("anonymous_sources", "Insidern", None), "reported", None,
      ("confirmed", "2025-05-26", "alonso-05-es"))

article("alonso-05-es", "xabi-alonso", "outcome", "wire", "2025-05-26", "es", "Deportes Al Día",
        "El Real Madrid anuncia a Xabi Alonso como nuevo entrenador", """
El Real Madrid anunció que Xabi Alonso será su entrenador durante las tres próximas temporadas, hasta el 30 de junio de 2028.

Carlo Ancelotti, que se despidió de la afición en el último partido de Liga, ya ha sido anunciado por la Confederación Brasileña de Fútbol como nuevo seleccionador de Brasil.

El Bayer Leverkusen, por su parte, anunció el fichaje de Erik ten Hag como sustituto de Alonso.

El técnico tolosarra regresa a la casa blanca once años después de dejarla como futbolista, tras una etapa en Alemania en la que convirtió al Leverkusen en un campeón invicto. Antes había dirigido a las categorías inferiores del club madridista y al filial de la Real Sociedad.

El relevo llega al final de una temporada sin los grandes títulos: el Barcelona se impuso al Real Madrid tanto en la Liga como en la final de la Copa del Rey, y el equipo blanco cayó en los cuartos de final de la Liga de Campeones.

Ancelotti se marcha como el entrenador más laureado de la historia del club, con quince títulos en sus dos etapas, entre ellos tres Copas de Europa. El italiano se despidió entre lágrimas de la plantilla y de los aficionados, que le dedicaron una larga ovación en el Santiago Bernabéu.
""")
claim("alonso-05-es",
      "El Real Madrid anunció que Xabi Alonso será su entrenador durante las tres próximas temporadas, hasta el 30 de junio de 2028.",
      "Xabi Alonso", "Real Madrid", "Real Madrid announces Xabi Alonso as coach", "departure",
      ("official", "El Real Madrid", None), "official",
      ("hasta el 30 de junio de 2028", "2025-05-26", "2028-06-30"), OFFICIAL)
claim("alonso-05-es",
      "Carlo Ancelotti, que se despidió de la afición en el último partido de Liga, ya ha sido anunciado por la Confederación Brasileña de Fútbol como nuevo seleccionador de Brasil.",
      "Carlo Ancelotti", "Confederación Brasileña de Fútbol", "Carlo Ancelotti becomes Brazil coach", "departure",
      ("official", "la Confederación Brasileña de Fútbol", None), "official", None, OFFICIAL)
claim("alonso-05-es",
      "El Bayer Leverkusen, por su parte, anunció el fichaje de Erik ten Hag como sustituto de Alonso.",
      "Erik ten Hag", "Bayer Leverkusen", "Erik ten Hag becomes Bayer Leverkusen coach", "departure",
      ("official", "El Bayer Leverkusen", None), "official", None, OFFICIAL)


# ---------------------------------------------------------------------------
# 14. Nintendo Switch 2 (2025)
# ---------------------------------------------------------------------------
story("switch-2", "Nintendo Switch 2: leaked reveal shown 16 January 2025 (magnetic controllers), details and price (469.99 euros, with Mario Kart World) given on 2 April, on sale 5 June 2025, later than the March forecast by analysts; sales forecast published with the results on 8 May")

article("switch-01-fr", "switch-2", "rumour", "wire", "2025-01-08", "fr", "Numérique Hebdo",
        "Switch 2 : les fuites se multiplient avant l'annonce de Nintendo", """
Nintendo devrait lever le voile sur le successeur de la Switch d'ici la fin du mois, d'après plusieurs fuites concordantes.

Au salon CES de Las Vegas, l'accessoiriste Genki expose une réplique de la future console, qu'il affirme avoir fabriquée d'après un exemplaire authentique.

Des photos publiées sur les réseaux sociaux montrent des manettes détachables qui se fixeraient à la console par des aimants.

Le président de Nintendo, Shuntaro Furukawa, s'est engagé à présenter la console avant la fin de l'exercice, qui se termine le 31 mars.

Selon nos informations, un nouveau Mario Kart accompagnera la sortie de la machine.

Plusieurs analystes tablent sur une commercialisation dès le mois de mars.

La Switch, sortie en mars 2017, s'est écoulée à plus de 146 millions d'exemplaires, ce qui en fait l'une des consoles les plus vendues de l'histoire. Ses ventes ralentissent toutefois nettement, et Nintendo a abaissé en novembre sa prévision annuelle pour la machine.

Interrogé, Nintendo n'a pas souhaité commenter ces rumeurs. Le groupe de Kyoto a pour habitude de garder le secret jusqu'au dernier moment et de dévoiler ses consoles par une simple vidéo.
""")
claim("switch-01-fr",
      "Nintendo devrait lever le voile sur le successeur de la Switch d'ici la fin du mois, d'après plusieurs fuites concordantes.",
      "Nintendo", None, "Nintendo unveils the Switch successor", "product_launch",
      ("leak", "plusieurs fuites concordantes", None), "rumour",
      ("d'ici la fin du mois", "2025-01-08", "2025-01-31"),
      ("confirmed", "2025-01-16", "switch-02-fr"))
claim("switch-01-fr",
      "Des photos publiées sur les réseaux sociaux montrent des manettes détachables qui se fixeraient à la console par des aimants.",
      "Nintendo", None, "The Switch 2 has detachable controllers held by magnets", "product_launch",
      ("leak", "Des photos publiées sur les réseaux sociaux", None), "rumour", None,
      ("confirmed", "2025-01-16", "switch-02-fr"))
claim("switch-01-fr",
      "Le président de Nintendo, Shuntaro Furukawa, s'est engagé à présenter la console avant la fin de l'exercice, qui se termine le 31 mars.",
      "Nintendo", None, "Nintendo unveils the Switch successor", "product_launch",
      ("named_person", "Shuntaro Furukawa", None), "planned",
      ("avant la fin de l'exercice, qui se termine le 31 mars", "2025-01-08", "2025-03-31"),
      ("confirmed", "2025-01-16", "switch-02-fr"))
claim("switch-01-fr",
      "Selon nos informations, un nouveau Mario Kart accompagnera la sortie de la machine.",
      "Nintendo", None, "A new Mario Kart launches with the Switch 2", "product_launch",
      ("anonymous_sources", "nos informations", None), "reported", None,
      ("confirmed", "2025-04-02", "switch-04-de"))
claim("switch-01-fr",
      "Plusieurs analystes tablent sur une commercialisation dès le mois de mars.",
      "Nintendo", None, "The Switch 2 goes on sale", "product_launch",
      ("analyst", "Plusieurs analystes", None), "opinion",
      ("dès le mois de mars", "2025-03-01", "2025-03-31"),
      ("confirmed_late", "2025-06-05", "switch-05-es"))

article("switch-02-fr", "switch-2", "outcome", "wire", "2025-01-16", "fr", "Numérique Hebdo",
        "Nintendo dévoile enfin la Switch 2", """
Nintendo a dévoilé la Switch 2, dont les manettes se fixent à l'écran par des aimants, dans une courte vidéo publiée sur ses réseaux sociaux.

La console sortira en 2025, a précisé le constructeur japonais.

Le groupe a annoncé qu'il présenterait tous les détails de la machine lors d'une émission en ligne, un Nintendo Direct, le 2 avril.

La vidéo montre un appareil au design proche de celui de la première Switch, mais doté d'un écran plus grand. On y aperçoit aussi un nouvel épisode de Mario Kart, dont le titre n'a pas été dévoilé. Aucun prix n'a été communiqué.

Les rumeurs annonçaient cette présentation depuis plusieurs semaines, après la diffusion de photos volées et l'exposition de répliques de la machine au CES de Las Vegas.

La première Switch s'est vendue à plus de 146 millions d'exemplaires depuis 2017. Les ventes de matériel du groupe sont en net recul depuis plusieurs années, face à la PlayStation 5 de Sony et aux consoles Xbox de Microsoft.
""")
claim("switch-02-fr",
      "Nintendo a dévoilé la Switch 2, dont les manettes se fixent à l'écran par des aimants, dans une courte vidéo publiée sur ses réseaux sociaux.",
      "Nintendo", None, "Nintendo unveils the Switch 2", "product_launch",
      ("official", "Nintendo", None), "official", None, OFFICIAL)
claim("switch-02-fr",
      "La console sortira en 2025, a précisé le constructeur japonais.",
      "Nintendo", None, "The Switch 2 goes on sale", "product_launch",
      ("official", "le constructeur japonais", None), "official",
      ("en 2025", "2025-01-01", "2025-12-31"), OFFICIAL)
claim("switch-02-fr",
      "Le groupe a annoncé qu'il présenterait tous les détails de la machine lors d'une émission en ligne, un Nintendo Direct, le 2 avril.",
      "Nintendo", None, "Nintendo presents the Switch 2 in a Nintendo Direct", "product_launch",
      ("official", "Le groupe", None), "official",
      ("le 2 avril", "2025-04-02", "2025-04-02"), OFFICIAL)

article("switch-03-es", "switch-2", "rumour", "wire", "2025-03-12", "es", "Diario Tecnológico",
        "La Switch 2 llegaría a las tiendas a principios de junio", """
Según fuentes de la distribución, la Switch 2 llegará a las tiendas españolas a principios de junio.

Varios filtradores aseguran que Nintendo anunciará la fecha de lanzamiento en la presentación del 2 de abril.

Todo apunta a que la consola costará menos de 400 euros.

Los analistas esperan que Nintendo publique en mayo, junto a sus resultados anuales, su previsión de ventas para la nueva consola.

La compañía japonesa mostró la máquina en enero con un breve vídeo, pero desde entonces no ha desvelado ni el precio ni la lista de juegos. Las tiendas consultadas por este diario todavía no aceptan reservas, aunque varias cadenas ya tienen una página dedicada a la consola en sus webs.

La Switch original, lanzada en 2017, acumula más de 150 millones de unidades vendidas. El ritmo de ventas, sin embargo, ha caído con fuerza en el último año, algo habitual al final de la vida de una consola.

La filial española de Nintendo declinó hacer comentarios.
""")
claim("switch-03-es",
      "Según fuentes de la distribución, la Switch 2 llegará a las tiendas españolas a principios de junio.",
      "Nintendo", None, "The Switch 2 goes on sale", "product_launch",
      ("anonymous_sources", "fuentes de la distribución", None), "reported",
      ("a principios de junio", "2025-06-01", "2025-06-15"),
      ("confirmed", "2025-06-05", "switch-05-es"))
claim("switch-03-es",
      "Varios filtradores aseguran que Nintendo anunciará la fecha de lanzamiento en la presentación del 2 de abril.",
      "Nintendo", None, "Nintendo announces the Switch 2 release date", "product_launch",
      ("leak", "Varios filtradores", None), "rumour",
      ("del 2 de abril", "2025-04-02", "2025-04-02"),
      ("confirmed", "2025-04-02", "switch-04-de"))
claim("switch-03-es",
      "Todo apunta a que la consola costará menos de 400 euros.",
      "Nintendo", None, "The Switch 2 costs less than 400 euros", "product_launch",
      ("unattributed", None, None), "rumour", None,
      ("refuted", "2025-04-02", "switch-04-de"))
claim("switch-03-es",
      "Los analistas esperan que Nintendo publique en mayo, junto a sus resultados anuales, su previsión de ventas para la nueva consola.",
      "Nintendo", None, "Nintendo publishes its Switch 2 sales forecast", "announcement",
      ("analyst", "Los analistas", None), "opinion",
      ("en mayo", "2025-05-01", "2025-05-31"),
      ("confirmed", "2025-05-08", "switch-05-es"))

article("switch-04-de", "switch-2", "outcome", "wire", "2025-04-02", "de", "Technik Heute",
        "Nintendo Switch 2 erscheint am 5. Juni", """
Die Nintendo Switch 2 kommt am 5. Juni für 469,99 Euro in den Handel, teilte Nintendo in einer Online-Präsentation mit.

Im Paket mit dem neuen Rennspiel Mario Kart World, das zeitgleich mit der Konsole erscheint, kostet sie 509,99 Euro, wie der Konzern bestätigte.

Vorbestellungen starten nach Angaben des Unternehmens am 8. April.

Am 17. Juli folgt nach Nintendo-Angaben das Jump-and-Run-Spiel Donkey Kong Bananza.

Die neue Konsole hat einen 7,9 Zoll großen Bildschirm und lässt sich wie ihre Vorgängerin sowohl unterwegs als auch am Fernseher nutzen. Die Controller werden magnetisch befestigt und können auch wie eine Computermaus verwendet werden. Die meisten Spiele der ersten Switch laufen auch auf dem neuen Gerät.

Der Preis liegt deutlich über dem der ersten Switch, die 2017 für rund 330 Euro auf den Markt gekommen war. In den USA verlangt Nintendo 449,99 Dollar. Viele Beobachter hatten mit einem niedrigeren Preis gerechnet.
""")
claim("switch-04-de",
      "Die Nintendo Switch 2 kommt am 5. Juni für 469,99 Euro in den Handel, teilte Nintendo in einer Online-Präsentation mit.",
      "Nintendo", None, "The Switch 2 goes on sale", "product_launch",
      ("official", "Nintendo", None), "official",
      ("am 5. Juni", "2025-06-05", "2025-06-05"), OFFICIAL)
claim("switch-04-de",
      "Im Paket mit dem neuen Rennspiel Mario Kart World, das zeitgleich mit der Konsole erscheint, kostet sie 509,99 Euro, wie der Konzern bestätigte.",
      "Nintendo", None, "Mario Kart World launches with the Switch 2", "product_launch",
      ("official", "der Konzern", None), "official", None, OFFICIAL)
claim("switch-04-de",
      "Vorbestellungen starten nach Angaben des Unternehmens am 8. April.",
      "Nintendo", None, "Switch 2 pre-orders open", "product_launch",
      ("official", "des Unternehmens", None), "official",
      ("am 8. April", "2025-04-08", "2025-04-08"), OFFICIAL)
claim("switch-04-de",
      "Am 17. Juli folgt nach Nintendo-Angaben das Jump-and-Run-Spiel Donkey Kong Bananza.",
      "Nintendo", None, "Donkey Kong Bananza is released", "product_launch",
      ("official", "Nintendo", None), "official",
      ("Am 17. Juli", "2025-07-17", "2025-07-17"), OFFICIAL)

article("switch-05-es", "switch-2", "outcome", "wire", "2025-06-05", "es", "Diario Tecnológico",
        "La Nintendo Switch 2 ya está a la venta", """
La Nintendo Switch 2 ya está a la venta en España y en el resto del mundo, según confirmó Nintendo.

Nintendo prevé vender 15 millones de unidades de la consola hasta marzo de 2026, según las previsiones que presentó el mes pasado junto a sus resultados anuales.

El próximo gran lanzamiento para la consola, Donkey Kong Bananza, llegará el 17 de julio, recordó la compañía.

Algunas tiendas abrieron a medianoche para entregar las unidades reservadas. El precio en España es de 469,99 euros, o 509,99 euros en el paquete que incluye Mario Kart World, el principal juego de lanzamiento.

La consola llega a las tiendas con varios meses de retraso respecto a lo que esperaban algunos analistas, que a principios de año apostaban por una salida en marzo. Nintendo prefirió presentar primero la máquina en enero y desvelar todos los detalles en abril.

La primera Switch supera los 150 millones de unidades vendidas, una cifra que antes solo habían alcanzado la PlayStation 2 de Sony y la Nintendo DS. Su sucesora mantiene el concepto híbrido, con una pantalla más grande y más potencia.
""")
claim("switch-05-es",
      "La Nintendo Switch 2 ya está a la venta en España y en el resto del mundo, según confirmó Nintendo.",
      "Nintendo", None, "The Switch 2 goes on sale", "product_launch",
      ("official", "Nintendo", None), "official", None, OFFICIAL)
claim("switch-05-es",
      "Nintendo prevé vender 15 millones de unidades de la consola hasta marzo de 2026, según las previsiones que presentó el mes pasado junto a sus resultados anuales.",
      "Nintendo", None, "Nintendo sells 15 million Switch 2 units", "other",
      ("official", "Nintendo", None), "official",
      ("hasta marzo de 2026", "2025-06-05", "2026-03-31"), OFFICIAL)
claim("switch-05-es",
      "El próximo gran lanzamiento para la consola, Donkey Kong Bananza, llegará el 17 de julio, recordó la compañía.",
      "Nintendo", None, "Donkey Kong Bananza is released", "product_launch",
      ("official", "la compañía", None), "official",
      ("el 17 de julio", "2025-07-17", "2025-07-17"), OFFICIAL)


# ---------------------------------------------------------------------------
# 15. ECB rate cuts and pause (2025)
# ---------------------------------------------------------------------------
story("ecb-2025", "The ECB in mid-2025: a June cut expected by economists (5 June 2025, deposit rate 2%), a July cut that did not come and a summer pause that did (rates held on 24 July 2025)")

article("ecb25-01-fr", "ecb-2025", "rumour", "wire", "2025-05-26", "fr", "L'Économie Quotidienne",
        "La BCE s'apprête à baisser encore ses taux", """
La Banque centrale européenne devrait abaisser ses taux directeurs d'un quart de point le 5 juin, selon la grande majorité des économistes.

Une partie des économistes parie même sur une nouvelle baisse dès juillet.

La BCE marquerait ensuite une pause pendant l'été, selon des sources proches du conseil des gouverneurs citées par Reuters.

L'institution de Francfort a déjà réduit ses taux à sept reprises depuis juin 2024, ramenant le taux de dépôt à 2,25 %. L'inflation en zone euro est retombée à 2,2 % en avril, tout près de l'objectif de 2 % fixé par la banque centrale.

Les droits de douane annoncés par Washington au printemps assombrissent les perspectives de croissance des pays de la zone euro, ce qui plaide pour un assouplissement supplémentaire. La vigueur de l'euro face au dollar contribue aussi à freiner la hausse des prix, en rendant les importations moins chères.

Certains membres du conseil des gouverneurs, parmi les plus attachés à la lutte contre l'inflation, estiment toutefois que le taux directeur se rapproche désormais d'un niveau neutre, qui ne freine ni ne stimule l'activité.
""")
claim("ecb25-01-fr",
      "La Banque centrale européenne devrait abaisser ses taux directeurs d'un quart de point le 5 juin, selon la grande majorité des économistes.",
      "Banque centrale européenne", None, "ECB cuts its key interest rates", "policy",
      ("analyst", "la grande majorité des économistes", None), "opinion",
      ("le 5 juin", "2025-06-05", "2025-06-05"),
      ("confirmed", "2025-06-05", "ecb25-02-de"))
claim("ecb25-01-fr",
      "Une partie des économistes parie même sur une nouvelle baisse dès juillet.",
      "Banque centrale européenne", None, "ECB cuts its key interest rates again in July", "policy",
      ("analyst", "Une partie des économistes", None), "opinion",
      ("dès juillet", "2025-07-01", "2025-07-31"),
      ("refuted", "2025-07-24", "ecb25-03-es"))
claim("ecb25-01-fr",
      "La BCE marquerait ensuite une pause pendant l'été, selon des sources proches du conseil des gouverneurs citées par Reuters.",
      "Banque centrale européenne", None, "ECB pauses its rate cuts over the summer", "policy",
      ("anonymous_sources", "des sources proches du conseil des gouverneurs", "Reuters"), "reported",
      ("pendant l'été", "2025-06-21", "2025-09-22"),
      ("confirmed", "2025-07-24", "ecb25-03-es"))

article("ecb25-02-de", "ecb-2025", "outcome", "wire", "2025-06-05", "de", "Handelszeitung Digital",
        "EZB senkt den Einlagensatz auf 2,0 Prozent", """
Die Europäische Zentralbank hat ihre Leitzinsen um einen Viertelprozentpunkt gesenkt, der Einlagensatz liegt nun bei 2,0 Prozent.

Es war die achte Zinssenkung seit Juni vergangenen Jahres. Die Inflation im Euroraum war im Mai auf 1,9 Prozent gefallen und lag damit erstmals seit September wieder unter dem Zielwert der Notenbank.

EZB-Präsidentin Christine Lagarde sagte in Frankfurt, die Notenbank sei nun gut aufgestellt, um mit der großen Unsicherheit umzugehen. Zu weiteren Schritten wollte sie sich nicht äußern.

Volkswirte erwarten, dass die Notenbank im Juli eine Pause einlegt.

Die neuen Projektionen der EZB-Volkswirte sehen für das kommende Jahr eine Teuerungsrate von nur noch 1,6 Prozent vor, vor allem wegen gesunkener Energiepreise und des starken Euro. Für Sparer sind die Zinsen für Tages- und Festgeld seit dem vergangenen Sommer bereits deutlich gesunken, Kredite sind etwas günstiger geworden.

Die Handelskonflikte mit den USA bleiben nach Einschätzung der Notenbank das größte Risiko für die Konjunktur im Euroraum.
""")
claim("ecb25-02-de",
      "Die Europäische Zentralbank hat ihre Leitzinsen um einen Viertelprozentpunkt gesenkt, der Einlagensatz liegt nun bei 2,0 Prozent.",
      "Europäische Zentralbank", None, "ECB cuts its key interest rates", "policy",
      ("official", "Die Europäische Zentralbank", None), "official", None, OFFICIAL)
claim("ecb25-02-de",
      "Volkswirte erwarten, dass die Notenbank im Juli eine Pause einlegt.",
      "Europäische Zentralbank", None, "ECB pauses its rate cuts", "policy",
      ("analyst", "Volkswirte", None), "opinion",
      ("im Juli", "2025-07-01", "2025-07-31"),
      ("confirmed", "2025-07-24", "ecb25-03-es"))

article("ecb25-03-es", "ecb-2025", "outcome", "wire", "2025-07-24", "es", "Mercados Hoy",
        "El BCE hace una pausa y mantiene los tipos en el 2 %", """
El Banco Central Europeo mantuvo sin cambios los tipos de interés, con la facilidad de depósito en el 2 %.

Es la primera pausa después de siete recortes consecutivos desde septiembre del año pasado. Desde junio de 2024, el BCE ha reducido a la mitad su tipo de depósito, que llegó a estar en el 4 %.

La presidenta de la institución, Christine Lagarde, explicó en rueda de prensa que la economía de la zona euro ha resistido mejor de lo previsto en el primer semestre y que la inflación se encuentra ya en torno al objetivo del 2 %.

Lagarde evitó dar pistas sobre las próximas reuniones e insistió en que el consejo de gobierno decidirá en cada momento en función de los datos. Los mercados siguen pendientes de las negociaciones comerciales entre Bruselas y Washington, que pueden alterar las previsiones de crecimiento.

Para las familias españolas con hipotecas a tipo variable, la decisión supone una tregua: el euríbor se ha estabilizado en las últimas semanas en torno al 2 %, muy lejos de los niveles de hace dos años.

La mayoría de los analistas había anticipado la decisión, por lo que los mercados de bonos apenas reaccionaron.
""")
claim("ecb25-03-es",
      "El Banco Central Europeo mantuvo sin cambios los tipos de interés, con la facilidad de depósito en el 2 %.",
      "Banco Central Europeo", None, "ECB keeps its key interest rates unchanged", "policy",
      ("official", "El Banco Central Europeo", None), "official", None, OFFICIAL)


# ---------------------------------------------------------------------------
# 16. JetBlue and Spirit Airlines (2022-2024)
# ---------------------------------------------------------------------------
story("jetblue-spirit", "JetBlue's purchase of Spirit Airlines: agreed 28 July 2022 (a day after sources said a deal was near) with a close expected no later than the first half of 2024; blocked by a federal judge on 16 January 2024 and called off on 4 March 2024")

article("jetblue-01-en", "jetblue-spirit", "rumour", "wire", "2022-07-27", "en", "Aviation Business Wire",
        "JetBlue close to deal for Spirit Airlines - sources", """
JetBlue Airways is close to an agreement to buy Spirit Airlines for about $3.8 billion, people familiar with the matter said.

The two carriers could announce the deal as soon as Thursday, one of the people said.

Under the terms being discussed, JetBlue would pay $33.50 a share in cash, part of it before the transaction is completed, according to the people.

JetBlue would aim to close the purchase by the first half of 2024, one of the people said.

Spirit had spent months resisting JetBlue's approaches, arguing that antitrust regulators would never let the New York carrier swallow a budget rival, and had postponed its shareholder vote on a rival offer from Frontier Airlines several times as investors leaned towards the larger bid.

Spirit, known for its yellow planes and rock-bottom fares with fees for almost everything else, flies mainly to Florida, the Caribbean and Latin America. A combination would create the fifth-largest airline in the United States, behind American, Delta, United and Southwest.

JetBlue and Spirit did not respond to requests for comment.
""")
claim("jetblue-01-en",
      "JetBlue Airways is close to an agreement to buy Spirit Airlines for about $3.8 billion, people familiar with the matter said.",
      "JetBlue Airways", "Spirit Airlines", "JetBlue agrees to buy Spirit Airlines", "acquisition",
      ("anonymous_sources", "people familiar with the matter", None), "reported", None,
      ("confirmed", "2022-07-28", "jetblue-02-en"))
claim("jetblue-01-en",
      "The two carriers could announce the deal as soon as Thursday, one of the people said.",
      "JetBlue Airways", "Spirit Airlines", "JetBlue and Spirit announce the deal", "acquisition",
      ("anonymous_sources", "one of the people", None), "reported",
      ("as soon as Thursday", "2022-07-28", "2022-07-28"),
      ("confirmed", "2022-07-28", "jetblue-02-en"))
claim("jetblue-01-en",
      "Under the terms being discussed, JetBlue would pay $33.50 a share in cash, part of it before the transaction is completed, according to the people.",
      "JetBlue Airways", "Spirit Airlines", "JetBlue pays $33.50 a share for Spirit", "acquisition",
      ("anonymous_sources", "the people", None), "reported", None,
      ("confirmed", "2022-07-28", "jetblue-02-en"))
claim("jetblue-01-en",
      "JetBlue would aim to close the purchase by the first half of 2024, one of the people said.",
      "JetBlue Airways", "Spirit Airlines", "JetBlue completes the purchase of Spirit Airlines", "acquisition",
      ("anonymous_sources", "one of the people", None), "reported",
      ("by the first half of 2024", "2022-07-27", "2024-06-30"),
      ("refuted", "2024-03-04", "jetblue-04-en"))

article("jetblue-02-en", "jetblue-spirit", "outcome", "wire", "2022-07-28", "en", "Market Desk Wire",
        "JetBlue wins Spirit with $3.8 billion cash offer", """
JetBlue Airways agreed to buy Spirit Airlines for $33.50 per share in cash, valuing the low-cost carrier at about $3.8 billion, the two companies announced.

JetBlue said it expects to complete the acquisition no later than the first half of 2024.

Spirit shareholders will receive $2.50 a share in cash as soon as they approve the deal, the companies said.

The combined airline will be based in New York and led by JetBlue chief executive Robin Hayes, according to the statement.

The agreement ends a five-month bidding contest with Frontier Airlines, whose cash-and-stock offer Spirit's board had backed until this week. Frontier, controlled by the private equity firm Indigo Partners, is left without a partner.

The deal faces a long review in Washington. JetBlue is already defending its alliance with American Airlines in the Northeast against an antitrust lawsuit filed by the Justice Department last year, and consumer groups have warned that the disappearance of Spirit would push up fares for travellers on a budget.

Spirit's fleet of Airbus jets and its pilots are a prize at a time when both are scarce across the industry. Shares of Spirit rose in early trading in New York, while JetBlue's fell.
""")
claim("jetblue-02-en",
      "JetBlue Airways agreed to buy Spirit Airlines for $33.50 per share in cash, valuing the low-cost carrier at about $3.8 billion, the two companies announced.",
      "JetBlue Airways", "Spirit Airlines", "JetBlue agrees to buy Spirit Airlines", "acquisition",
      ("official", "the two companies", None), "official", None, OFFICIAL)
claim("jetblue-02-en",
      "JetBlue said it expects to complete the acquisition no later than the first half of 2024.",
      "JetBlue Airways", "Spirit Airlines", "JetBlue completes the purchase of Spirit Airlines", "acquisition",
      ("official", "JetBlue", None), "official",
      ("no later than the first half of 2024", "2022-07-28", "2024-06-30"), OFFICIAL)
claim("jetblue-02-en",
      "Spirit shareholders will receive $2.50 a share in cash as soon as they approve the deal, the companies said.",
      "Spirit Airlines", "JetBlue Airways", "Spirit shareholders receive a $2.50 prepayment", "acquisition",
      ("official", "the companies", None), "official", None, OFFICIAL)
claim("jetblue-02-en",
      "The combined airline will be based in New York and led by JetBlue chief executive Robin Hayes, according to the statement.",
      "JetBlue Airways", "Spirit Airlines", "The combined airline is based in New York and led by Robin Hayes", "other",
      ("official", "the statement", None), "official", None, OFFICIAL)

article("jetblue-03-it", "jetblue-spirit", "rumour", "txt", "2024-01-22", "it", None,
        "JetBlue-Spirit, dopo lo stop del giudice la fusione è in bilico", """
Si fa sempre più incerto il futuro del matrimonio tra JetBlue e Spirit Airlines. Martedì scorso un giudice federale di Boston ha bloccato l'acquisizione da 3,8 miliardi di dollari, dando ragione al Dipartimento di Giustizia americano, secondo cui la scomparsa di Spirit avrebbe fatto salire i prezzi dei biglietti per chi viaggia spendendo poco.

Secondo diversi analisti, JetBlue potrebbe rinunciare all'acquisizione entro marzo.

Fonti vicine alla compagnia di New York riferiscono che il consiglio di amministrazione starebbe già valutando l'uscita dall'accordo.

Joanna Geraghty prenderà il posto di Robin Hayes come amministratrice delegata di JetBlue il 12 febbraio, come annunciato dalla società all'inizio del mese.

Per Spirit la sentenza è un colpo durissimo. Il titolo ha perso quasi metà del suo valore in borsa nel giorno della decisione, e la compagnia low cost della Florida non chiude un bilancio in utile dal 2019. Sul tavolo c'è anche circa 1,1 miliardi di dollari di debito in scadenza nel 2025.

JetBlue, dal canto suo, ha già dovuto rinunciare l'anno scorso all'alleanza con American Airlines nel Nord-Est degli Stati Uniti, anch'essa bocciata in tribunale dopo una causa dell'Antitrust. Nessuna delle due compagnie ha voluto commentare le indiscrezioni.
""")
claim("jetblue-03-it",
      "Secondo diversi analisti, JetBlue potrebbe rinunciare all'acquisizione entro marzo.",
      "JetBlue Airways", "Spirit Airlines", "JetBlue abandons the purchase of Spirit Airlines", "acquisition",
      ("analyst", "diversi analisti", None), "opinion",
      ("entro marzo", "2024-01-22", "2024-03-31"),
      ("confirmed", "2024-03-04", "jetblue-04-en"))
claim("jetblue-03-it",
      "Fonti vicine alla compagnia di New York riferiscono che il consiglio di amministrazione starebbe già valutando l'uscita dall'accordo.",
      "JetBlue Airways", "Spirit Airlines", "JetBlue abandons the purchase of Spirit Airlines", "acquisition",
      ("anonymous_sources", "Fonti vicine alla compagnia di New York", None), "reported", None,
      ("confirmed", "2024-03-04", "jetblue-04-en"))
claim("jetblue-03-it",
      "Joanna Geraghty prenderà il posto di Robin Hayes come amministratrice delegata di JetBlue il 12 febbraio, come annunciato dalla società all'inizio del mese.",
      "Joanna Geraghty", "JetBlue Airways", "Joanna Geraghty becomes JetBlue chief executive", "departure",
      ("official", "la società", None), "official",
      ("il 12 febbraio", "2024-02-12", "2024-02-12"), OFFICIAL)

article("jetblue-04-en", "jetblue-spirit", "outcome", "html", "2024-03-04", "en", "The Travel Ledger",
        "JetBlue and Spirit call off their merger", """
JetBlue Airways and Spirit Airlines said they had terminated their merger agreement, ending JetBlue's attempt to buy its smaller rival weeks after a federal judge blocked the deal.

JetBlue will pay Spirit $69 million under the termination agreement, the companies said.

The two airlines had appealed the January ruling, but JetBlue had warned that some conditions for completing the deal might not be met in time. Under the original agreement, JetBlue would have owed Spirit and its shareholders far more had the deal collapsed for antitrust reasons.

Joanna Geraghty, who became JetBlue's chief executive in February, takes over an airline that has not made an annual profit since 2019.

Spirit now has to find its own way forward. The Florida carrier has lost money every year since 2019 and is also grappling with grounded aircraft because of problems with Pratt and Whitney engines. Its shares fell sharply after the announcement, while JetBlue's rose.

The collapse leaves the American budget airline sector without the consolidation both companies had said was needed to compete with the four largest US carriers.
""", html_time="2024-03-04T21:40:00-05:00")
claim("jetblue-04-en",
      "JetBlue Airways and Spirit Airlines said they had terminated their merger agreement, ending JetBlue's attempt to buy its smaller rival weeks after a federal judge blocked the deal.",
      "JetBlue Airways", "Spirit Airlines", "JetBlue and Spirit terminate their merger agreement", "acquisition",
      ("official", "JetBlue Airways and Spirit Airlines", None), "official", None, OFFICIAL)
claim("jetblue-04-en",
      "JetBlue will pay Spirit $69 million under the termination agreement, the companies said.",
      "JetBlue Airways", "Spirit Airlines", "JetBlue pays Spirit $69 million for ending the deal", "acquisition",
      ("official", "the companies", None), "official", None, OFFICIAL)


# ---------------------------------------------------------------------------
# 17. The Bank of Japan ends negative rates (2024)
# ---------------------------------------------------------------------------
story("boj-2024", "The Bank of Japan leaves negative rates: the Nikkei's report of a move at the March meeting came true (19 March 2024, with yield curve control and ETF buying scrapped, bond buying kept); a second increase expected by economists came on 31 July 2024 (0.25%, with a plan to halve bond buying by early 2026)")

article("boj-01-en", "boj-2024", "rumour", "wire", "2024-03-15", "en", "Asia Markets Wire",
        "Bank of Japan poised to end negative rates next week, Nikkei says", """
The Bank of Japan is set to end its negative interest rate policy at its meeting next week, the Nikkei business daily reported.

The central bank is also likely to abandon yield curve control, the programme it uses to cap long-term bond yields, according to people familiar with its thinking.

The BOJ would stop buying exchange-traded funds as well, the people said.

Government bond purchases would continue at roughly the current pace of about 6 trillion yen a month, one of the people added.

The report came hours after Rengo, Japan's largest federation of trade unions, said its members had secured average pay rises of 5.28% in this year's spring wage talks, the biggest increase in 33 years. Governor Kazuo Ueda has said for months that strong wage growth was the missing condition for leaving negative rates behind.

The BOJ has kept its short-term rate at minus 0.1% since 2016, making it the last central bank in the world with a negative policy rate. Consumer inflation has stayed above its 2% target for almost two years.

Most economists expect the bank to move slowly after that, with one more rate increase by the end of the year.

Japanese bank shares, which would benefit from higher lending margins, rose in Tokyo trading.
""")
claim("boj-01-en",
      "The Bank of Japan is set to end its negative interest rate policy at its meeting next week, the Nikkei business daily reported.",
      "Bank of Japan", None, "The Bank of Japan ends negative interest rates", "policy",
      ("named_outlet", "the Nikkei business daily", None), "reported",
      ("next week", "2024-03-18", "2024-03-24"),
      ("confirmed", "2024-03-19", "boj-02-it"))
claim("boj-01-en",
      "The central bank is also likely to abandon yield curve control, the programme it uses to cap long-term bond yields, according to people familiar with its thinking.",
      "Bank of Japan", None, "The Bank of Japan abandons yield curve control", "policy",
      ("anonymous_sources", "people familiar with its thinking", None), "reported", None,
      ("confirmed", "2024-03-19", "boj-02-it"))
claim("boj-01-en",
      "The BOJ would stop buying exchange-traded funds as well, the people said.",
      "Bank of Japan", None, "The Bank of Japan stops buying ETFs", "policy",
      ("anonymous_sources", "the people", None), "reported", None,
      ("confirmed", "2024-03-19", "boj-02-it"))
claim("boj-01-en",
      "Government bond purchases would continue at roughly the current pace of about 6 trillion yen a month, one of the people added.",
      "Bank of Japan", None, "The Bank of Japan keeps buying government bonds at the same pace", "policy",
      ("anonymous_sources", "one of the people", None), "reported", None,
      ("confirmed", "2024-03-19", "boj-02-it"))
claim("boj-01-en",
      "Most economists expect the bank to move slowly after that, with one more rate increase by the end of the year.",
      "Bank of Japan", None, "The Bank of Japan raises rates again", "policy",
      ("analyst", "Most economists", None), "opinion",
      ("by the end of the year", "2024-03-15", "2024-12-31"),
      ("confirmed", "2024-07-31", "boj-03-en"))

article("boj-02-it", "boj-2024", "outcome", "wire", "2024-03-19", "it", "Il Sole Economia",
        "Il Giappone dice addio ai tassi negativi", """
La Banca del Giappone ha alzato i tassi d'interesse per la prima volta in 17 anni, portando il tasso a breve termine da meno 0,1% a una forchetta compresa tra zero e 0,1%.

La banca centrale ha inoltre abbandonato il controllo della curva dei rendimenti, con cui teneva bassi i rendimenti dei titoli di Stato a lungo termine.

L'istituto ha annunciato anche lo stop agli acquisti di fondi negoziati in borsa e di fondi immobiliari quotati.

Continuerà però a comprare titoli di Stato in quantità sostanzialmente invariate, ha precisato la banca.

La decisione è stata presa con sette voti a favore e due contrari al termine della riunione di due giorni a Tokyo. A convincere il governatore Kazuo Ueda sono stati soprattutto gli aumenti salariali concordati quest'anno dalle grandi imprese, i più alti da oltre tre decenni.

Il Giappone era l'ultimo grande paese con tassi ufficiali sotto zero. La svolta, tuttavia, era ampiamente attesa dai mercati, e lo yen si è indebolito dopo l'annuncio, scendendo oltre quota 150 sul dollaro.

Alcuni economisti ritengono che un secondo rialzo possa arrivare già entro l'estate.
""")
claim("boj-02-it",
      "La Banca del Giappone ha alzato i tassi d'interesse per la prima volta in 17 anni, portando il tasso a breve termine da meno 0,1% a una forchetta compresa tra zero e 0,1%.",
      "Banca del Giappone", None, "The Bank of Japan ends negative interest rates", "policy",
      ("official", "La Banca del Giappone", None), "official", None, OFFICIAL)
claim("boj-02-it",
      "La banca centrale ha inoltre abbandonato il controllo della curva dei rendimenti, con cui teneva bassi i rendimenti dei titoli di Stato a lungo termine.",
      "Banca del Giappone", None, "The Bank of Japan abandons yield curve control", "policy",
      ("official", "La banca centrale", None), "official", None, OFFICIAL)
claim("boj-02-it",
      "L'istituto ha annunciato anche lo stop agli acquisti di fondi negoziati in borsa e di fondi immobiliari quotati.",
      "Banca del Giappone", None, "The Bank of Japan stops buying ETFs and REITs", "policy",
      ("official", "L'istituto", None), "official", None, OFFICIAL)
claim("boj-02-it",
      "Continuerà però a comprare titoli di Stato in quantità sostanzialmente invariate, ha precisato la banca.",
      "Banca del Giappone", None, "The Bank of Japan keeps buying government bonds at the same pace", "policy",
      ("official", "la banca", None), "official", None, OFFICIAL)
claim("boj-02-it",
      "Alcuni economisti ritengono che un secondo rialzo possa arrivare già entro l'estate.",
      "Banca del Giappone", None, "The Bank of Japan raises rates again", "policy",
      ("analyst", "Alcuni economisti", None), "opinion",
      ("entro l'estate", "2024-03-19", "2024-09-22"),
      ("confirmed", "2024-07-31", "boj-03-en"))

article("boj-03-en", "boj-2024", "outcome", "wire", "2024-07-31", "en", "Asia Markets Wire",
        "BOJ raises rates to 0.25% and plans to halve bond buying", """
The Bank of Japan raised its short-term policy rate to 0.25% from a range of zero to 0.1%.

The central bank said it would roughly halve its monthly purchases of government bonds, to about 3 trillion yen in the first quarter of 2026.

The decision was taken by a seven-to-two vote. Economists had been divided over whether the bank would act in July or wait until the autumn for more evidence that consumer spending was recovering.

A weak yen has added to the pressure on policymakers. The currency fell to its lowest level against the dollar in 38 years earlier this month, pushing up the cost of imported food and fuel, before rebounding on expectations of a rate increase in Tokyo and a cut in Washington.

Inflation in Japan has now stayed at or above the bank's 2% target for more than two years, while wages are rising at the fastest pace in decades.

The yen gained after the announcement, and bank shares rose on the Tokyo stock exchange.
""")
claim("boj-03-en",
      "The Bank of Japan raised its short-term policy rate to 0.25% from a range of zero to 0.1%.",
      "Bank of Japan", None, "The Bank of Japan raises rates again", "policy",
      ("official", "The Bank of Japan", None), "official", None, OFFICIAL)
claim("boj-03-en",
      "The central bank said it would roughly halve its monthly purchases of government bonds, to about 3 trillion yen in the first quarter of 2026.",
      "Bank of Japan", None, "The Bank of Japan halves its monthly bond purchases", "policy",
      ("official", "The central bank", None), "official",
      ("in the first quarter of 2026", "2026-01-01", "2026-03-31"), OFFICIAL)


# ---------------------------------------------------------------------------
# 18. Stellantis replaces Carlos Tavares (2024-2025)
# ---------------------------------------------------------------------------
story("stellantis-ceo", "Stellantis after Carlos Tavares: resignation announced 1 December 2024 with a successor promised within the first half of 2025; Antonio Filosa, an internal candidate named by sources, was appointed on 28 May 2025 (later than the April of the rumours, within the week the sources gave) and took office on 23 June 2025; John Elkann stayed chairman")

article("stellantis-01-it", "stellantis-ceo", "rumour", "html", "2024-12-02", "it", "Motori Oggi",
        "Stellantis, Tavares lascia: via alla ricerca del successore", """
Stellantis ha annunciato le dimissioni con effetto immediato dell'amministratore delegato Carlos Tavares, accettate dal consiglio di amministrazione.

Il gruppo ha fatto sapere che il nuovo amministratore delegato sarà nominato entro la prima metà del 2025.

Nel frattempo, ha comunicato la società, Stellantis sarà guidata da un comitato esecutivo ad interim presieduto da John Elkann.

Secondo fonti vicine al dossier, tra i candidati interni alla successione ci sarebbe Antonio Filosa, responsabile delle attività del gruppo nelle Americhe.

Pare che il consiglio voglia chiudere la partita entro aprile.

Il manager portoghese, 66 anni, guidava Stellantis dalla nascita del gruppo, nel gennaio 2021, dalla fusione tra Fca e Psa. Il suo mandato sarebbe scaduto all'inizio del 2026, ma negli ultimi mesi i rapporti con il consiglio si erano deteriorati per il crollo delle vendite negli Stati Uniti, le scorte troppo alte nei concessionari e il taglio delle previsioni di utile deciso a settembre.

In Italia i sindacati chiedono da mesi un piano per gli stabilimenti del gruppo, dove la produzione è ai minimi da decenni.

Il titolo ha aperto in calo alla Borsa di Milano.
""", html_time="2024-12-02T09:15:00+01:00")
claim("stellantis-01-it",
      "Stellantis ha annunciato le dimissioni con effetto immediato dell'amministratore delegato Carlos Tavares, accettate dal consiglio di amministrazione.",
      "Carlos Tavares", "Stellantis", "Carlos Tavares resigns as Stellantis chief executive", "departure",
      ("official", "Stellantis", None), "official", None, OFFICIAL)
claim("stellantis-01-it",
      "Il gruppo ha fatto sapere che il nuovo amministratore delegato sarà nominato entro la prima metà del 2025.",
      "Stellantis", None, "Stellantis names a new chief executive", "departure",
      ("official", "Il gruppo", None), "official",
      ("entro la prima metà del 2025", "2024-12-02", "2025-06-30"), OFFICIAL)
claim("stellantis-01-it",
      "Nel frattempo, ha comunicato la società, Stellantis sarà guidata da un comitato esecutivo ad interim presieduto da John Elkann.",
      "John Elkann", "Stellantis", "John Elkann chairs an interim executive committee at Stellantis", "departure",
      ("official", "la società", None), "official", None, OFFICIAL)
claim("stellantis-01-it",
      "Secondo fonti vicine al dossier, tra i candidati interni alla successione ci sarebbe Antonio Filosa, responsabile delle attività del gruppo nelle Americhe.",
      "Antonio Filosa", "Stellantis", "Antonio Filosa becomes Stellantis chief executive", "departure",
      ("anonymous_sources", "fonti vicine al dossier", None), "reported", None,
      ("confirmed", "2025-05-28", "stellantis-03-en"))
claim("stellantis-01-it",
      "Pare che il consiglio voglia chiudere la partita entro aprile.",
      "Stellantis", None, "Stellantis names a new chief executive", "departure",
      ("unattributed", None, None), "rumour",
      ("entro aprile", "2024-12-02", "2025-04-30"),
      ("confirmed_late", "2025-05-28", "stellantis-03-en"))

article("stellantis-02-it", "stellantis-ceo", "rumour", "wire", "2025-05-26", "it", "Il Quotidiano Digitale",
        "Stellantis, Filosa verso la guida del gruppo", """
Antonio Filosa sarebbe il candidato scelto dal consiglio di amministrazione di Stellantis per il ruolo di amministratore delegato, secondo due fonti a conoscenza del dossier.

L'annuncio potrebbe arrivare già questa settimana, hanno aggiunto le fonti.

Secondo indiscrezioni circolate in rete, Filosa assumerebbe l'incarico entro la fine di giugno.

John Elkann, che guida il comitato esecutivo ad interim, resterebbe alla presidenza del gruppo.

Napoletano, ingegnere, Filosa è entrato in Fiat alla fine degli anni Novanta e ha costruito buona parte della sua carriera in America Latina, dove ha guidato le attività sudamericane del gruppo. Oggi guida le attività del gruppo in Nord America, il mercato più redditizio, dove le vendite sono calate sensibilmente nell'ultimo anno.

La scelta di un manager interno segnerebbe una continuità con la cultura industriale di Fiat e Chrysler, dopo quasi quattro anni di gestione Tavares. Il nuovo capo dovrà affrontare i dazi americani sulle auto importate, la concorrenza dei costruttori cinesi in Europa e il rilancio degli stabilimenti italiani.

Stellantis non ha voluto commentare.
""")
claim("stellantis-02-it",
      "Antonio Filosa sarebbe il candidato scelto dal consiglio di amministrazione di Stellantis per il ruolo di amministratore delegato, secondo due fonti a conoscenza del dossier.",
      "Antonio Filosa", "Stellantis", "Antonio Filosa becomes Stellantis chief executive", "departure",
      ("anonymous_sources", "due fonti a conoscenza del dossier", None), "reported", None,
      ("confirmed", "2025-05-28", "stellantis-03-en"))
claim("stellantis-02-it",
      "L'annuncio potrebbe arrivare già questa settimana, hanno aggiunto le fonti.",
      "Stellantis", "Antonio Filosa", "Stellantis announces its new chief executive", "departure",
      ("anonymous_sources", "le fonti", None), "reported",
      ("questa settimana", "2025-05-26", "2025-06-01"),
      ("confirmed", "2025-05-28", "stellantis-03-en"))
claim("stellantis-02-it",
      "Secondo indiscrezioni circolate in rete, Filosa assumerebbe l'incarico entro la fine di giugno.",
      "Antonio Filosa", "Stellantis", "Antonio Filosa takes office as Stellantis chief executive", "departure",
      ("leak", "indiscrezioni circolate in rete", None), "rumour",
      ("entro la fine di giugno", "2025-05-26", "2025-06-30"),
      ("confirmed", "2025-06-23", "stellantis-04-fr"))
claim("stellantis-02-it",
      "John Elkann, che guida il comitato esecutivo ad interim, resterebbe alla presidenza del gruppo.",
      "John Elkann", "Stellantis", "John Elkann stays Stellantis chairman", "departure",
      ("unattributed", None, None), "rumour", None,
      ("confirmed", "2025-05-28", "stellantis-03-en"))

article("stellantis-03-en", "stellantis-ceo", "outcome", "wire", "2025-05-28", "en", "Auto Industry Wire",
        "Stellantis picks Antonio Filosa as chief executive", """
Stellantis named Antonio Filosa as its new chief executive, the carmaker said in a statement, ending a six-month search for a successor to Carlos Tavares.

Filosa will take up the post on 23 June, the company said.

John Elkann will remain chairman of the group, Stellantis said.

Filosa, who was born in Naples, has worked for the group and its predecessor Fiat for more than 25 years. He ran the South American business before taking charge of North America last year, and is also responsible for quality across the group. The board had considered internal and external candidates.

The appointment comes at a difficult time for the maker of Jeep, Ram, Peugeot and Fiat cars. Sales and profits have fallen sharply over the past year, and the group suspended its financial guidance for 2025 in April because of US tariffs on imported vehicles and parts.

Investors welcomed the choice of a manager who knows the American market well.
""")
claim("stellantis-03-en",
      "Stellantis named Antonio Filosa as its new chief executive, the carmaker said in a statement, ending a six-month search for a successor to Carlos Tavares.",
      "Antonio Filosa", "Stellantis", "Antonio Filosa becomes Stellantis chief executive", "departure",
      ("official", "the carmaker", None), "official", None, OFFICIAL)
claim("stellantis-03-en",
      "Filosa will take up the post on 23 June, the company said.",
      "Antonio Filosa", "Stellantis", "Antonio Filosa takes office as Stellantis chief executive", "departure",
      ("official", "the company", None), "official",
      ("on 23 June", "2025-06-23", "2025-06-23"), OFFICIAL)
claim("stellantis-03-en",
      "John Elkann will remain chairman of the group, Stellantis said.",
      "John Elkann", "Stellantis", "John Elkann stays Stellantis chairman", "departure",
      ("official", "Stellantis", None), "official", None, OFFICIAL)

article("stellantis-04-fr", "stellantis-ceo", "outcome", "wire", "2025-06-23", "fr", "L'Économie Quotidienne",
        "Antonio Filosa prend les commandes de Stellantis", """
Antonio Filosa a pris ses fonctions de directeur général de Stellantis, a annoncé le groupe.

Stellantis publiera ses résultats semestriels le 29 juillet, selon le calendrier financier du groupe.

L'ingénieur italien succède à Carlos Tavares, parti brutalement en décembre après des désaccords avec le conseil d'administration. Pendant six mois, le constructeur a été dirigé par un comité exécutif intérimaire présidé par John Elkann, l'héritier de la famille Agnelli, qui reste président du groupe.

La tâche s'annonce lourde. Les ventes du groupe aux États-Unis ont nettement reculé, les droits de douane américains pèsent sur ses marges et ses usines européennes tournent loin de leur pleine capacité. En France, les syndicats attendent des garanties sur l'avenir des sites de production, notamment à Poissy.

Le nouveau directeur général connaît bien le marché américain, qu'il dirigeait jusqu'ici, et a passé l'essentiel de sa carrière au sein de Fiat puis de Fiat Chrysler, avant la fusion avec PSA qui a donné naissance à Stellantis en 2021.

Le titre Stellantis a perdu plus de la moitié de sa valeur en un an à la Bourse de Paris.
""")
claim("stellantis-04-fr",
      "Antonio Filosa a pris ses fonctions de directeur général de Stellantis, a annoncé le groupe.",
      "Antonio Filosa", "Stellantis", "Antonio Filosa takes office as Stellantis chief executive", "departure",
      ("official", "le groupe", None), "official", None, OFFICIAL)
claim("stellantis-04-fr",
      "Stellantis publiera ses résultats semestriels le 29 juillet, selon le calendrier financier du groupe.",
      "Stellantis", None, "Stellantis publishes its half-year results", "announcement",
      ("official", "le calendrier financier du groupe", None), "official",
      ("le 29 juillet", "2025-07-29", "2025-07-29"), OFFICIAL)


# ---------------------------------------------------------------------------
# Rendering and checks
# ---------------------------------------------------------------------------
NAV = {
    "en": ("Home", "Business", "Technology", "Sport", "About us", "All rights reserved."),
    "it": ("Home", "Economia", "Tecnologia", "Sport", "Chi siamo", "Tutti i diritti riservati."),
    "fr": ("Accueil", "Économie", "Technologie", "Sport", "Qui sommes-nous", "Tous droits réservés."),
    "es": ("Portada", "Economía", "Tecnología", "Deportes", "Quiénes somos", "Todos los derechos reservados."),
    "de": ("Startseite", "Wirtschaft", "Technik", "Sport", "Impressum", "Alle Rechte vorbehalten."),
}


def render_html(a: dict) -> str:
    home, s1, s2, s3, about, rights = NAV[a["language"]]
    paras = "\n".join(f"<p>{p}</p>" for p in a["text"].split("\n\n"))
    year = a["published"][:4]
    return f"""<!DOCTYPE html>
<html lang="{a['language']}">
<head>
<meta charset="utf-8">
<title>{a['title']}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="{a['outlet']}">
<meta property="og:type" content="article">
<meta property="og:title" content="{a['title']}">
<meta property="article:published_time" content="{a['html_time']}">
</head>
<body>
<header>
<div class="logo">{a['outlet']}</div>
<nav><ul>
<li><a href="/">{home}</a></li>
<li><a href="/section/1">{s1}</a></li>
<li><a href="/section/2">{s2}</a></li>
<li><a href="/section/3">{s3}</a></li>
</ul></nav>
</header>
<main>
<h1>{a['title']}</h1>
<article>
{paras}
</article>
</main>
<footer>
<p>{a['outlet']} {year}. {rights}</p>
<p><a href="/about">{about}</a></p>
</footer>
</body>
</html>
"""


def render_txt(a: dict) -> str:
    return f"date {a['published']}\n\n{a['text']}\n"


def gold_article(a: dict) -> dict:
    return {"id": a["id"], "role": a["role"], "url": a["url"], "published": a["published"],
            "language": a["language"], "title": a["title"], "text": a["text"]}


def iso(d: str | None) -> dt.date | None:
    return None if d is None else dt.date.fromisoformat(d)


def start_of(published: str) -> str:
    """Sortable key of a publication date of any precision (as score_stories.py sorts)."""
    return published + "-00"


def validate() -> None:
    ids = [a["id"] for a in ARTICLES]
    assert len(ids) == len(set(ids)), "duplicate article id"
    arts = {a["id"]: a for a in ARTICLES}
    for a in ARTICLES:
        assert a["fmt"] in FORMATS and a["role"] in {"rumour", "outcome"} and a["story"] in STORIES, a["id"]
        n = len(a["text"].split())
        assert 120 <= n <= 350, f"{a['id']}: {n} words"
        if a["fmt"] == "html":
            assert not re.search(r"[<>&]", a["text"] + a["title"] + a["outlet"]), a["id"]
            assert a["html_time"] and a["html_time"].startswith(a["published"]), a["id"]
    for c in CLAIMS:
        a = arts[c["article"]]
        where = c["id"]
        assert a["text"].count(c["quote"]) == 1, f"{where}: quote not found exactly once"
        assert c["event_type"] in EVENT_TYPES and c["hedge"] in HEDGES, where
        assert c["attribution"]["kind"] in KINDS, where
        kind, hedge = c["attribution"]["kind"], c["hedge"]
        # hedge follows attribution (see examples/README.md)
        assert (kind == "official") == (hedge == "official"), where
        if kind == "analyst":
            assert hedge == "opinion", where
        if kind in ("anonymous_sources", "named_outlet"):
            assert hedge == "reported", where
        if kind == "leak":
            assert hedge == "rumour", where
        if kind == "unattributed":
            assert c["attribution"]["name"] is None and hedge in ("planned", "rumour", "opinion"), where
        else:
            assert c["attribution"]["name"], where
        exp = c["expected"]
        if exp is not None:
            assert exp["text"] in c["quote"], where
            assert iso(exp["earliest"]) <= iso(exp["latest"]), where
        out = c["outcome"]
        assert out["status"] in STATUSES, where
        if hedge == "official":
            assert out == {"status": "unresolved", "date": None, "by_article": None}, where
        if out["status"] in ("confirmed", "confirmed_late"):
            assert out["by_article"], where
        if out["status"] == "unresolved" and hedge != "official":
            assert exp and iso(exp["latest"]) > dt.date(2026, 11, 25), where
        if out["by_article"]:
            b = arts[out["by_article"]]
            assert b["story"] == a["story"] and b["role"] == "outcome", where
            assert start_of(b["published"]) > start_of(a["published"]), where
            assert iso(out["date"]) <= iso(b["published"] if len(b["published"]) == 10 else out["date"]), where
        if out["status"] != "unresolved":
            d = iso(out["date"])
            assert d is not None, where
            if exp is not None and exp["latest"]:
                late = d > iso(exp["latest"])
                if out["status"] == "confirmed":
                    assert not late, where
                if out["status"] == "confirmed_late":
                    assert late, where
            if out["by_article"] is None:   # expiry: the deadline (or the 365-day horizon) passed
                assert out["status"] == "refuted", where
                pub = iso(a["published"][:10] if len(a["published"]) >= 10 else a["published"] + "-01")
                assert d == (iso(exp["latest"]) if exp else pub + dt.timedelta(days=365)), where


def render() -> dict[str, str]:
    """Every generated file, path relative to the project root -> content."""
    validate()
    files: dict[str, str] = {}
    wire = sorted((a for a in ARTICLES if a["fmt"] == "wire"), key=lambda a: (a["published"], a["id"]))
    files["examples/articles/wire.jsonl"] = "".join(
        json.dumps({"id": a["id"], "url": a["url"], "published": a["published"], "language": a["language"],
                    "title": a["title"], "text": a["text"], "outlet": a["outlet"]}, ensure_ascii=False) + "\n"
        for a in wire)
    for a in ARTICLES:
        if a["fmt"] == "txt":
            files[f"examples/articles/{a['id']}.txt"] = render_txt(a)
        elif a["fmt"] == "html":
            files[f"examples/articles/{a['id']}.html"] = render_html(a)
    lines = []
    for sid in STORIES:
        arts = sorted((a for a in ARTICLES if a["story"] == sid), key=lambda a: (start_of(a["published"]), a["id"]))
        order = {a["id"]: i for i, a in enumerate(arts)}
        claims = sorted((c for c in CLAIMS if c["article"] in order), key=lambda c: order[c["article"]])
        lines.append(json.dumps({"story": sid, "articles": [gold_article(a) for a in arts], "claims": claims},
                                ensure_ascii=False) + "\n")
    files["examples/gold/stories.jsonl"] = "".join(lines)
    files["examples/feeds/demo.xml"] = render_feed([a for a in ARTICLES if a["fmt"] == "html"])
    return files


def render_feed(items: list[dict]) -> str:
    """RSS 2.0 feed whose entries point at the HTML pages as if served on 127.0.0.1 (not part of the gold)."""
    from email.utils import format_datetime
    out = []
    for a in sorted(items, key=lambda a: a["html_time"], reverse=True):
        when = format_datetime(dt.datetime.fromisoformat(a["html_time"]))
        first = a["text"].split("\n\n")[0]
        out.append(f"""    <item>
      <title>{a['title']}</title>
      <link>http://127.0.0.1/demo/{a['id']}.html</link>
      <guid isPermaLink="false">rumourmill-demo-{a['id']}</guid>
      <pubDate>{when}</pubDate>
      <description>{first}</description>
    </item>""")
    body = "\n".join(out)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>rumourmill demo feed</title>
    <link>http://127.0.0.1/demo/</link>
    <description>The HTML demo articles from the rumourmill example corpus, for documentation and tests. The links are placeholders for a local test server.</description>
{body}
  </channel>
</rss>
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="only report whether the files are up to date")
    args = ap.parse_args()
    files = render()
    stale = [p for p, text in files.items()
             if not (ROOT / p).is_file() or (ROOT / p).read_text(encoding="utf-8") != text]
    generated = {p for p in files if p.startswith("examples/articles/")}
    extra = [str(p.relative_to(ROOT)) for p in ARTICLES_DIR.glob("*")
             if str(p.relative_to(ROOT)) not in generated] if ARTICLES_DIR.is_dir() else []
    if args.check:
        for p in stale:
            print(f"out of date: {p}", file=sys.stderr)
        for p in extra:
            print(f"not generated by this script: {p}", file=sys.stderr)
        if stale or extra:
            print("Run: python scripts/build_gold.py", file=sys.stderr)
            return 1
        print(f"up to date: {len(files)} files, {len(ARTICLES)} articles, {len(CLAIMS)} claims")
        return 0
    for p in extra:
        (ROOT / p).unlink()
    for p, text in files.items():
        (ROOT / p).parent.mkdir(parents=True, exist_ok=True)
        (ROOT / p).write_text(text, encoding="utf-8")
    print(f"wrote {len(files)} files: {len(STORIES)} stories, {len(ARTICLES)} articles, {len(CLAIMS)} claims")
    return 0


if __name__ == "__main__":
    sys.exit(main())
