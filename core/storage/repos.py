"""Repository helpers shared by the service: version lookups and compare-and-set updates."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import CursorResult, Update, select
from sqlalchemy.orm import Session

from core.storage.tables import RuleVersion
from core.storage.tables_work import FormVersion


def compare_and_set(db: Session, stmt: Update) -> bool:
    """Run an UPDATE whose WHERE carries the expected revision; True when exactly one row changed.
    The check and the write are one statement, so two writers over the same revision cannot both win."""
    result = cast(CursorResult[Any], db.execute(stmt))
    return result.rowcount == 1


def rule_version(db: Session, rule_id: str, version: int | None) -> RuleVersion | None:
    if version is None:
        return None
    return db.scalar(select(RuleVersion).where(RuleVersion.rule_id == rule_id, RuleVersion.version == version))


def form_version(db: Session, form_id: str, version: int) -> FormVersion | None:
    return db.scalar(select(FormVersion).where(FormVersion.form_id == form_id, FormVersion.version == version))
