"""Batch transcription: many items, resumable, on this machine or on a Celery cluster.

An item is media (a file or URL), optionally with its Hansard record. For each item
the batch writes KEY.json (the transcript), KEY.vtt, KEY.srt and, with a record,
KEY.links.json into the output folder; every file is written to a temporary name
and renamed, and the transcript JSON comes last, so it marks the item done. A
re-run skips an item whose transcript has the same media sha256 (the same URL,
for URLs) and settings (the transcriber's cache check), and retries the rest."""
from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable
from urllib.parse import parse_qs, urlparse

from tqdm import tqdm

from linker import RecordError, align, read_record
from linker.model import links_document
from pipeline import listen_in, run_job
from transcriber import TranscribeOptions, TranscriberError, find_cached, output_paths
from transcriber.cache import write_outputs as write_transcript
from transcriber.media import is_url, local_path, probe, sha256_file
from transcriber.transcript import Transcript

# An item's result as an engine hands it back: the worker's dict, or the same shape locally.
Result = dict[str, Any]


class BatchError(Exception):
    """The batch itself cannot start (unreadable list, no items)."""


@dataclass
class Item:
    media: str
    record: str | None = None
    key: str = ""
    sha256: str | None = None       # local files only
    duration: float | None = None   # seconds of audio, when known before the run
    error: str | None = None        # found while preparing: the item is not run


@dataclass
class Outcome:
    key: str
    media: str
    duration: float | None = None
    seconds: float | None = None    # time taken; None when skipped
    matched: int | None = None
    missing: int | None = None
    error: str | None = None
    skipped: bool = False
    worker: str | None = None


@dataclass
class Batch:
    items: list[Item]
    out_dir: Path
    options: TranscribeOptions


# -- items -----------------------------------------------------------------


def read_list(path: str | Path) -> list[tuple[str, str | None]]:
    """`media` or `media<TAB>record` per line; blank lines and # comments are skipped."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BatchError(f"Cannot read list {path}: {getattr(exc, 'strerror', None) or exc}.") from None
    pairs = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) > 2 or not fields[0]:
            raise BatchError(f"{path}, line {number}: expected 'media' or 'media<TAB>record'.")
        pairs.append((fields[0], fields[1] if len(fields) == 2 and fields[1] else None))
    return pairs


def make_items(pairs: list[tuple[str, str | None]]) -> list[Item]:
    """Items with unique output names (the media's name; a hash suffix on clashes)."""
    if not pairs:
        raise BatchError("No items: give media files or URLs, or --list FILE.")
    seen: set[str] = set()
    for media, _ in pairs:
        if _identity(media) in seen:
            raise BatchError(f"{media} is listed twice; each media may appear once in a batch.")
        seen.add(_identity(media))
    names = [_base_name(media) for media, _ in pairs]
    # Same name (clg/sitting.mp4, defra/sitting.mp4): prefix the folder, else a hash.
    names = [f"{_folder_name(media)}-{name}" if names.count(name) > 1 else name
             for (media, _), name in zip(pairs, names)]
    items = []
    for (media, record), name in zip(pairs, names):
        key = name
        if names.count(name) > 1:
            key = f"{name}-{hashlib.sha256(_identity(media).encode()).hexdigest()[:8]}"
        items.append(Item(media, record, key))
    return items


def _identity(media: str) -> str:
    return media if is_url(media) else str(Path(media).expanduser().resolve())


def _folder_name(media: str) -> str:
    folder = urlparse(media).netloc if is_url(media) else Path(_identity(media)).parent.name
    return re.sub(r"[^A-Za-z0-9._-]+", "_", folder).strip("._") or "item"


def _base_name(media: str) -> str:
    if is_url(media):
        parsed = urlparse(media)
        video = parse_qs(parsed.query).get("v")
        name = video[0] if video else Path(parsed.path).stem or parsed.netloc
    else:
        name = Path(media).stem
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._") or "item"


def prepare(item: Item) -> None:
    """Check a local item, hash it and measure its audio; a bad item gets its error."""
    try:
        if item.record is not None and not Path(item.record).is_file():
            raise RecordError(f"Record file not found: {item.record}.")
        if is_url(item.media):
            return
        path = local_path(item.media)
        item.duration = probe(path).duration
        item.sha256 = sha256_file(path)
    except (TranscriberError, RecordError) as exc:
        item.error = str(exc)


# -- outputs ---------------------------------------------------------------


def links_path(out_dir: Path, key: str) -> Path:
    return out_dir / f"{key}.links.json"


def write_atomic(path: Path, text: str) -> None:
    """Readers see the old file or the whole new one, never a part."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_outputs(out_dir: Path, item: Item, result: Result) -> Outcome:
    """Write one item's files; the transcriber writes the transcript JSON last, marking it done."""
    transcript = Transcript.from_dict(result["transcript"])
    outcome = Outcome(item.key, item.media, duration=transcript.duration,
                      seconds=result.get("seconds"), worker=result.get("hostname"))
    if result.get("links") is not None:
        write_atomic(links_path(out_dir, item.key), json.dumps(result["links"], ensure_ascii=False, indent=1))
        _count(outcome, result["links"])
    write_transcript(transcript, out_dir, item.key)
    return outcome


def _count(outcome: Outcome, links: dict[str, Any]) -> None:
    statuses = [speech["status"] for speech in links["speeches"]]
    outcome.matched = statuses.count("matched")
    outcome.missing = statuses.count("missing")


def find_done(batch: Batch, item: Item) -> Transcript | None:
    """The item's transcript from an earlier run, if it is of this media with these settings
    (the transcriber's cache check); a URL is not fetched again to hash it."""
    if item.error:
        return None
    sha256 = item.sha256
    if is_url(item.media):
        try:
            earlier = Transcript.load(output_paths(batch.out_dir, item.key)[0])
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if earlier.source != item.media:
            return None
        sha256 = earlier.sha256
    return find_cached(batch.out_dir, item.key, sha256 or "", batch.options)


def relink(batch: Batch, item: Item, transcript: Transcript) -> Outcome:
    """A skipped item: link it again if it has a record (cheap, and the record may be newer)."""
    outcome = Outcome(item.key, item.media, duration=transcript.duration, skipped=True)
    if item.record is None:
        return outcome
    try:
        timings = align(transcript, read_record(item.record), listen=listen_in(item.media, batch.options))
    except RecordError as exc:
        outcome.error = str(exc)
        return outcome
    links = links_document(transcript.source, Path(item.record).name, timings)
    write_atomic(links_path(batch.out_dir, item.key), json.dumps(links, ensure_ascii=False, indent=1))
    _count(outcome, links)
    return outcome


# -- running ---------------------------------------------------------------

# An engine runs the items to do and calls back: progress(item, seconds of its audio
# done) and done(item, result). The local engine is below; the Celery one in cluster.py.
Engine = Callable[[list[Item], Callable[[Item, float], None], Callable[[Item, Result], None]], None]


def run_batch(batch: Batch, engine: Engine) -> list[Outcome]:
    """Skip what is done, run the rest on `engine`, write outputs as results arrive."""
    batch.out_dir.mkdir(parents=True, exist_ok=True)
    outcomes: dict[str, Outcome] = {}
    todo = []
    for item in batch.items:
        prepare(item)
        done = find_done(batch, item)
        if item.error:
            outcomes[item.key] = Outcome(item.key, item.media, error=item.error)
        elif done is not None:
            outcomes[item.key] = relink(batch, item, done)
        else:
            todo.append(item)
    total = sum(item.duration or 0.0 for item in todo)
    bar = tqdm(total=total, unit="s", desc="audio", dynamic_ncols=True, mininterval=0.5, disable=not todo,
               bar_format="{desc}: {percentage:3.0f}%|{bar}| {n:.0f}/{total:.0f} s "
                          "[{elapsed}<{remaining}, {rate_fmt}]")
    seen: dict[str, float] = {}

    def progress(item: Item, seconds: float) -> None:
        seconds = min(seconds, item.duration or 0.0)
        if seconds > seen.get(item.key, 0.0):
            bar.update(seconds - seen.get(item.key, 0.0))
            seen[item.key] = seconds

    def done(item: Item, result: Result) -> None:
        outcomes[item.key] = _finish(batch, item, result)
        if item.duration is None:  # a URL: its length is known only now
            item.duration = outcomes[item.key].duration or 0.0
            bar.total += item.duration
        progress(item, item.duration)

    try:
        engine(todo, progress, done)
    finally:
        bar.close()
    return [outcomes[item.key] for item in batch.items]


def _finish(batch: Batch, item: Item, result: Result) -> Outcome:
    if result.get("error"):
        return Outcome(item.key, item.media, duration=item.duration, seconds=result.get("seconds"),
                       error=result["error"], worker=result.get("hostname"))
    return write_outputs(batch.out_dir, item, result)


def local_engine(options: TranscribeOptions) -> Engine:
    """One item after another in this process; the model is loaded once (transcriber's cache)."""
    def run(todo: list[Item], progress: Callable[[Item, float], None],
            done: Callable[[Item, Result], None]) -> None:
        for item in todo:
            done(item, run_local(item, options, lambda s: progress(item, s)))
    return run


def run_local(item: Item, options: TranscribeOptions, progress: Callable[[float], None]) -> Result:
    """pipeline.run_job on one item, as a result dict like a worker's."""
    started = time.monotonic()
    length = item.duration or 0.0
    try:
        job = run_job(item.media, item.record, options,
                      lambda stage, fraction: progress(fraction * length) if stage == "transcribing" else None)
    except (TranscriberError, RecordError) as exc:
        return {"error": str(exc), "seconds": time.monotonic() - started}
    links = None
    if job.timings is not None:
        links = links_document(job.transcript.source, Path(item.record or "").name, job.timings)
    return {"transcript": job.transcript.to_dict(), "links": links,
            "seconds": time.monotonic() - started}


# -- summary ---------------------------------------------------------------


def summary_table(outcomes: list[Outcome]) -> str:
    """Item, audio length, time taken, speeches matched/missing, and the error or status."""
    rows = [("item", "audio", "took", "matched", "missing", "result")]
    for o in outcomes:
        result = f"failed: {o.error}" if o.error else ("skipped (done)" if o.skipped else "ok")
        rows.append((o.key, _clock(o.duration), "-" if o.seconds is None else f"{o.seconds:.1f}s",
                     _num(o.matched), _num(o.missing), result))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = ["  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                       for i, (cell, w) in enumerate(zip(row[:5], widths))) + "  " + row[5]
             for row in rows]
    failed = sum(1 for o in outcomes if o.error)
    lines.append(f"{len(outcomes)} items: {len(outcomes) - failed} ok "
                 f"({sum(1 for o in outcomes if o.skipped and not o.error)} skipped as done), "
                 f"{failed} failed")
    return "\n".join(lines)


def write_summary(out_dir: Path, outcomes: list[Outcome]) -> None:
    """batch-summary.json: the table, for scripts that watch a fleet."""
    write_atomic(out_dir / "batch-summary.json",
                 json.dumps({"items": [asdict(o) for o in outcomes]}, indent=1, ensure_ascii=False))


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    whole = int(round(seconds))
    return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"


def _num(value: int | None) -> str:
    return "-" if value is None else str(value)
