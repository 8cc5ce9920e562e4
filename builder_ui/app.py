"""Mounting the builder on the service's FastAPI app (called by the built-in ``builder`` plugin)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nicegui import ui

from builder_ui.adapter import Backend

_backend: Backend | None = None


def backend() -> Backend:
    assert _backend is not None, "the builder is not mounted"
    return _backend


def register_pages(b: Backend) -> None:
    """Define the builder's pages (NiceGUI routes) for backend ``b``."""
    global _backend
    _backend = b

    @ui.page("/", title="safeblocks")
    def index(lang: str = "zh") -> None:
        from builder_ui.page import BuilderPage

        ui.query(".nicegui-content").classes("p-0 gap-0")
        BuilderPage(backend(), lang)


def mount(app: Any, host: Any = None) -> None:
    """Mount the builder at ``/`` of ``app``. Reuses the service's plugin host and home folder
    (``app.state.services``, set by core.api) or ``app.state.safeblocks_host``; otherwise loads
    its own host (the UI-only case)."""
    state = getattr(app, "state", None)
    services = getattr(state, "services", None)
    host = host or getattr(services, "host", None) or getattr(state, "safeblocks_host", None)
    if host is None:
        from core.plugins import PluginHost

        host = PluginHost.load()
    home = getattr(getattr(services, "settings", None), "home", None)
    register_pages(Backend(host, drafts_dir=Path(home) / "drafts" if home else None))
    # mounted last by the service, so /api/... routes registered before still match first
    ui.run_with(app, mount_path="/", title="safeblocks", show_welcome_message=False)
