"""The service (API + builder, mounted through the plugin hook) for the browser tests, with the
test accounts: ``python -m tests.builder.service_server --port N --home DIR``.

Like ``safeblocks serve``, but the first-start admin (whose one-time password must be changed
before anything else) is complemented by the test accounts (tests.builder.accounts) with a known password.
"""

from __future__ import annotations

import argparse
import io
from pathlib import Path

from tests.builder.accounts import PASSWORD, PEOPLE


def main() -> None:
    import uvicorn

    from core.api.app import create_app
    from core.api.auth import hash_password
    from core.storage.db import Settings
    from core.storage.tables import User

    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--home", type=Path, required=True)
    args = ap.parse_args()
    app = create_app(Settings(home=args.home, database_url=f"sqlite:///{args.home / 'sb.db'}"), announce=io.StringIO())
    digest = hash_password(PASSWORD)
    with app.state.services.sessions() as db:
        for name, (role, display) in PEOPLE.items():
            db.add(User(username=name, display_name=display, role=role, plants=["*"], password_hash=digest))
        db.commit()
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
