"""Packs extend the language without code: lexicon/*.json in a pack folder, or register_lexicon."""

from __future__ import annotations

import json
from pathlib import Path

from core.nl.api import compile_sentence
from core.nl.lexicon import BUILTIN_OWNER, Lexicon, entry_from_json, load_lexicon
from core.packs import write_manifest
from core.plugins import PluginHost
from core.registry import LexiconEntry

PACK_WORDS = [
    {"id": "acme.q.tank3_temp", "kind": "quantity", "terms": ["三号罐温度", "tank 3 temperature"], "unit": "degC",
     "units": ["degC"], "signal": "T-3.temp", "period_s": 1, "labels": {"zh": "三号罐温度", "en": "tank 3 temperature"}},
    {"id": "acme.act.horn", "kind": "action", "terms": ["鸣笛", "sound the horn"],
     "params": {"block": "action.alert", "params": {"level": "critical", "sound_light": True}}},
]


def _pack(tmp_path: Path) -> Path:
    folder = tmp_path / "acme"
    (folder / "lexicon").mkdir(parents=True)
    (folder / "pack.toml").write_text('[pack]\nid = "acme"\nversion = "0.1.0"\nname = { zh = "测试", en = "test" }\n'
                                      'requires_core = ">=0.1,<1"\n', "utf-8")
    (folder / "lexicon" / "words.json").write_text(json.dumps(PACK_WORDS, ensure_ascii=False), "utf-8")
    write_manifest(folder)
    return folder


def test_builtin_words_are_loaded(nl_lexicon: Lexicon) -> None:
    entry = nl_lexicon.by_term["氧含量"]
    assert entry.kind == "quantity" and entry.unit == "%vol" and entry.pack in (BUILTIN_OWNER, "builtin.nl_lexicon")
    assert nl_lexicon.by_term["强制开启"].params["block"] == "action.actuator"


def test_pack_lexicon_file_needs_no_binding(tmp_path: Path) -> None:
    folder = _pack(tmp_path)
    host = PluginHost.load(packs=[], pack_dirs=[folder])
    assert "acme" in host.packs, [p.en for p in host.problems]
    lex = load_lexicon(host)
    assert lex.by_term["三号罐温度"].pack == "acme"
    res = compile_sentence("三号罐温度超过80℃时鸣笛", {}, host=host, lexicon=lex)
    assert res.ok, [q.en for q in res.questions]
    nodes = {n["block"]: n["params"] for n in res.rule["nodes"]}
    assert nodes["signal"]["signal"] == "T-3.temp" and nodes["action.alert"]["level"] == "critical"
    # without the pack the same sentence is a question, not a guess
    plain = compile_sentence("三号罐温度超过80℃时鸣笛", {}, host=PluginHost.load(packs=[]))
    assert plain.rule is None and "missing_action" in {q.code for q in plain.questions}


def test_registered_entries_and_clashes_are_reported() -> None:
    lex = Lexicon()
    lex.add(LexiconEntry(id="a.fan", kind="device", terms=("主风机",), pack="a"))
    lex.add(LexiconEntry(id="b.fan", kind="device", terms=("主风机", "main fan"), pack="b"))
    assert lex.by_term["主风机"].id == "a.fan" and lex.by_term["main fan"].id == "b.fan"
    assert any("clashes" in p for p in lex.problems)


def test_old_style_entries_still_work() -> None:
    e = LexiconEntry(id="x", kind="quantity", terms=("压差",), unit="kPa")
    assert e.units == () and e.period_s is None and dict(e.params) == {}
    assert entry_from_json({"id": "y", "kind": "device", "terms": ["泵"]}).kind == "device"


def test_builtin_plugin_registers_through_the_hook() -> None:
    import plugins.nl_lexicon as builtin

    got: list[LexiconEntry] = []
    builtin.register_lexicon(register=got.append)
    ids = {e.id for e in got}
    assert {"nl.q.o2", "nl.act.popup", "nl.dev.ventilation", "nl.permit.hot_work"} <= ids
    assert all(isinstance(e, LexiconEntry) and e.terms for e in got)
