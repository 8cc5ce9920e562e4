"""Workflow state changes shared by the routers and by rule actions (permit_suspend, create_hazard, notify)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from core.api.audit import audit
from core.api.runtime import LiveRuntime
from core.api.workflows.hazards import hazard_counts, open_hazard_from_rule
from core.api.workflows.notify import Bell
from core.api.workflows.permits import permit_states, suspend_by_rule
from core.api.workflows.rule_notify import notify_by_rule


def install_effects(runtime: LiveRuntime, bell: Bell | None = None) -> None:
    def permit_suspend(db: Session, plant: str, action: Mapping[str, Any], rec: Mapping[str, Any]) -> Mapping[str, Any]:
        return suspend_by_rule(db, runtime, plant, action, rec)

    def create_hazard(db: Session, plant: str, action: Mapping[str, Any], rec: Mapping[str, Any]) -> Mapping[str, Any]:
        return open_hazard_from_rule(db, runtime, plant, action, rec)

    runtime.effects["permit_suspend"] = permit_suspend
    runtime.effects["create_hazard"] = create_hazard
    def notify(db: Session, plant: str, action: Mapping[str, Any], rec: Mapping[str, Any]) -> Mapping[str, Any]:
        res = notify_by_rule(db, plant, action, rec)
        told = list(res.get("user_ids", []))
        if bell is not None and told:
            # the recipients' open streams are woken once the rows are committed (not before: a stream
            # woken early would read nothing and sleep a poll interval)
            event.listen(db, "after_commit", lambda _s: bell.ring(told), once=True)
        return res

    runtime.effects["notify"] = notify  # in-app; the plugins (SMS, WeCom) still get the action after it
    runtime.seeders.append(permit_states)
    runtime.seeders.append(hazard_counts)


__all__ = ["audit", "install_effects"]
