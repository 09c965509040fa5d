"""The `speechstamp` command. Each subcommand is a few lines over library calls;
library errors become one-sentence click errors here, never tracebacks."""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

import click


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="speechstamp")
def main() -> None:
    """Find where each Hansard speech starts in the video of a sitting."""


# -- transcribe (issue 2) --------------------------------------------------

_COMPUTE_TYPES = ["default", "int8", "int8_float16", "int8_float32", "int8_bfloat16", "int16",
                  "float16", "bfloat16", "float32"]


def _options(model: str | None, language: str, device: str, compute_type: str = "default",
             hotwords: str | None = None):
    """The transcriber's options from the shared CLI flags ('auto': let the model detect)."""
    from transcriber import TranscribeOptions

    return TranscribeOptions(model=model, language=None if language == "auto" else language,
                             device=device, compute_type=compute_type, hotwords=hotwords or None)


@main.command()
@click.argument("media", nargs=-1, required=True)
@click.option("--out-dir", type=click.Path(file_okay=False), default=".", show_default=True,
              help="Where <name>.json, <name>.vtt and <name>.srt are written.")
@click.option("--model", default=None, metavar="NAME_OR_PATH",
              help="A faster-whisper model name (downloaded once, online) or a local CTranslate2 "
                   "model folder [default: the bundled tiny.en].")
@click.option("--language", default="en", show_default=True,
              help="Language spoken ('auto': let a multilingual model detect it).")
@click.option("--device", type=click.Choice(["cpu", "cuda"]), default="cpu", show_default=True)
@click.option("--compute-type", type=click.Choice(_COMPUTE_TYPES), default="default", show_default=True,
              help="default: int8 on cpu, float16 on cuda.")
@click.option("--hotwords", default=None, help="Words to favour, e.g. members' names.")
def transcribe(media: tuple[str, ...], out_dir: str, model: str | None, language: str, device: str,
               compute_type: str, hotwords: str | None) -> None:
    """Transcribe MEDIA (local files or http(s) URLs) into time-coded transcripts.

    Inputs whose media and settings already have a transcript in --out-dir are skipped.
    """
    from pathlib import Path

    from transcriber import TranscriberError, load_model
    from transcriber.runner import run_inputs

    options = _options(model, language, device, compute_type, hotwords)
    try:
        load_model(options)  # a bad model fails once, before any input
    except TranscriberError as exc:
        raise click.ClickException(str(exc)) from None
    failures = run_inputs(list(media), options, Path(out_dir), say=click.echo)
    if len(media) == 1 and failures:
        raise click.ClickException(failures[0].message)
    for failure in failures:
        click.echo(f"failed: {failure.source}: {failure.message}", err=True)
    if failures:
        raise click.ClickException(f"{len(failures)} of {len(media)} inputs failed.")



# -- link (issue 3) --------------------------------------------------------

@main.command()
@click.argument("transcript_or_media")
@click.argument("record", type=click.Path(dir_okay=False))
@click.option("-o", "--output", default="-", type=click.Path(dir_okay=False, allow_dash=True),
              help="Where to write the result [default: stdout].")
@click.option("--format", "fmt", type=click.Choice(["json", "csv", "vtt"]), default="json", show_default=True,
              help="json: speechstamp.links/1; csv: one row per speech; vtt: a chapter track.")
@click.option("--transcript-dir", type=click.Path(file_okay=False), default=".", show_default=True,
              help="Media only: where its transcript is kept, and reused when already there.")
@click.option("--model", default=None, metavar="NAME_OR_PATH",
              help="Media only: faster-whisper model name or folder [default: the bundled tiny.en].")
@click.option("--language", default="en", show_default=True, help="Media only: language spoken.")
@click.option("--device", type=click.Choice(["cpu", "cuda"]), default="cpu", show_default=True)
@click.option("--listen/--no-listen", default=True, show_default=True,
              help="Listen in the media for speeches the transcript has no word of (the media given, "
                   "or the transcript's source file when it is still there).")
def link(transcript_or_media: str, record: str, output: str, fmt: str, transcript_dir: str,
         model: str | None, language: str, device: str, listen: bool) -> None:
    """Find where each speech of RECORD (ParlParse XML or 'Speaker: text' blocks) starts
    in TRANSCRIPT_OR_MEDIA (a speechstamp transcript .json, or media to transcribe first)."""
    from pathlib import Path

    from linker import RecordError, align, read_record
    from linker.export import to_csv, to_json, to_vtt

    try:
        with _collector_paused():
            parsed = read_record(record)  # a bad record fails before any transcription
    except RecordError as exc:
        raise click.ClickException(str(exc)) from None
    transcript = _link_transcript(transcript_or_media, Path(transcript_dir), model, language, device)
    with _collector_paused():
        timings = align(transcript, parsed, listen=_listen(transcript_or_media, transcript, listen,
                                                           _options(model, language, device)))
    if fmt == "csv":
        text = to_csv(timings)
    elif fmt == "vtt":
        text = to_vtt(timings)
    else:
        text = to_json(transcript.source or Path(transcript_or_media).name, Path(record).name, timings)
    with click.open_file(output, "w", encoding="utf-8") as out:
        out.write(text)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off for a while. Reading and aligning a sitting makes
    some hundred thousand objects and no garbage cycles: the collector's passes over
    them free nothing and cost about 5% of `link` on an 8-hour sitting (1.08 s against
    1.02 s). Not around transcription, which runs long and through other people's code."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _listen(source: str, transcript, wanted: bool, options):
    """Listener.find over the media: the one given, or the file the transcript was made
    from if it is still there unchanged (checked only when the linker first asks)."""
    from pathlib import Path

    if not wanted:
        return None
    media, sha256 = source, None
    if source.lower().endswith(".json"):
        # A transcript names its media by file name: look beside it, then here. Without
        # one, pipeline and transcriber.listen (NumPy, ffmpeg, the model code) are not even imported.
        name = transcript.source or ""
        media = next((str(p) for p in (Path(source).parent / name, Path(name)) if name and p.is_file()), None)
        sha256 = transcript.sha256 or None
        if media is None:
            return None
    from pipeline import listen_in

    return listen_in(media, options, sha256)


def _link_transcript(source: str, transcript_dir, model: str | None, language: str, device: str):
    """A transcript JSON as it is; anything else is media, transcribed (or its cached transcript)."""
    from pathlib import Path

    if source.lower().endswith(".json"):
        from transcriber.transcript import Transcript  # light: no NumPy, no model, no ffmpeg
        try:
            with _collector_paused():
                return Transcript.load(source)
        except OSError as exc:
            raise click.ClickException(f"Cannot read {source}: {exc.strerror or exc}.") from None
        except ValueError:
            raise click.ClickException(f"{source} is not a speechstamp transcript JSON "
                                       "(make one with `speechstamp transcribe`).") from None
    from transcriber import TranscriberError, transcribe_cached

    try:
        return transcribe_cached(source, _options(model, language, device), Path(transcript_dir))
    except TranscriberError as exc:
        raise click.ClickException(str(exc)) from None



# -- serve (issue 4) -------------------------------------------------------

@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=5000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--db", "db_path", type=click.Path(dir_okay=False),
              help="SQLite store (default: speechstamp-data/speechstamp.db, or $SPEECHSTAMP_DB).")
@click.option("--media-dir", type=click.Path(file_okay=False),
              help="Where submitted videos and records are kept (default: speechstamp-data/media).")
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="Job worker threads (default 1, or $SPEECHSTAMP_WORKERS).")
@click.option("--processes", type=click.IntRange(1, 64), default=None,
              help="Web processes answering requests on the one socket (default 2, or "
                   "$SPEECHSTAMP_PROCESSES).")
@click.option("--threads", type=click.IntRange(1, 256), default=8, show_default=True,
              help="Threads answering web requests, in each web process.")
def serve(host: str, port: int, db_path: str | None, media_dir: str | None,
          workers: int | None, processes: int | None, threads: int) -> None:
    """Run the web service: waitress in web processes sharing one listening socket; this
    process runs the jobs and starts the web processes again should one die."""
    import logging
    import os

    import serving
    from app import create_app
    config: dict = {"START_JOBS": False}  # started once the port is ours
    if db_path:
        config["DATABASE"] = db_path
    if media_dir:
        config["MEDIA_DIR"] = media_dir
    if workers:
        config["WORKERS"] = workers
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    try:
        processes = processes or serving.process_count(os.environ.get("SPEECHSTAMP_PROCESSES", "2"))
        app = create_app(config)
    except (OSError, ValueError) as exc:
        raise click.ClickException(f"Cannot start the service: {exc}") from None
    try:
        listener = serving.listen(host, port)
    except OSError as exc:
        raise click.ClickException(f"Cannot listen on {host}:{port}: {exc.strerror}.") from None
    click.echo(f"speechstamp: serving on http://{host}:{listener.getsockname()[1]}/ "
               f"(store {app.config['DATABASE']}, {processes} web processes)")
    serving.supervise(app, listener, processes, threads)


# -- batch, worker (issue 5) -----------------------------------------------

_BROKER_HELP = "Redis broker (also the result backend); default $SPEECHSTAMP_BROKER_URL or redis://127.0.0.1:6379/0."
_VT_HELP = ("Seconds before an item taken by a worker that died is handed out again (by "
            "another worker); must exceed the longest job (default 12 hours).")


def _broker_default() -> str:
    import os
    return os.environ.get("SPEECHSTAMP_BROKER_URL", "redis://127.0.0.1:6379/0")


@main.command()
@click.argument("inputs", nargs=-1)
@click.option("--list", "list_file", type=click.Path(dir_okay=False),
              help="A file of 'media' or 'media<TAB>record' lines.")
@click.option("--out-dir", required=True, type=click.Path(file_okay=False), help="Where outputs go.")
@click.option("--engine", type=click.Choice(["local", "celery"]), default="local", show_default=True)
@click.option("--broker", default=_broker_default, help=_BROKER_HELP)
@click.option("--model", default=None, help="Model name or folder (default tiny.en).")
@click.option("--device", type=click.Choice(["cpu", "cuda"]), default="cpu", show_default=True,
              help="On celery, only picks the default compute type: workers use their own device.")
@click.option("--compute-type", type=click.Choice(_COMPUTE_TYPES), default="default", show_default=True,
              help="default: int8 on cpu, float16 on cuda.")
@click.option("--language", default="en", show_default=True,
              help="Language spoken ('auto': let a multilingual model detect it).")
@click.option("--hotwords", default=None, help="Words to favour, e.g. members' names.")
@click.option("--shared-storage", is_flag=True,
              help="Celery: workers read local files at the same path instead of receiving their audio.")
@click.option("--in-flight", type=click.IntRange(min=1), default=8, show_default=True,
              help="Celery: items sent to the broker at a time (at least the number of workers).")
def batch(inputs: tuple[str, ...], list_file: str | None, out_dir: str, engine: str, broker: str,
          model: str | None, device: str, compute_type: str, language: str, hotwords: str | None,
          shared_storage: bool, in_flight: int) -> None:
    """Transcribe (and link) many items; re-running skips what is done."""
    import batch as batching
    import cluster
    from pathlib import Path
    from transcriber import TranscriberError, load_model

    options = _options(model, language, device, compute_type, hotwords)
    try:
        pairs = [(media, None) for media in inputs] + (batching.read_list(list_file) if list_file else [])
        items = batching.make_items(pairs)
        if engine == "celery":
            # Before anything is written: an unreachable broker leaves no trace.
            cluster.check_broker(broker)
            cluster.configure(broker)
            run = cluster.celery_engine(cluster.task_options(options), shared_storage, in_flight)
        else:
            load_model(options)  # a bad model fails once, before any item
            run = batching.local_engine(options)
        job = batching.Batch(items, Path(out_dir), options)
        outcomes = batching.run_batch(job, run)
    except (batching.BatchError, TranscriberError) as exc:  # ClusterError is a TranscriberError
        raise click.ClickException(str(exc)) from None
    batching.write_summary(Path(out_dir), outcomes)
    click.echo(batching.summary_table(outcomes))
    if any(outcome.error for outcome in outcomes):
        raise SystemExit(1)


@main.command()
@click.option("--broker", default=_broker_default, help=_BROKER_HELP)
@click.option("--model", default=None,
              help="Model name or folder loaded at start (default tiny.en); use batch's --model.")
@click.option("--device", type=click.Choice(["cpu", "cuda"]), default="cpu", show_default=True)
@click.option("--compute-type", type=click.Choice(_COMPUTE_TYPES), default="default", show_default=True,
              help="default: int8 on cpu, float16 on cuda.")
@click.option("--concurrency", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes, each with its own model.")
@click.option("--visibility-timeout", type=click.IntRange(min=1), default=12 * 3600, help=_VT_HELP)
@click.option("--loglevel", default="INFO", show_default=True)
def worker(broker: str, model: str | None, device: str, compute_type: str, concurrency: int,
           visibility_timeout: int, loglevel: str) -> None:
    """Run a Celery worker that transcribes batch (and web) items."""
    import cluster
    from transcriber import TranscriberError

    settings = cluster.WorkerSettings(model=model, device=device, compute_type=compute_type)
    try:
        if concurrency > 1:
            raise SystemExit(cluster.start_workers(concurrency, broker, settings, visibility_timeout,
                                                   loglevel))
        cluster.start_worker(broker, settings, visibility_timeout, loglevel)
    except TranscriberError as exc:  # ClusterError and ModelError included
        raise click.ClickException(str(exc)) from None


if __name__ == "__main__":
    main()
