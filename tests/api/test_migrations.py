"""Alembic: upgrade from empty, then `alembic check` finds nothing to generate, on SQLite (WAL) and PostgreSQL."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect, text

from core.storage.db import alembic_config, make_engine
from tests.api.pgserver import PgServer

TABLES = {"users", "tokens", "audit", "rules", "rule_versions", "events", "decisions", "prune_records", "forms",
          "form_versions", "submissions", "uploads", "hazards", "permits", "gas_analyses", "signatures"}


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_upgrade_from_empty_and_check_clean(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    if kind == "sqlite":
        url = f"sqlite:///{tmp_path / 'm.db'}"
    else:
        pg: PgServer = request.getfixturevalue("pg")
        url = pg.create_database(f"mig_{uuid.uuid4().hex[:8]}")
    cfg = alembic_config(url)
    command.upgrade(cfg, "head")
    command.check(cfg)  # raises if the models and the migrations disagree
    eng = make_engine(url)
    try:
        assert set(inspect(eng).get_table_names()) >= TABLES
        with eng.connect() as c:
            if kind == "sqlite":
                assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            names = {fk["name"] for fk in inspect(eng).get_foreign_keys("rule_versions")}
            assert names == {"fk_rule_versions_rule_id_rules"}  # the naming convention reached the database
    finally:
        eng.dispose()
    command.downgrade(cfg, "base")
    eng = make_engine(url)
    try:
        assert not TABLES & set(inspect(eng).get_table_names())
    finally:
        eng.dispose()
