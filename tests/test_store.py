"""The store on a real temporary SQLite file: migrations, claims, corrections, search."""
from __future__ import annotations

import threading

import pytest

import store


@pytest.fixture
def db(tmp_path):
    database = store.migrate(tmp_path / "s.db")
    yield database
    database.close()


def _sitting(db, title: str = "t") -> tuple[int, int]:
    return store.add_sitting(db, store.NewSitting(title, "f", "upload", None, "video/a.mp4",
                                                  "record.xml", "upload"))


def _speeches(db, sitting_id: int) -> None:
    store.replace_speeches(db, sitting_id, [
        {"speech_id": "a/b.1", "speaker": "John Denham", "text": "The making of contingency arrangements",
         "heard": "the making of contingency arrangements", "start": 8.0, "end": 15.0,
         "confidence": 0.9, "status": "matched"},
        {"speech_id": "a/b.2", "speaker": "Bob Spink", "text": "indicated dissent", "heard": "",
         "start": None, "end": None, "confidence": 0.0, "status": "missing"},
        {"speech_id": "a/b.3", "speaker": "Caroline Spelman", "text": "Albania and Peru",
         "heard": "albania and peru", "start": 16.0, "end": 25.0, "confidence": 0.4,
         "status": "matched"}], duration=35.0)


def test_migrations_run_once_and_are_recorded(tmp_path):
    store.migrate(tmp_path / "s.db").close()
    again = store.migrate(tmp_path / "s.db")
    assert [r["version"] for r in again.query("SELECT version FROM migrations")] == [1, 2, 3]
    assert list(again.query("PRAGMA journal_mode"))[0]["journal_mode"] == "wal"
    assert {"sittings", "jobs", "speeches", "corrections", "speeches_fts"} <= set(again.table_names())


def test_claim_is_atomic_across_threads(tmp_path):
    path = tmp_path / "s.db"
    db = store.migrate(path)
    jobs = [_sitting(db)[1] for _ in range(20)]
    claimed: list[int] = []
    lock = threading.Lock()

    def worker() -> None:
        conn = store.connect(path)
        while (job := store.claim_job(conn)) is not None:
            with lock:
                claimed.append(job["id"])
        conn.close()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(claimed) == jobs  # each job once, none lost
    assert store.claim_job(db) is None


def test_running_jobs_are_requeued_and_cancel_and_retry(db):
    _s, first = _sitting(db)
    _s, second = _sitting(db)
    assert store.claim_job(db)["id"] == first
    assert store.requeue_running(db) == [first]
    assert store.get_job(db, first)["status"] == "queued"
    assert store.request_cancel(db, second)["status"] == "cancelled"
    store.claim_job(db)
    running = store.request_cancel(db, first)
    assert running["status"] == "running" and running["cancel_requested"] == 1
    assert store.retry_job(db, second)["status"] == "queued"


def test_corrections_keep_history_newest_wins_undo_restores(db):
    sitting_id, _job = _sitting(db)
    _speeches(db, sitting_id)
    row = store.find_speech(db, "a/b.1")["row_id"]
    store.correct(db, row, "start", 9.0)
    store.correct(db, row, "start", 9.5)
    speech = store.find_speech(db, "a/b.1")
    assert (speech["start"], speech["machine_start"], speech["status"]) == (9.5, 8.0, "corrected")
    assert store.undo(db, row, "start") is True
    assert store.find_speech(db, "a/b.1")["start"] == 9.0
    assert store.undo(db, row, "start") is True
    assert store.find_speech(db, "a/b.1")["status"] == "matched"
    assert store.undo(db, row, "start") is False
    assert [(h["value"], h["undone_at"] is not None) for h in store.history(db, row)] == [
        (9.0, True), (9.5, True)]
    with pytest.raises(store.StoreError):
        store.correct(db, row, "middle", 1.0)


def test_needs_checking_lists_missing_and_unsure_until_corrected(db):
    sitting_id, _job = _sitting(db)
    _speeches(db, sitting_id)
    assert [s["speech_id"] for s in store.needs_checking(db)] == ["a/b.2", "a/b.3"]
    store.correct(db, store.find_speech(db, "a/b.3")["row_id"], "start", 16.5)
    assert [s["speech_id"] for s in store.needs_checking(db)] == ["a/b.2"]


def test_find_speech_prefers_the_newest_sitting(db):
    old, _ = _sitting(db, "old")
    new, _ = _sitting(db, "new")
    _speeches(db, old)
    _speeches(db, new)
    assert store.find_speech(db, "a/b.1")["sitting_id"] == new
    assert store.find_speech(db, "a/b.1", old)["sitting_id"] == old
    assert store.find_speech(db, "a/b.1", old)["newest_sitting"] == new


@pytest.mark.parametrize("text, query", [
    ("fire service", '"fire" "service"'),
    ('say "hello', '"say" "hello"'),
    ("NEAR(a b)", '"NEAR" "a" "b"'),
    ("fire*", '"fire"'),
    ("((", ""),
    ("", ""),
])
def test_fts_query_quotes_every_term(text, query):
    assert store.fts_query(text) == query


def test_search_matches_record_and_heard_text_and_speaker(db):
    sitting_id, _job = _sitting(db)
    _speeches(db, sitting_id)
    assert [h["speech_id"] for h in store.search(db, "contingency")] == ["a/b.1"]
    assert [h["speech_id"] for h in store.search(db, "peru")] == ["a/b.3"]
    assert "\x02Peru\x03" in store.search(db, "peru")[0]["snippet"]
    assert [h["speech_id"] for h in store.search(db, speaker="spink")] == ["a/b.2"]
    assert store.search(db, "contingency", speaker="spink") == []
    assert store.search(db, speaker="%") == []  # LIKE wildcards are literal
    assert store.search(db, '"NEAR(*') == []


def test_content_version_moves_with_every_content_write_and_not_with_job_progress(db):
    seen = [store.content_version(db)]

    def moved() -> bool:
        seen.append(store.content_version(db))
        return seen[-1] != seen[-2]

    sitting_id, job_id = _sitting(db)
    assert moved()
    store.update_job(db, job_id, status="running", stage="transcribing", progress=0.3)
    assert not moved()
    _speeches(db, sitting_id)
    assert moved()
    row = store.find_speech(db, "a/b.1")["row_id"]
    store.correct(db, row, "start", 7.5)
    assert moved()
    store.undo(db, row, "start")
    assert moved()
    store.update_sitting(db, sitting_id, title="new")
    assert moved()
    store.take_hit(db, "198.51.100.1", "correct", 10, 60.0)
    assert not moved()
    store.delete_sitting(db, sitting_id)
    assert moved()
