"""Parses the same files with the Python peers, timing only the parse (process CPU time).

Usage: peers.py NAME FILE...   (NAME: feedparser | fastfeedparser | feedparser-rs)
Prints one JSON line: files, bytes, entries, cpu_seconds, failures.
"""
import json
import sys
import time


def parser_for(name):
    if name == "feedparser":
        import feedparser
        return lambda data: len(feedparser.parse(data).entries)
    if name == "fastfeedparser":
        import fastfeedparser
        def parse(data):
            return len(fastfeedparser.parse(data).get("entries", []))
        return parse
    if name == "feedparser-rs":
        import feedparser_rs
        return lambda data: len(feedparser_rs.parse(data).entries)
    raise SystemExit(f"unknown peer {name}")


def main():
    name, paths = sys.argv[1], sys.argv[2:]
    parse = parser_for(name)
    documents = [open(path, "rb").read() for path in paths]
    entries = failures = 0
    started = time.process_time()
    for data in documents:
        try:
            entries += parse(data)
        except Exception:
            failures += 1
    elapsed = time.process_time() - started
    print(json.dumps({"files": len(documents), "bytes": sum(map(len, documents)), "entries": entries,
                      "cpu_seconds": round(elapsed, 4), "failures": failures}))


if __name__ == "__main__":
    main()
