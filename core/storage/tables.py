"""Tables of identity, audit, rules, events and decisions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from core.storage.base import Base, utcnow


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(128))
    role: Mapped[str] = mapped_column(String(16))
    # plant ids the user may see; ["*"] means every plant (admins, auditors of a group)
    plants: Mapped[list[str]] = mapped_column(JSON)
    password_hash: Mapped[str] = mapped_column(String(256))
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    certificates: Mapped[list[str]] = mapped_column(JSON, default=list)
    shift_task: Mapped[str | None] = mapped_column(String(128), nullable=True)
    points: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Token(Base):
    """Bearer tokens; only their SHA-256 is stored, so a leaked database grants no session."""

    __tablename__ = "tokens"

    digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]


class LoginFailure(Base):
    """A failed login, or one whose password is still being checked, counted against its account (``scope``
    "account", ``key`` the lower-cased username as typed) and, as a second row, against its client address
    (``scope`` "client"). In the database, so the count holds across processes and restarts."""

    __tablename__ = "login_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scope: Mapped[str] = mapped_column(String(8))
    key: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime]

    __table_args__ = (Index("ix_login_failures_scope_key_at", "scope", "key", "at"),)


class LoginLockout(Base):
    """The back-off of an account or a client address: refused until ``locked_until``; ``level`` is how many
    lockouts came in a row (each one twice as long as the one before)."""

    __tablename__ = "login_lockouts"

    scope: Mapped[str] = mapped_column(String(8), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    level: Mapped[int] = mapped_column(Integer)
    locked_until: Mapped[datetime]


class AuditEntry(Base):
    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    username: Mapped[str | None] = mapped_column(String(64), nullable=True)
    action: Mapped[str] = mapped_column(String(64))
    resource: Mapped[str] = mapped_column(String(32))
    resource_id: Mapped[str] = mapped_column(String(128))
    plant: Mapped[str | None] = mapped_column(String(64), nullable=True)
    before: Mapped[Any | None] = mapped_column(JSON, nullable=True)
    after: Mapped[Any | None] = mapped_column(JSON, nullable=True)

    __table_args__ = (Index("ix_audit_resource", "resource", "resource_id"),)


class Rule(Base):
    """A rule's working copy. ``revision`` is the optimistic-concurrency counter of the draft."""

    __tablename__ = "rules"

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    plant: Mapped[str] = mapped_column(String(64), index=True)
    draft: Mapped[dict[str, Any]] = mapped_column(JSON)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    published_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    deployed_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(64))


class RuleVersion(Base):
    """An immutable published version: rows are inserted, never updated."""

    __tablename__ = "rule_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rule_id: Mapped[str] = mapped_column(ForeignKey("rules.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    doc: Mapped[dict[str, Any]] = mapped_column(JSON)
    hash: Mapped[str] = mapped_column(String(64))
    diff: Mapped[list[Any]] = mapped_column(JSON)
    note: Mapped[str] = mapped_column(Text, default="")
    rollback_of: Mapped[int | None] = mapped_column(Integer, nullable=True)
    published_at: Mapped[datetime] = mapped_column(default=utcnow)
    published_by: Mapped[str] = mapped_column(String(64))

    __table_args__ = (UniqueConstraint("rule_id", "version"),)


class EventRow(Base):
    """Events as received (for backtests). ``ts`` is event time in epoch seconds, like the runtime."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plant: Mapped[str] = mapped_column(String(64))
    ts: Mapped[float] = mapped_column(Float)
    signal: Mapped[str] = mapped_column(String(200))
    value: Mapped[Any | None] = mapped_column(JSON, nullable=True)
    quality: Mapped[str] = mapped_column(String(16), default="good")

    __table_args__ = (Index("ix_events_plant_ts", "plant", "ts"),)


class DecisionRow(Base):
    """One link of a plant's decision hash chain; ``record`` is the exact chained JSON record."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plant: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(Integer)
    decision_id: Mapped[str] = mapped_column(String(256))
    ts: Mapped[float] = mapped_column(Float)
    rule_id: Mapped[str] = mapped_column(String(128), index=True)
    rule_version: Mapped[int] = mapped_column(Integer)
    risk_level: Mapped[str] = mapped_column(String(4))
    state: Mapped[str] = mapped_column(String(16))
    record: Mapped[dict[str, Any]] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (UniqueConstraint("plant", "seq"), Index("ix_decisions_plant_ts", "plant", "ts"))


class EngineCheckpoint(Base):
    """A plant engine's window state (``Engine.snapshot()``), written in the same transaction as the
    decisions it follows, so a restarted service goes on mid-window instead of starting every
    sustained timer, count and statistics window from empty."""

    __tablename__ = "engine_checkpoints"

    plant: Mapped[str] = mapped_column(String(64), primary_key=True)
    decision_seq: Mapped[int] = mapped_column(Integer)  # the plant's chain position the state follows
    prev_hash: Mapped[str] = mapped_column(String(64))
    snapshot: Mapped[str] = mapped_column(Text)  # strict JSON text (core/runtime/snapshot.py)
    saved_at: Mapped[datetime] = mapped_column(default=utcnow)


class PruneRecord(Base):
    """What a retention run deleted: counts and a tombstone (seq, prev_hash, hash) per pruned decision,
    so the remaining chain still verifies across the gap."""

    __tablename__ = "prune_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    by: Mapped[str] = mapped_column(String(64))
    plant: Mapped[str] = mapped_column(String(64))
    cutoff_low: Mapped[float] = mapped_column(Float)
    cutoff_high: Mapped[float] = mapped_column(Float)
    deleted: Mapped[int] = mapped_column(Integer)
    tombstones: Mapped[list[Any]] = mapped_column(JSON)
