"""Which actions a page offers: what the service's ``GET /api/me`` says the signed-in user may do.

The API decides every request. The pages only leave out the buttons that the signed-in user would
be refused, so nobody is offered an action that cannot succeed; when the API still refuses (the
wrong state after someone else acted, a separation-of-duties rule), its message is shown as it is.
The permissions come from the service at sign-in (SignIn), never from a copy of its role table: the
builder may run against a service whose policy differs from the code installed next to it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def can(user: Mapping[str, Any], permission: str) -> bool:
    """``user`` is the /api/me answer; without its ``permissions`` (nobody signed in) nothing is offered."""
    return permission in (user.get("permissions") or ())
