"""The decision log is tamper-evident: a verifier names the first altered record."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.runtime.decisions import DecisionLog, verify_chain
from core.runtime.engine import Engine
from core.runtime.session import replay

from .helpers import compiled, threshold_doc


def _log(registry) -> list[dict]:  # type: ignore[no-untyped-def, type-arg]
    eng = Engine([compiled(threshold_doc("r", "S", value=10.0, period_s=None), registry)])
    from core.runtime.events import Event

    out = io.StringIO()
    events = [Event(float(t), "S", 20.0 if t % 4 < 2 else 0.0) for t in range(40)]
    decisions = replay(eng, events, DecisionLog(out))
    assert len(decisions) == 20
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_untouched_log_verifies(registry):  # type: ignore[no-untyped-def]
    res = verify_chain(_log(registry))
    assert res.ok and res.records == 20


@pytest.mark.parametrize("index", [0, 7, 19])
@pytest.mark.parametrize("field,value", [("state", "unknown"), ("ts", "2030-01-01T00:00:00Z"), ("inputs", {"S": 1.0})])
def test_tampered_record_fails_at_the_first_altered_record(registry, index, field, value):  # type: ignore[no-untyped-def]
    recs = _log(registry)
    recs[index][field] = value
    res = verify_chain(recs)
    assert not res.ok and res.first_bad == index + 1


def test_deleted_or_reordered_record_is_detected(registry):  # type: ignore[no-untyped-def]
    recs = _log(registry)
    assert verify_chain(recs[:5] + recs[6:]).first_bad == 6
    assert verify_chain(recs[:3] + [recs[4], recs[3]] + recs[5:]).first_bad == 4


def test_rehashing_one_record_breaks_the_next_link(registry):  # type: ignore[no-untyped-def]
    import hashlib

    from core.rules.document import canonical_json

    recs = _log(registry)
    recs[2]["state"] = "cleared"
    body = {k: v for k, v in recs[2].items() if k != "hash"}
    recs[2]["hash"] = hashlib.sha256((recs[2]["prev_hash"] + canonical_json(body)).encode()).hexdigest()
    assert verify_chain(recs).first_bad == 4


def test_verify_command(registry, tmp_path: Path):  # type: ignore[no-untyped-def]
    recs = _log(registry)
    good = tmp_path / "good.jsonl"
    good.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs))
    bad = tmp_path / "bad.jsonl"
    recs[11]["explanation"]["en"] = "nothing happened"
    bad.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs))
    ok = subprocess.run([sys.executable, "-m", "core.cli", "verify", str(good)], capture_output=True, text=True)
    assert ok.returncode == 0 and "20 records" in ok.stdout
    ko = subprocess.run([sys.executable, "-m", "core.cli", "verify", str(bad)], capture_output=True, text=True)
    assert ko.returncode == 1 and "record 12" in ko.stdout
