"""HTTP servers on the loopback interface for tests: media and records to fetch, and
targets that hostile input points at."""
from __future__ import annotations

import contextlib
import functools
import http.server
import threading
from pathlib import Path
from typing import Iterator


@contextlib.contextmanager
def serve(handler: type, address: str = "127.0.0.1") -> Iterator[str]:
    """Run `handler` on a free port of `address` in a thread; yields the base URL."""
    httpd = http.server.ThreadingHTTPServer((address, 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://{address}:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


class QuietFiles(http.server.SimpleHTTPRequestHandler):
    """Serves a folder without logging every request to stderr."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (stdlib's name)
        pass


def serve_folder(directory: Path, handler: type = QuietFiles) -> contextlib.AbstractContextManager[str]:
    return serve(functools.partial(handler, directory=str(directory)))
