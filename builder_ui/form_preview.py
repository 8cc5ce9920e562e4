"""A form as an operator sees it on a phone: fields in order, conditional ones appearing as they
apply, required ones checked before the submission leaves."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import jsonschema
from nicegui import ui

from builder_ui.form_model import Field, FormDraft, submission, visible
from builder_ui.i18n import pick, t


class PhonePreview:
    def __init__(self, lang: str, on_submit: Callable[[dict[str, Any]], Awaitable[str | None]]) -> None:
        self.lang, self.on_submit = lang, on_submit
        self.form = FormDraft()
        self.data: dict[str, Any] = {}
        self.boxes: dict[str, ui.element] = {}
        phone = ui.card().classes("q-pa-none").style(
            "width: 375px; height: 667px; border: 10px solid #263238; border-radius: 28px; overflow: hidden").mark("phone")
        with phone, ui.scroll_area().style("height: 100%; width: 100%"):
            self.root = ui.column().classes("w-full q-pa-md gap-2").mark("preview")

    def render(self, form: FormDraft) -> None:
        self.form = form
        self.data = {k: v for k, v in self.data.items() if form.get(k) is not None}
        self.boxes = {}
        lang = self.lang
        self.root.clear()
        with self.root:
            ui.label(pick(form.title, lang, form.id)).classes("text-h6")
            for f in form.fields:
                with ui.column().classes("w-full gap-0") as box:
                    self._input(f)
                self.boxes[f.name] = box
            self.errors = ui.column().classes("w-full gap-0").mark("preview-errors")
            ui.button(t("submit", lang), icon="send", on_click=self.submit).props("unelevated").classes("w-full").mark(
                "preview-submit")
            self.result = ui.label("").classes("text-caption").mark("preview-result")
        self._visibility()

    def _input(self, f: Field) -> None:
        label = (pick(f.label, self.lang) or f.name) + (" *" if f.required else "")
        value = self.data.get(f.name)
        mark = f"preview-{f.name}"

        def set_(v: Any, name: str = f.name) -> None:
            self.data[name] = v
            self._visibility()

        if f.widget == "number":
            ui.number(label, value=value, suffix=f.unit or None, min=f.minimum, max=f.maximum,
                      on_change=lambda e: set_(e.value)).classes("w-full").mark(mark)
        elif f.widget == "choice":
            ui.label(label).classes("text-caption text-grey-8")
            ui.radio(list(f.options), value=value, on_change=lambda e: set_(e.value)).props("inline").mark(mark)
        elif f.widget == "textarea":
            ui.textarea(label, value=value or "", on_change=lambda e: set_(e.value)).classes("w-full").mark(mark)
        elif f.widget in ("photo", "signature"):
            # the real upload goes to /api/uploads from the operator pages; here it shows the control
            ui.label(label).classes("text-caption text-grey-8")
            ui.button(t("take_photo" if f.widget == "photo" else "sign_here", self.lang),
                      icon="photo_camera" if f.widget == "photo" else "draw").props("outline disable").mark(mark)
        else:
            ui.input(label, value=value or "", on_change=lambda e: set_(e.value)).classes("w-full").mark(mark)

    def _visibility(self) -> None:
        for f in self.form.fields:
            box = self.boxes.get(f.name)
            if box is not None:
                box.set_visibility(visible(f, self.data))

    async def submit(self) -> None:
        lang = self.lang
        data, missing = submission(self.form, self.data)
        self.errors.clear()
        problems = [t(key, lang, field=name) for name, key in missing]
        validator = jsonschema.Draft202012Validator(self.form.schema())
        problems += [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)]
        with self.errors:
            for p in problems:
                ui.label(p).classes("text-negative text-caption").mark("preview-error")
        if problems:
            self.result.text = ""
            return
        self.result.text = await self.on_submit(data) or ""
