"""Rule document -> zh/en text. It reads only the document (nodes, params, edges), never the
sentence, so what the engineer confirms is what will run."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core import units as U
from core.nl.ir import STRICT_EPS, is_strict

_STATS = {"stats.mean": ("平均值", "average"), "stats.max": ("最大值", "maximum"), "stats.min": ("最小值", "minimum")}
_OPS = {"gt": ("超过", "above"), "ge": ("不低于", "at or above"), "lt": ("低于", "below"), "le": ("不超过", "at or below")}


def _num(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return f"{v:.6g}" if isinstance(v, float) else str(v)


def _qty(v: Any, unit: str | None) -> str:
    sym = U.symbol(unit) if unit else ""
    return f"{_num(v)} {sym}".rstrip()


def duration(sec: float, lang: str) -> str:
    """1800 -> 30 分钟 / 30 min; a trailing STRICT_EPS means "longer than" (see :mod:`core.nl.ir`)."""
    strict = is_strict(sec)
    s = sec - STRICT_EPS if strict else sec
    if s % 3600 == 0:
        zh, en = f"{_num(s / 3600)} 小时", f"{_num(s / 3600)} h"
    elif s % 60 == 0:
        zh, en = f"{_num(s / 60)} 分钟", f"{_num(s / 60)} min"
    else:
        zh, en = f"{_num(s)} 秒", f"{_num(s)} s"
    if lang == "zh":
        return f"超过 {zh}" if strict else zh
    return f"more than {en}" if strict else en


class Paraphraser:
    def __init__(self, doc: Mapping[str, Any]) -> None:
        self.nodes = {n["id"]: n for n in doc["nodes"]}
        self.doc = doc
        self.into: dict[tuple[str, str], str] = {}
        for e in doc["edges"]:
            dn, dp = e["to"].split(".", 1)
            self.into[(dn, dp)] = e["from"].split(".", 1)[0]

    def _in(self, nid: str, port: str) -> str | None:
        return self.into.get((nid, port))

    def _ins(self, nid: str) -> list[str]:
        return [src for (dn, _), src in sorted(self.into.items()) if dn == nid]

    def name(self, nid: str, lang: str) -> str:
        n = self.nodes[nid]
        p = n.get("params", {})
        label = (n.get("label") or {}).get(lang)
        if n["block"] == "signal":
            if not label or label == p["signal"]:
                return str(p["signal"])
            return f"{label}（{p['signal']}）" if lang == "zh" and label else (f"{label} ({p['signal']})" if label else p["signal"])
        return self.cond(nid, lang)

    def cond(self, nid: str, lang: str) -> str:
        n = self.nodes[nid]
        b, p = n["block"], n.get("params", {})
        zh = lang == "zh"
        x = self._in(nid, "x")
        xs = self.name(x, lang) if x else "?"
        if b in _STATS:
            w = duration(p["window_s"], lang)
            return f"{xs}近 {w}{_STATS[b][0]}" if zh else f"the {w} {_STATS[b][1]} of {xs}"
        if b in ("compare.gt", "compare.ge", "compare.lt", "compare.le"):
            word = _OPS[b.split(".")[1]][0 if zh else 1]
            lim = self._in(nid, "limit")
            if lim is not None:
                f = float(p.get("factor", 1))
                ref = self.name(lim, lang)
                thr = ref if f == 1 else (f"{_num(f)} 倍的{ref}" if zh else f"{_num(f)} × {ref}")
            else:
                thr = _qty(p["value"], p.get("unit"))
            return f"{xs}{word} {thr}" if zh else f"{xs} is {word} {thr}"
        if b in ("compare.inside", "compare.outside"):
            band = f"{_num(p['low'])}~{_qty(p['high'], p.get('unit'))}"
            if b == "compare.inside":
                return f"{xs}在 {band} 之间（含端点）" if zh else f"{xs} is within {band} (inclusive)"
            return f"{xs}超出 {band} 范围" if zh else f"{xs} is outside {band}"
        if b in ("compare.equals", "compare.not_equals"):
            neg = b.endswith("not_equals")
            return (f"{xs}{'不' if neg else ''}为 {p['value']}" if zh
                    else f"{xs} is {'not ' if neg else ''}{p['value']}")
        if b == "permit.status":
            label = (n.get("label") or {}).get(lang) or ("作业票" if zh else "permit")
            states = "/".join(p.get("states", ["active"]))
            return f"{label} {p['permit']} 处于 {states} 状态" if zh else f"{label} {p['permit']} is {states}"
        if b in ("time.sustained", "time.count") and x:
            xs = self._group(x, lang)  # 「（A，或B），持续30秒」: the time covers the whole group
        if b == "time.sustained":
            return f"{xs}，持续 {duration(p['duration_s'], lang)}" if zh else f"{xs} for {duration(p['duration_s'], lang)}"
        if b == "time.count":
            w = duration(p["window_s"], lang)
            return f"{w}内{xs}出现至少 {p['count']} 次" if zh else f"{xs} at least {p['count']} times within {w}"
        if b == "time.absence":
            s = self._in(nid, "start")
            ss = self.name(s, lang) if s else "?"
            w = duration(p["within_s"], lang)
            if zh:
                return f"{ss}后{w}仍未出现“{xs}”" if is_strict(p["within_s"]) else f"{ss}后 {w} 内未出现“{xs}”"
            return f"{ss}, and no “{xs}” for {w} after that"
        if b in ("logic.and", "logic.or", "logic.not"):
            parts = [self._group(i, lang, timed=True) for i in self._ins(nid)]
            if b == "logic.not":
                return f"并非（{parts[0]}）" if zh else f"not ({parts[0]})"
            joiner = ("，且" if b == "logic.and" else "，或") if zh else (" and " if b == "logic.and" else " or ")
            return joiner.join(parts)
        return f"{b}({xs})"

    def _group(self, nid: str, lang: str, timed: bool = False) -> str:
        s = self.cond(nid, lang)
        # a junction inside anything, and a timed condition inside a junction, read unambiguously
        # only in brackets: 「（A，持续30秒），且B」 is not 「A，持续30秒，且B」
        block = self.nodes[nid]["block"]
        if block in ("logic.and", "logic.or") or (timed and block.startswith("time.")):
            return f"（{s}）" if lang == "zh" else f"({s})"
        return s

    def action(self, n: Mapping[str, Any], lang: str) -> str:
        b, p = n["block"], n.get("params", {})
        zh = lang == "zh"
        if b == "action.alert":
            lvl = {"info": ("提示", "info"), "warning": ("警告", "warning"), "alarm": ("报警", "alarm"),
                   "critical": ("紧急", "critical")}[p.get("level", "alarm")]
            how = []
            if p.get("popup", True):
                how.append("弹窗" if zh else "pop-up")
            if p.get("sound_light"):
                how.append("声光" if zh else "sound and light")
            return (f"{'+'.join(how)}{lvl[0]}" if zh else f"{lvl[1]} alert ({', '.join(how)})")
        if b == "action.record_video":
            return (f"记录视频（前 {_num(p.get('pre_s', 30))} 秒、后 {_num(p.get('post_s', 120))} 秒）" if zh
                    else f"record video ({_num(p.get('pre_s', 30))} s before, {_num(p.get('post_s', 120))} s after)")
        if b == "action.actuator":
            return (f"向设备 {p['device']} 下发“{p['command']}”（安全状态“{p.get('safe_state', '未声明')}”）" if zh
                    else f"command {p['device']} “{p['command']}” (safe state “{p.get('safe_state', 'none')}”)")
        if b == "action.permit_suspend":
            return f"暂停作业票 {p['permit']}" if zh else f"suspend permit {p['permit']}"
        if b == "action.notify":
            ch = p.get("channel", "app")
            return (f"{'短信' if ch == 'sms' else '应用'}通知 {'、'.join(p['to'])}" if zh
                    else f"notify {', '.join(p['to'])} by {'SMS' if ch == 'sms' else ch}")
        if b == "action.push_sop":
            return f"推送 SOP {p['sop']}" if zh else f"push SOP {p['sop']}"
        if b == "action.create_hazard":
            major = p.get("severity") == "major"
            return ("生成重大隐患" if major else "生成一般隐患") if zh else ("create a major hazard" if major else "create a hazard")
        return b

    def text(self, lang: str) -> str:
        acts = [n for n in self.doc["nodes"] if n["block"].startswith("action.")]
        whens = {self._in(a["id"], "when") for a in acts}
        conds = "；".join(self.cond(w, lang) for w in whens if w) if lang == "zh" else "; ".join(
            self.cond(w, lang) for w in whens if w)
        do = ("、".join(self.action(a, lang) for a in acts) if lang == "zh" else ", ".join(self.action(a, lang) for a in acts))
        unk = self.doc.get("on_unknown", "safe_state")
        if lang == "zh":
            u = {"safe_state": "执行各动作的安全状态", "alert": "报警", "hold": "保持不变"}[unk]
            return f"当{conds}时：{do}。输入未知（失联/坏值）时：{u}。"
        u = {"safe_state": "take each action's safe state", "alert": "raise an alert", "hold": "hold"}[unk]
        return f"When {conds}: {do}. If an input is UNKNOWN (stale/bad): {u}."


def paraphrase(doc: Mapping[str, Any]) -> dict[str, str]:
    p = Paraphraser(doc)
    return {"zh": p.text("zh"), "en": p.text("en")}
