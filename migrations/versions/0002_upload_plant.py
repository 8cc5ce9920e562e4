"""uploads belong to a plant

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29

Reviewed by hand. The column is added nullable, filled, then made NOT NULL, so existing rows survive on
both backends (SQLite: batch mode copies the table for the NOT NULL step; PostgreSQL: plain ALTERs).

Back-fill, first match wins, per upload:
  1. the plant of the oldest hazard whose photo or after-photo it is;
  2. the plant of the oldest form submission with a top-level field holding its id (photo and signature
     widgets are top-level fields, see core/api/routers/forms.py);
  3. the uploader's plant, when the uploader belongs to exactly one plant;
  4. otherwise "_unscoped" (a name no plant id can take), which only users of every plant can see.
Step 4 is deliberately the narrowest choice: before this revision any staff member could read any
upload, and guessing a plant for an ambiguous file could show it to the wrong plant's people.

No foreign key on ``plant``: plants are not a table (they are ids on users and records). The index
serves "this plant's uploads, newest first". The migration does not import application code, so the
UNSCOPED name is repeated here (core.storage.tables_work.UNSCOPED_PLANT).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UNSCOPED = "_unscoped"

_uploads = sa.table("uploads", sa.column("id", sa.String), sa.column("uploaded_by", sa.String),
                    sa.column("plant", sa.String))
_hazards = sa.table("hazards", sa.column("id", sa.Integer), sa.column("plant", sa.String),
                    sa.column("photo", sa.String), sa.column("after_photo", sa.String))
_submissions = sa.table("submissions", sa.column("id", sa.Integer), sa.column("plant", sa.String),
                        sa.column("data", sa.JSON))
_users = sa.table("users", sa.column("username", sa.String), sa.column("plants", sa.JSON))


def plants_for(conn: sa.Connection) -> dict[str, str]:
    """upload id -> plant, by the rules of the module docstring."""
    uploader: dict[str, str] = {uid: by for uid, by in conn.execute(sa.select(_uploads.c.id, _uploads.c.uploaded_by))}
    found: dict[str, str] = {}
    for _, plant, photo, after in conn.execute(sa.select(_hazards).order_by(_hazards.c.id)):
        for uid in (photo, after):
            if uid in uploader:
                found.setdefault(uid, plant)
    for _, plant, data in conn.execute(sa.select(_submissions).order_by(_submissions.c.id)):
        values: list[Any] = list(data.values()) if isinstance(data, dict) else []
        for v in values:
            if isinstance(v, str) and v in uploader:
                found.setdefault(v, plant)
    user_plants: dict[str, Any] = {name: plants for name, plants in conn.execute(sa.select(_users.c.username, _users.c.plants))}
    for uid, by in uploader.items():
        if uid in found:
            continue
        plants = user_plants.get(by)
        single = isinstance(plants, list) and len(plants) == 1 and plants[0] != "*"
        found[uid] = str(plants[0]) if single else UNSCOPED
    return found


def upgrade() -> None:
    with op.batch_alter_table("uploads") as batch:
        batch.add_column(sa.Column("plant", sa.String(length=64), nullable=True))
    conn = op.get_bind()
    rows = [{"uid": uid, "p": plant} for uid, plant in plants_for(conn).items()]
    if rows:
        conn.execute(sa.update(_uploads).where(_uploads.c.id == sa.bindparam("uid")).values(plant=sa.bindparam("p")),
                     rows)
    with op.batch_alter_table("uploads") as batch:
        batch.alter_column("plant", existing_type=sa.String(length=64), nullable=False)
    op.create_index("ix_uploads_plant_created_at", "uploads", ["plant", "created_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_uploads_plant_created_at", table_name="uploads")
    with op.batch_alter_table("uploads") as batch:
        batch.drop_column("plant")
