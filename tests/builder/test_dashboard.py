"""The plant dashboard on the real service: heat map, decision stream, signal state."""

from __future__ import annotations

import pytest

from builder_ui.dashboard import area_of_decision, signal_states
from tests.builder.conftest import PASSWORD, WAIT


def test_area_and_signal_state_derivation():
    assert area_of_decision({"actions": [{"type": "alert", "area": "tank-farm"}], "inputs": {"CS-01.o2": 1}}) == "tank-farm"
    assert area_of_decision({"actions": [], "inputs": {"CS-01.o2": 1}}) == "CS-01"
    rows = signal_states([{"ts": 100.0, "signal": "a", "value": 1}, {"ts": 200.0, "signal": "b", "value": 2},
                          {"ts": 200.0, "signal": "c", "value": None, "quality": "bad"}])
    assert [(r["signal"], r["state"]) for r in rows] == [("a", "stale"), ("b", "fresh"), ("c", "bad")]


@pytest.mark.anyio
async def test_dashboard_heat_map_stream_and_signal_state(svc_user, service_app):
    from builder_ui.service import ServiceClient
    from tests.builder.seed import requests

    client = ServiceClient(service_app)
    token = (await client.login("engineer2", PASSWORD)).body["token"]
    for method, path, body in requests():
        assert (await client.call(method, path, token, body)).ok, path
    user = svc_user
    await user.open("/dashboard?lang=en")
    user.find(marker="dash-refresh").click()
    await user.should_see(marker="username", retries=WAIT)
    user.find(marker="username").type("engineer1")
    user.find(marker="password").type(PASSWORD)
    user.find(marker="sign-in-go").click()
    await user.should_see("Signed in: engineer1", retries=WAIT)
    user.find(marker="dash-refresh").click()
    await user.should_see(marker="stream-fired", retries=WAIT)
    (chart,) = user.find(marker="heat-map").elements
    assert set(chart.options["yAxis"]["data"]) == {"T-101", "tank-farm"}
    await user.should_see(marker="signal-fresh")
    await user.should_see(marker="signal-bad")
    await user.should_see(marker="signal-stale")  # T-103: last sample 289 s before the newest
