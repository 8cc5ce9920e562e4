"""``safeblocks nl`` as ARCHITECTURE §4 specifies it: JSON shape and exit codes."""

from __future__ import annotations

import json

import pytest

from core.cli import main

EXAMPLE = "当焊接电流连续5分钟超工艺卡上限15%时,弹窗提示并记录视频"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code = main(["nl", *argv, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_complete_rule_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, EXAMPLE, "--bind", "焊接电流=WM-01.current", "--bind", "工艺卡上限=WO-17.card.current_max",
                     "--bind", "通风设备=CS-01.fan")
    assert code == 0
    assert set(out) == {"rule", "paraphrase", "tests", "questions", "notes"}
    assert out["rule"]["schema"] == "safeblocks.rule/1" and out["questions"] == []
    assert out["tests"] == out["rule"]["tests"] and len(out["tests"]) == 3
    assert any("通风设备" in n["zh"] for n in out["notes"])  # a binding the sentence does not need


def test_unresolved_terms_exit_2_with_one_question_each(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, EXAMPLE)
    assert code == 2 and out["rule"] is None
    assert sorted(q["term"] for q in out["questions"]) == ["工艺卡上限", "焊接电流"]
    assert all(q["zh"] and q["en"] and q["answer_with"].startswith("--bind ") for q in out["questions"])


def test_bad_binding_is_a_question(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _run(capsys, EXAMPLE, "--bind", "焊接电流")
    assert code == 2 and out["questions"][0]["code"] == "bad_binding"


def test_human_output(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["nl", "氧含量低于19.5%时声光报警", "--bind", "氧含量=CS-01.o2"])
    text = capsys.readouterr().out
    assert code == 0 and "CS-01.o2" in text and "19.5" in text
