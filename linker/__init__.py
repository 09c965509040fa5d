"""The linker: read a Hansard record, place each speech on a transcript's timeline."""
from linker.align import align
from linker.links import (format_clock, media_fragment, moment_link, parliamentlive_link, parse_t,
                          permalink, youtube_id, youtube_link)
from linker.model import Record, Speech, SpeechTiming, links_document
from linker.records import RecordError, parse_record, read_record

__all__ = ["align", "read_record", "parse_record", "RecordError", "Record", "Speech", "SpeechTiming",
           "links_document", "parse_t", "format_clock", "permalink", "moment_link", "youtube_link",
           "parliamentlive_link", "media_fragment", "youtube_id"]
