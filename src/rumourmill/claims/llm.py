"""Optional claim extractor that asks an OpenAI-compatible chat endpoint (a local Ollama,
vLLM or llama.cpp server, or a hosted API) for claims as JSON under a schema.

The model only reads; everything else stays the project's own, so the two extractors can
be compared with the same scorers:

- every answer is validated (JSON, the schema, DESIGN.md's vocabularies) and a bad one
  raises `LLMError`, so the extraction step quarantines that article and goes on;
- a claim's quote must occur verbatim in the article (whitespace may differ); it is
  widened to the sentence(s) it sits in, exactly as the rules extractor quotes, and a
  claim whose quote is not in the text is dropped and logged (the model made it up);
- windows come from `timex.normalise` on the model's `expected_text`, relative to the
  publication date and its precision, and probabilities default to the hedge's band;
- claim ids hash (article_id, char_start, char_end, n) like the rules extractor, n
  counting the claims of one sentence, so a sentence's first claim has the same id
  whichever extractor found it.

HTTP uses a plain `requests.Session` with timeouts and a response size cap, not the
hardened fetcher: that one refuses loopback and private addresses (its SSRF guard is for
URLs found in feeds), while this endpoint is chosen by the user in the configuration and
is usually on localhost.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import time
from typing import Any

import requests

from rumourmill import text as textmod
from rumourmill.claims import timex
from rumourmill.claims.extract import ArticleText
from rumourmill.claims.hedging import DEFAULT_PROBABILITY
from rumourmill.claims.lexicon import lexicon
from rumourmill.dates import span
from rumourmill.errors import UserError
from rumourmill.models import Claim, short_hash
from rumourmill.settings import ExtractorSettings

log = logging.getLogger("rumourmill.claims.llm")

PROMPT_VERSION = "p1"
"""Bump when the prompt or the schema changes: the version string then changes and articles re-extract."""

MAX_RESPONSE_BYTES = 4 * 1024 * 1024
MIN_QUOTE = 10  # the claims suite's minimum quote length; shorter quotes match too much text
GIVE_UP_AFTER = 3  # consecutive connection failures before later articles fail at once ...
RETRY_AFTER_S = 60.0  # ... for this long, so a dead server costs seconds, not one timeout per article

EVENT_TYPES = ["product_launch", "partnership", "acquisition", "policy", "announcement", "departure", "other"]
HEDGES = ["reported", "rumour", "planned", "official", "opinion"]
ATTRIBUTION_KINDS = ["anonymous_sources", "named_outlet", "named_person", "official", "analyst", "leak", "unattributed"]

_STR = {"type": "string"}
_OPT_STR = {"type": ["string", "null"]}
CLAIM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "quote": _STR,
        "subject": _OPT_STR,
        "event": _OPT_STR,
        "event_type": {"type": "string", "enum": EVENT_TYPES},
        "counterparty": _OPT_STR,
        "polarity": {"type": "string", "enum": ["positive", "negative"]},
        "hedge": {"type": "string", "enum": HEDGES},
        "probability": {"type": ["number", "null"], "minimum": 0, "maximum": 1},
        "attribution_kind": {"type": "string", "enum": ATTRIBUTION_KINDS},
        "attribution_name": _OPT_STR,
        "relayed_by": _OPT_STR,
        "is_prediction": {"type": "boolean"},
        "expected_text": _OPT_STR,
    },
}
CLAIM_SCHEMA["required"] = list(CLAIM_SCHEMA["properties"])  # strict mode: every key present, null when unknown
ANSWER_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["claims"],
    "properties": {"claims": {"type": "array", "items": CLAIM_SCHEMA}},
}

SYSTEM_PROMPT = f"""You extract claims from news articles for a system that later checks which rumours came true.

A claim is a sentence about an event that may happen or is not settled: a prediction, a plan, a report or
rumour passed on from sources, an analyst's estimate, or an official confirmation or denial. Skip settled
background facts, figures about the past and questions. One sentence may carry several claims, one per event.

For each claim give:
- quote: the whole sentence, copied character for character from the article (never paraphrase or translate).
- subject: the company, organisation or person the event is about, as named in the article.
- event: a short description of the event in a few words, e.g. "battery partnership" or "launch first electric van".
- event_type: one of {", ".join(EVENT_TYPES)}. product_launch = unveiled, released, on sale, in production;
  partnership = cooperation, joint venture, supply or manufacturing deal, or talks about one; acquisition =
  takeover, merger, stake, sale of a company; policy = central bank or government decision; announcement =
  a company or person announces or enters something not covered above; departure = someone leaves, is hired
  or moves (executives, players); other = anything else.
- counterparty: the other party of a partnership, acquisition or move, else null.
- polarity: "negative" when the sentence says the event will not happen or denies it, else "positive".
- hedge: one of {", ".join(HEDGES)}. reported = passed on from a source, named or not; rumour = speculation
  with no or only vague attribution; planned = the actor's own stated plan or schedule; official = an official
  statement of fact, confirmation or denial; opinion = an analyst's, expert's or journalist's estimate.
- probability: how likely the sentence says the event is, 0 to 1, or null when it gives no hint.
- attribution_kind: one of {", ".join(ATTRIBUTION_KINDS)} (leak = leaks, online rumours, leakers).
- attribution_name: the original source in the article's own words ("people familiar with the matter",
  "Reuters", a person's name), else null.
- relayed_by: the outlet that passed the source on ("Bloomberg, citing people familiar..." -> "Bloomberg"), else null.
- is_prediction: true when the event lies in the future of the publication date.
- expected_text: the time expression for when the event is expected, copied from the sentence
  ("as early as next week", "by the end of 2023"), else null.

Answer with one JSON object {{"claims": [...]}} and nothing else; {{"claims": []}} when there are none."""


class LLMError(Exception):
    """The endpoint failed or answered something unusable; the message is one sentence."""


class LLMExtractor:
    """Claims from an OpenAI-compatible `/chat/completions` endpoint, one request per chunk of
    at most `max_chars` characters of whole sentences."""

    def __init__(self, settings: ExtractorSettings, session: requests.Session | None = None) -> None:
        self.settings = settings
        self.endpoint = settings.url.rstrip("/") + "/chat/completions"
        self.version = f"llm-{settings.model}-{PROMPT_VERSION}"
        self.session = session or requests.Session()
        self.session.headers["Content-Type"] = "application/json"
        if settings.api_key_env:
            key = os.environ.get(settings.api_key_env)
            if not key:
                raise UserError(f"the environment variable {settings.api_key_env} named by [extractor] api_key_env "
                                "is not set; export it with the endpoint's API key.")
            self.session.headers["Authorization"] = f"Bearer {key}"
        self._failures = 0
        self._last_failure = 0.0

    def extract(self, article: ArticleText) -> list[Claim]:
        text = article.text or ""
        lang = article.language or textmod.detect_language(text)
        if not text.strip() or not lang:
            return []
        spans = list(textmod.sentence_spans(text))
        found: list[tuple[int, int, dict[str, Any]]] = []
        for a, b in self._chunks(spans):
            for item in self._ask(article, lang, text[a:b]):
                where = _locate(text, item["quote"], a, b)
                if where is None:
                    log.warning("article %s: dropped a claim whose quote is not in the text: %.80r",
                                article.article_id, item["quote"])
                    continue
                found.append((*_sentence_of(spans, *where), item))
        return self._claims(article, lang, found)

    # -- requests

    def _chunks(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Runs of whole sentences of at most max_chars; a longer single sentence is skipped
        (no claim sentence is that long, and the cap is what the model's context can take)."""
        out: list[tuple[int, int]] = []
        start = end = None
        for a, b in spans:
            if b - a > self.settings.max_chars:
                continue
            if start is not None and b - start <= self.settings.max_chars:
                end = b
                continue
            if start is not None:
                out.append((start, end))
            start, end = a, b
        if start is not None:
            out.append((start, end))
        return out

    def _ask(self, article: ArticleText, lang: str, chunk: str) -> list[dict[str, Any]]:
        s = self.settings
        published = article.published_at.date().isoformat() if article.published_at else "unknown"
        user = (f"Publication date: {published} (known to the {article.published_precision or 'day'}). "
                f"Language: {lang}.\nTitle: {article.title or ''}\n\nArticle text:\n{chunk}")
        if s.response_format == "json_schema":
            fmt = {"type": "json_schema", "json_schema": {"name": "claims", "strict": True, "schema": ANSWER_SCHEMA}}
            system = SYSTEM_PROMPT
        else:  # plain JSON mode: the schema travels in the prompt instead
            fmt = {"type": "json_object"}
            system = SYSTEM_PROMPT + "\n\nJSON schema of the answer:\n" + json.dumps(ANSWER_SCHEMA)
        body = {
            "model": s.model,
            "messages": [{"role": "system", "content": system}, {"role": "user", "content": user}],
            "temperature": s.temperature,
            "seed": 0,
            "stream": False,
            "response_format": fmt,
        }
        content = self._post(body, article.article_id)
        return _validated(content, self.endpoint, article.article_id)

    def _post(self, body: dict[str, Any], article_id: str) -> str:
        """The first choice's message content; LLMError with one sentence on any failure."""
        where = f"the LLM endpoint {self.endpoint} (article {article_id})"
        if self._failures >= GIVE_UP_AFTER and time.monotonic() - self._last_failure < RETRY_AFTER_S:
            raise LLMError(f"skipped: {where} failed {self._failures} times in a row; "
                           "check that the server is running and rerun `rumourmill extract`.")
        timeout = self.settings.timeout
        try:
            with self.session.post(self.endpoint, json=body, timeout=(min(10.0, timeout), timeout), stream=True) as r:
                raw = _read_capped(r)
        except requests.RequestException as e:
            self._failures += 1
            self._last_failure = time.monotonic()
            raise LLMError(f"{where} could not be reached or timed out after {timeout:g} s "
                           f"({type(e).__name__}); check [extractor] url and timeout.") from None
        self._failures = 0
        if r.status_code == 404:
            raise LLMError(f"{where} answered HTTP 404 (no chat-completions API there); check that [extractor] url "
                           "is the API's base URL, such as http://localhost:11434/v1, and that the model exists.")
        if r.status_code >= 400:
            snippet = raw[:200].decode("utf-8", "replace").replace("\n", " ")
            raise LLMError(f"{where} answered HTTP {r.status_code}: {snippet!r}; check [extractor] url and model.")
        try:
            choice = json.loads(raw)["choices"][0]
            content = choice["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError):
            raise LLMError(f"{where} did not answer in the OpenAI chat-completions format; "
                           "check that [extractor] url ends with the API's base path, such as /v1.") from None
        if choice.get("finish_reason") == "length":
            raise LLMError(f"{where} cut its answer short at the token limit; lower [extractor] max_chars.")
        if not isinstance(content, str):
            raise LLMError(f"{where} answered without text content; check that the model supports chat.")
        return content

    # -- claims

    def _claims(self, article: ArticleText, lang: str, found: list[tuple[int, int, dict[str, Any]]]) -> list[Claim]:
        published = article.published_at or dt.datetime(1970, 1, 1)
        precision = article.published_precision or "day"
        pub_start, _ = span(published, precision)
        try:
            aliases = lexicon(lang).aliases
        except KeyError:
            aliases = {}
        seen: set[tuple[int, int, str]] = set()
        per_sentence: dict[tuple[int, int], int] = {}
        claims: list[Claim] = []
        for a, b, c in sorted(found, key=lambda f: (f[0], f[1], f[2]["event_type"])):
            if (a, b, c["event_type"]) in seen:
                continue  # the same event of the same sentence, from two overlapping asks
            seen.add((a, b, c["event_type"]))
            c = {k: (v.strip() or None) if isinstance(v, str) else v for k, v in c.items()}  # "" means unknown
            n = per_sentence[(a, b)] = per_sentence.get((a, b), -1) + 1
            window = _window(c["expected_text"], lang, published, precision)
            if window is not None and window.latest is not None and window.latest < pub_start:
                window = None  # a date before publication is not an expected window (as the rules extractor does)
            early = window is not None and window.earliest is not None and window.earliest > pub_start
            claims.append(Claim(
                claim_id=short_hash(article.article_id, a, b, n),
                article_id=article.article_id,
                quote=article.text[a:b],
                char_start=a,
                char_end=b,
                subject=aliases.get(c["subject"], c["subject"]),
                event=c["event"],
                event_type=c["event_type"],
                counterparty=aliases.get(c["counterparty"], c["counterparty"]),
                polarity=c["polarity"],
                hedge=c["hedge"],
                probability=float(c["probability"]) if c["probability"] is not None else DEFAULT_PROBABILITY[c["hedge"]],
                attribution_kind=c["attribution_kind"],
                attribution_name=c["attribution_name"],
                relayed_by=c["relayed_by"],
                is_prediction=bool(c["is_prediction"] or early),
                expected_text=c["expected_text"],
                expected_earliest=window.earliest if window else None,
                expected_latest=window.latest if window else None,
                expected_grain=window.grain if window else None,
                language=lang,
                extractor=self.version,
            ))
        return claims


def _window(expression: str | None, lang: str, published: dt.datetime, precision: str) -> timex.Window | None:
    """The project's window for the model's time expression. Models sometimes translate the
    expression instead of copying it, so English is tried too and the reading that covers
    more of the expression wins (the article's language on a tie)."""
    if not expression:
        return None
    found = [timex.normalise(expression, code, published, precision) for code in dict.fromkeys((lang, "en"))]
    return max((w for w in found if w is not None), key=lambda w: len(w.text), default=None)


def _read_capped(r: requests.Response) -> bytes:
    out = bytearray()
    for part in r.iter_content(65536):
        out += part
        if len(out) > MAX_RESPONSE_BYTES:
            raise LLMError(f"the LLM endpoint's answer exceeds {MAX_RESPONSE_BYTES} bytes; lower [extractor] max_chars.")
    return bytes(out)


_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.S)


def _validated(content: str, endpoint: str, article_id: str) -> list[dict[str, Any]]:
    """The answer's claims, after JSON parsing and the schema check (vocabularies included)."""
    fenced = _FENCE.match(content)
    try:
        answer = json.loads(fenced.group(1) if fenced else content)
    except ValueError:
        raise LLMError(f"the LLM endpoint {endpoint} answered text that is not JSON for article {article_id}: "
                       f"{content[:120]!r}.") from None
    problem = schema_problem(answer, ANSWER_SCHEMA)
    if problem:
        raise LLMError(f"the LLM endpoint {endpoint} answered JSON that breaks the claims schema for article "
                       f"{article_id}: {problem}.")
    return answer["claims"]


_TYPES: dict[str, tuple[type, ...]] = {"string": (str,), "number": (int, float), "boolean": (bool,),
                                       "object": (dict,), "array": (list,), "null": (type(None),)}


def schema_problem(value: Any, schema: dict[str, Any], path: str = "answer") -> str | None:
    """The first way `value` breaks `schema`, in words, or None.

    Covers the JSON-schema subset ANSWER_SCHEMA uses (type, enum, required, properties,
    items, minimum, maximum); keys the schema does not name are ignored, not refused.
    """
    types = schema.get("type")
    if types is not None:
        names = [types] if isinstance(types, str) else types
        ok = any(isinstance(value, _TYPES[t]) and not (t == "number" and isinstance(value, bool)) for t in names)
        if not ok:
            return f"{path} should be {' or '.join(names)}, not {value!r:.60}"
    if "enum" in schema and value not in schema["enum"]:
        return f"{path} = {value!r:.60} is not one of {', '.join(map(str, schema['enum']))}"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"] or "maximum" in schema and value > schema["maximum"]:
            return f"{path} = {value} is outside {schema.get('minimum')}..{schema.get('maximum')}"
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                return f"{path} lacks {key!r}"
        for key, sub in schema.get("properties", {}).items():
            if key in value and (problem := schema_problem(value[key], sub, f"{path}.{key}")):
                return problem
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            if problem := schema_problem(item, schema["items"], f"{path}[{i}]"):
                return problem
    return None


def _locate(text: str, quote: str, a: int, b: int) -> tuple[int, int] | None:
    """Where the quote sits, within the chunk [a, b) first, then anywhere; whitespace may differ."""
    quote = quote.strip()
    if len(quote) < MIN_QUOTE:
        return None
    for lo, hi in ((a, b), (0, len(text))):
        i = text.find(quote, lo, hi)
        if i >= 0:
            return i, i + len(quote)
        pattern = re.compile(r"\s+".join(re.escape(w) for w in quote.split()))
        m = pattern.search(text, lo, hi)
        if m:
            return m.span()
    return None


def _sentence_of(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The sentence span(s) covering [start, end): quotes are whole sentences, as the rules extractor's."""
    inside = [(a, b) for a, b in spans if a < end and b > start]
    if not inside:
        return start, end
    return min(start, inside[0][0]), max(end, inside[-1][1])
