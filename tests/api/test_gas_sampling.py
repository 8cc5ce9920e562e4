"""A gas analysis carries when its sample was taken and who analysed it; the 30-minute rule of GB 30871
counts from the sampling time, not from when the result was typed in."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from core.storage.tables import AuditEntry
from core.storage.tables_work import GasAnalysis, Permit
from tests.api.conftest import Api
from tests.api.permit_steps import CS_GAS, active_permit, draft_permit, gas


def _ts(d: datetime) -> datetime:
    return datetime.fromisoformat(str(d).replace("Z", "+00:00"))


def _ago(**kw: float) -> str:
    return (datetime.now(UTC) - timedelta(**kw)).isoformat()


def test_sampling_time_and_analyst_are_stored_and_default_to_now_and_the_submitter(api: Api, plant: str) -> None:
    pid = draft_permit(api, plant)
    r = gas(api, pid)
    assert r.status_code == 201, r.text
    a = r.json()
    assert a["analyst"] == a["recorded_by"] == "operator1"
    assert a["sampled_at"] == a["recorded_at"]
    assert abs(_ts(a["sampled_at"]) - datetime.now(UTC)) < timedelta(minutes=1)
    assert _ts(a["fresh_until"]) - _ts(a["sampled_at"]) == timedelta(minutes=30)

    # a contractor's analyst without an account, sampled at 08:10 Beijing time 12 minutes ago, entered by the verifier
    sampled = (datetime.now(UTC) - timedelta(minutes=12)).replace(microsecond=0)
    beijing = sampled.astimezone(timezone(timedelta(hours=8)))
    r = gas(api, pid, "verifier", sampled_at=beijing.isoformat(), analyst=" 李师傅（承包商） ")
    assert r.status_code == 201, r.text
    a = r.json()
    assert _ts(a["sampled_at"]) == sampled and a["analyst"] == "李师傅（承包商）" and a["recorded_by"] == "verifier1"
    assert _ts(a["recorded_at"]) - sampled > timedelta(minutes=11)
    # an account of the plant may be named as the analyst
    assert gas(api, pid, "verifier", analyst="engineer2").json()["analyst"] == "engineer2"

    listed = api.get("auditor", f"/api/permits/{pid}/gas-analyses").json()
    assert [x["analyst"] for x in listed] == ["engineer2", "operator1", "李师傅（承包商）"]  # newest sample first
    (entry, *_) = api.get("auditor", f"/api/audit?resource=permit&resource_id={pid}&action=permit.gas_analysis").json()
    assert entry["username"] == "verifier1" and entry["after"]["analyst"] == "engineer2"
    assert "sampled_at" in entry["after"]


def test_the_30_minutes_count_from_the_sample_not_the_submission(api: Api, plant: str) -> None:
    pid = draft_permit(api, plant)
    assert gas(api, pid, sampled_at=_ago(minutes=35)).status_code == 201  # entered now, sampled 35 min ago
    r = api.post("operator", f"/api/permits/{pid}/activate")
    assert r.status_code == 409 and r.json()["error"]["code"] == "gas_analysis_required"
    assert "sampled more than 30 min ago" in r.json()["error"]["message"]["en"]
    assert "超过 30 分钟" in r.json()["error"]["message"]["zh"]

    # the latest analysis is the latest sample: a failed one sampled earlier but entered later does not hide it
    assert gas(api, pid, sampled_at=_ago(minutes=5)).json()["passing"] is True
    late = gas(api, pid, sampled_at=_ago(minutes=20), readings={**CS_GAS, "o2_pct": 18.0})
    assert late.status_code == 201 and late.json()["passing"] is False
    r = api.post("operator", f"/api/permits/{pid}/activate")
    assert r.status_code == 200, r.text
    assert r.json()["latest_analysis"]["passing"] is True and r.json()["history"][-1]["status"] == "active"
    (entry, *_) = api.get("auditor", f"/api/audit?resource=permit&resource_id={pid}&action=permit.activate").json()
    assert entry["before"]["valid_until"] is None and entry["after"]["valid_until"]  # the audit shows the change


def _refused(api: Api, pid: str, body: dict[str, Any], code: str, pointer: str = "/sampled_at") -> dict[str, Any]:
    counts = api.count(GasAnalysis), api.count(AuditEntry)
    r = api.post("operator", f"/api/permits/{pid}/gas-analyses", json={"readings": CS_GAS, **body})
    assert r.status_code == 422, r.text
    err = r.json()["error"]
    assert err["code"] == code and err["where"] == pointer
    assert err["message"]["en"] and err["message"]["zh"] and err["fix"]["en"] and err["fix"]["zh"]
    assert (api.count(GasAnalysis), api.count(AuditEntry)) == counts  # nothing stored
    return dict(err)


def test_a_sampling_time_in_the_future_or_before_the_window_is_refused(api: Api, plant: str) -> None:
    pid = draft_permit(api, plant, valid_hours=8)
    err = _refused(api, pid, {"sampled_at": _ago(minutes=-10)}, "sampled_in_future")
    assert "in the future" in err["message"]["en"] and "晚于当前时间" in err["message"]["zh"]
    assert gas(api, pid, sampled_at=_ago(minutes=-1)).status_code == 201  # a detector's clock a minute fast
    # a draft: nothing older than its validity period (8 h) back from now
    err = _refused(api, pid, {"sampled_at": _ago(hours=8, minutes=1)}, "sampled_too_early")
    assert "validity window" in err["message"]["en"] and "有效期" in err["message"]["zh"]
    assert gas(api, pid, sampled_at=_ago(hours=7, minutes=59)).status_code == 201
    _refused(api, pid, {"sampled_at": "2026-01-05T08:10:00"}, "time_zone_missing")
    _refused(api, pid, {"sampled_at": "0001-01-01T00:00:00+05:00"}, "sampled_too_early")
    _refused(api, pid, {"sampled_at": "9999-12-31T23:59:59-05:00"}, "sampled_in_future")

    # an active permit: its window opened at activation (its analysis sampled at most 30 min before)
    act = active_permit(api, plant)
    with api.app.state.services.sessions() as db:
        p = db.get(Permit, act)
        assert p is not None and p.valid_until is not None
        opened = p.valid_until - timedelta(hours=p.valid_hours)
    _refused(api, act, {"sampled_at": (opened - timedelta(minutes=31)).isoformat()}, "sampled_too_early")
    assert gas(api, act, sampled_at=(opened - timedelta(minutes=29)).isoformat()).status_code == 201


@pytest.mark.parametrize("body,code,pointer", [
    ({"sampled_at": "yesterday"}, "invalid_input", "/body/sampled_at"),
    ({"analyst": ""}, "invalid_input", "/body/analyst"),
    ({"analyst": "<b>x</b>"}, "invalid_input", "/body/analyst"),
    ({"analyst": "x" * 65}, "invalid_input", "/body/analyst"),
])
def test_malformed_sampling_time_or_analyst(api: Api, plant: str, body: dict[str, Any], code: str, pointer: str) -> None:
    pid = draft_permit(api, plant)
    counts = api.count(GasAnalysis)
    r = api.post("operator", f"/api/permits/{pid}/gas-analyses", json={"readings": CS_GAS, **body})
    assert r.status_code == 422 and r.json()["error"]["code"] == code
    assert r.json()["problems"][0]["pointer"] == pointer
    assert api.count(GasAnalysis) == counts


def test_an_analyst_who_is_an_account_must_be_of_the_plant(api: Api, plant: str) -> None:
    pid = draft_permit(api, plant)
    err = _refused(api, pid, {"analyst": "scoped"}, "bad_analyst", "/analyst")  # an operator of plant-b only
    assert "not an active one of plant" in err["message"]["en"] and "scoped" in err["message"]["zh"]
