"""A speechstamp.transcript/1 JSON read for linking: only its source and timed words.

`speechstamp link sitting.json record.xml` needs nothing else, and importing the
transcriber package (which loads NumPy, ffmpeg-python and an HTTP client for the media
side) cost about a third of a second of the whole link of an 8-hour sitting. The JSON
contract is the transcriber's (transcriber/transcript.py); this reads the same fields."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

SCHEMA = "speechstamp.transcript/1"


class TranscriptFileError(ValueError):
    """The file is not a speechstamp transcript JSON."""


@dataclass(slots=True)
class HeardWord:
    start: float
    end: float
    word: str


@dataclass
class HeardTranscript:
    source: str
    heard: list[HeardWord]

    def words(self) -> list[HeardWord]:
        return self.heard


def load_heard(path: str | Path) -> HeardTranscript:
    """The transcript's words; OSError if unreadable, TranscriptFileError if not one."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise TranscriptFileError(f"not JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise TranscriptFileError(f"not a speechstamp transcript (expected schema {SCHEMA!r})")
    try:
        words = [HeardWord(float(w["start"]), float(w["end"]), str(w["word"]))
                 for segment in data.get("segments", []) for w in segment.get("words", [])]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise TranscriptFileError(f"malformed word: {exc}") from None
    return HeardTranscript(str(data.get("source", "")), words)
