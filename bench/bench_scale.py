"""Scale benchmark (not run by CI): an 8-hour sitting, ~70,000 words on each side.

The record is real Hansard text (tests/data/hansard, cycled); the transcript is made
from it with ASR-like damage (substitutions, deletions, insertions, fillers, number
words, the chair's calls, "Hear, hear!", long silences, tabled questions said as
"Number N, Mr Speaker.", unspoken items). It times the whole `speechstamp link`
process against the floor (bench/floor_align.py: read both files, one
Levenshtein.opcodes), in the same run, and measures peak memory and accuracy.

    .venv/bin/python bench/bench_scale.py [--words 70000] [--runs 3]
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import time
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from linker import read_record  # noqa: E402
from linker.normalize import number_words  # noqa: E402
from transcriber.transcript import Segment, Transcript, Word  # noqa: E402

OUT = ROOT / "bench" / "out" / "scale"
FILLERS = ["er,", "erm,", "you know,", "well,"]
GARBLE = "abcdefghijklmnopqrstuvwxyz"


def real_speeches() -> list:
    speeches = []
    # Written answers are never said aloud: spoken-style files only.
    for path in sorted((ROOT / "tests" / "data" / "hansard").glob("*.xml")):
        if path.name.startswith("answers"):
            continue
        speeches += [s for s in read_record(path).speeches if s.text and s.speaker != "Unknown"]
    return speeches


def damage(word: str, rng: random.Random, vocabulary: list[str]) -> list[str]:
    """What a recogniser might write for one spoken word."""
    roll = rng.random()
    if roll < 0.04:
        return []
    if roll < 0.08:
        return [rng.choice(vocabulary)]
    if roll < 0.11 and len(word) > 3:
        i = rng.randrange(len(word))
        return [word[:i] + rng.choice(GARBLE) + word[i + 1:]]
    if roll < 0.13:
        return [rng.choice(FILLERS), word]
    if roll < 0.14:
        return [word, word]
    if word.lstrip("£").replace(",", "").isdigit() and rng.random() < 0.7:
        words = number_words(int(word.lstrip("£").replace(",", "")))
        return words + (["pounds"] if word.startswith("£") else [])
    if word == "hon." and rng.random() < 0.7:
        return ["honourable"]
    return [word]


class Track:
    """Heard words laid out in time."""

    def __init__(self, rng: random.Random) -> None:
        self.rng, self.t, self.segments = rng, 3.0, []

    def say(self, words: list[str]) -> float:
        start, out = self.t, []
        for word in words:
            length = (0.05 * len(word) + 0.1) * self.rng.uniform(0.8, 1.2)
            out.append(Word(round(self.t, 3), round(self.t + length, 3), " " + word, 0.9))
            self.t += length + (self.rng.uniform(0.2, 0.45) if word[-1] in ".?!" else self.rng.uniform(0.02, 0.08))
            if len(out) == 25 or word[-1] in ".?!":
                self.segments.append(Segment(out[0].start, out[-1].end, "".join(w.word for w in out), out))
                out = []
        if out:
            self.segments.append(Segment(out[0].start, out[-1].end, "".join(w.word for w in out), out))
        return start

    def pause(self, lo: float, hi: float) -> None:
        self.t += self.rng.uniform(lo, hi)


def build(words: int, seed: int) -> Path:
    rng = random.Random(seed)
    pool = real_speeches()
    vocabulary = sorted({w for s in pool for w in s.text.split()})
    track, lines, truth, total, n = Track(rng), [], [], 0, 0
    while total < words:
        speech = pool[n % len(pool)]
        n += 1
        sid = f"{speech.id}.r{n // len(pool)}"
        qnum = speech.oral_qnum
        unspoken = rng.random() < 0.04 or speech.text in ("indicated dissent.", "indicated assent.")
        lines.append(f'<speech id="{escape(sid)}" speakername="{escape(speech.speaker)}"'
                     f'{f" oral-qnum={chr(34)}{qnum}{chr(34)}" if qnum else ""}>'
                     + "".join(f"<p>{escape(p)}</p>" for p in speech.paragraphs) + "</speech>")
        total += len(speech.text.split())
        if unspoken:
            truth.append({"id": sid, "spoken": False})
            continue
        if rng.random() < 0.5:
            track.say(speech.speaker.split()[-2:] + ["."])
            track.pause(0.4, 1.2)
        if qnum and qnum.isdigit() and rng.random() < 0.9:
            spoken = ["Number"] + number_words(int(qnum)) + ["Mr", "Speaker."]
        else:
            spoken = [x for w in speech.text.split() for x in damage(w, rng, vocabulary)] or ["Yes."]
        truth.append({"id": sid, "spoken": True, "start": track.say(spoken)})
        if rng.random() < 0.15:
            track.pause(0.3, 0.8)
            track.say(["Hear,", "hear!"])
        track.pause(20, 90) if rng.random() < 0.01 else track.pause(0.5, 2.5)
    out = OUT / f"w{words}-s{seed}"
    out.mkdir(parents=True, exist_ok=True)
    xml = '<?xml version="1.0" encoding="utf-8"?>\n<publicwhip>\n' + "\n".join(lines) + "\n</publicwhip>\n"
    (out / "record.xml").write_text(xml, encoding="utf-8")
    heard = Transcript("scale.mp4", "", track.t, "en", "synthetic", track.segments)
    (out / "transcript.json").write_text(heard.to_json(), encoding="utf-8")
    (out / "truth.json").write_text(json.dumps({"duration": track.t, "speeches": truth}))
    return out


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB) of one process.

    Memory comes from GNU time, whose child starts small: a child of this (large) process
    would count this process's peak as its own (Linux keeps the high-water mark across exec)."""
    start = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"failed: {' '.join(cmd)}: {proc.stderr}")
    return elapsed, int(proc.stderr.split()[-1]) / 1024


def accuracy(out: Path, links: Path) -> str:
    truth = json.loads((out / "truth.json").read_text())["speeches"]
    got = json.loads(links.read_text())["speeches"]
    errors = [abs(g["start"] - t["start"]) if g["start"] is not None else float("inf")
              for t, g in zip(truth, got, strict=True) if t["spoken"]]
    unspoken = [g["status"] == "missing" for t, g in zip(truth, got) if not t["spoken"]]
    return (f"spoken {len(errors)}: within 1 s {sum(e <= 1 for e in errors) / len(errors):.1%}, "
            f"2 s {sum(e <= 2 for e in errors) / len(errors):.1%}, 5 s {sum(e <= 5 for e in errors) / len(errors):.1%}; "
            f"median error {statistics.median(errors):.2f} s; unspoken reported missing "
            f"{sum(unspoken)}/{len(unspoken)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=70000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    out = build(args.words, args.seed)
    transcript, record, links = out / "transcript.json", out / "record.xml", out / "links.json"
    heard = sum(len(s.words) for s in Transcript.load(transcript).segments)
    print(f"{out.name}: record {len(record.read_text().split())} words (with markup), heard {heard} words, "
          f"{json.loads((out / 'truth.json').read_text())['duration'] / 3600:.1f} h")
    ours_cmd = [str(ROOT / ".venv" / "bin" / "speechstamp"), "link", str(transcript), str(record), "-o", str(links)]
    floor_cmd = [sys.executable, str(ROOT / "bench" / "floor_align.py"), str(transcript), str(record)]
    ours, floor = [], []
    for _ in range(args.runs):  # interleaved, so both see the same machine load
        floor.append(timed(floor_cmd))
        ours.append(timed(ours_cmd))
    o, f = statistics.median(t for t, _ in ours), statistics.median(t for t, _ in floor)
    print(f"floor (read both, one Levenshtein.opcodes): median {f:.2f} s of {args.runs}, "
          f"peak {max(m for _, m in floor):.0f} MB")
    print(f"speechstamp link:                          median {o:.2f} s of {args.runs}, "
          f"peak {max(m for _, m in ours):.0f} MB")
    print(f"ratio {o / f:.2f}x (target <= 1.5x, <= 300 MB)")
    python = str(ROOT / ".venv" / "bin" / "python")
    startup = [timed([python, "-c", "import cli, linker, linker.export, transcriber.transcript"])[0]
               - timed([python, "-c", "pass"])[0] for _ in range(args.runs)]
    print(f"of which importing our modules (transcript reader, no media or model code): "
          f"median {statistics.median(startup):.2f} s")
    print("accuracy:", accuracy(out, links))


if __name__ == "__main__":
    main()
