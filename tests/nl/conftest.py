"""Fixtures of the sentence-compiler tests: one plugin host, one lexicon, a replay helper."""

from __future__ import annotations

from typing import Any

import pytest

from core.nl.lexicon import Lexicon, load_lexicon
from core.plugins import PluginHost
from core.rules.compile import CompiledRule, compile_rule
from core.rules.document import RuleSource
from core.runtime.engine import Engine


@pytest.fixture(scope="session")
def nl_host() -> PluginHost:
    return PluginHost.load()


@pytest.fixture(scope="session")
def nl_lexicon(nl_host: PluginHost) -> Lexicon:
    return load_lexicon(nl_host)


def compiled(doc: dict[str, Any], host: PluginHost) -> CompiledRule:
    return compile_rule(RuleSource(doc), host.registry)


def replay(rule: CompiledRule, events: list[tuple[float, str, Any]], until: float | None = None) -> Engine:
    eng = Engine([rule])
    for ts, sig, val in events:
        eng.process(float(ts), sig, val)
    if until is not None:
        eng.advance(float(until))
    return eng
