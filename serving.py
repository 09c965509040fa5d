"""`speechstamp serve`'s processes: the main process runs the jobs and starts web
processes (waitress) that share its listening socket, starting one again if it dies.

Why the jobs and the requests live in different processes: a job thread runs at a low
priority (jobs._lower_priority), and in a process that also answers requests it would
hold that process's GIL while the kernel keeps it waiting, stalling every request.
Why several web processes: Python runs one thread at a time per process; on a machine
with cores to spare, each web process answers on one."""
from __future__ import annotations

import ctypes
import errno
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from typing import TYPE_CHECKING

import click

import jobs

if TYPE_CHECKING:
    from flask import Flask

log = logging.getLogger("speechstamp.serve")


def process_count(text: str) -> int:
    if not text.strip().isdigit() or not 1 <= int(text) <= 64:
        raise ValueError(f"SPEECHSTAMP_PROCESSES must be a whole number from 1 to 64, not {text[:20]!r}")
    return int(text)


def listen(host: str, port: int) -> socket.socket:
    """The listening socket, shared by the web processes. A server restarted at once after
    a kill may find the old web processes still dying (they are killed with their parent):
    wait a few seconds for the port then, and only then."""
    family, _type, _proto, _name, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
    deadline = time.monotonic() + 5.0
    while True:
        try:
            return socket.create_server(address, family=family, backlog=1024)
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE or time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def supervise(app: Flask, listener: socket.socket, count: int, threads: int) -> None:
    """Start `count` web processes on `listener` and the job engine here; start a web
    process again when one dies; on SIGTERM or Ctrl-C stop them all. The web processes
    die with this one, even by SIGKILL (PR_SET_PDEATHSIG), so a killed server never
    leaves one holding the port."""
    wake_read, wake_write = os.pipe()
    os.set_blocking(wake_write, False)
    engine = app.extensions["speechstamp"]
    threading.Thread(target=jobs.relay_wakes, args=(wake_read, engine), name="speechstamp-wakes",
                     daemon=True).start()
    env = {**os.environ, "SPEECHSTAMP_DATA": str(app.config["DATA_DIR"]),
           "SPEECHSTAMP_DB": str(app.config["DATABASE"]),
           "SPEECHSTAMP_MEDIA_DIR": str(app.config["MEDIA_DIR"])}
    fds = (listener.fileno(), wake_write)

    def spawn() -> tuple[subprocess.Popen, float]:
        # From this (the main) thread only: PR_SET_PDEATHSIG fires when the thread that
        # started the child ends, not only the process.
        child = subprocess.Popen(
            [sys.executable, "-c", "import serving; serving.web_process()", str(fds[0]), str(fds[1]),
             str(threads), str(os.getpid())], pass_fds=fds, env=env)
        return child, time.monotonic()

    stopping = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stopping.set())
    children = [spawn() for _ in range(count)]
    engine.start()
    failed_at_start, error = 0, None
    try:
        while error is None and not stopping.wait(0.5):
            for n, (child, born) in enumerate(children):
                code = child.poll()
                if code is None:
                    continue
                if time.monotonic() - born < 10.0:
                    failed_at_start += 1
                    if failed_at_start >= 3:
                        error = (f"A web process keeps stopping as it starts (exit code {code}); "
                                 "see the messages above.")
                        break
                log.warning("web process %s stopped (exit code %s): starting another", child.pid, code)
                children[n] = spawn()
    finally:
        for child, _born in children:
            if child.poll() is None:
                child.terminate()
        for child, _born in children:
            try:
                child.wait(10)
            except subprocess.TimeoutExpired:
                child.kill()
    # A job under way is not waited for (it can take an hour): like after a kill, it is
    # queued again when the server starts. Its threads hold native ones, so leave at once.
    log.info("stopped")
    if error:
        click.echo(f"Error: {error}", err=True)
    logging.shutdown()
    sys.stdout.flush()
    os._exit(1 if error else 0)


def web_process() -> None:
    """One web process of `speechstamp serve` (started by it, never by hand): waitress on
    the inherited socket; arguments: socket fd, wake pipe fd, threads, parent pid."""
    listen_fd, wake_fd, threads, parent = (int(a) for a in sys.argv[1:5])
    die_with(parent)
    import waitress

    from app import create_app
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    # Same configuration as the parent (its environment, with its paths resolved).
    app = create_app({"START_JOBS": False, "JOB_WAKE_FD": wake_fd})
    waitress.serve(app, sockets=[socket.socket(fileno=listen_fd)], threads=threads,
                   ident="speechstamp",
                   max_request_body_size=app.config["MAX_CONTENT_LENGTH"] + 1024 * 1024)


def die_with(parent: int) -> None:
    """Be killed when `parent` dies, however it dies (Linux: PR_SET_PDEATHSIG; elsewhere a
    thread that watches the parent)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(1, signal.SIGKILL) != 0:  # PR_SET_PDEATHSIG
            raise OSError(ctypes.get_errno(), "prctl")
    except (OSError, AttributeError):
        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(1.0)
            os._exit(1)
        threading.Thread(target=watch, daemon=True).start()
    if os.getppid() != parent:  # it died before we asked
        os._exit(1)
