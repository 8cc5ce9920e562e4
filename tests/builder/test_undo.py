"""Undo / redo: the bounded history itself, and the builder page's edits through it (the canvas's
events triggered as the Vue component emits them; the browser test presses the real keys)."""

from __future__ import annotations

import pytest

from builder_ui.canvas import RuleCanvas
from builder_ui.history import MERGE_S, History


def test_steps_undo_redo_and_a_new_edit_drops_the_redos():
    h = History()
    assert h.undo("a") is None and not h.can_undo
    assert h.record("a", "b") and h.record("b", "c")
    assert not h.record("c", "c")  # nothing changed: no empty step
    assert h.undo("c") == "b" and h.undo("b") == "a" and h.undo("a") is None
    assert h.redo("a") == "b" and h.can_redo
    h.record("b", "x")
    assert not h.can_redo and h.undo("x") == "b"


def test_typing_into_one_field_is_one_step_but_a_pause_or_another_field_is_not():
    h = History()
    h.record("", "2", key="value", now=0.0)
    h.record("2", "25", key="value", now=0.5)
    assert h.undos[-1] == "" and len(h.undos) == 1
    h.record("25", "250", key="value", now=0.5 + MERGE_S + 0.1)
    h.record("250", "250u", key="unit", now=0.5 + MERGE_S + 0.2)
    assert list(h.undos) == ["", "25", "250"]


def test_history_is_bounded():
    h = History(limit=3)
    for i in range(10):
        h.record(str(i), str(i + 1))
    assert list(h.undos) == ["7", "8", "9"]


def canvas(user) -> RuleCanvas:  # type: ignore[no-untyped-def]
    (el,) = user.find(marker="canvas").elements
    return el


def graph(user) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
    g = canvas(user).props["graph"]
    return sorted(n["id"] for n in g["nodes"]), sorted(f"{e['from']}->{e['to']}" for e in g["edges"])


@pytest.mark.anyio
async def test_page_edits_undo_and_redo_through_the_toolbar_and_the_canvas_keys(user):
    await user.open("/?lang=en")
    c = user.find(marker="canvas")
    (undo,) = user.find(marker="undo").elements
    assert not undo.enabled
    c.trigger("nodeadd", {"id": "signal1", "block": "signal", "position": {"x": 0, "y": 0}})
    c.trigger("nodeadd", {"id": "gt1", "block": "compare.gt", "position": {"x": 220, "y": 0}})
    c.trigger("edgeadd", {"from": "signal1.value", "to": "gt1.x"})
    user.find(marker="param-value").type("25")
    c.trigger("nodemove", [{"id": "gt1", "position": {"x": 300, "y": 40}}])
    assert undo.enabled
    assert graph(user) == (["gt1", "signal1"], ["signal1.value->gt1.x"])

    c.trigger("undo")  # the move
    assert canvas(user).props["graph"]["nodes"][1]["position"] == {"x": 220.0, "y": 0.0}
    user.find(marker="undo").click()  # the param
    await user.should_see(marker="param-value")
    (value,) = user.find(marker="param-value").elements
    assert value.value is None  # the inspector shows the restored document
    c.trigger("undo")  # the wire
    assert graph(user) == (["gt1", "signal1"], [])
    c.trigger("redo")
    c.trigger("redo")
    assert graph(user) == (["gt1", "signal1"], ["signal1.value->gt1.x"])
    (value,) = user.find(marker="param-value").elements
    assert value.value == 25

    # deleting a node takes its wire with it; one undo brings both back
    c.trigger("itemsremove", {"nodes": ["signal1"], "edges": ["signal1.value->gt1.x"]})
    assert graph(user) == (["gt1"], [])
    c.trigger("undo")
    assert graph(user) == (["gt1", "signal1"], ["signal1.value->gt1.x"])
    (redo,) = user.find(marker="redo").elements
    assert redo.enabled
    # a new document starts a new history
    user.find(marker="new").click()
    assert not undo.enabled and not redo.enabled
