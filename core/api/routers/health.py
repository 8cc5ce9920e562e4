from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field
from sqlalchemy import text
from sqlalchemy.orm import Session

from core import __version__
from core.api.deps import Services, get_db, services

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str = Field(examples=["ok"])
    version: str = Field(examples=["0.1.0"])
    database: str = Field(examples=["sqlite"])
    plants: dict[str, dict[str, int]] = Field(examples=[{"plant-a": {"chemical.cs.o2": 3}}],
                                              description="deployed rule versions per plant")


@router.get("/health", response_model=Health)
def health(db: Annotated[Session, Depends(get_db)], svc: Annotated[Services, Depends(services)]) -> Health:
    db.execute(text("SELECT 1"))
    return Health(status="ok", version=__version__, database=svc.engine.dialect.name,
                  plants={p: svc.runtime.deployed(p) for p in list(svc.runtime.plants)})
