"""Fixtures of the plant tests: the simulator's rule set and real brokers on loopback.

Every broker is started on a free 127.0.0.1 port in a temporary folder and stopped (and waited
for) by the fixture that started it, whatever the test did.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.plugins import PluginHost
from core.runtime.session import RuleSet
from plugins.simulator import RULES_DIR
from plugins.simulator.brokers import Mosquitto, NatsServer, free_port, wait_port

__all__ = ["Mosquitto", "NatsServer", "free_port", "wait_port"]


@pytest.fixture(scope="session")
def sim_rules(host: PluginHost) -> RuleSet:
    rs = RuleSet.load([str(RULES_DIR)], host=host)
    assert len(rs.rules) == 4
    return rs


@pytest.fixture
def mosquitto(tmp_path: Path) -> Iterator[Mosquitto]:
    m = Mosquitto(tmp_path)
    m.start()
    try:
        yield m
    finally:
        m.stop()


@pytest.fixture
def nats3(tmp_path: Path) -> Iterator[NatsServer]:
    srv = NatsServer(tmp_path, 3)
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()
