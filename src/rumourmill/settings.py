"""Settings from rumourmill.toml (or --config), overridden by RUMOURMILL_* variables.

With no configuration the demo corpus in examples/ is the source, so `rumourmill run`
works on a fresh clone with no network.
"""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rumourmill.errors import UserError

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEMO_SOURCES = [str(PROJECT_ROOT / "examples" / "articles")]
DEFAULT_DB = "data/rumourmill.duckdb"


@dataclass
class Source:
    """One configured source: a feed or page URL, or a path; optional hints."""

    location: str
    language: str | None = None
    outlet: str | None = None
    published: str | None = None


EXTRACTOR_KINDS = ("rules", "llm")
RESPONSE_FORMATS = ("json_schema", "json_object")


@dataclass
class ExtractorSettings:
    """[extractor]: which extractor `rumourmill extract` uses. The other fields matter only
    for kind = "llm" (an OpenAI-compatible chat endpoint); the key itself never sits in the
    file, only the name of the environment variable that holds it."""

    kind: str = "rules"  # one of EXTRACTOR_KINDS
    url: str = ""  # base URL, e.g. http://localhost:11434/v1 (Ollama) or http://localhost:8000/v1 (vLLM)
    model: str = ""
    api_key_env: str = ""  # e.g. "OPENAI_API_KEY"; empty for local servers without keys
    timeout: float = 120.0  # seconds per request
    max_chars: int = 4000  # article text per request, cut at sentence boundaries
    temperature: float = 0.0
    response_format: str = "json_schema"  # "json_object" for servers without JSON-schema output


@dataclass
class Settings:
    db: Path = Path(DEFAULT_DB)
    sources: list[Source] = field(default_factory=lambda: [Source(p) for p in DEMO_SOURCES])
    fetch: dict[str, Any] = field(default_factory=dict)  # FetchSettings fields (timeouts, caps, politeness)
    extractor: ExtractorSettings = field(default_factory=ExtractorSettings)
    config_path: Path | None = None


def load_settings(config: str | None = None, db: str | None = None) -> Settings:
    """Settings from the config file (if any), then the environment, then explicit options."""
    path = Path(config) if config else Path(os.environ.get("RUMOURMILL_CONFIG", "rumourmill.toml"))
    data: dict[str, Any] = {}
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as e:
            raise UserError(f"{path} is not valid TOML ({e}); fix the file or pass another with --config.") from None
    elif config:
        raise UserError(f"the configuration file {path} does not exist; check the --config path.")
    s = Settings(config_path=path if path.exists() else None)
    base = path.parent if path.exists() else Path.cwd()
    if "db" in data:
        s.db = _relative(base, data["db"])
    if "sources" in data:
        s.sources = [_source(base, i, entry, path) for i, entry in enumerate(data["sources"], 1)]
    s.fetch = _checked_fetch(dict(data.get("fetch", {})), path)
    if os.environ.get("RUMOURMILL_DB"):
        s.db = Path(os.environ["RUMOURMILL_DB"])
    if os.environ.get("RUMOURMILL_SOURCES"):
        s.sources = [Source(x.strip()) for x in os.environ["RUMOURMILL_SOURCES"].split(",") if x.strip()]
    s.fetch.update(_fetch_from_env())
    s.extractor = _extractor(data.get("extractor", {}), path)
    if db:
        s.db = Path(db)
    return s


def _relative(base: Path, value: str) -> Path:
    p = Path(value).expanduser()
    return p if p.is_absolute() else base / p


def _source(base: Path, i: int, entry: Any, path: Path) -> Source:
    if isinstance(entry, str):
        entry = {"url": entry} if "://" in entry else {"path": entry}
    if not isinstance(entry, dict) or not (entry.get("url") or entry.get("path")):
        raise UserError(f"{path}: [[sources]] entry {i} needs a `url` or a `path`; add one.")
    loc = entry.get("url") or str(_relative(base, entry["path"]))
    return Source(loc, entry.get("language"), entry.get("outlet"), entry.get("published"))


def _checked_fetch(fetch: dict[str, Any], path: Path) -> dict[str, Any]:
    """The [fetch] table, with unknown keys refused here rather than deep inside a flow."""
    from rumourmill.fetch import FetchSettings

    unknown = sorted(set(fetch) - set(FetchSettings.__dataclass_fields__))
    if unknown:
        raise UserError(f"{path}: unknown [fetch] settings {unknown}; use any of "
                        f"{', '.join(FetchSettings.__dataclass_fields__)}.")
    return fetch


def _fetch_from_env() -> dict[str, Any]:
    """RUMOURMILL_FETCH_<FIELD> for any FetchSettings field, e.g. RUMOURMILL_FETCH_ALLOW_LOOPBACK=1."""
    from rumourmill.fetch import FetchSettings

    defaults = FetchSettings()
    out: dict[str, Any] = {}
    for name, value in os.environ.items():
        if not name.startswith("RUMOURMILL_FETCH_"):
            continue
        field_name = name.removeprefix("RUMOURMILL_FETCH_").lower()
        if not hasattr(defaults, field_name):
            raise UserError(f"{name} names no fetch setting; use one of {', '.join(FetchSettings.__dataclass_fields__)}.")
        kind = type(getattr(defaults, field_name))
        try:
            out[field_name] = value.lower() in ("1", "true", "yes") if kind is bool else kind(value)
        except ValueError:
            raise UserError(f"{name}={value!r} is not a valid {kind.__name__}.") from None
    return out


def _extractor(table: Any, path: Path) -> ExtractorSettings:
    """[extractor] from the file, then RUMOURMILL_EXTRACTOR_<FIELD>, checked once here so a bad
    value stops `rumourmill` with one sentence before any flow starts."""
    fields = ExtractorSettings.__dataclass_fields__
    if not isinstance(table, dict):
        raise UserError(f"{path}: [extractor] must be a table of settings; "
                        "write it as `[extractor]` followed by key = value lines.")
    if "api_key" in table:
        raise UserError(f"{path}: [extractor] must not hold the API key; put it in an environment variable "
                        "and name that variable with api_key_env.")
    unknown = sorted(set(table) - set(fields))
    if unknown:
        raise UserError(f"{path}: unknown [extractor] settings {unknown}; use any of {', '.join(fields)}.")
    defaults = ExtractorSettings()
    values: dict[str, Any] = {}
    for name, value in table.items():
        kind = type(getattr(defaults, name))
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or isinstance(value, bool):
            raise UserError(f"{path}: [extractor] {name} = {value!r} should be a {_TYPE_WORDS[kind]}; fix the value.")
        values[name] = value
    for env, value in os.environ.items():
        if not env.startswith("RUMOURMILL_EXTRACTOR_"):
            continue
        name = env.removeprefix("RUMOURMILL_EXTRACTOR_").lower()
        if name not in fields:
            raise UserError(f"{env} names no extractor setting; use one of {', '.join(fields)}.")
        kind = type(getattr(defaults, name))
        try:
            values[name] = kind(value)
        except ValueError:
            raise UserError(f"{env}={value!r} is not a valid {_TYPE_WORDS[kind]}.") from None
    ex = ExtractorSettings(**values)
    problem = _extractor_problem(ex)
    if problem:
        raise UserError(f"[extractor] in {path} (or RUMOURMILL_EXTRACTOR_*): {problem}.")
    return ex


_TYPE_WORDS = {str: "string", float: "number", int: "whole number"}


def _extractor_problem(ex: ExtractorSettings) -> str | None:
    if ex.kind not in EXTRACTOR_KINDS:
        return f"kind = {ex.kind!r} is not one of {', '.join(EXTRACTOR_KINDS)}"
    if ex.kind == "llm":
        if not re.match(r"https?://[^/\s]+", ex.url):
            return f"kind = \"llm\" needs url, the endpoint's base URL such as http://localhost:11434/v1 (got {ex.url!r})"
        if not ex.model.strip():
            return "kind = \"llm\" needs model, the name the endpoint knows the model by"
    if ex.api_key_env and not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", ex.api_key_env):
        return f"api_key_env = {ex.api_key_env!r} should be the name of an environment variable, not the key itself"
    if not ex.timeout > 0:
        return f"timeout = {ex.timeout} should be a number of seconds above 0"
    if ex.max_chars < 200:
        return f"max_chars = {ex.max_chars} is too small to hold a few sentences; use 200 or more"
    if not 0 <= ex.temperature <= 2:
        return f"temperature = {ex.temperature} should be between 0 and 2"
    if ex.response_format not in RESPONSE_FORMATS:
        return f"response_format = {ex.response_format!r} is not one of {', '.join(RESPONSE_FORMATS)}"
    return None
