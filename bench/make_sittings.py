"""Make the generated sittings listed in bench/sittings.txt that bench/out/ does not hold yet.

    python3 bench/make_sittings.py [PREFIX ...]

With PREFIX (say `heldout18/`), only the sittings whose directory starts with it. Needs
../shared/tools/make_sitting.py and its Hansard files, espeak-ng and ffmpeg.
"""
from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
OUT = ROOT / "bench" / "out"


def listed() -> list[tuple[str, str, list[str]]]:
    rows = []
    for line in (ROOT / "bench" / "sittings.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, hansard, *options = shlex.split(line)
            rows.append((name, hansard, options))
    return rows


def main(prefixes: list[str]) -> int:
    failed = []
    for name, hansard, options in listed():
        out = OUT / name
        if (out / "truth.json").exists() or (prefixes and not name.startswith(tuple(prefixes))):
            continue
        made = subprocess.run([sys.executable, str(SHARED / "tools" / "make_sitting.py"),
                               str(SHARED / "data" / "hansard" / hansard), str(out), *options],
                              stdin=subprocess.DEVNULL)
        if made.returncode != 0:  # one sitting make_sitting.py cannot make should not stop the others
            failed.append(name)
    for name in failed:
        print(f"not made: {name} (make_sitting.py failed; see above)", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
