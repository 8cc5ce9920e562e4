"""login rate limit in the database

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29

Reviewed by hand. Two new tables, so the rate limit holds across service processes and restarts
(core/api/throttle.py): failed logins (one row per account and one per client address, counted in a
sliding window) and lockouts (the exponential back-off state). Neither has a foreign key to users: a
failed login of a name that does not exist counts like any other, so refusals reveal nothing about
which accounts exist. Nothing to back-fill: the old limiter lived in memory.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(length=8), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_failures")),
    )
    op.create_index("ix_login_failures_scope_key_at", "login_failures", ["scope", "key", "at"], unique=False)
    op.create_table(
        "login_lockouts",
        sa.Column("scope", sa.String(length=8), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("scope", "key", name=op.f("pk_login_lockouts")),
    )


def downgrade() -> None:
    op.drop_table("login_lockouts")
    op.drop_index("ix_login_failures_scope_key_at", table_name="login_failures")
    op.drop_table("login_failures")
