"""Fixtures of the builder tests: a NiceGUI User on the real pages, and a real browser.

The browser tests start the builder (``python -m builder_ui.server``) on a free loopback port
and drive Debian's chromium through Playwright's bundled driver; nothing is downloaded.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from builder_ui.adapter import Backend
from tests.builder.accounts import PASSWORD, PEOPLE
from tests.builder.serve import CHROMIUM, CHROMIUM_ARGS, builder_server

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
# the service hashes passwords with Argon2id and runs its endpoints in a thread: wait up to 20 s
WAIT = 200


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def backend(host, tmp_path: Path) -> Backend:  # type: ignore[no-untyped-def]
    return Backend(host, drafts_dir=tmp_path / "drafts")


@pytest.fixture
async def user(backend: Backend) -> AsyncIterator[object]:
    from nicegui.testing.user_simulation import user_simulation

    from builder_ui.app import register_pages

    async with user_simulation() as u:
        register_pages(backend)
        yield u


@pytest.fixture(scope="session")
def service_template(host, tmp_path_factory: pytest.TempPathFactory) -> Path:  # type: ignore[no-untyped-def]
    """A migrated service database with the PEOPLE, made once; each test gets a copy
    (running the migrations per test would dominate the suite's time)."""
    import io

    from core.api.app import create_app
    from core.api.auth import hash_password
    from core.storage.db import Settings
    from core.storage.tables import User

    home = tmp_path_factory.mktemp("service-template")
    app = create_app(Settings(home=home, database_url=f"sqlite:///{home / 'sb.db'}"), host=host,
                     announce=io.StringIO(), mount_plugins=False)
    digest = hash_password(PASSWORD)  # one Argon2id hash (salted once) serves every test account
    with app.state.services.sessions() as db:
        for name, (role, display) in PEOPLE.items():
            db.add(User(username=name, display_name=display, role=role, plants=["*"], password_hash=digest))
        db.commit()
    app.state.services.engine.dispose()
    return home


@pytest.fixture
def service_app(host, tmp_path, service_template):  # type: ignore[no-untyped-def]
    """The real service (SQLite) with the PEOPLE; the builder calls it in-process."""
    import io
    import shutil

    from core.api.app import create_app
    from core.storage.db import Settings

    for f in service_template.glob("sb.db*"):
        shutil.copy(f, tmp_path / f.name)
    app = create_app(Settings(home=tmp_path, database_url=f"sqlite:///{tmp_path / 'sb.db'}"), host=host,
                     migrate=False, announce=io.StringIO(), mount_plugins=False)
    yield app
    app.state.services.engine.dispose()


@pytest.fixture
async def svc_user(host, tmp_path, service_app) -> AsyncIterator[object]:  # type: ignore[no-untyped-def]
    """A User on the builder's pages with the service's lifecycle (sign in, publish, forms)."""
    from nicegui.testing.user_simulation import user_simulation

    from builder_ui.app import register_pages
    from builder_ui.service import ServiceClient

    async with user_simulation() as u:
        register_pages(Backend(host, drafts_dir=tmp_path / "drafts", service=ServiceClient(service_app)))
        yield u


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The builder on a free loopback port, started and stopped by the test run."""
    with builder_server(tmp_path_factory.mktemp("home")) as url:
        yield url


@pytest.fixture(scope="session")
def service_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The API service with the builder mounted through its plugin hook, as `safeblocks serve` runs it."""
    with builder_server(tmp_path_factory.mktemp("service"), service=True) as url:
        yield url


@pytest.fixture
def browser() -> Iterator[object]:
    """Per test: sync Playwright keeps an event loop running in this thread while it is open,
    which would collide with the async User tests that xdist may run on the same worker."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(params=["builder"])
def page(request, browser):  # type: ignore[no-untyped-def]
    """A fresh browser page on the builder alone ("builder") or inside the service ("service")."""
    server = request.getfixturevalue("service_server" if request.param == "service" else "server")
    ctx = browser.new_context(viewport={"width": 1600, "height": 1000}, locale="en-US")
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.base_url = server  # type: ignore[attr-defined]
    yield pg
    ctx.close()
    assert not errors, errors
