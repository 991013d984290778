"""Validates every gold file of the newsroom suite: the genre suite's
tools/check.py (same schema), run over this folder."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location(
    "genre_check", os.path.join(HERE, "..", "..", "genres", "tools", "check.py"))
_genre = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_genre)
_genre.DIR = os.path.dirname(HERE)
_genre.SUITE = "newsroom suite"

if __name__ == "__main__":
    _genre.main()
