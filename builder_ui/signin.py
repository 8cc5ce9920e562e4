"""Signing in to the service (its /api/auth/login); the token lives in this tab only."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from nicegui import ui

from builder_ui.i18n import t
from builder_ui.service import ServiceClient


class SignIn:
    def __init__(self, client: ServiceClient, lang: str,
                 on_signed_in: Callable[[], Awaitable[None] | None] | None = None) -> None:
        self.client, self.lang = client, lang
        self.token: str | None = None
        self.user: dict[str, Any] = {}
        self.who: ui.label | None = None
        # a page whose content depends on who is signed in (the boards) reloads itself
        self.on_signed_in = on_signed_in

    def button(self) -> None:
        """The signed-in name and the sign-in button; call inside the header row."""
        self.who = ui.label(self.user.get("username", "")).classes("text-caption").mark("signed-in-as")
        ui.button(t("sign_in", self.lang), icon="login", on_click=self.dialog).props("flat color=white").mark("sign-in")

    def need_token(self) -> bool:
        """True (and the sign-in dialog opens) when nobody is signed in."""
        if self.token:
            return False
        ui.notify(t("sign_in_first", self.lang), type="warning")
        self.dialog()
        return True

    def dialog(self) -> None:
        lang = self.lang
        with ui.dialog() as dialog, ui.card().classes("w-96").mark("sign-in-dialog"):
            ui.label(t("sign_in", lang)).classes("text-h6")
            user = ui.input(t("username", lang)).classes("w-full").mark("username")
            pw = ui.input(t("password", lang), password=True).classes("w-full").mark("password")
            msg = ui.label("").classes("text-negative text-caption").mark("sign-in-error")

            async def go() -> None:
                r = await self.client.login(user.value or "", pw.value or "")
                if not r.ok:
                    msg.text = r.message(lang)
                    return
                if r.body.get("must_change_password"):
                    msg.text = t("change_password_first", lang)
                    return
                # who may do what is the service's answer (permissions), read once per sign-in
                me = await self.client.me(r.body["token"])
                if not me.ok:
                    msg.text = me.message(lang)
                    return
                self.token, self.user = r.body["token"], me.body
                if self.who is not None and not self.who.is_deleted:
                    self.who.text = self.user.get("username", "")
                dialog.close()
                ui.notify(t("signed_in", lang, user=self.user.get("username", "")), type="positive")
                if self.on_signed_in is not None:
                    done = self.on_signed_in()
                    if done is not None:
                        await done

            pw.on("keydown.enter", go)
            ui.button(t("sign_in", lang), on_click=go).props("unelevated").mark("sign-in-go")
        dialog.open()
