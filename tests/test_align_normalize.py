"""Tokens shared by both sides: what Hansard prints and what the recogniser writes."""
from __future__ import annotations

import pytest

from linker.normalize import number_words, sound_key, tokenize


@pytest.mark.parametrize("printed, heard", [
    ("£5 million", "five million pounds"),
    ("£5m", "5 million pounds"),
    ("a 24-hour service", "a twenty-four hour service"),
    ("The hon. Lady", "The honourable lady"),
    ("my right hon. Friend", "my right honorable friend"),
    ("Mr. Speaker", "Mister Speaker"),
    ("Mr Speaker", "mr. speaker,"),
    ("the organisation's programme", "the organization's program"),
    ("labour and colour in the centre", "labor and color in the center"),
    ("defence licence", "defense license"),
    ("10%", "ten per cent"),
    ("10 per cent.", "10 percent"),
    ("Number six, Mr Speaker.", "Number 6. Mr Speaker"),
    ("Number twenty-one", "number 21"),
    ("in 2009", "in two thousand nine"),
    ("Café — “quoted”", "cafe quoted"),
    ("it’s", "it's"),
    ("1st", "first"),
])
def test_same_tokens(printed, heard):
    assert tokenize(printed) == tokenize(heard)


@pytest.mark.parametrize("a, b", [("four", "for"), ("hour", "her"), ("our", "or"), ("no", "number")])
def test_different_words_stay_different(a, b):
    assert tokenize(a) != tokenize(b)


@pytest.mark.parametrize("n, words", [(0, "zero"), (7, "seven"), (21, "twenty one"), (100, "one hundred"),
                                      (2009, "two thousand nine"), (1_500_000, "one million five hundred thousand")])
def test_number_words(n, words):
    assert " ".join(number_words(n)) == words


def test_punctuation_only_gives_no_tokens():
    assert tokenize("— ... !") == []


def test_sound_key_keeps_the_sounds_across_word_breaks():
    from rapidfuzz import fuzz
    said = sound_key(tokenize("We will declare a ceasefire on that for now."))
    misheard = sound_key(tokenize("Where you know we'll be clear as he's far on that far out."))
    other = sound_key(tokenize("I thank all the Members who took part in the debate."))
    assert fuzz.ratio(said, misheard) >= 75 > fuzz.ratio(said, other)
    assert sound_key(["phone", "wrong", "cell"]) == sound_key(["fone", "rong", "sel"])
