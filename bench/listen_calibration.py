"""Calibration of the listener's thresholds (not run by CI): how likely, to tiny.en, a
speech's opening words are where they were said, and how likely an unsaid speech's
opening is anywhere in the stretch where it would have been.

For every third spoken speech of each sitting: its opening (linker/listened.py) scored
from its true start. For every unspoken speech: its opening scored from every speech
start (transcriber/listen.py) between the spoken speeches around it, keeping the one
most like what Whisper writes there itself. Prints the share of each that the
thresholds in transcriber/listen.py accept.

    .venv/bin/python bench/listen_calibration.py [SITTING_DIR ...]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from linker import read_record  # noqa: E402
from linker.align import _printed  # noqa: E402
from linker.listened import opening_words  # noqa: E402
from linker.timing import say_time  # noqa: E402
from transcriber import TranscribeOptions  # noqa: E402
from transcriber.listen import TAIL_SECONDS, Heard, Listener, speech_starts  # noqa: E402

SHARED = ROOT.parent / "shared" / "data" / "sittings"
OUT = ROOT / "bench" / "out"


def scored(listener: Listener, start: float, text: str) -> Heard:
    return listener.score_at(start, text, max(3.0, say_time(text) + TAIL_SECONDS))


def calibrate(sitting: Path, listener: Listener) -> tuple[list[Heard], list[Heard]]:
    truth = json.loads((sitting / "truth.json").read_text())["speeches"]
    record = read_record(sitting / "record.xml")
    shapes, _ = _printed(record.speeches, {})
    by_id = {s.id: (s, shape) for s, shape in zip(record.speeches, shapes)}
    said, unsaid = [], []
    spoken = [t for t in truth if t["spoken"]]
    for n, entry in enumerate(truth):
        speech, shape = by_id[entry["id"]]
        text = opening_words(speech, shape)
        if entry["spoken"]:
            if spoken.index(entry) % 3 == 0:
                said.append(scored(listener, entry["start"], text))
            continue
        before = [t["end"] for t in truth[:n] if t["spoken"]]
        after = [t["start"] for t in truth[n + 1:] if t["spoken"]]
        if not before or not after or not shape.text:
            continue
        starts = speech_starts(listener._loaded_audio(), before[-1], after[0])
        heard = [scored(listener, s, text) for s in starts]
        if heard:
            unsaid.append(max(heard, key=lambda h: h.forced - h.free))
    return said, unsaid


def main(dirs: list[str]) -> None:
    sittings = [Path(d) for d in dirs] or sorted(
        [p for p in SHARED.glob("*") if (p / "truth.json").exists()]
        + [p for p in (OUT / "sittings").glob("*") if (p / "truth.json").exists()])
    said: list[Heard] = []
    unsaid: list[Heard] = []
    listener = None
    for sitting in sittings:
        listener = Listener(sitting / "sitting.mp4", TranscribeOptions())
        s, u = calibrate(sitting, listener)
        said += s
        unsaid += u
        print(f"{sitting.name:28s} said {len(s):3d}  unsaid {len(u):3d}", flush=True)
    if listener is None:
        sys.exit("no sittings")
    accepted = [h for h in said if listener.accepts(h)]
    wrongly = [h for h in unsaid if listener.accepts(h)]
    print(f"thresholds: {listener.thresholds}")
    print(f"said where said: {len(accepted)} of {len(said)} accepted ({len(accepted) / max(1, len(said)):.0%})")
    print(f"never said: {len(wrongly)} of {len(unsaid)} accepted; likeliest "
          f"{max(h.forced for h in unsaid):.2f}, at most {max(h.forced - h.free for h in unsaid):.2f} "
          "from Whisper's own")


if __name__ == "__main__":
    main(sys.argv[1:])
