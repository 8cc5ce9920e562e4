"""The action part: 弹窗提示、声光报警、记录视频、强制开启通风、关闭阀门、暂停作业票、短信通知、推送SOP、生成隐患.

Each action word comes from the lexicon with the block it drafts. Actions that act on something
(a device, a permit, a recipient, an SOP) take it from the words after the verb (or before it),
from a ``--bind`` of the action word, or — for a permit — from the one permit the condition
names. An actuator's safe state is the device's reviewed one from the lexicon, else the command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from core.nl.ir import Action
from core.nl.lexicon import Term
from core.nl.scan import Tok

if TYPE_CHECKING:
    from core.nl.grammar import Parser

_OBJECTS = ("term", "unk", "id", "sig")
_SKIP_KW = ("filler", "then", "and", "when", "of", "state_on", "state_off", "sustain", "during")


def parse_actions(p: Parser, toks: list[Tok]) -> list[Action]:
    groups: list[tuple[Term, str, list[Tok]]] = []
    pending: list[Tok] = []
    by_sms = any(t.kind == "kw" and t.value == "by_sms" for t in toks)  # "notify the safety officer by SMS"
    for t in toks:
        if t.kind == "kw" and t.value == "by_sms":
            continue
        if t.kind == "kw" and t.value == "then" and t.text in ("时", "之时", "的时候", "时候"):
            p.not_understood([t])  # 「报警时暂停作业」: a second condition inside the actions
            continue
        if t.kind == "sep" or (t.kind == "kw" and t.value in _SKIP_KW):
            continue
        if t.kind == "term" and t.value.kind == "action" and p._is_action(next(k for k, x in enumerate(p.toks) if x is t)):
            groups.append((t.value, t.text, list(pending)))
            pending = []
            continue
        if t.kind in _OBJECTS:
            if groups:
                groups[-1][2].append(t)
            else:
                pending.append(t)
            continue
        p.not_understood([t])
    if pending and groups:
        groups[0][2].extend(pending)
    out: list[Action] = []
    p.by_sms = by_sms
    for term, text, objs in groups:
        a = _action(p, term, text, objs)
        if a is not None and not any(x.block == a.block and x.params == a.params for x in out):
            out.append(a)
    return out


def _action(p: Parser, term: Term, text: str, objs: list[Tok]) -> Action | None:
    entry = term.entry
    assert entry is not None
    spec: dict[str, Any] = dict(entry.params)
    block = str(spec.get("block"))
    params: dict[str, Any] = dict(spec.get("params", {}))
    target = spec.get("target")
    zh, en = term.label("zh"), term.label("en")
    if target is None:
        if objs:
            p.not_understood(objs)
            return None
        return Action(block, params, zh, en)
    if target in ("device", "permit", "sop") and len(objs) > 1:
        # 「关闭压力进料阀」: one target per action; a second word is not silently dropped
        p.not_understood(objs)
        return None
    if target == "device":
        dev = next((o for o in objs if o.kind == "term" and o.value.kind in ("device", "bound")), None)
        unk = next((o for o in objs if o.kind in ("unk", "id")), None)
        sig = next((o for o in objs if o.kind == "sig"), None)
        if dev is None and sig is not None:
            name, dzh, den, safe = sig.text, sig.text, sig.text, None
        elif dev is None and unk is not None and unk.kind == "id":
            name, dzh, den, safe = unk.text, unk.text, unk.text, None
        elif dev is not None:
            if dev.value.target is None:
                p.ask("unknown_term", f"“{dev.text}”是哪台设备？请用 --bind {dev.text}=设备编号 指定",
                      f"which device is “{dev.text}”? answer with --bind {dev.text}=DEVICE", dev.text)
                return None
            if dev.value.bound:
                p.used.add(dev.text)
            name, dzh, den = str(dev.value.target), dev.value.label("zh"), dev.value.label("en")
            safe = dev.value.entry.params.get("safe_state") if dev.value.entry is not None else None
        elif term.bound:
            p.used.add(term.text)
            name, dzh, den, safe = term.bound, term.bound, term.bound, None
        else:
            what = unk.text if unk is not None else text
            p.ask("unknown_term", f"“{what}”要控制哪台设备？请用 --bind {what}=设备编号 指定",
                  f"which device should “{what}” command? answer with --bind {what}=DEVICE", what)
            return None
        command = str(params.get("command"))
        if safe is None:
            safe = command
            p.note(f"{name} 的安全状态取为命令本身“{command}”（词库未给出评审过的安全状态）",
                   f"safe state of {name} taken as the command itself “{command}” (no reviewed safe state in the lexicon)")
        params.update({"device": name, "safe_state": str(safe)})
        return Action(block, params, f"{zh}{dzh}", f"{en} {den}")
    if target == "permit":
        permit_obj = next((o for o in objs if o.kind == "term" and o.value.kind == "permit"), None)
        idt = next((o for o in objs if o.kind == "id"), None)
        if permit_obj is not None:
            pid = p._permit_id(permit_obj.value)
        elif idt is not None:
            pid = idt.text
        elif term.bound:
            p.used.add(term.text)
            pid = term.bound
        elif len({x.permit for x in p.permits}) == 1 and not p.unresolved_permits:
            pid = p.permits[0].permit
        elif p.unresolved_permits and not p.permits:
            return None  # the condition's permit is asked about already; binding it answers this too
        else:
            p.ask("unknown_term", f"“{text}”要暂停哪张作业票？请用 --bind {text}=作业票编号 指定",
                  f"which permit should “{text}” suspend? answer with --bind {text}=PERMIT_ID", text)
            return None
        if pid is None:
            return None
        params["permit"] = pid
        return Action(block, params, f"{zh} {pid}", f"{en} {pid}")
    if target == "recipient":
        who: list[str] = []
        for o in objs:
            if o.kind == "term" and o.value.kind not in ("role", "bound"):
                p.not_understood([o])  # a quantity or a device is not someone to notify
                return None
            if o.kind == "term" and o.value.target is not None:
                if o.value.bound:
                    p.used.add(o.text)
                who.append(str(o.value.target))
            elif o.kind in ("unk", "term"):
                p.ask("unknown_term", f"“{o.text}”是哪个接收人？请用 --bind {o.text}=接收人 指定",
                      f"who is “{o.text}”? answer with --bind {o.text}=RECIPIENT", o.text)
                return None
        if not who and term.bound:
            p.used.add(term.text)
            who = [term.bound]
        if not who:
            p.ask("missing_recipient", f"“{text}”通知谁？（安全员、班组长、值班长…）", f"“{text}” whom? (safety officer, team leader, ...)")
            return None
        params["to"] = who
        if p.by_sms:
            params["channel"] = "sms"
        return Action(block, params, f"{zh} {'、'.join(who)}", f"{en} {', '.join(who)}")
    if target == "sop":
        sop = next((o.text for o in objs if o.kind == "id"), None)
        if sop is None and term.bound:
            p.used.add(term.text)
            sop = term.bound
        if sop is None:
            p.ask("unknown_term", f"推送哪一份SOP？请写出编号或用 --bind {text}=SOP编号 指定",
                  f"which SOP? write its id or answer with --bind {text}=SOP_ID", text)
            return None
        params["sop"] = sop
        return Action(block, params, f"{zh} {sop}", f"{en} {sop}")
    p.not_understood(objs)
    return None
