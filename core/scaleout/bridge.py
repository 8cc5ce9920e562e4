"""Putting events (and clock ticks) onto the partitioned stream, in order.

Events go to ``sb.ev.<group token>`` (the server maps them to a partition); ticks go to every
partition's ``sb.part.<p>.tick``. Everything is published on one connection, so the stream keeps
the publishing order within each partition — the order the embedded engine would see.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from core.runtime.live import EVENT, TICK
from core.scaleout.partition import TICK as TICK_TOKEN
from core.scaleout.partition import Partitioner

Input = tuple[int, float, str | None, Any, str | None]


async def publish_inputs(nc: Any, part: Partitioner, inputs: Iterable[Input], flush_every: int = 5000) -> int:
    """Core-NATS publishes with periodic flushes (the stream stores them in arrival order);
    returns the number of messages published."""
    n = 0
    for kind, ts, signal, value, quality in inputs:
        if kind == EVENT:
            assert signal is not None
            payload = json.dumps([ts, signal, value, quality or "good"], separators=(",", ":"), ensure_ascii=False).encode()
            await nc.publish(f"sb.ev.{part.token_of(signal)}", payload)
            n += 1
        elif kind == TICK:
            body = repr(float(ts)).encode()
            for p in range(part.n):
                await nc.publish(f"sb.part.{p}.{TICK_TOKEN}", body)
            n += part.n
        if n % flush_every < part.n + 1:
            await nc.flush()
    await nc.flush()
    return n
