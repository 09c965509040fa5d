"""Read a Hansard record into a Record: ParlParse (TheyWorkForYou) XML or plain text.

ParlParse files carry an internal DTD that declares character entities (&pound; ...).
Records are untrusted uploads, so the DTD is never handed to an XML parser: it is
read here with a strict pattern that admits only `<!ENTITY name "&#NNN;">` lines, its
entities are rewritten as character references, and the rest is parsed by defusedxml
with DTDs and entities forbidden. Anything else in a DTD is refused."""
from __future__ import annotations

import re
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from linker.model import Record, Speech


class RecordError(Exception):
    """The record cannot be read; the message is one sentence for the user."""


_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*\?>")
_DOCTYPE = re.compile(rb"<!DOCTYPE\s+[\w:.-]+\s*(?P<external>(?:SYSTEM|PUBLIC)\b[^\[>]*)?"
                      rb"(?:\[(?P<subset>.*?)\]\s*)?>", re.S)
_CHAR_ENTITY = re.compile(rb'<!ENTITY\s+(?P<name>[A-Za-z][\w.-]*)\s+'
                          rb'(?P<q>["\'])(?P<value>&#(?:\d{1,7}|x[0-9A-Fa-f]{1,6});)(?P=q)\s*>')
_COMMENT = re.compile(rb"<!--.*?-->", re.S)
_ENTITY_REF = re.compile(rb"&([A-Za-z][\w.-]*);")
_SPEECH_TAGS = {"speech", "ques", "reply"}
_HEADING_TAGS = {"major-heading", "minor-heading", "oral-heading"}


def read_record(path: str | Path) -> Record:
    """Read a record file (ParlParse XML or plain text)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RecordError(f"cannot read the record {path}: {exc.strerror or exc}") from exc
    return parse_record(data, path.name)


def parse_record(data: bytes | str, name: str = "") -> Record:
    """Parse record content (an upload or pasted text); `name` labels the Record."""
    if _looks_like_xml(data):
        return parse_parlparse(data, name)
    return parse_plain_text(data if isinstance(data, str) else _decode_text(data), name)


def _looks_like_xml(data: bytes | str) -> bool:
    if isinstance(data, bytes):
        return data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<"
    return data.lstrip("\ufeff \t\r\n")[:1] == "<"


def _decode_text(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse_parlparse(data: bytes | str, name: str = "") -> Record:
    """Parse ParlParse / TheyWorkForYou XML (debates, Lords, Westminster Hall, NI, written answers)."""
    if isinstance(data, str):
        # Pasted text is already decoded: its encoding declaration no longer applies.
        data = _XML_DECL.sub(b"", data.lstrip("\ufeff").encode("utf-8"), count=1)
    body = _expand_internal_dtd(data)
    try:
        root = SafeET.fromstring(body, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise RecordError(f"refused the record: its XML uses a forbidden construct ({type(exc).__name__})") from exc
    except ParseError as exc:
        raise RecordError(f"the record is not well-formed XML ({exc})") from exc
    except (LookupError, UnicodeError) as exc:  # an XML declaration naming an unknown encoding
        raise RecordError("its XML declares an encoding that is not known") from exc
    record = _record_from_tree(root, name)
    if not record.speeches:
        raise RecordError("the record holds no speeches" + _redirect_hint(record))
    _check_unique_ids(record)
    return record


def _expand_internal_dtd(data: bytes) -> bytes:
    """Rewrite declared character entities as references and drop the DOCTYPE."""
    decl = _XML_DECL.match(data)
    start = decl.end() if decl else 0
    doctype = _DOCTYPE.search(data, start)
    if doctype is None or not _only_comments(data[start:doctype.start()]):
        return data  # no DOCTYPE up front: defusedxml refuses any DTD further on
    if doctype.group("external"):
        raise RecordError("refused the record: its XML refers to an external DTD")
    subset = _COMMENT.sub(b"", doctype.group("subset") or b"")
    entities: dict[bytes, bytes] = {}
    for match in _CHAR_ENTITY.finditer(subset):
        entities[match["name"]] = match["value"]
    if _CHAR_ENTITY.sub(b"", subset).strip():
        raise RecordError("refused the record: its XML DTD declares more than character entities")

    def replace(ref: re.Match[bytes]) -> bytes:
        return entities.get(ref.group(1), ref.group(0))

    rest = _ENTITY_REF.sub(replace, data[doctype.end():])
    return data[:doctype.start()] + rest


def _only_comments(chunk: bytes) -> bool:
    return not _COMMENT.sub(b"", chunk).strip(b" \t\r\n\xef\xbb\xbf")


def _record_from_tree(root: Element, name: str) -> Record:
    record = Record(source=name, latest=root.get("latest", "yes") != "no")
    headings = {"major-heading": "", "minor-heading": ""}
    for el in root.iter():
        tag = el.tag
        if tag in _HEADING_TAGS:
            text = _flat(el)
            if tag == "minor-heading":
                headings["minor-heading"] = text
            else:  # a new major (or oral) heading resets the minor one
                headings.update({"major-heading": text, "minor-heading": ""})
        elif tag == "gidredirect" and el.get("oldgid") and el.get("newgid"):
            record.redirects[el.get("oldgid", "")] = el.get("newgid", "")
        elif tag in _SPEECH_TAGS:
            heading = " / ".join(h for h in headings.values() if h) or None
            record.speeches.append(_speech(el, heading, len(record.speeches) + 1))
    return record


def _speech(el: Element, heading: str | None, number: int) -> Speech:
    paragraphs = [p for p in (_flat(child) for child in el) if p]
    if not paragraphs and _flat(el):
        paragraphs = [_flat(el)]
    speaker = el.get("speakername") or "Unknown"
    person = el.get("person_id") or el.get("speakerid")
    if person in ("unknown", ""):
        person = None
    return Speech(id=el.get("id") or str(number), speaker=_collapse(speaker),
                  text=" ".join(paragraphs), paragraphs=paragraphs, person_id=person,
                  oral_qnum=el.get("oral-qnum") or None, heading=heading,
                  time=el.get("time") or None, url=el.get("url") or None)


def _flat(el: Element) -> str:
    return _collapse("".join(el.itertext()))


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _redirect_hint(record: Record) -> str:
    if record.redirects:
        return " (it is a superseded file whose speeches moved elsewhere; see its gidredirects)"
    return ""


# -- plain text --------------------------------------------------------------
# One speech per block, blocks separated by blank lines:
#     [uk.org.publicwhip/debate/2009-10-27d.141.9] 1. Angela Watkinson: What role ...
# The `[id]` and the question number `1.` (or `T1.`) are optional. A block without a
# speaker continues the speech before it as a new paragraph, except a short line with
# no closing punctuation, which is taken as a heading.

_SPEAKER_LINE = re.compile(r"^(?:\[(?P<id>[^\]\s]+)\]\s*)?(?:(?P<qnum>T?\d{1,3})\.\s+)?"
                           r"(?P<speaker>[^\W\d_][^:\n]{0,120}?)\s*:\s+(?P<text>\S.*)$", re.S)
_NAME_PARTICLES = {"of", "for", "the", "and", "de", "van", "von", "le", "la", "du", "da", "in", "on",
                   "st", "y", "ap", "mac", "der", "den", "hon"}  # "Several hon. Members: rose —"
PLAIN_TEXT_HELP = ("expected ParlParse XML or plain-text blocks of 'Speaker Name: text' "
                   "separated by blank lines")


def parse_plain_text(text: str, name: str = "") -> Record:
    """Parse `Speaker Name: text` blocks (see the comment above for the syntax)."""
    if "\x00" in text:
        raise RecordError(f"unrecognised record format: {PLAIN_TEXT_HELP}")
    record = Record(source=name)
    heading: str | None = None
    for block in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        block = _collapse(block)
        if not block:
            continue
        match = _SPEAKER_LINE.match(block)
        if match and _is_speaker_name(match["speaker"]):
            number = len(record.speeches) + 1
            body = match["text"].strip()
            record.speeches.append(Speech(
                id=match["id"] or f"speech-{number}", speaker=match["speaker"].strip(), text=body,
                paragraphs=[body], oral_qnum=match["qnum"], heading=heading))
        elif len(block.split()) <= 15 and not block.endswith((".", "?", "!", ":", ";", ",")):
            heading = block
        elif record.speeches:
            speech = record.speeches[-1]
            speech.paragraphs.append(block)
            speech.text = " ".join(speech.paragraphs)
    if not record.speeches:
        raise RecordError(f"unrecognised record format: {PLAIN_TEXT_HELP}")
    _check_unique_ids(record)
    return record


def _is_speaker_name(speaker: str) -> bool:
    words = speaker.split()
    if not 1 <= len(words) <= 16:
        return False
    for word in words:
        core = word.strip("().,'’\"-[]")
        if core and not core[0].isupper() and core.lower() not in _NAME_PARTICLES:
            return False
    return True


def _check_unique_ids(record: Record) -> None:
    seen: set[str] = set()
    for speech in record.speeches:
        if speech.id in seen:
            raise RecordError(f"the record has two speeches with the id {speech.id!r}")
        seen.add(speech.id)
