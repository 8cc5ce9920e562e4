"""Only the owner of partition p appends to ``sb.dec.<p>``: the decision stream's own fence.

The lease and the checkpoint CAS (lease.py) stop a worker that lost its partition from writing
checkpoints, but its publishes went to JetStream unconditionally, protected only by
``Nats-Msg-Id`` — and JetStream forgets a message id after its de-duplication window (an hour). A
zombie whose publish reached the server later than that (a process paused mid-flush, a network
that held its bytes) would have appended a decision its successor had already published.

So every decision is published with ``Nats-Expected-Last-Subject-Sequence``: the last sequence of
``sb.dec.<p>`` as its owner knows it (its own previous append), and the server appends it only if
nothing was appended to the subject since. A new owner's :func:`claim` appends a marker — an
empty message with the header ``Sb-Fence: w<index> e<epoch>`` — conditional on the end it has
just read; from then on every publish of an earlier owner names an older end and is refused
(:class:`Refused`, a :class:`Fenced`: the partition is lost), however late it arrives. The marker
is what closes the gap before the new owner's first decision: without it a zombie whose last
append was the subject's end could still append until then. Readers of ``sb.dec.<p>`` skip
messages without a body. (JetStream checks ``Nats-Msg-Id`` first, so a re-publish it still
remembers is acknowledged as a duplicate, stale or not, and appends nothing either.)

The checkpoint records ``dec_seq``: the sequence of the last decision it covers. The claim reads
what was appended after it — the previous owner published, then crashed or was cut off before
its checkpoint — so the new owner, which makes those decisions again from the checkpoint, does
not append them a second time (:attr:`Claim.ahead`), past the de-duplication window too.

Actions go to ``sb.act.<type>``: subjects every partition shares, whose last sequence says nothing
about one partition, so they cannot be fenced this way and stay de-duplicated by ``Nats-Msg-Id``
(their idempotency key) within the window. A decision is published before its actions and a
refused decision ends the flush, so a fenced owner publishes no action of a decision it could not
append; and the claim looks up which actions of the previous owner's last decision are already in
the stream (:attr:`Claim.sent`), the only one whose actions may be partly published. Left to the
window: an owner stopped *between* a decision and its actions for longer than an hour — action
consumers de-duplicate on the idempotency key (in the payload too) for that.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from nats.js.errors import APIError, NotFoundError

from core.scaleout.lease import Fenced
from core.scaleout.partition import DECISIONS_STREAM

EXPECT = "Nats-Expected-Last-Subject-Sequence"
MARKER = "Sb-Fence"
# the subject's end moved: JSStreamWrongLastSequenceErrF, and the code newer servers answer instead
WRONG_LAST = (10071, 10164)


class Refused(Fenced):
    """The server refused our append to ``sb.dec.<p>``: someone else appended since — a new owner."""


def subject(p: int) -> str:
    return f"sb.dec.{p}"


@dataclass
class Claim:
    seq: int  # our marker's sequence: the end of sb.dec.<p>, the condition of our first append
    ahead: dict[str, int] = field(default_factory=dict)  # decisions appended after the checkpoint: id -> seq
    sent: set[str] = field(default_factory=set)  # idempotency keys of their actions already in the stream


async def _last(js: Any, subj: str) -> int:
    try:
        return int((await js.get_last_msg(DECISIONS_STREAM, subj)).seq)
    except NotFoundError:
        return 0


async def _after(js: Any, subj: str, seq: int) -> Any | None:
    """The first message on ``subj`` after ``seq``, or None."""
    try:
        return await js.get_msg(DECISIONS_STREAM, seq=seq + 1, subject=subj, next=True)
    except NotFoundError:
        return None


async def _find(js: Any, subj: str, seq: int, key: str) -> bool:
    """Whether a message with ``Nats-Msg-Id`` ``key`` is on ``subj`` after ``seq``."""
    while (m := await _after(js, subj, seq)) is not None:
        if (m.headers or {}).get("Nats-Msg-Id") == key:
            return True
        seq = int(m.seq)
    return False


async def claim(js: Any, p: int, covered: int | None, owner: int, epoch: int, tries: int = 5) -> Claim:
    """Take ``sb.dec.<p>`` over for a new owner whose checkpoint covers decisions up to sequence
    ``covered`` (None: a checkpoint from before ``dec_seq``; re-publishes then rely on the
    de-duplication window, as they used to). Raises :class:`Refused` if the end kept moving."""
    subj, out = subject(p), Claim(0)
    tail: list[tuple[int, dict[str, Any]]] = []
    read = covered
    for _ in range(tries):
        end = await _last(js, subj)
        while read is not None and read < end and (m := await _after(js, subj, read)) is not None:
            read = int(m.seq)
            if m.data:  # markers have no body
                tail.append((read, json.loads(m.data)))
        try:
            ack = await js.publish(subj, b"", headers={EXPECT: str(end), MARKER: f"w{owner} e{epoch}"})
            out.seq = int(ack.seq)
            break
        except APIError as err:
            if err.err_code not in WRONG_LAST:
                raise
            # the previous owner appended after we read the end (it was paused, not dead): read on
    else:
        raise Refused(f"partition {p}: decision stream kept moving / 决策流持续变化，无法接管")
    out.ahead = {str(rec["id"]): seq for seq, rec in tail}
    for i, (seq, rec) in enumerate(tail):
        for a in rec.get("actions", []):
            key = str(a["idempotency_key"])
            # decisions and their actions are published one after another, so only the last
            # decision of the tail can have actions that never made it
            if i < len(tail) - 1 or await _find(js, f"sb.act.{a['type']}", seq, key):
                out.sent.add(key)
    return out


async def publish(js: Any, p: int, rec: dict[str, Any], end: int) -> tuple[int, bool]:
    """Append decision ``rec`` to ``sb.dec.<p>`` if the subject still ends at ``end``; (its
    sequence, whether JetStream already had it). Raises :class:`Refused` otherwise."""
    body = json.dumps(rec, ensure_ascii=False, separators=(",", ":")).encode()
    try:
        ack = await js.publish(subject(p), body, headers={"Nats-Msg-Id": rec["id"], EXPECT: str(end)})
    except APIError as err:
        if err.err_code in WRONG_LAST:
            raise Refused(f"partition {p}: decision refused, another owner appended"
                          f" / 分区 {p}：决策发布被拒绝，已由其他工作进程接管") from err
        raise
    return int(ack.seq), bool(ack.duplicate)
