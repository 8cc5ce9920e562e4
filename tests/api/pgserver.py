"""A throw-away PostgreSQL server for the test run: initdb + pg_ctl under the ``postgres`` OS user,
listening on 127.0.0.1 only, on a free port, its data folder in a temp directory."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

PG_BIN_CANDIDATES = [Path("/usr/lib/postgresql") / v / "bin" for v in ("17", "16", "15", "14")]


def pg_bin() -> Path:
    for d in PG_BIN_CANDIDATES:
        if (d / "initdb").exists():
            return d
    raise RuntimeError("PostgreSQL server binaries not found in /usr/lib/postgresql/*/bin: run `make test`, "
                       "which apt-installs the `postgresql` package (DEB_TEST_PKGS in the Makefile)")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres(args: list[str]) -> list[str]:
    # initdb refuses to run as root: run the server binaries as the postgres OS user
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return args


class PgServer:
    def __init__(self) -> None:
        self.bin = pg_bin()
        self.tmp = Path(tempfile.mkdtemp(prefix="safeblocks-pg-"))
        self.data = self.tmp / "data"
        self.port = free_port()
        self.user = "postgres" if os.geteuid() == 0 else os.environ.get("USER", "postgres")

    def start(self) -> PgServer:
        if os.geteuid() == 0:
            shutil.chown(self.tmp, "postgres", "postgres")
        subprocess.run(_as_postgres([str(self.bin / "initdb"), "-D", str(self.data), "-U", self.user, "-A", "trust",
                                     "-E", "UTF8", "--no-sync"]), check=True, capture_output=True)
        opts = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.tmp} -c fsync=off -c full_page_writes=off"
        subprocess.run(_as_postgres([str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", opts, "-l",
                                     str(self.tmp / "log"), "-w", "-t", "60", "start"]), check=True, capture_output=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"PostgreSQL did not start: see {self.tmp / 'log'}")

    def url(self, db: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{db}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user={self.user} dbname=postgres", autocommit=True) as c:
            c.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        subprocess.run(_as_postgres([str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"]),
                       capture_output=True)
        shutil.rmtree(self.tmp, ignore_errors=True)
