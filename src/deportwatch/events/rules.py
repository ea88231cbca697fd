"""The default rule-based extractor (placeholder until the rules land)."""

from __future__ import annotations

from .base import Extractor, register


class RuleExtractor(Extractor):
    name = "rules"

    def extract(self, article, mentions):
        return [], []


register("rules", RuleExtractor)
