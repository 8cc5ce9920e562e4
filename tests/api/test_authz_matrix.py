"""Every role x every endpoint: no unexpected allow (and no unexpected role refusal).

The table below is the access policy written down independently of core/api/auth.py; an endpoint missing
from it fails the test, so a new route cannot ship without a decision on who may call it."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.api.conftest import Api

ROLES = ("admin", "engineer", "operator", "verifier", "auditor", "vendor")
STAFF = "admin engineer operator verifier auditor"
EXPECTED: dict[tuple[str, str], str] = {
    ("GET", "/api/health"): "PUBLIC",
    ("POST", "/api/auth/login"): "PUBLIC",
    ("POST", "/api/auth/logout"): "ANY",
    ("POST", "/api/auth/password"): "ANY",
    ("GET", "/api/me"): "ANY",
    ("GET", "/api/users"): "admin auditor",
    ("POST", "/api/users"): "admin",
    ("GET", "/api/users/{user_id}"): "admin auditor",
    ("PATCH", "/api/users/{user_id}"): "admin",
    ("POST", "/api/users/{user_id}/unlock"): "admin",
    ("GET", "/api/plants/{plant}/people"): "admin engineer",
    ("GET", "/api/audit"): "admin auditor",
    ("GET", "/api/rules"): "admin engineer verifier auditor vendor",
    ("POST", "/api/rules"): "admin engineer",
    ("GET", "/api/rules/{rule_id}"): "admin engineer verifier auditor vendor",
    ("PUT", "/api/rules/{rule_id}/draft"): "admin engineer",
    ("POST", "/api/rules/{rule_id}/validate"): "admin engineer verifier auditor vendor",
    ("POST", "/api/rules/{rule_id}/publish"): "admin engineer",
    ("POST", "/api/rules/{rule_id}/rollback"): "admin engineer",
    ("GET", "/api/rules/{rule_id}/versions"): "admin engineer verifier auditor vendor",
    ("GET", "/api/rules/{rule_id}/versions/{version}"): "admin engineer verifier auditor vendor",
    ("POST", "/api/rules/{rule_id}/deploy"): "admin engineer",
    ("POST", "/api/rules/{rule_id}/undeploy"): "admin engineer",
    ("POST", "/api/rules/{rule_id}/backtest"): "admin engineer",
    ("POST", "/api/events"): "admin engineer operator",
    ("GET", "/api/events"): "admin engineer auditor",
    ("POST", "/api/runtime/advance"): "admin engineer",
    ("GET", "/api/decisions"): STAFF,
    ("GET", "/api/decisions/stream"): STAFF,
    ("GET", "/api/decisions/verify"): "admin engineer auditor",
    ("POST", "/api/retention/run"): "admin",
    ("GET", "/api/forms"): STAFF + " vendor",
    ("POST", "/api/forms"): "admin engineer",
    ("GET", "/api/forms/{form_id}"): STAFF + " vendor",
    ("PUT", "/api/forms/{form_id}"): "admin engineer",
    ("POST", "/api/forms/{form_id}/publish"): "admin engineer",
    ("GET", "/api/forms/{form_id}/versions"): STAFF + " vendor",
    ("GET", "/api/forms/{form_id}/versions/{version}"): STAFF + " vendor",
    ("POST", "/api/forms/{form_id}/submissions"): "admin engineer operator verifier",
    ("GET", "/api/forms/{form_id}/submissions"): "admin engineer verifier auditor",
    ("POST", "/api/uploads"): "admin engineer operator verifier",
    ("GET", "/api/uploads"): STAFF,
    ("GET", "/api/uploads/{upload_id}/meta"): STAFF,
    ("GET", "/api/uploads/{upload_id}"): STAFF,
    ("GET", "/api/hazards"): STAFF,
    ("POST", "/api/hazards"): "admin engineer operator verifier",
    ("GET", "/api/hazards/{hazard_id}"): STAFF,
    ("POST", "/api/hazards/{hazard_id}/assign"): "admin engineer",
    ("POST", "/api/hazards/{hazard_id}/start"): "admin engineer operator",
    ("POST", "/api/hazards/{hazard_id}/rectify"): "admin engineer operator",
    ("POST", "/api/hazards/{hazard_id}/verify"): "admin verifier",
    ("POST", "/api/hazards/{hazard_id}/reopen"): "admin verifier",
    ("POST", "/api/hazards/sla/run"): "admin engineer",
    ("GET", "/api/permits"): STAFF,
    ("POST", "/api/permits"): "admin engineer operator",
    ("GET", "/api/permits/{permit_id}"): STAFF,
    ("GET", "/api/permits/{permit_id}/gas-analyses"): STAFF,
    ("POST", "/api/permits/{permit_id}/gas-analyses"): "admin engineer operator verifier",
    ("POST", "/api/permits/{permit_id}/signatures"): "admin engineer verifier",
    ("POST", "/api/permits/{permit_id}/activate"): "admin engineer operator",
    ("POST", "/api/permits/{permit_id}/suspend"): "admin engineer operator verifier",
    ("POST", "/api/permits/{permit_id}/resume"): "admin engineer operator",
    ("POST", "/api/permits/{permit_id}/close"): "admin engineer operator",
    ("GET", "/api/blocks"): STAFF + " vendor",
    ("GET", "/api/packs"): STAFF + " vendor",
    ("GET", "/api/templates"): STAFF + " vendor",
    ("POST", "/api/templates/{template_id}/install"): "admin engineer",
    ("GET", "/api/notifications"): "ANY",
    ("POST", "/api/notifications/{notification_id}/read"): "ANY",
    ("POST", "/api/notifications/read-all"): "ANY",
    ("GET", "/api/notifications/stream"): "ANY",
}
PARAMS = {"user_id": "999999", "rule_id": "no.such.rule", "version": "9", "form_id": "no.such.form",
          "upload_id": "0" * 32, "template_id": "no.such.template", "hazard_id": "999999", "permit_id": "CS-99999999",
          "notification_id": "999999", "plant": "plant-a"}


def _url(path: str) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: PARAMS[m.group(1)], path)


def _allowed(spec: str, role: str | None) -> bool:
    if spec == "PUBLIC":
        return True
    if role is None:
        return False
    return spec == "ANY" or role in spec.split()


def _call(api: Api, role: str | None, method: str, path: str, tokens: dict[str, str]) -> Any:
    headers = {"Authorization": f"Bearer {tokens[role]}"} if role else {}
    # a body that passes content-type checks but carries nothing: an allowed caller gets a 4xx for the
    # content (422/404), never a side effect; a refused caller must be stopped before that
    kw: dict[str, Any] = {}
    if method in ("POST", "PUT", "PATCH") and path != "/api/uploads":
        kw["json"] = {}
    return api.client.request(method, _url(path) + ("?plant=plant-a" if path.startswith("/api/decisions/stream") else ""),
                              headers=headers, **kw)


def test_policy_covers_every_endpoint(own_api: Api) -> None:
    schema = own_api.client.get("/api/openapi.json").json()
    routes = {(m.upper(), p) for p, ops in schema["paths"].items() for m in ops}
    assert routes == set(EXPECTED), {"missing from EXPECTED": routes - set(EXPECTED), "gone": set(EXPECTED) - routes}


@pytest.mark.parametrize("role", [None, *ROLES])
def test_every_role_on_every_endpoint(own_api: Api, role: str | None) -> None:
    tokens = {r: own_api.login(r + "1") for r in ROLES}  # fresh tokens: logout is one of the endpoints
    unexpected_allow, unexpected_deny = [], []
    for (method, path), spec in sorted(EXPECTED.items(), key=lambda kv: kv[0][1] == "/api/auth/logout"):
        if path == "/api/auth/login":
            continue  # public by design; its rate limit is tested in test_auth
        if path.endswith("/stream") and _allowed(spec, role):
            continue  # an allowed caller would open a live stream; its authorization is covered by the deny side
        r = _call(own_api, role, method, path, tokens)
        body = r.json() if r.headers.get("content-type", "").startswith("application/json") else None
        code = body.get("error", {}).get("code") if isinstance(body, dict) else None
        if not _allowed(spec, role):
            if r.status_code not in (401, 403) or code not in ("unauthenticated", "forbidden"):
                unexpected_allow.append((method, path, r.status_code, code))
        elif r.status_code in (401, 403) and code in ("unauthenticated", "forbidden"):
            unexpected_deny.append((method, path, r.status_code, code))
    assert unexpected_allow == []
    assert unexpected_deny == []
