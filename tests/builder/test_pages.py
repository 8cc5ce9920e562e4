"""Page logic through NiceGUI's simulated User (fast, no browser): the canvas's events are
triggered on the canvas element exactly as the Vue component emits them."""

from __future__ import annotations

import asyncio
import json

import pytest
from nicegui import ui

from builder_ui.canvas import RuleCanvas
from tests.builder.rules import events_csv, gas_rule

pytestmark = pytest.mark.anyio


def canvas(user) -> RuleCanvas:  # type: ignore[no-untyped-def]
    (el,) = user.find(marker="canvas").elements
    return el


async def test_palette_lists_categories_and_blocks_in_both_languages(user):
    await user.open("/?lang=en")
    await user.should_see("Sensors")
    await user.should_see("Conditions")
    await user.should_see("Signal input")
    await user.should_see(marker="palette-time.sustained")
    await user.should_see(marker="palette-action.actuator")
    user.find(marker="lang").click()
    await user.should_see("传感器")
    await user.should_see("持续时间")


async def test_building_a_rule_from_canvas_events_validates_live(user, backend):
    await user.open("/?lang=en")
    c = user.find(marker="canvas")
    for nid, block, x in (("signal1", "signal", 0), ("gt1", "compare.gt", 220),
                          ("sustained1", "time.sustained", 440), ("actuator1", "action.actuator", 660)):
        c.trigger("nodeadd", {"id": nid, "block": block, "position": {"x": x, "y": 0}})
    # the last dropped block is selected: its inspector is generated from its params schema
    await user.should_see(marker="param-device")
    await user.should_see(marker="param-confirm_s")
    # the device picker suggests what the installed packs may command
    (device,) = user.find(marker="param-device").elements
    assert backend.devices()["device"] and set(backend.devices()["device"]) <= set(device.props["_autocomplete"])
    problems = canvas(user).props["problems"]["nodes"]
    assert "required" in " ".join(problems["actuator1"]) and "signal1" in problems
    for src, dst in (("signal1.value", "gt1.x"), ("gt1.out", "sustained1.x"), ("sustained1.out", "actuator1.when")):
        c.trigger("edgeadd", {"from": src, "to": dst})
    user.find(marker="param-device").type("T-101.fan")
    user.find(marker="param-command").type("force_on")
    c.trigger("nodeselect", {"id": "signal1"})
    user.find(marker="param-signal").type("T-101.gas1")
    user.find(marker="param-unit").type("%LEL")
    c.trigger("nodeselect", {"id": "gt1"})
    # the threshold shows the unit flowing into the comparison
    (value,) = user.find(marker="param-value").elements
    assert value.props["suffix"] == "%LEL"
    user.find(marker="param-value").type("25")
    c.trigger("nodeselect", {"id": "sustained1"})
    user.find(marker="param-duration_s").type("60")
    await user.should_see("No problems: the rule can run")
    el = canvas(user)
    assert el.props["problems"] == {"nodes": {}, "edges": {}}
    assert el.props["summaries"]["gt1"] == "> 25 %LEL"
    assert [e["to"] for e in el.props["graph"]["edges"]] == ["gt1.x", "sustained1.x", "actuator1.when"]


async def test_a_wrong_wire_is_painted_on_its_edge_and_listed(user):
    await user.open("/?lang=en")
    c = user.find(marker="canvas")
    c.trigger("nodeadd", {"id": "n1", "block": "logic.not", "position": {"x": 0, "y": 0}})
    c.trigger("nodeadd", {"id": "gt1", "block": "compare.gt", "position": {"x": 200, "y": 0}})
    c.trigger("edgeadd", {"from": "n1.out", "to": "gt1.x"})
    await user.should_see(marker="problem-port_type_mismatch")
    assert "n1.out->gt1.x" in canvas(user).props["problems"]["edges"]
    c.trigger("itemsremove", {"nodes": [], "edges": ["n1.out->gt1.x"]})
    await user.should_not_see(marker="problem-port_type_mismatch")


async def test_palette_click_adds_and_inspector_deletes(user):
    await user.open("/?lang=en")
    user.find(marker="palette-compare.outside").click()
    await user.should_see("outside1 · compare.outside")
    assert [n["id"] for n in canvas(user).props["graph"]["nodes"]] == ["outside1"]
    user.find(marker="delete-node").click()
    assert canvas(user).props["graph"]["nodes"] == []
    await user.should_see(marker="meta-id")


async def test_replay_an_uploaded_file_shows_the_fire_and_node_values(user, backend):
    backend.save_draft(gas_rule())
    await user.open("/?lang=en")
    user.find(marker="open").click()
    await user.should_see(marker="open-item-test.gas_fan")
    user.find(marker="open-item-test.gas_fan").click()
    await user.should_see("No problems: the rule can run")
    (upload,) = user.find(marker="events-upload").elements
    await upload.handle_uploads([ui.upload.SmallFileUpload("gas.csv", "text/csv", events_csv().encode())])
    await user.should_see("300 events loaded")
    await user.should_see(marker="decision-fired")
    await user.should_see("2026-01-05 08:02:40")  # T0 + 160 s: 100 s below, then 60 s above the limit
    values = canvas(user).props["values"]
    assert values["hi"] == "TRUE" and values["long"] == "TRUE" and values["gas"] == 40.0
    slider = user.find(marker="time-slider")
    (s,) = slider.elements
    s.value = 50  # before the gas rose
    await user.should_see("Node values at 2026-01-05 08:00:50")
    assert canvas(user).props["values"]["hi"] == "FALSE"
    user.find(marker="run-tests").click()
    await user.should_see("1/1 tests passed")


async def test_simulate_and_a_broken_rule_explains_why_it_cannot_run(user):
    await user.open("/?lang=en")
    user.find(marker="palette-signal").click()
    user.find(marker="simulate").click()
    await user.should_see("Cannot replay: the rule still has problems")


async def test_save_and_open_a_rule_file(user, backend):
    await user.open("/")
    await user.should_see("安全规则设计器")
    user.find(marker="meta-id").clear().type("site.my_rule")
    user.find(marker="palette-signal").click()
    user.find(marker="save").click()
    path = backend.drafts_dir / "site.my_rule.json"
    for _ in range(50):  # the save handler is async (it may go to the service)
        if path.exists():
            break
        await asyncio.sleep(0.1)
    saved = json.loads(path.read_text("utf-8"))
    assert saved["id"] == "site.my_rule" and saved["nodes"][0]["block"] == "signal"
    user.find(marker="new").click()
    assert canvas(user).props["graph"]["nodes"] == []
    user.find(marker="open").click()
    await user.should_see(marker="open-upload")
    (up,) = user.find(marker="open-upload").elements
    await up.handle_uploads([ui.upload.SmallFileUpload("r.json", "application/json", json.dumps(gas_rule()).encode())])
    await user.should_see("test.gas_fan · v1")
    assert len(canvas(user).props["graph"]["nodes"]) == 4


async def test_a_sentence_drafts_the_graph_after_its_terms_are_bound(user):
    await user.open("/")
    user.find(marker="nl-text").type("当焊接电流连续5分钟超工艺卡上限15%时,弹窗提示并记录视频")
    user.find(marker="nl-draft").click()
    await user.should_see(marker="nl-bind-焊接电流")
    assert canvas(user).props["graph"]["nodes"] == []
    user.find(marker="nl-bind-焊接电流").type("WM-01.current")
    user.find(marker="nl-bind-工艺卡上限").type("WO-17.card.current_max")
    user.find(marker="nl-draft").click()
    await user.should_see(marker="nl-paraphrase")
    await user.should_see("没有问题：规则可以运行")
    nodes = canvas(user).props["graph"]["nodes"]
    assert len(nodes) >= 4 and all(n["position"] for n in nodes)
    assert "WM-01.current" in json.dumps(canvas(user).props["summaries"])


async def test_a_pack_rule_opens_laid_out_and_its_tests_pass(user, backend):
    rid = sorted(backend.pack_rules())[0]
    await user.open("/?lang=en")
    user.find(marker="open").click()
    await user.should_see(marker=f"open-item-{rid}")
    user.find(marker=f"open-item-{rid}").click()
    await user.should_see(f"{rid} · v")
    nodes = canvas(user).props["graph"]["nodes"]
    assert nodes and all(n["position"] for n in nodes)
    user.find(marker="run-tests").click()
    await user.should_see(marker="tests-summary")
    rows = user.find(marker="test-row").elements
    assert rows
