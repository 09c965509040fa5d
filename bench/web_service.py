"""Benchmark of the web service (not run by CI).

Measures, on a generated sitting (tests/media.py, ~35 s), in one run:
- job time through the service (POST /api/sittings -> job done), against the baseline
  of pipeline.run_job called directly on the same files;
- page and API response times with a finished sitting in the store, served from the
  page cache (the same page asked again) and rendered every time (SPEECHSTAMP_PAGE_CACHE_MB=0).

Usage: .venv/bin/python bench/web_service.py [--runs 3] [--requests 50] [--pages-only]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from media import make_sitting, small_sitting_specs  # noqa: E402
from pipeline import run_job  # noqa: E402
from transcriber import TranscribeOptions, load_model  # noqa: E402
from web_fixtures import make_app, stop_app, wait_job  # noqa: E402

SPEECH = "uk.org.publicwhip/debate/2009-10-27a.1.2"


def job_times(root: Path, sitting, runs: int) -> tuple[list[float], list[float]]:
    direct, served = [], []
    app = make_app(root / "store")
    client = app.test_client()
    try:
        for _ in range(runs):
            started = time.perf_counter()
            run_job(sitting.media, sitting.record_xml, TranscribeOptions())
            direct.append(time.perf_counter() - started)
            started = time.perf_counter()
            response = client.post("/api/sittings", data={
                "video": (sitting.media.open("rb"), "sitting.mp4"),
                "record": (sitting.record_xml.open("rb"), "record.xml")})
            job = wait_job(client, response.get_json()["job"])
            served.append(time.perf_counter() - started)
            assert job["status"] == "done", job
    finally:
        stop_app(app)
    return direct, served


def page_times(root: Path, requests: int, cache_mb: float) -> dict[str, float]:
    app = make_app(root / "store", START_JOBS=False, PAGE_CACHE_MB=cache_mb)
    client = app.test_client()
    paths = {"sitting page": "/sittings/1", "speech page": f"/s/{SPEECH}",
             "GET /api/sittings/1": "/api/sittings/1", "search page": "/search?q=contingency",
             "needs checking": "/check", "media range 64 KB": "/media/1"}
    found = {}
    for label, path in paths.items():
        times = []
        for _ in range(requests):
            headers = {"Range": "bytes=0-65535"} if path.startswith("/media") else {}
            started = time.perf_counter()
            response = client.get(path, headers=headers)
            times.append(time.perf_counter() - started)
            assert response.status_code in (200, 206), (path, response.status_code)
        found[label] = statistics.median(times)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--pages-only", action="store_true",
                        help="one job through the service for the pages, no job timings")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        sitting = make_sitting(root / "sitting", small_sitting_specs())
        load_model(TranscribeOptions())  # loaded once, outside the timings
        direct, served = job_times(root, sitting, 1 if args.pages_only else args.runs)
        d, s = statistics.median(direct), statistics.median(served)
        if not args.pages_only:
            print(f"sitting: {sitting.truth['duration']:.1f} s of audio, {args.runs} runs")
            print(f"job through the service (submit -> done): median {s:.2f} s")
            print(f"pipeline.run_job directly (baseline):     median {d:.2f} s")
            print(f"service / direct: {s / d:.2f}x")
        cached, rendered = page_times(root, args.requests, 64), page_times(root, args.requests, 0)
        print(f"{'':>22}  median over {args.requests} requests: from the page cache / rendered")
        for label, seconds in cached.items():
            print(f"{label:>22}: {seconds * 1000:.2f} / {rendered[label] * 1000:.2f} ms")


if __name__ == "__main__":
    main()
