"""Helper for the newsroom suite: the genre suite's tools/make.py (same schema,
same checks, offsets computed from the UTF-8 text), writing <kind>-NN.txt and
<kind>-NN.gold.json here, with this suite's own checks: each article is
full-length (350 to 700 words, 10 to 24 blocks separated by blank lines:
headline, optional byline and dateline, 8 to 20 paragraphs).

    make(kind, number, text, records, speakers)
    run(kind, passages)
"""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    "genre_make", os.path.join(HERE, "..", "..", "genres", "tools", "make.py"))
_genre = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_genre)
_genre.OUT = os.path.dirname(HERE)
_genre.SUITE = "newsroom suite"


def _full_length(name, text, recs, speakers):
    words = len(text.split())
    if not 350 <= words <= 700:
        raise SystemExit(f"{name}: {words} words, not 350-700")
    blocks = [b for b in text.split("\n\n") if b.strip()]
    if not 10 <= len(blocks) <= 24:
        raise SystemExit(f"{name}: {len(blocks)} blocks, not 10-24")
    print(f"{name}: {words} words, {len(blocks)} blocks")


_genre.EXTRA_CHECKS.append(_full_length)
make = _genre.make
run = _genre.run
