"""The one job: media (+ a Hansard record) in, a transcript and speech timings out.

The web service's worker threads and the Celery workers run this same function;
it knows nothing of Flask, SQLite or Celery."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from linker import align, read_record
from linker.model import Record, SpeechTiming
from transcriber import TranscribeOptions, transcribe_media
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
        timings = align(transcript, record)
        report("linking", 1.0)
    return JobResult(transcript, record, timings)
