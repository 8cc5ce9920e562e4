"""Synthetic plant data, real ONNX files fitted on it, and a small rule that uses them.

Nothing here reads /work/shared: the data are generated, so the suite runs anywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pytest

from core.models.detectors import FitOptions, fit
from core.models.store import ModelStore
from core.rules.compile import compile_rule
from core.rules.document import RuleSource
from core.runtime.engine import Engine

FEATURES = ("flow", "pressure", "temp")
WINDOW = 5


def normal_rows(n: int, seed: int = 0) -> np.ndarray:
    """A pump at steady state: flow and pressure move together, a slowly drifting temperature."""
    rng = np.random.default_rng(seed)
    common = rng.normal(0, 0.3, n)
    flow = 32 + common + rng.normal(0, 0.2, n)
    pressure = 1.0 + 0.05 * common + rng.normal(0, 0.01, n)
    temp = 70 + np.cumsum(rng.normal(0, 0.02, n))
    return np.column_stack([flow, pressure, temp])


def features() -> list[dict[str, Any]]:
    return [{"name": f, "unit": u} for f, u in zip(FEATURES, ("L/min", "bar", "°C"))]


@pytest.fixture(scope="session")
def train() -> np.ndarray:
    return normal_rows(300)


@pytest.fixture(scope="session")
def fitted(train: np.ndarray) -> tuple[dict[str, Any], bytes]:
    """A PCA T²+Q model, id ``t.pump``, version 1."""
    return fit("pca_t2q", train, features(), "t.pump", 1, FitOptions(window=WINDOW))


def rule_doc(model: str = "t.pump", ports: Sequence[str] = FEATURES, period_s: float = 1.0,
             stale_factor: float = 3.0) -> dict[str, Any]:
    """signal x3 -> model.score -> action.alert, alerting also when UNKNOWN (signals stale after
    period_s x stale_factor without a sample)."""
    nodes: list[dict[str, Any]] = [{"id": p, "block": "signal", "params": {"signal": f"P1.{p}", "period_s": period_s,
                                                                           "stale_factor": stale_factor}}
                                   for p in ports]
    nodes += [{"id": "m", "block": "model.score", "params": {"model": model}},
              {"id": "alert", "block": "action.alert", "params": {"level": "alarm"}}]
    edges = [{"from": f"{p}.value", "to": f"m.{p}"} for p in ports]
    edges.append({"from": "m.anomalous", "to": "alert.when"})
    return {"schema": "safeblocks.rule/1", "id": "t.pump.anomaly", "version": 1, "risk_level": "L2",
            "title": {"zh": "泵异常", "en": "Pump anomaly"}, "on_unknown": "alert", "nodes": nodes, "edges": edges}


def engine(registry: Any, store: ModelStore | None, doc: dict[str, Any] | None = None) -> Engine:
    rule = compile_rule(RuleSource(doc or rule_doc()), registry)
    return Engine([rule], services={} if store is None else {"models": store})


def feed(eng: Engine, rows: Iterable[Sequence[float]], t0: float = 0.0, ports: Sequence[str] = FEATURES) -> float:
    """One row per second, every port's signal at the same event time; returns the next free time."""
    t = t0
    for row in rows:
        for p, v in zip(ports, row):
            eng.process(t, f"P1.{p}", float(v))
        t += 1.0
    eng.advance(t)
    return t


def states(eng: Engine) -> list[str]:
    return [d.state for d in eng.decisions]
