"""Pairing printed tokens with heard tokens, and which pairs support each other."""
from __future__ import annotations

from rapidfuzz.distance import Indel, LCSseq, Levenshtein

def match_tokens(printed: list[int], heard: list[int], local: bool = False) -> list[int]:
    """For each printed token, the index of the heard token it is paired with, or -1.

    Whole sittings: Levenshtein (bit-parallel, the fastest). Short local searches: the
    longest common subsequence (Indel), which prefers pairing words to substituting them."""
    match = [-1] * len(printed)
    for tag, i1, i2, j1, _ in (Indel if local else Levenshtein).opcodes(printed, heard):
        if tag == "equal":
            match[i1:i2] = range(j1, j1 + (i2 - i1))
    return match


def paired_count(printed: list[int], heard: list[int]) -> int:
    """How many tokens the best pairing of the two pairs (their longest common subsequence)."""
    return LCSseq.similarity(printed, heard)


def latest_start(printed: list[int], heard: list[int], first: int) -> int:
    """The last heard index from which the printed tokens still pair with as many heard
    ones as from `first`. The count only falls as the start moves later, so a binary
    search finds it."""
    best = paired_count(printed, heard[first:])
    if paired_count(printed, heard[first + 1:]) < best:
        return first  # most speeches: the first pairing is needed
    lo, hi = first + 1, len(heard)  # the answer is in [lo, hi)
    while hi - lo > 1:
        middle = (lo + hi) // 2
        if paired_count(printed, heard[middle:]) == best:
            lo = middle
        else:
            hi = middle
    return lo


def reliable_hits(begin: int, end: int, match: list[int], near: int, holes: list[int]) -> list[int]:
    """Printed token indices in [begin, end) whose match has a neighbouring match: near
    on both sides, and with no hole in the transcript between them."""
    hits = [k for k in range(begin, end) if match[k] >= 0]
    if end - begin <= 3:
        return hits  # "No." / "Order." cannot have neighbours
    # close[n]: hits n and n+1 are near each other on both sides
    close = [b - a <= near and abs(match[b] - match[a]) <= near + 1 and holes[match[a]] == holes[match[b]]
             for a, b in zip(hits, hits[1:])]
    return [k for n, k in enumerate(hits) if (n and close[n - 1]) or (n < len(close) and close[n])]
