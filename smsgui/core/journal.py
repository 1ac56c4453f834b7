"""The journal: one SQLite file (WAL) in the data folder for everything that must survive.

The schema carries a version; `MIGRATIONS[i]` brings a journal from version i
to i + 1, so a journal written by any release opens in any later one. Every
change is committed before the call returns.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from smsgui.core import paths, words

if TYPE_CHECKING:
    from smsgui.core.campaign import Campaign

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
    # 2 → 3: campaigns, their requests, each recipient, and delivery reports
    """
    CREATE TABLE campaign (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        created_at REAL NOT NULL,
        text TEXT NOT NULL,
        channel TEXT NOT NULL,
        failover INTEGER NOT NULL,
        start_ms INTEGER,
        end_ms INTEGER,
        callback TEXT,
        base_url TEXT NOT NULL,
        recipients INTEGER NOT NULL,
        parts INTEGER NOT NULL,
        status TEXT NOT NULL
    );
    CREATE TABLE request (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        campaign_id INTEGER NOT NULL REFERENCES campaign(id),
        seq INTEGER NOT NULL,
        body TEXT NOT NULL,
        state TEXT NOT NULL,
        msg_id TEXT,
        detail TEXT NOT NULL DEFAULT '',
        attempts INTEGER NOT NULL DEFAULT 0,
        updated_at REAL NOT NULL
    );
    CREATE INDEX request_campaign ON request (campaign_id, state);
    CREATE TABLE recipient (
        campaign_id INTEGER NOT NULL REFERENCES campaign(id),
        phone TEXT NOT NULL,
        row INTEGER NOT NULL,
        request_id INTEGER NOT NULL REFERENCES request(id),
        PRIMARY KEY (campaign_id, phone)
    );
    CREATE TABLE delivery_report (
        msg_id TEXT NOT NULL,
        status TEXT NOT NULL,
        received_at REAL NOT NULL
    );
    CREATE INDEX delivery_report_msg ON delivery_report (msg_id);
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


REQUEST_STATES = (
    "pending",
    "sending",
    "accepted",
    "rejected",
    "failed",
    "uncertain",
    "assumed_sent",
)


@dataclass(frozen=True)
class StoredRequest:
    id: int
    seq: int
    body: dict[str, Any]
    state: str
    msg_id: str | None
    detail: str
    attempts: int


@dataclass(frozen=True)
class RecipientState:
    phone: str
    row: int
    state: str
    msg_id: str | None
    detail: str


@dataclass(frozen=True)
class CampaignRecord:
    id: int
    created_at: float
    text: str
    channel: str
    failover: bool
    start_ms: int | None
    end_ms: int | None
    base_url: str
    recipients: int
    parts: int
    status: str
    accepted: int
    failed: int
    uncertain: int
    pending: int


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
                words.tr(
                    "The journal {path} cannot be opened ({error}). "
                    "It may be damaged or in use by a newer smsgui.",
                ).format(path=self.path, error=exc)
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
            raise JournalError(words.tr("A template needs a name."))
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
            raise JournalError(words.tr("A template needs a name."))
        with self._transaction() as db:
            if (
                new != old
                and db.execute("SELECT 1 FROM template WHERE name = ?", (new,)).fetchone()
            ):
                raise JournalError(
                    words.tr("There is already a template named “{name}”.").format(name=new)
                )
            db.execute("UPDATE template SET name = ? WHERE name = ?", (new, old))

    def delete_template(self, name: str) -> None:
        with self._transaction() as db:
            db.execute("DELETE FROM template WHERE name = ?", (name,))

    # -- campaigns and requests ---------------------------------------------------------------

    def create_campaign(self, campaign: Campaign, base_url: str) -> int:
        """Stores the campaign with its whole plan, every request pending, in one step."""
        plan = campaign.plan()
        stats = campaign.stats()
        options = campaign.plan_options()
        by_phone = {r.phone: r.row for r in campaign.recipients}
        now = time.time()
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO campaign (created_at, text, channel, failover, start_ms, end_ms,"
                " callback, base_url, recipients, parts, status)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'sending')",
                (
                    now,
                    campaign.text,
                    campaign.channel.value,
                    int(options["failover"]),
                    options["start_ms"],
                    options["end_ms"],
                    options["callback"],
                    base_url,
                    len(campaign.recipients),
                    stats.total_parts if stats else 0,
                ),
            )
            campaign_id = int(cursor.lastrowid or 0)
            for seq, planned in enumerate(plan):
                request = db.execute(
                    "INSERT INTO request (campaign_id, seq, body, state, updated_at)"
                    " VALUES (?, ?, ?, 'pending', ?)",
                    (campaign_id, seq, json.dumps(planned.body, ensure_ascii=False), now),
                )
                db.executemany(
                    "INSERT INTO recipient (campaign_id, phone, row, request_id)"
                    " VALUES (?, ?, ?, ?)",
                    [
                        (campaign_id, n, by_phone.get(n, 0), request.lastrowid)
                        for n in planned.numbers
                    ],
                )
        return campaign_id

    def mark(
        self,
        request_id: int,
        state: str,
        *,
        msg_id: str | None = None,
        detail: str = "",
        attempts: int | None = None,
    ) -> None:
        """Moves one request to `state`, committed before this returns."""
        if state not in REQUEST_STATES:
            raise ValueError(state)
        with self._transaction() as db:
            db.execute(
                "UPDATE request SET state = ?, msg_id = COALESCE(?, msg_id), detail = ?,"
                " attempts = COALESCE(?, attempts), updated_at = ? WHERE id = ?",
                (state, msg_id, detail, attempts, time.time(), request_id),
            )

    def requests(self, campaign_id: int, states: tuple[str, ...] = ()) -> list[StoredRequest]:
        query = (
            "SELECT id, seq, body, state, msg_id, detail, attempts FROM request"
            " WHERE campaign_id = ?"
        )
        if states:
            query += f" AND state IN ({','.join('?' * len(states))})"
        with self._lock:
            rows = self._db.execute(query + " ORDER BY seq", (campaign_id, *states)).fetchall()
        return [StoredRequest(r[0], r[1], json.loads(r[2]), r[3], r[4], r[5], r[6]) for r in rows]

    def set_campaign_status(self, campaign_id: int, status: str) -> None:
        with self._transaction() as db:
            db.execute("UPDATE campaign SET status = ? WHERE id = ?", (status, campaign_id))

    def recover(self, campaign_id: int) -> int:
        """After a crash: requests caught "sending" may have arrived, so become uncertain."""
        with self._transaction() as db:
            cursor = db.execute(
                "UPDATE request SET state = 'uncertain', detail = ?, updated_at = ?"
                " WHERE campaign_id = ? AND state = 'sending'",
                (
                    words.tr(
                        "The program stopped while this was being sent; "
                        "it may or may not have arrived.",
                    ),
                    time.time(),
                    campaign_id,
                ),
            )
            return cursor.rowcount

    def resolve_uncertain(self, campaign_id: int, *, resend: bool) -> int:
        """The user's choice for uncertain requests: send again, or treat them as sent."""
        state, detail = (
            ("pending", "") if resend else ("assumed_sent", words.tr("Treated as sent."))
        )
        with self._transaction() as db:
            cursor = db.execute(
                "UPDATE request SET state = ?, detail = ?, updated_at = ?"
                " WHERE campaign_id = ? AND state = 'uncertain'",
                (state, detail, time.time(), campaign_id),
            )
            return cursor.rowcount

    def retry_failed(self, campaign_id: int) -> int:
        """Failed requests (nothing was taken) go back to pending for another run."""
        with self._transaction() as db:
            cursor = db.execute(
                "UPDATE request SET state = 'pending', attempts = 0, updated_at = ?"
                " WHERE campaign_id = ? AND state = 'failed'",
                (time.time(), campaign_id),
            )
            db.execute("UPDATE campaign SET status = 'sending' WHERE id = ?", (campaign_id,))
            return cursor.rowcount

    def recipients(self, campaign_id: int) -> list[RecipientState]:
        """Every number of the campaign with the state of the request that carries it."""
        with self._lock:
            rows = self._db.execute(
                "SELECT r.phone, r.row, q.state, q.msg_id, q.detail FROM recipient r"
                " JOIN request q ON q.id = r.request_id WHERE r.campaign_id = ?"
                " ORDER BY q.seq, r.row",
                (campaign_id,),
            ).fetchall()
        return [RecipientState(*row) for row in rows]

    def campaigns(self, ids: Iterable[int] | None = None) -> list[CampaignRecord]:
        """The history (or the campaigns `ids`), newest first, with per-recipient counts by
        state. Counting reads every recipient of the campaigns asked for."""
        where, wanted = "", list(ids) if ids is not None else []
        if ids is not None:
            where = f" WHERE c.id IN ({','.join('?' * len(wanted))})"
        with self._lock:
            rows = self._db.execute(
                "SELECT c.id, c.created_at, c.text, c.channel, c.failover, c.start_ms, c.end_ms,"
                " c.base_url, c.recipients, c.parts, c.status,"
                " SUM(q.state = 'accepted'), SUM(q.state IN ('rejected', 'failed')),"
                " SUM(q.state = 'uncertain'), SUM(q.state IN ('pending', 'sending'))"
                " FROM campaign c LEFT JOIN recipient r ON r.campaign_id = c.id"
                f" LEFT JOIN request q ON q.id = r.request_id{where} GROUP BY c.id"
                " ORDER BY c.id DESC",
                wanted,
            ).fetchall()
        return [CampaignRecord(*row[:11], *(int(v or 0) for v in row[11:])) for row in rows]

    def campaign(self, campaign_id: int) -> CampaignRecord | None:
        found = self.campaigns([campaign_id])
        return found[0] if found else None

    def unfinished(self) -> list[CampaignRecord]:
        """Campaigns with requests not yet sent or not yet decided (offered at start-up).

        Found through the request index first, so a long history is not counted at start."""
        with self._lock:
            ids = [
                row[0]
                for row in self._db.execute(
                    "SELECT DISTINCT campaign_id FROM request"
                    " WHERE state IN ('pending', 'sending', 'uncertain')"
                )
            ]
        return [c for c in self.campaigns(ids) if c.pending or c.uncertain] if ids else []

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
