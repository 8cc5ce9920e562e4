"""A form being designed: an ordered list of fields, turned into JSON Schema 2020-12 + UI schema
(the format the service's forms API stores and validates). Pure data, no UI."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

# the service's widget list (core.api.routers.forms.WIDGETS) with their palette icons
WIDGETS: dict[str, str] = {"text": "short_text", "textarea": "notes", "number": "pin", "choice": "radio_button_checked",
                           "datetime": "event", "photo": "photo_camera", "signature": "draw", "location": "place",
                           "device": "precision_manufacturing", "signal": "sensors"}
_NAME = re.compile(r"[^a-z0-9_]")


@dataclass
class Field:
    name: str
    widget: str
    label: dict[str, str] = field(default_factory=dict)
    required: bool = False
    unit: str = ""
    minimum: float | None = None
    maximum: float | None = None
    max_length: int | None = None
    options: list[str] = field(default_factory=list)
    visible_if: dict[str, Any] | None = None  # {"field": name, "equals": value}


@dataclass
class FormDraft:
    id: str = "site.new_form"
    title: dict[str, str] = field(default_factory=lambda: {"zh": "新表单", "en": "New form"})
    fields: list[Field] = field(default_factory=list)

    def get(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)

    def new_name(self, widget: str) -> str:
        taken = {f.name for f in self.fields}
        i = 1
        while f"{widget}{i}" in taken:
            i += 1
        return f"{widget}{i}"

    def add(self, widget: str) -> Field:
        if widget not in WIDGETS:
            raise ValueError(f"unknown widget {widget!r}")
        f = Field(self.new_name(widget), widget, {"zh": "", "en": ""}, options=["yes", "no"] if widget == "choice" else [])
        self.fields.append(f)
        return f

    def move(self, name: str, delta: int) -> None:
        i = next((k for k, f in enumerate(self.fields) if f.name == name), None)
        if i is None:
            return
        j = max(0, min(len(self.fields) - 1, i + delta))
        self.fields.insert(j, self.fields.pop(i))

    def remove(self, name: str) -> None:
        self.fields = [f for f in self.fields if f.name != name]
        for f in self.fields:  # a condition on a removed field would hide its field forever
            if f.visible_if and f.visible_if.get("field") == name:
                f.visible_if = None

    def rename(self, old: str, new: str) -> str | None:
        """Rename a field (and the conditions on it); returns an error message key or None."""
        new = _NAME.sub("_", new.strip().lower())
        if not new or (new != old and self.get(new) is not None):
            return "field_name_taken"
        f = self.get(old)
        if f is None:
            return None
        f.name = new
        for g in self.fields:
            if g.visible_if and g.visible_if.get("field") == old:
                g.visible_if["field"] = new
        return None

    # ------------------------------------------------------------ JSON Schema + UI schema
    def schema(self) -> dict[str, Any]:
        props: dict[str, Any] = {}
        for f in self.fields:
            p: dict[str, Any] = {"title": f.label.get("en") or f.label.get("zh") or f.name}
            if f.widget == "number":
                p["type"] = "number"
                if f.minimum is not None:
                    p["minimum"] = f.minimum
                if f.maximum is not None:
                    p["maximum"] = f.maximum
            elif f.widget == "choice":
                p["enum"] = list(f.options) or ["yes", "no"]
            else:
                p["type"] = "string"
                if f.widget == "datetime":
                    p["format"] = "date-time"
                if f.max_length and f.widget in ("text", "textarea"):
                    p["maxLength"] = f.max_length
            props[f.name] = p
        return {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "additionalProperties": False,
                # a conditional field's "required" holds only while it is visible: the UI checks it
                "required": [f.name for f in self.fields if f.required and not f.visible_if], "properties": props}

    def ui_schema(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in self.fields:
            u: dict[str, Any] = {"widget": f.widget, "label": dict(f.label)}
            if f.unit:
                u["unit"] = f.unit
            if f.visible_if:
                u["visible_if"] = dict(f.visible_if)
                if f.required:
                    u["required"] = True  # required while visible (not in the schema's "required")
            out[f.name] = u
        return out

    @classmethod
    def from_service(cls, form: dict[str, Any]) -> FormDraft:
        schema, ui = form.get("schema") or {}, form.get("ui_schema") or {}
        required = set(schema.get("required") or [])
        fields = []
        for name, p in (schema.get("properties") or {}).items():
            u = ui.get(name) or {}
            fields.append(Field(name, u.get("widget", "text"), dict(u.get("label") or {"en": p.get("title", name)}),
                                name in required or bool(u.get("required")), u.get("unit", ""), p.get("minimum"), p.get("maximum"),
                                p.get("maxLength"), list(p.get("enum") or []), copy.deepcopy(u.get("visible_if"))))
        return cls(form["id"], dict(form.get("title") or {}), fields)


def visible(f: Field, data: dict[str, Any]) -> bool:
    cond = f.visible_if
    return cond is None or data.get(str(cond.get("field"))) == cond.get("equals")


def submission(form: FormDraft, data: dict[str, Any]) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """The data to submit (hidden and empty fields left out) and what is missing: [(field, key)]."""
    out: dict[str, Any] = {}
    missing: list[tuple[str, str]] = []
    for f in form.fields:
        if not visible(f, data):
            continue
        v = data.get(f.name)
        if v is None or v == "":
            if f.required:
                missing.append((f.name, "field_required"))
            continue
        out[f.name] = v
    return out, missing
