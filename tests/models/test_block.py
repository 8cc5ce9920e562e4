"""model.score inside a real rule on the real engine: normal, anomalous, and every way it must say UNKNOWN."""

from __future__ import annotations

import copy
import hashlib
import logging

import numpy as np
import onnx
import pytest
from onnx import numpy_helper

from core.models.store import ModelStore
from core.runtime.decisions import explain
from plugins.models.score import STATE_KEY

from .conftest import engine, feed, normal_rows, rule_doc, states


def anomalous_rows(n: int) -> np.ndarray:
    rows = normal_rows(n, seed=5)
    rows[:, 0] -= 6.0  # the valve closes: flow drops, pressure does not follow
    return rows


def store_with(desc, data) -> ModelStore:  # type: ignore[no-untyped-def]
    s = ModelStore()
    s.install(desc, data)
    return s


def unknown_text(eng) -> str:  # type: ignore[no-untyped-def]
    d = next(d for d in eng.decisions if d.state == "unknown")
    return d.explanation["en"] + " | " + d.explanation["zh"]


def explanation_now(eng) -> str:  # type: ignore[no-untyped-def]
    """What the rule's explanation says at this instant. The engine reports UNKNOWN once per episode, so a
    cause that appears later in the same episode (NaN after the window filled) is read here."""
    ri = eng.instances["t.pump.anomaly"]
    assert ri.vals[ri.rule.cond_slots[0]] is None  # the rule is UNKNOWN right now
    text = explain(ri.rule, ri.vals, "unknown", "unknown", [], ri.feeds, ri.node_state)
    return text["en"] + " | " + text["zh"]


def test_registered_through_the_builtin_entry_point(host):  # type: ignore[no-untyped-def]
    assert host.registry.blocks.owner("model.score") == "builtin.models"


def test_normal_then_anomalous_fires_with_version_and_top_features(registry, fitted):  # type: ignore[no-untyped-def]
    eng = engine(registry, store_with(*fitted))
    t = feed(eng, normal_rows(40, seed=3))
    # the window fills first (UNKNOWN, never "normal"), then the model scores it normal and the episode clears
    assert states(eng) == ["unknown", "cleared"]
    assert "window filling" in eng.decisions[0].explanation["en"]
    feed(eng, anomalous_rows(20), t0=t)
    fired = [d for d in eng.decisions if d.state == "fired"]
    assert len(fired) == 1
    en, zh = fired[0].explanation["en"], fired[0].explanation["zh"]
    assert "model t.pump v1" in en and "ANOMALOUS" in en and "top contributions: flow" in en
    assert "模型 t.pump v1" in zh and "主要贡献特征：flow" in zh
    assert fired[0].actions[0]["type"] == "alert"
    assert fired[0].trace["m"] is True


def test_missing_model_is_unknown(registry):  # type: ignore[no-untyped-def]
    eng = engine(registry, ModelStore())
    feed(eng, normal_rows(10))
    assert states(eng) == ["unknown"]
    text = unknown_text(eng)
    assert "model t.pump" in text and "not installed" in text and "未安装" in text
    assert eng.decisions[0].actions and eng.decisions[0].actions[0]["type"] == "alert"


def test_no_model_store_is_unknown(registry):  # type: ignore[no-untyped-def]
    eng = engine(registry, None)
    feed(eng, normal_rows(10))
    assert states(eng) == ["unknown"]
    assert "no model store" in unknown_text(eng)


def test_corrupted_onnx_is_unknown(registry, fitted):  # type: ignore[no-untyped-def]
    desc, data = fitted
    store = ModelStore()
    broken = bytearray(data)
    broken[10:60] = b"\xff" * 50
    desc = {k: v for k, v in desc.items() if k != "onnx_sha256"}
    try:
        store.install(desc, bytes(broken))
        raise AssertionError("a corrupted file was accepted")
    except Exception as e:  # noqa: BLE001 - the type is checked below
        assert e.__class__.__name__ == "ModelError"
    eng = engine(registry, store)
    feed(eng, normal_rows(10))
    assert states(eng) == ["unknown"]
    text = unknown_text(eng)
    assert "model unavailable" in text and ("corrupt" in text or "invalid" in text) and "模型不可用" in text


def test_shape_mismatch_between_descriptor_and_graph_is_unknown(registry, fitted):  # type: ignore[no-untyped-def]
    desc, data = copy.deepcopy(fitted[0]), fitted[1]
    desc["input"]["window"] = 7  # the graph was built for 5
    store = ModelStore()
    try:
        store.install(desc, data)
        raise AssertionError("a shape mismatch was accepted")
    except Exception as e:  # noqa: BLE001
        assert "shape_mismatch" in [p.code for p in e.problems]  # type: ignore[attr-defined]
    eng = engine(registry, store)
    feed(eng, normal_rows(12))
    text = unknown_text(eng)
    assert "shape [batch, 5, 3]" in text and "[?, 7, 3]" in text and "形状" in text


def test_wiring_that_does_not_match_the_features_is_unknown(registry, fitted):  # type: ignore[no-untyped-def]
    doc = rule_doc(ports=("flow", "pressure"))  # temp left unwired
    eng = engine(registry, store_with(*fitted), doc)
    feed(eng, normal_rows(12)[:, :2], ports=("flow", "pressure"))
    assert states(eng) == ["unknown"]
    assert "unwired temp" in unknown_text(eng)


def test_nan_output_is_unknown(registry, fitted):  # type: ignore[no-untyped-def]
    desc, data = copy.deepcopy(fitted[0]), fitted[1]
    model = onnx.load_model_from_string(data)
    for init in model.graph.initializer:
        if init.name == "inv_std":  # a model that was exported with a broken scaler
            init.CopyFrom(numpy_helper.from_array(np.full(3, np.nan, dtype=np.float32), "inv_std"))
    nan_bytes = model.SerializeToString()
    desc["onnx_sha256"] = hashlib.sha256(nan_bytes).hexdigest()
    eng = engine(registry, store_with(desc, nan_bytes))
    feed(eng, normal_rows(12))
    assert states(eng) == ["unknown"]  # from the first sample on (window filling), never "normal"
    assert "window filling" in unknown_text(eng)
    text = explanation_now(eng)
    assert "model t.pump v1" in text and "NaN" in text and "模型 t.pump v1" in text
    assert eng.decisions[0].trace["m"] is None


def test_stale_input_is_unknown(registry, fitted):  # type: ignore[no-untyped-def]
    eng = engine(registry, store_with(*fitted))
    rows = normal_rows(30, seed=3)
    t = feed(eng, rows[:20])
    # pressure goes silent: after 3 periods it is stale, and the model must not keep saying "normal"
    for i, row in enumerate(rows[20:]):
        eng.process(t + i, "P1.flow", float(row[0]))
        eng.process(t + i, "P1.temp", float(row[2]))
    assert states(eng)[-1] == "unknown"
    assert "input pressure is UNKNOWN" in eng.decisions[-1].explanation["en"]


def test_bad_quality_input_is_unknown(registry, fitted):  # type: ignore[no-untyped-def]
    eng = engine(registry, store_with(*fitted))
    t = feed(eng, normal_rows(20, seed=3))
    eng.process(t, "P1.flow", float("nan"))
    eng.process(t, "P1.pressure", 1.0)
    eng.process(t, "P1.temp", 70.0)
    eng.advance(t + 1)
    assert states(eng)[-1] == "unknown"
    assert "input flow is UNKNOWN" in eng.decisions[-1].explanation["en"]


def test_hot_swap_names_each_version(registry, fitted, train, caplog):  # type: ignore[no-untyped-def]
    from core.models.detectors import FitOptions, fit

    from .conftest import features

    store = store_with(*fitted)
    eng = engine(registry, store)
    t = feed(eng, normal_rows(20, seed=3))
    t = feed(eng, anomalous_rows(10), t0=t)
    t = feed(eng, normal_rows(20, seed=4), t0=t)
    assert states(eng) == ["unknown", "cleared", "fired", "cleared"]
    assert all("t.pump v1" in d.explanation["en"] for d in eng.decisions[1:])
    # v2: the same data, an autoencoder, installed while the engine runs
    desc2, data2 = fit("dense_ae", train, features(), "t.pump", 2, FitOptions(window=5))
    with caplog.at_level(logging.INFO, logger="safeblocks.models"):
        store.install(desc2, data2, source="test")
    assert "hot-swapped v1 -> v2" in caplog.text
    assert [(r.old, r.new) for r in store.history] == [(None, 1), (1, 2)]
    t = feed(eng, normal_rows(10, seed=6), t0=t)
    feed(eng, anomalous_rows(10), t0=t)
    assert states(eng)[4:] == ["fired"]
    assert "t.pump v2" in eng.decisions[-1].explanation["en"]
    assert eng.instances["t.pump.anomaly"].node_state["m"][STATE_KEY].version == 2


def test_a_failed_or_older_version_never_replaces_the_running_one(fitted):  # type: ignore[no-untyped-def]
    desc, data = fitted
    store = store_with(desc, data)
    bad = copy.deepcopy(desc)
    bad["version"] = 2
    bad["input"]["window"] = 9
    for attempt in (bad, desc | {"version": 1, "onnx_sha256": "0" * 64}):
        try:
            store.install(attempt, data)
            raise AssertionError("accepted")
        except Exception as e:  # noqa: BLE001
            assert e.__class__.__name__ == "ModelError"
        running = store.get("t.pump")
        assert running is not None and running.version == 1


def test_timers_of_other_blocks_do_not_start_a_timer_chain(registry, fitted):  # type: ignore[no-untyped-def]
    """clear_after_s makes the rule's timer fire between samples, which runs model.score's
    step too; such calls must not keep re-arming timers or score invented rows once the signals stop."""
    doc = rule_doc(stale_factor=1000)
    doc["clear_after_s"] = 2.3
    eng = engine(registry, store_with(*fitted), doc)
    t = feed(eng, normal_rows(20, seed=3))
    t = feed(eng, anomalous_rows(6), t0=t)
    t = feed(eng, normal_rows(8, seed=9), t0=t)
    assert states(eng) == ["unknown", "cleared", "fired", "cleared"]
    # rows are scored half a period after their samples; the clear timer lands at k + 0.5 + 2.3, between samples
    assert eng.decisions[-1].ts % 1.0 == pytest.approx(0.8)
    st = eng.instances["t.pump.anomaly"].node_state["m"][STATE_KEY]
    scored = st.scored
    for k in range(1, 200):
        eng.advance(t + k * 0.25)  # live mode in silence: clock ticks, no events
    assert st.scored <= scored + 1  # at most the last open row; no self-sustaining timer chain


def test_snapshot_mid_window_goes_on_scoring_exactly(registry, fitted):  # type: ignore[no-untyped-def]
    """A runtime restored from a snapshot (through JSON) mid-window scores the same windows as one that
    never stopped: the rows, the open row, its timer and the hysteresis state are window state."""
    import json

    from core.runtime.engine import Engine

    rows = np.vstack([normal_rows(12, seed=3), anomalous_rows(8), normal_rows(10, seed=4)])
    events = [(float(i), f"P1.{p}", float(v)) for i, row in enumerate(rows) for p, v in zip(("flow", "pressure", "temp"), row)]

    def run(cuts: set[int]) -> list[tuple[float, str, str]]:
        store = store_with(*fitted)
        eng = engine(registry, store)
        out = []
        for i, (t, sig, v) in enumerate(events):
            if i in cuts:
                snap = json.loads(json.dumps(eng.snapshot(), allow_nan=False))
                eng = Engine(list(r.rule for r in eng.instances.values()), services={"models": store})
                assert eng.restore(snap).restored == ["t.pump.anomaly"]
            eng.process(t, sig, v)
            out += [(d.ts, d.state, d.explanation["en"]) for d in eng.decisions]
            eng.decisions.clear()
        eng.advance(len(rows) + 5.0)
        return out + [(d.ts, d.state, d.explanation["en"]) for d in eng.decisions]

    whole = run(set())
    assert [s for _, s, _ in whole] == ["unknown", "cleared", "fired", "cleared", "unknown"]
    # cut inside the first window, right after a row was opened, and in the anomalous stretch
    assert run({3, 7, 8, 13, 40, 41, 44, 60, 61}) == whole
    assert run(set(range(0, len(events), 5))) == whole
