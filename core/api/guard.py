"""Request guard (pure ASGI): body size caps, content types and JSON nesting depth are checked before
FastAPI parses anything, so a 10 MB or 10,000-deep body costs no parsing and reaches no handler."""

from __future__ import annotations

import json
import re

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MB = 1024 * 1024
MAX_DEPTH = 32
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"')
_BRACKET = re.compile(rb"[\[\]{}]")
_NONFINITE = re.compile(rb"(?<![\w.])-?(?:NaN|Infinity)\b")

# (path prefix, body cap, accepted content types); first match wins
POLICIES: list[tuple[str, int, tuple[str, ...]]] = [
    ("/api/uploads", 6 * MB, ("multipart/form-data",)),
    ("/api/events", 8 * MB, ("application/json", "text/csv", "application/x-ndjson")),
    ("/api/", 1 * MB, ("application/json",)),
]


def json_depth(body: bytes) -> int:
    """Deepest nesting of a JSON text, strings removed first so brackets inside them do not count."""
    depth = best = 0
    for m in _BRACKET.finditer(_STRING.sub(b'""', body)):
        if m.group() in (b"[", b"{"):
            depth += 1
            best = max(best, depth)
        else:
            depth -= 1
    return best


class RequestGuard:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def _reply(self, send: Send, status: int, code: str, en: str, zh: str, fix_en: str, fix_zh: str) -> None:
        body = json.dumps({"error": {"code": code, "message": {"en": en, "zh": zh}, "where": "request body",
                                     "fix": {"en": fix_en, "zh": fix_zh}}}, ensure_ascii=False).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        if "\x00" in path or b"%00" in scope.get("query_string", b""):
            await self._reply(send, 400, "nul_character", "NUL characters are not allowed in the URL",
                              "URL 中不允许 NUL 字符", "remove the \\0 character", "删除 \\0 字符")
            return
        if scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        policy = next((p for p in POLICIES if path.startswith(p[0])), None)
        if policy is None:
            await self.app(scope, receive, send)
            return
        _, cap, types = policy
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        declared = headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > cap:
            await self._too_large(send, cap)
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            msg = await receive()
            if msg["type"] == "http.disconnect":
                return
            chunk = msg.get("body", b"")
            size += len(chunk)
            if size > cap:
                await self._too_large(send, cap)
                return
            chunks.append(chunk)
            more = msg.get("more_body", False)
        body = b"".join(chunks)
        ctype = headers.get("content-type", "").split(";")[0].strip().lower()
        if body and ctype not in types:
            await self._reply(send, 415, "unsupported_media_type",
                              f"Content-Type {ctype or '(none)'} is not accepted here; use {' or '.join(types)}",
                              f"此处不接受 Content-Type {ctype or '（无）'}，请使用 {' 或 '.join(types)}",
                              f"send the body as {types[0]} and set the Content-Type header",
                              f"以 {types[0]} 格式发送并设置 Content-Type 请求头")
            return
        if ctype != "multipart/form-data" and (b"\x00" in body or b"\\u0000" in body):
            # PostgreSQL text cannot hold NUL; refusing it everywhere keeps both backends identical
            await self._reply(send, 400, "nul_character", "NUL characters (\\u0000) are not allowed in the body",
                              "请求体中不允许 NUL 字符（\\u0000）", "remove the \\u0000 characters", "删除 \\u0000 字符")
            return
        if body and ctype == "application/json" and json_depth(body) > MAX_DEPTH:
            await self._reply(send, 400, "too_deep", f"JSON nested deeper than {MAX_DEPTH} levels",
                              f"JSON 嵌套超过 {MAX_DEPTH} 层", "flatten the document", "请减少嵌套层级")
            return
        if body and ctype == "application/json" and not path.startswith("/api/events") \
                and _NONFINITE.search(_STRING.sub(b'""', body)):
            # NaN/Infinity are not JSON (RFC 8259) and PostgreSQL's json type refuses them
            await self._reply(send, 400, "not_json_number", "NaN and Infinity are not valid JSON numbers",
                              "NaN 与 Infinity 不是合法的 JSON 数值", "send null or a finite number", "请改用 null 或有限数值")
            return
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, send: Send, cap: int) -> None:
        await self._reply(send, 413, "too_large", f"request body larger than {cap // MB} MB",
                          f"请求体超过 {cap // MB} MB", "send smaller batches or a smaller file",
                          "请分批发送或压缩文件")
