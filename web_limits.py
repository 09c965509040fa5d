"""Abuse limits for the web service: who the client is, banned addresses, per-client
rate limits on submissions and corrections (kept in SQLite, so they hold across
threads, processes and restarts), and the admin token.

Configuration (environment, read by app.create_app):
  SPEECHSTAMP_SUBMIT_RATE   "10/hour"    submissions and job retries per client
  SPEECHSTAMP_CORRECT_RATE  "60/minute"  corrections, undos and job cancels per client
  SPEECHSTAMP_ADMIN_TOKEN   unset        no token, no admin actions
  SPEECHSTAMP_TRUSTED_PROXIES  0         reverse proxies in front whose X-Forwarded-For counts
"""
from __future__ import annotations

import functools
import hmac
import ipaddress
import math
import re
from dataclasses import dataclass
from typing import Any, Callable

from flask import abort, current_app, request
from werkzeug.exceptions import HTTPException

import store

_UNITS = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0}
# Failed admin-token attempts allowed per client, so the token cannot be guessed online.
ADMIN_FAILURES = "10/hour"


class ConfigError(ValueError):
    """A limit in the configuration cannot be read."""


@dataclass(frozen=True)
class Rate:
    count: int
    seconds: float

    def __str__(self) -> str:
        unit = next(name for name, size in _UNITS.items() if size == self.seconds)
        return f"{self.count} per {unit}"


def parse_rate(text: str) -> Rate:
    """'10/hour', '60/minute', '5 / second', '100/day'."""
    match = re.fullmatch(r"\s*(\d+)\s*/\s*(second|minute|hour|day)s?\s*", text or "")
    if not match or int(match[1]) < 1:
        raise ConfigError(f"Cannot read the rate {text!r}: expected e.g. 10/hour or 60/minute "
                          "(units: second, minute, hour, day).")
    return Rate(int(match[1]), _UNITS[match[2]])


class TooMany(HTTPException):
    """429: the client went over a rate limit; says when to come back."""
    code = 429

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = max(1, math.ceil(retry_after))


def client_key() -> str:
    """The client as rate limits and the corrections log know it: its IPv4 address, or the
    /64 network of an IPv6 one (one household or server usually holds a whole /64).
    Behind trusted proxies, werkzeug's ProxyFix has already put the real address here."""
    raw = request.remote_addr or "unknown"
    try:
        ip = ipaddress.ip_address(raw)
    except ValueError:
        return raw
    if ip.version == 6 and ip.ipv4_mapped is None:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip.ipv4_mapped or ip) if ip.version == 6 else str(ip)


def _wait_words(seconds: int) -> str:
    if seconds < 120:
        return f"{seconds} seconds"
    if seconds < 7200:
        return f"{math.ceil(seconds / 60)} minutes"
    return f"{math.ceil(seconds / 3600)} hours"


def limited(kind: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Decorate a view that changes something: banned clients get 403; a client over the
    `kind` rate ("submit" or "correct", from app.config["RATES"]) gets 429."""
    def decorate(view: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(view)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            check_client(kind)
            return view(*args, **kwargs)
        return guarded
    return decorate


def check_client(kind: str) -> None:
    from app import get_db  # the request's connection; app imports this module
    db = get_db()
    if store.is_banned(db, request.remote_addr or ""):
        abort(403, "This address may not submit or correct anything here.")
    rate: Rate = current_app.config["RATES"][kind]
    wait = store.take_hit(db, client_key(), kind, rate.count, rate.seconds)
    if wait:
        what = "submissions" if kind == "submit" else "corrections"
        raise TooMany(f"Too many {what} from your address (the limit is {rate}): "
                      f"try again in {_wait_words(math.ceil(wait))}.", wait)


def require_admin() -> None:
    """The request must carry `Authorization: Bearer <SPEECHSTAMP_ADMIN_TOKEN>`."""
    from app import get_db
    token = current_app.config.get("ADMIN_TOKEN") or ""
    if not token:
        abort(403, "Admin actions are disabled: no SPEECHSTAMP_ADMIN_TOKEN is configured.")
    db, client = get_db(), client_key()
    rate = parse_rate(ADMIN_FAILURES)
    wait = store.hits_wait(db, client, "admin-failure", rate.count, rate.seconds)
    if wait:
        raise TooMany("Too many wrong admin tokens from your address: "
                      f"try again in {_wait_words(math.ceil(wait))}.", wait)
    scheme, _, sent = request.headers.get("Authorization", "").partition(" ")
    # compare_digest on bytes: constant time whatever the length or characters sent.
    if scheme.lower() != "bearer" or not hmac.compare_digest(
            sent.strip().encode("utf-8"), token.encode("utf-8")):
        store.take_hit(db, client, "admin-failure", rate.count, rate.seconds)
        abort(401, "Admin actions need the admin token: send 'Authorization: Bearer <token>'.")
