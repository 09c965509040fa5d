"""Speech timings as files: speechstamp.links/1 JSON, CSV, and a WebVTT chapter track."""
from __future__ import annotations

import csv
import io
import json

from linker.links import format_clock
from linker.model import SpeechTiming, links_document

CSV_COLUMNS = ["id", "speaker", "start", "end", "start_clock", "confidence", "status", "text"]


def to_json(source: str, record: str, timings: list[SpeechTiming]) -> str:
    return json.dumps(links_document(source, record, timings), ensure_ascii=False, indent=1) + "\n"


def to_csv(timings: list[SpeechTiming]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for t in timings:
        writer.writerow([t.id, t.speaker, _num(t.start), _num(t.end),
                         "" if t.start is None else format_clock(t.start), f"{t.confidence:.3f}",
                         t.status, t.text])
    return out.getvalue()


def to_vtt(timings: list[SpeechTiming], words: int = 8) -> str:
    """A chapter track: one cue per placed speech, "Speaker: first words…"."""
    placed = [t for t in timings if t.start is not None]
    lines = ["WEBVTT", "Kind: chapters", ""]
    for n, t in enumerate(placed):
        following = placed[n + 1].start if n + 1 < len(placed) else None
        end = max(t.end or t.start, following or 0.0) if following is None else following
        end = max(end, t.start + 0.001)
        head = t.text.split()
        title = " ".join(head[:words]) + ("…" if len(head) > words else "")
        lines += [t.id.replace("-->", "->"), f"{_vtt_time(t.start)} --> {_vtt_time(end)}",
                  f"{t.speaker}: {title}".replace("\n", " "), ""]
    return "\n".join(lines)


def _vtt_time(seconds: float) -> str:
    millis = int(round(max(0.0, seconds) * 1000))
    return f"{millis // 3600000:02d}:{millis // 60000 % 60:02d}:{millis // 1000 % 60:02d}.{millis % 1000:03d}"


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"
