"""`speechstamp serve` as a real process: killed (SIGKILL) mid-job, restarted, and the
job is picked up again and finishes."""
from __future__ import annotations

import subprocess

import pytest

from media import have_tools, make_sitting, small_sitting_specs
from web_fixtures import SPEECHSTAMP, Server, file_server, wait_for

pytestmark = pytest.mark.skipif(not have_tools(), reason="needs espeak-ng and ffmpeg")


def test_job_running_when_the_server_is_killed_finishes_after_restart(tmp_path):
    sitting = make_sitting(tmp_path / "sitting", small_sitting_specs())
    server = Server(tmp_path / "data").start()
    try:
        with file_server(sitting.media.parent) as base:
            status, ids = server.post_form("/api/sittings", {
                "video_url": f"{base}/sitting.mp4", "record_url": f"{base}/record.xml",
                "title": "Killed mid-job"})
            assert status == 202, ids
            job_url = f"/api/jobs/{ids['job']}"
            # Kill it as soon as the job is under way (no clean shutdown, no chance to finish).
            seen = wait_for(lambda: (job := server.get_json(job_url))["status"] != "queued" and job,
                            every=0.05, what="the job to start")
            assert seen["status"] == "running", seen
            server.kill()
            server.start()  # same store, same media folder, a new process
            done = wait_for(lambda: (job := server.get_json(job_url))["status"] not in
                            ("queued", "running") and job, what="the job to finish")
        assert done["status"] == "done", done
        assert done["attempts"] == 2
        speeches = server.get_json(f"/api/sittings/{ids['sitting']}")["speeches"]
        assert len(speeches) == 5 and any(s["status"] == "matched" for s in speeches)
    finally:
        server.stop()


def test_serve_refuses_a_port_in_use_with_one_sentence(tmp_path):
    first = Server(tmp_path / "one").start()
    try:
        result = subprocess.run([str(SPEECHSTAMP), "serve", "--port", str(first.port),
                                 "--db", str(tmp_path / "two.db"), "--media-dir", str(tmp_path / "m")],
                                cwd=tmp_path, capture_output=True, text=True, timeout=120)
        assert result.returncode == 1
        assert f"Error: Cannot listen on 127.0.0.1:{first.port}" in result.stderr
        assert "Traceback" not in result.stderr
    finally:
        first.stop()
