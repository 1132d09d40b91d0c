"""The optional LLM extractor against a fake OpenAI-compatible server on 127.0.0.1, and the
[extractor] settings that choose it. The article text is our own writing."""
from __future__ import annotations

import datetime as dt
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from rumourmill.claims import timex
from rumourmill.claims.extract import ArticleText
from rumourmill.claims.extractors import RulesExtractor, from_settings
from rumourmill.claims.llm import ANSWER_SCHEMA, LLMError, LLMExtractor, schema_problem
from rumourmill.errors import UserError
from rumourmill.models import Claim, short_hash, to_frame
from rumourmill.settings import ExtractorSettings, load_settings

S1 = ("Brightwater Foods could agree to buy the snack maker Corvo as early as next month, "
      "two people briefed on the talks said.")
S2 = "Brightwater declined to comment."
S3 = "The company sold two million crates of crackers last year."
TEXT = f"{S1} {S2}\n\n{S3}"
ARTICLE = ArticleText("art-1", TEXT, "en", dt.datetime(2024, 5, 10), "day", "Brightwater eyes Corvo")


def claim(**over: Any) -> dict[str, Any]:
    c = {
        "quote": S1, "subject": "Brightwater Foods", "event": "buy Corvo", "event_type": "acquisition",
        "counterparty": "Corvo", "polarity": "positive", "hedge": "reported", "probability": None,
        "attribution_kind": "anonymous_sources", "attribution_name": "two people briefed on the talks",
        "relayed_by": None, "is_prediction": True, "expected_text": "as early as next month",
    }
    c.update(over)
    return c


def completion(content: str, finish: str = "stop") -> tuple[int, bytes]:
    body = {"id": "x", "object": "chat.completion", "model": "test-model",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": finish}]}
    return 200, json.dumps(body).encode()


def answer(*claims: dict[str, Any]) -> tuple[int, bytes]:
    return completion(json.dumps({"claims": list(claims)}))


class FakeOpenAI:
    """POST /v1/chat/completions on an ephemeral loopback port; `reply` maps a request body to (status, bytes)."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict[str, str], dict[str, Any]]] = []
        self.reply: Callable[[dict[str, Any]], tuple[int, bytes]] = lambda body: answer()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                fake.requests.append((self.path, dict(self.headers), body))
                status, data = fake.reply(body) if self.path == "/v1/chat/completions" else (404, b"not found")
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    srv = FakeOpenAI()
    yield srv
    srv.httpd.shutdown()
    srv.httpd.server_close()


def extractor(url: str, **over: Any) -> LLMExtractor:
    return LLMExtractor(ExtractorSettings(kind="llm", url=url, model="test-model", timeout=5.0, **over))


def test_good_answer_becomes_claims_with_project_windows_and_ids(fake):
    fake.reply = lambda body: answer(claim())
    (c,) = extractor(fake.url).extract(ARTICLE)
    a = TEXT.index(S1)
    assert (c.quote, c.char_start, c.char_end) == (S1, a, a + len(S1))
    assert c.claim_id == short_hash("art-1", a, a + len(S1), 0)  # the rules extractor's id for this sentence
    assert (c.subject, c.event_type, c.counterparty, c.hedge) == ("Brightwater Foods", "acquisition", "Corvo", "reported")
    assert (c.attribution_kind, c.attribution_name, c.relayed_by) == ("anonymous_sources", "two people briefed on the talks", None)
    assert c.probability == 0.6  # no stated probability: the hedge's band
    w = timex.normalise("as early as next month", "en", ARTICLE.published_at, "day")
    assert (c.expected_earliest, c.expected_latest, c.expected_grain) == (w.earliest, w.latest, w.grain)
    assert c.expected_earliest == dt.date(2024, 6, 1)
    assert c.is_prediction and c.language == "en" and c.extractor == "llm-test-model-p1"


def test_request_carries_model_schema_text_and_key(fake, monkeypatch):
    monkeypatch.setenv("TEST_LLM_KEY", "secret-123")
    extractor(fake.url, api_key_env="TEST_LLM_KEY", temperature=0.2).extract(ARTICLE)
    ((path, headers, body),) = fake.requests
    assert path == "/v1/chat/completions"
    assert headers["Authorization"] == "Bearer secret-123"
    assert body["model"] == "test-model" and body["temperature"] == 0.2
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["schema"] == ANSWER_SCHEMA
    system, user = body["messages"]
    assert "event_type" in system["content"] and "anonymous_sources" in system["content"]
    assert TEXT in user["content"] and "2024-05-10" in user["content"]


def test_json_object_mode_puts_the_schema_in_the_prompt(fake):
    extractor(fake.url, response_format="json_object").extract(ARTICLE)
    body = fake.requests[0][2]
    assert body["response_format"] == {"type": "json_object"}
    assert '"anonymous_sources"' in body["messages"][0]["content"]


def test_quote_not_in_article_is_dropped_and_whitespace_may_differ(fake):
    invented = claim(quote="Brightwater Foods has agreed to buy Corvo for two billion euros.")
    partial = claim(quote="Brightwater  declined\nto comment", event_type="announcement", hedge="official",
                    attribution_kind="official", attribution_name="Brightwater", expected_text=None, is_prediction=False)
    partial["relayed_by"] = " "
    fake.reply = lambda body: answer(invented, partial)
    (c,) = extractor(fake.url).extract(ARTICLE)
    assert c.quote == S2 and c.char_start == TEXT.index(S2)  # widened to the whole sentence
    assert c.expected_text is None and c.expected_latest is None and c.relayed_by is None


def test_two_events_in_one_sentence_get_distinct_stable_ids(fake):
    fake.reply = lambda body: answer(claim(), claim(event_type="partnership"), claim())
    claims = extractor(fake.url).extract(ARTICLE)
    assert [c.event_type for c in claims] == ["acquisition", "partnership"]  # duplicate dropped
    assert len({c.claim_id for c in claims}) == 2


def test_claims_pass_the_claims_quality_suite(fake):
    from rumourmill import quality

    fake.reply = lambda body: answer(claim())
    result = quality.validate(to_frame(extractor(fake.url).extract(ARTICLE), Claim), "claims")
    assert result.bad.empty and len(result.good) == 1


@pytest.mark.parametrize("content, words", [
    ("Sure! Here are the claims: none.", "not JSON"),
    (json.dumps({"claims": [claim(hedge="maybe")]}), "answer.claims[0].hedge = 'maybe' is not one of"),
    (json.dumps({"claims": [claim(probability=1.5)]}), "outside"),
    (json.dumps({"items": []}), "lacks 'claims'"),
])
def test_unusable_answers_raise_one_clear_sentence(fake, content, words):
    fake.reply = lambda body: completion(content)
    with pytest.raises(LLMError, match="art-1") as e:
        extractor(fake.url).extract(ARTICLE)
    assert words in str(e.value) and "\n" not in str(e.value)


def test_fenced_json_is_accepted(fake):
    fake.reply = lambda body: completion("```json\n" + json.dumps({"claims": [claim()]}) + "\n```")
    assert len(extractor(fake.url).extract(ARTICLE)) == 1


def test_http_errors_and_cut_answers_raise(fake):
    fake.reply = lambda body: (500, b'{"error": "model not loaded"}')
    with pytest.raises(LLMError, match="answered HTTP 500.*model not loaded"):
        extractor(fake.url).extract(ARTICLE)
    fake.reply = lambda body: completion('{"claims": [', finish="length")
    with pytest.raises(LLMError, match="token limit"):
        extractor(fake.url).extract(ARTICLE)
    fake.reply = lambda body: (200, b'{"message": {"content": "hi"}}')  # Ollama's own API, not OpenAI's
    with pytest.raises(LLMError, match="OpenAI chat-completions format"):
        extractor(fake.url).extract(ARTICLE)
    with pytest.raises(LLMError, match="HTTP 404 .*base URL"):
        extractor(fake.url.removesuffix("/v1")).extract(ARTICLE)


def test_unreachable_endpoint_fails_fast_after_a_few_tries():
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    ex = extractor(f"http://127.0.0.1:{port}/v1")
    for _ in range(3):
        with pytest.raises(LLMError, match="could not be reached"):
            ex.extract(ARTICLE)
    with pytest.raises(LLMError, match="skipped.*3 times in a row"):
        ex.extract(ARTICLE)
    ex._last_failure -= 3600  # an hour later (a long-lived worker): it tries the server again
    with pytest.raises(LLMError, match="could not be reached"):
        ex.extract(ARTICLE)


def test_long_articles_go_in_chunks_of_whole_sentences(fake):
    extractor(fake.url, max_chars=200).extract(ARTICLE)
    texts = [body["messages"][1]["content"].split("Article text:\n", 1)[1] for _, _, body in fake.requests]
    assert texts == [f"{S1} {S2}", S3]


def test_schema_problem_accepts_a_good_answer_and_ignores_extra_keys():
    assert schema_problem({"claims": [claim(note="extra")]}, ANSWER_SCHEMA) is None
    assert schema_problem({"claims": [claim(is_prediction="yes")]}, ANSWER_SCHEMA).startswith("answer.claims[0].is_prediction")


# -- settings


@pytest.fixture
def clean_env(monkeypatch, tmp_path):
    import os

    for name in list(os.environ):
        if name.startswith("RUMOURMILL_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(tmp: Path, body: str) -> str:
    (tmp / "rumourmill.toml").write_text(body, encoding="utf-8")
    return str(tmp / "rumourmill.toml")


def test_rules_is_the_default(clean_env):
    s = load_settings()
    assert s.extractor.kind == "rules"
    assert isinstance(from_settings(s), RulesExtractor)


def test_extractor_section_and_env_override(clean_env, monkeypatch):
    cfg = write(clean_env, '[extractor]\nkind = "llm"\nurl = "http://localhost:11434/v1"\nmodel = "qwen2.5:7b"\n'
                           'timeout = 60\nmax_chars = 3000\n')
    monkeypatch.setenv("RUMOURMILL_EXTRACTOR_MODEL", "llama3.1:8b")
    monkeypatch.setenv("RUMOURMILL_EXTRACTOR_TEMPERATURE", "0.3")
    ex = load_settings(cfg).extractor
    assert (ex.kind, ex.url, ex.model, ex.timeout, ex.max_chars, ex.temperature) == (
        "llm", "http://localhost:11434/v1", "llama3.1:8b", 60.0, 3000, 0.3)
    chosen = from_settings(load_settings(cfg))
    assert isinstance(chosen, LLMExtractor) and chosen.version == "llm-llama3.1:8b-p1"


def test_sample_config_loads():
    sample = Path(__file__).resolve().parents[1] / "examples" / "rumourmill.llm.toml"
    ex = load_settings(str(sample)).extractor
    assert ex.kind == "llm" and ex.url.startswith("http://localhost")


@pytest.mark.parametrize("body, words", [
    ('kind = "neural"', "kind = 'neural' is not one of rules, llm"),
    ('kind = "llm"\nmodel = "m"', "needs url"),
    ('kind = "llm"\nurl = "http://localhost:8000/v1"', "needs model"),
    ('api_key = "sk-123"', "must not hold the API key"),
    ('api_key_env = "sk-abc-123"', "should be the name of an environment variable"),
    ('colour = "red"', "unknown [extractor] settings ['colour']"),
    ('timeout = "soon"', "timeout = 'soon' should be a number"),
    ('max_chars = 10', "too small"),
])
def test_bad_extractor_settings_give_one_sentence(clean_env, body, words):
    with pytest.raises(UserError) as e:
        load_settings(write(clean_env, "[extractor]\n" + body + "\n"))
    assert words in str(e.value) and "\n" not in str(e.value)


def test_bad_env_override_and_missing_key(clean_env, monkeypatch):
    monkeypatch.setenv("RUMOURMILL_EXTRACTOR_TIMEOUT", "later")
    with pytest.raises(UserError, match="RUMOURMILL_EXTRACTOR_TIMEOUT='later' is not a valid number"):
        load_settings()
    monkeypatch.delenv("RUMOURMILL_EXTRACTOR_TIMEOUT")
    monkeypatch.setenv("RUMOURMILL_EXTRACTOR_COLOUR", "red")
    with pytest.raises(UserError, match="names no extractor setting"):
        load_settings()
    monkeypatch.delenv("RUMOURMILL_EXTRACTOR_COLOUR")
    cfg = write(clean_env, '[extractor]\nkind = "llm"\nurl = "http://localhost:8000/v1"\nmodel = "m"\n'
                           'api_key_env = "RUMOURMILL_TEST_UNSET_KEY"\n')
    with pytest.raises(UserError, match="RUMOURMILL_TEST_UNSET_KEY named by \\[extractor\\] api_key_env is not set"):
        from_settings(load_settings(cfg))


def test_windows_use_the_article_language_and_english_as_fallback(fake):
    it = ArticleText("art-it", "Secondo indiscrezioni, Brightwater lancerebbe il nuovo snack entro la fine del 2025.", "it",
                     dt.datetime(2024, 5, 10), "month")
    for expression in ("entro la fine del 2025", "by the end of 2025"):
        fake.reply = lambda body: answer(claim(quote=it.text, expected_text=expression, event_type="product_launch"))
        (c,) = extractor(fake.url).extract(it)
        assert (c.expected_earliest, c.expected_latest) == (dt.date(2024, 5, 1), dt.date(2025, 12, 31))


def test_cli_extract_with_a_missing_key_is_one_sentence_before_any_flow(clean_env, capsys):
    from rumourmill import cli

    cfg = write(clean_env, '[extractor]\nkind = "llm"\nurl = "http://localhost:8000/v1"\nmodel = "m"\n'
                           'api_key_env = "RUMOURMILL_TEST_UNSET_KEY"\n')
    assert cli.main(["--config", str(cfg), "run"]) == 2
    err = capsys.readouterr().err.strip()
    assert "RUMOURMILL_TEST_UNSET_KEY" in err and "\n" not in err and "Traceback" not in err
