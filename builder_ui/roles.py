"""Which actions a page offers: read from the service's own policy table, never a copy of it.

The API decides every request. The pages only leave out the buttons that the signed-in user's
role would be refused, so nobody is offered an action that cannot succeed; when the API still
refuses (the wrong state after someone else acted, a separation-of-duties rule), its message is
shown as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.api.auth import PERMISSIONS


def can(user: Mapping[str, Any], permission: str) -> bool:
    return user.get("role") in PERMISSIONS.get(permission, set())
