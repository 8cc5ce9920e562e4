"""Tables of forms, uploads, hazards and permits (the workflows of ARCHITECTURE §6)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from core.storage.base import Base, utcnow

# plant ids match ^[a-z0-9]...: a leading underscore can never be a real plant
UNSCOPED_PLANT = "_unscoped"


class Form(Base):
    __tablename__ = "forms"

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    plant: Mapped[str] = mapped_column(String(64), index=True)
    title: Mapped[dict[str, Any]] = mapped_column(JSON)
    schema: Mapped[dict[str, Any]] = mapped_column(JSON)
    ui_schema: Mapped[dict[str, Any]] = mapped_column(JSON)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    published_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(64))


class FormVersion(Base):
    __tablename__ = "form_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    form_id: Mapped[str] = mapped_column(ForeignKey("forms.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[dict[str, Any]] = mapped_column(JSON)
    schema: Mapped[dict[str, Any]] = mapped_column(JSON)
    ui_schema: Mapped[dict[str, Any]] = mapped_column(JSON)
    published_at: Mapped[datetime] = mapped_column(default=utcnow)
    published_by: Mapped[str] = mapped_column(String(64))

    __table_args__ = (UniqueConstraint("form_id", "version"),)


class Submission(Base):
    __tablename__ = "submissions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    form_id: Mapped[str] = mapped_column(ForeignKey("forms.id", ondelete="CASCADE"), index=True)
    form_version: Mapped[int] = mapped_column(Integer)
    plant: Mapped[str] = mapped_column(String(64))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    submitted_by: Mapped[str] = mapped_column(String(64))
    submitted_at: Mapped[datetime] = mapped_column(default=utcnow)


class Upload(Base):
    """A file stored under SAFEBLOCKS_HOME/uploads (outside any served folder), by random id. It belongs to
    one plant: only people of that plant read it, and only records of that plant may point at it. Rows from
    before plants were recorded that no record or uploader placed are in ``UNSCOPED_PLANT``, which no plant
    id can equal, so only users of every plant (``["*"]``) see them (migration 0002)."""

    __tablename__ = "uploads"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    content_type: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(String(200))
    path: Mapped[str] = mapped_column(String(400))
    uploaded_by: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    plant: Mapped[str] = mapped_column(String(64))

    # a plant's uploads, newest first: the listing's query
    __table_args__ = (Index("ix_uploads_plant_created_at", "plant", "created_at"),)


class Hazard(Base):
    __tablename__ = "hazards"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plant: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    area: Mapped[str] = mapped_column(String(64))
    spot: Mapped[str] = mapped_column(String(128), default="")
    severity: Mapped[str] = mapped_column(String(16), default="general")
    status: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(String(16), default="report")  # report | rule
    decision_id: Mapped[str | None] = mapped_column(String(256), nullable=True)
    reporter: Mapped[str | None] = mapped_column(String(64), nullable=True)
    assignee: Mapped[str | None] = mapped_column(String(64), nullable=True)
    rectifier: Mapped[str | None] = mapped_column(String(64), nullable=True)
    verifier: Mapped[str | None] = mapped_column(String(64), nullable=True)
    photo: Mapped[str | None] = mapped_column(String(32), nullable=True)
    after_photo: Mapped[str | None] = mapped_column(String(32), nullable=True)
    context: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    duplicate_of: Mapped[int | None] = mapped_column(Integer, nullable=True)
    spam: Mapped[bool] = mapped_column(Boolean, default=False)
    due_at: Mapped[datetime | None] = mapped_column(nullable=True)
    escalation: Mapped[int] = mapped_column(Integer, default=0)
    points: Mapped[int] = mapped_column(Integer, default=0)
    history: Mapped[list[Any]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (Index("ix_hazards_plant_status", "plant", "status"),
                      Index("ix_hazards_spot", "plant", "area", "spot"))


class Permit(Base):
    __tablename__ = "permits"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # "CS-0001", "HW-0001"
    plant: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # hot_work | confined_space
    level: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(200))
    location: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16))  # draft active suspended closed expired
    applicant: Mapped[str] = mapped_column(String(64))
    valid_hours: Mapped[float] = mapped_column(Float)
    valid_until: Mapped[datetime | None] = mapped_column(nullable=True)
    suspended_at: Mapped[datetime | None] = mapped_column(nullable=True)
    suspension: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    history: Mapped[list[Any]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class GasAnalysis(Base):
    """One gas test of a permit (气体分析). ``sampled_at`` is when the sample was taken and ``analyst`` who
    analysed it (a username, or the name of someone without an account, such as a contractor's analyst);
    ``recorded_at`` and ``recorded_by`` are when and by whom it was entered. The freshness rules count from
    the sampling time: a result typed in 20 minutes after its sample is 20 minutes old (migration 0006)."""

    __tablename__ = "gas_analyses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    permit_id: Mapped[str] = mapped_column(ForeignKey("permits.id", ondelete="CASCADE"), index=True)
    sampled_at: Mapped[datetime] = mapped_column(default=utcnow)
    readings: Mapped[dict[str, Any]] = mapped_column(JSON)
    passing: Mapped[bool] = mapped_column(Boolean)
    failures: Mapped[list[Any]] = mapped_column(JSON)
    analyst: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(64))


class Signature(Base):
    """An approval: who (name re-authenticated), when, what it means, and the hash of the permit record
    it was given on, so a later change of the permit is visible against the signature."""

    __tablename__ = "signatures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    permit_id: Mapped[str] = mapped_column(ForeignKey("permits.id", ondelete="CASCADE"), index=True)
    username: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(128))
    meaning: Mapped[str] = mapped_column(String(32))
    signed_at: Mapped[datetime] = mapped_column(default=utcnow)
    record_hash: Mapped[str] = mapped_column(String(64))


class Notification(Base):
    """A message for one user (an overdue hazard's escalation, or a rule's notify action). ``key`` names the
    event it reports, the same for every recipient of it; one row per (user, key), so an event is never told
    twice to a user. ``outward_at`` is when the event was offered to plugins for SMS/WeCom (None: not yet,
    retried); a rule's notification is offered by the runtime with the rule's action, so it is set at once."""

    __tablename__ = "notifications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    plant: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(128))
    resource: Mapped[str] = mapped_column(String(32))
    resource_id: Mapped[str] = mapped_column(String(128))
    title: Mapped[dict[str, Any]] = mapped_column(JSON)
    body: Mapped[dict[str, Any]] = mapped_column(JSON)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    read_at: Mapped[datetime | None] = mapped_column(nullable=True)
    outward_at: Mapped[datetime | None] = mapped_column(nullable=True)
    outward: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)

    __table_args__ = (UniqueConstraint("user_id", "key"),
                      # a user's unread ones, newest first: the list and the badge
                      Index("ix_notifications_user_id_read_at", "user_id", "read_at"),
                      Index("ix_notifications_outward_at", "outward_at"))
