"""Transcripts on disk: DIR/<name>.json, .vtt and .srt, and skipping a re-run whose
media (sha256) and settings already have one."""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import media
from .fetch import fetch_url
from .options import TranscribeOptions
from .transcribe import IsCancelled, Progress, transcribe_file
from .transcript import Transcript

SUFFIXES = (".json", ".vtt", ".srt")


@dataclass
class Outcome:
    transcript: Transcript
    paths: list[Path]   # the .json, .vtt and .srt
    skipped: bool       # True: an up-to-date transcript was already there


def output_name(path: Path) -> str:
    """<name> for DIR/<name>.json: the (local or downloaded) media file's stem."""
    return path.stem or "media"


def output_paths(out_dir: Path, name: str) -> list[Path]:
    return [out_dir / f"{name}{suffix}" for suffix in SUFFIXES]


def find_cached(out_dir: Path, name: str, sha256: str, options: TranscribeOptions) -> Transcript | None:
    """The transcript in out_dir/<name>.json if it is of this media with these settings."""
    paths = output_paths(out_dir, name)
    if not all(p.is_file() for p in paths):
        return None
    try:
        transcript = Transcript.load(paths[0])
    except (OSError, ValueError, KeyError, TypeError):
        return None  # unreadable or someone else's file: transcribe again
    if transcript.sha256 == sha256 and transcript.settings == _json_round_trip(options.settings()):
        return transcript
    return None


def transcribe_to_dir(source: str | Path, options: TranscribeOptions, out_dir: Path, *,
                      name: str | None = None, progress: Progress | None = None,
                      cancelled: IsCancelled | None = None, model: Any = None) -> Outcome:
    """Transcribe `source` into out_dir/<name>.{json,vtt,srt}, unless already done."""
    with tempfile.TemporaryDirectory(prefix="speechstamp-") as tmp:
        if media.is_url(source):
            path, label = fetch_url(str(source), Path(tmp)), str(source)
        else:
            path, label = media.local_path(source), None
        name = name or output_name(path)
        digest = media.sha256_file(path)
        cached = find_cached(out_dir, name, digest, options)
        if cached is not None:
            return Outcome(cached, output_paths(out_dir, name), skipped=True)
        transcript = transcribe_file(path, options, label=label, sha256=digest, progress=progress,
                                     cancelled=cancelled, model=model)
    return Outcome(transcript, write_outputs(transcript, out_dir, name), skipped=False)


def transcribe_cached(source: str | Path, options: TranscribeOptions, out_dir: Path, **kwargs: Any) -> Transcript:
    """The transcript of `source` with these settings: from out_dir if there, else made and saved."""
    return transcribe_to_dir(source, options, Path(out_dir), **kwargs).transcript


def write_outputs(transcript: Transcript, out_dir: Path, name: str) -> list[Path]:
    """Write the three files; the JSON last, so a cached JSON implies the others are whole."""
    out_dir.mkdir(parents=True, exist_ok=True)
    json_path, vtt_path, srt_path = output_paths(out_dir, name)
    _write_atomic(vtt_path, transcript.to_vtt())
    _write_atomic(srt_path, transcript.to_srt())
    _write_atomic(json_path, transcript.to_json() + "\n")
    return [json_path, vtt_path, srt_path]


def _write_atomic(path: Path, text: str) -> None:
    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(tmp, 0o644)  # mkstemp makes it private; these are ordinary output files
    os.replace(tmp, path)


def _json_round_trip(value: dict[str, Any]) -> dict[str, Any]:
    return json.loads(json.dumps(value))
