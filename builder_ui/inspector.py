"""The inspector: a form generated from the selected block's params JSON Schema.

Numbers show their unit (the declared ``unit`` param, else the unit flowing into the block,
``s`` for ``*_s`` durations); enums are selects, booleans switches, {zh, en} objects two
inputs, string lists a comma-separated field. Every field is marked ``param-<name>``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from nicegui import ui

from builder_ui.i18n import pick, t

UNIT_PARAMS = ("value", "low", "high", "deadband")


def param_unit(name: str, params: Mapping[str, Any], input_unit: str | None) -> str | None:
    if name.endswith("_s"):
        return "s"
    if name in UNIT_PARAMS:
        return params.get("unit") or input_unit
    return None


class Inspector:
    def __init__(self, lang: str, on_param: Callable[[str, str, Any], None], on_meta: Callable[[str, Any], None],
                 on_delete: Callable[[str], None], suggestions: dict[str, list[str]]) -> None:
        self.lang = lang
        self.on_param, self.on_meta, self.on_delete = on_param, on_meta, on_delete
        # param name -> values to suggest (signal: the plant's signals; device, command, safe_state:
        # what the installed packs' capabilities allow)
        self.suggestions = suggestions
        self.root = ui.column().classes("w-full gap-1").mark("inspector")
        self.problem_box: ui.column | None = None

    # ------------------------------------------------------------ rule
    def show_rule(self, doc: Mapping[str, Any]) -> None:
        lang = self.lang
        self.root.clear()
        self.problem_box = None
        with self.root:
            ui.label(t("rule", lang)).classes("text-subtitle1 text-weight-medium")
            ui.label(t("no_selection", lang)).classes("text-caption text-grey-7")
            ui.input(t("rule_id", lang), value=doc.get("id", ""),
                     on_change=lambda e: self.on_meta("id", e.value)).classes("w-full").mark("meta-id")
            title = doc.get("title") or {}
            for code in ("zh", "en"):
                ui.input(t(f"title_{code}", lang), value=title.get(code, ""),
                         on_change=lambda e, code=code: self.on_meta("title", {**(doc.get("title") or {}), code: e.value})
                         ).classes("w-full").mark(f"meta-title-{code}")
            ui.select(["L1", "L2", "L3", "L4"], label=t("risk_level", lang), value=doc.get("risk_level", "L2"),
                      on_change=lambda e: self.on_meta("risk_level", e.value)).classes("w-full").mark("meta-risk")
            ui.select(["safe_state", "alert", "hold"], label=t("on_unknown", lang), value=doc.get("on_unknown", "safe_state"),
                      on_change=lambda e: self.on_meta("on_unknown", e.value)).classes("w-full").mark("meta-on-unknown")

    # ------------------------------------------------------------ node
    def show_node(self, node: Mapping[str, Any], block: Mapping[str, Any] | None, input_unit: str | None,
                  problems: list[str]) -> None:
        lang = self.lang
        self.root.clear()
        nid = node["id"]
        params: Mapping[str, Any] = node.get("params") or {}
        with self.root:
            with ui.row().classes("items-center w-full no-wrap"):
                ui.icon((block or {}).get("icon") or "help").classes("text-blue-grey-8")
                ui.label(pick((block or {}).get("title"), lang, node["block"])).classes("text-subtitle1 text-weight-medium")
                ui.space()
                ui.button(icon="delete", on_click=lambda: self.on_delete(nid)).props("flat dense round").mark("delete-node")
            ui.label(f"{nid} · {node['block']}").classes("text-caption text-grey-7").mark("inspector-node")
            self.problem_box = ui.column().classes("w-full gap-0")
            self.set_problems(problems)
            if block is None:
                return
            schema = block.get("params_schema") or {}
            required = set(schema.get("required") or [])
            for name, prop in (schema.get("properties") or {}).items():
                self._field(nid, name, prop, params, name in required, input_unit)

    def set_problems(self, problems: list[str]) -> None:
        """Repaint the selected block's problems without rebuilding its fields (keeps focus)."""
        box = getattr(self, "problem_box", None)
        if box is None or box.is_deleted:
            return
        box.clear()
        with box:
            for msg in problems:
                ui.label(msg).classes("text-negative text-caption").mark("inspector-problem")

    def _field(self, nid: str, name: str, prop: Mapping[str, Any], params: Mapping[str, Any], required: bool,
               input_unit: str | None) -> None:
        label = name + (" *" if required else "")
        value = params.get(name)
        hint = prop.get("description") or ""
        default = prop.get("default")
        set_ = self.on_param
        kind = prop.get("type")
        mark = f"param-{name}"
        if "enum" in prop:
            el: Any = ui.select(list(prop["enum"]), label=label, value=value if value in prop["enum"] else None, clearable=True,
                                on_change=lambda e: set_(nid, name, e.value))
        elif kind == "boolean":
            el = ui.switch(label, value=bool(value if value is not None else default),
                           on_change=lambda e: set_(nid, name, e.value))
        elif kind in ("number", "integer"):
            unit = param_unit(name, params, input_unit)
            el = ui.number(label, value=value, placeholder=None if default is None else str(default),
                           suffix=unit or None, on_change=lambda e: set_(nid, name, _number(e.value, kind)))
            if unit:
                el.props(f'data-unit="{unit}"')
        elif kind == "object" and set(prop.get("properties") or {}) <= {"zh", "en"}:
            cur = dict(value or {})
            with ui.column().classes("w-full gap-0").mark(mark):
                ui.label(label).classes("text-caption text-grey-8")
                for code in ("zh", "en"):
                    ui.input(code, value=cur.get(code, ""),
                             on_change=lambda e, code=code, cur=cur: (cur.__setitem__(code, e.value),
                                                                      set_(nid, name, {k: v for k, v in cur.items() if v})),
                             ).classes("w-full").mark(f"{mark}-{code}")
            return
        elif kind == "array":
            el = ui.input(label, value=", ".join(map(str, value or [])),
                          on_change=lambda e: set_(nid, name, [s.strip() for s in e.value.split(",") if s.strip()]))
        elif isinstance(kind, list):  # e.g. a constant: a number, a string or a boolean
            el = ui.input(label, value="" if value is None else str(value), on_change=lambda e: set_(nid, name, _scalar(e.value)))
        else:
            options = self.suggestions.get(name) or None
            el = ui.input(label, value=value or "", autocomplete=options, on_change=lambda e: set_(nid, name, e.value))
        el.classes("w-full").mark(mark)
        if hint:
            el.tooltip(hint)


def _number(v: Any, kind: str | None) -> Any:
    if v is None or v == "":
        return None
    if kind == "integer":
        return int(v)
    f = float(v)
    return int(f) if f.is_integer() and abs(f) < 2**53 else f


def _scalar(text: str) -> Any:
    s = text.strip()
    if s == "":
        return None
    if s in ("true", "false"):
        return s == "true"
    try:
        f = float(s)
    except ValueError:
        return s
    return int(f) if f.is_integer() else f
