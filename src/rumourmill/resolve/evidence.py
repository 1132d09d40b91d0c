"""What a quote says about direction and size, for comparing a rumour with an outcome.

"Ronaldo will leave Juventus" is settled by his signing anywhere; "Ronaldo will join City"
is excluded by his signing for United. "A 25 bp rise" is excluded by a 50 bp rise or by a
cut. The words are data (the [outcome] table of each lang/<code>.toml); texts are folded first.
"""
from __future__ import annotations

import functools
import re

from rumourmill import languages
from rumourmill.resolve.names import fold
from rumourmill.text import ascii_fold

_NUMBER = r"(\d+(?:[.,]\d+)?)"


@functools.cache
def _cues() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for code in languages.available():
        for kind, words in languages.load(code).get("outcome", {}).items():
            out.setdefault(kind, []).extend(fold(w) for w in words)
    return out


@functools.cache
def _regex(kind: str, tail: str = "") -> re.Pattern[str]:
    """The cues of a kind as whole words, followed by `tail` (a regex)."""
    words = sorted(set(_cues().get(kind, [])), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b" + tail) if words else re.compile(r"(?!x)x")


@functools.lru_cache(maxsize=200_000)
def has(kind: str, text: str) -> bool:
    """Does the (unfolded) text contain a cue of this kind (leave, join, announce, up, down, hold, complete)?"""
    return _regex(kind).search(fold(text)) is not None


def move_direction(quote: str) -> str | None:
    """"leave" or "join" for a departure claim; None when it says neither or both."""
    leave, join = has("leave", quote), has("join", quote)
    return "leave" if leave and not join else "join" if join and not leave else None


def rate_direction(quote: str) -> str | None:
    up, down = has("up", quote), has("down", quote)
    return "up" if up and not down else "down" if down and not up else None


@functools.lru_cache(maxsize=200_000)
def closes(quote: str) -> bool:
    """The quote is about a deal closing ("would close the purchase by June"), not only mentions
    it in a clause of condition or time ("part of it before the transaction is completed")."""
    text = fold(quote)
    if _regex("complete").search(text) is None:
        return False
    main = _regex("condition", r"[^,;]*").sub(" ", text)  # the clause a condition word opens, to the next comma
    return _regex("complete").search(main) is not None


def holds(quote: str) -> bool:
    """Rates left where they are ("the ECB will pause in July"), and no move named beside it."""
    return has("hold", quote) and not has("up", quote) and not has("down", quote)


def basis_points(quote: str) -> float | None:
    """The size of a rate move in basis points ("a quarter-point cut" -> 25), if stated."""
    ascii_text = ascii_fold(quote)
    f = " ".join(re.sub(r"[^\w.,]+", " ", ascii_text).split())  # keeps "0.25" whole
    if _regex("quarter").search(f):
        return 25.0
    if _regex("half").search(f):
        return 50.0
    for kind, scale in (("bp", 1.0), ("pp", 100.0)):
        m = re.search(r"(?<![\w.,])" + _NUMBER + r"\s*(?:" + _regex(kind).pattern + ")", f)
        if m:
            return float(m.group(1).replace(",", ".")) * scale
    return None


def rate_mismatch(claim_quote: str, evidence_quote: str) -> str | None:
    """Why a rate decision excludes the predicted one ("a 50 bp move, not 25 bp"), or None."""
    cd, ed = rate_direction(claim_quote), rate_direction(evidence_quote)
    if cd and ed and cd != ed:
        return f"a rate {'rise' if ed == 'up' else 'cut'}, not a {'rise' if cd == 'up' else 'cut'}"
    cb, eb = basis_points(claim_quote), basis_points(evidence_quote)
    if cb is not None and eb is not None and abs(cb - eb) > 1e-6:
        return f"a {eb:g} bp move, not {cb:g} bp"
    return None
