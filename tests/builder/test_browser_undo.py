"""Undo and redo in a real browser: several canvas edits, then Ctrl+Z / Ctrl+Shift+Z and the toolbar
buttons, with the rule document (downloaded as the engineer would) checked after every step."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.builder.steps import drop, edge, field, handle, select_node, wire


def document(page: Any) -> dict[str, Any]:
    with page.expect_download() as d:
        page.get_by_role("button", name="Download JSON").click()
    return json.loads(Path(d.value.path()).read_text("utf-8"))


def shape(doc: dict[str, Any]) -> Any:
    """What the edits change: nodes with their params and positions, and the wires."""
    return ({n["id"]: (n["block"], n.get("params"), n.get("position")) for n in doc["nodes"]},
            sorted(f"{e['from']}->{e['to']}" for e in doc["edges"]))


def keys(page: Any, combo: str) -> None:
    # off any text field first: there Ctrl+Z undoes the typing, not the canvas
    page.locator(".vue-flow__pane").click(position={"x": 8, "y": 8})
    page.keyboard.press(combo)


def test_undo_and_redo_several_edits(page):
    page.goto(page.base_url + "/?lang=en")
    page.wait_for_selector(".sb-canvas")
    states = [shape(document(page))]  # the empty rule

    drop(page, "signal", 110, 110, "signal1")
    states.append(shape(document(page)))
    drop(page, "compare.gt", 400, 110, "gt1")
    states.append(shape(document(page)))
    wire(page, "signal1.value", "gt1.x")
    edge(page, "signal1.value", "gt1.x").wait_for(state="attached")
    states.append(shape(document(page)))
    field(page, "value", "25")
    page.locator('.vue-flow__node[data-id="gt1"]').get_by_text("> 25").wait_for()
    states.append(shape(document(page)))
    head = page.locator('.vue-flow__node[data-id="gt1"] .sb-node-head').bounding_box()
    page.mouse.move(head["x"] + 30, head["y"] + 8)
    page.mouse.down()
    page.mouse.move(head["x"] + 150, head["y"] + 120, steps=8)
    page.mouse.up()
    page.wait_for_timeout(200)
    states.append(shape(document(page)))
    select_node(page, "signal1", "signal")
    page.keyboard.press("Delete")  # the node and its wire: one step
    page.locator('.vue-flow__node[data-id="signal1"]').wait_for(state="detached")
    states.append(shape(document(page)))
    assert len({json.dumps(s, sort_keys=True) for s in states}) == len(states)  # every edit changed the document
    assert states[-2][0]["gt1"][2] != states[-3][0]["gt1"][2]  # the move moved it
    assert states[-1] == ({"gt1": states[-2][0]["gt1"]}, [])

    viewport = page.locator(".vue-flow__viewport").get_attribute("style")
    for back in range(len(states) - 2, -1, -1):
        keys(page, "Control+z")
        page.wait_for_timeout(150)
        assert shape(document(page)) == states[back], f"undo to state {back}"
    assert page.locator(".vue-flow__node").count() == 0
    assert page.locator(".vue-flow__viewport").get_attribute("style") == viewport  # the view did not jump
    assert page.get_by_role("button", name="Undo (Ctrl+Z)").is_disabled()

    for forward in range(1, len(states)):
        if forward % 2:
            keys(page, "Control+Shift+z")
        else:
            page.get_by_role("button", name="Redo (Ctrl+Shift+Z)").click()
        page.wait_for_timeout(150)
        assert shape(document(page)) == states[forward], f"redo to state {forward}"
    # the canvas shows the redone document: gt1 alone, moved, with its threshold
    assert page.locator(".vue-flow__node").count() == 1
    page.locator('.vue-flow__node[data-id="gt1"]').get_by_text("> 25").wait_for()
    keys(page, "Control+z")  # the deletion: the node comes back with its wire
    edge(page, "signal1.value", "gt1.x").wait_for(state="attached")
    assert handle(page, "signal1", "value").count() == 1
