"""`speechstamp serve` as processes: web processes share the listening socket, the jobs
run in the main process only (never beside request threads), a web process that dies is
replaced, and all of them die with the main process, even by SIGKILL. Linux (/proc)."""
from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import pytest

from web_fixtures import SPEECHSTAMP, Server, wait_for

pytestmark = pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc")


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return sorted(found)


def _nices(pid: int) -> dict[int, int]:
    """Each thread's nice value (field 19 of /proc/<pid>/task/<tid>/stat)."""
    nices = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        nices[int(task.name)] = int(fields[16])
    return nices


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status


def test_web_processes_serve_jobs_run_apart_and_all_die_with_the_server(tmp_path):
    server = Server(tmp_path / "data", {"SPEECHSTAMP_PROCESSES": "2"}).start()
    try:
        main = server.process.pid
        web = wait_for(lambda: len(found := _children(main)) == 2 and found, what="two web processes")
        assert server.get_json("/api/sittings") == {"sittings": []}
        # The job worker thread lowers its priority (nice +10) in the main process; no
        # thread of a web process runs at a lower priority than the main process itself.
        base = _nices(main)[main]
        wait_for(lambda: min(base + 10, 19) in _nices(main).values(), what="the job worker thread")
        for pid in web:
            assert set(_nices(pid).values()) == {base}, pid
        # A web process that dies is replaced, and the service answers meanwhile.
        os.kill(web[0], signal.SIGKILL)
        again = wait_for(lambda: len(found := _children(main)) == 2 and web[0] not in found and found,
                         what="a new web process")
        assert server.get_json("/api/sittings") == {"sittings": []}
        server.kill()  # and waits until the port is closed, i.e. no web process is left
        assert not any(_alive(pid) for pid in again)
    finally:
        server.stop()


def test_sigterm_stops_the_web_processes_too(tmp_path):
    server = Server(tmp_path / "data", {"SPEECHSTAMP_PROCESSES": "3"}).start()
    web = wait_for(lambda: len(found := _children(server.process.pid)) == 3 and found,
                   what="three web processes")
    server.stop()
    assert server.process.returncode == 0
    assert not any(_alive(pid) for pid in web)
    assert not server._port_open()


@pytest.mark.parametrize("value", ["0", "many"])
def test_a_bad_process_count_is_one_sentence(tmp_path, value):
    result = subprocess.run([str(SPEECHSTAMP), "serve", "--port", "0", "--db", str(tmp_path / "s.db"),
                             "--media-dir", str(tmp_path / "m")], cwd=tmp_path, capture_output=True,
                            text=True, timeout=120, env={**os.environ, "SPEECHSTAMP_PROCESSES": value})
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "Error: Cannot start the service: SPEECHSTAMP_PROCESSES must be a whole number from 1 to 64" \
        in result.stderr, result.stderr
