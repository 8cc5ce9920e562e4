"""Workflow state changes shared by the routers and by rule actions (permit_suspend, create_hazard, notify)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from core.api.audit import audit
from core.api.runtime import LiveRuntime
from core.api.workflows.hazards import hazard_counts, open_hazard_from_rule
from core.api.workflows.permits import permit_states, suspend_by_rule
from core.api.workflows.rule_notify import notify_by_rule


def install_effects(runtime: LiveRuntime) -> None:
    def permit_suspend(db: Session, plant: str, action: Mapping[str, Any], rec: Mapping[str, Any]) -> Mapping[str, Any]:
        return suspend_by_rule(db, runtime, plant, action, rec)

    def create_hazard(db: Session, plant: str, action: Mapping[str, Any], rec: Mapping[str, Any]) -> Mapping[str, Any]:
        return open_hazard_from_rule(db, runtime, plant, action, rec)

    runtime.effects["permit_suspend"] = permit_suspend
    runtime.effects["create_hazard"] = create_hazard
    runtime.effects["notify"] = notify_by_rule  # in-app; the plugins (SMS, WeCom) still get the action after it
    runtime.seeders.append(permit_states)
    runtime.seeders.append(hazard_counts)


__all__ = ["audit", "install_effects"]
