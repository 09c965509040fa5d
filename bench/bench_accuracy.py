"""Accuracy benchmark (not run by CI): transcribe + link each synthetic sitting, compare
with its truth.json, for both record formats.

Sittings: ../shared/data/sittings/* and bench/out/sittings/* (make more with
../shared/tools/make_sitting.py). Transcripts are cached in bench/out/transcripts/.

    .venv/bin/python bench/bench_accuracy.py [--no-listen] [--older-transcripts] [SITTING_DIR ...]

With the audio at hand (as `speechstamp link MEDIA RECORD` and the web service have
it), speeches still unplaced are listened for between their neighbours
(transcriber/listen.py); --no-listen links from the transcript alone. The last lines
say how many speeches listening placed, how many it refused, and the time it took.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from linker import align, read_record  # noqa: E402
from transcriber import TranscribeOptions, Transcript, transcribe_to_dir  # noqa: E402
from transcriber.listen import Listener  # noqa: E402

SHARED = ROOT.parent / "shared" / "data" / "sittings"
OUT = ROOT / "bench" / "out"
TARGETS = "targets: >=98% within 2 s, median <= 0.3 s, >=95% of unspoken reported missing"


@dataclass
class Score:
    errors: list[float]       # absolute start errors of spoken speeches (inf: not placed)
    end_errors: list[float]   # absolute end errors of placed spoken speeches
    unspoken: int
    missing_ok: int           # unspoken speeches reported missing
    false_placements: int     # unspoken speeches given a time

    def within(self, seconds: float) -> float:
        return sum(e <= seconds for e in self.errors) / len(self.errors)

    def row(self) -> str:
        placed = sorted(e for e in self.errors if e != float("inf"))
        p90 = placed[int(0.9 * (len(placed) - 1))] if placed else float("nan")
        ok = (self.within(2) >= 0.98 and statistics.median(self.errors) <= 0.3
              and (self.unspoken == 0 or self.missing_ok / self.unspoken >= 0.95))
        return (f"{len(self.errors):4d} {self.within(1):6.1%} {self.within(2):6.1%} {self.within(5):6.1%} "
                f"{statistics.median(self.errors):6.2f} {p90:6.2f} {self.missing_ok:3d}/{self.unspoken:<3d} "
                f"{self.false_placements:5d} {statistics.median(self.end_errors):7.2f}  {'ok' if ok else 'MISSED'}")


def score(truth: list[dict], timings: list) -> Score:
    result = Score([], [], 0, 0, 0)
    for expected, got in zip(truth, timings, strict=True):
        if expected["spoken"]:
            result.errors.append(float("inf") if got.start is None else abs(got.start - expected["start"]))
            if got.end is not None:
                result.end_errors.append(abs(got.end - expected["end"]))
        else:
            result.unspoken += 1
            result.missing_ok += got.status == "missing"
            result.false_placements += got.status != "missing"
    return result


def calibration(pairs: list[tuple[float, bool]]) -> str:
    """Of the placed speeches in each confidence band, how many start within 2 s."""
    rows = []
    for lo, hi in ((0.0, 0.5), (0.5, 0.8), (0.8, 1.01)):
        band = [right for confidence, right in pairs if lo <= confidence < hi]
        share = f"{sum(band) / len(band):.0%}" if band else "-"
        rows.append(f"confidence {lo:.1f}-{min(hi, 1.0):.1f}: {len(band)} placed, {share} within 2 s")
    return "\n".join(rows)


def transcript_of(sitting: Path, older: bool = False):
    """The sitting's transcript, made now unless cached. With `older`, a cached transcript
    an earlier transcriber revision made is used as it is: held-out sittings hold 29 hours
    of audio, about five hours to transcribe again on this machine."""
    cached = OUT / "transcripts" / f"{sitting.name}.json"
    if older and cached.exists():
        return Transcript.load(cached)
    options = TranscribeOptions()
    return transcribe_to_dir(sitting / "sitting.mp4", options, OUT / "transcripts", name=sitting.name).transcript


@dataclass
class Listening:
    """What listening did over the whole run."""
    asked: int = 0
    placed: int = 0
    seconds: float = 0.0

    def listen_in(self, sitting: Path, options: TranscribeOptions):
        listener = Listener(sitting / "sitting.mp4", options)

        def listen(begin: float, end: float, text: str, seconds: float, said: bool = False) -> float | None:
            started = time.perf_counter()
            found = listener.find(begin, end, text, seconds, said)
            self.seconds += time.perf_counter() - started
            self.asked += 1
            self.placed += found is not None
            return found
        return listen

    def row(self) -> str:
        return (f"listening: asked {self.asked}, placed {self.placed}, refused {self.asked - self.placed}, "
                f"{self.seconds:.1f} s in all")


def main(args: list[str]) -> None:
    parser = argparse.ArgumentParser(description="Transcribe and link each sitting; score the starts.")
    parser.add_argument("--no-listen", action="store_true", help="link from the transcript alone")
    parser.add_argument("--older-transcripts", action="store_true",
                        help="use cached transcripts even if an earlier transcriber revision made them")
    parser.add_argument("sittings", nargs="*", type=Path, help="sitting directories (default: all)")
    options = parser.parse_args(args)
    listening = None if options.no_listen else Listening()
    sittings = options.sittings or sorted(
        [p for p in SHARED.glob("*") if (p / "truth.json").exists()]
        + [p for p in (OUT / "sittings").glob("*") if (p / "truth.json").exists()])
    print(f"{'sitting':28s} fmt  spoken  <1s    <2s    <5s     med    p90  unspoken false  end-med")
    pairs: list[tuple[float, bool]] = []
    for sitting in sittings:
        transcript = transcript_of(sitting, options.older_transcripts)
        truth = json.loads((sitting / "truth.json").read_text())["speeches"]
        listen = listening.listen_in(sitting, TranscribeOptions()) if listening else None
        for fmt in ("xml", "txt"):
            timings = align(transcript, read_record(sitting / f"record.{fmt}"), listen=listen)
            print(f"{sitting.name:28s} {fmt}  {score(truth, timings).row()}", flush=True)
            if fmt == "xml":
                pairs += [(got.confidence, expected["spoken"] and abs(got.start - expected["start"]) <= 2)
                          for expected, got in zip(truth, timings) if got.start is not None]
    print(TARGETS)
    print(calibration(pairs))
    print(listening.row() if listening else "listening: off (--no-listen)")


if __name__ == "__main__":
    main(sys.argv[1:])
