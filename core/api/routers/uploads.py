"""Photos and files. Each upload belongs to one plant: the uploader must be of that plant, only its people
read or list it, and only records of that plant (hazard photos, form photo/signature fields) may point at it."""

from __future__ import annotations

import hashlib
import os
import secrets
from datetime import datetime
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, File, Query, UploadFile
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.api.audit import audit
from core.api.auth import check_plant, require, sees
from core.api.deps import Services, get_db, services
from core.api.errors import ApiError, not_found
from core.api.models import PlantId
from core.storage.tables import User
from core.storage.tables_work import Upload

router = APIRouter(tags=["uploads"])
Reader = Annotated[User, Depends(require("uploads.read"))]
MAX_UPLOAD = 5 * 1024 * 1024
# magic numbers: the content decides the type, never the file name or the declared type
SNIFF = [(b"\xff\xd8\xff", "image/jpeg"), (b"\x89PNG\r\n\x1a\n", "image/png"), (b"%PDF-", "application/pdf")]
ID_PATTERN = r"^[0-9a-f]{32}$"


class UploadOut(BaseModel):
    id: str = Field(examples=["3f2a9c0d4b5e6f708192a3b4c5d6e7f8"])
    plant: str = Field(examples=["plant-a"])
    content_type: str = Field(examples=["image/jpeg"])
    size: int = Field(examples=[183422])
    sha256: str
    filename: str
    uploaded_by: str = Field(examples=["operator1"])
    created_at: datetime


def sniff(head: bytes) -> str | None:
    return next((t for magic, t in SNIFF if head.startswith(magic)), None)


def _out(u: Upload) -> UploadOut:
    return UploadOut.model_validate(u, from_attributes=True)


def get_upload(db: Session, user: User, upload_id: str) -> Upload:
    """An upload the caller may read. Unknown and "in a plant you are not in" are one answer, so an id
    tells a caller nothing about other plants."""
    u = db.get(Upload, upload_id) if len(upload_id) == 32 else None
    if u is None or not sees(user, u.plant):
        raise not_found("upload", upload_id)
    return u


def referenced_upload(db: Session, user: User, upload_id: str, plant: str, where: str) -> Upload | None:
    """The upload a record of ``plant`` points at, or None when the caller cannot see it (unknown or in a
    plant not theirs: the caller's usual "no such upload" answer, which leaks nothing). One of the caller's
    own other plants is refused with a 403 that says what to do, since nothing is hidden from them there."""
    u = db.get(Upload, upload_id) if len(upload_id) == 32 else None
    if u is None or not sees(user, u.plant):
        return None
    if u.plant != plant:
        raise ApiError(403, "upload_other_plant", f"upload {upload_id} belongs to plant {u.plant!r}, this record to {plant!r}",
                       f"文件 {upload_id} 属于厂区 “{u.plant}”，而此记录属于厂区 “{plant}”", where=where,
                       fix_en=f"upload the file again with POST /api/uploads?plant={plant} and use the new id",
                       fix_zh=f"请通过 POST /api/uploads?plant={plant} 重新上传，并使用新的编号")
    return u


def upload_plant(user: User, plant: str | None) -> str:
    """The plant an upload goes to: the one asked for (the caller must be in it), else the caller's only plant."""
    if plant is not None:
        check_plant(user, plant)
        return plant
    own = [p for p in user.plants if p != "*"]
    if len(own) == 1 and "*" not in user.plants:
        return own[0]
    raise ApiError(422, "plant_required", "say which plant the file belongs to", "请指明文件所属的厂区", where="?plant",
                   fix_en="add ?plant=<plant id> to the URL (uploads are visible only inside their plant)",
                   fix_zh="在地址后加上 ?plant=<厂区编号>（文件仅在所属厂区内可见）")


@router.post("/uploads", response_model=UploadOut, status_code=201)
def upload(file: Annotated[UploadFile, File(description="JPEG, PNG or PDF, at most 5 MB")],
           user: Annotated[User, Depends(require("uploads.create"))], db: Annotated[Session, Depends(get_db)],
           svc: Annotated[Services, Depends(services)],
           plant: Annotated[PlantId | None, Query(description=(
               "the plant the file belongs to; may be left out by a user of exactly one plant"))] = None) -> UploadOut:
    where = upload_plant(user, plant)  # before reading the file: a refused upload costs nothing and stores nothing
    data = file.file.read(MAX_UPLOAD + 1)
    if len(data) > MAX_UPLOAD:
        raise ApiError(413, "too_large", f"file larger than {MAX_UPLOAD // (1024 * 1024)} MB",
                       f"文件超过 {MAX_UPLOAD // (1024 * 1024)} MB", where="file",
                       fix_en="compress the photo or split the document", fix_zh="请压缩照片或拆分文件")
    if not data:
        raise ApiError(422, "empty_file", "the file is empty", "文件为空", where="file")
    kind = sniff(data[:16])
    declared = (file.content_type or "").split(";")[0].strip().lower()
    if kind is None:
        raise ApiError(415, "unsupported_file", "only JPEG, PNG and PDF files are accepted (checked by content)",
                       "只接受 JPEG、PNG 和 PDF 文件（按内容识别）", where="file",
                       fix_en="export the photo as JPEG or PNG", fix_zh="请将照片导出为 JPEG 或 PNG")
    if declared not in ("", "application/octet-stream", kind):
        raise ApiError(415, "disguised_file", f"declared {declared} but the content is {kind}",
                       f"声明类型为 {declared}，但内容是 {kind}", where="file",
                       fix_en="send the file with its real type", fix_zh="请按文件真实类型上传")
    uid = secrets.token_hex(16)
    # stored under SAFEBLOCKS_HOME/uploads, never under a served folder, with a random name
    folder = svc.settings.uploads / uid[:2]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / uid
    path.write_bytes(data)
    name = os.path.basename((file.filename or "file").replace("\\", "/"))[:200] or "file"
    u = Upload(id=uid, sha256=hashlib.sha256(data).hexdigest(), content_type=kind, size=len(data), filename=name,
               path=str(path.relative_to(svc.settings.home)), uploaded_by=user.username, plant=where)
    db.add(u)
    audit(db, user, "upload.create", "upload", uid, plant=where,
          after={"sha256": u.sha256, "size": u.size, "type": kind})
    try:
        db.commit()
    except Exception:
        path.unlink(missing_ok=True)
        raise
    return _out(u)


@router.get("/uploads", response_model=list[UploadOut])
def list_uploads(user: Reader, db: Annotated[Session, Depends(get_db)], plant: PlantId | None = None,
                 limit: Annotated[int, Query(ge=1, le=500)] = 100,
                 offset: Annotated[int, Query(ge=0, le=2**31 - 1)] = 0) -> list[UploadOut]:
    """Newest first: one plant's uploads, or those of every plant of the caller."""
    q = select(Upload).order_by(Upload.created_at.desc(), Upload.id).limit(limit).offset(offset)
    if plant is not None:
        check_plant(user, plant)
        q = q.where(Upload.plant == plant)
    elif "*" not in user.plants:
        q = q.where(Upload.plant.in_(user.plants))
    return [_out(u) for u in db.scalars(q)]


@router.get("/uploads/{upload_id}/meta", response_model=UploadOut)
def meta(upload_id: str, user: Reader, db: Annotated[Session, Depends(get_db)]) -> UploadOut:
    return _out(get_upload(db, user, upload_id))


@router.get("/uploads/{upload_id}", response_class=FileResponse,
            responses={200: {"content": {"image/jpeg": {}, "image/png": {}, "application/pdf": {}}}})
def download(upload_id: str, user: Reader, db: Annotated[Session, Depends(get_db)],
             svc: Annotated[Services, Depends(services)]) -> FileResponse:
    u = get_upload(db, user, upload_id)
    path = svc.settings.home / Path(u.path)
    if not path.is_file():
        raise not_found("upload file", upload_id)
    return FileResponse(path, media_type=u.content_type, filename=u.filename,
                        headers={"X-Content-Type-Options": "nosniff", "Content-Security-Policy": "sandbox"})
