"""Alembic environment: the URL is SAFEBLOCKS_DATABASE_URL, else the one the caller set, else the
default SQLite file in SAFEBLOCKS_HOME."""

from __future__ import annotations

import os
from logging.config import fileConfig

from alembic import context

import core.storage.tables  # noqa: F401  (registers the tables on Base.metadata)
import core.storage.tables_work  # noqa: F401
from core.storage.base import Base
from core.storage.db import Settings, make_engine

config = context.config
if config.config_file_name is not None and not config.attributes.get("quiet"):
    fileConfig(config.config_file_name, disable_existing_loggers=False)

url = config.get_main_option("sqlalchemy.url") or os.environ.get("SAFEBLOCKS_DATABASE_URL") \
    or Settings.from_env().database_url


def run_offline() -> None:
    context.configure(url=url, target_metadata=Base.metadata, literal_binds=True, render_as_batch=True,
                      compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    engine = make_engine(url)
    with engine.connect() as conn:
        # batch mode: SQLite cannot ALTER most things, so Alembic copies the table instead
        context.configure(connection=conn, target_metadata=Base.metadata, render_as_batch=True, compare_type=True)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
