"""A live plant with a reorder window (SAFEBLOCKS_REORDER_WINDOW_S): an event older than the newest one,
but within the window, is applied in event-time order instead of being dropped as late."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.storage.db import Settings
from tests.api import conftest
from tests.api.conftest import Api
from tests.api.helpers import o2_low_rule

T0 = 1_767_600_000.0


@pytest.fixture(scope="module")
def windowed(tmp_path_factory: pytest.TempPathFactory, monkeypatch_module: pytest.MonkeyPatch) -> Iterator[Api]:
    home: Path = tmp_path_factory.mktemp("home-window")
    monkeypatch_module.setenv("SAFEBLOCKS_REORDER_WINDOW_S", "5")
    assert Settings.from_env(home=home).reorder_window_s == 5.0
    yield from conftest.make_api(f"sqlite:///{home / 'w.db'}", home)


@pytest.fixture(scope="module")
def monkeypatch_module() -> Iterator[pytest.MonkeyPatch]:
    with pytest.MonkeyPatch.context() as mp:
        yield mp


def test_out_of_order_event_within_the_window_is_applied(windowed: Api) -> None:
    api, plant, sensor = windowed, "w1", "w1.o2"
    api.post("engineer", "/api/rules", json={"plant": plant, "doc": o2_low_rule(f"{plant}.o2", 19.5, sensor)})
    api.post("engineer", f"/api/rules/{plant}.o2/publish", json={})
    r = api.post("operator", f"/api/events?plant={plant}", json={"events": [
        {"ts": T0 + 10, "signal": sensor, "value": 20.9}, {"ts": T0 + 12, "signal": sensor, "value": 18.0}]})
    assert r.json()["decisions"] == []  # held: the watermark has not passed them by the window yet
    r = api.post("operator", f"/api/events?plant={plant}", json={"events": [{"ts": T0 + 11, "signal": sensor, "value": 18.5}]})
    assert r.json()["late"] == 0
    r = api.post("engineer", "/api/runtime/advance", json={"plant": plant, "to": T0 + 20})
    assert [(d["state"], d["ts"]) for d in r.json()["decisions"]] == [("fired", "2026-01-05T08:00:11Z")]
