"""The transcriber's own exceptions. Each message is one sentence a user can act on;
only the CLI and the web service turn them into output."""
from __future__ import annotations


class TranscriberError(Exception):
    """Base class: anything the transcriber refuses or cannot do."""


class MediaError(TranscriberError):
    """The media (file or URL) cannot be read, fetched or transcribed."""


class ModelError(TranscriberError):
    """The chosen Whisper model cannot be loaded."""


class Cancelled(TranscriberError):
    """The caller asked to stop; raised at the next segment."""
