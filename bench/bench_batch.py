"""Throughput benchmark (not run by CI): `speechstamp batch`'s local engine against a
bare faster-whisper loop over the same files, measured in the same run.

The batch: CLIPS one-minute clips cut from the shared sittings (../shared/data/sittings),
16 kHz mono WAV. The batch run includes everything the command does per item (probe,
sha256, transcription with the transcriber's guards, linking-free outputs written as
JSON, VTT and SRT); the bare loop is WhisperModel.transcribe with the same decoding
settings and nothing else. Both use the same model object, loaded (and warmed up)
before any timing. Runs alternate between the two, REPEATS times; medians reported.

    .venv/bin/python bench/bench_batch.py [--clips 6] [--seconds 60] [--repeats 3]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import batch as batching  # noqa: E402
from transcriber import TranscribeOptions, load_model  # noqa: E402
from transcriber.options import (COMPRESSION_RATIO_THRESHOLD, HALLUCINATION_SILENCE_THRESHOLD,  # noqa: E402
                                 LOG_PROB_THRESHOLD, NO_SPEECH_THRESHOLD)

SITTINGS = ROOT.parent / "shared" / "data" / "sittings"


def cut_clips(out: Path, count: int, seconds: int) -> list[Path]:
    """`count` clips of `seconds`, taken in turn from each shared sitting at spaced offsets."""
    sittings = sorted(SITTINGS.glob("*/sitting.mp4"))
    if not sittings:
        sys.exit(f"No sittings in {SITTINGS}; make some with ../shared/tools/make_sitting.py.")
    clips = []
    for n in range(count):
        source = sittings[n % len(sittings)]
        offset = 30 + (n // len(sittings)) * 4 * seconds
        clip = out / f"{source.parent.name}-{offset}.wav"
        subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-ss", str(offset), "-t", str(seconds),
                        "-i", str(source), "-vn", "-ac", "1", "-ar", "16000", str(clip)], check=True)
        clips.append(clip)
    return clips


def run_batch(clips: list[Path], options: TranscribeOptions, out: Path) -> float:
    items = batching.make_items([(str(c), None) for c in clips])
    started = time.perf_counter()
    outcomes = batching.run_batch(batching.Batch(items, out, options), batching.local_engine(options))
    elapsed = time.perf_counter() - started
    failed = [o for o in outcomes if o.error]
    if failed:
        sys.exit(f"batch failed: {failed}")
    return elapsed


def run_bare(clips: list[Path], model, options: TranscribeOptions) -> float:
    started = time.perf_counter()
    for clip in clips:
        segments, _ = model.transcribe(
            str(clip), language="en", beam_size=options.beam_size, vad_filter=options.vad,
            condition_on_previous_text=False, word_timestamps=True,
            no_speech_threshold=NO_SPEECH_THRESHOLD, compression_ratio_threshold=COMPRESSION_RATIO_THRESHOLD,
            log_prob_threshold=LOG_PROB_THRESHOLD, hallucination_silence_threshold=HALLUCINATION_SILENCE_THRESHOLD)
        list(segments)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clips", type=int, default=6)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    options = TranscribeOptions()
    model = load_model(options)
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp:
        clips = cut_clips(Path(tmp), args.clips, args.seconds)
        audio = float(args.clips * args.seconds)
        run_bare(clips[:1], model, options)  # warm-up: first-call costs out of the timings
        batch_times, bare_times = [], []
        load_before = os.getloadavg()[0]
        for repeat in range(args.repeats):
            # Alternate which goes first, so a change in the machine's load hits both alike.
            if repeat % 2:
                bare_times.append(run_bare(clips, model, options))
            batch_times.append(run_batch(clips, options, Path(tmp) / f"out{repeat}"))
            if not repeat % 2:
                bare_times.append(run_bare(clips, model, options))
            print(f"repeat {repeat + 1}: batch {batch_times[-1]:.1f} s, bare loop {bare_times[-1]:.1f} s",
                  file=sys.stderr)
    batch_s, bare_s = statistics.median(batch_times), statistics.median(bare_times)
    ratio = statistics.median(a / b for a, b in zip(batch_times, bare_times))
    print(f"{args.clips} clips x {args.seconds} s = {audio / 60:.0f} min of audio, model tiny.en int8 cpu, "
          f"{args.repeats} repeats (medians), {os.cpu_count()} cores, "
          f"load average {load_before:.1f} -> {os.getloadavg()[0]:.1f}")
    print(f"batch (local engine): {batch_s:.1f} s wall, {audio / batch_s:.1f} audio s per wall s")
    print(f"bare faster-whisper:  {bare_s:.1f} s wall, {audio / bare_s:.1f} audio s per wall s")
    print(f"batch / bare wall time, median of paired repeats: {ratio:.2f}")


if __name__ == "__main__":
    main()
