"""The sentence corpus: every sentence compiled, then its meaning checked by replaying events.

Expected semantics live in ``corpus.json`` (written by hand from the glossary and §5, not from
the compiler's output): for each case, the times at which the rule must fire. The refusal list
must get questions (with the expected codes) and no rule.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from core.nl.api import compile_sentence

from .conftest import compiled, replay
from .replay import expand

DATA = json.loads((Path(__file__).with_name("corpus.json")).read_text("utf-8"))
SENTENCES = [(g, text) for g in DATA["rules"] for text in g["texts"]]


def _binds(group: dict[str, Any]) -> dict[str, str]:
    return {**DATA["bind"], **group.get("bind", {})}


@pytest.mark.parametrize(("group", "text"), SENTENCES, ids=[t for _, t in SENTENCES])
def test_sentence_means_what_the_corpus_says(group: dict[str, Any], text: str, nl_host, nl_lexicon) -> None:  # type: ignore[no-untyped-def]
    res = compile_sentence(text, _binds(group), host=nl_host, lexicon=nl_lexicon)
    assert res.ok, [q.en for q in res.questions]
    rule = compiled({**res.rule, "tests": []}, nl_host)  # the embedded tests were validated by compile_sentence
    for case in group["cases"]:
        eng = replay(rule, expand(case["ev"]), case.get("until"))
        fired = [d for d in eng.decisions if d.state == "fired"]
        assert [round(d.ts, 6) for d in fired] == [round(float(t), 6) for t in case["fire"]], (case, res.paraphrase["en"])
        for d in fired:
            assert sorted(a["type"] for a in d.actions) == sorted(group["actions"]), res.paraphrase["en"]
    for key, want in group.get("params", {}).items():
        block, _, param = key.rpartition(".")
        got = [n["params"].get(param) for n in res.rule["nodes"] if n["block"] == block]
        assert want in got, (key, got)
    # compile_sentence already ran the generated boundary tests through core.testing and would have
    # refused the rule had one failed (test_example checks that path explicitly); here: they exist
    # and straddle something, i.e. at least one fires and one does not
    states = [any(e["state"] == "fired" for e in t["expect"]) for t in res.tests]
    assert any(states) and not all(states)
    assert res.paraphrase["zh"] and res.paraphrase["en"]


REFUSALS = DATA["refuse"]


@pytest.mark.parametrize("item", REFUSALS, ids=[r["text"] for r in REFUSALS])
def test_sentence_is_questioned_not_guessed(item: dict[str, Any], nl_host, nl_lexicon) -> None:  # type: ignore[no-untyped-def]
    res = compile_sentence(item["text"], item.get("bind", {}), host=nl_host, lexicon=nl_lexicon)
    assert res.rule is None and not res.ok
    codes = {q.code for q in res.questions}
    assert set(item["codes"]) <= codes, [q.en for q in res.questions]
    for q in res.questions:
        assert q.zh and q.en


def test_corpus_size() -> None:
    zh = [t for _, t in SENTENCES if any("\u4e00" <= c <= "\u9fff" for c in t)]
    assert len(SENTENCES) >= 150 and len(REFUSALS) >= 30
    assert 0 < len(zh) < len(SENTENCES)


# the phrasing the issue lists under "Coverage": each must occur in some corpus sentence
ISSUE_PHRASES = [
    "超过", "高于", "低于", "不低于", "达到", "之间", "超出", "范围", "exceeds", "below", "outside",
    "超上限15%", "低于下限的90%", "百分之十五", "1.5倍", "ppm", "mg/m³", "%LEL", "%vol", "℃", "MPa", "300A", "m/s", "级风",
    "连续5分钟", "持续30秒", "超过1小时", "半小时", "for 5 minutes", "10分钟内超过3次", "中断超过60分钟未重新分析",
    "动火作业票有效期间", "受限空间作业进行中", "且", "并且", "同时", "或", "或者", "五分钟", "十五", "两分钟", "一百二十",
    "弹窗提示", "声光报警", "记录视频", "锁定通风", "强制开启通风", "关闭阀门", "暂停作业票", "短信通知", "推送SOP", "生成隐患",
]


@pytest.mark.parametrize("phrase", ISSUE_PHRASES)
def test_corpus_covers_the_issue_phrasing(phrase: str) -> None:
    assert any(phrase in text for _, text in SENTENCES), phrase


def test_corpus_covers_every_action_type() -> None:
    kinds = {a for g in DATA["rules"] for a in g["actions"]}
    assert kinds == {"alert", "record_video", "actuator", "permit_suspend", "notify", "push_sop", "create_hazard"}
