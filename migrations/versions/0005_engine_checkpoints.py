"""engine checkpoints

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29

Reviewed by hand. One row per plant: the plant engine's snapshot (window state, timers, feeds) as
strict JSON text, the chain position it follows and when it was saved (core/api/runtime.py). Text,
not JSON: the snapshot is written and read whole, never queried inside, and PostgreSQL's jsonb would
re-order its keys and spend time parsing what nobody looks into. Nothing to back-fill: a plant without
a row starts with empty windows, as every plant did before this revision.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "engine_checkpoints",
        sa.Column("plant", sa.String(length=64), nullable=False),
        sa.Column("decision_seq", sa.Integer(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("plant", name=op.f("pk_engine_checkpoints")),
    )


def downgrade() -> None:
    op.drop_table("engine_checkpoints")
