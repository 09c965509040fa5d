"""Throughput benchmark (not run by CI): `speechstamp batch`'s local engine against a
bare faster-whisper loop over the same files, measured in the same run.

The batch: CLIPS one-minute clips cut from the shared sittings (../shared/data/sittings),
16 kHz mono WAV. The batch run includes everything the command does per item (probe,
sha256, transcription with the transcriber's guards, linking-free outputs written as
JSON, VTT and SRT); the bare loop is WhisperModel.transcribe with the same decoding
settings and nothing else. Both use the same model object, loaded (and warmed up)
before any timing. Runs alternate between the two, REPEATS times; medians reported.

    .venv/bin/python bench/bench_batch.py [--clips 6] [--seconds 60] [--repeats 3] [--celery-workers 1]

With --celery-workers N the same batch also runs through `--engine celery` on this
machine (redis-server on a free loopback port, N real `speechstamp worker` processes):
the cost of the cluster path (audio extraction, Redis, result transfer).
"""
from __future__ import annotations

import argparse
import contextlib
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import batch as batching  # noqa: E402
import cluster  # noqa: E402
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
    _report_failures("batch", outcomes)
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


@contextlib.contextmanager
def local_cluster(tmp: Path, workers: int) -> Iterator[str]:
    """redis-server on a free loopback port and `workers` real `speechstamp worker` processes."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"redis://127.0.0.1:{port}/0"
    server = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                               "--appendonly", "no", "--dir", str(tmp)], stdout=subprocess.DEVNULL)
    log = tmp / "workers.log"
    procs = []
    try:
        _wait(lambda: _answers(url), "redis-server")
        exe = str(Path(sys.executable).with_name("speechstamp"))
        procs = [subprocess.Popen([exe, "worker", "--broker", url], stdout=log.open("a"),
                                  stderr=subprocess.STDOUT) for _ in range(workers)]
        _wait(lambda: log.read_text().count(" ready.") >= workers, "the workers")
        yield url
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(60)
        server.terminate()
        server.wait(10)


def _answers(url: str) -> bool:
    try:
        cluster.check_broker(url)
        return True
    except cluster.ClusterError:
        return False


def _wait(condition: Callable[[], bool], what: str, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            sys.exit(f"timed out waiting for {what}")
        time.sleep(0.1)


def run_celery(clips: list[Path], options: TranscribeOptions, out: Path) -> float:
    items = batching.make_items([(str(c), None) for c in clips])
    started = time.perf_counter()
    outcomes = batching.run_batch(batching.Batch(items, out, options),
                                  cluster.celery_engine(cluster.task_options(options), poll_seconds=0.2))
    elapsed = time.perf_counter() - started
    _report_failures("celery batch", outcomes)
    return elapsed


def _report_failures(name: str, outcomes: list[batching.Outcome]) -> None:
    """A failed item still did its work (the transcriber refuses after transcribing): say so."""
    for outcome in outcomes:
        if outcome.error:
            print(f"{name}: {outcome.key} failed after {outcome.seconds or 0:.1f} s: {outcome.error}",
                  file=sys.stderr)


def measure(runners: dict[str, Callable[[int], float]], repeats: int) -> dict[str, list[float]]:
    """Each runner once per repeat, the order rotating so load changes hit all alike."""
    times: dict[str, list[float]] = {name: [] for name in runners}
    names = list(runners)
    for repeat in range(repeats):
        order = names[repeat % len(names):] + names[:repeat % len(names)]
        for name in order:
            times[name].append(runners[name](repeat))
        print(f"repeat {repeat + 1}: " + ", ".join(f"{n} {times[n][-1]:.1f} s" for n in names),
              file=sys.stderr)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clips", type=int, default=6)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--celery-workers", type=int, default=0,
                        help="also run the batch on a local Celery cluster of this many workers")
    args = parser.parse_args()
    options = TranscribeOptions()
    model = load_model(options)
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as tmp_name, contextlib.ExitStack() as stack:
        tmp = Path(tmp_name)
        clips = cut_clips(tmp, args.clips, args.seconds)
        audio = float(args.clips * args.seconds)
        run_bare(clips[:1], model, options)  # warm-up: first-call costs out of the timings
        runners: dict[str, Callable[[int], float]] = {
            "batch (local engine)": lambda r: run_batch(clips, options, tmp / f"local{r}"),
            "bare faster-whisper": lambda r: run_bare(clips, model, options)}
        if args.celery_workers:
            cluster.configure(stack.enter_context(local_cluster(tmp, args.celery_workers)))
            runners[f"batch (celery, {args.celery_workers} worker(s))"] = \
                lambda r: run_celery(clips, options, tmp / f"celery{r}")
        load_before = os.getloadavg()[0]
        times = measure(runners, args.repeats)
    print(f"{args.clips} clips x {args.seconds} s = {audio / 60:.0f} min of audio, model tiny.en int8 cpu, "
          f"{args.repeats} repeats (medians), {os.cpu_count()} cores, "
          f"load average {load_before:.1f} -> {os.getloadavg()[0]:.1f}")
    bare = times["bare faster-whisper"]
    for name, values in times.items():
        ratio = statistics.median(a / b for a, b in zip(values, bare))
        print(f"{name:32s} {statistics.median(values):6.1f} s wall, "
              f"{audio / statistics.median(values):5.1f} audio s per wall s, "
              f"{ratio:.2f}x the bare loop's time (median of paired repeats)")


if __name__ == "__main__":
    main()
