"""Helper for the speaker suite: the genre suite's tools/make.py (same schema,
same checks, offsets computed from the UTF-8 text), writing <class>-NN.txt and
<class>-NN.gold.json here, with this suite's own checks: two or more speakers
a passage, a record for every listed speaker, and a note when a passage looks
shorter than 3 or longer than 9 sentences.

    make(kind, number, text, records, speakers)
    run(kind, passages)
"""
import importlib.util
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    "genre_make", os.path.join(HERE, "..", "..", "genres", "tools", "make.py"))
_genre = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_genre)
_genre.OUT = os.path.dirname(HERE)
_genre.SUITE = "speaker suite"


def _speakers(name, text, recs, speakers):
    named = {r["speaker"] for r in recs if r["speaker"] is not None}
    if len(named) < 2:
        raise SystemExit(f"{name}: fewer than two speakers ({sorted(named)})")
    for canon in speakers:
        if canon not in named:
            raise SystemExit(f"{name}: speaker {canon!r} has no record")
    sentences = len(re.findall(r"[.?!…][”’\"')]*(?=\s|$)", text))
    if not 3 <= sentences <= 9:
        print(f"{name}: note: about {sentences} sentences")


_genre.EXTRA_CHECKS.append(_speakers)
make = _genre.make
run = _genre.run
