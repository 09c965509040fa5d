"""Admin actions (blueprint `admin`, under /api/admin), only with the admin token from
the configuration (SPEECHSTAMP_ADMIN_TOKEN; none configured: admin is disabled):
delete a sitting, see and revert a client's corrections, ban and unban addresses."""
from __future__ import annotations

import logging
import re
import shutil
from typing import Any

from flask import Blueprint, abort, current_app, jsonify, request

import store
from app import Refusal, get_db
from web_limits import require_admin

log = logging.getLogger("speechstamp.admin")
admin = Blueprint("admin", __name__, url_prefix="/api/admin")
# A sitting's folder is a uuid4 hex made by jobs.accept; nothing else is ever deleted.
_FOLDER = re.compile(r"[0-9a-f]{32}")


@admin.before_request
def _token() -> None:
    require_admin()


def _body() -> dict[str, Any]:
    data = request.get_json(silent=True)
    if data is None:
        data = request.form
    if not hasattr(data, "get"):
        raise Refusal("Send a JSON object.")
    return data


@admin.delete("/sittings/<int:sitting_id>")
def delete_sitting(sitting_id: int) -> Any:
    """The sitting, its jobs, speeches and corrections, and its folder of media. A job
    still running notices at its next progress check and stops without storing."""
    folder = store.delete_sitting(get_db(), sitting_id)
    if folder is None:
        abort(404, f"There is no sitting {sitting_id}.")
    if _FOLDER.fullmatch(folder):
        shutil.rmtree(current_app.config["MEDIA_DIR"] / folder, ignore_errors=True)
    log.warning("admin deleted sitting %s", sitting_id)
    return jsonify(deleted=sitting_id)


@admin.get("/corrections")
def corrections() -> Any:
    client = request.args.get("client") or None
    limit = min(max(request.args.get("limit", 200, type=int), 1), 1_000_000)
    return jsonify(corrections=store.corrections_log(get_db(), client, limit))


@admin.post("/corrections/revert")
def revert() -> Any:
    """Take back one client's corrections (and restore what they undid); the machine's
    times were never touched, so they are back wherever no other human time holds."""
    client = str(_body().get("client", "")).strip()
    if not client:
        raise Refusal("Name the client whose corrections to revert (as listed by /api/admin/corrections).")
    changed = store.revert_client(get_db(), client)
    log.warning("admin reverted %s corrections of %s", changed, client)
    return jsonify(client=client, reverted=changed)


@admin.get("/bans")
def list_bans() -> Any:
    return jsonify(bans=store.bans(get_db()))


@admin.post("/bans")
def add_ban() -> Any:
    data = _body()
    try:
        address = store.ban(get_db(), str(data.get("address", "")), str(data.get("reason", "")))
    except store.StoreError as exc:
        raise Refusal(str(exc)) from None
    log.warning("admin banned %s", address)
    return jsonify(banned=address), 201


@admin.delete("/bans/<path:address>")
def remove_ban(address: str) -> Any:
    if not store.unban(get_db(), address):
        abort(404, f"{address[:60]!r} is not banned.")
    return jsonify(unbanned=address)
