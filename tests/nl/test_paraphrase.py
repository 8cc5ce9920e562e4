"""The paraphrase reads the rule document, not the sentence: change the document, the text follows."""

from __future__ import annotations

import copy

from core.nl.api import compile_sentence
from core.nl.paraphrase import duration, paraphrase


def _doc(nl_host, text: str, binds: dict[str, str]):  # type: ignore[no-untyped-def]
    res = compile_sentence(text, binds, host=nl_host)
    assert res.ok, [q.en for q in res.questions]
    return res.rule


def test_paraphrase_follows_the_document(nl_host) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nl_host, "当焊接电流连续5分钟超工艺卡上限15%时,弹窗提示并记录视频",
               {"焊接电流": "WM-01.current", "工艺卡上限": "WO-17.card.current_max"})
    before = paraphrase(doc)
    edited = copy.deepcopy(doc)
    for n in edited["nodes"]:
        if n["block"] == "compare.gt":
            n["params"]["factor"] = 1.3
        if n["block"] == "time.sustained":
            n["params"]["duration_s"] = 600
    after = paraphrase(edited)
    assert "1.15" in before["en"] and "5 min" in before["en"]
    assert "1.3" in after["en"] and "10 min" in after["en"] and "10 分钟" in after["zh"]


def test_paraphrase_of_a_hand_written_document() -> None:
    doc = {"schema": "safeblocks.rule/1", "id": "x", "version": 1, "title": {"zh": "x", "en": "x"}, "risk_level": "L3",
           "nodes": [{"id": "o2", "block": "signal", "params": {"signal": "CS-01.o2", "unit": "%vol"}},
                     {"id": "permit", "block": "permit.status", "params": {"permit": "CS-0001"}},
                     {"id": "out", "block": "compare.outside", "params": {"low": 19.5, "high": 21.0, "unit": "%vol"}},
                     {"id": "both", "block": "logic.and"},
                     {"id": "fan", "block": "action.actuator", "params": {"device": "CS-01.fan", "command": "force_on", "safe_state": "force_on"}},
                     {"id": "stop", "block": "action.permit_suspend", "params": {"permit": "CS-0001"}}],
           "edges": [{"from": "o2.value", "to": "out.x"}, {"from": "permit.out", "to": "both.a"},
                     {"from": "out.out", "to": "both.b"}, {"from": "both.out", "to": "fan.when"},
                     {"from": "both.out", "to": "stop.when"}]}
    p = paraphrase(doc)
    assert "CS-01.o2 is outside 19.5~21 %vol" in p["en"] and "suspend permit CS-0001" in p["en"]
    assert "超出 19.5~21 %vol 范围" in p["zh"] and "暂停作业票 CS-0001" in p["zh"]


def test_durations_read_like_an_engineer_writes_them() -> None:
    assert duration(300, "zh") == "5 分钟" and duration(3600, "en") == "1 h"
    assert duration(60 + 2 ** -10, "en") == "more than 1 min" and duration(90, "zh") == "90 秒"
