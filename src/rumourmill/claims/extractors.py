"""Which extractor turns articles into claims: the rule-based one by default, or another
chosen by configuration. Every extractor has a version string (stored in `extractions`,
so a new version re-extracts) and returns the same Claim records, checked by the same
quality gate and scored by the same scorers."""
from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from rumourmill.claims.extract import EXTRACTOR, ArticleText, extract_article
from rumourmill.models import Claim

if TYPE_CHECKING:
    from rumourmill.settings import Settings


class Extractor(Protocol):
    version: str

    def extract(self, article: ArticleText) -> list[Claim]: ...


class RulesExtractor:
    """The default: rules and per-language knowledge files, no model download."""

    version = EXTRACTOR

    def extract(self, article: ArticleText) -> list[Claim]:
        return extract_article(article)


def rules() -> Extractor:
    return RulesExtractor()


def from_settings(settings: Settings) -> Extractor:
    """The extractor [extractor] kind names: "rules" (default) or "llm" (an OpenAI-compatible
    endpoint; see rumourmill.claims.llm). Settings were validated when they loaded."""
    if settings.extractor.kind == "llm":
        from rumourmill.claims.llm import LLMExtractor  # requests-only, but keep the default path lean

        return LLMExtractor(settings.extractor)
    return rules()
