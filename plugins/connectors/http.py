"""HTTP batch ingest: a helper the service mounts (or any WSGI/ASGI app calls).

Body: a JSON array of events (objects or ``[ts, signal, value, quality?]`` lists) or JSON Lines.
Every item goes through ``normalize_event`` (source ``http:<name>``); the batch is submitted to the
runtime in one journal transaction, so a 200 answer means the events are durable and the
returned decision ids acknowledged. A bad item is reported by index and skipped, never a value.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from core.runtime.events import Event

try:  # the service extra; ingest_batch works without it
    from fastapi import APIRouter, Request
    from fastapi.responses import JSONResponse
except ImportError:  # pragma: no cover - headless plant box
    APIRouter = Request = JSONResponse = None  # type: ignore[assignment,misc]

MAX_BATCH = 100_000


def _items(body: bytes | str | Sequence[Any]) -> list[Any]:
    if isinstance(body, bytes | bytearray):
        body = bytes(body).decode("utf-8")
    if isinstance(body, str):
        text = body.strip()
        if text.startswith("["):
            parsed = json.loads(text)
            return list(parsed) if isinstance(parsed, list) else [parsed]
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return list(body)


def ingest_batch(host: Any, submit: Callable[[list[Event]], Sequence[Any]], body: bytes | str | Sequence[Any],
                 source: str = "http:batch") -> tuple[int, dict[str, Any]]:
    """(HTTP status, answer). 400 for an unreadable body, 413 for a batch over MAX_BATCH."""
    try:
        items = _items(body)
    except (ValueError, UnicodeDecodeError) as e:
        return 400, {"error": f"body is not JSON or JSON Lines: {e}", "error_zh": f"请求体不是 JSON 或 JSON Lines：{e}"}
    if len(items) > MAX_BATCH:
        return 413, {"error": f"at most {MAX_BATCH} events per batch", "error_zh": f"每批最多 {MAX_BATCH} 个事件"}
    events: list[Event] = []
    rejected: list[dict[str, Any]] = []
    for i, item in enumerate(items):
        out = host.normalize_event(source, [item] if isinstance(item, dict) else [item])
        if not out:
            rejected.append({"index": i, "error": "not an event / 不是有效事件"})
            continue
        events.extend(out)
    decisions = submit(events) if events else []
    return 200, {"accepted": len(events), "rejected": rejected,
                 "decisions": [getattr(d, "id", None) for d in decisions]}


def make_router(host: Any, submit: Callable[[list[Event]], Sequence[Any]], path: str = "/ingest") -> Any:
    """A FastAPI router with ``POST <path>`` for the service engineer to include under /api."""
    if APIRouter is None:
        raise RuntimeError("make_router needs the service extra (fastapi) / 需要安装 service 依赖")
    router = APIRouter()

    @router.post(path, summary="Ingest a batch of events / 批量写入事件")
    async def ingest(request: Request) -> JSONResponse:
        import asyncio

        body = await request.body()
        status, answer = await asyncio.to_thread(ingest_batch, host, submit, body, "http:api")
        return JSONResponse(answer, status_code=status)

    return router
