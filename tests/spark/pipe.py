"""Pipes a JSON Lines file through `attribute --jsonl -` with Spark.

    python pipe.py ATTRIBUTE_BINARY INPUT.jsonl OUTPUT.jsonl [MASTER]

Each record `{"id": ..., "text": ...}` of INPUT goes through the binary,
which Spark starts once per partition (`RDD.pipe`) and feeds that
partition's lines on its standard input; the result lines are collected
into OUTPUT. MASTER defaults to `local[2]`: Spark in this process, two
worker threads. This is the recipe of the README, run by tests/spark.rs.
"""

import shlex
import sys

from pyspark import SparkContext


def main():
    binary, source, target = sys.argv[1:4]
    master = sys.argv[4] if len(sys.argv) > 4 else "local[2]"
    sc = SparkContext(master, "quote-attribution-pipe")
    sc.setLogLevel("ERROR")
    try:
        records = sc.textFile(source, minPartitions=4)
        results = records.pipe(shlex.join([binary, "--jsonl", "-"]), checkCode=True)
        lines = results.collect()
        partitions = records.getNumPartitions()
    finally:
        sc.stop()
    with open(target, "w", encoding="utf-8") as out:
        for line in lines:
            out.write(line + "\n")
    print(f"{len(lines)} result lines from {partitions} partitions", file=sys.stderr)


if __name__ == "__main__":
    main()
