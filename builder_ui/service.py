"""The platform service's rule lifecycle, through its public HTTP API (``/api/...``).

When the builder is mounted on the service, it calls the same app in-process (httpx's ASGI
transport: no socket, no second server) with the signed-in engineer's token, so every save,
publish and rollback goes through the API's auth, optimistic concurrency and audit exactly as
any other client's would. The builder never touches the service's tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx


@dataclass
class Reply:
    status: int
    body: Any

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    def message(self, lang: str) -> str:
        err = self.body.get("error") if isinstance(self.body, dict) else None
        if not isinstance(err, dict):
            return f"HTTP {self.status}"
        msg = (err.get("message") or {}).get(lang) or (err.get("message") or {}).get("en") or err.get("code", "")
        fix = (err.get("fix") or {}).get(lang)
        return f"{msg} ({fix})" if fix else str(msg)


class ServiceClient:
    def __init__(self, app: Any) -> None:
        self.app = app

    async def call(self, method: str, path: str, token: str | None = None, json: Any = None) -> Reply:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        transport = httpx.ASGITransport(app=self.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            r = await client.request(method, path, json=json, headers=headers)
        try:
            body = r.json() if r.content else None
        except ValueError:
            body = r.text
        return Reply(r.status_code, body)

    async def upload(self, token: str, plant: str, name: str, data: bytes, content_type: str) -> Reply:
        """A photo or signature for /api/uploads (the service checks the content, not the name); the file
        belongs to ``plant``, the plant of the record that will point at it."""
        transport = httpx.ASGITransport(app=self.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            r = await client.post("/api/uploads", params={"plant": plant}, files={"file": (name, data, content_type)},
                                  headers={"Authorization": f"Bearer {token}"})
        return Reply(r.status_code, r.json() if r.content else None)

    async def download(self, token: str, upload_id: str) -> Reply:
        """An upload's bytes: ``body`` is (content type, bytes) when ok, else the API's error."""
        transport = httpx.ASGITransport(app=self.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            r = await client.get(f"/api/uploads/{upload_id}", headers={"Authorization": f"Bearer {token}"})
        if r.is_success:
            return Reply(r.status_code, (r.headers.get("content-type", "application/octet-stream"), r.content))
        return Reply(r.status_code, r.json() if r.content else None)

    async def login(self, username: str, password: str) -> Reply:
        return await self.call("POST", "/api/auth/login", json={"username": username, "password": password})

    async def me(self, token: str) -> Reply:
        """The signed-in user with their plants and ``permissions`` (the operations their role may call)."""
        return await self.call("GET", "/api/me", token)

    async def rules(self, token: str) -> Reply:
        return await self.call("GET", "/api/rules", token)

    async def rule(self, token: str, rule_id: str) -> Reply:
        return await self.call("GET", f"/api/rules/{rule_id}", token)

    async def create(self, token: str, plant: str, doc: dict[str, Any]) -> Reply:
        return await self.call("POST", "/api/rules", token, {"plant": plant, "doc": doc})

    async def save_draft(self, token: str, rule_id: str, doc: dict[str, Any], base_revision: int) -> Reply:
        return await self.call("PUT", f"/api/rules/{rule_id}/draft", token, {"doc": doc, "base_revision": base_revision})

    async def publish(self, token: str, rule_id: str, base_revision: int, note: str = "") -> Reply:
        return await self.call("POST", f"/api/rules/{rule_id}/publish", token,
                               {"base_revision": base_revision, "note": note})

    async def backtest(self, token: str, rule_id: str, start: str, end: str) -> Reply:
        return await self.call("POST", f"/api/rules/{rule_id}/backtest", token, {"start": start, "end": end})

    async def versions(self, token: str, rule_id: str) -> Reply:
        return await self.call("GET", f"/api/rules/{rule_id}/versions", token)

    async def rollback(self, token: str, rule_id: str, to_version: int, note: str = "") -> Reply:
        return await self.call("POST", f"/api/rules/{rule_id}/rollback", token, {"to_version": to_version, "note": note})

    # ------------------------------------------------------------ forms
    async def forms(self, token: str) -> Reply:
        return await self.call("GET", "/api/forms", token)

    async def form(self, token: str, form_id: str) -> Reply:
        return await self.call("GET", f"/api/forms/{form_id}", token)

    async def create_form(self, token: str, body: dict[str, Any]) -> Reply:
        return await self.call("POST", "/api/forms", token, body)

    async def save_form(self, token: str, form_id: str, body: dict[str, Any]) -> Reply:
        return await self.call("PUT", f"/api/forms/{form_id}", token, body)

    async def publish_form(self, token: str, form_id: str) -> Reply:
        return await self.call("POST", f"/api/forms/{form_id}/publish", token)

    async def submit(self, token: str, form_id: str, version: int, data: dict[str, Any]) -> Reply:
        return await self.call("POST", f"/api/forms/{form_id}/submissions", token, {"version": version, "data": data})
