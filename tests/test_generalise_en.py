"""English claim extraction on general news wording (sentences of our own writing, none from the demo corpus):
background sentences (past perfect, views held for months, critics' warnings, what a merger would create)
that are no claims, appointments and stays, central-bank actions, deal terms, outlets named before a
descriptor ("the X business daily reported"), descriptions as speakers, and sources after "according to"."""
from __future__ import annotations

import datetime as dt
import functools

import pytest

from sentences import about as _about
from sentences import claim, claims

_claims = functools.partial(claims, lang="en")
_claim = functools.partial(claim, lang="en")
from rumourmill.claims.lexicon import lexicon


MERGER = "Acme Corp is in talks to buy Widget Inc, people familiar with the matter said. "


@pytest.mark.parametrize("background", [
    "Widget had rejected two earlier approaches from Acme, arguing that regulators would block a deal.",
    "Analysts had been split over whether Acme would raise its offer.",
    "The two companies had clashed in court, and Widget had warned that a sale might destroy value.",
    "Acme chief executive Jane Doe has said for years that the group would stay independent.",
    "Widget has long argued that its software business would be worth more on its own.",
    "Acme chief executive Jane Doe has said repeatedly that the group would stay independent.",
    "Consumer groups have warned that the tie-up would push up prices.",
    "A merger would create the largest toolmaker in Europe.",
    "A tie-up would have been the biggest deal in the sector.",
])
def test_background_sentences_are_no_claims(background):
    claims = _claims(MERGER + background)
    assert all(background[:30] not in c.quote for c in claims), [c.quote for c in claims]
    assert _about(claims, "is in talks").event_type == "acquisition"


def test_past_perfect_with_a_window_ahead_stays_a_claim():
    claims = _claims(MERGER + "Acme had agreed to sell its pumps unit to Gizmo, the people said, and the sale "
                     "would close in September.")
    c = _about(claims, "had agreed")
    assert c.attribution_kind == "anonymous_sources"
    assert c.expected_latest == dt.date(2024, 9, 30)


def test_future_main_clause_with_a_past_perfect_aside_stays_a_claim():
    claims = _claims(MERGER + "Acme will also buy Gizmo, which had rejected two earlier offers.")
    assert _about(claims, "Gizmo").event_type == "acquisition"


def test_past_perfect_attributed_to_sources_stays_a_claim():
    claims = _claims(MERGER + "Acme had held talks with Gizmo about a joint bid, one of the people said.")
    assert _about(claims, "had held talks").attribution_kind == "anonymous_sources"


def test_background_hook_is_filled_and_leaves_plain_statements_alone():
    bg = lexicon("en").background
    assert bg.search("The bank had raised rates twice before the election.")
    assert not bg.search("Acme will buy Widget, people familiar with the matter said.")
    assert not bg.search("The bank said it had raised rates.")  # an official statement of what happened


@pytest.mark.parametrize("text,who", [
    ("Orbit Motors named Sarah Klein as chief executive. Klein will take up the post on 1 July, the company said.",
     "Sarah Klein"),
    ("Orbit Motors named Sarah Klein as chief executive. Tom Baker will remain chairman of the group, "
     "Orbit Motors said.", "Tom Baker"),
])
def test_taking_up_a_post_or_staying_on_is_a_departure_event(text, who):
    c = _about(_claims(text), who.split()[0])
    assert c.event_type == "departure"
    assert c.subject == who
    assert c.attribution_kind == "official"


def test_naming_a_chief_executive_is_an_official_appointment():
    c = _about(_claims("Orbit Motors named Sarah Klein as its new chief executive, the carmaker said in a "
                       "statement."), "named")
    assert c.event_type == "departure"
    assert c.hedge == "official"
    assert c.attribution_name == "the carmaker"


@pytest.mark.parametrize("sentence", [
    "The Reserve Bank of Australia would slow its bond purchases from July, the people said.",
    "The Reserve Bank of Australia is likely to abandon yield curve control next month, according to people "
    "familiar with its thinking.",
])
def test_central_bank_instruments_are_policy(sentence):
    c = _claim(sentence)
    assert c.event_type == "policy"
    assert c.attribution_kind == "anonymous_sources"


def test_rate_increase_expected_by_economists_is_a_claim():
    c = _about(_claims("The Reserve Bank of Australia is set to raise interest rates in June, people familiar with "
                       "the matter said. Most economists expect the bank to deliver one more rate increase by the end "
                       "of the year."), "economists")
    assert c.event_type == "policy"
    assert c.attribution_kind == "analyst"
    assert c.expected_latest == dt.date(2024, 12, 31)


def test_acronym_of_a_central_bank_is_aliased():
    c = _about(_claims("The Reserve Bank of India will cut rates in June, sources said. The RBI would also buy "
                       "fewer bonds, the sources said."), "RBI")
    assert c.subject == "Reserve Bank of India"


def test_description_of_a_central_bank_speaks_officially():
    c = _about(_claims("The Reserve Bank of Australia raised rates in March. The central bank said it would "
                       "halve its bond purchases in the third quarter."), "central bank said")
    assert c.attribution_kind == "official"
    assert c.attribution_name.lower() == "the central bank"
    assert c.hedge == "official"
    assert c.event_type == "policy"


@pytest.mark.parametrize("sentence", [
    "Nova Air would pay $12.40 per share in cash, according to the people.",
    "Nova Air would owe Sky Jet a break-up fee of $50 million if regulators block the deal, the sources said.",
])
def test_deal_terms_are_an_acquisition(sentence):
    claims = _claims("Nova Air is nearing a deal to buy Sky Jet, people familiar with the matter said. " + sentence)
    c = _about(claims, sentence[:20])
    assert c.event_type == "acquisition"
    assert c.attribution_kind == "anonymous_sources"
    assert c.hedge == "reported"


def test_source_after_according_to_the_people():
    c = _about(_claims(MERGER + "Acme would pay part of the price in shares, according to the people."), "in shares")
    assert c.attribution_kind == "anonymous_sources"
    assert "people" in c.attribution_name


def test_outlet_named_before_its_descriptor():
    c = _claim("Acme Corp is set to buy Widget Inc next month, the Financial Times business daily reported.")
    assert c.attribution_kind == "named_outlet"
    assert c.attribution_name.startswith("Financial Times")  # "Financial Times business daily": its own words
    assert c.hedge == "reported"  # "is set to" is the outlet's report, not the actor's plan


def test_two_companies_announcing_speak_officially():
    c = _claim("Nova Air will buy Sky Jet for $12.40 per share in cash, the two companies announced.")
    assert c.attribution_kind == "official"
    assert c.attribution_name == "the two companies"
    assert c.event_type == "acquisition"


def test_capitalised_common_noun_opening_a_sentence_is_no_subject():
    c = _about(_claims("The Reserve Bank of India will cut rates in June, sources said. Government bond purchases "
                       "would continue at the current pace, one of the sources added."), "Government")
    assert c.subject != "Government"


def test_past_perfect_relayed_by_an_outlet_stays_a_claim():
    claims = _claims(MERGER + "Acme had approached Gizmo about a merger, the Financial Times wrote.")
    assert _about(claims, "had approached").attribution_kind == "named_outlet"
    assert not [c for c in _claims(MERGER + "Acme had approached Gizmo about a merger.") if "approached" in c.quote]


def test_closing_pending_antitrust_approval_is_the_deal():
    claims = _claims("Zenith Pharma will acquire BioNova for $45 a share in cash, the companies said. The deal is "
                     "expected to close in the fourth quarter, pending antitrust approval.")
    c = _about(claims, "fourth quarter")
    assert c.event_type == "acquisition"
    assert c.subject == "Zenith Pharma"


@pytest.mark.parametrize("tail,name", [
    ("the Kommersant business daily reported.", "Kommersant business daily"),
    ("the Zeitgeist news agency reported.", "Zeitgeist news agency"),
    ("Handelsblatt, a German business newspaper, reported.", "Handelsblatt"),
])
def test_unknown_outlet_with_a_descriptor_is_an_outlet_not_an_official(tail, name):
    c = _claim("Acme Corp could announce a bid for Widget Inc as soon as next week, " + tail)
    assert c.attribution_kind == "named_outlet"
    assert c.attribution_name.startswith(name)
    assert c.hedge == "reported"


@pytest.mark.parametrize("tail,outlet", [
    ("Bloomberg's Mark Gurman reported.", "Bloomberg"),
    ("CNBC's David Faber reported.", "CNBC"),
])
def test_reporter_of_a_known_outlet_relays_the_outlet(tail, outlet):
    c = _claim("Acme Corp is preparing a bid for Widget Inc, " + tail)
    assert (c.attribution_kind, c.attribution_name) == ("named_outlet", outlet)
    assert c.hedge == "reported"


def test_expected_retirement_is_a_departure_of_the_person():
    c = _claim("Harbor Bank's chief executive John Reed is expected to retire next year, people familiar with the "
               "matter said.")
    assert (c.event_type, c.subject) == ("departure", "John Reed")


def test_central_bank_beginning_to_cut_is_policy():
    c = _about(_claims("The Reserve Bank of Australia is expected to hold rates in May, economists said. The central "
                       "bank would then begin cutting in August, most economists expect."), "begin cutting")
    assert c.event_type == "policy"
    assert c.attribution_kind == "analyst"


def test_capitalised_common_noun_opening_a_sentence_yields_to_the_article_company():
    c = _about(_claims("Orbit Motors will invest $2 billion in a new plant in Mexico, the automaker said. Production "
                       "is scheduled to begin in 2026."), "Production")
    assert c.subject == "Orbit Motors"
