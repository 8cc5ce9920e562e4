"""Every detector kind fitted and run through onnxruntime; ``safeblocks model fit / check / eval`` end to end
on SKAB-shaped files generated here (never the real data set)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from core.cli import main
from core.models.detectors import KINDS, FitOptions, fit, sliding
from core.models.onnxio import load_model
from core.models.skab import hysteresis

from .conftest import features, normal_rows

HEADER = "datetime;Flow Rate;Pressure;Temperature;anomaly;changepoint"


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_separates_an_anomaly_and_explains_it(kind, train):  # type: ignore[no-untyped-def]
    desc, data = fit(kind, train, features(), f"t.{kind}", 1, FitOptions(window=5))
    assert desc["kind"] == kind and desc["threshold"]["off"] <= desc["threshold"]["on"]
    m = load_model(desc, data)
    normal = normal_rows(60, seed=11)
    bad = normal.copy()
    bad[:, 0] -= 6.0
    n_scores = [m.run(w)[0] for w in sliding(normal, 5)]
    score, contrib = m.run(bad[-5:])
    assert score > m.threshold_on > float(np.median(n_scores))
    assert int(np.argmax(np.abs(contrib))) == 0  # flow is what changed
    if kind != "zmax":
        assert float(contrib.sum()) == pytest.approx(score, rel=1e-4)  # contributions decompose the score


def test_hysteresis_holds_until_below_off():  # type: ignore[no-untyped-def]
    assert hysteresis(np.array([0.5, 1.2, 0.95, 0.85, 0.95, 1.2]), on=1.0, off=0.9).tolist() == [0, 1, 1, 0, 0, 1]


def _write_skab_like(folder, n_files: int = 2, rows: int = 520) -> None:  # type: ignore[no-untyped-def]
    folder.mkdir()
    t0 = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    for f in range(n_files):
        x = normal_rows(rows, seed=20 + f)
        y = np.zeros(rows, dtype=int)
        y[450:500] = 1
        x[450:500, 0] -= 5.0
        lines = [HEADER]
        for i in range(rows):
            ts = (t0 + timedelta(seconds=i)).strftime("%Y-%m-%d %H:%M:%S")
            lines.append(f"{ts};{x[i, 0]:.4f};{x[i, 1]:.5f};{x[i, 2]:.3f};{y[i]}.0;0.0")
        (folder / f"{f}.csv").write_text("\n".join(lines) + "\n", "utf-8")


def test_cli_fit_then_check(tmp_path, capsys):  # type: ignore[no-untyped-def]
    data_dir = tmp_path / "data"
    _write_skab_like(data_dir, n_files=1)
    out = tmp_path / "models"
    assert main(["model", "fit", "--csv", str(data_dir / "0.csv"), "--kind", "pca_t2q", "--id", "t.cli",
                 "--version", "3", "--window", "5", "--out", str(out)]) == 0
    desc = json.loads((out / "t.cli.json").read_text("utf-8"))
    assert desc["version"] == 3 and [f["name"] for f in desc["input"]["features"]] == ["Flow_Rate", "Pressure", "Temperature"]
    assert desc["training"]["rows"] == 400 and desc["training"]["source"] == "0.csv"
    assert main(["model", "check", str(out)]) == 0
    (out / "t.cli.onnx").write_bytes(b"\x08\x07garbage")
    capsys.readouterr()
    assert main(["model", "check", str(out)]) == 1
    assert "error[onnx_" in capsys.readouterr().out


def test_cli_eval_runs_the_protocol(tmp_path, capsys):  # type: ignore[no-untyped-def]
    folder = tmp_path / "skab_like"
    _write_skab_like(folder)
    capsys.readouterr()
    assert main(["model", "eval", "--skab", str(folder), "--json", "--window", "5"]) == 0
    res = json.loads(capsys.readouterr().out)
    assert res["files"] == 2 and res["fit_rows"] == 400
    assert set(res["detectors"]) == {*KINDS, "zscore_probe"}
    for name, m in res["detectors"].items():
        assert m["rows"] == 2 * 120
        assert 0.0 <= m["far"] <= 1.0 and 0.0 <= m["mar"] <= 1.0
        assert m["latency_us"]["windows"] == 240 and m["latency_us"]["p99"] >= m["latency_us"]["p50"] > 0
        if name != "zscore_probe":
            assert m["f1"] > 0.8  # a 5 L/min drop on a 0.36 L/min noise floor is not subtle
    assert main(["model", "eval", "--skab", str(folder), "--kind", "zmax", "--no-probe", "--window", "5"]) == 0
    text = capsys.readouterr().out
    assert "zmax" in text and "p99" in text and "92.3 %" in text


def test_cli_eval_on_an_empty_folder_is_an_error(tmp_path):  # type: ignore[no-untyped-def]
    assert main(["model", "eval", "--skab", str(tmp_path)]) == 2


def test_cli_replay_with_models(tmp_path, capsys, fitted):  # type: ignore[no-untyped-def]
    from .conftest import rule_doc

    desc, data = fitted
    models = tmp_path / "models"
    models.mkdir()
    (models / "pump.json").write_text(json.dumps(desc), "utf-8")
    (models / "pump.onnx").write_bytes(data)
    (tmp_path / "rule.json").write_text(json.dumps(rule_doc()), "utf-8")
    rows = normal_rows(30, seed=3)
    rows[20:, 0] -= 6.0
    lines = ["ts,signal,value"] + [f"{t},P1.{p},{rows[t, j]:.5f}" for t in range(30) for j, p in enumerate(("flow", "pressure", "temp"))]
    (tmp_path / "events.csv").write_text("\n".join(lines) + "\n", "utf-8")
    capsys.readouterr()
    assert main(["model", "replay", str(tmp_path / "rule.json"), "--events", str(tmp_path / "events.csv"),
                 "--models", str(models)]) == 0
    out = capsys.readouterr()
    recs = [json.loads(line) for line in out.out.splitlines()]
    assert [r["state"] for r in recs] == ["unknown", "cleared", "fired"]
    assert "model t.pump v1" in recs[-1]["explanation"]["en"] and recs[-1]["trace"]["m"] is True
    assert "models: t.pump v1" in out.err
