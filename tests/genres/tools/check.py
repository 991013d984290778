"""Validates every gold file of the genre suite."""
import glob
import json
import os
import sys

DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# What the gold files call their suite (the speaker suite's tools/check.py
# sets it and DIR).
SUITE = "genre suite"
KEYS = {"source", "text_file", "speakers", "quotes"}
QKEYS = {"kind", "start", "end", "content", "speaker", "cue"}


def check(path):
    errs = []
    g = json.load(open(path, encoding="utf-8"))
    if set(g) != KEYS:
        errs.append(f"top-level keys {sorted(g)}")
    base = os.path.basename(path)[:-len(".gold.json")]
    kind = base.rsplit("-", 1)[0]
    if g.get("text_file") != base + ".txt":
        errs.append(f"text_file {g.get('text_file')!r}")
    if g.get("source") != f"{SUITE}: {kind}, written for the test suite":
        errs.append(f"source {g.get('source')!r}")
    tpath = os.path.join(DIR, base + ".txt")
    if not os.path.exists(tpath):
        return [f"missing text file {tpath}"]
    raw = open(tpath, "rb").read()
    text = raw.decode("utf-8")
    speakers = g.get("speakers", {})
    for canon, aliases in speakers.items():
        if not isinstance(aliases, list) or not aliases:
            errs.append(f"speaker {canon!r}: no alias list")
        for a in aliases:
            if a not in text:
                errs.append(f"alias {a!r} not in text")
    seen = []
    for i, q in enumerate(g.get("quotes", [])):
        if set(q) != QKEYS:
            errs.append(f"q{i}: keys {sorted(q)}")
        if q.get("kind") not in ("direct", "mixed", "indirect"):
            errs.append(f"q{i}: kind {q.get('kind')!r}")
        s, e = q.get("start"), q.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(raw)):
            errs.append(f"q{i}: bad span {s},{e}")
            continue
        try:
            span = raw[s:e].decode("utf-8")
        except UnicodeDecodeError:
            errs.append(f"q{i}: span cuts a UTF-8 character")
            continue
        if span != q.get("content"):
            errs.append(f"q{i}: content != text[{s}:{e}] ({span!r})")
        if q.get("speaker") is not None and q["speaker"] not in speakers:
            errs.append(f"q{i}: speaker {q['speaker']!r} not a key of speakers")
        if q.get("cue") is not None and q["cue"] not in text:
            errs.append(f"q{i}: cue {q['cue']!r} not in text")
        for (s2, e2) in seen:
            if (s, e) == (s2, e2):
                errs.append(f"q{i}: duplicate span {s},{e}")
            elif s < e2 and s2 < e:
                errs.append(f"q{i}: overlaps span {s2},{e2}")
        seen.append((s, e))
    return errs


def main():
    golds = sorted(glob.glob(os.path.join(DIR, "*.gold.json")))
    txts = sorted(glob.glob(os.path.join(DIR, "*.txt")))
    bad = 0
    counts, nrec = {}, {}
    for p in golds:
        errs = check(p)
        k = os.path.basename(p).rsplit("-", 1)[0]
        counts[k] = counts.get(k, 0) + 1
        nrec[k] = nrec.get(k, 0) + len(json.load(open(p, encoding="utf-8"))["quotes"])
        for e in errs:
            print(f"{os.path.basename(p)}: {e}")
        bad += bool(errs)
    for t in txts:
        if not os.path.exists(t[:-4] + ".gold.json"):
            print(f"{os.path.basename(t)}: no gold file")
            bad += 1
    for k in sorted(counts):
        print(f"{k:14s} {counts[k]:3d} passages {nrec[k]:4d} records")
    print(f"total {len(golds)} passages, {sum(nrec.values())} records, {bad} with errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
