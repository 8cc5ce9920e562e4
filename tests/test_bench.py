"""`safeblocks bench` runs every part and its counts make sense (no timing is asserted: figures are reported)."""

from __future__ import annotations

import json
import subprocess
import sys


def test_bench_runs_every_part_at_small_scale() -> None:
    out = subprocess.run([sys.executable, "-m", "core.cli", "bench", "--json", "--scale", "0.05"],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    r = json.loads(out.stdout)
    a, b = r["a_batch_threshold"], r["b_batch_sustained_300s"]
    # 1 % of the 10,000 ruled signals run an excursion: each threshold rule fires exactly once
    assert a["decisions"] == 100 and a["events"] == 200_000
    # 200,000 events at 10,000 per 1 s tick is 20 s of plant time: too short for 300 s sustained
    assert b["decisions"] == 0
    for part in (a, b, r["c_live"]):
        assert part["events_per_s"] > 0 and part["floor_events_per_s"] > 0
    assert r["c_live"]["latency_us_p99"] >= r["c_live"]["latency_us_p50"] > 0
    assert r["d_replay_csv"]["lines"] == 50_000 and r["d_replay_csv"]["bad_lines"] == 0
    assert r["e_chemical_pack"]["rules"] >= 12 and r["e_chemical_pack"]["decisions"] > 0
    assert r["memory"]["live_bytes_per_signal"] > r["memory"]["batch_bytes_per_signal"] > 0
    assert r["snapshot"]["rules"] == 500 and r["snapshot"]["bytes"] > 500 * 100 and r["snapshot"]["restore_s"] > 0
