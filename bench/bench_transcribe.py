"""Benchmark: the whole `speechstamp transcribe` run against a bare faster-whisper
`WhisperModel(...).transcribe(...)` script, same model and settings, both as
subprocesses, interleaved, on one media file. Not run by CI.

    .venv/bin/python bench/bench_transcribe.py [MEDIA] [--runs 3] [--growth [HOURS ...]]

Reports wall time, real-time factor and peak RSS (of the process tree, from wait4)
for each run, the medians and the ratios ours/bare. With --growth (default lengths
0.5, 1 and 2 hours) it also builds files of those lengths by looping MEDIA (ffmpeg,
stream copy), runs both on each (bare only up to --bare-up-to hours: it needs 3.3 GB
per hour) and fits, by least squares, how peak memory grows per hour of audio: the
target is no faster than the decoded audio, 230.4 MB per hour as 16 kHz float32."""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from transcriber.model import bundled_model_path  # noqa: E402
from transcriber.options import (COMPRESSION_RATIO_THRESHOLD, HALLUCINATION_SILENCE_THRESHOLD,  # noqa: E402
                                 LOG_PROB_THRESHOLD, NO_SPEECH_THRESHOLD)

DEFAULT_MEDIA = Path("/work/shared/data/sittings/clg-2009-10-27/sitting.mp4")
DECODED_MB_PER_HOUR = 16000 * 4 * 3600 / 1e6

# The same call transcriber/transcribe.py makes, with nothing around it.
BARE = """
import sys
from faster_whisper import WhisperModel
model = WhisperModel(sys.argv[1], device="cpu", compute_type="int8")
segments, info = model.transcribe(
    sys.argv[2], language="en", beam_size=5, vad_filter=True, condition_on_previous_text=False,
    word_timestamps=True, no_speech_threshold={nst}, compression_ratio_threshold={crt},
    log_prob_threshold={lpt}, hallucination_silence_threshold={hst})
words = sum(len(s.words) for s in segments)
print(words)
""".format(nst=NO_SPEECH_THRESHOLD, crt=COMPRESSION_RATIO_THRESHOLD, lpt=LOG_PROB_THRESHOLD,
           hst=HALLUCINATION_SILENCE_THRESHOLD)


@dataclass
class Run:
    wall: float      # seconds
    peak_mb: float   # peak RSS of the process tree, MB


def measure(cmd: list[str]) -> Run:
    start = time.perf_counter()
    process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{process.stderr.read().decode()}")
    return Run(wall, usage.ru_maxrss / 1024)  # ru_maxrss is in KiB on Linux


def ours_cmd(media: Path, out_dir: Path) -> list[str]:
    return [str(ROOT / ".venv/bin/speechstamp"), "transcribe", str(media), "--out-dir", str(out_dir)]


def bare_cmd(media: Path) -> list[str]:
    return [sys.executable, "-c", BARE, str(bundled_model_path()), str(media)]


def duration_of(media: Path) -> float:
    out = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0",
                          str(media)], capture_output=True, text=True, check=True)
    return float(out.stdout)


def compare(media: Path, runs: int, work: Path) -> dict:
    """Interleaved runs (ours, bare, ours, bare ...), so machine load hits both alike."""
    seconds = duration_of(media)
    ours: list[Run] = []
    bare: list[Run] = []
    for i in range(runs):
        out_dir = work / f"out-{media.stem}-{i}"  # fresh each time: no "skipped (up to date)"
        ours.append(measure(ours_cmd(media, out_dir)))
        bare.append(measure(bare_cmd(media)))
        print(f"  run {i + 1}: ours {ours[-1].wall:.1f} s {ours[-1].peak_mb:.0f} MB | "
              f"bare {bare[-1].wall:.1f} s {bare[-1].peak_mb:.0f} MB", flush=True)
    med = lambda xs: statistics.median(xs)  # noqa: E731
    result = {
        "media": str(media), "audio_seconds": round(seconds, 1), "runs": runs,
        "ours_wall_s": round(med([r.wall for r in ours]), 2), "bare_wall_s": round(med([r.wall for r in bare]), 2),
        "ours_peak_mb": round(med([r.peak_mb for r in ours]), 1), "bare_peak_mb": round(med([r.peak_mb for r in bare]), 1),
        "ours_rtf": round(med([r.wall for r in ours]) / seconds, 4), "bare_rtf": round(med([r.wall for r in bare]) / seconds, 4),
        # ratio of medians, and the median of the per-pair ratios (each pair ran back to back)
        "time_ratio": round(med([r.wall for r in ours]) / med([r.wall for r in bare]), 3),
        "time_ratio_pairs": round(med([o.wall / b.wall for o, b in zip(ours, bare)]), 3),
        "peak_ratio": round(med([r.peak_mb for r in ours]) / med([r.peak_mb for r in bare]), 3),
    }
    return result


def loop_to(media: Path, hours: float, work: Path) -> Path:
    target = hours * 3600
    loops = max(0, int(target // duration_of(media)))
    out = work / f"{media.stem}-{hours:g}h{media.suffix}"
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-stream_loop", str(loops), "-i", str(media), "-t", str(target),
                    "-c", "copy", str(out)], check=True)
    return out


def slope(points: list[tuple[float, float]]) -> float:
    """Least-squares MB per hour through (hours, peak MB) points."""
    mx = statistics.fmean(x for x, _ in points)
    my = statistics.fmean(y for _, y in points)
    return sum((x - mx) * (y - my) for x, y in points) / sum((x - mx) ** 2 for x, _ in points)


def growth(media: Path, lengths: list[float], bare_up_to: float, runs: int, work: Path) -> dict:
    """Peak RSS of both at each length, and how fast it grows per hour of audio."""
    rows = []
    for hours in lengths:
        looped = loop_to(media, hours, work)
        seconds = duration_of(looped)
        row: dict = {"hours": round(seconds / 3600, 3)}
        for who in ("ours", "bare") if hours <= bare_up_to else ("ours",):
            done = [measure(ours_cmd(looped, work / f"out-{looped.stem}-{i}") if who == "ours" else bare_cmd(looped))
                    for i in range(runs)]
            row[f"{who}_peak_mb"] = round(statistics.median(r.peak_mb for r in done), 1)
            row[f"{who}_rtf"] = round(statistics.median(r.wall for r in done) / seconds, 4)
        print(f"  {row}", flush=True)
        rows.append(row)
        looped.unlink()
    report: dict = {"lengths": rows, "decoded_float32_mb_per_hour": round(DECODED_MB_PER_HOUR, 1)}
    for who in ("ours", "bare"):
        points = [(r["hours"], r[f"{who}_peak_mb"]) for r in rows if f"{who}_peak_mb" in r]
        if len(points) >= 2:
            report[f"{who}_mb_per_audio_hour"] = round(slope(points), 1)
    return report


GUARD_SETTINGS = {
    # faster-whisper's own defaults: no VAD, each window conditioned on the previous text
    "whisper defaults": dict(vad_filter=False, condition_on_previous_text=True),
    "VAD, no conditioning": dict(vad_filter=True, condition_on_previous_text=False),
    "VAD, no conditioning, hallucination_silence_threshold": dict(
        vad_filter=True, condition_on_previous_text=False,
        hallucination_silence_threshold=HALLUCINATION_SILENCE_THRESHOLD),
    "ours: transcriber.transcribe_audio (all of the above + loop guard)": None,
}


def run_setting(model, audio, extra: dict | None) -> list:
    """Segments (with .words) from faster-whisper with `extra`, or from our pipeline when None."""
    if extra is None:
        from transcriber import TranscribeOptions
        from transcriber.transcribe import transcribe_audio
        segments, _ = transcribe_audio(model, audio, TranscribeOptions())
        return segments
    segments, _ = model.transcribe(audio, language="en", beam_size=5, word_timestamps=True, **extra)
    return list(segments)


def guard_clip():
    """Speech separated by 30 s each of noise, music, near-silence and a murmuring crowd."""
    import numpy as np
    sys.path.insert(0, str(ROOT / "tests"))
    from media import RATE, build_clip, silence

    rng = np.random.default_rng(7)
    brown = np.cumsum(rng.normal(0, 1, 30 * RATE)).astype(np.float32)
    brown = 0.3 * (brown - brown.mean()) / np.abs(brown - brown.mean()).max()
    t = np.arange(30 * RATE) / RATE
    chords = [(220.0, 277.2, 329.6), (196.0, 246.9, 293.7), (174.6, 220.0, 261.6), (196.0, 246.9, 311.1)]
    music = np.zeros_like(t)
    for i, chord in enumerate(chords * 8):  # a chord every 0.94 s, with a decaying attack
        span = (t >= i * 0.94) & (t < (i + 1) * 0.94)
        envelope = np.exp(-3 * (t[span] - i * 0.94))
        music[span] = sum(np.sin(2 * np.pi * f * t[span]) + 0.3 * np.sin(4 * np.pi * f * t[span])
                          for f in chord) * envelope
    music = (0.4 * music / np.abs(music).max()).astype(np.float32)
    hiss = (0.02 * rng.normal(0, 1, 30 * RATE)).astype(np.float32)
    # A murmuring House: eight voices at once, each saying something different, quietly.
    from media import VOICES, speak
    babble = np.zeros(30 * RATE, np.float32)
    murmurs = ["Hear hear", "Shame", "Order order", "Give way", "What about the hospitals",
               "Answer the question", "Resign", "Withdraw"]
    for i, text in enumerate(murmurs):
        voice = speak(" ".join([text] * 6), VOICES[i % len(VOICES)], speed=140 + 10 * i)[: 30 * RATE - i * RATE]
        babble[i * RATE: i * RATE + len(voice)] += voice
    babble = (0.25 * babble / np.abs(babble).max()).astype(np.float32)
    sentences = ["The House will now consider the fire services bill.",
                 "I beg to move that the bill be now read a second time.",
                 "The question is that the amendment be made.",
                 "Order. We now come to the urgent question."]
    parts = [build_clip([s]).audio for s in sentences]
    parts.append(build_clip(["The Secretary of State will answer the question."]).audio)
    sentences.append("The Secretary of State will answer the question.")
    gaps = (brown, music, hiss, babble, np.zeros(0, np.float32))
    audio = np.concatenate([silence(1.0)] + [x for pair in zip(parts, gaps) for x in pair] + [silence(1.0)])
    spans, pos = [], RATE * 1.0
    for part, gap in zip(parts, gaps):
        spans.append((pos / RATE, (pos + len(part)) / RATE))
        pos += len(part) + len(gap)
    return audio, spans, sentences


def guards_on_file(model, media: Path, reps: int) -> dict:
    """A real recording under each setting: word counts per run, and one text to read."""
    from faster_whisper import decode_audio
    audio = decode_audio(str(media))
    report = {}
    for name, extra in GUARD_SETTINGS.items():
        runs = []
        for _ in range(reps):
            start = time.perf_counter()
            segments = run_setting(model, audio, extra)
            runs.append((time.perf_counter() - start, sum(len(s.words) for s in segments),
                         " ".join(s.text.strip() for s in segments)))
        report[name] = {"seconds": [round(r[0], 1) for r in runs], "words": [r[1] for r in runs],
                        "text": runs[0][2][:300]}
        print(f"  {media.name}, {name}: {report[name]}", flush=True)
    return report


def guards(files: list[Path], reps: int, only: str = "") -> dict:
    """Words invented in noise, music, silence and murmur under each setting (bundled tiny.en).

    Temperature fallback samples at random, so each setting runs `reps` times."""
    from faster_whisper import WhisperModel
    audio, spans, sentences = guard_clip()
    model = WhisperModel(str(bundled_model_path()), device="cpu", compute_type="int8")
    in_speech = lambda w: any(a - 0.5 <= (w.start + w.end) / 2 <= b + 0.5 for a, b in spans)  # noqa: E731
    report: dict = {"audio_seconds": round(len(audio) / 16000, 1),
                    "words_spoken": sum(len(s.split()) for s in sentences)}
    for name, extra in GUARD_SETTINGS.items():
        if only not in name:
            continue
        runs = []
        for _ in range(reps):
            start = time.perf_counter()
            words = [w for s in run_setting(model, audio, extra) for w in s.words]
            invented = [w.word for w in words if not in_speech(w)]
            runs.append((time.perf_counter() - start, sum(1 for w in words if in_speech(w)), invented))
        report[name] = {"seconds": [round(r[0], 1) for r in runs], "words_in_speech": [r[1] for r in runs],
                        "invented_words": [len(r[2]) for r in runs],
                        "invented": " | ".join(" ".join(r[2]) for r in runs if r[2])[:300]}
        print(f"  {name}: {report[name]}", flush=True)
    for media in files:
        report[media.name] = guards_on_file(model, media, reps)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("media", nargs="?", type=Path, default=DEFAULT_MEDIA)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--growth", nargs="*", type=float, default=None, metavar="HOURS",
                        help="also measure how peak memory grows with length (default 0.5 1 2 hours)")
    parser.add_argument("--bare-up-to", type=float, default=1.0, metavar="HOURS",
                        help="with --growth: run the bare script only on lengths up to this")
    parser.add_argument("--growth-runs", type=int, default=1)
    parser.add_argument("--only", default="", help="with --guards: only the settings whose name contains this")
    parser.add_argument("--guards", nargs="*", type=Path, default=None, metavar="FILE",
                        help="only measure the hallucination guards: on generated noise, music, "
                             "silence and murmur, then on each FILE (real recordings)")
    args = parser.parse_args()
    if args.guards is not None:
        print(json.dumps(guards(args.guards, args.runs, args.only), indent=1))
        return
    with tempfile.TemporaryDirectory(prefix="bench-transcribe-") as tmp:
        work = Path(tmp)
        report: dict = {}
        if args.runs:
            print(f"{args.media} ({duration_of(args.media):.0f} s of media), {args.runs} interleaved runs", flush=True)
            report["short"] = compare(args.media, args.runs, work)
        if args.growth is not None:
            lengths = args.growth or [0.5, 1.0, 2.0]
            print(f"growth: {args.media.name} looped to {lengths} hours", flush=True)
            report["growth"] = growth(args.media, lengths, args.bare_up_to, args.growth_runs, work)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
