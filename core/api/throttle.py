"""The login rate limit, kept in the database so that it holds across service processes sharing one database
and across restarts.

Failed logins are counted per account (the username as typed, lower-cased: unknown names count too, so a
refusal says nothing about which accounts exist) and per client address, each in a sliding window. When a
count reaches its cap the account or the address is locked; each lockout that follows within a day is twice
as long as the one before (exponential back-off), up to a ceiling. A lockout also restarts the count, so after
it ends the caller has the cap's worth of attempts again before the next, longer lockout. A successful login
clears the account's count and back-off (never the address's: one valid account must not wash an address
that is guessing at others). An administrator can unlock an account.

An attempt is counted *before* its password is checked and committed at once: requests racing on several
processes all see each other, so no burst gets more password checks than the cap. The client address is the
TCP peer, or behind a reverse proxy named in SAFEBLOCKS_TRUSTED_PROXIES the client it forwarded for
(core/api/clientaddr.py; a forwarded header from anyone else is the client's to forge, and ignored).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, delete, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from core.storage.tables import LoginFailure, LoginLockout

ACCOUNT, CLIENT = "account", "client"


@dataclass(frozen=True)
class ThrottlePolicy:
    account_cap: int = 5
    client_cap: int = 30
    window: timedelta = timedelta(minutes=15)
    first_lock: timedelta = timedelta(minutes=1)
    longest_lock: timedelta = timedelta(hours=1)
    # a lockout that ended less than this long ago makes the next one twice as long
    memory: timedelta = timedelta(days=1)


@dataclass(frozen=True)
class Attempt:
    account: str
    client: str
    account_row: int
    client_row: int


@dataclass(frozen=True)
class Lockout:
    scope: str
    key: str
    level: int
    locked_until: datetime
    failures: int


def account_key(username: str) -> str:
    return username.strip().lower()[:64]


class LoginThrottle:
    def __init__(self, policy: ThrottlePolicy | None = None) -> None:
        self.policy = policy or ThrottlePolicy()

    def _caps(self, a: Attempt) -> list[tuple[str, str, int]]:
        return [(ACCOUNT, a.account, self.policy.account_cap), (CLIENT, a.client, self.policy.client_cap)]

    @staticmethod
    def _lockout(db: Session, scope: str, key: str, for_update: bool = False) -> LoginLockout | None:
        # populate_existing: another process may have changed the row since this session last read it (the
        # sessions do not expire objects at commit). FOR UPDATE (PostgreSQL): two processes locking one
        # key take turns, and the second sees the first's lockout.
        return db.get(LoginLockout, (scope, key), populate_existing=True, with_for_update=for_update or None)

    def retry_after(self, db: Session, username: str, client: str, now: datetime) -> tuple[int, str | None]:
        """Seconds until a login may be tried (0 = now) and which lock holds it ("account" or "client")."""
        best, scope = 0, None
        for s, key in ((ACCOUNT, account_key(username)), (CLIENT, client[:64])):
            lock = self._lockout(db, s, key)
            if lock is not None and lock.locked_until > now:
                wait = max(1, math.ceil((lock.locked_until - now).total_seconds()))
                if wait > best:
                    best, scope = wait, s
        return best, scope

    def begin(self, db: Session, username: str, client: str, now: datetime) -> Attempt:
        """Count the attempt as a failure until it succeeds; the caller commits before checking the password."""
        rows = [LoginFailure(scope=ACCOUNT, key=account_key(username), at=now),
                LoginFailure(scope=CLIENT, key=client[:64], at=now)]
        db.add_all(rows)
        db.flush()
        return Attempt(rows[0].key, rows[1].key, rows[0].id, rows[1].id)

    def _count(self, db: Session, scope: str, key: str, now: datetime) -> int:
        since = now - self.policy.window
        lock = self._lockout(db, scope, key)
        if lock is not None and since < lock.locked_until <= now:
            since = lock.locked_until  # a lockout that has ended restarts the count
        return int(db.scalar(select(func.count()).select_from(LoginFailure).where(
            LoginFailure.scope == scope, LoginFailure.key == key, LoginFailure.at >= since)) or 0)

    def refused(self, db: Session, a: Attempt, now: datetime) -> bool:
        """Refuse this attempt without a password check: more attempts in flight than the cap allows, or a
        racing request (perhaps on another process) locked the account or the address meanwhile."""
        for scope, key, cap in self._caps(a):
            lock = self._lockout(db, scope, key)
            if (lock is not None and lock.locked_until > now) or self._count(db, scope, key, now) > cap:
                return True
        return False

    def failed(self, db: Session, a: Attempt, now: datetime) -> list[Lockout]:
        """The attempt stays counted; every count at its cap locks. Returns the lockouts begun now."""
        started = []
        for scope, key, cap in self._caps(a):
            # rows before the window count for nothing any more: tidy this key's as we pass
            db.execute(delete(LoginFailure).where(LoginFailure.scope == scope, LoginFailure.key == key,
                                                  LoginFailure.at < now - self.policy.window))
            n = self._count(db, scope, key, now)
            if n >= cap:
                lock = self._lock(db, scope, key, now, n)
                if lock is not None:
                    started.append(lock)
        return started

    def _lock(self, db: Session, scope: str, key: str, now: datetime, failures: int) -> Lockout | None:
        row = self._lockout(db, scope, key, for_update=True)
        if row is not None and row.locked_until > now:
            return None  # another request (perhaps another process) locked it already: no double step
        level = row.level + 1 if row is not None and row.locked_until > now - self.policy.memory else 0
        until = now + min(self.policy.first_lock * 2 ** min(level, 30), self.policy.longest_lock)
        if row is None:
            # the first lockout of a key: there was no row to lock, so two processes may insert at once;
            # the loser's insert does nothing and the winner's lockout stands
            insert = pg_insert if db.get_bind().dialect.name == "postgresql" else sqlite_insert
            # RETURNING, not rowcount: an ORM insert's rowcount is -1 on psycopg
            won = db.execute(insert(LoginLockout).values(scope=scope, key=key, level=level, locked_until=until)
                             .on_conflict_do_nothing().returning(LoginLockout.key)).first()
            if won is None:
                return None
        else:
            row.level, row.locked_until = level, until
            db.flush()
        return Lockout(scope, key, level, until, failures)

    def succeeded(self, db: Session, a: Attempt) -> None:
        db.execute(delete(LoginFailure).where(LoginFailure.scope == ACCOUNT, LoginFailure.key == a.account))
        db.execute(delete(LoginFailure).where(LoginFailure.id == a.client_row))
        db.execute(delete(LoginLockout).where(LoginLockout.scope == ACCOUNT, LoginLockout.key == a.account))

    def state(self, db: Session, username: str, now: datetime) -> dict[str, Any]:
        key = account_key(username)
        lock = self._lockout(db, ACCOUNT, key)
        return {"locked_until": lock.locked_until.isoformat() if lock and lock.locked_until > now else None,
                "level": lock.level if lock else None, "failures": self._count(db, ACCOUNT, key, now)}

    def unlock(self, db: Session, username: str) -> int:
        """An administrator's unlock: the account's count and back-off are gone. Returns the failures cleared."""
        key = account_key(username)
        n = cast(CursorResult[Any], db.execute(delete(LoginFailure).where(LoginFailure.scope == ACCOUNT,
                                                                           LoginFailure.key == key)))
        db.execute(delete(LoginLockout).where(LoginLockout.scope == ACCOUNT, LoginLockout.key == key))
        return n.rowcount

    def prune(self, db: Session, now: datetime) -> None:
        """Rows that no longer count for anything (the service's periodic sweep)."""
        db.execute(delete(LoginFailure).where(LoginFailure.at < now - self.policy.window))
        db.execute(delete(LoginLockout).where(LoginLockout.locked_until < now - self.policy.memory))
