"""Fetch an http(s) URL into a folder: a page yt-dlp understands (YouTube,
parliamentlive.tv ...) through yt-dlp, anything else as a direct download.

The SSRF guard refuses hosts that resolve to private, loopback, link-local,
multicast or reserved addresses. For direct downloads it is checked on the very
address each connection is made to (so DNS rebinding can't slip past it), and again
on every redirect, which we follow ourselves."""
from __future__ import annotations

import http.client
import ipaddress
import os
import re
import socket
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from .errors import MediaError

MAX_REDIRECTS = 10
_CHUNK = 1 << 16
_ALLOW_ENV = "SPEECHSTAMP_ALLOW_PRIVATE_URLS"
# A server may keep a download alive forever by trickling bytes (each read then beats
# the socket timeout): the whole download has a deadline, and one that brings fewer than
# MIN_BYTES_PER_TIMEOUT bytes in any `timeout` seconds is cut off as stalled.
DEFAULT_DEADLINE = 4 * 3600.0
MIN_BYTES_PER_TIMEOUT = 16 * 1024


def fetch_url(url: str, dest_dir: Path, *, allow_private: bool = False,
              max_bytes: int | None = None, timeout: float = 60,
              deadline: float = DEFAULT_DEADLINE) -> Path:
    """Download `url` into `dest_dir`; the path of the file written. `timeout` bounds each
    network wait, `deadline` the whole download (seconds); MediaError past either."""
    allow_private = allow_private or os.environ.get(_ALLOW_ENV) == "1"
    _check_scheme(url)
    dest_dir.mkdir(parents=True, exist_ok=True)
    limits = _Limits(timeout, time.monotonic() + deadline, deadline)
    try:
        if _ytdlp_understands(url):
            _guard_host(urlsplit(url).hostname or "", allow_private)
            from .ytdlp import download_page
            return download_page(url, dest_dir, max_bytes=max_bytes, timeout=timeout)
        return _download(url, dest_dir, allow_private, max_bytes, limits)
    except MediaError:
        raise
    except UnicodeError:
        raise MediaError(f"Could not fetch {url}: the host name is not a valid name.") from None
    except (OSError, http.client.HTTPException) as exc:
        if isinstance(exc, socket.timeout) and limits.over():
            limits.wait(url)  # raises the deadline's own sentence
        raise MediaError(f"Could not fetch {url}: {_reason(exc)}.") from None


def _check_scheme(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise MediaError(f"Unsupported URL scheme '{parts.scheme}:': only http and https URLs are accepted.")
    if not parts.hostname:
        raise MediaError(f"Could not fetch {url}: the URL has no host.")


def _ytdlp_understands(url: str) -> bool:
    """True when a site-specific yt-dlp extractor (not the generic one) claims the URL."""
    from yt_dlp.extractor import gen_extractor_classes
    return any(ie.suitable(url) for ie in gen_extractor_classes()
               if ie.ie_key() != "Generic" and ie.working())


def _guard_host(host: str, allow_private: bool, port: int = 443) -> list[tuple]:
    """The host's addresses; MediaError if any of them is not a public one."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except UnicodeError:  # IDNA: a label over 63 characters, an empty label ...
        raise MediaError(f"Could not fetch from {host}: the host name is not a valid name.") from None
    except socket.gaierror as exc:
        raise MediaError(f"Could not fetch from {host}: the host name does not resolve ({exc.strerror}).") from None
    if not allow_private:
        for info in infos:
            address = info[4][0]
            if not is_public_address(address):
                raise MediaError(f"Refused to fetch from {host}: it resolves to the non-public "
                                 f"address {address} (set {_ALLOW_ENV}=1 to allow it).")
    return infos


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if ip.version == 6 and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_link_local)


def _guarded_connector(allow_private: bool):
    """socket.create_connection that connects only to addresses the guard accepts."""
    def connect(address: tuple, timeout: float = socket._GLOBAL_DEFAULT_TIMEOUT,  # type: ignore[attr-defined]
                source_address: tuple | None = None) -> socket.socket:
        host, port = address
        infos = _guard_host(host, allow_private, port)
        last_error: OSError | None = None
        for family, kind, proto, _, sockaddr in infos:
            sock = socket.socket(family, kind, proto)
            try:
                sock.settimeout(timeout)
                sock.connect(sockaddr)
                return sock
            except OSError as exc:
                sock.close()
                last_error = exc
        raise last_error or OSError(f"no address for {host}")
    return connect


@dataclass
class _Limits:
    timeout: float    # seconds for any one network wait
    ends_at: float    # time.monotonic() when the whole download must be done
    deadline: float   # the total allowed, for the message

    def over(self) -> bool:
        return time.monotonic() >= self.ends_at

    def wait(self, url: str) -> float:
        """The socket timeout for the next wait; MediaError once the deadline has passed."""
        left = self.ends_at - time.monotonic()
        if left <= 0.001:
            raise MediaError(f"Could not fetch {url}: the download took longer than its time "
                             f"limit of {self.deadline:g} s.")
        return min(self.timeout, left + 0.01)  # the wait ends just past the deadline


def _open(url: str, allow_private: bool, timeout: float) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse]:
    parts = urlsplit(url)
    cls = http.client.HTTPSConnection if parts.scheme.lower() == "https" else http.client.HTTPConnection
    conn = cls(parts.hostname, parts.port, timeout=timeout)
    # http.client connects through this attribute; ours checks the address it connects to.
    conn._create_connection = _guarded_connector(allow_private)  # type: ignore[attr-defined]
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    conn.request("GET", path, headers={"User-Agent": "speechstamp/0.1", "Accept": "*/*"})
    return conn, conn.getresponse()


def _download(url: str, dest_dir: Path, allow_private: bool, max_bytes: int | None,
              limits: _Limits) -> Path:
    for _ in range(MAX_REDIRECTS + 1):
        conn, response = _open(url, allow_private, limits.wait(url))
        try:
            if response.status in (301, 302, 303, 307, 308):
                location = response.getheader("Location")
                if not location:
                    raise MediaError(f"Could not fetch {url}: redirect without a Location.")
                url = urljoin(url, location)
                _check_scheme(url)
                continue
            if response.status != 200:
                raise MediaError(f"Could not fetch {url}: the server answered HTTP {response.status} "
                                 f"{response.reason}.")
            return _save(response, url, dest_dir, max_bytes, limits)
        finally:
            conn.close()
    raise MediaError(f"Could not fetch {url}: more than {MAX_REDIRECTS} redirects.")


def _save(response: http.client.HTTPResponse, url: str, dest_dir: Path, max_bytes: int | None,
          limits: _Limits) -> Path:
    length = response.getheader("Content-Length")
    if max_bytes is not None and length and length.isdigit() and int(length) > max_bytes:
        raise MediaError(f"Could not fetch {url}: it is {int(length)} bytes, more than the limit of {max_bytes}.")
    target = _unique(dest_dir / file_name_for(url))
    got, window_start, window_got = 0, time.monotonic(), 0
    try:
        with open(target, "wb") as out:
            while True:
                _set_timeout(response, limits.wait(url))
                # read1: whatever has arrived, so a trickle is seen as one, not waited out.
                chunk = response.read1(_CHUNK)
                if not chunk:
                    break
                got += len(chunk)
                window_got += len(chunk)
                if max_bytes is not None and got > max_bytes:
                    raise MediaError(f"Could not fetch {url}: it is more than the limit of {max_bytes} bytes.")
                out.write(chunk)
                if time.monotonic() - window_start >= limits.timeout:
                    if window_got < MIN_BYTES_PER_TIMEOUT:
                        raise MediaError(f"Could not fetch {url}: the download timed out (under "
                                         f"{MIN_BYTES_PER_TIMEOUT} bytes came in {limits.timeout:g} s).")
                    window_start, window_got = time.monotonic(), 0
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target


def _set_timeout(response: http.client.HTTPResponse, seconds: float) -> None:
    sock = getattr(getattr(response, "fp", None), "raw", None)
    sock = getattr(sock, "_sock", None)
    if sock is not None:
        sock.settimeout(seconds)


def file_name_for(url: str) -> str:
    """A safe local file name from the URL's last path segment."""
    name = unquote(urlsplit(url).path.rsplit("/", 1)[-1])
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", name).strip("._")
    return name[:120] or "download"


def _unique(path: Path) -> Path:
    n = 1
    candidate = path
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def _reason(exc: BaseException) -> str:
    if isinstance(exc, socket.timeout):
        return "timed out"
    text = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return text.strip().rstrip(".")
