"""Acting as the people of the loop in User tests: sign in on a page, or call the real service's API
(set-up steps a test does not look at, through the same HTTP API the pages use)."""

from __future__ import annotations

import base64
from typing import Any

from builder_ui.service import ServiceClient
from tests.builder.conftest import PASSWORD, WAIT

# a 1x1 PNG: the service checks an upload's content, not its name
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


async def sign_in(user: Any, username: str = "engineer1", password: str = PASSWORD) -> None:
    user.find(marker="sign-in").click()
    await user.should_see(marker="username", retries=WAIT)
    user.find(marker="username").type(username)
    user.find(marker="password").type(password)
    user.find(marker="sign-in-go").click()
    # the page's own label: notifications of an earlier page are still in the User's list
    await user.should_see(marker="signed-in-as", content=username, retries=WAIT)


async def open_as(user: Any, path: str, username: str) -> None:
    """A fresh tab on ``path``, signed in as ``username`` (a board then loads itself)."""
    await user.open(path)
    await sign_in(user, username)


def me(username: str, role: str) -> dict[str, Any]:
    """What GET /api/me answers for a person of ``role``: the pages decide their buttons from this."""
    from core.api.auth import permissions_of

    return {"username": username, "role": role, "plants": ["*"], "permissions": permissions_of(role)}


class Api:
    """The service as one person sees it."""

    def __init__(self, app: Any) -> None:
        self.client = ServiceClient(app)
        self.tokens: dict[str, str] = {}

    async def token(self, username: str) -> str:
        if username not in self.tokens:
            r = await self.client.login(username, PASSWORD)
            assert r.ok, r.body
            self.tokens[username] = r.body["token"]
        return self.tokens[username]

    async def __call__(self, username: str, method: str, path: str, body: Any = None) -> Any:
        r = await self.client.call(method, path, await self.token(username), body)
        assert r.ok, (path, r.status, r.body)
        return r.body

    async def photo(self, username: str, plant: str = "plant-a") -> str:
        r = await self.client.upload(await self.token(username), plant, "p.png", PNG, "image/png")
        assert r.ok, r.body
        return str(r.body["id"])


def marked(user: Any, marker: str) -> Any:
    (el,) = user.find(marker=marker).elements
    return el


async def click(user: Any, marker: str) -> None:
    """Click once it is there: a board loads (and re-loads after each step) while the test goes on."""
    await user.should_see(marker=marker, retries=WAIT)
    user.find(marker=marker).click()


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A plain colour picture (a PNG written by hand: no imaging library), e.g. a stand-in photo that
    still shows in a screenshot."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    row = b"\x00" + bytes(rgb) * width
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(row * height)) + chunk(b"IEND", b""))
