"""Fixtures of the plant tests: the simulator's rule set and real brokers on loopback.

Every broker is started on a free 127.0.0.1 port in a temporary folder and stopped (and waited
for) by the fixture that started it, whatever the test did.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.plugins import PluginHost
from core.runtime.session import RuleSet
from plugins.simulator import RULES_DIR


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")


@pytest.fixture(scope="session")
def sim_rules(host: PluginHost) -> RuleSet:
    rs = RuleSet.load([str(RULES_DIR)], host=host)
    assert not [p for p in rs.problems if p.severity == "error" and p.file and "simulator" in str(p.file)]
    return rs


class Mosquitto:
    def __init__(self, folder: Path, port: int | None = None) -> None:
        self.folder, self.port = folder, port or free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        conf = self.folder / "mosquitto.conf"
        conf.write_text(f"listener {self.port} 127.0.0.1\nallow_anonymous true\npersistence false\n")
        self.proc = subprocess.Popen([shutil.which("mosquitto") or "/usr/sbin/mosquitto", "-c", str(conf)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_port(self.port)

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
            self.proc = None


@pytest.fixture
def mosquitto(tmp_path: Path) -> Iterator[Mosquitto]:
    m = Mosquitto(tmp_path)
    m.start()
    try:
        yield m
    finally:
        m.stop()


class NatsServer:
    """nats-server with JetStream and the partition mapping, on loopback, in a temporary folder."""

    def __init__(self, folder: Path, partitions: int, mqtt: bool = False) -> None:
        from core.scaleout.partition import server_config

        self.folder, self.port = folder, free_port()
        self.mqtt_port = free_port() if mqtt else None
        self.conf = folder / "nats.conf"
        self.conf.write_text(server_config(self.port, str(folder / "js"), partitions, self.mqtt_port))
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"nats://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.proc = subprocess.Popen([shutil.which("nats-server") or "/usr/sbin/nats-server", "-c", str(self.conf)],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_port(self.port)
        if self.mqtt_port:
            wait_port(self.mqtt_port)

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
            self.proc = None


@pytest.fixture
def nats3(tmp_path: Path) -> Iterator[NatsServer]:
    srv = NatsServer(tmp_path, 3)
    srv.start()
    try:
        yield srv
    finally:
        srv.stop()
