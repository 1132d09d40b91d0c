"""Compiled cues: a Cue's pre-check never changes what its pattern finds."""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from rumourmill.claims.lexicon import Cue, lexicon
from rumourmill.text import sentence_spans

GOLD = Path(__file__).resolve().parents[1] / "examples" / "gold" / "stories.jsonl"


def _sentences(lang: str) -> list[str]:
    out = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        for a in json.loads(line)["articles"]:
            if a["language"] == lang:
                out += [a["text"][x:y] for x, y in sentence_spans(a["text"])]
    return out + ["", "ſ Straße İstanbul", "no cue words at all in this one"]


def _cues(lex) -> list[Cue]:
    found = []
    for f in dataclasses.fields(lex):
        for v in (getattr(lex, f.name) if isinstance(getattr(lex, f.name), tuple) else (getattr(lex, f.name),)):
            v = v[1] if isinstance(v, tuple) else v
            if isinstance(v, Cue):
                found.append(v)
    return found


@pytest.mark.parametrize("lang", ["en", "it", "es", "fr", "de"])
def test_a_cue_finds_what_its_pattern_finds(lang):
    cues = _cues(lexicon(lang))
    assert len(cues) > 20  # most patterns get a pre-check
    skipped = 0
    for s in _sentences(lang):
        for c in cues:
            got, want = c.search(s), c.regex.search(s)
            assert (got and got.span()) == (want and want.span()), (c.pattern[:60], s)
            assert [m.span() for m in c.finditer(s)] == [m.span() for m in c.regex.finditer(s)]
            skipped += c._absent(s)
    assert skipped > 0  # the pre-check does skip sentences
