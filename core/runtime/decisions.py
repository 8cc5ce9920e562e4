"""Decisions out: what fired, on which inputs and thresholds, and why — hash-chained.

``hash = sha256(prev_hash + canonical JSON of the record without "hash")``. A verifier
recomputes the chain and names the first record that does not match.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from core.rules.document import canonical_json
from core.timeutil import format_ts

if TYPE_CHECKING:
    from core.rules.compile import CompiledRule

GENESIS = "0" * 64
_STATE_ZH = {"fired": "触发", "cleared": "解除", "unknown": "未知"}
_CAUSE = {
    "condition": ("condition met", "条件成立"),
    "unknown": ("inputs UNKNOWN", "输入未知"),
    "recovered": ("condition no longer holds", "条件不再成立"),
    "data_restored": ("inputs known again, condition does not hold", "输入恢复，条件不成立"),
    "confirm_timeout": ("actuator did not confirm in time", "执行器未在规定时间内确认"),
}


@dataclass(slots=True)
class Decision:
    ts: float
    rule: CompiledRule
    episode: int
    state: str  # fired | cleared | unknown
    cause: str
    actions: list[dict[str, Any]]
    inputs: dict[str, Any]
    trace: dict[str, Any]
    explanation: dict[str, str]
    id: str = ""
    prev_hash: str = ""
    hash: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def record(self) -> dict[str, Any]:
        """The JSON record (ARCHITECTURE §4), without the chain fields."""
        rec = {
            "id": self.id,
            "ts": format_ts(self.ts),
            "rule": self.rule.id,
            "rule_version": self.rule.version,
            "rule_hash": self.rule.hash,
            "risk_level": self.rule.risk_level,
            "episode": self.episode,
            "state": self.state,
            "cause": self.cause,
            "actions": self.actions,
            "inputs": self.inputs,
            "trace": self.trace,
            "explanation": self.explanation,
        }
        if self.extra:
            rec.update(self.extra)
        return rec


def _json_safe(v: Any) -> Any:
    if isinstance(v, float) and (v != v or v in (float("inf"), float("-inf"))):
        return str(v)
    return v


def explain(rule: CompiledRule, vals: list[Any], state: str, cause: str, actions: list[dict[str, Any]],
            feeds: Mapping[str, Any], node_state: Mapping[str, Mapping[str, Any]] | None = None) -> dict[str, str]:
    """A zh and an en sentence naming the inputs, the thresholds and what was done."""
    out = {}
    for lang in ("zh", "en"):
        phrases = []
        for nid in rule.order:
            spec = rule.specs[nid]
            if spec.explain is None or spec.action is not None or spec.name == "signal":
                continue
            ins = {}
            for (dn, port), (snode, sport) in rule.wires.items():
                if dn != nid:
                    continue
                ins[port] = (_label(rule, snode, lang), vals[rule.slots[(snode, sport)]], rule.in_units[nid].get(port))
            slot = rule.main_output(nid)
            try:
                extra = (node_state or {}).get(nid)
                params = {**rule.params[nid], **extra} if extra else rule.params[nid]
                text = spec.explain(params, ins, vals[slot] if slot is not None else None, lang)
            except (KeyError, TypeError, ValueError):
                text = None
            if text:
                phrases.append(text)
        if state == "unknown":
            phrases += [p for p in (_data_status(f, lang) for f in feeds.values()) if p]
        cause_en, cause_zh = _CAUSE.get(cause, (cause, cause))
        title = rule.title.get(lang, rule.id)
        ver = (rule.doc.get("verification") or {}).get("status")
        ver_text = _VERIFICATION.get(ver, (ver, ver)) if ver and ver != "verified" else None
        acts = ", ".join(_action_text(a, lang) for a in actions)
        clauses = "; ".join(rule.clauses)
        if lang == "zh":
            s = f"[{rule.risk_level}] {title}：{_STATE_ZH.get(state, state)}（{cause_zh}）。依据：" + "；".join(phrases) + "。"
            s += f"动作：{acts}。" if acts else ""
            s += f"条款：{clauses}。" if clauses else ""
            s += f"限值核实状态：{ver_text[1]}。" if ver_text else ""
        else:
            s = f"[{rule.risk_level}] {title}: {state} ({cause_en}). Because: " + "; ".join(phrases) + "."
            s += f" Actions: {acts}." if acts else ""
            s += f" Clauses: {clauses}." if clauses else ""
            s += f" Limit verification: {ver_text[0]}." if ver_text else ""
        out[lang] = s
    return out


_VERIFICATION = {
    "partially_verified": ("partially verified against secondary sources", "仅部分核实（二手资料）"),
    "unverified_recollection": ("UNVERIFIED (recollection, not checked against the standard's text)", "未核实（凭记忆，未对照标准原文）"),
    "unverified": ("UNVERIFIED", "未核实"),
    "site_practice": ("site practice, not a legal limit", "现场惯例，非法定限值"),
}


def _label(rule: CompiledRule, node: str, lang: str) -> str:
    """How a node is named to a person: its signal, its label, or (last resort) its id."""
    if rule.specs[node].name == "signal":
        return str(rule.params[node].get("signal"))
    for n in rule.doc.get("nodes", []):
        if n.get("id") == node and isinstance(n.get("label"), dict):
            return str(n["label"].get(lang) or n["label"].get("en") or node)
    return node


def _data_status(feed: Any, lang: str) -> str | None:
    """Why a signal is UNKNOWN: never received, stale since, bad quality, or not a usable number."""
    if feed.value is not None:
        return None
    zh = lang == "zh"
    if feed.ts is None:
        return f"{feed.signal} 尚未收到数据" if zh else f"{feed.signal}: no data received yet"
    since = format_ts(feed.ts)
    if feed.stale:
        return (f"{feed.signal} 自 {since} 起无新数据（失联）" if zh else f"{feed.signal}: no sample since {since} (stale)")
    if feed.quality == "bad":
        return f"{feed.signal} 数据质量为坏值（{since}）" if zh else f"{feed.signal}: bad quality at {since}"
    return (f"{feed.signal} 的读数 {feed.raw!r} 不是有效数值（{since}）" if zh
            else f"{feed.signal}: reading {feed.raw!r} at {since} is not a valid number")


def _action_text(a: Mapping[str, Any], lang: str) -> str:
    t = a.get("type")
    zh = lang == "zh"
    if t == "actuator":
        return (f"{a['device']} 执行 {a['command']}（{a.get('confirm_s')} 秒内确认）" if zh
                else f"{a['device']} -> {a['command']} (confirm within {a.get('confirm_s')} s)")
    if t == "permit_suspend":
        return f"暂停作业票 {a.get('permit')}" if zh else f"suspend permit {a.get('permit')}"
    if t == "alert":
        msg = (a.get("message") or {}).get(lang)
        head = f"报警（{a.get('level')}）" if zh else f"alert ({a.get('level')})"
        return f"{head}“{msg}”" if msg and zh else (f"{head} \"{msg}\"" if msg else head)
    if t == "record_video":
        return f"录像 {a.get('camera')}" if zh else f"record video {a.get('camera')}"
    if t == "notify":
        return f"通知 {','.join(a.get('to', []))}" if zh else f"notify {','.join(a.get('to', []))}"
    if t == "create_hazard":
        return "生成隐患" if zh else "create hazard"
    if t == "push_sop":
        return f"推送SOP {a.get('sop')}" if zh else f"push SOP {a.get('sop')}"
    return str(t)


class DecisionLog:
    """Appends decisions to a hash chain and, if given a stream, writes them as JSON Lines."""

    def __init__(self, out: IO[str] | None = None, prev_hash: str = GENESIS) -> None:
        self.out = out
        self.prev_hash = prev_hash
        self.count = 0

    def append(self, d: Decision) -> dict[str, Any]:
        rec = d.record()
        rec["inputs"] = {k: _json_safe(v) for k, v in rec["inputs"].items()}
        rec["trace"] = {k: _json_safe(v) for k, v in rec["trace"].items()}
        rec["prev_hash"] = self.prev_hash
        digest = hashlib.sha256((self.prev_hash + canonical_json(rec)).encode()).hexdigest()
        rec["hash"] = digest
        d.prev_hash, d.hash = self.prev_hash, digest
        self.prev_hash = digest
        self.count += 1
        if self.out is not None:
            self.out.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
        return rec


@dataclass
class ChainResult:
    ok: bool
    records: int
    first_bad: int | None = None  # 1-based record (line) number
    reason: str = ""


def verify_chain(records: Iterable[Mapping[str, Any]], prev_hash: str = GENESIS) -> ChainResult:
    n = 0
    for n, rec in enumerate(records, 1):
        if rec.get("prev_hash") != prev_hash:
            return ChainResult(False, n, n, "prev_hash does not link to the previous record")
        body = {k: v for k, v in rec.items() if k != "hash"}
        digest = hashlib.sha256((prev_hash + canonical_json(body)).encode()).hexdigest()
        if digest != rec.get("hash"):
            return ChainResult(False, n, n, "record content does not match its hash")
        prev_hash = digest
    return ChainResult(True, n)


def read_log(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)
