"""What a safety engineer does in the browser, as Playwright steps (shared by tests and the benchmark)."""

from __future__ import annotations

from typing import Any

from builder_ui.i18n import t


def drop(page: Any, block: str, x: float, y: float, nid: str) -> None:
    """Drag ``block`` from the palette onto the canvas at (x, y); wait for the node and its inspector."""
    page.drag_and_drop(f'.sb-palette-item[data-block="{block}"]', ".sb-canvas", target_position={"x": x, "y": y})
    page.wait_for_selector(f'.vue-flow__node[data-id="{nid}"]')
    page.get_by_text(f"{nid} · {block}").wait_for()


def field(page: Any, label: str, value: str) -> None:
    f = page.get_by_label(label, exact=True)
    f.fill(value)
    f.press("Tab")


def select_node(page: Any, nid: str, block: str) -> None:
    page.locator(f'.vue-flow__node[data-id="{nid}"] .sb-node-head').click()
    page.get_by_text(f"{nid} · {block}").wait_for()


def handle(page: Any, nid: str, port: str) -> Any:
    return page.locator(f'.vue-flow__node[data-id="{nid}"] .vue-flow__handle[data-handleid="{port}"]')


def wire(page: Any, src: str, dst: str) -> None:
    """Drag from an output handle ("node.port") to an input handle with the mouse."""
    a = handle(page, *src.split(".", 1)).bounding_box()
    b = handle(page, *dst.split(".", 1)).bounding_box()
    page.mouse.move(a["x"] + a["width"] / 2, a["y"] + a["height"] / 2)
    page.mouse.down()
    page.mouse.move(b["x"] + b["width"] / 2, b["y"] + b["height"] / 2, steps=10)
    page.mouse.up()


def edge(page: Any, src: str, dst: str) -> Any:
    return page.locator(f'.vue-flow__edge[data-id="{src}->{dst}"]')


def sign_in(page: Any, username: str, password: str, lang: str = "en") -> None:
    page.get_by_role("button", name=t("sign_in", lang)).click()
    dialog = page.locator(".q-dialog")
    dialog.get_by_label(t("username", lang)).fill(username)
    dialog.get_by_label(t("password", lang)).fill(password)
    dialog.get_by_role("button", name=t("sign_in", lang)).click()
    page.get_by_text(t("signed_in", lang, user=username)).wait_for()
