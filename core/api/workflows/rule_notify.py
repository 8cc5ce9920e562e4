"""A rule's ``notify`` action told in the app: the platform effect of action type ``notify``.

The runtime hands every action of a decision first to the platform's effects, then to the plugins
(``execute_action``). A notify action («…短信通知安全员»: ``{"channel": "sms", "to": ["role:safety_officer"]}``)
used to reach only the plugins, so with no SMS plugin installed nobody heard of it. This effect makes one
notification per recipient user of the decision's plant, whatever the channel; the plugins still get the
action as before (the SMS goes out through them, not through :func:`core.api.workflows.notify.deliver`).

Who. Each entry of ``to`` is

- ``role:<id>`` (what the sentence compiler writes) or the bare id or the glossary's zh/en term
  (``安全员``, ``safety officer``): a role of the glossary, resolved by :data:`RECIPIENTS` below, or one of the
  platform's roles (``role:engineer``);
- ``user:<username>`` or a bare username: that user.

The platform knows six roles (admin, engineer, operator, verifier, auditor, vendor) and no job titles, so a
glossary role is told to the platform roles that do that job; a role tied to one job (监护人, 作业负责人, 审批人)
is told to that job's person on the permits the decision is about (the permits whose ``permit.<id>.status``
it read, or that its actions name), and to the fallback roles only when no such person is recorded.
Only active users of the plant (``plants`` holds it or ``"*"``) are told. An entry nobody answers to (a
phone number meant for the SMS plugin, a user of another plant) is listed in the result as ``unmatched``
and logged as a warning; if nobody at all is told, the result says ``ok: false``.

Once. ``key`` names the decision by its id *and* its event time: a re-dispatch of the same decision finds its
rows and adds none, while a later episode that reuses the id (episode numbers restart when a rule is
redeployed or the service restarts without a checkpoint) is a new event and is told. Two notify actions of
one decision make one notification per user, with both messages.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.api.audit import audit
from core.api.workflows.notify import of_plant
from core.api.workflows.permits import record_hash
from core.storage.base import utcnow
from core.storage.tables import DecisionRow, RuleVersion, User
from core.storage.tables_work import Notification, Permit, Signature

log = logging.getLogger("safeblocks.service")
KIND = "rule.notify"
KEY_MAX = 128  # Notification.key's column width
PERMIT_SIGNAL = re.compile(r"permit\.(.+)\.status")
STATE_ZH = {"fired": "触发", "cleared": "解除", "unknown": "输入未知"}
Why = tuple[str, str]  # why a user is told, zh and en


@dataclass(frozen=True)
class Recipient:
    zh: str
    en: str
    roles: tuple[str, ...] = ()  # platform roles always told
    permit: str | None = None  # on the decision's permits: a signature's meaning, or "applicant"
    fallback: tuple[str, ...] = ()  # platform roles told when the permits name nobody for ``permit``


# The glossary's roles (docs/domain glossary, plugins/nl_lexicon "role:*"). Who signs what on a permit:
# core/api/workflows/permits.py REQUIRED_SIGNATURES; who may sign at all: engineer, verifier (and admin).
RECIPIENTS: dict[str, Recipient] = {
    # the plant's safety staff: engineers own the rules and hazards, verifiers inspect and accept; plus the
    # "safety" signer of the permit at hand, whatever their role
    "safety_officer": Recipient("安全员", "safety officer", ("engineer", "verifier"), "safety"),
    "safety_engineer": Recipient("安全工程师", "safety engineer", ("engineer",)),
    "equipment_engineer": Recipient("设备工程师", "equipment engineer", ("engineer",)),
    "digital_safety_officer": Recipient("数字安全官", "digital safety officer", ("engineer",)),
    # no shift hierarchy in the platform: the plant's field staff, of whom the leader is one (name users to narrow)
    "team_leader": Recipient("班组长", "team leader", ("operator",)),
    "shift_supervisor": Recipient("值班长", "shift supervisor", ("operator",)),
    # one job's people: the permit's applicant, guardian signer, approver signer; else who can hold that job
    "work_leader": Recipient("作业负责人", "work leader", permit="applicant", fallback=("operator",)),
    "attendant": Recipient("监护人", "attendant", permit="guardian", fallback=("engineer", "verifier")),
    "approver": Recipient("审批人", "approver", permit="approver", fallback=("verifier",)),
    "verifier": Recipient("验收人", "verifier", ("verifier",)),
}
PLATFORM_ROLES: dict[str, Recipient] = {
    "admin": Recipient("管理员", "administrator", ("admin",)),
    "engineer": Recipient("工程师", "engineer", ("engineer",)),
    "operator": Recipient("操作员", "operator", ("operator",)),
    "auditor": Recipient("审计员", "auditor", ("auditor",)),
    "vendor": Recipient("供应商", "vendor", ("vendor",)),
}
ALIASES = {t.lower(): rid for rid, r in RECIPIENTS.items() for t in (rid, r.zh, r.en)} | {"dso": "digital_safety_officer"}
NAMED: Why = ("规则指定的接收人", "a recipient the rule names")


def _recipient(entry: str) -> tuple[str, Recipient] | None:
    name = entry[5:] if entry.startswith("role:") else entry
    rid = ALIASES.get(name.strip().lower(), name)
    r = RECIPIENTS.get(rid) or PLATFORM_ROLES.get(rid)
    return (rid, r) if r else None


def decision_key(rec: Mapping[str, Any]) -> str:
    raw = f"rule:{rec.get('id')}@{rec.get('ts')}"
    return raw if len(raw) <= KEY_MAX else "rule:sha256:" + hashlib.sha256(raw.encode()).hexdigest()


def _permits(db: Session, plant: str, rec: Mapping[str, Any]) -> list[Permit]:
    ids = {m.group(1) for s in (rec.get("inputs") or {}) if (m := PERMIT_SIGNAL.fullmatch(str(s)))}
    ids |= {str(a["permit"]) for a in rec.get("actions") or () if isinstance(a, Mapping) and a.get("permit")}
    if not ids:
        return []
    return list(db.scalars(select(Permit).where(Permit.id.in_(sorted(ids)), Permit.plant == plant).order_by(Permit.id)))


def _permit_people(db: Session, permits: Sequence[Permit], job: str) -> list[tuple[str, str]]:
    """(username, permit id) of everyone holding ``job`` on the permits (signatures on the current terms)."""
    out: list[tuple[str, str]] = []
    for p in permits:
        if job == "applicant":
            out.append((p.applicant, p.id))
            continue
        out += [(name, p.id) for name in db.scalars(select(Signature.username).where(
            Signature.permit_id == p.id, Signature.meaning == job, Signature.record_hash == record_hash(p)))]
    return out


class Resolver:
    """Entries of ``to`` -> users of the plant, with why; one query per role and per name."""

    def __init__(self, db: Session, plant: str, rec: Mapping[str, Any]) -> None:
        self.db, self.plant, self.rec = db, plant, rec
        self._permits: list[Permit] | None = None

    def permits(self) -> list[Permit]:
        if self._permits is None:
            self._permits = _permits(self.db, self.plant, self.rec)
        return self._permits

    def _by_role(self, roles: Sequence[str]) -> list[User]:
        if not roles:
            return []
        rows = self.db.scalars(select(User).where(User.role.in_(roles)).order_by(User.id))
        return [u for u in rows if of_plant(u, self.plant)]

    def _by_name(self, names: Sequence[str]) -> dict[str, User]:
        if not names:
            return {}
        rows = self.db.scalars(select(User).where(User.username.in_(set(names))))
        return {u.username: u for u in rows if of_plant(u, self.plant)}

    def resolve(self, entry: str) -> list[tuple[User, Why]]:
        if entry.startswith("user:"):
            u = self._by_name([entry[5:]]).get(entry[5:])
            return [(u, NAMED)] if u else []
        if not entry.startswith("role:"):
            named = self._by_name([entry]).get(entry)
            if named is not None:  # a username wins over a role term of the same spelling
                return [(named, NAMED)]
        found = _recipient(entry)
        if found is None:
            return []
        _, r = found
        out: list[tuple[User, Why]] = [(u, (r.zh, r.en)) for u in self._by_role(r.roles)]
        held = _permit_people(self.db, self.permits(), r.permit) if r.permit else []
        users = self._by_name([name for name, _ in held])
        out += [(users[name], (f"{r.zh}（作业票 {pid}）", f"{r.en} (permit {pid})")) for name, pid in held if name in users]
        if r.permit and not any(name in users for name, _ in held):
            out += [(u, (r.zh, r.en)) for u in self._by_role(r.fallback)]
        return out


def _rule_title(db: Session, rec: Mapping[str, Any]) -> dict[str, str]:
    doc = db.scalar(select(RuleVersion.doc).where(RuleVersion.rule_id == str(rec.get("rule")),
                                                  RuleVersion.version == rec.get("rule_version")))
    title = (doc or {}).get("title")
    rid = str(rec.get("rule"))
    if not isinstance(title, Mapping):
        return {"zh": rid, "en": rid}
    return {"zh": str(title.get("zh") or title.get("en") or rid), "en": str(title.get("en") or title.get("zh") or rid)}


def _seq(db: Session, plant: str, rec: Mapping[str, Any]) -> int | None:
    """The decision's place in the plant's chain: the runtime stored it just before its actions (same
    transaction, under the plant's lock), so it is the plant's newest row; its hash proves it is this one."""
    row = db.execute(select(DecisionRow.seq, DecisionRow.hash).where(DecisionRow.plant == plant)
                     .order_by(DecisionRow.seq.desc()).limit(1)).first()
    return row[0] if row is not None and row[1] == rec.get("hash") else None


def _message(action: Mapping[str, Any]) -> dict[str, str] | None:
    m = action.get("message")
    if not isinstance(m, Mapping) or not (m.get("zh") or m.get("en")):
        return None
    return {"zh": str(m.get("zh") or m.get("en")), "en": str(m.get("en") or m.get("zh"))}


def _body(rec: Mapping[str, Any], messages: Sequence[Mapping[str, str]], why: Sequence[Sequence[str]]) -> dict[str, str]:
    expl = rec.get("explanation") or {}
    zh = "".join(f"{m['zh'].rstrip('。')}。" for m in messages) + str(expl.get("zh", ""))
    en = "".join(f"{m['en'].rstrip('.')}. " for m in messages) + str(expl.get("en", ""))
    return {"zh": f"{zh}您收到此通知的身份：{'、'.join(w[0] for w in why)}。",
            "en": f"{en} You are told as {', '.join(w[1] for w in why)}."}


def _add_why(whys: list[list[str]], why: Why) -> list[list[str]]:
    return whys if list(why) in whys else [*whys, list(why)]


def notify_by_rule(db: Session, plant: str, action: Mapping[str, Any], rec: Mapping[str, Any]) -> dict[str, Any]:
    """The effect (the runtime commits). Returns who was told now, who had been told of this decision already,
    and the entries of ``to`` nobody answers to."""
    raw_to = action.get("to")
    entries = [str(t) for t in raw_to] if isinstance(raw_to, list | tuple) else ([str(raw_to)] if raw_to else [])
    resolver = Resolver(db, plant, rec)
    told: dict[int, tuple[User, list[Why]]] = {}  # each user once, however many entries name them
    unmatched = []
    for entry in dict.fromkeys(entries):
        hits = resolver.resolve(entry)
        if not hits:
            unmatched.append(entry)
        for u, why in hits:
            whys = told.setdefault(u.id, (u, []))[1]
            if why not in whys:
                whys.append(why)
    key, akey, msg = decision_key(rec), str(action.get("idempotency_key") or ""), _message(action)
    existing = {n.user_id: n for n in db.scalars(select(Notification).where(
        Notification.key == key, Notification.user_id.in_(list(told))))} if told else {}
    made, again, made_ids = [], [], []
    seq = _seq(db, plant, rec)
    ref = str(seq) if seq is not None else key  # the decision as a resource: its place in the plant's chain
    title: dict[str, str] | None = None
    for uid, (u, whys) in told.items():
        n = existing.get(uid)
        if n is not None and akey in n.data.get("actions", []):
            again.append(u.username)  # this very action was told before: a re-dispatch
            continue
        if n is not None:  # another notify action of the same decision: one notification, both messages
            data = dict(n.data)
            data["messages"] = [*data.get("messages", []), *([msg] if msg else [])]
            data["actions"] = [*data.get("actions", []), akey]
            data["channels"] = sorted({*data.get("channels", []), str(action.get("channel", "app"))})
            for why in whys:
                data["reason"] = _add_why(data.get("reason", []), why)
            n.data, n.body = data, _body(rec, data["messages"], data["reason"])
            made.append(u.username)
            made_ids.append(uid)
            continue
        if title is None:
            title = _rule_title(db, rec)
        state = str(rec.get("state"))
        link = (f"/api/decisions?plant={plant}&since_seq={seq - 1}&limit=1" if seq is not None
                else f"/api/decisions?plant={plant}&rule={rec.get('rule')}")
        data = {"decision": rec.get("id"), "seq": seq, "rule": rec.get("rule"), "rule_version": rec.get("rule_version"),
                "state": state, "risk_level": rec.get("risk_level"), "ts": rec.get("ts"), "link": link,
                "channels": [str(action.get("channel", "app"))], "to": entries, "actions": [akey],
                "messages": [msg] if msg else [], "reason": [list(w) for w in whys]}
        db.add(Notification(
            user_id=uid, plant=plant, kind=KIND, key=key, resource="decision",
            resource_id=ref,
            title={"zh": f"[{rec.get('risk_level')}] {title['zh']}：{STATE_ZH.get(state, state)}",
                   "en": f"[{rec.get('risk_level')}] {title['en']}: {state}"},
            body=_body(rec, data["messages"], data["reason"]), data=data,
            # the runtime offers this action to the plugins itself, right after this effect: deliver() must not
            # offer the notification a second time
            outward_at=utcnow(), outward={"via": "runtime", "idempotency_key": akey}))
        made.append(u.username)
        made_ids.append(uid)
    result: dict[str, Any] = {"ok": bool(told), "key": key, "notified": made, "already_told": again,
                              "unmatched": unmatched, "user_ids": made_ids}
    if unmatched:
        who = ", ".join(unmatched)
        log.warning("规则通知 %s：厂区 %s 中没有与 %s 对应的用户（这些接收人未收到应用内通知） / "
                    "rule notify %s: nobody in plant %s answers to %s (no in-app notification for them)",
                    rec.get("id"), plant, who, rec.get("id"), plant, who)
    if not told:
        result["message"] = {"zh": f"厂区 {plant} 中没有任何用户与通知对象 {entries} 对应，未发出应用内通知",
                             "en": f"nobody in plant {plant} answers to {entries}: no in-app notification"}
    if made or not told:
        audit(db, None, "notification.rule", "decision", ref, plant=plant,
              after={"decision": rec.get("id"), "action": akey, "notified": made, "unmatched": unmatched})
    return result
