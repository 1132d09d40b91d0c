"""rumourmill: track rumours in the news against what actually happened."""

__version__ = "0.1.0"
