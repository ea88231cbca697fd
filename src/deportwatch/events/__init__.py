"""Article + mentions -> events and claims, behind one :class:`Extractor` interface."""

from .base import Extractor, get_extractor, register

__all__ = ["Extractor", "get_extractor", "register"]
