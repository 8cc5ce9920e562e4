"""One error shape for every 4xx/5xx: a stable code, the message in zh and en, where, how to fix."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict
from sqlalchemy.exc import IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException


class Text(BaseModel):
    en: str
    zh: str


class ErrorInfo(BaseModel):
    code: str
    message: Text
    where: str = ""
    fix: Text | None = None


class ErrorBody(BaseModel):
    """Extra members carry data: ``problems`` (validation), ``current``/``yours`` (409 conflicts)."""

    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [{"error": {
        "code": "stale_revision", "message": {"en": "the draft changed since you loaded it", "zh": "草稿已被他人修改"},
        "where": "PUT /api/rules/chemical.o2/draft", "fix": {"en": "reload, merge, save again", "zh": "重新加载、合并后再保存"}}}]})

    error: ErrorInfo


class ApiError(Exception):
    def __init__(self, status: int, code: str, en: str, zh: str, *, where: str = "", fix_en: str = "", fix_zh: str = "",
                 headers: dict[str, str] | None = None, **extra: Any) -> None:
        super().__init__(en)
        self.status, self.code, self.en, self.zh, self.where = status, code, en, zh, where
        self.fix = {"en": fix_en, "zh": fix_zh} if fix_en or fix_zh else None
        self.headers = headers
        self.extra = extra

    def body(self) -> dict[str, Any]:
        err: dict[str, Any] = {"code": self.code, "message": {"en": self.en, "zh": self.zh}, "where": self.where}
        if self.fix:
            err["fix"] = self.fix
        return {"error": err, **self.extra}


def error_response(status: int, code: str, en: str, zh: str, where: str = "", fix_en: str = "", fix_zh: str = "",
                   **extra: Any) -> JSONResponse:
    return JSONResponse(ApiError(status, code, en, zh, where=where, fix_en=fix_en, fix_zh=fix_zh, **extra).body(), status)


def not_found(kind: str, ident: object) -> ApiError:
    return ApiError(404, "not_found", f"{kind} {ident!s} not found (or not in your plants)",
                    f"未找到{kind} {ident!s}（或不属于您的厂区）", where=f"{kind}/{ident}",
                    fix_en="check the id; list the collection to see what exists", fix_zh="检查编号，或先查询列表")


_STATUS_CODES = {400: "bad_request", 401: "unauthenticated", 403: "forbidden", 404: "not_found",
                 405: "method_not_allowed", 406: "not_acceptable", 409: "conflict", 413: "too_large",
                 415: "unsupported_media_type", 422: "invalid", 429: "too_many_requests"}
_ZH = {404: "没有这个地址", 405: "该地址不支持此方法", 400: "请求有误"}


def _pointer(loc: tuple[Any, ...] | list[Any]) -> str:
    return "/" + "/".join(str(p) for p in loc)


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return JSONResponse(exc.body(), exc.status, headers=exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _STATUS_CODES.get(exc.status_code, "error")
        en = str(exc.detail)
        return JSONResponse(ApiError(exc.status_code, code, en, _ZH.get(exc.status_code, en),
                                     where=f"{request.method} {request.url.path}").body(),
                            exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(IntegrityError)
    async def _integrity(request: Request, exc: IntegrityError) -> JSONResponse:
        # a unique key hit by a concurrent request (two publishes of one version, two permits of one number)
        return error_response(409, "concurrent_change", "a concurrent change won: nothing of yours was stored",
                              "并发修改冲突：您的修改未保存", f"{request.method} {request.url.path}",
                              "reload and try again", "请重新加载后重试")

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        where = f"{request.method} {request.url.path}"
        errs = list(exc.errors())
        if any(e.get("type") == "json_invalid" for e in errs):
            e = next(e for e in errs if e.get("type") == "json_invalid")
            ctx = e.get("ctx") or {}
            return error_response(400, "malformed_json", f"the body is not valid JSON: {ctx.get('error', e.get('msg'))}",
                                  f"请求体不是合法的 JSON：{ctx.get('error', e.get('msg'))}", where,
                                  "send one JSON document with Content-Type: application/json",
                                  "请发送合法的 JSON，并设置 Content-Type: application/json")
        problems: list[dict[str, Any]] = []
        for e in errs:
            loc = e.get("loc", ())
            msg = str(e.get("msg", "invalid"))
            if e.get("type") == "extra_forbidden":
                en, zh = f"unknown field {loc[-1]!r}", f"未知字段 “{loc[-1]}”"
            elif e.get("type") == "missing":
                en, zh = f"required field {loc[-1]!r} is missing", f"缺少必填字段 “{loc[-1]}”"
            else:
                en, zh = msg, f"字段不合法：{msg}"
            problems.append({"pointer": _pointer(loc), "code": str(e.get("type", "invalid")), "message": {"en": en, "zh": zh}})
        first: dict[str, Any] = problems[0] if problems else {"pointer": "", "message": {"en": "invalid", "zh": "不合法"}}
        return error_response(422, "invalid_input", f"{first['pointer']}: {first['message']['en']}",
                              f"{first['pointer']}：{first['message']['zh']}", where,
                              "fix the fields listed in problems (each has a JSON pointer)",
                              "按 problems 中列出的位置（JSON 指针）修正字段", problems=problems)


# router-level documentation of the error responses every endpoint may give
ERRORS: dict[int | str, dict[str, Any]] = {
    s: {"model": ErrorBody, "description": d} for s, d in (
        (400, "malformed request"), (401, "not logged in"), (403, "role or plant not allowed"), (404, "not found"),
        (409, "conflict (stale revision, wrong state)"), (413, "body too large"), (415, "wrong content type"),
        (422, "invalid input: problems as data"), (429, "too many attempts"))
}
