"""Per-language knowledge, loaded from rumourmill/lang/<code>.toml (one file a language)."""
from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import Any

LANG_DIR = Path(__file__).parent / "lang"


def available() -> list[str]:
    return sorted(p.stem for p in LANG_DIR.glob("*.toml"))


@functools.cache
def load(code: str) -> dict[str, Any]:
    """The whole knowledge file for a language; KeyError if there is none."""
    path = LANG_DIR / f"{code}.toml"
    if not path.exists():
        raise KeyError(f"no knowledge file for language {code!r} (have: {', '.join(available())})")
    with path.open("rb") as f:
        return tomllib.load(f)
