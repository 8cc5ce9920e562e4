"""notifications

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29

Reviewed by hand. One table: a notification per recipient (core/api/workflows/notify.py). The unique
(user_id, key) is what makes an escalation told once per person even when two service processes sweep
at once; notifications go with their user (ON DELETE CASCADE), as tokens do. Nothing to back-fill:
escalations before this revision told nobody, and telling now of old ones would be noise.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("plant", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("key", sa.String(length=128), nullable=False),
        sa.Column("resource", sa.String(length=32), nullable=False),
        sa.Column("resource_id", sa.String(length=128), nullable=False),
        sa.Column("title", sa.JSON(), nullable=False),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("read_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("outward_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("outward", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_notifications_user_id_users"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notifications")),
        sa.UniqueConstraint("user_id", "key", name=op.f("uq_notifications_user_id_key")),
    )
    op.create_index("ix_notifications_user_id_read_at", "notifications", ["user_id", "read_at"], unique=False)
    op.create_index("ix_notifications_outward_at", "notifications", ["outward_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_notifications_outward_at", table_name="notifications")
    op.drop_index("ix_notifications_user_id_read_at", table_name="notifications")
    op.drop_table("notifications")
