"""Media in, a time-coded transcript out. Knows nothing of Flask, SQLite or Celery.

Names are imported from their submodule on first use (PEP 562), so `import
transcriber.transcript` (all the linker needs) does not pay for numpy, faster-whisper,
ffmpeg-python and http.client."""
from __future__ import annotations

import importlib
from typing import Any

_SUBMODULE = {
    "Outcome": "cache", "find_cached": "cache", "output_paths": "cache",
    "transcribe_cached": "cache", "transcribe_to_dir": "cache",
    "Cancelled": "errors", "MediaError": "errors", "ModelError": "errors", "TranscriberError": "errors",
    "fetch_url": "fetch",
    "load_model": "model",
    "TranscribeOptions": "options",
    "transcribe_file": "transcribe", "transcribe_media": "transcribe",
    "Segment": "transcript", "Transcript": "transcript", "Word": "transcript",
}

__all__ = sorted(_SUBMODULE)


def __getattr__(name: str) -> Any:
    submodule = _SUBMODULE.get(name)
    if submodule is None:
        raise AttributeError(f"module 'transcriber' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{submodule}", __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
