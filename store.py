"""The web service's SQLite store: schema, migrations and queries (sqlite-utils).

One file, WAL mode, a new connection per request or thread. It knows nothing of
Flask. A speech's machine times are never changed after a job stores them; human
corrections live in their own table and the newest one that is not undone wins.
"""
from __future__ import annotations

import contextlib
import ipaddress
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

import sqlite_utils

# A speech below this confidence is listed under "needs checking".
CHECK_BELOW = 0.6


class StoreError(Exception):
    """Something asked of the store that cannot be done (e.g. an unknown speech)."""


def connect(path: str | Path) -> sqlite_utils.Database:
    db = sqlite_utils.Database(str(path))
    # Several threads and processes write: wait for the lock instead of failing at once.
    db.execute("PRAGMA busy_timeout = 10000")
    db.execute("PRAGMA foreign_keys = ON")
    return db


def now() -> float:
    return round(time.time(), 3)


@contextlib.contextmanager
def writing(db: sqlite_utils.Database) -> Iterator[None]:
    """A write transaction that takes the write lock at its start (BEGIN IMMEDIATE).
    A deferred one that reads first and writes later fails at once with "database is
    locked" when another connection wrote in between (WAL's stale snapshot: no waiting
    helps); taking the lock first makes it wait (busy_timeout) instead, and makes a
    count-then-insert atomic across threads and processes. Nested: a savepoint."""
    if db.conn.in_transaction:
        with db.atomic():
            yield
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")


@contextlib.contextmanager
def reading(db: sqlite_utils.Database) -> Iterator[None]:
    """One read snapshot for several queries (WAL: writers carry on meanwhile). Inside a
    transaction already: that one's snapshot."""
    if db.conn.in_transaction:
        yield
        return
    db.conn.execute("BEGIN")
    try:
        yield
    finally:
        if db.conn.in_transaction:
            db.conn.execute("COMMIT")


# -- migrations ---------------------------------------------------------------

def _v1_schema(db: sqlite_utils.Database) -> None:
    db["sittings"].create({
        "id": int, "title": str, "folder": str, "source_kind": str, "source_url": str,
        "media_name": str,
        "record_name": str, "record_source": str, "duration": float, "created_at": float,
    }, pk="id")
    db["jobs"].create({
        "id": int, "sitting_id": int, "status": str, "stage": str, "progress": float,
        "error": str, "cancel_requested": int, "attempts": int, "created_at": float,
        "started_at": float, "finished_at": float,
    }, pk="id", foreign_keys=[("sitting_id", "sittings", "id")],
        defaults={"status": "queued", "stage": "queued", "progress": 0.0,
                  "cancel_requested": 0, "attempts": 0})
    db["jobs"].create_index(["status"])
    db["speeches"].create({
        "id": int, "sitting_id": int, "position": int, "speech_id": str, "speaker": str,
        "text": str, "heard": str, "start": float, "end": float, "confidence": float,
        "status": str, "human_start": float, "human_end": float,
    }, pk="id", foreign_keys=[("sitting_id", "sittings", "id")])
    db["speeches"].create_index(["sitting_id", "speech_id"], unique=True)
    db["speeches"].create_index(["speech_id"])
    db["speeches"].enable_fts(["speaker", "text", "heard"], fts_version="FTS5",
                              create_triggers=True, tokenize="porter")
    db["corrections"].create({
        "id": int, "speech_row": int, "field": str, "value": float, "created_at": float,
        "undone_at": float,
    }, pk="id", foreign_keys=[("speech_row", "speeches", "id")])
    db["corrections"].create_index(["speech_row", "field"])


def _v2_abuse(db: sqlite_utils.Database) -> None:
    # Who made (and who undid) each correction, so an admin can revert one client's work.
    db.execute("ALTER TABLE corrections ADD COLUMN client TEXT")
    db.execute("ALTER TABLE corrections ADD COLUMN undone_by TEXT")
    db["corrections"].create_index(["client"])
    db["bans"].create({"address": str, "reason": str, "created_at": float}, pk="address")
    db["hits"].create({"client": str, "kind": str, "at": float})
    db["hits"].create_index(["client", "kind", "at"])
    db["hits"].create_index(["at"])


# What the public pages show (sittings, speeches, corrections), not jobs: a running job
# writes its progress every few seconds and must not empty the page cache each time.
CONTENT_TABLES = ("sittings", "speeches", "corrections")


def _v3_content_version(db: sqlite_utils.Database) -> None:
    # One counter that every write to the content tables bumps, in the writer's own
    # transaction (triggers, so no writer can forget, in any thread or process): the web
    # service's page cache keeps a page only while the counter is what it was.
    db.execute("CREATE TABLE content_version (id INTEGER PRIMARY KEY CHECK (id = 1), "
               "n INTEGER NOT NULL)")
    db.execute("INSERT INTO content_version (id, n) VALUES (1, 0)")
    for table in CONTENT_TABLES:
        for event in ("INSERT", "UPDATE", "DELETE"):
            db.execute(f"CREATE TRIGGER {table}_{event.lower()}_version AFTER {event} ON {table} "
                       "BEGIN UPDATE content_version SET n = n + 1 WHERE id = 1; END")


# Versioned steps, applied in order, each once; append new steps, never edit old ones.
MIGRATIONS: list[tuple[int, str, Callable[[sqlite_utils.Database], None]]] = [
    (1, "sittings, jobs, speeches (+FTS5), corrections", _v1_schema),
    (2, "correction clients, bans, rate-limit hits", _v2_abuse),
    (3, "content version counter for the page cache", _v3_content_version),
]


def migrate(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) the store at `path`, in WAL mode, fully migrated."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = connect(path)
    db.enable_wal()
    db.execute("CREATE TABLE IF NOT EXISTS migrations "
               "(version INTEGER PRIMARY KEY, name TEXT, applied_at REAL)")
    for version, name, step in MIGRATIONS:
        with writing(db):  # checked under the lock: two processes starting at once apply it once
            if list(db.query("SELECT 1 FROM migrations WHERE version = ?", [version])):
                continue
            step(db)
            db["migrations"].insert({"version": version, "name": name, "applied_at": now()})
    return db


# -- sittings and jobs --------------------------------------------------------

@dataclass
class NewSitting:
    title: str
    folder: str         # the sitting's folder under the media dir, holding all its inputs
    source_kind: str   # "upload", "url", "youtube" or "parliamentlive"
    source_url: str | None
    media_name: str | None  # file name inside the sitting's folder, once we have it
    record_name: str | None  # file name inside the folder; None until a record URL is fetched
    record_source: str  # "upload", "text" or the record's URL


def add_sitting(db: sqlite_utils.Database, new: NewSitting) -> tuple[int, int]:
    """Insert a sitting and its queued job in one transaction: (sitting id, job id)."""
    with writing(db):
        sitting_id = db["sittings"].insert({**new.__dict__, "created_at": now()}).last_pk
        job_id = db["jobs"].insert({"sitting_id": sitting_id, "status": "queued",
                                    "stage": "queued", "progress": 0.0,
                                    "created_at": now()}).last_pk
    return int(sitting_id), int(job_id)


def get_sitting(db: sqlite_utils.Database, sitting_id: int) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM sittings WHERE id = ?", [sitting_id]))
    return rows[0] if rows else None


def update_sitting(db: sqlite_utils.Database, sitting_id: int, **fields: Any) -> None:
    with writing(db):
        db["sittings"].update(sitting_id, fields)


def recent_sittings(db: sqlite_utils.Database, limit: int = 20) -> list[dict[str, Any]]:
    return list(db.query(
        "SELECT s.*, j.id AS job_id, j.status AS job_status, "
        "(SELECT count(*) FROM speeches WHERE sitting_id = s.id) AS speech_count "
        "FROM sittings s LEFT JOIN jobs j ON j.id = "
        "(SELECT max(id) FROM jobs WHERE sitting_id = s.id) ORDER BY s.id DESC LIMIT ?", [limit]))


def content_version(db: sqlite_utils.Database) -> int:
    """A number that changes with every committed write to a sitting, speech or correction."""
    return db.conn.execute("SELECT n FROM content_version WHERE id = 1").fetchone()[0]


def latest_job_state(db: sqlite_utils.Database, sitting_id: int) -> tuple[Any, ...] | None:
    """The sitting's newest job as a tuple, to tell whether a page showing it is current."""
    return db.conn.execute("SELECT * FROM jobs WHERE sitting_id = ? ORDER BY id DESC LIMIT 1",
                           [sitting_id]).fetchone()


def get_job(db: sqlite_utils.Database, job_id: int) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM jobs WHERE id = ?", [job_id]))
    return rows[0] if rows else None


def latest_job(db: sqlite_utils.Database, sitting_id: int) -> dict[str, Any] | None:
    rows = list(db.query("SELECT * FROM jobs WHERE sitting_id = ? ORDER BY id DESC LIMIT 1",
                         [sitting_id]))
    return rows[0] if rows else None


def update_job(db: sqlite_utils.Database, job_id: int, **fields: Any) -> None:
    """Change a job's fields; a job deleted meanwhile (with its sitting) is left alone."""
    columns = ", ".join(f"[{name}] = ?" for name in fields)
    with writing(db):
        db.execute(f"UPDATE jobs SET {columns} WHERE id = ?", [*fields.values(), job_id])


def claim_job(db: sqlite_utils.Database) -> dict[str, Any] | None:
    """Atomically take the oldest queued job: one UPDATE ... RETURNING, so two
    workers (threads or processes) can never claim the same job."""
    rows = list(db.query(
        "UPDATE jobs SET status = 'running', stage = 'starting', progress = 0.0, "
        "started_at = ?, attempts = attempts + 1 "
        "WHERE id = (SELECT id FROM jobs WHERE status = 'queued' ORDER BY id LIMIT 1) "
        "AND status = 'queued' RETURNING *", [now()]))
    return rows[0] if rows else None


def requeue_running(db: sqlite_utils.Database) -> list[int]:
    """Jobs left 'running' by a server that stopped go back to the queue."""
    rows = db.query("UPDATE jobs SET status = 'queued', stage = 'queued', progress = 0.0 "
                    "WHERE status = 'running' RETURNING id")
    return [row["id"] for row in rows]


def request_cancel(db: sqlite_utils.Database, job_id: int) -> dict[str, Any] | None:
    """A queued job is cancelled at once; a running one is asked to stop."""
    with writing(db):
        db.execute("UPDATE jobs SET status = 'cancelled', stage = 'cancelled', finished_at = ? "
                   "WHERE id = ? AND status = 'queued'", [now(), job_id])
        db.execute("UPDATE jobs SET cancel_requested = 1 WHERE id = ? AND status = 'running'",
                   [job_id])
    return get_job(db, job_id)


def retry_job(db: sqlite_utils.Database, job_id: int) -> dict[str, Any] | None:
    """A failed or cancelled job goes back to the queue with the inputs it kept."""
    db.execute("UPDATE jobs SET status = 'queued', stage = 'queued', progress = 0.0, "
               "error = NULL, cancel_requested = 0, finished_at = NULL "
               "WHERE id = ? AND status IN ('failed', 'cancelled')", [job_id])
    return get_job(db, job_id)


# -- speeches -----------------------------------------------------------------

def finish_job(db: sqlite_utils.Database, job_id: int, sitting_id: int,
               speeches: list[dict[str, Any]], duration: float) -> bool:
    """Store a job's speeches and mark it done in ONE transaction, so no reader ever sees
    a done job with part of its speeches (or speeches of a job not yet done). False if the
    job or its sitting was deleted meanwhile (nothing is written then)."""
    with writing(db):
        if get_job(db, job_id) is None or get_sitting(db, sitting_id) is None:
            return False
        replace_speeches(db, sitting_id, speeches, duration)
        db.execute("UPDATE jobs SET status = 'done', stage = 'done', progress = 1.0, "
                   "finished_at = ? WHERE id = ?", [now(), job_id])
    return True


def delete_sitting(db: sqlite_utils.Database, sitting_id: int) -> str | None:
    """Delete a sitting with its jobs, speeches and corrections; its folder name, or None."""
    with writing(db):
        found = get_sitting(db, sitting_id)
        if found is None:
            return None
        db.execute("DELETE FROM corrections WHERE speech_row IN "
                   "(SELECT id FROM speeches WHERE sitting_id = ?)", [sitting_id])
        for table in ("speeches", "jobs"):
            db.execute(f"DELETE FROM {table} WHERE sitting_id = ?", [sitting_id])
        db.execute("DELETE FROM sittings WHERE id = ?", [sitting_id])
    return found["folder"]


def replace_speeches(db: sqlite_utils.Database, sitting_id: int,
                     speeches: list[dict[str, Any]], duration: float) -> None:
    """Store a finished job's speeches (record order) and the media's duration."""
    with writing(db):
        db.execute("DELETE FROM corrections WHERE speech_row IN "
                   "(SELECT id FROM speeches WHERE sitting_id = ?)", [sitting_id])
        db.execute("DELETE FROM speeches WHERE sitting_id = ?", [sitting_id])
        rows = [{**s, "sitting_id": sitting_id, "position": i} for i, s in enumerate(speeches)]
        if rows:
            db["speeches"].insert_all(rows)
        db["sittings"].update(sitting_id, {"duration": duration})


_SPEECH_COLUMNS = ("sp.id AS row_id, sp.sitting_id, sp.position, sp.speech_id, sp.speaker, "
                   "sp.text, sp.start AS machine_start, sp.\"end\" AS machine_end, sp.confidence, "
                   "sp.status AS machine_status, sp.human_start, sp.human_end, "
                   "coalesce(sp.human_start, sp.start) AS start, "
                   "coalesce(sp.human_end, sp.\"end\") AS \"end\", "
                   "CASE WHEN sp.human_start IS NOT NULL OR sp.human_end IS NOT NULL "
                   "THEN 'corrected' ELSE sp.status END AS status, "
                   "(SELECT max(o.sitting_id) FROM speeches o WHERE o.speech_id = sp.speech_id) "
                   "AS newest_sitting")


def sitting_speeches(db: sqlite_utils.Database, sitting_id: int) -> list[dict[str, Any]]:
    return list(db.query(f"SELECT {_SPEECH_COLUMNS} FROM speeches sp "
                         "WHERE sp.sitting_id = ? ORDER BY sp.position", [sitting_id]))


def find_speech(db: sqlite_utils.Database, speech_id: str,
                sitting_id: int | None = None) -> dict[str, Any] | None:
    """A speech by its record id: in the given sitting, else in the newest sitting that has it."""
    sql = f"SELECT {_SPEECH_COLUMNS} FROM speeches sp WHERE sp.speech_id = ?"
    params: list[Any] = [speech_id]
    if sitting_id is not None:
        sql += " AND sp.sitting_id = ?"
        params.append(sitting_id)
    rows = list(db.query(sql + " ORDER BY sp.sitting_id DESC LIMIT 1", params))
    return rows[0] if rows else None


def newest_sitting_for(db: sqlite_utils.Database, speech_id: str) -> int | None:
    rows = list(db.query("SELECT max(sitting_id) AS s FROM speeches WHERE speech_id = ?",
                         [speech_id]))
    return rows[0]["s"] if rows else None


def needs_checking(db: sqlite_utils.Database, below: float = CHECK_BELOW,
                   limit: int = 200) -> list[dict[str, Any]]:
    """Speeches the machine missed or placed with low confidence, not yet corrected."""
    return list(db.query(
        f"SELECT {_SPEECH_COLUMNS}, s.title AS sitting_title FROM speeches sp "
        "JOIN sittings s ON s.id = sp.sitting_id "
        "WHERE sp.human_start IS NULL AND (sp.status = 'missing' OR sp.confidence < ?) "
        "ORDER BY sp.sitting_id DESC, sp.position LIMIT ?", [below, limit]))


# -- corrections --------------------------------------------------------------

FIELDS = ("start", "end")


def _refresh_human_time(db: sqlite_utils.Database, row_id: int, field: str) -> None:
    rows = list(db.query("SELECT value FROM corrections WHERE speech_row = ? AND field = ? "
                         "AND undone_at IS NULL ORDER BY id DESC LIMIT 1", [row_id, field]))
    db.execute(f"UPDATE speeches SET human_{field} = ? WHERE id = ?",
               [rows[0]["value"] if rows else None, row_id])


def correct(db: sqlite_utils.Database, row_id: int, field: str, value: float,
            client: str | None = None) -> None:
    """Record a human time for a speech's start or end; it wins over the machine's."""
    if field not in FIELDS:
        raise StoreError(f"field must be one of: {', '.join(FIELDS)}")
    with writing(db):
        db["corrections"].insert({"speech_row": row_id, "field": field, "value": float(value),
                                  "created_at": now(), "client": client})
        _refresh_human_time(db, row_id, field)


def undo(db: sqlite_utils.Database, row_id: int, field: str, client: str | None = None) -> bool:
    """Undo the newest correction of a speech's start or end; False if there was none."""
    if field not in FIELDS:
        raise StoreError(f"field must be one of: {', '.join(FIELDS)}")
    with writing(db):
        cursor = db.execute(
            "UPDATE corrections SET undone_at = ?, undone_by = ? WHERE id = (SELECT id FROM "
            "corrections WHERE speech_row = ? AND field = ? AND undone_at IS NULL "
            "ORDER BY id DESC LIMIT 1)", [now(), client, row_id, field])
        _refresh_human_time(db, row_id, field)
    return cursor.rowcount > 0


def history(db: sqlite_utils.Database, row_id: int) -> list[dict[str, Any]]:
    return list(db.query("SELECT field, value, created_at, undone_at FROM corrections "
                         "WHERE speech_row = ? ORDER BY id", [row_id]))


def revert_client(db: sqlite_utils.Database, client: str) -> int:
    """Take back everything one client did to the times: their corrections are undone and
    the corrections they undid are restored. Nothing is deleted; the number of changes."""
    with writing(db):
        touched = [(r["speech_row"], r["field"]) for r in db.query(
            "SELECT DISTINCT speech_row, field FROM corrections WHERE "
            "(client = ? AND undone_at IS NULL) OR undone_by = ?", [client, client])]
        made = db.execute("UPDATE corrections SET undone_at = ?, undone_by = 'admin' "
                          "WHERE client = ? AND undone_at IS NULL", [now(), client]).rowcount
        restored = db.execute("UPDATE corrections SET undone_at = NULL, undone_by = NULL "
                              "WHERE undone_by = ?", [client]).rowcount
        for row_id, field in touched:
            _refresh_human_time(db, row_id, field)
    return made + restored


def corrections_log(db: sqlite_utils.Database, client: str | None = None,
                    limit: int = 200) -> list[dict[str, Any]]:
    """Recent corrections with who made them (for admins only: it holds addresses)."""
    where, params = ("WHERE c.client = ? OR c.undone_by = ?", [client, client]) if client else ("", [])
    return list(db.query(
        "SELECT c.id, c.client, c.field, c.value, c.created_at, c.undone_at, c.undone_by, "
        f"sp.sitting_id, sp.speech_id FROM corrections c JOIN speeches sp ON sp.id = c.speech_row "
        f"{where} ORDER BY c.id DESC LIMIT ?", [*params, limit]))


# -- bans and rate limits -----------------------------------------------------

def ban(db: sqlite_utils.Database, address: str, reason: str = "") -> str:
    """Ban an address or network (e.g. 203.0.113.7, 2001:db8::/48); its normal form."""
    try:
        network = str(ipaddress.ip_network(address.strip(), strict=False))
    except ValueError:
        raise StoreError(f"{address[:60]!r} is not an IP address or network.") from None
    with writing(db):
        db["bans"].upsert({"address": network, "reason": reason[:500], "created_at": now()},
                          pk="address")
    return network


def unban(db: sqlite_utils.Database, address: str) -> bool:
    try:
        network = str(ipaddress.ip_network(address.strip(), strict=False))
    except ValueError:
        return False
    return db.execute("DELETE FROM bans WHERE address = ?", [network]).rowcount > 0


def bans(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    return list(db.query("SELECT * FROM bans ORDER BY created_at DESC"))


def is_banned(db: sqlite_utils.Database, address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    if ip.version == 6 and ip.ipv4_mapped is not None:  # a dual-stack socket's IPv4 client
        ip = ip.ipv4_mapped
    return any(ip in ipaddress.ip_network(row["address"]) for row in bans(db)
               if ipaddress.ip_network(row["address"]).version == ip.version)


def take_hit(db: sqlite_utils.Database, client: str, kind: str, limit: int, window: float) -> float:
    """Count one `kind` action of `client` against `limit` per `window` seconds (sliding).
    0.0 when allowed (and counted); otherwise the seconds until the next one is allowed."""
    moment = time.time()
    with writing(db):
        db.execute("DELETE FROM hits WHERE client = ? AND kind = ? AND at <= ?",
                   [client, kind, moment - window])
        # Hits older than the longest window (a day) count for no one: drop them all.
        db.execute("DELETE FROM hits WHERE at <= ?", [moment - 86400])
        rows = list(db.query("SELECT count(*) AS n, min(at) AS oldest FROM hits "
                             "WHERE client = ? AND kind = ?", [client, kind]))
        if rows[0]["n"] >= limit:
            return max(rows[0]["oldest"] + window - moment, 0.001)
        db.execute("INSERT INTO hits (client, kind, at) VALUES (?, ?, ?)", [client, kind, moment])
    return 0.0


def hits_wait(db: sqlite_utils.Database, client: str, kind: str, limit: int, window: float) -> float:
    """Like take_hit, but counts nothing: the seconds to wait before `client` may act."""
    rows = list(db.query("SELECT count(*) AS n, min(at) AS oldest FROM hits WHERE client = ? "
                         "AND kind = ? AND at > ?", [client, kind, time.time() - window]))
    if rows[0]["n"] >= limit:
        return max(rows[0]["oldest"] + window - time.time(), 0.001)
    return 0.0


# -- search -------------------------------------------------------------------

def fts_query(text: str) -> str:
    """Each word quoted, so nothing the user types is FTS5 syntax (quotes, *, NEAR, parens)."""
    terms = re.findall(r"\w+", text)
    return " ".join('"' + term.replace('"', '""') + '"' for term in terms)


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search(db: sqlite_utils.Database, q: str = "", speaker: str = "",
           limit: int = 50) -> list[dict[str, Any]]:
    """Speeches matching the words of `q` (record or transcript text) and/or the speaker."""
    match = fts_query(q)
    speaker = speaker.strip()
    if not match and not speaker:
        return []
    where, params = [], []
    if match:
        where.append("speeches_fts MATCH ?")
        params.append(match)
    if speaker:
        where.append("sp.speaker LIKE ? ESCAPE '\\'")
        params.append(_like(speaker))
    # \x02 and \x03 mark the hits in the snippet; the page escapes, then turns them into <mark>.
    snippet = ("snippet(speeches_fts, -1, char(2), char(3), '…', 16)" if match
               else "substr(sp.text, 1, 160)")
    source = ("speeches_fts JOIN speeches sp ON sp.id = speeches_fts.rowid" if match
              else "speeches sp")
    order = "rank" if match else "sp.sitting_id DESC, sp.position"
    sql = (f"SELECT {_SPEECH_COLUMNS}, s.title AS sitting_title, {snippet} AS snippet "
           f"FROM {source} JOIN sittings s ON s.id = sp.sitting_id "
           f"WHERE {' AND '.join(where)} ORDER BY {order} LIMIT ?")
    return list(db.query(sql, [*params, limit]))
