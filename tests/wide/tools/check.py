"""Validates every gold file of the wide suite: the genre suite's
tools/check.py (content equals the byte span, speaker a key of `speakers`
or null, kinds valid, no duplicate or overlapping records, alias and cue in
the text) with the wide suite's folder and name, plus the `act` field."""
import importlib.util
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    "genre_check", os.path.join(HERE, "..", "..", "genres", "tools", "check.py"))
_genre = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_genre)
_genre.DIR = os.path.dirname(HERE)
_genre.SUITE = "wide suite"
_genre.QKEYS = _genre.QKEYS | {"act"}
_plain = _genre.check


def _check(path):
    errs = _plain(path)
    for i, q in enumerate(json.load(open(path, encoding="utf-8"))["quotes"]):
        if q.get("act") not in ("speech", "thought", "evidence"):
            errs.append(f"q{i}: act {q.get('act')!r}")
    return errs


_genre.check = _check

if __name__ == "__main__":
    _genre.main()
