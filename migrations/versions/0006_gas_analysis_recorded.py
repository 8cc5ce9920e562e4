"""gas analyses: when and by whom they were recorded

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30

Reviewed by hand. Until this revision the service set ``sampled_at`` to the time of the request and
``analyst`` to the user who sent it. From now on both are what the request says: when the sample was
taken and who analysed it, and the freshness rules (GB 30871: analysis at most 30 min before the work
starts or resumes) count from the sampling time. What the old columns held moves into two new ones:

  recorded_at  when the analysis was entered  (back-fill: sampled_at, which was the submission time)
  recorded_by  who entered it                  (back-fill: analyst, which was the submitter)

The old rows keep their sampled_at and analyst: the submission time is the best sampling time known
for them, and the submitter the best analyst, so the rules judge them as they did before.

Added nullable, filled, then made NOT NULL, so existing rows survive on both backends (SQLite: batch mode
copies the table for the NOT NULL step; PostgreSQL: plain ALTERs). The downgrade drops the two columns
(what they hold for old rows is still in sampled_at and analyst; for new rows the audit entry of the
analysis names the submitter and its time).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_analyses = sa.table("gas_analyses", sa.column("sampled_at", sa.DateTime(timezone=True)),
                     sa.column("analyst", sa.String), sa.column("recorded_at", sa.DateTime(timezone=True)),
                     sa.column("recorded_by", sa.String))


def upgrade() -> None:
    with op.batch_alter_table("gas_analyses") as batch:
        batch.add_column(sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("recorded_by", sa.String(length=64), nullable=True))
    # one statement, in the database: copies each row's own values, whatever their number
    op.execute(sa.update(_analyses).values(recorded_at=_analyses.c.sampled_at, recorded_by=_analyses.c.analyst))
    with op.batch_alter_table("gas_analyses") as batch:
        batch.alter_column("recorded_at", existing_type=sa.DateTime(timezone=True), nullable=False)
        batch.alter_column("recorded_by", existing_type=sa.String(length=64), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("gas_analyses") as batch:
        batch.drop_column("recorded_by")
        batch.drop_column("recorded_at")
