"""Load benchmark of `speechstamp serve` (not run by CI): bounded, loopback only.

Starts the real server (waitress, as `speechstamp serve` runs it) on 127.0.0.1 with a
finished sitting in its store, starts a second transcription job, and while that job
runs drives 50 concurrent connections for 20 s with Debian's `wrk` (three wrk
processes: speech pages, the sitting API and search, each rotating over many URLs).
Reports requests per second, p50/p95/p99 latency and errors per group and overall.

Usage: .venv/bin/python bench/bench_load.py [--sitting DIR] [--seconds 20]
                                            [--connections 50] [--threads 8 16]
                                            [--processes 1 2] [--repeat 3]
One run per (processes, threads) pair, the pairs taken in turn --repeat times, so that
what else runs on the machine weighs on each setting alike.
DIR holds sitting.mp4 and record.xml (default: /work/shared/data/sittings/clg-2009-10-27
when present, else a generated sitting). Needs `wrk` (apt-get install wrk).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from hostile import post_multipart  # noqa: E402
from media import make_sitting, small_sitting_specs  # noqa: E402
from web_fixtures import SPEECHSTAMP, Server, wait_for  # noqa: E402

SHARED = Path("/work/shared/data/sittings/clg-2009-10-27")
QUERIES = ["fire", "contingency arrangements", "minister", "housing", "council tax", "police",
           "local government", "question", "Speaker", "the"]
LUA = """
local paths = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format('{"requests": %%d, "duration_us": %%d, "connect": %%d, "read": %%d, ' ..
    '"write": %%d, "status": %%d, "timeout": %%d, "p50": %%d, "p95": %%d, "p99": %%d, "max": %%d}\\n',
    summary.requests, summary.duration, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.status, summary.errors.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
"""


class ThreadedServer(Server):
    """`speechstamp serve --threads N [--processes P]` on 127.0.0.1, one job worker,
    private URLs refused."""

    def __init__(self, data: Path, threads: int, processes: int | None = None) -> None:
        super().__init__(data, {"SPEECHSTAMP_WORKERS": "1", "SPEECHSTAMP_ALLOW_PRIVATE_URLS": "",
                                "SPEECHSTAMP_SUBMIT_RATE": "1000/hour"})
        self.threads, self.processes = threads, processes

    def start(self) -> "ThreadedServer":
        self.data.mkdir(parents=True, exist_ok=True)
        log = open(self.data / "server.log", "ab")
        self.process = subprocess.Popen(
            [str(SPEECHSTAMP), "serve", "--host", "127.0.0.1", "--port", str(self.port),
             "--threads", str(self.threads), "--db", str(self.data / "s.db"),
             *(["--processes", str(self.processes)] if self.processes else []),
             "--media-dir", str(self.data / "media")],
            cwd=self.data, env={**self.env, "SPEECHSTAMP_DATA": str(self.data)},
            stdout=log, stderr=subprocess.STDOUT)
        wait_for(self._listening, timeout=60, what="the server to listen")
        return self


def inputs(args: argparse.Namespace, work: Path) -> tuple[Path, Path]:
    folder = Path(args.sitting) if args.sitting else (SHARED if SHARED.exists() else None)
    if folder is None:
        made = make_sitting(work / "generated", small_sitting_specs())
        return made.media, made.record_xml
    return folder / "sitting.mp4", folder / "record.xml"


def submit(server: Server, media: Path, record: Path) -> dict:
    reply = post_multipart(server.url, "/api/sittings", {"title": "Load test"},
                           {"video": (media.name, media.read_bytes()),
                            "record": (record.name, record.read_bytes())})
    assert reply.status == 202, reply.text
    return reply.json()


def job_state(server: Server, job: int) -> dict:
    return server.get_json(f"/api/jobs/{job}")


def groups(server: Server, sitting: int) -> dict[str, list[str]]:
    speeches = server.get_json(f"/api/sittings/{sitting}")["speeches"]
    return {"speech pages": [f"/s/{quote(s['id'], safe='/')}" for s in speeches],
            "sitting API": [f"/api/sittings/{sitting}"],
            "search": [f"/search?q={quote(q)}" for q in QUERIES[:5]] +
                      [f"/api/search?q={quote(q)}" for q in QUERIES[5:]]}


def run_wrk(url: str, paths: list[str], connections: int, seconds: int, work: Path, name: str):
    script = work / f"{name.replace(' ', '-')}.lua"
    script.write_text(LUA % ", ".join(json.dumps(p) for p in paths))
    return subprocess.Popen(["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "5s",
                             "-s", str(script), url], stdout=subprocess.PIPE, text=True)


def measure(server: Server, sitting: int, args: argparse.Namespace, work: Path) -> dict[str, dict]:
    assert server.url.startswith("http://127.0.0.1:")  # loopback only
    split = {"speech pages": args.connections * 2 // 5, "sitting API": args.connections * 3 // 10}
    split["search"] = args.connections - sum(split.values())
    running = {name: run_wrk(server.url, paths, split[name], args.seconds, work, name)
               for name, paths in groups(server, sitting).items()}
    results = {}
    for name, process in running.items():
        out, _ = process.communicate(timeout=args.seconds + 60)
        results[name] = json.loads(out.strip().splitlines()[-1])
    return results


def report(results: dict[str, dict], threads: int, processes: int | None, job_note: str) -> None:
    print(f"\nweb processes={processes or 'default'}, waitress threads={threads}; {job_note}")
    print(f"{'group':<14}{'conns':>6}{'requests':>10}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}"
          f"{'p99 ms':>9}{'errors':>8}")
    total_rps = total_errors = 0
    for name, r in results.items():
        rps = r["requests"] / (r["duration_us"] / 1e6)
        errors = sum(r[k] for k in ("connect", "read", "write", "status", "timeout"))
        total_rps += rps
        total_errors += errors
        print(f"{name:<14}{'':>6}{r['requests']:>10}{rps:>9.0f}{r['p50'] / 1000:>9.1f}"
              f"{r['p95'] / 1000:>9.1f}{r['p99'] / 1000:>9.1f}{errors:>8}")
    print(f"{'all':<14}{'':>6}{'':>10}{total_rps:>9.0f}{'':>27}{total_errors:>8}")


def prepare(work: Path, media: Path, record: Path) -> tuple[Path, int]:
    """A store with one finished sitting (transcribed once, copied for every run)."""
    server = ThreadedServer(work / "prepared", 8).start()
    try:
        first = submit(server, media, record)
        wait_for(lambda: job_state(server, first["job"])["status"] == "done", timeout=1800,
                 every=1, what="the first job")
    finally:
        server.stop()
    return work / "prepared", first["sitting"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sitting", help="folder with sitting.mp4 and record.xml")
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--threads", type=int, nargs="+", default=[8],
                        help="waitress request threads per web process")
    parser.add_argument("--processes", type=int, nargs="+", default=[None],
                        help="web processes (speechstamp serve --processes); default: its own")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each setting, in turn")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("bench_load needs wrk: apt-get install wrk")
    with tempfile.TemporaryDirectory(prefix="bench-load-") as tmp:
        work = Path(tmp)
        media, record = inputs(args, work)
        prepared, sitting = prepare(work, media, record)
        settings = [(p, t) for p in args.processes for t in args.threads] * args.repeat
        for run, (processes, threads) in enumerate(settings):
            data = work / f"run-{run}"
            shutil.copytree(prepared, data)
            server = ThreadedServer(data, threads, processes).start()
            try:
                second = submit(server, media, record)
                wait_for(lambda: job_state(server, second["job"])["stage"] == "transcribing",
                         timeout=300, every=0.2, what="the second job to transcribe")
                # Other work on the machine shares the cores with the server and wrk: say how much.
                load = " ".join(f"{x:.2f}" for x in os.getloadavg())
                print(f"\nrun {run + 1}: load average before the run {load}", flush=True)
                results = measure(server, sitting, args, work)
                after = job_state(server, second["job"])
                state = "still running" if after["status"] == "running" else after["status"]
                report(results, threads, processes, f"transcription job {state} at the end "
                                         f"({after['stage']} {after['progress']:.0%})")
            finally:
                server.stop()


if __name__ == "__main__":
    main()
