"""What the linker reads and writes: a Record of speeches, and a timing per speech."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

LINKS_SCHEMA = "speechstamp.links/1"


@dataclass
class Speech:
    id: str
    speaker: str
    text: str
    paragraphs: list[str] = field(default_factory=list)
    person_id: str | None = None
    oral_qnum: str | None = None
    heading: str | None = None
    time: str | None = None
    url: str | None = None


@dataclass
class Record:
    source: str
    speeches: list[Speech] = field(default_factory=list)
    # ParlParse: latest="no" marks a superseded file; its gidredirects map old ids to new.
    latest: bool = True
    redirects: dict[str, str] = field(default_factory=dict)


@dataclass
class SpeechTiming:
    id: str
    speaker: str
    start: float | None
    end: float | None
    confidence: float
    status: str  # "matched" or "missing"
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "speaker": self.speaker,
                "start": None if self.start is None else float(self.start),
                "end": None if self.end is None else float(self.end),
                "confidence": float(self.confidence), "status": self.status, "text": self.text}


def links_document(source: str, record: str, timings: list[SpeechTiming]) -> dict[str, Any]:
    """The speechstamp.links/1 JSON document."""
    return {"schema": LINKS_SCHEMA, "source": source, "record": record,
            "speeches": [t.to_dict() for t in timings]}
