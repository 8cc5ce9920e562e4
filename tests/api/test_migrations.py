"""Alembic: upgrade from empty, then `alembic check` finds nothing to generate, on SQLite (WAL) and PostgreSQL;
each later revision upgrades a database that holds data (its back-fill checked) and downgrades again."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, MetaData, inspect, select, text

from core.storage.db import alembic_config, make_engine
from tests.api.pgserver import PgServer

TABLES = {"users", "tokens", "audit", "rules", "rule_versions", "events", "decisions", "prune_records", "forms",
          "form_versions", "submissions", "uploads", "hazards", "permits", "gas_analyses", "signatures",
          "login_failures", "login_lockouts", "notifications"}
NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'm.db'}"
    pg: PgServer = request.getfixturevalue("pg")
    return pg.create_database(f"mig_{uuid.uuid4().hex[:8]}")


@pytest.fixture
def engine(url: str) -> Iterator[Engine]:
    eng = make_engine(url)
    yield eng
    eng.dispose()


def test_upgrade_from_empty_and_check_clean(url: str, engine: Engine) -> None:
    cfg = alembic_config(url)
    command.upgrade(cfg, "head")
    command.check(cfg)  # raises if the models and the migrations disagree
    assert set(inspect(engine).get_table_names()) >= TABLES
    with engine.connect() as c:
        if engine.dialect.name == "sqlite":
            assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    names = {fk["name"] for fk in inspect(engine).get_foreign_keys("rule_versions")}
    assert names == {"fk_rule_versions_rule_id_rules"}  # the naming convention reached the database
    command.downgrade(cfg, "base")
    engine.dispose()
    assert not TABLES & set(inspect(engine).get_table_names())


def _rows(engine: Engine) -> None:
    """Data as a 0001 database holds it: uploads without a plant, referenced by hazards and submissions."""
    md = MetaData()
    md.reflect(engine)
    t = md.tables

    def user(name: str, plants: list[str]) -> dict[str, Any]:
        return {"username": name, "display_name": name, "role": "operator", "plants": plants, "password_hash": "x",
                "must_change_password": False, "active": True, "certificates": [], "points": 0, "created_at": NOW}

    def upload(uid: str, by: str) -> dict[str, Any]:
        return {"id": uid, "sha256": "0" * 64, "content_type": "image/png", "size": 1, "filename": "p.png",
                "path": f"uploads/{uid[:2]}/{uid}", "uploaded_by": by, "created_at": NOW}

    def hazard(plant: str, photo: str | None, after: str | None = None) -> dict[str, Any]:
        return {"plant": plant, "title": "t", "description": "", "area": "a", "spot": "s", "severity": "general",
                "status": "reported", "source": "report", "photo": photo, "after_photo": after, "context": {},
                "spam": False, "escalation": 0, "points": 0, "history": [], "created_at": NOW, "updated_at": NOW}

    with engine.begin() as c:
        c.execute(t["users"].insert(), [user("one", ["plant-a"]), user("star", ["*"]), user("two", ["plant-a", "plant-b"])])
        c.execute(t["uploads"].insert(), [upload("1" * 32, "star"), upload("2" * 32, "star"), upload("3" * 32, "star"),
                                          upload("4" * 32, "one"), upload("5" * 32, "two"), upload("6" * 32, "gone"),
                                          upload("7" * 32, "star")])
        # the oldest referencing hazard decides; a hazard beats a submission
        c.execute(t["hazards"].insert(), [hazard("plant-h", "1" * 32), hazard("plant-h2", None, "2" * 32),
                                          hazard("plant-x", "2" * 32), hazard("plant-h", "7" * 32)])
        c.execute(t["forms"].insert(), [{"id": "f", "plant": "plant-s", "title": {}, "schema": {}, "ui_schema": {},
                                         "revision": 1, "updated_at": NOW, "updated_by": "star"}])
        c.execute(t["submissions"].insert(), [
            {"form_id": "f", "form_version": 1, "plant": "plant-s", "data": {"photo": u, "note": "x"},
             "submitted_by": "star", "submitted_at": NOW} for u in ("3" * 32, "7" * 32)])


def test_0002_upload_plants_backfilled_then_downgraded(url: str, engine: Engine) -> None:
    cfg = alembic_config(url)
    command.upgrade(cfg, "0001")
    _rows(engine)
    command.upgrade(cfg, "0002")
    md = MetaData()
    md.reflect(engine)
    with engine.connect() as c:
        plants = dict(c.execute(select(md.tables["uploads"].c.id, md.tables["uploads"].c.plant)).all())
    assert plants == {"1" * 32: "plant-h",  # its hazard's photo
                      "2" * 32: "plant-h2",  # the oldest hazard that names it (as the after-photo)
                      "3" * 32: "plant-s",  # a form field of a submission
                      "4" * 32: "plant-a",  # nothing names it: its uploader's only plant
                      "5" * 32: "_unscoped", "6" * 32: "_unscoped",  # uploader of two plants / gone: narrowest
                      "7" * 32: "plant-h"}  # a hazard and a submission: the hazard
    uploads = inspect(engine)
    assert not next(c for c in uploads.get_columns("uploads") if c["name"] == "plant")["nullable"]
    assert "ix_uploads_plant_created_at" in {i["name"] for i in uploads.get_indexes("uploads")}
    command.upgrade(cfg, "head")
    command.check(cfg)
    command.downgrade(cfg, "0001")
    engine.dispose()
    assert "plant" not in {c["name"] for c in inspect(engine).get_columns("uploads")}
    with engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM uploads")).scalar() == 7  # the rows survive the downgrade
    command.downgrade(cfg, "base")


def _utc(d: datetime) -> datetime:
    """SQLite hands back naive text, PostgreSQL an aware time in the session's zone."""
    return d.replace(tzinfo=UTC) if d.tzinfo is None else d.astimezone(UTC)


def test_0006_gas_analyses_recorded_backfilled_then_downgraded(url: str, engine: Engine) -> None:
    """Before 0006 the service stored the submission time as sampled_at and the submitter as analyst: both
    are copied into recorded_at/recorded_by, and the old columns keep what they held."""
    cfg = alembic_config(url)
    command.upgrade(cfg, "0005")
    md = MetaData()
    md.reflect(engine)
    t = md.tables
    earlier = datetime(2026, 11, 29, 7, 45, tzinfo=UTC)
    with engine.begin() as c:
        c.execute(t["permits"].insert(), [{"id": "CS-0001", "plant": "plant-a", "kind": "confined_space",
                                           "level": "standard", "title": "t", "location": "l", "status": "active",
                                           "applicant": "op", "valid_hours": 8.0, "history": [], "created_at": NOW}])
        c.execute(t["gas_analyses"].insert(), [
            {"permit_id": "CS-0001", "sampled_at": at, "readings": {"o2_pct": 20.9}, "passing": True, "failures": [],
             "analyst": who} for at, who in ((NOW, "operator1"), (earlier, "verifier1"))])
    command.upgrade(cfg, "0006")
    md = MetaData()
    md.reflect(engine)
    ga = md.tables["gas_analyses"]
    with engine.connect() as c:
        rows = c.execute(select(ga.c.sampled_at, ga.c.analyst, ga.c.recorded_at, ga.c.recorded_by).order_by(ga.c.id)).all()
    assert [(_utc(s), a, _utc(r), b) for s, a, r, b in rows] == [(NOW, "operator1", NOW, "operator1"),
                                                               (earlier, "verifier1", earlier, "verifier1")]
    columns = {c["name"]: c for c in inspect(engine).get_columns("gas_analyses")}
    assert not columns["recorded_at"]["nullable"] and not columns["recorded_by"]["nullable"]
    assert "ix_gas_analyses_permit_id" in {i["name"] for i in inspect(engine).get_indexes("gas_analyses")}
    assert {fk["name"] for fk in inspect(engine).get_foreign_keys("gas_analyses")} == {"fk_gas_analyses_permit_id_permits"}
    command.check(cfg)
    command.downgrade(cfg, "0005")
    engine.dispose()
    assert {"recorded_at", "recorded_by"}.isdisjoint(c["name"] for c in inspect(engine).get_columns("gas_analyses"))
    with engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM gas_analyses")).scalar() == 2
    command.downgrade(cfg, "base")
