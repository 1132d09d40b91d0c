"""Settings from rumourmill.toml (or --config), overridden by RUMOURMILL_* variables.

With no configuration the demo corpus in examples/ is the source, so `rumourmill run`
works on a fresh clone with no network.
"""
from __future__ import annotations

import os
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


@dataclass
class Settings:
    db: Path = Path(DEFAULT_DB)
    sources: list[Source] = field(default_factory=lambda: [Source(p) for p in DEMO_SOURCES])
    fetch: dict[str, Any] = field(default_factory=dict)  # FetchSettings fields (timeouts, caps, politeness)
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
