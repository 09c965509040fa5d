"""The Celery engine: one task that runs pipeline.run_job on a worker, and the
submitting side that sends media to the workers and gets results back.

Workers on other machines cannot read the submitter's files, so media travels
with the task: a URL is fetched by the worker; a local file is sent as its audio
track, 16 kHz mono 16-bit FLAC (what the model hears), stored on the broker in
chunks beside the task message and deleted when the result is in, unless the
workers share the submitter's storage (`shared_storage`), in which case only the
absolute path travels. Results (transcript + links JSON) come back
through the Redis result backend; only the submitter writes files.

Delivery: `task_acks_late` with prefetch 1 keeps a message unacknowledged in Redis
while its item runs; when a worker dies mid-item, a live worker puts the message
back on the queue once `visibility_timeout` has passed since delivery. That
timeout must exceed the longest job, or a slow item is delivered twice."""
from __future__ import annotations

import base64
import hashlib
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Callable

import ffmpeg
import redis
from celery import Celery

from linker import RecordError, read_record
from linker.model import SpeechTiming, links_document
from pipeline import JobResult, run_job
from transcriber import TranscribeOptions, TranscriberError, load_model
from transcriber.errors import Cancelled
from transcriber.media import is_url, local_path, probe, sha256_file
from transcriber.transcript import Transcript

DEFAULT_BROKER = "redis://127.0.0.1:6379/0"
# Longer than any sitting takes to transcribe on a slow CPU worker (a 12-hour sitting
# at real-time speed); a killed worker's item comes back this long after it was taken.
DEFAULT_VISIBILITY_TIMEOUT = 12 * 3600
TASK_NAME = "speechstamp.run_item"
AUDIO_CHUNK = 64 * 1024 * 1024   # bytes per broker key (Redis values stop at 512 MB)
AUDIO_TTL = 7 * 24 * 3600        # audio left behind by a vanished submitter expires

app = Celery("speechstamp", set_as_current=False)


class ClusterError(TranscriberError):
    """The cluster cannot transcribe this (broker down, media not readable by a worker ...);
    a TranscriberError so callers of run_job's errors report it the same way."""


@dataclass(frozen=True)
class WorkerSettings:
    """What a worker process runs on (device) and loads before its first task."""
    model: str | None = None
    device: str = "cpu"
    compute_type: str = "default"


@dataclass
class Media:
    """One item's media as it travels in a task message. Audio bytes go to the broker
    as separate keys (see upload_audio): the message itself stays small."""
    name: str
    url: str | None = None
    path: str | None = None
    audio: bytes | None = field(default=None, repr=False)  # the submitter's side only
    audio_key: str | None = None
    audio_chunks: int = 0
    sha256: str | None = None
    duration: float | None = None   # of the original media (its video may outlast the audio)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "url": self.url, "path": self.path, "audio_key": self.audio_key,
                "audio_chunks": self.audio_chunks, "sha256": self.sha256, "duration": self.duration}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Media":
        return cls(data["name"], data.get("url"), data.get("path"), None, data.get("audio_key"),
                   int(data.get("audio_chunks") or 0), data.get("sha256"), data.get("duration"))


_worker = WorkerSettings()
_configured: tuple[str, int] | None = None


def configure(broker_url: str, visibility_timeout: int = DEFAULT_VISIBILITY_TIMEOUT) -> Celery:
    """Point the app at a Redis broker (also the result backend)."""
    global _configured
    if _configured == (broker_url, visibility_timeout):
        return app  # the web service calls this per job, from several threads
    _configured = (broker_url, visibility_timeout)
    # Sweep for abandoned messages often enough relative to the timeout, so a short
    # timeout (tests, short clips) also means a quick redelivery.
    sweep = max(1, min(60, visibility_timeout // 10))
    transport = {"visibility_timeout": visibility_timeout,
                 "unacked_restore_interval": sweep, "unacked_restore_throttle": 1}
    app.conf.update(
        broker_url=broker_url, result_backend=broker_url,
        broker_transport_options=transport, result_backend_transport_options=transport,
        broker_connection_retry_on_startup=True,
        task_serializer="json", result_serializer="json", accept_content=["json"],
        task_acks_late=True, task_reject_on_worker_lost=True, task_track_started=True,
        worker_prefetch_multiplier=1, worker_concurrency=1,
        result_expires=7 * 24 * 3600, worker_hijack_root_logger=False,
    )
    return app


def check_broker(broker_url: str) -> None:
    """ClusterError unless the Redis broker answers; called before anything is sent or written."""
    if not broker_url.startswith(("redis://", "rediss://", "unix://")):
        raise ClusterError(f"Unsupported broker '{broker_url}': expected a Redis URL such as "
                           f"{DEFAULT_BROKER}.")
    try:
        client = redis.Redis.from_url(broker_url, socket_connect_timeout=5, socket_timeout=5)
        client.ping()
    except redis.RedisError as exc:
        reason = str(exc).strip().splitlines()[0].rstrip(".") if str(exc).strip() else type(exc).__name__
        raise ClusterError(f"Cannot reach the Celery broker at {broker_url} ({reason}); "
                           "start redis-server there or pass --broker.") from None


# -- the worker side -------------------------------------------------------


def start_worker(broker_url: str, settings: WorkerSettings,
                 visibility_timeout: int = DEFAULT_VISIBILITY_TIMEOUT, loglevel: str = "INFO") -> None:
    """Load the model, then consume tasks in this process until stopped (solo pool)."""
    global _worker
    check_broker(broker_url)
    configure(broker_url, visibility_timeout)
    _worker = settings
    # Loaded before the first task is taken, and once: tasks run in this same process.
    load_model(TranscribeOptions(model=settings.model, device=settings.device,
                                 compute_type=settings.compute_type))
    name = f"speechstamp-{os.getpid()}@{socket.gethostname()}"
    app.worker_main(["worker", "--pool=solo", "--concurrency=1", f"--loglevel={loglevel}",
                     "--hostname", name, "--without-gossip", "--without-mingle"])


def start_workers(count: int, broker_url: str, settings: WorkerSettings,
                  visibility_timeout: int = DEFAULT_VISIBILITY_TIMEOUT, loglevel: str = "INFO") -> int:
    """`count` worker processes (each solo, with its own model); stops them all on
    SIGTERM or Ctrl-C. The highest exit status of the children."""
    check_broker(broker_url)
    argv = [sys.executable, "-m", "cli", "worker", "--broker", broker_url, "--device", settings.device,
            "--compute-type", settings.compute_type, "--visibility-timeout", str(visibility_timeout),
            "--loglevel", loglevel] + (["--model", settings.model] if settings.model else [])
    children = [subprocess.Popen(argv) for _ in range(count)]

    def stop(signum: int, frame: Any) -> None:
        for child in children:
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    return max(child.wait() for child in children)


def task_options(options: TranscribeOptions) -> dict[str, Any]:
    """What a task carries: every setting that shapes the transcript (the compute type
    resolved here, so it means the same on any worker); not the device."""
    fields = asdict(replace(options, compute_type=options.resolved_compute_type()))
    del fields["device"]
    return fields


def worker_options(requested: dict[str, Any]) -> TranscribeOptions:
    """The submitter's settings on this worker's device. A task naming another model or
    compute type than the worker's own gets it loaded too (once per process)."""
    return TranscribeOptions(**{**requested, "device": _worker.device})


@app.task(bind=True, name=TASK_NAME, acks_late=True, reject_on_worker_lost=True)
def run_item(self: Any, payload: dict[str, Any]) -> dict[str, Any]:
    """Run the one job function on an item; user errors come back as {"error": sentence}."""
    started = time.monotonic()
    media = Media.from_dict(payload["media"])
    meta = {"pid": os.getpid(), "hostname": self.request.hostname}
    last = [0.0]

    def progress(stage: str, fraction: float) -> None:
        # The result backend is shared by the whole fleet: at most two updates a second.
        now = time.monotonic()
        if now - last[0] >= 0.5 or fraction >= 1.0:
            last[0] = now
            self.update_state(state="PROGRESS", meta={**meta, "stage": stage, "fraction": fraction})

    try:
        with tempfile.TemporaryDirectory(prefix="speechstamp-") as tmp:
            source, record_path = _materialise(media, payload.get("record"), Path(tmp))
            result = run_job(source, record_path, worker_options(payload["options"]), progress)
    except (TranscriberError, RecordError) as exc:
        return {**meta, "error": str(exc), "kind": "record" if isinstance(exc, RecordError) else "media",
                "seconds": time.monotonic() - started}
    transcript = result.transcript
    transcript.source = media.url or media.name
    if media.sha256:
        transcript.sha256 = media.sha256
    if media.duration:
        transcript.duration = media.duration
    links = None
    if result.timings is not None:
        links = links_document(transcript.source, payload["record"]["name"], result.timings)
    return {**meta, "transcript": transcript.to_dict(), "links": links,
            "seconds": time.monotonic() - started}


def _materialise(media: Media, record: dict[str, Any] | None, tmp: Path) -> tuple[str, Path | None]:
    """The media and record as this worker can read them."""
    if media.url:
        source = media.url
    elif media.audio_key:
        source = str(download_audio(media, tmp / (Path(media.name).stem + ".flac")))
    elif media.path:
        if not Path(media.path).is_file():
            raise ClusterError(f"{media.path} is not readable on worker {socket.gethostname()}; "
                               "shared storage must be mounted at the same path on every worker.")
        source = media.path
    else:
        raise ClusterError("The task carries no media.")
    record_path = None
    if record is not None:
        record_path = tmp / Path(record["name"]).name
        record_path.write_bytes(base64.b64decode(record["data"]))
    return source, record_path


# -- the submitting side ---------------------------------------------------


def pack_media(source: str, shared_storage: bool = False, sha256: str | None = None) -> Media:
    """How `source` travels to a worker: a URL, a shared path, or its audio track."""
    if is_url(source):
        return Media(name=source, url=source)
    path = local_path(source)
    if shared_storage:
        return Media(name=path.name, path=str(path), sha256=sha256)
    return Media(name=path.name, audio=extract_audio(path), sha256=sha256 or sha256_file(path),
                 duration=round(probe(path).duration, 3))


def extract_audio(path: Path) -> bytes:
    """The first audio stream as 16 kHz mono 16-bit FLAC."""
    # Written to a file, not a pipe: ffmpeg seeks back to record the length in the header.
    with tempfile.TemporaryDirectory(prefix="speechstamp-") as tmp:
        target = Path(tmp) / "audio.flac"
        try:
            (ffmpeg.input("file:" + str(path), protocol_whitelist="file")
             .output(str(target), map="0:a:0", ac=1, ar=16000, sample_fmt="s16")
             .global_args("-nostdin", "-hide_banner", "-loglevel", "error")
             .run(capture_stdout=True, capture_stderr=True))
        except ffmpeg.Error as exc:
            reason = (exc.stderr or b"").decode("utf-8", "replace").strip().splitlines()
            raise ClusterError(f"The audio of {path.name} could not be extracted to send to a worker "
                               f"({reason[-1] if reason else 'ffmpeg failed'}).") from None
        return target.read_bytes()


def _client() -> redis.Redis:
    return redis.Redis.from_url(app.conf.broker_url)


def upload_audio(media: Media, ident: str) -> None:
    """Put the audio on the broker under keys named after the task, in chunks (a Redis
    value holds at most 512 MB); they expire unless the submitter deletes them first."""
    assert media.audio is not None
    client = _client()
    media.audio_key = f"speechstamp:audio:{ident}"
    starts = range(0, max(len(media.audio), 1), AUDIO_CHUNK)
    for n, start in enumerate(starts):
        client.set(f"{media.audio_key}:{n}", media.audio[start:start + AUDIO_CHUNK], ex=AUDIO_TTL)
    media.audio_chunks = len(starts)


def download_audio(media: Media, target: Path) -> Path:
    client = _client()
    with open(target, "wb") as f:
        for n in range(media.audio_chunks):
            part = client.get(f"{media.audio_key}:{n}")
            if part is None:
                raise ClusterError(f"The audio of {media.name} is no longer on the broker "
                                   "(it is kept for 7 days); run the batch again to send it.")
            f.write(part)
    return target


def discard_audio(ident: str) -> None:
    """Free the broker's memory once the item's result is in."""
    client = _client()
    keys = list(client.scan_iter(match=f"speechstamp:audio:{ident}:*"))
    if keys:
        client.delete(*keys)


def pack_record(record_path: str | Path | None) -> dict[str, Any] | None:
    if record_path is None:
        return None
    path = Path(record_path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ClusterError(f"Cannot read record {record_path}: {exc.strerror}.") from None
    return {"name": path.name, "data": base64.b64encode(data).decode("ascii")}


def task_id(media_key: str, record: dict[str, Any] | None, options: dict[str, Any]) -> str:
    """The same item with the same settings gets the same id, so a re-run finds its result."""
    ident = json.dumps({"media": media_key, "record": record and record["data"], "options": options},
                       sort_keys=True)
    return "speechstamp-" + hashlib.sha256(ident.encode()).hexdigest()[:32]


def submit(media: Media, record: dict[str, Any] | None, options: dict[str, Any], ident: str) -> Any:
    """Send one item; its AsyncResult."""
    if media.audio is not None:
        upload_audio(media, ident)
    payload = {"media": media.to_dict(), "record": record, "options": options}
    return app.send_task(TASK_NAME, args=[payload], task_id=ident)


def poll(result: Any) -> tuple[bool, float, dict[str, Any] | None]:
    """(finished, fraction done, result dict when finished) without blocking."""
    state = result.state
    if state == "SUCCESS":
        return True, 1.0, result.result
    if state in ("FAILURE", "REVOKED"):
        return True, 1.0, {"error": f"the task failed on the worker ({result.result!r})"}
    info = result.info if state == "PROGRESS" else None
    fraction = float(info.get("fraction", 0.0)) if isinstance(info, dict) else 0.0
    return False, fraction, None


def celery_engine(options: dict[str, Any], shared_storage: bool = False, in_flight: int = 8,
                  poll_seconds: float = 0.5) -> Callable[..., None]:
    """A batch engine (see batch.Engine) that runs items on the workers, at most
    `in_flight` at a time: each one sent holds its audio in Redis until it is done."""
    def run(todo: list[Any], progress: Callable[[Any, float], None],
            done: Callable[[Any, dict[str, Any]], None]) -> None:
        waiting = list(todo)
        running: dict[str, tuple[Any, Any]] = {}
        while waiting or running:
            while waiting and len(running) < in_flight:
                item = waiting.pop(0)
                try:
                    running[item.key] = (item, _send(item, options, shared_storage))
                except TranscriberError as exc:  # ClusterError included
                    done(item, {"error": str(exc)})
            for key, (item, result) in list(running.items()):
                finished, fraction, value = poll(result)
                if finished:
                    del running[key]
                    done(item, value or {"error": "the worker returned nothing"})
                    result.forget()  # written here now: free the broker's memory
                    discard_audio(result.id)
                else:
                    progress(item, fraction * (item.duration or 0.0))
            if running:
                time.sleep(poll_seconds)
    return run


def _send(item: Any, options: dict[str, Any], shared_storage: bool) -> Any:
    record = pack_record(item.record)
    ident = task_id(item.media if is_url(item.media) else item.sha256, record, options)
    result = app.AsyncResult(ident)
    if result.state in ("SUCCESS", "STARTED", "PROGRESS"):
        return result  # sent by an earlier run of this batch: wait for it, don't send twice
    media = pack_media(item.media, shared_storage, item.sha256)
    return submit(media, record, options, ident)


def run_job_remotely(media: str | Path, record_path: str | Path | None, options: TranscribeOptions,
                     progress: Callable[[str, float], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> JobResult:
    """pipeline.run_job's signature and result, run on a Celery worker (the web service's
    SPEECHSTAMP_JOB_ENGINE=celery). Broker from $SPEECHSTAMP_BROKER_URL; local media goes
    as audio unless $SPEECHSTAMP_SHARED_STORAGE=1. Raises what run_job raises: RecordError,
    TranscriberError (ClusterError included), Cancelled."""
    broker_url = os.environ.get("SPEECHSTAMP_BROKER_URL", DEFAULT_BROKER)
    check_broker(broker_url)
    configure(broker_url)
    # Read here too: a bad record fails before anything is sent, and JobResult carries it.
    record = read_record(record_path) if record_path is not None else None
    packed = pack_media(str(media), shared_storage=os.environ.get("SPEECHSTAMP_SHARED_STORAGE") == "1")
    result = submit(packed, pack_record(record_path), task_options(options), f"speechstamp-web-{os.urandom(12).hex()}")
    report = progress or (lambda stage, fraction: None)
    while True:
        finished, fraction, value = poll(result)
        if finished:
            result.forget()
            discard_audio(result.id)
            break
        if cancelled is not None and cancelled():
            result.revoke()
            raise Cancelled("Transcription was cancelled.")
        report("transcribing", fraction)
        time.sleep(0.5)
    if value.get("error"):
        raise (RecordError if value.get("kind") == "record" else TranscriberError)(value["error"])
    timings = None
    if value.get("links") is not None:
        timings = [SpeechTiming(**speech) for speech in value["links"]["speeches"]]
    return JobResult(Transcript.from_dict(value["transcript"]), record, timings)
