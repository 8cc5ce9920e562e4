"""Engine snapshots of the workers' partitions, in the JetStream object store ``sb_snapshots``.

A checkpoint (KV ``p<p>``) names the snapshot it goes with — ``{"name", "seq", "decisions",
"prev_hash", "sha256", "bytes"}`` — so taking a partition restores the engine from it and replays
only the stream after ``seq`` instead of the partition's whole history. An object store, not the KV
bucket: a partition's snapshot grows with its rules (about 0.5 kB a rule, mid-window) past what a
message may carry, and the object store chunks it.

Objects are named by partition, lease epoch and stream sequence (``p3.e41.s12345``): a writer never
overwrites the object a checkpoint names, so a paused ex-owner (a zombie) writing late cannot spoil
its successor's restore; the digest in the checkpoint is checked all the same. The owner deletes the
object its previous checkpoint named once the new checkpoint is written, and, when it takes a
partition, every object of the partition the checkpoint does not name (a zombie's leftovers).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
from typing import Any

from nats.js.errors import BadRequestError, NotFoundError

log = logging.getLogger("safeblocks.worker")

SNAPSHOT_BUCKET = "sb_snapshots"


async def ensure_object_store(js: Any) -> Any:
    try:
        return await js.object_store(SNAPSHOT_BUCKET)
    except NotFoundError:  # BucketNotFoundError
        try:
            return await js.create_object_store(bucket=SNAPSHOT_BUCKET)
        except BadRequestError:  # another worker created it since we looked
            return await js.object_store(SNAPSHOT_BUCKET)


def object_name(p: int, epoch: int, seq: int) -> str:
    return f"p{p}.e{epoch}.s{seq}"


async def save(obs: Any, p: int, epoch: int, seq: int, decisions: int, prev_hash: str, data: bytes) -> dict[str, Any]:
    """Store one snapshot; the reference a checkpoint carries to it."""
    name = object_name(p, epoch, seq)
    await obs.put(name, data)
    return {"name": name, "seq": seq, "decisions": decisions, "prev_hash": prev_hash,
            "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}


async def load(obs: Any, ref: dict[str, Any]) -> dict[str, Any] | None:
    """The snapshot a checkpoint names, or None (missing, damaged: the caller replays the stream)."""
    try:
        data = (await obs.get(str(ref["name"]))).data
    except Exception as err:  # nats-py raises several kinds (not found, digest, deleted)
        log.warning("snapshot %s unreadable (%r): replaying the stream instead / 快照无法读取，改为重放", ref.get("name"), err)
        return None
    if hashlib.sha256(data).hexdigest() != ref.get("sha256"):
        log.warning("snapshot %s does not match its checkpoint: replaying the stream instead / 快照与检查点不符，改为重放",
                    ref.get("name"))
        return None
    try:
        snap = json.loads(data)
    except ValueError as err:
        log.warning("snapshot %s is not JSON (%s): replaying the stream instead / 快照格式错误，改为重放", ref.get("name"), err)
        return None
    return snap if isinstance(snap, dict) else None


async def drop(obs: Any, name: str) -> None:
    with contextlib.suppress(Exception):  # already gone, or the server is away: a leftover is pruned later
        await obs.delete(name)


async def prune(obs: Any, p: int, keep: str | None) -> int:
    """Delete partition p's objects other than ``keep``; how many. Called by the owner only."""
    n = 0
    with contextlib.suppress(Exception):  # nats-py raises NotFoundError for an empty bucket
        for info in await obs.list():
            if info.name.startswith(f"p{p}.") and info.name != keep and not info.deleted:
                await drop(obs, info.name)
                n += 1
    return n
