"""The JetStream streams and the KV bucket of a deployment, created by whichever worker comes first."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import nats.errors
from nats.js.api import StreamConfig
from nats.js.errors import (
    APIError,
    BadRequestError,
    NoStreamResponseError,
    NotFoundError,
    ServiceUnavailableError,
)

from core.scaleout.partition import DECISIONS_STREAM, EVENTS_STREAM, KV_BUCKET

# what a server whose JetStream is still starting answers
_STARTING = (nats.errors.NoRespondersError, NoStreamResponseError, ServiceUnavailableError)


async def ensure_streams(js: Any, wait_s: float = 15.0) -> Any:
    """Create the streams and the KV bucket if missing and return the bucket. Idempotent, and
    safe when several workers start together (one creates, the others find it). Waits up to
    ``wait_s`` for JetStream: a server just started may take connections before its JetStream
    answers, and a worker started along with it must not die of that."""
    deadline = time.monotonic() + wait_s
    while True:
        try:
            # decisions and actions are de-duplicated on their ids for an hour: longer than any restart
            for cfg in (StreamConfig(name=EVENTS_STREAM, subjects=["sb.part.>"]),
                        StreamConfig(name=DECISIONS_STREAM, subjects=["sb.dec.>", "sb.act.>"], duplicate_window=3600.0)):
                try:
                    await js.stream_info(cfg.name)
                except NotFoundError:
                    try:
                        await js.add_stream(cfg)
                    except BadRequestError:  # another worker created it since we looked
                        await js.stream_info(cfg.name)
            try:
                return await js.key_value(KV_BUCKET)
            except (NotFoundError, APIError):  # BucketNotFoundError (a NotFoundError), or an API error
                try:
                    return await js.create_key_value(bucket=KV_BUCKET, history=1)
                except BadRequestError:  # another worker created it since we looked
                    return await js.key_value(KV_BUCKET)
        except _STARTING:
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.1)
