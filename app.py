"""The web service: create_app(), and what every blueprint shares (the store
connection, errors, CSRF, security headers, public pages and their cache, intake).
The blueprints: pages (HTML, web_pages.py), api (JSON, web_api.py), admin
(web_admin.py); abuse limits live in web_limits.py.

Thin: the store answers queries, jobs.py runs the work, linker.links builds deep
links. Errors a user can cause become one sentence: JSON {"error"} under /api/,
an error page elsewhere; never a stack trace.
"""
from __future__ import annotations

import functools
import hashlib
import logging
import os
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Hashable

from flask import (Flask, abort, current_app, g, jsonify, make_response, render_template, request,
                   session, url_for)
from werkzeug.datastructures import FileStorage
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge
from werkzeug.middleware.proxy_fix import ProxyFix

import jobs
import store
import web_limits
from linker import links

log = logging.getLogger("speechstamp.web")
MB = 1024 * 1024


class Refusal(Exception):
    """A submission or request we refuse, with the one sentence that says why (400)."""


# -- application factory ------------------------------------------------------

def _env_config() -> dict[str, Any]:
    data = Path(os.environ.get("SPEECHSTAMP_DATA", "speechstamp-data"))
    return {
        "DATA_DIR": data,
        "DATABASE": Path(os.environ.get("SPEECHSTAMP_DB", data / "speechstamp.db")),
        "MEDIA_DIR": Path(os.environ.get("SPEECHSTAMP_MEDIA_DIR", data / "media")),
        "MAX_CONTENT_LENGTH": int(os.environ.get("SPEECHSTAMP_MAX_UPLOAD_MB", "2048")) * MB,
        "ALLOW_PRIVATE_URLS": os.environ.get("SPEECHSTAMP_ALLOW_PRIVATE_URLS") == "1",
        "JOB_ENGINE": os.environ.get("SPEECHSTAMP_JOB_ENGINE", "local"),
        "WORKERS": int(os.environ.get("SPEECHSTAMP_WORKERS", "1")),
        "CHECK_BELOW": float(os.environ.get("SPEECHSTAMP_CHECK_BELOW", str(store.CHECK_BELOW))),
        "START_JOBS": True,
        "MAX_RECORD_MB": float(os.environ.get("SPEECHSTAMP_MAX_RECORD_MB", "20")),
        "MAX_MEDIA_HOURS": float(os.environ.get("SPEECHSTAMP_MAX_MEDIA_HOURS", "6")),
        "MAX_FETCH_MINUTES": float(os.environ.get("SPEECHSTAMP_MAX_FETCH_MINUTES", "60")),
        "PAGE_CACHE_MB": float(os.environ.get("SPEECHSTAMP_PAGE_CACHE_MB", "64")),
        "SUBMIT_RATE": os.environ.get("SPEECHSTAMP_SUBMIT_RATE", "10/hour"),
        "CORRECT_RATE": os.environ.get("SPEECHSTAMP_CORRECT_RATE", "60/minute"),
        "ADMIN_TOKEN": os.environ.get("SPEECHSTAMP_ADMIN_TOKEN", ""),
        "TRUSTED_PROXIES": int(os.environ.get("SPEECHSTAMP_TRUSTED_PROXIES", "0")),
        # Permalinks, Open Graph and oEmbed URLs are built from the Host header: name the
        # site's host names so a forged one gets a 400 instead of poisoning shared links.
        "TRUSTED_HOSTS": [h.strip() for h in os.environ.get("SPEECHSTAMP_TRUSTED_HOSTS", "").split(",")
                          if h.strip()] or None,
    }


def _limits(config: dict[str, Any]) -> jobs.Limits:
    """Submission limits and rates from the configuration; ValueError names a bad one."""
    config["RATES"] = {"submit": web_limits.parse_rate(config["SUBMIT_RATE"]),
                       "correct": web_limits.parse_rate(config["CORRECT_RATE"])}
    record_bytes = int(config["MAX_RECORD_MB"] * MB)
    # A pasted record arrives as a form field: werkzeug's own limit for fields must admit it.
    config["MAX_FORM_MEMORY_SIZE"] = record_bytes + MB
    return jobs.Limits(max_record_bytes=record_bytes,
                       max_media_seconds=config["MAX_MEDIA_HOURS"] * 3600.0,
                       max_fetch_seconds=config["MAX_FETCH_MINUTES"] * 60.0)


def _secret_key(data_dir: Path) -> str:
    """Kept in the data folder, so sessions (and CSRF tokens) survive a restart."""
    path = data_dir / "secret_key"
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip()


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(_env_config())
    app.config.update(test_config or {})
    for key in ("DATA_DIR", "DATABASE", "MEDIA_DIR"):
        app.config[key] = Path(app.config[key]).resolve()
    app.config["MEDIA_DIR"].mkdir(parents=True, exist_ok=True)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = _secret_key(app.config["DATA_DIR"])
    app.config.update(SESSION_COOKIE_SAMESITE="Lax", SESSION_COOKIE_HTTPONLY=True)
    app.extensions["speechstamp-limits"] = limits = _limits(app.config)
    app.extensions["speechstamp-pages"] = PageCache(int(max(app.config["PAGE_CACHE_MB"], 0) * MB))
    if app.config["TRUSTED_PROXIES"] > 0:
        # Only then does X-Forwarded-For count: anyone can send it, only a proxy we run sets it.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=app.config["TRUSTED_PROXIES"])  # type: ignore[method-assign]
    store.migrate(app.config["DATABASE"]).close()
    settings = jobs.JobSettings(
        db_path=app.config["DATABASE"], media_dir=app.config["MEDIA_DIR"],
        workers=app.config["WORKERS"], allow_private=app.config["ALLOW_PRIVATE_URLS"],
        max_bytes=app.config["MAX_CONTENT_LENGTH"], limits=limits)
    if app.config.get("JOB_WAKE_FD") is not None:
        # A web process of `speechstamp serve`: the jobs run in its main process; wake it.
        engine: Any = jobs.Waker(app.config["JOB_WAKE_FD"])
    else:
        engine = jobs.make_engine(app.config["JOB_ENGINE"], settings)
    app.extensions["speechstamp"] = engine
    if app.config["START_JOBS"]:
        engine.start()
    from web_admin import admin
    from web_api import api
    from web_pages import pages
    app.register_blueprint(pages)
    app.register_blueprint(api)
    app.register_blueprint(admin)
    app.teardown_appcontext(_close_db)
    app.before_request(_check_csrf)
    app.after_request(_security_headers)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Refusal, _refusal)
    app.register_error_handler(Exception, _server_error)
    app.jinja_env.globals.update(csrf_token=csrf_token, clock=clock, site_path=site_path)
    return app


# One store connection per request thread, kept between requests: opening one per
# request costs more than most pages, and sqlite3 caches prepared statements per
# connection. A thread keeps one connection (to the store it used last).
_threads = threading.local()


def get_db() -> Any:
    if "db" not in g:
        path = current_app.config["DATABASE"]
        if getattr(_threads, "path", None) != path:
            if getattr(_threads, "db", None) is not None:
                _threads.db.close()
            _threads.db, _threads.path = store.connect(path), path
        g.db = _threads.db
    return g.db


def _close_db(_exc: BaseException | None = None) -> None:
    db = g.pop("db", None)
    if db is not None and db.conn.in_transaction:  # never carry a transaction to the next request
        db.conn.execute("ROLLBACK")


# -- errors and CSRF ----------------------------------------------------------

def _wants_json() -> bool:
    return request.path.startswith("/api/") or request.path == "/oembed"


def _error(status: int, message: str) -> Any:
    if _wants_json():
        return make_response(jsonify(error=message), status)
    return make_response(render_template("error.html", status=status, message=message), status)


def _http_error(exc: HTTPException) -> Any:
    if isinstance(exc, RequestEntityTooLarge):
        limit = current_app.config["MAX_CONTENT_LENGTH"]
        size = f"{limit // MB} MB" if limit >= MB else f"{limit} bytes"
        return _error(413, f"The upload is too large: the limit is {size} for a video and "
                           f"{current_app.config['MAX_RECORD_MB']:g} MB for a record.")
    if isinstance(exc, web_limits.TooMany):
        response = _error(429, exc.description)
        response.headers["Retry-After"] = str(exc.retry_after)
        return response
    ours = exc.description != type(exc).description  # a message we gave to abort()
    defaults = {404: "Not found.", 405: "That method is not allowed here.",
                400: "The request could not be read."}
    message = exc.description if ours or exc.code not in defaults else defaults[exc.code]
    return _error(exc.code or 500, message)


def _refusal(exc: Refusal) -> Any:
    return _error(400, str(exc))


def _server_error(exc: Exception) -> Any:
    log.exception("unhandled error on %s", request.path)
    return _error(500, "Something went wrong on our side; nothing you sent was lost.")


# Pages load only our own scripts, styles, pictures and media; YouTube plays in its frame.
_CSP = ("default-src 'self'; img-src 'self' data:; media-src 'self'; object-src 'none'; "
        "frame-src https://www.youtube-nocookie.com; base-uri 'none'; form-action 'self'")


def _security_headers(response: Any) -> Any:
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    if response.mimetype == "text/html":
        embeddable = request.endpoint == "pages.embed"
        response.headers.setdefault("Content-Security-Policy", _CSP + (
            "; frame-ancestors *" if embeddable else "; frame-ancestors 'self'"))
        if not embeddable:
            response.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
    return response


def csrf_token() -> str:
    # The only way our code reads the session: a page holding the token is this visitor's
    # alone, so public() never shares it. (Asking Flask's session whether it was accessed
    # would itself mark it accessed.)
    g.personal = True
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(32)
    return session["csrf"]


def _check_csrf() -> None:
    """HTML forms carry a per-session token. API calls from a browser (they carry our
    session cookie) send it as X-CSRF-Token; cookie-less API clients need none, as a
    cross-site request cannot ride on a session they do not have."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    if request.path.startswith("/api/admin/"):
        return  # authorised by a bearer token, which a browser never sends on its own
    has_cookie = current_app.config["SESSION_COOKIE_NAME"] in request.cookies
    if request.path.startswith("/api/"):
        sent = request.headers.get("X-CSRF-Token")
        if not has_cookie:
            return
    else:
        sent = request.form.get("csrf_token")
    if not sent or not secrets.compare_digest(sent, session.get("csrf", "")):
        abort(400, "The form expired or did not come from this site: reload the page and try again.")


# -- public pages: no session, HTTP caching, the page cache -----------------------
#
# The pages anyone reads (a speech, its embed, a sitting, search, needs checking, oEmbed,
# the sitting and search JSON) hold nothing personal, so they
# - create no session and set no cookie: a reader, a crawler or a link preview gets the
#   same bytes as everyone else, and a proxy or CDN may keep them;
# - carry `Cache-Control: public, no-cache` and a strong ETag (a hash of the body): a
#   cache may store the page but asks every time, and gets `304 Not Modified` while the
#   page is unchanged, so a volunteer's correction is visible at once everywhere;
# - are kept, rendered, in this process (PageCache), keyed on the request and validated
#   by the store's content version (a counter that every write to a sitting, speech or
#   correction bumps, store.content_version), read in the same snapshot as the page: a
#   kept page is served only while nothing it shows has changed, whichever thread or
#   process wrote. Pages that show a sitting's job are also validated by that job's row.
# A page whose rendering asked for the CSRF token (csrf_token() marks it personal) is
# never kept or marked public. SPEECHSTAMP_PAGE_CACHE_MB (64; 0: no cache) bounds the
# memory; the least recently used pages go first.

# A page larger than this share of the cache is not kept (it would push out too many).
_LARGEST_SHARE = 8


@dataclass(frozen=True)
class Page:
    validator: Hashable  # (content version, job row or None) when it was rendered
    body: bytes
    mimetype: str
    etag: str


class PageCache:
    """Rendered pages, least recently used out first, at most `max_bytes` of bodies."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._pages: OrderedDict[Hashable, Page] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: Hashable, validator: Hashable) -> Page | None:
        with self._lock:
            page = self._pages.get(key)
            if page is None or page.validator != validator:
                self.misses += 1
                return None
            self._pages.move_to_end(key)
            self.hits += 1
            return page

    def put(self, key: Hashable, page: Page) -> None:
        size = len(page.body)
        if size * _LARGEST_SHARE > self.max_bytes:
            return
        with self._lock:
            old = self._pages.pop(key, None)
            if old is not None:
                self._bytes -= len(old.body)
            self._pages[key] = page
            self._bytes += size
            while self._bytes > self.max_bytes:
                _key, evicted = self._pages.popitem(last=False)
                self._bytes -= len(evicted.body)

    def __len__(self) -> int:
        return len(self._pages)


def etag_of(body: bytes) -> str:
    return hashlib.blake2b(body, digest_size=16).hexdigest()


def public(*args: str, job_of: str | None = None) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Decorate a GET view of a public page. `args`: the query arguments the page depends
    on (others are left out of the cache key, so junk arguments cannot multiply entries);
    `job_of`: the view argument naming a sitting whose newest job the page shows."""
    def decorate(view: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(view)
        def cached(**kwargs: Any) -> Any:
            cache: PageCache = current_app.extensions["speechstamp-pages"]
            # The host is part of every absolute URL in the page (permalinks, og:url).
            key = (request.endpoint, request.host_url, request.script_root,
                   tuple(sorted(kwargs.items())), tuple(request.args.get(a) for a in args))
            db = get_db()
            with store.reading(db):  # the validator and a rendering from one snapshot
                validator = (store.content_version(db),
                             store.latest_job_state(db, kwargs[job_of]) if job_of else None)
                page = cache.get(key, validator) if cache.max_bytes else None
                if page is None:
                    response = current_app.make_response(view(**kwargs))
                    if response.status_code != 200 or g.get("personal"):
                        return response  # an error, or personal (a CSRF token): as it is
                    body = response.get_data()
                    page = Page(validator, body, response.mimetype, etag_of(body))
                    if cache.max_bytes:
                        cache.put(key, page)
            response = current_app.response_class(page.body, mimetype=page.mimetype)
            response.set_etag(page.etag)
            response.headers["Cache-Control"] = "public, no-cache"
            return response.make_conditional(request)
        return cached
    return decorate


# -- helpers ------------------------------------------------------------------

def clock(seconds: float | None) -> str:
    return "—" if seconds is None else links.format_clock(seconds)


def change_job(job_id: int, action: str) -> dict[str, Any]:
    """Cancel or retry a job (pages and API alike) and wake the engine; 404 if there is none."""
    change = store.request_cancel if action == "cancel" else store.retry_job
    found = change(get_db(), job_id) or abort(404, f"There is no job {job_id}.")
    current_app.extensions["speechstamp"].submit(job_id)
    return found


def sitting_or_404(sitting_id: int) -> dict[str, Any]:
    sitting = store.get_sitting(get_db(), sitting_id)
    if sitting is None:
        abort(404, f"There is no sitting {sitting_id}.")
    return sitting


def speech_or_404(speech_id: str, pinned: int | None) -> dict[str, Any]:
    speech = store.find_speech(get_db(), speech_id, pinned)
    if speech is None:
        abort(404, f"There is no speech {speech_id}" + (f" in sitting {pinned}." if pinned else "."))
    return speech


def permalink(speech: dict[str, Any], external: bool = True) -> str:
    """/s/<speech id> names the newest sitting holding that speech; an older sitting's
    copy is pinned with ?sitting=N so its link never changes meaning."""
    pinned = None if speech["sitting_id"] == speech["newest_sitting"] else speech["sitting_id"]
    path = _speech_path(request.script_root, speech["speech_id"], pinned)
    return request.host_url.rstrip("/") + path if external else path


@functools.lru_cache(maxsize=100_000)
def _speech_path(script_root: str, speech_id: str, pinned: int | None) -> str:
    # url_for was half the time of a sitting's JSON (one per speech); a path depends only
    # on these three, so each is built once (script_root is in the key only to be safe).
    return url_for("pages.speech", speech_id=speech_id, sitting=pinned)


def site_path(endpoint: str, **values: Any) -> str:
    """url_for for the links every page carries (navigation, style sheet, script): they
    depend on nothing but the script root, so each is built once, not on every page."""
    return _site_path(request.script_root, endpoint, tuple(sorted(values.items())))


@functools.lru_cache(maxsize=256)
def _site_path(script_root: str, endpoint: str, values: tuple[tuple[str, Any], ...]) -> str:
    return url_for(endpoint, **dict(values))


def media_url(sitting: dict[str, Any]) -> str:
    return url_for("pages.media", sitting_id=sitting["id"], _external=True)

# -- intake -------------------------------------------------------------------

def _given(file: FileStorage | None) -> FileStorage | None:
    return file if file is not None and file.filename else None


def read_submission() -> jobs.Submission:
    form, files = request.form, request.files
    return jobs.Submission(
        title=form.get("title", "").strip()[:200], video_url=form.get("video_url", "").strip(),
        video=_given(files.get("video")), record=_given(files.get("record")),
        record_text=form.get("record_text", "").strip(), record_url=form.get("record_url", "").strip())


def intake(sub: jobs.Submission) -> tuple[int, int]:
    """Accept a submission (its inputs are on disk before the job is queued), start it."""
    try:
        sitting_id, job_id = jobs.accept(get_db(), current_app.config["MEDIA_DIR"], sub,
                                         allow_private=current_app.config["ALLOW_PRIVATE_URLS"],
                                         limits=current_app.extensions["speechstamp-limits"])
    except jobs.SubmissionError as exc:
        raise Refusal(str(exc)) from None
    current_app.extensions["speechstamp"].submit(job_id)
    return sitting_id, job_id

