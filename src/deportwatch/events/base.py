"""The one interface every event/claim extractor implements.

The rule-based extractor is the default (no model, CPU only). A statistical or
language-model extractor is added by subclassing :class:`Extractor` and
registering it under a name; ``deportwatch extract --extractor NAME`` and
``deportwatch eval --extractor NAME`` then run and score it beside the others.
"""

from __future__ import annotations

from collections.abc import Callable

from ..record import Article, Claim, Event, Mention


class Extractor:
    """Article and its mentions in, events and claims out."""

    name = "base"

    def extract(self, article: Article, mentions: list[Mention]) -> tuple[list[Event], list[Claim]]:
        raise NotImplementedError

    def wants(self, article: Article) -> bool:
        """Whether the article can hold anything this extractor finds; the pipeline skips the
        mentions stage and ``extract`` for one that cannot (an extractor must then find nothing)."""
        return True


_REGISTRY: dict[str, Callable[[], Extractor]] = {}


def register(name: str, factory: Callable[[], Extractor]) -> None:
    _REGISTRY[name] = factory


_INSTANCES: dict[str, Extractor] = {}


def get_extractor(name: str = "rules") -> Extractor:
    """The extractor registered as ``name`` (one shared instance per name)."""
    if name not in _REGISTRY:
        _load_builtin()
    if name not in _REGISTRY:
        raise ValueError(f"unknown extractor {name!r}; known: {', '.join(sorted(_REGISTRY))}")
    if name not in _INSTANCES:
        _INSTANCES[name] = _REGISTRY[name]()
    return _INSTANCES[name]


def _load_builtin() -> None:
    from . import rules  # noqa: F401  (registers "rules")


class NullExtractor(Extractor):
    """Finds nothing: the baseline against which the others are compared."""

    name = "none"

    def extract(self, article, mentions):
        return [], []


register("none", NullExtractor)
