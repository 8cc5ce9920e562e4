"""Shared request/response building blocks: strict input models, plant ids, text that refuses HTML."""

from __future__ import annotations

import re
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

_TAG = re.compile(r"<\s*[/!?a-zA-Z]")


def no_html(v: str) -> str:
    """Labels are shown on the canvas, in mobile forms and in exported PDFs: markup there is an injection
    vector, never a feature, so it is refused rather than escaped."""
    if _TAG.search(v):
        raise ValueError("HTML/markup is not allowed in text (remove '<...>'); 文本中不允许 HTML 标记")
    return v


def labels_without_html(obj: Any, where: str = "") -> list[tuple[str, str]]:
    """(pointer, text) of every title/description/label/help string that contains markup."""
    bad: list[tuple[str, str]] = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            p = f"{where}/{k}"
            if k in ("title", "description", "label", "help", "placeholder", "zh", "en") and isinstance(v, str) \
                    and _TAG.search(v):
                bad.append((p, v))
            else:
                bad += labels_without_html(v, p)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            bad += labels_without_html(v, f"{where}/{i}")
    return bad


# database ids and counters: bounded to a 32-bit INTEGER, which both backends hold
DbInt = Annotated[int, Field(ge=1, le=2**31 - 1)]
PlantId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")]
Label = Annotated[str, StringConstraints(min_length=1, max_length=200), AfterValidator(no_html)]
LongText = Annotated[str, StringConstraints(max_length=4000), AfterValidator(no_html)]


class In(BaseModel):
    """Every request body refuses unknown fields: a typo must not be silently ignored."""

    model_config = ConfigDict(extra="forbid")


class I18nText(In):
    zh: Label
    en: Label


class Ok(BaseModel):
    ok: bool = Field(examples=[True])
