"""API test fixtures: a real PostgreSQL server started by the test run, real SQLite files, and the app
on both (every API test runs once per backend)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.api.pgserver import PgServer


@pytest.fixture(scope="session")
def pg() -> Iterator[PgServer]:
    server = PgServer().start()
    try:
        yield server
    finally:
        server.stop()
