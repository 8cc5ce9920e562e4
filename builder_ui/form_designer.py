"""The form designer (``/forms``): widgets -> fields, reorder, validation, conditional visibility,
a phone-sized preview that submits, and publishing versions on the service."""

from __future__ import annotations

import json
from typing import Any

from nicegui import ui

from builder_ui.adapter import Backend
from builder_ui.form_model import WIDGETS, Field, FormDraft
from builder_ui.form_preview import PhonePreview
from builder_ui.i18n import pick, t
from builder_ui.signin import SignIn

DRAG_TYPE = "application/x-safeblocks-widget"


class FormDesignerPage:
    def __init__(self, backend: Backend, lang: str = "zh") -> None:
        self.backend = backend
        self.lang = lang if lang in ("zh", "en") else "zh"
        self.form = FormDraft()
        self.selected: str | None = None
        self.auth = SignIn(backend.service, self.lang) if backend.service is not None else None
        self.plant = "plant-a"
        self.base: int | None = None  # service revision of this form
        self.version: int | None = None  # its published version (what a submission names)
        self.build()

    def build(self) -> None:
        lang = self.lang
        with ui.row().classes("w-full items-center q-px-md q-py-xs bg-blue-grey-9 text-white gap-2"):
            ui.icon("dynamic_form", size="md")
            ui.label(t("form_designer", lang)).classes("text-h6")
            ui.link(t("app_title", lang), f"/?lang={lang}").classes("text-blue-grey-2")
            ui.space()
            ui.button(t("new", lang), icon="note_add", on_click=self.new).props("flat color=white").mark("form-new")
            if self.auth is not None:
                ui.button(t("open", lang), icon="folder_open", on_click=self.open_dialog).props("flat color=white").mark(
                    "form-open")
                ui.button(t("publish", lang), icon="publish", on_click=self.publish).props("flat color=white").mark(
                    "form-publish")
                self.auth.button()
            other = "en" if lang == "zh" else "zh"
            ui.button(t("language", lang), icon="translate", on_click=lambda: ui.navigate.to(f"/forms?lang={other}")).props(
                "flat color=white").mark("lang")
        with ui.row().classes("w-full no-wrap items-start q-pa-sm gap-2"):
            with ui.column().classes("w-56 gap-0").mark("widget-palette"):
                ui.label(t("widgets", lang)).classes("text-subtitle1 text-weight-medium")
                for widget, icon in WIDGETS.items():
                    handler = (f"(e) => e.dataTransfer.setData({json.dumps(DRAG_TYPE)}, {json.dumps(widget)})")
                    with ui.item(on_click=lambda w=widget: self.add(w)).props(
                            f'dense clickable draggable=true data-widget="{widget}"').classes("cursor-grab sb-widget").mark(
                            f"widget-{widget}") as item:
                        item.on("dragstart", js_handler=handler)
                        with ui.item_section().props("avatar"):
                            ui.icon(icon)
                        ui.item_section(t(f"w_{widget}", lang))
            with ui.column().classes("grow gap-2 min-w-0"):
                with ui.row().classes("w-full gap-2"):
                    self.id_input = ui.input(t("form_id", lang), value=self.form.id,
                                             on_change=lambda e: setattr(self.form, "id", e.value)).classes("grow").mark("form-id")
                    self.title_inputs = {code: ui.input(
                        t(f"title_{code}", lang), value=self.form.title.get(code, ""),
                        on_change=lambda e, code=code: self._title(code, e.value)).classes("grow").mark(f"form-title-{code}")
                        for code in ("zh", "en")}
                # the drop zone: a widget dragged from the palette lands here as a new field
                drop = ("(e) => { const w = e.dataTransfer.getData(" + json.dumps(DRAG_TYPE)
                        + "); if (w) { e.preventDefault(); emit(w); } }")
                with ui.column().classes("w-full gap-1 q-pa-sm sb-form-drop").style(
                        "min-height: 320px; border: 2px dashed #b0bec5; border-radius: 8px").mark("field-list") as self.list:
                    pass
                self.list.on("dragover.prevent", lambda: None, js_handler="(e) => e.preventDefault()")
                self.list.on("drop", lambda e: self.add(e.args if isinstance(e.args, str) else e.args[0]), js_handler=drop)
            with ui.column().classes("w-80 gap-1").mark("field-inspector") as self.inspector:
                pass
            self.preview = PhonePreview(lang, self.submit)
        self.refresh()

    # ------------------------------------------------------------ edits
    def _title(self, code: str, value: str) -> None:
        self.form.title[code] = value
        self.preview.render(self.form)

    def add(self, widget: str) -> None:
        f = self.form.add(widget)
        self.selected = f.name
        self.refresh()

    def move(self, name: str, delta: int) -> None:
        self.form.move(name, delta)
        self.refresh()

    def remove(self, name: str) -> None:
        self.form.remove(name)
        if self.selected == name:
            self.selected = None
        self.refresh()

    def select(self, name: str) -> None:
        self.selected = name
        self.refresh()

    def new(self) -> None:
        self.form, self.selected, self.base, self.version = FormDraft(), None, None, None
        ui.navigate.to(f"/forms?lang={self.lang}")

    def refresh(self) -> None:
        self._field_list()
        self._inspector()
        self.preview.render(self.form)

    def _field_list(self) -> None:
        lang = self.lang
        self.list.clear()
        with self.list:
            if not self.form.fields:
                ui.label(t("drop_widgets", lang)).classes("text-grey-6 q-pa-md")
            for i, f in enumerate(self.form.fields):
                selected = f.name == self.selected
                border = "border: 2px solid " + ("#1565c0" if selected else "transparent")
                card = ui.card().classes("w-full q-pa-xs cursor-pointer").style(border).mark(f"field field-{f.name}")
                with card, ui.row().classes("w-full items-center no-wrap gap-2"):
                        ui.icon(WIDGETS.get(f.widget, "help")).classes("text-blue-grey-8")
                        ui.label(pick(f.label, lang) or f.name).classes("text-weight-medium")
                        ui.label(f"{f.name} · {t('w_' + f.widget, lang)}" + (" · *" if f.required else "")).classes(
                            "text-caption text-grey-7")
                        if f.visible_if:
                            ui.icon("visibility").classes("text-grey-6").tooltip(
                                f"{f.visible_if.get('field')} = {f.visible_if.get('equals')}")
                        ui.space()
                        ui.button(icon="arrow_upward", on_click=lambda n=f.name: self.move(n, -1)).props(
                            f"flat dense round {'disable' if i == 0 else ''}").mark(f"up-{f.name}")
                        ui.button(icon="arrow_downward", on_click=lambda n=f.name: self.move(n, 1)).props(
                            f"flat dense round {'disable' if i == len(self.form.fields) - 1 else ''}").mark(f"down-{f.name}")
                        ui.button(icon="delete", on_click=lambda n=f.name: self.remove(n)).props("flat dense round").mark(
                            f"remove-{f.name}")
                card.on("click", lambda n=f.name: self.select(n))

    def _inspector(self) -> None:
        lang = self.lang
        self.inspector.clear()
        f = self.form.get(self.selected) if self.selected else None
        with self.inspector:
            ui.label(t("field", lang)).classes("text-subtitle1 text-weight-medium")
            if f is None:
                ui.label(t("select_field", lang)).classes("text-caption text-grey-7")
                return
            name = ui.input(t("field_name", lang), value=f.name).classes("w-full").mark("f-name")
            name.on("blur", lambda: self._rename(f, name.value))
            name.on("keydown.enter", lambda: self._rename(f, name.value))
            for code in ("zh", "en"):
                ui.input(t(f"label_{code}", lang), value=f.label.get(code, ""),
                         on_change=lambda e, code=code: self._set(f, "label", {**f.label, code: e.value}, relist=True)
                         ).classes("w-full").mark(f"f-label-{code}")
            ui.switch(t("required", lang), value=f.required, on_change=lambda e: self._set(f, "required", e.value, relist=True)
                      ).mark("f-required")
            if f.widget == "number":
                ui.input(t("unit", lang), value=f.unit, on_change=lambda e: self._set(f, "unit", e.value)).classes("w-full").mark(
                    "f-unit")
                ui.number(t("minimum", lang), value=f.minimum, on_change=lambda e: self._set(f, "minimum", e.value)).classes(
                    "w-full").mark("f-min")
                ui.number(t("maximum", lang), value=f.maximum, on_change=lambda e: self._set(f, "maximum", e.value)).classes(
                    "w-full").mark("f-max")
            if f.widget in ("text", "textarea"):
                ui.number(t("max_length", lang), value=f.max_length, precision=0,
                          on_change=lambda e: self._set(f, "max_length", int(e.value) if e.value else None)).classes(
                    "w-full").mark("f-maxlength")
            if f.widget == "choice":
                ui.input(t("options", lang), value=", ".join(f.options),
                         on_change=lambda e: self._set(f, "options", [s.strip() for s in e.value.split(",") if s.strip()])
                         ).classes("w-full").mark("f-options")
            self._condition(f)

    def _condition(self, f: Field) -> None:
        lang = self.lang
        others = [g.name for g in self.form.fields if g.name != f.name]
        cond = f.visible_if or {}
        ui.label(t("visible_if", lang)).classes("text-caption text-grey-8 q-mt-sm")
        with ui.row().classes("w-full no-wrap gap-1"):
            src = ui.select(others, value=cond.get("field") if cond.get("field") in others else None, clearable=True,
                            label=t("field", lang)).classes("grow").mark("f-if-field")
            eq = ui.input(t("equals", lang), value="" if cond.get("equals") is None else str(cond.get("equals"))).classes(
                "grow").mark("f-if-equals")

        def apply() -> None:
            other = self.form.get(src.value) if src.value else None
            if other is None:
                self._set(f, "visible_if", None, relist=True)
                return
            value: Any = eq.value
            if other.widget == "number":
                try:
                    value = float(eq.value)
                except ValueError:
                    return
            self._set(f, "visible_if", {"field": other.name, "equals": value}, relist=True)

        src.on_value_change(apply)
        eq.on_value_change(apply)

    def _set(self, f: Field, attr: str, value: Any, relist: bool = False) -> None:
        setattr(f, attr, value)
        if relist:
            self._field_list()
        self.preview.render(self.form)

    def _rename(self, f: Field, new: str) -> None:
        if new == f.name:
            return
        err = self.form.rename(f.name, new)
        if err:
            ui.notify(t(err, self.lang), type="warning")
            return
        self.selected = f.name
        self.refresh()

    # ------------------------------------------------------------ service
    def _body(self) -> dict[str, Any]:
        return {"title": dict(self.form.title), "schema": self.form.schema(), "ui_schema": self.form.ui_schema()}

    async def publish(self) -> None:
        assert self.auth is not None and self.backend.service is not None
        if self.auth.need_token():
            return
        svc, token, lang = self.backend.service, self.auth.token, self.lang
        assert token
        cur = await svc.form(token, self.form.id)
        if cur.status == 404:
            r = await svc.create_form(token, {"id": self.form.id, "plant": self.plant, **self._body()})
        elif cur.ok and self.base == cur.body["revision"]:
            r = await svc.save_form(token, self.form.id, {**self._body(), "base_revision": self.base})
        elif cur.ok:
            ui.notify(t("form_conflict", lang, revision=cur.body["revision"], user=cur.body["updated_by"]), type="negative")
            return
        else:
            r = cur
        if not r.ok:
            ui.notify(r.message(lang), type="negative")
            return
        self.base = r.body["revision"]
        p = await svc.publish_form(token, self.form.id)
        if not p.ok:
            ui.notify(p.message(lang), type="negative")
            return
        self.version = p.body["version"]
        ui.notify(t("form_published", lang, id=self.form.id, version=self.version), type="positive")

    async def submit(self, data: dict[str, Any]) -> str | None:
        lang = self.lang
        if self.auth is None or self.backend.service is None or not self.auth.token or self.version is None:
            return t("preview_ok", lang, data=json.dumps(data, ensure_ascii=False))
        r = await self.backend.service.submit(self.auth.token, self.form.id, self.version, data)
        if not r.ok:
            return r.message(lang)
        return t("submitted", lang, id=r.body["id"], version=r.body["form_version"])

    async def open_dialog(self) -> None:
        assert self.auth is not None and self.backend.service is not None
        if self.auth.need_token():
            return
        assert self.auth.token
        r = await self.backend.service.forms(self.auth.token)
        forms = list(r.body) if r.ok else []
        with ui.dialog() as dialog, ui.card().classes("w-96").mark("form-open-dialog"):
            ui.label(t("open", self.lang)).classes("text-h6")
            with ui.list().props("dense bordered separator").classes("w-full"):
                for form in forms:
                    def pick_form(form: dict[str, Any] = form) -> None:
                        self.form = FormDraft.from_service(form)
                        self.base, self.version = form["revision"], form.get("published_version")
                        self.plant, self.selected = form.get("plant") or self.plant, None
                        dialog.close()
                        self.id_input.value = self.form.id
                        for code, el in self.title_inputs.items():
                            el.value = self.form.title.get(code, "")
                        self.refresh()

                    ui.item(f"{form['id']} ({pick(form.get('title'), self.lang)})", on_click=pick_form).mark(
                        f"form-item-{form['id']}")
        dialog.open()
