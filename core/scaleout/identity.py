"""One live process per worker index.

Two processes started with the same ``--index`` (a supervisor that restarted a worker which was
only stuck, an operator's typo) would both take the partitions leased under that index and fence
each other forever: the CAS keeps the data safe, but neither serves for long. So:

- At start, before it takes anything, a worker reads ``hb.w<I>``. Another process's token there is
  either a dead predecessor (a restart after a crash) or a live twin. It asks ``sb.worker.w<I>``,
  which every running worker answers with its token: an answer means a live twin, and the newcomer
  refuses to run (:class:`DuplicateIndex`, exit status 3 in the CLI); "no responders" means no
  connection of that index is left on the server — the predecessor is gone, and the restart goes
  on at once; no answer in time (a paused or cut-off process) means waiting until its heartbeat
  has not moved for a lease period — lapsed: a dead predecessor — or refusing if it moves.
- While running, the heartbeat is written by compare-and-set on the revision this process last
  wrote (:class:`Heartbeat`), so a write by anyone else under the same index is seen at the next
  beat, however the two interleave. Then one of them goes: the one whose own heartbeat had lapsed
  (it was paused or cut off past its lease: the other may rightly have replaced it as a dead
  predecessor), else the younger — the one whose first heartbeat came later (``since``, a KV
  revision: no clocks compared). The other writes on; the one that goes exits with status 3.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any

import nats.errors
from nats.js.errors import KeyWrongLastSequenceError

from core.scaleout.lease import hb_key, read

log = logging.getLogger("safeblocks.worker")
WATCH_S = 0.1


class DuplicateIndex(Exception):
    """Another live process runs as this worker index: this one must not run."""


def ping_subject(index: int) -> str:
    return f"sb.worker.w{index}"


def _short(token: Any) -> str:
    return str(token)[:8]


async def check_index(nc: Any, kv: Any, index: int, token: str, lease_s: float, wait_s: float = 15.0) -> int:
    """Refuse (:class:`DuplicateIndex`) if another live process runs as worker ``index``; else the
    revision of ``hb.w<index>`` the first heartbeat is a compare-and-set on."""
    key, deadline = hb_key(index), time.monotonic() + wait_s
    while True:
        try:
            rev, value = await read(kv, key)
            break
        except nats.errors.Error:  # a bucket just created answers "no responders" for a moment
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(WATCH_S)
    if value is None or value.get("token") == token:
        return rev
    other = _short(value.get("token"))
    refuse = DuplicateIndex(
        f"worker {index}: another live process already runs as worker {index} (token {other}); not starting"
        f" / 工作进程 {index}：该编号已被另一运行中的进程使用（令牌 {other}），拒绝启动")
    try:
        reply = await nc.request(ping_subject(index), b"", timeout=max(lease_s / 3, 0.2))
    except nats.errors.NoRespondersError:
        return rev  # nobody of this index is connected: the previous process is gone
    except nats.errors.TimeoutError:
        pass  # connected but silent: paused or cut off; its heartbeat decides
    else:
        if reply.data.decode() != token:
            raise refuse
    log.warning("worker %d: a process of this index is connected but silent; waiting %.1f s for its heartbeat to "
                "lapse / 同编号进程已连接但无响应，等待其心跳过期", index, lease_s)
    since = time.monotonic()
    while time.monotonic() - since < lease_s:
        await asyncio.sleep(WATCH_S)
        now, value = await read(kv, key)
        if now != rev:
            if value is None:  # it stopped cleanly meanwhile
                return now
            raise refuse
    return rev  # lapsed: a dead predecessor


async def answer_pings(nc: Any, index: int, token: str) -> Any:
    """Answer :func:`check_index` of any later process started as worker ``index``."""
    async def reply(msg: Any) -> None:
        if msg.reply:  # a plain publish there asks nothing
            await msg.respond(token.encode())

    return await nc.subscribe(ping_subject(index), cb=reply)


class Heartbeat:
    """``hb.w<index>``, rewritten every beat by compare-and-set on our last write."""

    def __init__(self, kv: Any, index: int, token: str, lease_s: float, rev: int) -> None:
        self.kv, self.index, self.token, self.lease_s = kv, index, token, lease_s
        self.key, self.rev = hb_key(index), rev
        self.since = 0  # revision of our first accepted heartbeat: tells the elder of two processes
        self.at: float | None = None  # monotonic time we sent our last accepted heartbeat

    async def beat(self) -> None:
        t = time.monotonic()
        body = json.dumps({"w": self.index, "token": self.token, "since": self.since}).encode()
        try:
            rev = int(await self.kv.update(self.key, body, last=self.rev))
        except KeyWrongLastSequenceError:
            now, other = await read(self.kv, self.key)
            if other is not None and other.get("token") != self.token:
                self._settle(other, now)
            # ours again (our own write whose answer we missed, or the twin's, which goes)
            rev = int(await self.kv.update(self.key, body, last=now))
        self.rev, self.at = rev, t
        self.since = self.since or rev

    def _settle(self, other: dict[str, Any], rev: int) -> None:
        """Another process wrote our heartbeat: raise :class:`DuplicateIndex` if this one must go."""
        i, tok, other_since = self.index, _short(other.get("token")), int(other.get("since") or rev)
        silent = None if self.at is None else time.monotonic() - self.at
        if self.since and silent is not None and silent >= self.lease_s:
            raise DuplicateIndex(
                f"worker {i}: another process (token {tok}) took over worker {i} while this one was silent for"
                f" {silent:.1f} s; this one stops / 工作进程 {i}：本进程无响应 {silent:.1f} 秒期间，另一进程（令牌 {tok}）"
                f"已接替该编号，本进程退出")
        if not self.since or self.since > other_since:
            raise DuplicateIndex(
                f"worker {i}: another live process already runs as worker {i} (token {tok}); this one stops"
                f" / 工作进程 {i}：该编号已被另一运行中的进程使用（令牌 {tok}），本进程退出")
        log.warning("worker %d: a second process started as worker %d (token %s); it will stop / "
                    "另一进程以相同编号 %d 启动，该进程将退出", i, i, tok, i)
