"""The floor for bench_scale.py: read the same two files, tokenize them the plainest
way, and run one Levenshtein.opcodes over the two token lists. Nothing else."""
import json
import re
import sys

from rapidfuzz.distance import Levenshtein

transcript = json.load(open(sys.argv[1], encoding="utf-8"))
heard = [w["word"].strip().lower() for s in transcript["segments"] for w in s["words"]]
printed = re.sub(r"<[^>]*>", " ", open(sys.argv[2], encoding="latin-1").read()).lower().split()
vocabulary: dict[str, int] = {}
a = [vocabulary.setdefault(t, len(vocabulary)) for t in printed]
b = [vocabulary.setdefault(t, len(vocabulary)) for t in heard]
print(len(a), len(b), len(Levenshtein.opcodes(a, b)))
