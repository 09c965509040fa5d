"""The local job engine with stand-in runners (the real pipeline runs in test_api.py):
cancel mid-run, failures with their message, a bug that must not kill the worker."""
from __future__ import annotations

import threading

import pytest

import jobs
import store
from linker import RecordError
from pipeline import JobResult
from transcriber import MediaError
from transcriber.transcript import Segment, Transcript, Word
from linker.model import SpeechTiming
from web_fixtures import wait_for


@pytest.fixture
def settings(tmp_path):
    (tmp_path / "media" / "f").mkdir(parents=True)
    store.migrate(tmp_path / "s.db").close()
    return jobs.JobSettings(db_path=tmp_path / "s.db", media_dir=tmp_path / "media", workers=2)


def _submit(settings) -> int:
    db = store.connect(settings.db_path)
    _sitting, job = store.add_sitting(db, store.NewSitting("t", "f", "upload", None, "video.mp4",
                                                           "record.xml", "upload"))
    db.close()
    return job


def _job(settings, job_id: int) -> dict:
    db = store.connect(settings.db_path)
    try:
        return store.get_job(db, job_id)
    finally:
        db.close()


def _finished(settings, job_id: int):
    return lambda: (job if (job := _job(settings, job_id))["status"] not in ("queued", "running")
                    else None)


def _result() -> JobResult:
    words = [Word(8.0, 8.4, " The", 0.9), Word(8.4, 9.0, " making", 0.9)]
    transcript = Transcript("video.mp4", "0" * 64, 35.0, "en", "tiny.en",
                            [Segment(8.0, 9.0, " The making", words)])
    timing = SpeechTiming("a/b.1", "John Denham", 8.0, 12.0, 0.9, "matched", "The making of it")
    return JobResult(transcript, None, [timing])


def test_job_stores_progress_transcript_and_speeches(settings):
    seen: list[tuple[str, float]] = []

    def runner(media, record, options, progress, cancelled):
        assert media.name == "video.mp4" and record.name == "record.xml"
        progress("transcribing", 0.5)
        seen.append(("transcribing", _job(settings, job_id)["progress"]))
        return _result()

    engine = jobs.LocalEngine(settings, runner=runner)
    job_id = _submit(settings)
    engine.start()
    try:
        done = wait_for(_finished(settings, job_id))
    finally:
        engine.stop()
    assert (done["status"], done["stage"], done["progress"]) == ("done", "done", 1.0)
    assert seen == [("transcribing", 0.5)]
    db = store.connect(settings.db_path)
    speech = store.find_speech(db, "a/b.1")
    assert (speech["start"], speech["end"], speech["status"]) == (8.0, 12.0, "matched")
    assert list(db.query("SELECT heard FROM speeches"))[0]["heard"] == "The making"
    assert store.get_sitting(db, speech["sitting_id"])["duration"] == 35.0
    assert (settings.media_dir / "f" / "transcript.json").exists()


def test_cancel_stops_a_running_job(settings):
    started = threading.Event()

    def runner(media, record, options, progress, cancelled):
        started.set()
        wait_for(cancelled, timeout=60, what="the cancel flag")
        raise jobs.Cancelled("stopped")

    engine = jobs.LocalEngine(settings, runner=runner)
    job_id = _submit(settings)
    engine.start()
    try:
        assert started.wait(60)
        store.request_cancel(store.connect(settings.db_path), job_id)
        assert wait_for(_finished(settings, job_id))["status"] == "cancelled"
    finally:
        engine.stop()


@pytest.mark.parametrize("error, message", [
    (MediaError("video.mp4 is not a media file ffmpeg can read."),
     "video.mp4 is not a media file ffmpeg can read."),
    (RecordError("the record is not well-formed XML"),
     "The record cannot be read: the record is not well-formed XML."),
    (KeyError("bug"), "Internal error (KeyError); the inputs are kept and the job can be retried."),
])
def test_failures_are_stored_with_one_sentence_and_the_worker_lives_on(settings, error, message):
    calls: list[int] = []

    def runner(media, record, options, progress, cancelled):
        calls.append(1)
        if len(calls) == 1:
            raise error
        return _result()

    engine = jobs.LocalEngine(settings, runner=runner)
    engine.settings.workers = 1
    failing, fine = _submit(settings), _submit(settings)
    engine.start()
    try:
        failed = wait_for(_finished(settings, failing))
        assert wait_for(_finished(settings, fine))["status"] == "done"
    finally:
        engine.stop()
    assert (failed["status"], failed["error"]) == ("failed", message)


def test_start_requeues_a_job_left_running(settings):
    job_id = _submit(settings)
    store.claim_job(store.connect(settings.db_path))  # as if the server died mid-job
    engine = jobs.LocalEngine(settings, runner=lambda *args: _result())
    engine.start()
    try:
        done = wait_for(_finished(settings, job_id))
    finally:
        engine.stop()
    assert done["status"] == "done" and done["attempts"] == 2


def test_unknown_engine_names_the_choices(settings):
    with pytest.raises(ValueError, match="expected one of: local, celery"):
        jobs.make_engine("kafka", settings)


def test_celery_engine_keeps_the_table_and_swaps_only_the_runner(settings):
    import cluster
    engine = jobs.make_engine("celery", settings)
    assert isinstance(engine, jobs.LocalEngine) and engine.runner is cluster.run_job_remotely
    assert jobs.make_engine("local", settings).runner is jobs.run_job
