"""Helper for the wide suite: the genre suite's tools/make.py (same schema,
same checks, offsets computed from the UTF-8 text), writing <kind>-NN.txt and
<kind>-NN.gold.json here. Each record carries its act as a sixth element,
written to the gold record as `"act": "speech" | "thought" | "evidence"`
(the library's gold reader ignores the field; `tests/wide.rs` reads it).

    run(kind, passages, first=1)   passages: list of (text, records, speakers),
                                   numbered from `first` (batch 2 continues
                                   a kind's numbering)
    records: (kind, content, occurrence, speaker, cue, act)
"""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    "genre_make", os.path.join(HERE, "..", "..", "genres", "tools", "make.py"))
_genre = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_genre)
_genre.OUT = os.path.dirname(HERE)
_genre.SUITE = "wide suite"
ACTS = ("speech", "thought", "evidence")
_pending = {}


def _acts(name, text, recs, speakers):
    b = text.encode("utf-8")
    for r in recs:
        act = _pending.get((r["start"], r["end"]))
        if act not in ACTS:
            raise SystemExit(f"{name}: no act for {r['content']!r}")
        r["act"] = act


_genre.EXTRA_CHECKS.append(_acts)


def run(kind, passages, first=1):
    for i, (text, records, speakers) in enumerate(passages, first):
        t = (text.strip("\n") + "\n").encode("utf-8")
        _pending.clear()
        plain = []
        for (k, content, occ, spk, cue, act) in records:
            cb = content.encode("utf-8")
            pos, p = [], t.find(cb)
            while p != -1:
                pos.append(p)
                p = t.find(cb, p + 1)
            if occ < len(pos):
                _pending[(pos[occ], pos[occ] + len(cb))] = act
            plain.append((k, content, occ, spk, cue))
        _genre.make(kind, i, text, plain, speakers)
