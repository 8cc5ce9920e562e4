"""Event files: bad lines are reported with file and line, skipped, and never become values."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from core.runtime.events import BadLine, read_events

from .helpers import threshold_doc


def test_csv_bad_lines_are_located_and_skipped(tmp_path: Path) -> None:
    f = tmp_path / "ev.csv"
    f.write_text("ts,signal,value,quality\n"
                 "2026-01-05T08:00:00Z,S,1.5\n"
                 "2026-01-05T08:00:01Z,S\n"
                 "yesterday,S,2\n"
                 "2026-01-05T08:00:02,S,2\n"
                 "2026-01-05T08:00:03Z,S,3,excellent\n"
                 "2026-01-05T08:00:04Z,S,nan,good\n"
                 "1767600005,S,,bad\n")
    errors: list[BadLine] = []
    evs = list(read_events(f, errors))
    assert [(e.value, e.quality) for e in evs][0] == (1.5, "good")
    assert evs[1].value != evs[1].value and evs[2] == (1767600005.0, "S", None, "bad")
    assert [(b.line, b.message.split(" ")[0]) for b in errors] == [(3, "expected"), (4, "timestamp"), (5, "timestamp"),
                                                                   (6, "quality")]
    assert "time zone" in errors[2].message and all(b.file == str(f) for b in errors)


def test_csv_header_is_checked(tmp_path: Path) -> None:
    f = tmp_path / "ev.csv"
    f.write_text("time,tag,val\n1,S,2\n")
    with pytest.raises(ValueError, match=r"ev.csv:1: CSV header must be ts,signal,value"):
        list(read_events(f))


@pytest.mark.parametrize("line,msg", [
    ('{"ts": 1, "signal": "S", "value": 1, "unit": "ppm"}', "unknown event field"),
    ('{"ts": 1, "value": 1}', "needs ts and signal"),
    ('{"ts": 1, "signal": "S", "value": {"a": 1}}', "value must be"),
    ('{"ts": 1, "signal": "' + "x" * 300 + '", "value": 1}', "at most 200"),
    ('[1, "S"]', "an event list"),
    ('{"ts": 1, "signal": "S", "value": 1', "Expecting"),
])
def test_jsonl_bad_lines(tmp_path: Path, line: str, msg: str) -> None:
    f = tmp_path / "ev.jsonl"
    f.write_text('{"ts": 0, "signal": "S", "value": 1}\n' + line + "\n")
    errors: list[BadLine] = []
    assert len(list(read_events(f, errors))) == 1
    assert errors[0].line == 2 and msg in errors[0].message


def test_replay_command_reports_bad_lines_and_keeps_going(tmp_path: Path) -> None:
    rule = tmp_path / "r.json"
    rule.write_text(json.dumps(threshold_doc("t.r", "S", value=10.0, period_s=None)))
    ev = tmp_path / "ev.csv"
    ev.write_text("ts,signal,value\n2026-01-05T08:00:00Z,S,1\nbroken\n2026-01-05T08:00:02Z,S,20\n")
    out = subprocess.run([sys.executable, "-m", "core.cli", "replay", str(rule), "--events", str(ev)],
                         capture_output=True, text=True)
    assert out.returncode == 0
    assert f"{ev}:3" in out.stderr and "1 bad lines" in out.stderr
    (decision,) = [json.loads(x) for x in out.stdout.splitlines()]
    assert decision["state"] == "fired" and decision["ts"] == "2026-01-05T08:00:02Z"


def test_replay_refuses_a_broken_rule_set(tmp_path: Path) -> None:
    rule = tmp_path / "r.json"
    doc = threshold_doc("t.r", "S", value=10.0)
    doc["nodes"][1]["params"]["unit"] = "%LEL"
    rule.write_text(json.dumps(doc))
    ev = tmp_path / "ev.csv"
    ev.write_text("ts,signal,value\n2026-01-05T08:00:00Z,S,100\n")
    out = subprocess.run([sys.executable, "-m", "core.cli", "replay", str(rule), "--events", str(ev)],
                         capture_output=True, text=True)
    assert out.returncode == 1 and out.stdout == "" and "unit_mismatch" in out.stderr
