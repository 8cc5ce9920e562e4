"""Local brokers for tests, figures and demos: mosquitto and nats-server on a free 127.0.0.1 port,
in a given folder, started and stopped by whoever created them (never left running)."""

from __future__ import annotations

import getpass
import shutil
import socket
import subprocess
import time
from pathlib import Path


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
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port} / 端口无监听")


class _Proc:
    conf: Path
    binary = ""
    port = 0

    def __init__(self) -> None:
        self.proc: subprocess.Popen[bytes] | None = None

    def _spawn(self) -> None:
        exe = shutil.which(self.binary) or f"/usr/sbin/{self.binary}"
        self.proc = subprocess.Popen([exe, "-c", str(self.conf)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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


class Mosquitto(_Proc):
    """``persistent=True`` keeps sessions and queued QoS 1 messages across a (graceful) restart."""

    binary = "mosquitto"

    def __init__(self, folder: Path, persistent: bool = False) -> None:
        super().__init__()
        self.folder, self.port, self.persistent = folder, free_port(), persistent
        self.conf = folder / "mosquitto.conf"

    def start(self) -> None:
        # mosquitto drops QoS 1 messages beyond 1000 queued per client by default: a runtime that
        # falls behind for a moment must not lose events, so the queue is bounded by memory instead
        text = f"listener {self.port} 127.0.0.1\nallow_anonymous true\nmax_queued_messages 0\n"
        if self.persistent:
            # started as root, mosquitto switches to the "mosquitto" user, which cannot write a
            # private temporary folder — and then silently persists nothing. Stay who we are.
            text += f"user {getpass.getuser()}\n"
            (self.folder / "data").mkdir(exist_ok=True)
            text += f"persistence true\npersistence_location {self.folder / 'data'}/\n"
        else:
            text += "persistence false\n"
        self.conf.write_text(text)
        self._spawn()

    def restart(self) -> None:
        self.stop()
        self.start()


class NatsServer(_Proc):
    """nats-server with JetStream, the partition mapping and optionally the MQTT listener."""

    binary = "nats-server"

    def __init__(self, folder: Path, partitions: int, mqtt: bool = False) -> None:
        from core.scaleout.partition import server_config

        super().__init__()
        self.folder, self.port = folder, free_port()
        self.mqtt_port = free_port() if mqtt else None
        self.conf = folder / "nats.conf"
        self.conf.write_text(server_config(self.port, str(folder / "js"), partitions, self.mqtt_port))

    @property
    def url(self) -> str:
        return f"nats://127.0.0.1:{self.port}"

    def start(self) -> None:
        self._spawn()
        if self.mqtt_port:
            wait_port(self.mqtt_port)
