"""Run the builder alone (no API): ``python -m builder_ui.server --port 8090``.

Used by the browser tests and the canvas benchmark, and handy while the service is being built.
It mounts the builder exactly as ``safeblocks serve`` does: through the plugin host's
``mount_app`` hook.
"""

from __future__ import annotations

import argparse


def main(argv: list[str] | None = None) -> None:
    import uvicorn
    from fastapi import FastAPI

    from core.plugins import PluginHost

    ap = argparse.ArgumentParser(prog="python -m builder_ui.server")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8090)
    args = ap.parse_args(argv)
    host = PluginHost.load()
    app = FastAPI(title="safeblocks builder")
    app.state.safeblocks_host = host
    host.mount_app(app)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
