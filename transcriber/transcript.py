"""The transcript: words with times, and its JSON form (speechstamp.transcript/1)."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterator

SCHEMA = "speechstamp.transcript/1"


@dataclass(slots=True)
class Word:
    start: float
    end: float
    word: str
    probability: float = 1.0


@dataclass
class Segment:
    start: float
    end: float
    text: str
    words: list[Word] = field(default_factory=list)


@dataclass
class Transcript:
    source: str
    sha256: str
    duration: float
    language: str
    model: str
    segments: list[Segment] = field(default_factory=list)
    # The settings that produced it, so a re-run with the same settings can be skipped.
    settings: dict[str, Any] = field(default_factory=dict)

    def words(self) -> Iterator[Word]:
        for segment in self.segments:
            yield from segment.words

    @property
    def text(self) -> str:
        return "".join(segment.text for segment in self.segments).strip()

    def to_dict(self) -> dict[str, Any]:
        return {"schema": SCHEMA, **asdict(self)}

    def to_vtt(self) -> str:
        """WebVTT, one cue per segment."""
        cues = [f"{_clock(s, '.')} --> {_clock(e, '.')}\n{_vtt_escape(t)}"
                for s, e, t in self._cues()]
        return "WEBVTT\n\n" + "".join(cue + "\n\n" for cue in cues)

    def to_srt(self) -> str:
        """SubRip, one numbered cue per segment."""
        cues = [f"{i}\n{_clock(s, ',')} --> {_clock(e, ',')}\n{t}"
                for i, (s, e, t) in enumerate(self._cues(), start=1)]
        return "".join(cue + "\n\n" for cue in cues)

    def _cues(self) -> Iterator[tuple[float, float, str]]:
        for segment in self.segments:
            # Cue text is one line; players show nothing for a cue that ends where it starts.
            text = " ".join(segment.text.split())
            if text:
                yield segment.start, max(segment.end, segment.start + 0.01), text

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Transcript":
        """ValueError for anything that is not a well-formed transcript (files are user input)."""
        if not isinstance(data, dict) or data.get("schema") != SCHEMA:
            raise ValueError(f"not a speechstamp transcript (expected schema {SCHEMA!r})")
        try:
            return cls._from_checked_dict(data)
        except (KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"malformed speechstamp transcript ({type(exc).__name__}: {exc})") from None

    @classmethod
    def _from_checked_dict(cls, data: dict[str, Any]) -> "Transcript":
        segments = [
            Segment(
                start=float(s["start"]),
                end=float(s["end"]),
                text=s["text"],
                words=[Word(float(w["start"]), float(w["end"]), w["word"],
                            float(w.get("probability", 1.0))) for w in s.get("words", [])],
            )
            for s in data.get("segments", [])
        ]
        return cls(source=data.get("source", ""), sha256=data.get("sha256", ""),
                   duration=float(data.get("duration", 0.0)), language=data.get("language", ""),
                   model=data.get("model", ""), segments=segments,
                   settings=dict(data.get("settings", {})))

    @classmethod
    def from_json(cls, text: str) -> "Transcript":
        return cls.from_dict(json.loads(text))

    @classmethod
    def load(cls, path: str | Path) -> "Transcript":
        return cls.from_json(Path(path).read_text(encoding="utf-8"))


def _clock(seconds: float, decimal: str) -> str:
    millis = max(0, int(round(seconds * 1000)))
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{decimal}{millis:03d}"


def _vtt_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
