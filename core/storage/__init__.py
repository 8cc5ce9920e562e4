"""Storage: SQLAlchemy 2 typed tables, the database settings and repositories (ARCHITECTURE §6)."""
