"""Photos on the operator pages: taken with the phone's back camera, sent to /api/uploads of the
record's plant, and shown again (through the API, with the signed-in user's token) to whoever
verifies."""

from __future__ import annotations

import base64

from nicegui import events, ui

from builder_ui.i18n import t
from builder_ui.service import Reply, ServiceClient


class PhotoInput:
    """One photo. ``capture="environment"`` opens the back camera on a phone (a desktop browser
    offers a file instead); the service checks the content, so the name does not matter."""

    def __init__(self, lang: str, marker: str, label_key: str = "take_photo") -> None:
        self.file: tuple[str, bytes, str] | None = None
        self.element = ui.upload(label=t(label_key, lang), auto_upload=True, on_upload=self._got).props(
            'accept="image/*" capture="environment" flat bordered').classes("w-full").mark(marker)

    async def _got(self, e: events.UploadEventArguments) -> None:
        self.file = (e.file.name, await e.file.read(), e.file.content_type or "application/octet-stream")

    async def send(self, client: ServiceClient, token: str, plant: str) -> Reply | None:
        """Upload the photo into ``plant``; None when none was taken."""
        if self.file is None:
            return None
        return await client.upload(token, plant, *self.file)


async def show_photo(client: ServiceClient, token: str, upload_id: str, caption: str, marker: str) -> None:
    """The photo inline (a data URL: an <img src> could not carry the bearer token)."""
    r = await client.download(token, upload_id)
    with ui.column().classes("gap-0 items-center"):
        if r.ok:
            ctype, data = r.body
            ui.image(f"data:{ctype};base64,{base64.b64encode(data).decode()}").style(
                "width: 160px; height: 120px").props("fit=contain").classes("border rounded").mark(marker)
        ui.label(caption).classes("text-caption text-grey-8")
