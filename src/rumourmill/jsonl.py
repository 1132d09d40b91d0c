"""Reading JSON Lines with line numbers, so a bad line can be named."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

from rumourmill.errors import UserError


def read_jsonl(path: str | Path) -> Iterator[tuple[int, Any]]:
    """(line number, parsed object) for each non-blank line; UserError names the bad line."""
    p = Path(path)
    if not p.is_file():
        raise UserError(f"{p} does not exist or is not a file; give the path of a JSONL file.")
    with p.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                yield n, json.loads(line)
            except json.JSONDecodeError as e:
                raise UserError(f"{p}:{n} is not valid JSON ({e.msg}); fix or remove that line.") from None
