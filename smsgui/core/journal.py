"""The journal: one SQLite file (WAL) in the data folder for everything that must survive.

The schema carries a version; `MIGRATIONS[i]` brings a journal from version i
to i + 1, so a journal written by any release opens in any later one. Every
change is committed before the call returns.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType

from smsgui.core import paths

JOURNAL_FILE = "journal.sqlite3"

MIGRATIONS: list[str] = [
    # 0 → 1: the do-not-contact list
    """
    CREATE TABLE do_not_contact (
        phone TEXT PRIMARY KEY,
        added_at REAL NOT NULL,
        note TEXT NOT NULL DEFAULT ''
    );
    """,
    # 1 → 2: named message templates
    """
    CREATE TABLE template (
        name TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        updated_at REAL NOT NULL
    );
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


class JournalError(Exception):
    """The journal cannot be opened or written; plain words."""


class Journal:
    """Thread-safe access to the journal file (one connection, one lock)."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else paths.data_dir() / JOURNAL_FILE
        self._lock = threading.Lock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise JournalError(
                f"The journal {self.path} cannot be opened ({exc}). "
                "It may be damaged or in use by a newer smsgui."
            ) from None

    def _migrate(self) -> None:
        version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise sqlite3.DatabaseError(f"schema version {version} is newer than this program")
        for index in range(version, SCHEMA_VERSION):
            with self._transaction() as db:
                for statement in MIGRATIONS[index].split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA user_version = {index + 1}")

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One committed step: all of it lands on disk, or none of it."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    @property
    def schema_version(self) -> int:
        with self._lock:
            return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    # -- do-not-contact --------------------------------------------------------------------

    def do_not_contact(self) -> set[str]:
        with self._lock:
            return {row[0] for row in self._db.execute("SELECT phone FROM do_not_contact")}

    def add_do_not_contact(self, numbers: Iterable[str], note: str = "") -> int:
        """Adds E.164 numbers; returns how many were not on the list yet."""
        now = time.time()
        rows = [(n, now, note) for n in dict.fromkeys(numbers) if n]
        with self._transaction() as db:
            before = db.total_changes
            db.executemany(
                "INSERT OR IGNORE INTO do_not_contact (phone, added_at, note) VALUES (?, ?, ?)",
                rows,
            )
            return db.total_changes - before

    def remove_do_not_contact(self, numbers: Iterable[str]) -> None:
        with self._transaction() as db:
            db.executemany("DELETE FROM do_not_contact WHERE phone = ?", [(n,) for n in numbers])

    # -- templates ---------------------------------------------------------------------------

    def templates(self) -> dict[str, str]:
        """Saved messages by name, in name order."""
        with self._lock:
            rows = self._db.execute("SELECT name, body FROM template ORDER BY name COLLATE NOCASE")
            return dict(rows.fetchall())

    def save_template(self, name: str, body: str) -> None:
        """Saves (or overwrites) a named message."""
        name = name.strip()
        if not name:
            raise JournalError("A template needs a name.")
        with self._transaction() as db:
            db.execute(
                "INSERT INTO template (name, body, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(name) DO UPDATE SET body = excluded.body, "
                "updated_at = excluded.updated_at",
                (name, body, time.time()),
            )

    def rename_template(self, old: str, new: str) -> None:
        new = new.strip()
        if not new:
            raise JournalError("A template needs a name.")
        with self._transaction() as db:
            if (
                new != old
                and db.execute("SELECT 1 FROM template WHERE name = ?", (new,)).fetchone()
            ):
                raise JournalError(f"There is already a template named “{new}”.")
            db.execute("UPDATE template SET name = ? WHERE name = ?", (new, old))

    def delete_template(self, name: str) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM template WHERE name = ?", (name,))

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
