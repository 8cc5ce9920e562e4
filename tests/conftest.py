"""Shared fixtures. Feature folders (tests/api, tests/models, ...) keep their own conftest.py."""

from __future__ import annotations

import pytest

from core.plugins import PluginHost


@pytest.fixture(scope="session")
def host() -> PluginHost:
    """Built-ins and every installed pack, as `safeblocks` itself loads them."""
    return PluginHost.load()


@pytest.fixture(scope="session")
def registry(host: PluginHost):  # type: ignore[no-untyped-def]
    return host.registry
