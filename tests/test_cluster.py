"""The Celery engine end to end: a real redis-server on a random loopback port, real
`speechstamp worker` processes, a real `speechstamp batch --engine celery`."""
from __future__ import annotations

import json
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

import pytest
import redis
from click.testing import CliRunner

import cluster
from cli import main
from linker import RecordError
from pipeline import JobResult
from transcriber import MediaError, TranscribeOptions
from media import build_clip, encode, have_tools, make_sitting, small_sitting_specs, write_wav

pytestmark = pytest.mark.skipif(not (have_tools() and shutil.which("redis-server")),
                                reason="needs espeak-ng, ffmpeg and redis-server")
SPEECHSTAMP = str(Path(sys.executable).with_name("speechstamp"))
# Short, so a killed worker's item comes back within seconds; longer than any item here takes.
VISIBILITY = "12"


def wait_for(condition: Callable[[], object], timeout: float, what: str) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    port = free_port()
    server = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                               "--appendonly", "no", "--dir", str(tmp_path_factory.mktemp("redis"))],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = redis.Redis(port=port)

    def answers() -> bool:
        try:
            return bool(client.ping())
        except redis.ConnectionError:
            return False

    try:
        wait_for(answers, 30, "redis-server to answer")
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        server.terminate()
        server.wait(10)


class Worker:
    def __init__(self, broker: str, log: Path, *args: str):
        self.log = log
        self.process = subprocess.Popen(
            [SPEECHSTAMP, "worker", "--broker", broker, "--visibility-timeout", VISIBILITY, *args],
            stdout=log.open("w"), stderr=subprocess.STDOUT)

    def wait_ready(self, processes: int = 1) -> None:
        wait_for(lambda: self.log.read_text().count(" ready.") >= processes
                 or self.process.poll() is not None, 120, f"the worker in {self.log} to start")
        assert self.process.poll() is None, self.log.read_text()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture
def workers(redis_url, tmp_path):
    redis.Redis.from_url(redis_url).flushdb()  # each test starts with an empty queue
    started: list[Worker] = []

    def start(*args: str) -> Worker:
        worker = Worker(redis_url, tmp_path / f"worker{len(started)}.log", *args)
        started.append(worker)
        return worker

    yield start
    for worker in started:
        worker.stop()


@pytest.fixture(scope="module")
def items(tmp_path_factory) -> Path:
    """A list file: a 30 s sitting with its record (first, so it is the item in flight
    when the worker is killed), two short clips, and a clip with a broken record."""
    root = tmp_path_factory.mktemp("cluster-media")
    sitting = make_sitting(root / "sitting", small_sitting_specs(), preamble=None)
    write_wav(build_clip(["Order, order.", 0.4, "The question is that the amendment be made."]).audio,
              root / "order.wav")
    encode(write_wav(build_clip(["The ayes to the right, three hundred and twelve."]).audio,
                     root / "ayes.wav"), root / "division.mp4")
    write_wav(build_clip(["The noes to the left, two hundred and one."]).audio, root / "noes.wav")
    (root / "broken.xml").write_text("<publicwhip><speech id='x'>unfinished")
    listing = root / "items.tsv"
    listing.write_text(f"{sitting.media}\t{sitting.record_xml}\n{root / 'order.wav'}\n"
                       f"{root / 'division.mp4'}\n{root / 'noes.wav'}\t{root / 'broken.xml'}\n")
    return listing


def task_states(url: str) -> list[dict]:
    client = redis.Redis.from_url(url)
    return [json.loads(client.get(key)) for key in client.keys("celery-task-meta-*")]


def test_web_service_runner_returns_run_jobs_result(redis_url, workers, items, monkeypatch):
    """cluster.run_job_remotely, jobs.py's runner for SPEECHSTAMP_JOB_ENGINE=celery, on a
    worker started with --concurrency 2 (two processes, two models)."""
    fleet = workers("--concurrency", "2")
    fleet.wait_ready(processes=2)
    monkeypatch.setenv("SPEECHSTAMP_BROKER_URL", redis_url)
    monkeypatch.setattr(cluster, "AUDIO_CHUNK", 100_000)  # the sitting's audio goes in several parts
    sitting = items.parent / "sitting"
    stages: list[tuple[str, float]] = []
    result = cluster.run_job_remotely(sitting / "sitting.mp4", sitting / "record.xml", TranscribeOptions(),
                                      lambda stage, fraction: stages.append((stage, fraction)))
    assert isinstance(result, JobResult)
    assert result.transcript.source == "sitting.mp4" and result.transcript.duration == pytest.approx(35, abs=1)
    assert len(result.record.speeches) == 5
    assert [t.status for t in result.timings].count("matched") >= 3
    assert stages and all(stage == "transcribing" for stage, _ in stages)
    assert not redis.Redis.from_url(redis_url).keys("speechstamp:audio:*")  # deleted once done
    with pytest.raises(RecordError, match="not well-formed XML"):
        cluster.run_job_remotely(items.parent / "order.wav", items.parent / "broken.xml", TranscribeOptions())
    with pytest.raises(MediaError, match="File not found"):
        cluster.run_job_remotely(items.parent / "nothing.wav", None, TranscribeOptions())
    monkeypatch.setenv("SPEECHSTAMP_SHARED_STORAGE", "1")  # the worker reads the file itself
    shared = cluster.run_job_remotely(items.parent / "order.wav", None, TranscribeOptions())
    assert "amendment" in shared.transcript.text and shared.timings is None
    fleet.stop()
    assert fleet.process.returncode == 0
    assert fleet.log.read_text().count("speechstamp-") >= 2


def test_killed_worker_item_is_redelivered_and_every_item_finishes_once(redis_url, workers, items,
                                                                         tmp_path, request):
    first = workers()
    first.wait_ready()
    out = tmp_path / "out"
    submitter = subprocess.Popen(
        [SPEECHSTAMP, "batch", "--engine", "celery", "--broker", redis_url, "--list", str(items),
         "--out-dir", str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    request.addfinalizer(lambda: submitter.poll() is None and submitter.kill())

    def first_item_running() -> dict | None:
        running = [s for s in task_states(redis_url) if s["status"] in ("STARTED", "PROGRESS")
                   and s["result"]["pid"] == first.process.pid]
        return running[0] if running else None

    state = wait_for(first_item_running, 120, "the worker to start the first item")
    first.process.send_signal(signal.SIGKILL)
    first.process.wait(10)
    killed = json.loads(redis.Redis.from_url(redis_url).get(f"celery-task-meta-{state['task_id']}"))
    assert killed["status"] in ("STARTED", "PROGRESS"), "the item finished before the kill"

    second = workers()
    second.wait_ready()
    stdout, stderr = submitter.communicate(timeout=300)

    assert submitter.returncode == 1, stderr  # the item with the broken record failed
    summary = {item["key"]: item for item in json.loads((out / "batch-summary.json").read_text())["items"]}
    assert list(summary) == ["sitting", "order", "division", "noes"]
    assert summary["noes"]["error"].startswith("the record"), summary["noes"]
    for key in ("sitting", "order", "division"):
        assert summary[key]["error"] is None, summary[key]
        assert summary[key]["worker"].startswith(f"speechstamp-{second.process.pid}@")
        transcript = json.loads((out / f"{key}.json").read_text())
        assert transcript["segments"], key
    # Exactly once: one set of files per item, nothing half-written, nothing for the failure.
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(["batch-summary.json", "sitting.json", "sitting.vtt", "sitting.srt",
                            "sitting.links.json", "order.json", "order.vtt", "order.srt",
                            "division.json", "division.vtt", "division.srt"])
    links = json.loads((out / "sitting.links.json").read_text())
    assert [s["status"] for s in links["speeches"]].count("matched") >= 3
    sitting = json.loads((out / "sitting.json").read_text())
    assert sitting["source"] == "sitting.mp4"
    assert len(sitting["sha256"]) == 64
    assert "amendment" in json.loads((out / "order.json").read_text())["segments"][0]["text"]
    assert not redis.Redis.from_url(redis_url).keys("speechstamp:audio:*")  # deleted once done
    assert stdout.count("\nsitting ") == 1 and "4 items: 3 ok (0 skipped as done), 1 failed" in stdout

    # A re-run skips what is done (no task is sent for it) and retries the failure.
    rerun = CliRunner().invoke(main, ["batch", "--engine", "celery", "--broker", redis_url,
                                      "--list", str(items), "--out-dir", str(out)])
    assert rerun.exit_code == 1
    assert "4 items: 3 ok (3 skipped as done), 1 failed" in rerun.stdout


def test_broker_unreachable_is_one_sentence_and_writes_nothing(items, tmp_path):
    port = free_port()
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["batch", "--engine", "celery", "--broker",
                                       f"redis://127.0.0.1:{port}/0", "--list", str(items),
                                       "--out-dir", str(out)])
    assert result.exit_code == 1
    assert result.output == (f"Error: Cannot reach the Celery broker at redis://127.0.0.1:{port}/0 "
                             f"(Error 111 connecting to 127.0.0.1:{port}. Connection refused); "
                             "start redis-server there or pass --broker.\n")
    assert not out.exists()


def test_worker_without_broker_says_so(tmp_path):
    port = free_port()
    result = subprocess.run([SPEECHSTAMP, "worker", "--broker", f"redis://127.0.0.1:{port}/0"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr == (f"Error: Cannot reach the Celery broker at redis://127.0.0.1:{port}/0 "
                             f"(Error 111 connecting to 127.0.0.1:{port}. Connection refused); "
                             "start redis-server there or pass --broker.\n")


def test_sigterm_lets_a_worker_finish_its_item(redis_url, workers, items):
    worker = workers()
    worker.wait_ready()
    cluster.configure(redis_url)
    media = cluster.pack_media(str(items.parent / "sitting" / "sitting.mp4"))
    result = cluster.submit(media, None, cluster.task_options(TranscribeOptions()), "sigterm-test")
    wait_for(lambda: result.state in ("STARTED", "PROGRESS"), 120, "the worker to start the item")
    worker.process.send_signal(signal.SIGTERM)
    assert worker.process.wait(120) == 0
    assert result.state == "SUCCESS" and result.result["transcript"]["segments"]


def test_rerun_after_submitter_dies_picks_up_results_without_resending(redis_url, workers, items,
                                                                      tmp_path, request):
    worker = workers()
    worker.wait_ready()
    listing = tmp_path / "two.tsv"
    listing.write_text("".join(items.read_text().splitlines(keepends=True)[:2]))  # sitting, order
    out = tmp_path / "out"
    args = ["batch", "--engine", "celery", "--broker", redis_url, "--list", str(listing),
            "--out-dir", str(out)]
    submitter = subprocess.Popen([SPEECHSTAMP, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    request.addfinalizer(lambda: submitter.poll() is None and submitter.kill())
    started = wait_for(lambda: [s for s in task_states(redis_url) if s["status"] in ("STARTED", "PROGRESS")],
                       120, "the worker to start the first item")
    submitter.kill()
    submitter.wait(10)
    first = started[0]["task_id"]
    client = redis.Redis.from_url(redis_url)
    wait_for(lambda: json.loads(client.get(f"celery-task-meta-{first}"))["status"] == "SUCCESS", 120,
             "the worker to finish the item without its submitter")

    rerun = CliRunner().invoke(main, args)
    assert rerun.exit_code == 0, rerun.output
    assert "2 items: 2 ok (0 skipped as done), 0 failed" in rerun.stdout
    assert worker.log.read_text().count(f"[{first}] received") == 1  # picked up, not sent again
    assert json.loads((out / "sitting.json").read_text())["segments"]
    assert not client.keys("celery-task-meta-*") and not client.keys("speechstamp:audio:*")
