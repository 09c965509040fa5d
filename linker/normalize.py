"""Tokens shared by both sides: what Hansard prints and what the recogniser hears
must turn into the same words. Both sides go through the same functions, so a
rule only has to be consistent, not linguistically right ("size" -> "sise" is fine)."""
from __future__ import annotations

import re
import unicodedata

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = [(10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand"), (100, "hundred")]
_ORDINALS = {"first": "one", "second": "two", "third": "three", "fifth": "five", "eighth": "eight",
             "ninth": "nine", "twelfth": "twelve"}
NUMBER_WORDS = frozenset(_ONES + _TENS[2:] + [s for _, s in _SCALES] + ["and"])
_MULTIPLIERS = {"m": "million", "bn": "billion", "k": "thousand", "million": "million",
                "billion": "billion", "thousand": "thousand", "trillion": "trillion"}
_CURRENCY = {"£": "pounds", "$": "dollars", "€": "euros"}
_MONEY = frozenset(_CURRENCY.values())
_SCALE_WORDS = frozenset(_MULTIPLIERS.values())
_ABBREVIATIONS = {"mr": "mister", "mrs": "missus", "dr": "doctor", "hon": "honourable", "rt": "right",
                  "st": "saint", "govt": "government", "&": "and", "%": "per cent", "percent": "per cent",
                  "okay": "ok", "whilst": "while", "programme": "program", "programmes": "programs",
                  "judgement": "judgment", "ageing": "aging", "grey": "gray", "tyre": "tire",
                  "cheque": "check", "aluminium": "aluminum", "towards": "toward",
                  "here": "hear"}  # the recogniser writes "Hear, hear!" as "Here, here."
_BRITISH = [(re.compile(p), r) for p, r in [
    (r"^(hon|lab|fav|behavi|neighb|col|harb|rum|endeav|vig|parl|hum|sav|flav|arm|od|vap|val|rig|clam"
     r"|splend|tum|cand|ard)our", r"\1or"),
    (r"^(cent|theat|met|lit|fib|calib|somb|spect|lust|mitre)re(s|d)?$", r"\1er\2"),
    (r"^(defen|offen|licen|preten)ce", r"\1se"),
    (r"^(travel|cancel|model|label|level|signal|total|fuel|channel|counsel|equal|marshal)l(ed|ing|er|ers)$",
     r"\1\2"),
    (r"isation", "ization"), (r"(?<=..)is(e|ed|es|ing)$", r"iz\1"), (r"ys(e|ed|es|ing)$", r"yz\1"),
    (r"ogue$", "og"),
]]
# One search tells whether any spelling rule can apply (most words: none).
_BRITISH_ANY = re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in _BRITISH))
_DASHES = re.compile(r"[-\u2010-\u2015/]+")
_WORD = re.compile(r"[£$€]?\d[\d,]*(?:\.\d+)?(?:st|nd|rd|th|%|m|bn|k|s)?|[a-z]+(?:'[a-z]+)*|&|%|[£$€]")

# A full stop, question or exclamation mark before a capital, not after "hon." or "Mr.".
SENTENCE_END = re.compile(r"[.?!](?<!\bhon\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bNo\.)\s+(?=[A-Z])")


def number_words(n: int) -> list[str]:
    """English words for a whole number, without "and": 2009 -> two thousand nine."""
    if n < 20:
        return [_ONES[n]]
    if n < 100:
        return [_TENS[n // 10]] + ([_ONES[n % 10]] if n % 10 else [])
    for value, name in _SCALES:
        if n >= value:
            rest = number_words(n % value) if n % value else []
            return number_words(n // value) + [name] + rest
    return [str(n)]


def _number_token(token: str) -> list[str]:
    """Digits (with currency, decimals, %, ordinals, m/bn) as words."""
    currency = _CURRENCY.get(token[0])
    if currency:
        token = token[1:]
    match = re.fullmatch(r"([\d,]+)(?:\.(\d+))?(st|nd|rd|th|%|m|bn|k|s)?", token)
    if not match:
        return [token]
    whole = int(match[1].replace(",", "") or 0)
    words = number_words(whole) if whole < 10**15 else list(match[1])
    if match[2]:
        words += (["point"] + [_ONES[int(d)] for d in match[2]]) if not currency else number_words(int(match[2]))
    suffix = match[3]
    if suffix == "%":
        words += ["per", "cent"]
    elif suffix in ("m", "bn", "k"):
        words.append(_MULTIPLIERS[suffix])
    if currency:
        words.append(currency)
    return words


def _canonical(word: str) -> list[str]:
    """One lower-case word (no digits) in the spelling both sides share."""
    word = word.replace("'", "")
    out = []
    for part in _ABBREVIATIONS.get(word, word).split():
        part = _ORDINALS.get(part, part)
        if _BRITISH_ANY.search(part):
            for pattern, replacement in _BRITISH:
                part = pattern.sub(replacement, part)
        out.append(part)
    return out


def _fold(text: str) -> str:
    """Lower case, accents off, curly quotes straight, dashes and slashes as spaces."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
        text = "".join(c for c in text if not unicodedata.combining(c))
    return _DASHES.sub(" ", text.lower())


def word_tokens(word: str) -> tuple[str, ...]:
    """The tokens of one word (or short phrase) from either side."""
    found = _CACHE.get(word)
    if found is None:
        if len(_CACHE) > 200_000:
            _CACHE.clear()
        found = _CACHE[word] = _word_tokens(word)
    return found


_AROUND = " .,;:?!\"()[]"  # punctuation that _WORD leaves out either side of a plain word
_CACHE: dict[str, tuple[str, ...]] = {}  # a sitting repeats the same few thousand words


def _word_tokens(word: str) -> tuple[str, ...]:
    core = word.strip(_AROUND)
    if core.isalpha() and core.isascii():  # most words: what the general path does, quicker
        return tuple(_canonical(core.lower()))
    tokens: list[str] = []
    for piece in _WORD.findall(_fold(word)):
        if piece[0].isdigit() or piece[0] in _CURRENCY and len(piece) > 1:
            tokens.extend(_number_token(piece))
        elif piece in _CURRENCY:
            tokens.append(_CURRENCY[piece])
        else:
            tokens.extend(_canonical(piece))
    return tuple(tokens)


def tokenize_words(words: list[str]) -> tuple[list[str], list[int]]:
    """Tokens of a sequence of words, and for each token the index of its word."""
    tokens: list[str] = []
    owners: list[int] = []
    cache = _CACHE
    for index, word in enumerate(words):
        found = cache.get(word) or word_tokens(word)
        if len(found) == 1:
            tokens.append(found[0])
            owners.append(index)
        elif found:
            tokens.extend(found)
            owners.extend([index] * len(found))
    _tidy(tokens, owners)
    return tokens, owners


def tokenize(text: str) -> list[str]:
    return tokenize_words(text.split())[0]


def _tidy(tokens: list[str], owners: list[int]) -> None:
    """Cross-word rules, in place: "£5 million" says "five million pounds", and a
    question called by number ("number six") keeps only that it was a number."""
    i = 0
    while i < len(tokens) - 1:
        if tokens[i] in _MONEY and tokens[i + 1] in _SCALE_WORDS:
            tokens[i], tokens[i + 1] = tokens[i + 1], tokens[i]
        if tokens[i] == "number":
            j = i + 1
            while j < len(tokens) and tokens[j] in NUMBER_WORDS and not (j > i + 1 and tokens[j] == "and"):
                j += 1
            if j > i + 1:
                tokens[i + 1:j] = ["#n"]
                owners[i + 1:j] = [owners[i + 1]]
        i += 1


# English spellings of one sound made one letter, every run of vowels one "a", doubled
# letters single: what is left is roughly the run of consonants a listener hears.
_SOUNDS = [(re.compile(pattern), replacement) for pattern, replacement in [
    (r"ph", "f"), (r"wh", "w"), (r"ck", "k"), (r"c(?=[eiy])", "s"), (r"c", "k"), (r"q", "k"), (r"x", "ks"),
    (r"z", "s"), (r"dg", "j"), (r"gh", ""), (r"th", "t"), (r"kn", "n"), (r"wr", "r"), (r"[aeiouy]+", "a"),
    (r"(.)\1+", r"\1")]]


def sound_key(tokens: list[str]) -> str:
    """Tokens as one string of rough sounds, word breaks dropped: a misheard phrase
    ("we'll be clear as he's far") splits words elsewhere but keeps most of the sounds
    of what was said ("we will declare a ceasefire")."""
    key = "".join(tokens)
    for pattern, replacement in _SOUNDS:
        key = pattern.sub(replacement, key)
    return key


def before_cheers(said: list[str], floor: int, end: int) -> int:
    """Word index `end`, moved back over the House's "Hear, hear" just before it (not
    to or before word `floor`): the cheers are no one's speech."""
    while end - 1 > floor and said[end - 1] == "hear":
        end -= 1
    return end


# Irish, which members of the Northern Ireland Assembly often open with ("Go raibh maith
# agat, a LeasCheann Comhairle.", in 11 of the 131 speeches of 13 October 2009). An
# English model writes nothing or noise for it, so its words can be neither read in the
# transcript nor listened for, only heard as someone speaking.
_IRISH = frozenset("raibh maith mhaith agat cheann leascheann phríomh comhairle tá ceist agam aire agus liom "
                   "cuirim fáilte roimh ráiteas gabhaim buíochas míle".split())
_IRISH_OR_ENGLISH = frozenset("go a an don ba leis".split())


def in_irish(sentence: str) -> bool:
    """Whether a sentence is Irish: at least two thirds of its words are Irish, one of
    them not an English word too."""
    words = [word for word in re.split(r"[^\w\u00c0-\u024f]+", sentence.lower()) if word]
    irish = [word for word in words if word in _IRISH or any(vowel in word for vowel in "áéíóú")]
    shared = [word for word in words if word in _IRISH_OR_ENGLISH]
    return bool(irish) and 3 * (len(irish) + len(shared)) >= 2 * len(words)


def irish_opening(text: str) -> str:
    """The text's opening sentences in Irish ("" when it opens in English)."""
    done = 0
    for end in SENTENCE_END.finditer(text + " X"):  # the last sentence ends there too
        if not in_irish(text[done:end.start() + 1]):
            break
        done = end.end()
    return " ".join(text[:done].split())
