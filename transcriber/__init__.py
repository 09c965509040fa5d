"""Media in, a time-coded transcript out. Knows nothing of Flask, SQLite or Celery."""
from __future__ import annotations

from .cache import Outcome, find_cached, output_paths, transcribe_cached, transcribe_to_dir
from .errors import Cancelled, MediaError, ModelError, TranscriberError
from .fetch import fetch_url
from .model import load_model
from .options import TranscribeOptions
from .transcribe import transcribe_file, transcribe_media
from .transcript import Segment, Transcript, Word

__all__ = [
    "Cancelled", "MediaError", "ModelError", "Outcome", "Segment", "TranscribeOptions",
    "Transcript", "TranscriberError", "Word", "fetch_url", "find_cached", "load_model",
    "output_paths", "transcribe_cached", "transcribe_file", "transcribe_media", "transcribe_to_dir",
]
