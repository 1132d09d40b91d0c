"""Reading JSON Lines with line numbers, so a bad line can be named.

`capped_lines` is the streaming reader under bulk article import: one line in memory at a
time, each line capped, so a file of any size can be read with flat memory.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Iterator

from rumourmill.errors import UserError

_DRAIN = 1 << 16  # bytes read at a time while skipping the rest of an oversized line
HEAD_BYTES = 8192  # bytes kept from an oversized line (for the quarantine payload)


@dataclass
class Line:
    """One physical line: its number, its bytes without the line ending, and its size.

    `content` is None for a line over the cap; `head` then holds its first HEAD_BYTES bytes.
    """

    number: int
    content: bytes | None
    size: int
    head: bytes = b""

    @property
    def oversized(self) -> bool:
        return self.content is None


def capped_lines(stream: BinaryIO, max_bytes: int | None = None) -> Iterator[Line]:
    """The lines of a binary stream (ended by \\n, \\r\\n accepted), read one at a time.

    A line longer than `max_bytes` (line ending not counted) is never held whole: its first
    bytes are kept, the rest is read in chunks and dropped, and it comes back oversized, so
    memory stays within about max_bytes whatever the size of the file or of the line.
    """
    limit = -1 if max_bytes is None else max_bytes + 2  # room for the \r\n of a line exactly at the cap
    n = 0
    while True:
        raw = stream.readline(limit)
        if not raw:
            return
        n += 1
        ended = raw.endswith(b"\n")
        content = _strip_ending(raw)
        if max_bytes is None or len(content) <= max_bytes:  # unended and short: the last line
            yield Line(n, content, len(content))
            continue
        size, tail, head = len(raw), raw[-2:], raw[:HEAD_BYTES]
        while not ended:
            more = stream.readline(_DRAIN)
            if not more:
                break
            ended = more.endswith(b"\n")
            size += len(more)
            tail = (tail + more)[-2:]
            if len(head) < HEAD_BYTES:
                head += more[: HEAD_BYTES - len(head)]
        if ended:
            size -= 2 if tail == b"\r\n" else 1
            head = head[:size]
        yield Line(n, None, size, head)


def _strip_ending(raw: bytes) -> bytes:
    if raw.endswith(b"\r\n"):
        return raw[:-2]
    if raw.endswith(b"\n"):
        return raw[:-1]
    return raw


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
