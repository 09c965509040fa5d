"""Background jobs for the web service: accepting a submission (its inputs kept on
disk first), and running it; the `jobs` table is the queue.

The engine seam: an engine has start(), submit(job_id) and stop(). The local engine
runs worker threads in the server process that claim queued jobs from the table
(atomically, so nothing runs twice) and call a *runner* with pipeline.run_job's
signature. SPEECHSTAMP_JOB_ENGINE=celery keeps the same threads, claim, progress and
storage, but the runner is cluster.run_job_remotely (issue 5), which runs
pipeline.run_job on a Celery worker and returns its JobResult here to be stored.
"""
from __future__ import annotations

import contextlib
import ipaddress
import logging
import os
import shutil
import socket
import sqlite3
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Callable, Protocol
from urllib.parse import urlsplit

from werkzeug.utils import secure_filename

import store
from linker import RecordError, parse_record, youtube_id
from pipeline import JobResult, run_job
from transcriber import MediaError, TranscribeOptions, TranscriberError, fetch_url
from transcriber.errors import Cancelled
from transcriber.fetch import is_public_address
from transcriber.media import probe

log = logging.getLogger("speechstamp.jobs")

Runner = Callable[..., JobResult]
# How often a worker writes progress and reads the cancel flag (seconds).
_PROGRESS_EVERY = 0.5
_CANCEL_EVERY = 0.5
_IDLE_POLL = 2.0
# Added to the worker threads' nice value (0 normal .. 19 lowest priority).
JOB_NICENESS = 10


class JobCancelled(Exception):
    """The job was cancelled before the runner started."""


@dataclass
class JobSettings:
    db_path: Path
    media_dir: Path
    workers: int = 1
    options: TranscribeOptions = field(default_factory=TranscribeOptions)
    allow_private: bool = False
    max_bytes: int | None = None
    limits: "Limits" = field(default_factory=lambda: Limits())


@dataclass
class Limits:
    """What one submission may bring. A record's XML tree costs memory many times its
    size, and a transcription's memory grows about 130 MB per hour of audio (on top of
    about 900 MB for the model and one chunk), so both are bounded."""
    max_record_bytes: int = 20 * 1024 * 1024
    max_media_seconds: float = 6 * 3600.0
    max_fetch_seconds: float = 3600.0


def sitting_dir(settings: JobSettings, sitting: dict[str, Any]) -> Path:
    return settings.media_dir / sitting["folder"]


# -- accepting a submission ---------------------------------------------------

class SubmissionError(Exception):
    """A submission refused at the door; the message is one sentence for the user."""


class Upload(Protocol):
    """An uploaded file (werkzeug's FileStorage is one)."""
    filename: str | None
    stream: BinaryIO

    def save(self, dst: Any) -> None: ...


@dataclass
class Submission:
    title: str = ""
    video_url: str = ""
    video: Upload | None = None
    record: Upload | None = None
    record_text: str = ""
    record_url: str = ""


def check_url(url: str, what: str, allow_private: bool) -> None:
    """Refuse at the door what the fetcher would refuse later (it checks again, after
    DNS and on every redirect, when it downloads)."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (reading it checks it: a port over 65535 raises)
    except ValueError:
        raise SubmissionError(f"The {what} URL cannot be read.") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise SubmissionError(f"The {what} URL must start with http:// or https:// and name a host.")
    if len(url) > 2000 or any(c.isspace() or ord(c) < 32 for c in url):
        raise SubmissionError(f"The {what} URL is too long or holds spaces or control characters.")
    try:
        parts.hostname.encode("idna")
    except UnicodeError:  # an empty or over-long label: no DNS lookup can take it
        raise SubmissionError(f"The {what} URL's host name is not a valid name.") from None
    if allow_private:
        return
    try:
        addresses = [str(ipaddress.ip_address(parts.hostname))]
    except ValueError:
        try:
            addresses = [info[4][0] for info in socket.getaddrinfo(parts.hostname, None)]
        except (OSError, UnicodeError):
            return  # unresolvable now (or DNS is down): the job says so clearly when it tries
    if any(not is_public_address(a) for a in addresses):
        raise SubmissionError(f"The {what} URL points to a private or local address, "
                              "which is not allowed.")


def source_kind(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    if youtube_id(url):
        return "youtube"
    if host == "parliamentlive.tv" or host.endswith(".parliamentlive.tv"):
        return "parliamentlive"
    return "url"


def _megabytes(count: float) -> str:
    return f"{count / (1024 * 1024):g} MB"


def _record_bytes(sub: Submission, limits: Limits) -> bytes | None:
    """The uploaded or pasted record, parsed now so a bad one is refused at the door."""
    if sub.record is not None:
        data = sub.record.stream.read(limits.max_record_bytes + 1)
    elif sub.record_text:
        data = sub.record_text.encode("utf-8")
    else:
        return None  # a URL: fetched and read by the job
    if len(data) > limits.max_record_bytes:
        raise SubmissionError(f"The record is larger than the limit of "
                              f"{_megabytes(limits.max_record_bytes)}.")
    try:
        parse_record(data, "record")
    except RecordError as exc:
        raise SubmissionError(f"The record cannot be read: {exc}.") from None
    return data


def check_media(path: Path, limits: Limits) -> None:
    """ffprobe the media (only the file: protocol, see transcriber.media): refuse what is
    not media with audio, or is longer than the limit, before any decoding."""
    try:
        info = probe(path)
    except MediaError as exc:
        raise SubmissionError(str(exc).replace(path.name, "The video", 1)) from None
    if info.duration > limits.max_media_seconds:
        raise SubmissionError(f"The video lasts {info.duration / 3600:.1f} hours, longer than the "
                              f"limit of {limits.max_media_seconds / 3600:g} hours.")


def _save_video(video: Upload, folder: Path, limits: Limits) -> str:
    # The client's file name gives at most an extension; the file is always ours to name.
    suffix = Path(secure_filename(video.filename or "")).suffix.lower()[:8]
    (folder / "video").mkdir()
    name = f"video/upload{suffix}"
    video.save(folder / name)
    try:
        if (folder / name).stat().st_size == 0:
            raise SubmissionError("The video file is empty.")
        check_media(folder / name, limits)
    except SubmissionError:
        shutil.rmtree(folder)
        raise
    return name


def _title(sub: Submission) -> str:
    if sub.title:
        return sub.title
    if sub.video is not None:
        return Path(secure_filename(sub.video.filename or "")).stem or "Uploaded sitting"
    return urlsplit(sub.video_url).path.rsplit("/", 1)[-1] or sub.video_url


def accept(db: Any, media_dir: Path, sub: Submission, allow_private: bool,
           limits: Limits | None = None) -> tuple[int, int]:
    """Check a submission, keep its inputs in a folder of their own, then queue the job:
    (sitting id, job id). Nothing accepted is lost, even if the job later fails."""
    limits = limits or Limits()
    if bool(sub.video_url) == bool(sub.video):
        raise SubmissionError("Give the video either as a URL or as an uploaded file (one of the two).")
    if len([x for x in (sub.record, sub.record_text, sub.record_url) if x]) != 1:
        raise SubmissionError("Give the Hansard record once: upload a file, paste its text, "
                              "or give its URL.")
    if sub.video_url:
        check_url(sub.video_url, "video", allow_private)
    if sub.record_url:
        check_url(sub.record_url, "record", allow_private)
    record = _record_bytes(sub, limits)
    folder_name = uuid.uuid4().hex
    folder = media_dir / folder_name
    folder.mkdir(parents=True)
    media_name = _save_video(sub.video, folder, limits) if sub.video is not None else None
    record_name, record_source = None, sub.record_url
    if record is not None:
        xml = record.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<"
        record_name, record_source = ("record.xml" if xml else "record.txt",
                                      "upload" if sub.record else "text")
        (folder / record_name).write_bytes(record)
    new = store.NewSitting(title=_title(sub), folder=folder_name,
                           source_kind=source_kind(sub.video_url) if sub.video_url else "upload",
                           source_url=sub.video_url or None, media_name=media_name,
                           record_name=record_name, record_source=record_source)
    return store.add_sitting(db, new)


# -- one job, step by step (shared by every engine) ---------------------------

class _Reporter:
    """progress() and cancelled() for one running job, throttled against the store."""

    def __init__(self, db: Any, job_id: int) -> None:
        self.db, self.job_id = db, job_id
        self._written = 0.0
        self._stage = ""
        self._checked = 0.0
        self._cancel = False

    def progress(self, stage: str, fraction: float) -> None:
        moment = time.monotonic()
        if stage != self._stage or fraction >= 1.0 or moment - self._written >= _PROGRESS_EVERY:
            store.update_job(self.db, self.job_id, stage=stage,
                             progress=round(min(max(fraction, 0.0), 1.0), 4))
            self._stage, self._written = stage, moment

    def cancelled(self) -> bool:
        moment = time.monotonic()
        if not self._cancel and moment - self._checked >= _CANCEL_EVERY:
            job = store.get_job(self.db, self.job_id)
            self._cancel = job is None or bool(job["cancel_requested"])  # None: deleted
            self._checked = moment
        return self._cancel


def fetch_inputs(settings: JobSettings, db: Any, sitting: dict[str, Any],
                 report: _Reporter) -> tuple[Path, Path]:
    """The sitting's media and record as local files, fetching URLs the first time."""
    folder = sitting_dir(settings, sitting)
    if not sitting["media_name"]:
        report.progress("fetching video", 0.0)
        media = _fetch(settings, report, sitting["source_url"], folder / "video", settings.max_bytes)
        store.update_sitting(db, sitting["id"], media_name=str(media.relative_to(folder)))
        sitting["media_name"] = str(media.relative_to(folder))
    if not sitting["record_name"]:
        report.progress("fetching record", 0.0)
        record = _fetch(settings, report, sitting["record_source"], folder / "record",
                        settings.limits.max_record_bytes)
        _check_fetched_record(record)
        store.update_sitting(db, sitting["id"], record_name=str(record.relative_to(folder)))
        sitting["record_name"] = str(record.relative_to(folder))
    if report.cancelled():
        raise JobCancelled()
    if sitting["source_kind"] != "upload":  # uploads were checked at the door
        _check_fetched(folder / sitting["media_name"], settings.limits)
    return folder / sitting["media_name"], folder / sitting["record_name"]


def _fetch(settings: JobSettings, report: _Reporter, url: str, dest: Path,
           max_bytes: int | None) -> Path:
    """fetch_url, bounded in total time and cancellable. (Its `timeout` bounds each read,
    so a server trickling a byte at a time would hold the worker for ever.) Past the
    deadline the download is abandoned to its thread, which ends when the server stops
    or the size limit is reached, and the job fails; the worker goes on."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["path"] = fetch_url(url, dest, allow_private=settings.allow_private, max_bytes=max_bytes)
        except BaseException as exc:  # handed to the worker below
            box["error"] = exc

    thread = threading.Thread(target=run, name="speechstamp-fetch", daemon=True)
    thread.start()
    deadline = time.monotonic() + settings.limits.max_fetch_seconds
    while thread.is_alive():
        thread.join(0.5)
        if report.cancelled():
            raise JobCancelled()
        if thread.is_alive() and time.monotonic() > deadline:
            raise MediaError(f"Could not fetch {url}: the download took longer than "
                             f"{settings.limits.max_fetch_seconds / 60:g} minutes.")
    if "error" in box:
        raise box["error"]
    return box["path"]


def _check_fetched_record(path: Path) -> None:
    """Read a fetched record as the door reads an uploaded one, before any transcribing."""
    parse_record(path.read_bytes(), path.name)


def _check_fetched(media: Path, limits: Limits) -> None:
    """A fetched video meets the same limits as an upload, before it is decoded."""
    try:
        check_media(media, limits)
    except SubmissionError as exc:
        raise MediaError(str(exc)) from None


def _heard(words: list[Any], start: float | None, end: float | None) -> str:
    if start is None or end is None:
        return ""
    return "".join(w.word for w in words if start <= w.start < end).strip()


def store_result(settings: JobSettings, db: Any, sitting: dict[str, Any],
                 result: JobResult, job_id: int) -> None:
    """Keep the transcript as a file, then the speeches (with what was heard) and the job's
    'done' in one transaction: a sitting's speeches appear all at once, with its end."""
    folder = sitting_dir(settings, sitting)
    # Written aside and renamed: a crash never leaves half a transcript to download.
    partial = folder / "transcript.json.partial"
    partial.write_text(result.transcript.to_json(), encoding="utf-8")
    partial.replace(folder / "transcript.json")
    words = list(result.transcript.words())
    speeches = [{"speech_id": t.id, "speaker": t.speaker, "text": t.text,
                 "heard": _heard(words, t.start, t.end), "start": t.start, "end": t.end,
                 "confidence": float(t.confidence), "status": t.status}
                for t in (result.timings or [])]
    if not store.finish_job(db, job_id, sitting["id"], speeches, float(result.transcript.duration)):
        raise JobCancelled()  # the sitting was deleted while its job ran


def run_claimed(settings: JobSettings, job: dict[str, Any], runner: Runner) -> None:
    """Run one claimed job to its end: done, failed (with a message) or cancelled."""
    db = store.connect(settings.db_path)
    report = _Reporter(db, job["id"])
    try:
        sitting = store.get_sitting(db, job["sitting_id"])
        if sitting is None:
            raise JobCancelled()
        media, record = fetch_inputs(settings, db, sitting, report)
        result = runner(media, record, settings.options, report.progress, report.cancelled)
        if report.cancelled():
            raise JobCancelled()
        report.progress("saving", 0.0)
        store_result(settings, db, sitting, result, job["id"])
    except (Cancelled, JobCancelled):
        store.update_job(db, job["id"], status="cancelled", stage="cancelled",
                         finished_at=store.now())
    except TranscriberError as exc:
        store.update_job(db, job["id"], status="failed", error=str(exc), finished_at=store.now())
    except RecordError as exc:  # the linker's messages are fragments: make them a sentence
        store.update_job(db, job["id"], status="failed", finished_at=store.now(),
                         error=f"The record cannot be read: {exc}.")

    except Exception as exc:  # a bug must fail the job, not kill the worker thread
        log.exception("job %s failed", job["id"])
        store.update_job(db, job["id"], status="failed", finished_at=store.now(),
                         error=f"Internal error ({type(exc).__name__}); the inputs are kept "
                               "and the job can be retried.")
    finally:
        db.close()


# -- the local engine ---------------------------------------------------------

class LocalEngine:
    """Worker threads in this process, claiming jobs from the table."""

    def __init__(self, settings: JobSettings, runner: Runner = run_job) -> None:
        self.settings, self.runner = settings, runner
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    def start(self) -> None:
        db = store.migrate(self.settings.db_path)
        requeued = store.requeue_running(db)
        db.close()
        if requeued:
            log.info("re-queued jobs left running: %s", requeued)
        for n in range(max(1, self.settings.workers)):
            thread = threading.Thread(target=self._loop, name=f"speechstamp-worker-{n}",
                                      daemon=True)
            thread.start()
            self._threads.append(thread)

    def submit(self, job_id: int) -> None:
        self._wake.set()

    def stop(self, timeout: float | None = None) -> None:
        self._stop.set()
        self._wake.set()
        for thread in self._threads:
            thread.join(timeout)

    def _loop(self) -> None:
        _lower_priority()
        while not self._stop.is_set():
            try:
                db = store.connect(self.settings.db_path)
                try:
                    job = store.claim_job(db)
                finally:
                    db.close()
            except sqlite3.Error:  # e.g. locked for longer than busy_timeout: try again later
                log.exception("could not claim a job")
                job = None
            if job is None:
                self._wake.wait(_IDLE_POLL)
                self._wake.clear()
                continue
            try:
                run_claimed(self.settings, job, self.runner)
            except Exception:  # the store failed while recording the end: keep the worker alive
                log.exception("job %s could not be recorded", job["id"])


class Waker:
    """The engine as a web process of `speechstamp serve` sees it: the jobs run in the serve
    command's main process, and submit() wakes that engine through a pipe (non-blocking:
    a wake-up lost to a full pipe costs nothing, the engine also looks every _IDLE_POLL s)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def start(self) -> None:
        pass

    def submit(self, job_id: int) -> None:
        with contextlib.suppress(OSError):
            os.write(self.fd, b"j")

    def stop(self, timeout: float | None = None) -> None:
        pass


def relay_wakes(fd: int, engine: LocalEngine) -> None:
    """In the process running the jobs: wake `engine` whenever a web process writes to `fd`."""
    while os.read(fd, 4096):
        engine.submit(0)


def _lower_priority() -> None:
    """Transcribing is batch work and pages are interactive: this worker thread, and the
    model's compute threads it starts (they inherit it), yield the CPU to the web
    processes. Never run it in a process that answers requests: a low-priority thread
    holding that process's GIL while the kernel keeps it waiting stalls every request
    thread (the page latencies' long tail under load, bench/bench_load.py).
    Linux keeps a nice value per thread; elsewhere this does nothing."""
    with contextlib.suppress(OSError, AttributeError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), JOB_NICENESS)


def make_engine(name: str, settings: JobSettings) -> LocalEngine:
    """'local' (threads running pipeline.run_job) or 'celery' (threads waiting on Celery)."""
    if name == "local":
        return LocalEngine(settings)
    if name == "celery":
        import cluster  # issue 5; imported only when chosen, so Celery is optional here
        return LocalEngine(settings, runner=cluster.run_job_remotely)
    raise ValueError(f"unknown job engine {name!r}: expected one of: local, celery")
