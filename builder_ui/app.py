"""Mounting the builder on the service's FastAPI app (called by the built-in ``builder`` plugin)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nicegui import ui

from builder_ui.adapter import Backend
from builder_ui.service import ServiceClient

_backend: Backend | None = None

# Tailwind is off (see mount): its in-browser compiler re-scans the DOM on every mutation, which
# cost ~65 ms per drop on a 200-node canvas. These are the few utilities the pages use that
# Quasar does not provide; everything else is Quasar's own classes.
UTILITIES = """
.w-full { width: 100%; } .h-full { height: 100%; } .grow { flex-grow: 1; } .min-w-0 { min-width: 0; }
.w-56 { width: 14rem; } .w-64 { width: 16rem; flex-shrink: 0; } .w-72 { width: 18rem; }
.w-80 { width: 20rem; flex-shrink: 0; } .w-96 { width: 24rem; }
.gap-0 { gap: 0 !important; } .gap-1 { gap: 0.25rem !important; } .gap-2 { gap: 0.5rem !important; }
.p-0 { padding: 0 !important; } .border { border: 1px solid #cfd8dc; } .rounded { border-radius: 6px; }
.cursor-grab { cursor: grab; } .text-mono { font-family: ui-monospace, monospace; }
"""


def backend() -> Backend:
    assert _backend is not None, "the builder is not mounted"
    return _backend


def _frame() -> None:
    """What every page shares: the utility classes and a content area without NiceGUI's padding."""
    ui.add_css(UTILITIES)
    ui.query(".nicegui-content").classes("p-0 gap-0")


def register_pages(b: Backend) -> None:
    """Define the builder's pages (NiceGUI routes) for backend ``b``."""
    global _backend
    _backend = b

    @ui.page("/", title="safeblocks")
    def index(lang: str = "zh") -> None:
        from builder_ui.page import BuilderPage

        _frame()
        BuilderPage(backend(), lang)

    @ui.page("/dashboard", title="safeblocks dashboard")
    def dashboard(lang: str = "zh", plant: str = "plant-a") -> None:
        from builder_ui.dashboard import DashboardPage

        _frame()
        DashboardPage(backend(), lang, plant)

    @ui.page("/report", title="safeblocks report")
    def report(lang: str = "zh", plant: str = "plant-a") -> None:
        from builder_ui.operator import ReportHazardPage

        _frame()
        ReportHazardPage(backend(), lang, plant)

    @ui.page("/hazards", title="safeblocks hazards")
    def hazards(lang: str = "zh", plant: str = "plant-a", mine: bool = False) -> None:
        from builder_ui.hazard_board import HazardBoardPage

        _frame()
        HazardBoardPage(backend(), lang, plant, mine)

    @ui.page("/permits", title="safeblocks permits")
    def permits(lang: str = "zh", plant: str = "plant-a") -> None:
        from builder_ui.permit_board import PermitBoardPage

        _frame()
        PermitBoardPage(backend(), lang, plant)

    @ui.page("/forms", title="safeblocks forms")
    def forms(lang: str = "zh") -> None:
        from builder_ui.form_designer import FormDesignerPage

        _frame()
        FormDesignerPage(backend(), lang)


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
    # inside the service, publish/versions/rollback go through its HTTP API (in-process)
    service = ServiceClient(app) if services is not None else None
    register_pages(Backend(host, drafts_dir=Path(home) / "drafts" if home else None, service=service))
    # mounted last by the service, so /api/... routes registered before still match first;
    # no Tailwind: see UTILITIES
    ui.run_with(app, mount_path="/", title="safeblocks", show_welcome_message=False, tailwind=False)
