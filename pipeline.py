"""The one job: media (+ a Hansard record) in, a transcript and speech timings out.

The web service's worker threads and the Celery workers run this same function;
it knows nothing of Flask, SQLite or Celery."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from linker import align, read_record
from linker.model import Record, SpeechTiming
from linker.listened import Listen
from transcriber import TranscribeOptions, transcribe_media
from transcriber.listen import listener_for
from transcriber.transcript import Transcript

# progress(stage, fraction 0..1); cancelled() -> True stops the work at the next step.
Progress = Callable[[str, float], None]
Cancelled = Callable[[], bool]


@dataclass
class JobResult:
    transcript: Transcript
    record: Record | None
    timings: list[SpeechTiming] | None


def run_job(media: str | Path, record_path: str | Path | None, options: TranscribeOptions,
            progress: Progress | None = None, cancelled: Cancelled | None = None) -> JobResult:
    report = progress or (lambda stage, fraction: None)
    # Read the record first: a bad record should fail before an hour of transcription.
    record = read_record(record_path) if record_path is not None else None
    report("transcribing", 0.0)
    transcript = transcribe_media(
        media, options,
        progress=lambda done, total: report("transcribing", done / total if total else 0.0),
        cancelled=cancelled)
    timings = None
    if record is not None:
        report("linking", 0.0)
        # Speeches the recogniser wrote nothing for are listened for in the media itself
        # (a local file; a URL's download is gone by now).
        timings = align(transcript, record, listen=listen_in(media, options))
        report("linking", 1.0)
    return JobResult(transcript, record, timings)


def listen_in(media: str | Path, options: TranscribeOptions, sha256: str | None = None) -> Listen | None:
    """The linker's ear for a local media file (None for a URL or a file now gone; with
    `sha256`, deaf if the file is no longer the one transcribed)."""
    listener = listener_for(media, options, sha256=sha256)
    return listener.find if listener is not None else None
