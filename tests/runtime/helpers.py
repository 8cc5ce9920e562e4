"""Rule documents built in tests (kept small and explicit)."""

from __future__ import annotations

from typing import Any

from core.registry import Registry
from core.rules.compile import CompiledRule, compile_rule
from core.rules.document import RuleSource
from core.rules.templates import threshold_rule as threshold_doc

__all__ = ["compiled", "threshold_doc"]


def compiled(doc: dict[str, Any], registry: Registry) -> CompiledRule:
    return compile_rule(RuleSource(doc), registry)
