#!/usr/bin/env python3
"""The time of every act against speech only, paired, on a busy machine.

usage: benches/scope_ratio.py [ATTRIBUTE] [TEXT] [PAIRS] [COPIES]

Runs the `attribute` example (default target/release/examples/attribute)
in turn on COPIES copies of TEXT (default: the 84 PolNeAR dev articles
joined by blank lines, as the `polnear_dev` bench does; 40 copies), once
with speech only and once with `--acts all`, PAIRS times (default 15), the
order of each pair alternating. Each process's CPU time (user and system,
from `wait4`) over the copies is one parse's time; the other tenants' load
moves less between the two runs of a pair (under a second apart) than
between criterion's two benches (six seconds apart), and the median of the
paired ratios moves least. Prints the medians and the median ratio.
"""
import os
import statistics
import subprocess
import sys
import tempfile

CORPUS = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "corpus", "polnear")


def dev_text():
    """The PolNeAR dev articles joined by blank lines, in a temporary file."""
    with open(os.path.join(CORPUS, "splits", "dev.txt")) as f:
        ids = [line.strip() for line in f if line.strip()]
    docs = []
    for i in ids:
        with open(os.path.join(CORPUS, "docs", i + ".txt"), encoding="utf-8") as f:
            docs.append(f.read())
    out = tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8")
    out.write("\n\n".join(docs))
    out.close()
    return out.name


def cpu_ms(binary, text, copies, wide):
    """Milliseconds of CPU time a parse of `text`, over `copies` parses."""
    args = [binary, "--quiet"] + (["--acts", "all"] if wide else []) + [text] * copies
    p = subprocess.Popen(args, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    if status != 0:
        sys.exit(f"{binary} failed (status {status})")
    return (usage.ru_utime + usage.ru_stime) / copies * 1000


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else "target/release/examples/attribute"
    made = len(sys.argv) <= 2
    text = dev_text() if made else sys.argv[2]
    pairs = int(sys.argv[3]) if len(sys.argv) > 3 else 15
    copies = int(sys.argv[4]) if len(sys.argv) > 4 else 40
    speech, every, ratios = [], [], []
    for k in range(pairs):
        if k % 2:
            a = cpu_ms(binary, text, copies, True)
            s = cpu_ms(binary, text, copies, False)
        else:
            s = cpu_ms(binary, text, copies, False)
            a = cpu_ms(binary, text, copies, True)
        speech.append(s)
        every.append(a)
        ratios.append(a / s)
    if made:
        os.unlink(text)
    print(
        f"speech {statistics.median(speech):.3f} ms, every act "
        f"{statistics.median(every):.3f} ms a parse; every act / speech: median "
        f"{statistics.median(ratios):.4f} (min {min(ratios):.4f}, max {max(ratios):.4f}, "
        f"{pairs} pairs)"
    )


if __name__ == "__main__":
    main()
