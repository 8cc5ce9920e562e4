"""Every write leaves an audit entry in the same transaction: who, when, what, before and after."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from core.storage.tables import AuditEntry, User


def audit(db: Session, user: User | None, action: str, resource: str, resource_id: object, *, plant: str | None = None,
          before: Any = None, after: Any = None) -> None:
    db.add(AuditEntry(user_id=user.id if user else None, username=user.username if user else "system:runtime",
                      action=action, resource=resource, resource_id=str(resource_id), plant=plant,
                      before=before, after=after))
