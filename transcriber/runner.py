"""Many inputs in one run: progress bars (seconds of audio per file, and a total over
the files), skipping what is up to date, and carrying on past a bad input."""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from tqdm import tqdm

from .cache import transcribe_to_dir
from .errors import TranscriberError
from .media import is_url
from .options import TranscribeOptions


@dataclass
class Failure:
    source: str
    message: str


def run_inputs(sources: list[str], options: TranscribeOptions, out_dir: Path,
               say: Callable[[str], None] = print) -> list[Failure]:
    """Transcribe each source into out_dir; the ones that failed, with their one-sentence reason."""
    quiet = not sys.stderr.isatty()
    failures: list[Failure] = []
    names = _names(sources)
    with tqdm(total=len(sources), unit="file", desc="total", position=0, leave=False,
              disable=quiet or len(sources) < 2, dynamic_ncols=True) as overall:
        for source in sources:
            try:
                _one(source, names.get(source), options, out_dir, quiet, say)
            except TranscriberError as exc:
                failures.append(Failure(source, str(exc)))
            except OSError as exc:  # writing the outputs
                failures.append(Failure(source, f"Cannot write the transcript of {source}: "
                                                f"{exc.strerror or exc}."))
            overall.update(1)
    return failures


def _one(source: str, name: str | None, options: TranscribeOptions, out_dir: Path, quiet: bool,
         say: Callable[[str], None]) -> None:
    with tqdm(total=0.0, unit="s", desc=_short(source), position=1, leave=False, disable=quiet,
              dynamic_ncols=True, bar_format="{l_bar}{bar}| {n:.0f}/{total:.0f} s audio [{elapsed}<{remaining}]"
              ) as bar:
        def progress(done: float, total: float) -> None:
            bar.total = total
            bar.update(done - bar.n)
        outcome = transcribe_to_dir(source, options, out_dir, name=name, progress=progress)
    line = (f"{source}: skipped (up to date)" if outcome.skipped
            else f"{source} -> {', '.join(str(p) for p in outcome.paths)}")
    if quiet:
        say(line)
    else:  # keeps the bars intact
        tqdm.write(line, file=sys.stdout)


def _names(sources: list[str]) -> dict[str, str]:
    """Output names for local files, made unique within the run (a/x.mp4 and b/x.mp4)."""
    used: dict[str, int] = {}
    names: dict[str, str] = {}
    for source in sources:
        if is_url(source) or source in names:
            continue
        stem = Path(source).stem or "media"
        used[stem] = used.get(stem, 0) + 1
        names[source] = stem if used[stem] == 1 else f"{stem}-{used[stem]}"
    return names


def _short(source: str, limit: int = 30) -> str:
    name = source.rstrip("/").rsplit("/", 1)[-1]
    return name if len(name) <= limit else name[: limit - 1] + "…"
