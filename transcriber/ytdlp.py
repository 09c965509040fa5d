"""Pages that yt-dlp understands (YouTube, parliamentlive.tv ...): audio only when the
site offers it, otherwise the smallest whole file yt-dlp picks."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from .errors import MediaError

# Audio-only first (much smaller); fall back to the worst video with sound, which still
# carries the full audio track.
FORMAT = "bestaudio/worst*[acodec!=none]/best"


def download_page(url: str, dest_dir: Path, *, max_bytes: int | None, timeout: float) -> Path:
    import yt_dlp
    options: dict[str, Any] = {
        "format": FORMAT,
        "outtmpl": str(dest_dir / "%(id).80s.%(ext)s"),
        "restrictfilenames": True,
        "noplaylist": True,
        "quiet": True,
        "no_warnings": True,
        "noprogress": True,
        "socket_timeout": timeout,
        "retries": 2,
        "logger": _Quiet(),
    }
    if max_bytes is not None:
        options["max_filesize"] = max_bytes
    try:
        with yt_dlp.YoutubeDL(options) as ydl:
            info = ydl.extract_info(url, download=True)
            path = Path(ydl.prepare_filename(info))
    except yt_dlp.utils.DownloadError as exc:
        raise MediaError(f"Could not fetch {url}: {_reason(exc)}.") from None
    if not path.is_file():
        raise MediaError(f"Could not fetch {url}: yt-dlp downloaded nothing (is it larger than the size limit?).")
    return path


def _reason(exc: Exception) -> str:
    text = str(exc).replace("ERROR: ", "").strip().splitlines()
    return (text[0] if text else "yt-dlp failed")[:200].rstrip(".")


class _Quiet:
    """yt-dlp logger that keeps its chatter out of our output; errors reach us as exceptions."""
    def debug(self, msg: str) -> None: ...
    def info(self, msg: str) -> None: ...
    def warning(self, msg: str) -> None: ...
    def error(self, msg: str) -> None: ...
