"""How signals are partitioned across NATS JetStream workers (ARCHITECTURE §8).

A rule must see all its signals in one engine, so the partition key is not the signal but its
*group*: the connected component of the rule-signal graph (a rule's sources, plus the readback
signals of its actuators, are one group). Devices publish on ``sb.ev.<group token>``; the server's
subject mapping ``sb.ev.*`` -> ``sb.part.{{partition(N,1)}}.{{wildcard(1)}}`` picks the partition.
The server hashes the token with 32-bit FNV-1a modulo N; :func:`partition_of` computes the same,
so a worker knows which rules belong to its partitions before any event arrives (and counts any
event that disagrees).

Clock ticks go straight to every partition (``sb.part.<p>.tick``) on the same connection as the
events, so each partition sees the same event-time progress as the embedded engine does.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from typing import Any

from core.rules.compile import CompiledRule

EVENTS_STREAM, DECISIONS_STREAM, KV_BUCKET = "SB_EVENTS", "SB_DECISIONS", "sb_workers"
TICK = "tick"
_UNSAFE = re.compile(r"[^A-Za-z0-9_\-~]")


def fnv1a32(text: str) -> int:
    h = 0x811C9DC5
    for b in text.encode("utf-8"):
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h


def partition_of(token: str, n: int) -> int:
    """The partition NATS's ``partition(n, 1)`` mapping gives the token."""
    return fnv1a32(token) % n


def token(signal: str) -> str:
    """A NATS subject token for a group (its first signal): dots and wildcards are not allowed."""
    return "g-" + _UNSAFE.sub("_", signal.replace(".", "~"))


def rule_signals(rule: CompiledRule) -> list[str]:
    out = [s.signal for s in rule.sources]
    for a in rule.actions:
        p = a.params
        if a.template.type == "actuator" and "device" in p:
            out.append(str(p.get("readback", f"{p['device']}.state")))
    return out


class Partitioner:
    """Groups of a rule set and their tokens and partitions."""

    def __init__(self, rules: Sequence[CompiledRule], n: int) -> None:
        self.n = n
        parent: dict[str, str] = {}

        def find(x: str) -> str:
            parent.setdefault(x, x)
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for r in rules:
            sigs = rule_signals(r)
            for s in sigs[1:]:
                a, b = find(sigs[0]), find(s)
                if a != b:
                    parent[max(a, b)] = min(a, b)  # the smallest signal names the group: deterministic
            if sigs:
                find(sigs[0])
        self.group = {s: find(s) for s in parent}
        self.rules_of: dict[str, list[CompiledRule]] = {}
        for r in rules:
            sigs = rule_signals(r)
            key = self.group[sigs[0]] if sigs else ""
            self.rules_of.setdefault(key, []).append(r)

    def token_of(self, signal: str) -> str:
        return token(self.group.get(signal, signal))

    def partition(self, signal: str) -> int:
        return partition_of(self.token_of(signal), self.n)

    def rules_for(self, partitions: Iterable[int]) -> dict[int, list[CompiledRule]]:
        want = set(partitions)
        out: dict[int, list[CompiledRule]] = {p: [] for p in sorted(want)}
        for key, rules in self.rules_of.items():
            p = partition_of(token(key), self.n) if key else 0
            if p in want:
                out[p] += rules
        return out


def server_config(port: int, store_dir: str, partitions: int, mqtt_port: int | None = None) -> str:
    """A nats-server configuration with JetStream, the partition mapping and (optionally) the MQTT
    listener, so devices can publish MQTT straight into the partitioned stream."""
    conf = (f"listen: 127.0.0.1:{port}\nserver_name: sb-{port}\n"
            f'jetstream {{ store_dir: "{store_dir}" }}\n'
            f'mappings = {{ "sb.ev.*": "sb.part.{{{{partition({partitions},1)}}}}.{{{{wildcard(1)}}}}" }}\n')
    if mqtt_port is not None:
        conf += f"mqtt {{ listen: 127.0.0.1:{mqtt_port} }}\n"
    return conf


def owned(index: int, partitions: int, workers: int | None = None) -> list[int]:
    """Worker ``index`` of ``workers`` prefers partitions p with p % workers == index; it serves
    them whenever it is alive (others adopt them while it is not: see core/scaleout/lease.py)."""
    w = workers or partitions
    if not 0 <= index < w:
        raise ValueError(f"--index must be in 0..{w - 1} / 编号超出范围")
    return [p for p in range(partitions) if p % w == index]


def preferred(p: int, partitions: int, workers: int | None = None) -> int:
    """The worker whose static set (:func:`owned`) holds partition p: its preferred owner."""
    return p % (workers or partitions)


def rendezvous(p: int, live: Iterable[int]) -> int:
    """The adopter of partition p among the live workers (highest random weight): every worker
    computes the same answer from the same set, so they do not all reach for one lapsed lease;
    and a worker leaving the set moves only the partitions it was chosen for."""
    return max(live, key=lambda w: (hashlib.blake2b(f"{p}/{w}".encode(), digest_size=8).digest(), w))


def event_payload(e: Any) -> bytes:
    import json

    return json.dumps([e.ts, e.signal, e.value, e.quality], separators=(",", ":"), ensure_ascii=False).encode()
