"""Test media made on the spot: espeak-ng speech with known timings, and small
sittings (video + ParlParse record + plain-text record + truth) built from it.

Nothing here needs ../shared: the tests make every clip they use."""
from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import wave
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

import numpy as np

RATE = 16000


def speak(text: str, voice: str = "en-gb", speed: int = 160, pitch: int = 50) -> np.ndarray:
    """Speech for `text` at 16 kHz mono, trimmed so that sample 0 is the first sound."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "say.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-p", str(pitch),
                        "-w", str(out), text], check=True, capture_output=True)
        with wave.open(str(out)) as w:
            rate = w.getframerate()
            data = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16)
    audio = data.astype(np.float32) / 32768
    if rate != RATE:
        positions = np.arange(0, len(audio), rate / RATE)
        audio = np.interp(positions, np.arange(len(audio)), audio).astype(np.float32)
    loud = np.nonzero(np.abs(audio) > 0.01)[0]
    return audio[loud[0]:loud[-1] + 1] if len(loud) else audio


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(round(seconds * RATE)), np.float32)


@dataclass
class Part:
    text: str
    start: float
    end: float


@dataclass
class Clip:
    audio: np.ndarray
    parts: list[Part] = field(default_factory=list)

    @property
    def duration(self) -> float:
        return len(self.audio) / RATE


def build_clip(items: list[str | float], voice: str = "en-gb", speed: int = 160) -> Clip:
    """Concatenate spoken sentences (str) and silences (float seconds)."""
    chunks: list[np.ndarray] = []
    parts: list[Part] = []
    t = 0.0
    for item in items:
        sig = silence(item) if isinstance(item, (int, float)) else speak(item, voice, speed)
        if isinstance(item, str):
            parts.append(Part(item, t, t + len(sig) / RATE))
        chunks.append(sig)
        t += len(sig) / RATE
    return Clip(np.concatenate(chunks) if chunks else silence(0), parts)


def write_wav(audio: np.ndarray, path: Path) -> Path:
    pcm = (np.clip(audio, -1, 1) * 32767).astype(np.int16)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm.tobytes())
    return path


def encode(wav: Path, out: Path, video: bool = True) -> Path:
    """Encode a WAV as .mp4 (tiny still video + AAC), or any audio format by suffix."""
    cmd = ["ffmpeg", "-loglevel", "error", "-y"]
    if video:
        cmd += ["-f", "lavfi", "-i", "color=c=0x1d3b2a:s=160x90:r=5", "-i", str(wav), "-shortest",
                "-c:v", "libx264", "-preset", "veryfast", "-tune", "stillimage",
                "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "48k", str(out)]
    else:
        cmd += ["-i", str(wav), str(out)]
    subprocess.run(cmd, check=True, capture_output=True)
    return out


@dataclass
class SpeechSpec:
    """One record speech: what Hansard prints, and what was said (None: never spoken)."""
    id: str
    speaker: str
    record_text: str
    spoken_text: str | None
    oral_qnum: str | None = None
    voice: str = "en-gb"


@dataclass
class Sitting:
    media: Path
    record_xml: Path
    record_txt: Path
    truth: dict


VOICES = ["en-gb", "en-us", "en-gb-scotland", "en-gb-x-rp", "en-029"]
_DTD = """<!DOCTYPE publicwhip
[
<!ENTITY pound  "&#163;" >
<!ENTITY mdash   "&#8212;">
<!ENTITY rsquo   "&#8217;">
]>
"""


def record_xml(specs: list[SpeechSpec]) -> str:
    """A ParlParse-style record (the subset the linker reads), Latin-1 with an entity DTD."""
    lines = ['<?xml version="1.0" encoding="ISO-8859-1"?>', _DTD, '<publicwhip scrapeversion="a" latest="yes">',
             '<oral-heading id="uk.org.publicwhip/debate/2009-10-27a.1.0" nospeaker="true" colnum="1" '
             'time="14:30:00">Oral Answers to Questions</oral-heading>']
    for i, s in enumerate(specs):
        qnum = f' oral-qnum="{s.oral_qnum}"' if s.oral_qnum else ""
        body = escape(s.record_text).replace("£", "&pound;")
        lines.append(f'<speech id="{escape(s.id)}" speakername="{escape(s.speaker)}" '
                     f'person_id="uk.org.publicwhip/person/{10000 + i}" colnum="1" time="14:30:00"{qnum}>'
                     f'<p pid="a.1.{i}/1">{body}</p></speech>')
    lines.append("</publicwhip>")
    return "\n".join(lines) + "\n"


def make_sitting(out_dir: Path, specs: list[SpeechSpec], *, lead_in: float = 2.0, gap: float = 1.0,
                 preamble: str | None = "Good afternoon and welcome to the House of Commons.",
                 video: bool = True) -> Sitting:
    """Render the spoken speeches in order, with `gap` seconds between them."""
    out_dir.mkdir(parents=True, exist_ok=True)
    chunks: list[np.ndarray] = [silence(lead_in)]
    t = lead_in
    if preamble:
        intro = speak(preamble, "en-us")
        chunks += [intro, silence(gap)]
        t += len(intro) / RATE + gap
    truth = []
    for spec in specs:
        entry: dict = {"id": spec.id, "speaker": spec.speaker, "spoken": spec.spoken_text is not None}
        if spec.spoken_text is not None:
            sig = speak(spec.spoken_text, spec.voice)
            entry.update(start=round(t, 3), end=round(t + len(sig) / RATE, 3), spoken_text=spec.spoken_text)
            chunks += [sig, silence(gap)]
            t += len(sig) / RATE + gap
        truth.append(entry)
    chunks.append(silence(1.0))
    audio = np.concatenate(chunks)
    wav = write_wav(audio, out_dir / "sitting.wav")
    media = encode(wav, out_dir / ("sitting.mp4" if video else "sitting.mp3"), video=video)
    wav.unlink()
    xml_path = out_dir / "record.xml"
    xml_path.write_bytes(record_xml(specs).encode("latin-1", errors="xmlcharrefreplace"))
    txt_path = out_dir / "record.txt"
    txt_path.write_text("".join(f"{s.speaker}: {s.record_text}\n\n" for s in specs), encoding="utf-8")
    truth_doc = {"duration": round(len(audio) / RATE, 3), "speeches": truth}
    (out_dir / "truth.json").write_text(json.dumps(truth_doc, indent=1))
    return Sitting(media, xml_path, txt_path, truth_doc)


def small_sitting_specs() -> list[SpeechSpec]:
    """Four spoken speeches and one never spoken, in the shape of departmental questions."""
    return [
        SpeechSpec("uk.org.publicwhip/debate/2009-10-27a.1.1", "Angela Watkinson",
                   "What role his Department plays in making contingency arrangements for the fire service.",
                   "Number one, Mr Speaker.", oral_qnum="1", voice="en-gb"),
        SpeechSpec("uk.org.publicwhip/debate/2009-10-27a.1.2", "John Denham",
                   "The making of contingency arrangements for emergencies is the statutory duty of "
                   "individual fire and rescue authorities.",
                   "The making of contingency arrangements for emergencies is the statutory duty of "
                   "individual fire and rescue authorities.", voice="en-us"),
        SpeechSpec("uk.org.publicwhip/debate/2009-10-27a.1.3", "Bob Spink",
                   "indicated dissent.", None),
        SpeechSpec("uk.org.publicwhip/debate/2009-10-27a.1.4", "Caroline Spelman",
                   "Will the Secretary of State confirm that there are no contingency vehicles, because "
                   "the green goddesses have been sold off to places such as Albania and Peru?",
                   "Will the Secretary of State confirm that there are no contingency vehicles, because "
                   "the green goddesses have been sold off to places such as Albania and Peru?",
                   voice="en-gb-scotland"),
        SpeechSpec("uk.org.publicwhip/debate/2009-10-27a.1.5", "John Denham",
                   "The hon. Lady is well aware that the responsibility for contingency plans lies with "
                   "the fire and rescue authorities.",
                   "The honourable Lady is well aware that the responsibility for contingency plans lies "
                   "with the fire and rescue authorities.", voice="en-us"),
    ]


def have_tools() -> bool:
    return all(shutil.which(t) for t in ("espeak-ng", "ffmpeg"))
