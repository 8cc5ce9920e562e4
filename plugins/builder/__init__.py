"""The builder UI as a built-in plugin: it mounts itself on the service's app through the
``mount_app`` hook, so core never imports NiceGUI and a plant box can run headless without it."""

from __future__ import annotations

import logging
from typing import Any

from core.hookspecs import hookimpl

log = logging.getLogger("safeblocks.builder")


@hookimpl
def mount_app(app: Any) -> None:
    try:
        from builder_ui.app import mount
    except ImportError as e:  # the `ui` extra is not installed: run headless
        log.info("builder UI not mounted (%s); install safeblocks[ui] for it", e)
        return
    mount(app)
