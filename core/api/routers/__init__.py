"""One router per resource; ROUTERS is what the app mounts under /api."""

from __future__ import annotations

from core.api.routers import (
    audit,
    auth,
    catalog,
    decisions,
    events,
    forms,
    hazards,
    health,
    notifications,
    people,
    permits,
    rules,
    uploads,
    users,
)

ROUTERS = [health.router, auth.router, users.router, people.router, audit.router, rules.router, events.router,
           decisions.router, forms.router, uploads.router, hazards.router, permits.router,
           catalog.router, notifications.router]
