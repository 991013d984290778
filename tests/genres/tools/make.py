"""Helper for the genre suite: writes <kind>-NN.txt and <kind>-NN.gold.json.

Offsets are computed from the UTF-8 encoding of the text, never by hand.

    make(kind, number, text, records, speakers)

records: list of (kind, content, occurrence, speaker, cue)
    kind        "direct" | "mixed" | "indirect" (or "d", "m", "i")
    content     an exact substring of the text
    occurrence  which occurrence of that substring (0-based)
    speaker     a key of `speakers`, or None
    cue         cue text as it stands in the text, or None
speakers: {canonical name: [every name form used in the text]}
"""
import json
import os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# What the gold files call their suite, and checks a suite adds (each is
# called as check(name, text, records, speakers) before the files are
# written): the speaker suite's tools/make.py sets these.
SUITE = "genre suite"
EXTRA_CHECKS = []
KINDS = {"d": "direct", "m": "mixed", "i": "indirect",
         "direct": "direct", "mixed": "mixed", "indirect": "indirect"}
OPEN = ("“", "‘", '"', "'")
CLOSE = ("”", "’", '"', "'")


def _find_all(hay, needle):
    out, p = [], hay.find(needle)
    while p != -1:
        out.append(p)
        p = hay.find(needle, p + 1)
    return out


def make(kind, number, text, records, speakers):
    name = f"{kind}-{number:02d}"
    text = text.strip("\n") + "\n"
    b = text.encode("utf-8")
    recs = []
    for rec in records:
        k, content, occ, spk, cue = rec
        k = KINDS[k]
        cb = content.encode("utf-8")
        pos = _find_all(b, cb)
        if occ >= len(pos):
            raise SystemExit(f"{name}: occurrence {occ} of {content!r} not found ({len(pos)} found)")
        start = pos[occ]
        end = start + len(cb)
        assert b[start:end].decode("utf-8") == content
        if content != content.strip():
            raise SystemExit(f"{name}: content has outer whitespace: {content!r}")
        if spk is not None and spk not in speakers:
            raise SystemExit(f"{name}: speaker {spk!r} not in speakers")
        if cue is not None and cue not in text:
            raise SystemExit(f"{name}: cue {cue!r} not in text")
        before = b[:start].decode("utf-8")
        after = b[end:].decode("utf-8")
        if k == "direct":
            # either inside marks, or a transcript answer after a LABEL:
            inside = before.endswith(OPEN) and after.startswith(CLOSE)
            label = before.rstrip(" ").endswith(":") and after.startswith("\n")
            if not (inside or label):
                raise SystemExit(f"{name}: direct content not delimited by marks/label: {content!r}")
        if k == "indirect" and content.lower().startswith("that "):
            raise SystemExit(f"{name}: indirect content starts with 'that': {content!r}")
        if k == "mixed" and not any(m in content for m in ("“", "‘", '"', "'")):
            raise SystemExit(f"{name}: mixed content without a quoted fragment: {content!r}")
        recs.append({"kind": k, "start": start, "end": end, "content": content,
                     "speaker": spk, "cue": cue})
    recs.sort(key=lambda r: r["start"])
    for a, c in zip(recs, recs[1:]):
        if c["start"] < a["end"]:
            raise SystemExit(f"{name}: overlapping records {a['content']!r} / {c['content']!r}")
    for canon, aliases in speakers.items():
        if not aliases:
            raise SystemExit(f"{name}: no aliases for {canon!r}")
        for a in aliases:
            if a not in text:
                raise SystemExit(f"{name}: alias {a!r} of {canon!r} not in text")
    for extra in EXTRA_CHECKS:
        extra(name, text, recs, speakers)
    gold = {"source": f"{SUITE}: {kind}, written for the test suite",
            "text_file": name + ".txt", "speakers": speakers, "quotes": recs}
    with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{name}: {len(recs)} records")
    return name


def run(kind, passages):
    """passages: list of (text, records, speakers); numbered from 1."""
    for i, (text, records, speakers) in enumerate(passages, 1):
        make(kind, i, text, records, speakers)
