"""Tokens -> condition tree and actions, or questions. Never a guess.

A sentence is a condition part and an action part (「当…时，…」, "When …, …", "… when …").
The condition part splits at 且/或/and/or and commas into segments; each segment is one atom
(a comparison, a permit or device state, an absence) with optional duration, count window and
relative limit. Anything left over that is not a grammar word becomes a question or a refusal.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from core.nl import units as NU
from core.nl.ir import (
    STRICT_EPS,
    Absence,
    Action,
    Compare,
    Count,
    Equals,
    Junction,
    PermitIs,
    Question,
    Sustained,
)
from core.nl.lexicon import Term
from core.nl.mods import Mods
from core.nl.scan import Tok

_SKIP = ("filler", "when", "then")


class Parser:
    def __init__(self, toks: list[Tok]) -> None:
        self.toks = toks
        self.questions: list[Question] = []
        self.notes: list[dict[str, str]] = []
        self.used: set[str] = set()  # bound terms the sentence needed
        self.literals: set[int] = set()  # ids of tokens used as text values (「状态为fault」)
        self.permits: list[PermitIs] = []
        self.unresolved_permits = 0  # permits of the condition still to be bound
        self.by_sms = False  # "notify … by SMS": the channel of the notify actions

    # ------------------------------------------------------------ helpers
    def ask(self, code: str, zh: str, en: str, term: str | None = None) -> None:
        if not any(q.code == code and q.term == term and q.en == en for q in self.questions):
            self.questions.append(Question(code, zh, en, term))

    def note(self, zh: str, en: str) -> None:
        if {"zh": zh, "en": en} not in self.notes:
            self.notes.append({"zh": zh, "en": en})

    def not_understood(self, toks: list[Tok]) -> None:
        text = " ".join(t.text for t in toks)
        self.ask("not_understood", f"无法理解“{text}”，请换一种说法或补充词汇", f"cannot understand “{text}”: rephrase it or add the words to a lexicon")

    # ------------------------------------------------------------ sentence
    def parse(self) -> tuple[Any, list[Action]]:
        cond_toks, act_toks = self._split()
        if not act_toks:
            self.ask("missing_action", "规则没有动作：条件满足时应做什么（弹窗提示、声光报警、暂停作业票…）？",
                     "the rule has no action: what should happen (pop-up, alarm, suspend the permit, ...)?")
        if not [t for t in cond_toks if not _skippable(t)]:
            self.ask("missing_condition", "规则没有条件：什么情况下执行动作？", "the rule has no condition: when should it act?")
            return None, []
        cond = self._condition(cond_toks)
        actions = self._actions(act_toks) if act_toks else []
        return cond, actions

    def _is_action(self, i: int) -> bool:
        t = self.toks[i]
        if t.kind != "term" or t.value.kind != "action":
            return False
        if t.value.entry is not None and t.value.entry.params.get("target") == "device":
            prev = self.toks[i - 1] if i > 0 else None
            nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
            # 「风机关闭时」「阀门关闭，…」: a device before the verb and a pause after it is a state;
            # 「焊机停机」 at the end of the sentence is a command
            if prev is not None and _is_device(prev) and nxt is not None and (
                    nxt.kind == "sep" or (nxt.kind == "kw" and nxt.value in ("then", "and", "or"))):
                return False
        return True

    def _split(self) -> tuple[list[Tok], list[Tok]]:
        toks = self.toks
        acts = [i for i in range(len(toks)) if self._is_action(i)]
        if not acts:
            return toks, []
        a0 = acts[0]
        if all(_skippable(t) or t.kind == "sep" for t in toks[:a0]):
            # "Sound the alarm when ...": the condition follows when/if/while/during
            w = next((i for i in range(a0, len(toks)) if toks[i].kind == "kw" and toks[i].value in ("when", "during")), None)
            if w is None:
                return [], toks
            # "Alarm when X, and notify the team leader": actions may also follow the condition
            more = next((i for i in acts if i > w), None)
            if more is None:
                return toks[w:], toks[:w]
            return toks[w:more], toks[:w] + toks[more:]
        then = next((i for i in range(a0) if toks[i].kind == "kw" and toks[i].value == "then"), None)
        cond, act = (toks[:then], toks[then + 1:]) if then is not None else (toks[:a0], toks[a0:])
        # "During hot work, show a pop-up when oxygen exceeds 23.5 %vol": more condition after the actions
        w = next((i for i, t in enumerate(act) if t.kind == "kw" and t.value == "when"), None)
        if w is not None:
            cond, act = cond + [Tok("sep", ",")] + act[w + 1:], act[:w]
        return cond, act

    # ------------------------------------------------------------ conditions
    def _condition(self, toks: list[Tok]) -> Any:
        meaningful = [t for t in toks if not _skippable(t) and t.kind != "sep"]
        if meaningful and meaningful[-1].kind == "kw" and meaningful[-1].value == "or":
            self.not_understood(meaningful[-1:])  # 「低于19.5%或者声光报警」: "or" what?
            return None
        segs: list[list[Tok]] = [[]]
        joins: list[str] = []
        for t in toks:
            if (t.kind == "kw" and t.value in ("and", "or")) or t.kind == "sep":
                if segs[-1]:
                    segs.append([])
                    joins.append(t.value if t.kind == "kw" else "sep")
                elif t.kind == "kw" and joins:
                    joins[-1] = t.value  # ",且" / ", or": the word decides
                continue
            if _skippable(t):
                continue
            segs[-1].append(t)
        if not segs[-1]:
            segs.pop()
            joins = joins[: len(segs) - 1]
        items: list[tuple[str, Any]] = []  # (join before it, atom)
        subject: Term | Tok | None = None
        for k, seg in enumerate(segs):
            join = joins[k - 1] if k > 0 else "and"
            if items and _is_modifier_only(seg):
                # 「…，持续30秒」: a duration or count segment qualifies the atom before it
                if join == "or":
                    self.not_understood(seg)  # 「低于19.5%或1小时以上」 is not a condition
                    continue
                j0, prev = items[-1]
                items[-1] = (j0, self._wrap(prev, seg))
                continue
            atoms, subject = self._atom(seg, subject)
            for n, atom in enumerate(atoms):
                items.append((join if n == 0 else "and", atom))
        if not items:
            return None
        context = [a for _, a in items if isinstance(a, PermitIs)]
        rest = [(j, a) for j, a in items if not isinstance(a, PermitIs)]
        ops = {j for j, _ in rest[1:] if j in ("and", "or")}
        if len(ops) > 1:
            self.ask("ambiguous_grouping", "条件中同时出现“且”和“或”，无法确定组合方式；请拆成两条规则或明确写出",
                     "the condition mixes AND and OR without saying how they group: split it into two rules")
            return None
        op = ops.pop() if ops else "and"
        if op == "or" and any(j == "sep" for j, _ in rest[1:]):
            self.ask("ambiguous_grouping", "逗号与“或”同时连接条件，含义不明确", "commas and OR join the conditions: the grouping is unclear")
            return None
        parts = [a for _, a in rest]
        core: Any = parts[0] if len(parts) == 1 else (Junction(op, parts) if parts else None)
        timed = [a for a in parts if isinstance(a, (Sustained, Count))]
        if len(parts) > 1 and timed and len(timed) < len(parts):
            # 「低于19.5%或高于23.5%持续30秒」: one quantity, the time qualifies the whole condition;
            # with several quantities the scope is a guess, so it is asked
            sigs = {_signal_of(a) for a in parts}
            if len(timed) == 1 and len(sigs) == 1 and None not in sigs:
                one = timed[0]
                core = replace(one, inner=Junction(op, [one.inner if a is one else a for a in parts]))
            else:
                self.ask("ambiguous_scope", "持续时间/计次只写在其中一个条件上：它是针对这一个条件，还是针对整个组合？请拆成两条规则或在每个条件后写明",
                         "a duration or count is written on one of the conditions only: does it apply to that one or to the whole "
                         "combination? split the rule or write it on each condition")
                return None
        if context:
            return Junction("and", [*context, core]) if core is not None else (context[0] if len(context) == 1 else Junction("and", context))
        return core

    def _wrap(self, atom: Any, seg: list[Tok]) -> Any:
        if isinstance(atom, (Sustained, Count, Absence)):
            self.ask("unsupported", "同一条件不能同时有持续时间和计次（或两个时长）",
                     "one condition cannot have both a duration and a count (or two durations)")
            return None
        mods = Mods(self, list(seg))
        if mods.rest:
            self.not_understood(mods.rest)
        return mods.apply(atom)

    def _atom(self, seg: list[Tok], subject: Any) -> tuple[list[Any], Any]:
        """The atoms of one segment: permit contexts (「动火作业有效期间」) and at most one main atom.

        Every token must be used by some atom; what is left over is asked about, so a segment
        like 「动火作业期间风机关闭」 never silently loses its second half."""
        mods = Mods(self, seg)
        toks = mods.rest
        if any(t.kind == "kw" and t.value == "not" for t in toks):
            return [self._absence(toks, mods)], subject
        context: list[Any] = []
        rest: list[Tok] = []
        i = 0
        while i < len(toks):
            t = toks[i]
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            lead = rest[-1] if rest and rest[-1].kind == "kw" and rest[-1].value in ("during", "between") else None
            if t.kind == "term" and t.value.kind == "permit":
                if nxt is not None and nxt.kind == "kw" and nxt.value in ("active", "interrupted"):
                    if lead is not None:
                        rest.pop()
                    context.append(self._permit_state(t.value, "interrupted" if nxt.value == "interrupted" else "active"))
                    i += 2
                    continue
                if lead is not None and lead.value == "during":
                    rest.pop()
                    context.append(self._permit_state(t.value, "active"))
                    i += 1
                    continue
            rest.append(t)
            i += 1
        main: Any = None
        if rest:
            main_at = next(k for k, t in enumerate(seg) if t is rest[0])
            if context and mods.at is not None and mods.at < main_at:
                # 「动火作业中断超过60分氧含量高于23.5%」: does the time belong to the permit or the gas?
                self.ask("ambiguous_scope", "时长/计次写在作业票状态和测量条件之间，不知属于哪一个；请用逗号分开",
                         "a duration or count stands between the permit state and the measurement: separate them with a comma")
                return [], subject
            main, subject = self._main(rest, subject)
        out = [c for c in context if c is not None]
        if main is not None:
            out.append(mods.apply(main))
        elif out and not rest and (mods.duration is not None or mods.count is not None or mods.window is not None):
            out[0] = mods.apply(out[0])  # a window alone is asked about by apply, never dropped
        return out, subject

    def _main(self, toks: list[Tok], subject: Any) -> tuple[Any, Any]:
        devices = [t for t in toks if _is_device(t)]
        states = [t for t in toks if (t.kind == "kw" and t.value in ("state_on", "state_off")) or
                  (t.kind == "term" and t.value.kind == "action" and t.value.entry is not None
                   and t.value.entry.params.get("target") == "device")]
        if devices and states and not any(t.kind in ("num", "range") for t in toks):
            leftover = [t for t in toks if t is not devices[0] and t is not states[0]]
            if leftover:
                self.not_understood(toks)
                return None, subject
            on = states[0].kind == "kw" and states[0].value == "state_on"
            return self._device_state(devices[0].value, "on" if on else "off"), subject
        return self._compare(toks, subject)

    def _permit_state(self, term: Term, state: str) -> PermitIs | None:
        pid = self._permit_id(term)
        if pid is None:
            return None
        p = PermitIs(pid, (state,), term.label("zh"), term.label("en"))
        self.permits.append(p)
        return p

    def _permit_id(self, term: Term) -> str | None:
        target = term.target
        if target is None:
            self.unresolved_permits += 1
            self.ask("unknown_term", f"“{term.text}”指哪一张作业票？请用 --bind {term.text}=作业票编号 指定",
                     f"which permit is “{term.text}”? answer with --bind {term.text}=PERMIT_ID", term.text)
            return None
        self.used.add(term.text)
        if target.startswith("permit.") and target.endswith(".status"):
            target = target[len("permit."):-len(".status")]
        if "." in target or not target:
            self.ask("bad_binding", f"作业票编号“{target}”不能含有点号", f"permit id “{target}” must not contain a dot", term.text)
            return None
        return target

    def _device_state(self, term: Term, state: str) -> Equals | None:
        dev = self._target(term, "device")
        if dev is None:
            return None
        # a valve reads open/closed, a fan on/off: the device word says which (params.states)
        states = dict(term.entry.params.get("states", {})) if term.entry is not None else {}
        value = str(states.get(state, state))
        both = "/".join(str(states.get(k, k)) for k in ("on", "off"))
        self.note(f"设备状态读自信号 {dev}.state（取值 {both}）", f"the device state is read from signal {dev}.state (values {both})")
        return Equals(NU.source(f"{dev}.state", term, None, kind="categorical"), value)

    def _target(self, term: Term, what: str) -> str | None:
        if term.target is None:
            zh = {"device": "设备", "signal": "信号", "recipient": "接收人", "sop": "SOP"}.get(what, what)
            self.ask("unknown_term", f"“{term.text}”对应哪个{zh}？请用 --bind {term.text}=名称 指定",
                     f"which {what} is “{term.text}”? answer with --bind {term.text}=NAME", term.text)
            return None
        if term.bound:
            self.used.add(term.text)
        return term.target

    def _absence(self, toks: list[Tok], mods: Mods) -> Any:
        i = next(k for k, t in enumerate(toks) if t.kind == "kw" and t.value == "not")
        before, after = toks[:i], toks[i + 1:]
        events = [t for t in after if t.kind == "term" and t.value.kind in ("event", "bound")]
        within = mods.duration or mods.window
        if not events or within is None:
            self.not_understood(toks)
            return None
        ev_term: Term = events[0].value
        sig = self._target(ev_term, "signal")
        # "no gas test within 60 minutes after hot work is interrupted": the permit may come last
        kws = {t.value for t in toks if t.kind == "kw"}
        permits = [t for t in toks if t.kind == "term" and t.value.kind == "permit"]
        start = self._permit_state(permits[0].value, "interrupted" if "interrupted" in kws else "active") if permits else None
        others = [t for t in toks if t.kind in ("unk", "num", "range", "sig", "id") or
                  (t.kind == "term" and t is not events[0] and t not in permits)]
        if not permits or others:
            self.not_understood(others or before or toks)
            return None
        if sig is None or start is None:
            return None
        value = str((ev_term.entry.params.get("value") if ev_term.entry else None) or "done")
        self.note(f"“{ev_term.text}”以信号 {sig} 取值 “{value}” 表示已完成", f"“{ev_term.text}” happens when signal {sig} reads “{value}”")
        event = Equals(NU.source(sig, ev_term, None, kind="categorical"), value)
        strict = bool(mods.duration_strict) if mods.duration else False
        return Absence(start, event, within + (STRICT_EPS if strict else 0.0))

    def _compare(self, toks: list[Tok], prev_subject: Any) -> tuple[Any, Any]:
        from core.nl.compare import parse_compare

        return parse_compare(self, toks, prev_subject)

    # ------------------------------------------------------------ actions
    def _actions(self, toks: list[Tok]) -> list[Action]:
        from core.nl.actions import parse_actions

        return parse_actions(self, toks)


def _signal_of(a: Any) -> str | None:
    while isinstance(a, (Sustained, Count)):
        a = a.inner
    return a.src.signal if isinstance(a, (Compare, Equals)) else None


def _skippable(t: Tok) -> bool:
    return t.kind == "kw" and t.value in _SKIP


def _is_device(t: Tok) -> bool:
    return t.kind == "term" and t.value.kind == "device"


def _is_modifier_only(seg: list[Tok]) -> bool:
    kinds = {(t.kind, t.unit if t.kind == "num" else (t.value if t.kind == "kw" else t.text)) for t in seg}
    return bool(seg) and all(k[0] == "num" and k[1] in ("time:1", "count", "count+", "times") or
                             k[0] == "kw" and k[1] in ("sustain", "within", "gt", "ge", "sfx_ge") for k in kinds) \
        and any(k[0] == "num" for k in kinds)
