"""Helpers for the web service's tests: a loopback file server, the app on a real
temporary store, `speechstamp serve` as a subprocess, and waiting on conditions."""
from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any, Callable

from app import create_app
from loopback import serve_folder

ROOT = Path(__file__).resolve().parent.parent
SPEECHSTAMP = ROOT / ".venv" / "bin" / "speechstamp"
JOB_TIMEOUT = 300.0  # seconds; generous: the machine is shared and CI has 2 cores


def wait_for(check: Callable[[], Any], timeout: float = JOB_TIMEOUT, every: float = 0.1,
             what: str = "condition") -> Any:
    """Poll `check` until it returns something truthy; that value."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(every)


def file_server(directory: Path) -> contextlib.AbstractContextManager[str]:
    """Serve `directory` over http on a loopback port; yields the base URL."""
    return serve_folder(directory)


def make_app(root: Path, **config: Any):
    """The real app on a fresh SQLite store and media folder under `root`."""
    settings = {"DATA_DIR": root, "DATABASE": root / "speechstamp.db",
                "MEDIA_DIR": root / "media", "SECRET_KEY": "test", **config}
    return create_app(settings)


def stop_app(app) -> None:
    app.extensions["speechstamp"].stop(timeout=JOB_TIMEOUT)


def wait_job(client, job_id: int) -> dict:
    def finished() -> dict | None:
        job = client.get(f"/api/jobs/{job_id}").get_json()
        return job if job["status"] not in ("queued", "running") else None
    return wait_for(finished, what=f"job {job_id}")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """`speechstamp serve` in a subprocess, on its own store."""

    def __init__(self, data: Path, env: dict[str, str] | None = None) -> None:
        self.data, self.port = data, free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, "SPEECHSTAMP_ALLOW_PRIVATE_URLS": "1", **(env or {})}
        self.process: subprocess.Popen | None = None

    def start(self) -> "Server":
        self.data.mkdir(parents=True, exist_ok=True)
        log = open(self.data / "server.log", "ab")
        self.process = subprocess.Popen(
            [str(SPEECHSTAMP), "serve", "--port", str(self.port), "--db", str(self.data / "s.db"),
             "--media-dir", str(self.data / "media")],
            cwd=self.data, env={**self.env, "SPEECHSTAMP_DATA": str(self.data)},
            stdout=log, stderr=subprocess.STDOUT)
        wait_for(self._listening, timeout=60, what="the server to listen")
        return self

    def _listening(self) -> bool:
        assert self.process.poll() is None, (self.data / "server.log").read_text()
        return self._port_open()

    def _port_open(self) -> bool:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), 0.5):
            return True
        return False

    def kill(self) -> None:
        """SIGKILL the server; its web processes die with it (PR_SET_PDEATHSIG), and once
        the last is gone the port is closed: wait for that, so a check that the restarted
        server listens cannot be answered by a web process of the killed one."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()
        wait_for(lambda: not self._port_open(), timeout=10,
                 what="the killed server's web processes to die with it")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.kill()

    def get_json(self, path: str) -> Any:
        with urllib.request.urlopen(self.url + path, timeout=30) as response:
            return json.load(response)

    def post_form(self, path: str, fields: dict[str, str]) -> tuple[int, Any]:
        data = urllib.parse.urlencode(fields).encode()
        try:
            with urllib.request.urlopen(self.url + path, data=data, timeout=30) as response:
                return response.status, json.load(response)
        except urllib.error.HTTPError as exc:
            return exc.code, json.load(exc)
