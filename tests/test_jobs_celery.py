"""The web service with SPEECHSTAMP_JOB_ENGINE=celery: the same jobs table and pages, the
work done by a real `speechstamp worker` through a real redis-server."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from media import have_tools, make_sitting, small_sitting_specs
from web_fixtures import SPEECHSTAMP, Server, file_server, free_port, wait_for

pytestmark = pytest.mark.skipif(not have_tools() or not shutil.which("redis-server"),
                                reason="needs espeak-ng, ffmpeg and redis-server")


@pytest.fixture
def broker(tmp_path):
    port = free_port()
    redis = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1",
                              "--save", "", "--appendonly", "no", "--dir", str(tmp_path)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"redis://127.0.0.1:{port}/0"
    log = open(tmp_path / "worker.log", "ab")
    worker = subprocess.Popen([str(SPEECHSTAMP), "worker", "--broker", url], cwd=tmp_path,
                              stdout=log, stderr=subprocess.STDOUT)
    yield url
    for process in (worker, redis):
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()


def test_a_sitting_submitted_to_the_service_is_done_by_a_celery_worker(tmp_path, broker):
    sitting = make_sitting(tmp_path / "sitting", small_sitting_specs())
    server = Server(tmp_path / "data", env={"SPEECHSTAMP_JOB_ENGINE": "celery",
                                            "SPEECHSTAMP_BROKER_URL": broker}).start()
    try:
        with file_server(sitting.media.parent) as base:
            status, ids = server.post_form("/api/sittings", {
                "video_url": f"{base}/sitting.mp4", "record_url": f"{base}/record.xml"})
            assert status == 202, ids
            done = wait_for(lambda: (job := server.get_json(f"/api/jobs/{ids['job']}"))["status"]
                            not in ("queued", "running") and job, what="the job")
        assert done["status"] == "done", done
        speeches = server.get_json(f"/api/sittings/{ids['sitting']}")["speeches"]
        assert [s["id"] for s in speeches] == [s["id"] for s in sitting.truth["speeches"]]
        assert any(s["status"] == "matched" for s in speeches)
        worker_log = (tmp_path / "worker.log").read_text(errors="replace")
        # The worker, not the server, did the work.
        assert "Task speechstamp.run_item[speechstamp-web-" in worker_log, worker_log[-2000:]
        assert "succeeded in" in worker_log, worker_log[-2000:]
    finally:
        server.stop()
