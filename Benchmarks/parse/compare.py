"""Runs each parser over the corpus in alternating rounds and prints a Markdown table of medians."""
import argparse
import glob
import json
import os
import statistics
import subprocess
import sys


def run_json(command):
    output = subprocess.run(command, capture_output=True, text=True).stdout.strip().splitlines()
    return json.loads(output[-1])


def peak_rss_kb(command):
    """Peak resident memory of a command, from GNU time."""
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, capture_output=True, text=True)
    return int(result.stderr.strip().splitlines()[-1])


def main():
    arguments = argparse.ArgumentParser()
    arguments.add_argument("--rounds", type=int, default=5)
    arguments.add_argument("--corpus", required=True)
    arguments.add_argument("--work", required=True)
    options = arguments.parse_args()
    feeds = sorted(glob.glob(os.path.join(options.corpus, "feeds", "*")))
    xml = [path for path in feeds if not path.endswith(".json")]
    large = [os.path.join(options.work, "large", name) for name in ("rss2-20k.xml", "atom-20mb.xml", "rss1-5k.xml")]
    feedmerge = ".build/release/feedmerge"
    python = os.path.join(options.work, "venv", "bin", "python")
    peers = os.path.join(os.path.dirname(__file__), "peers.py")

    contenders = {
        "feedmerge": lambda files: run_json([feedmerge, "parse", "--stats"] + files),
        "libxml2 SAX2, empty callbacks (floor)": lambda files: run_json([os.path.join(options.work, "sax_floor")] + files),
        "fastfeedparser 0.6.5": lambda files: run_json([python, peers, "fastfeedparser"] + files),
        "feedparser-rs 0.7.1": lambda files: run_json([python, peers, "feedparser-rs"] + files),
        "feedparser 6.0.14": lambda files: run_json([python, peers, "feedparser"] + files),
    }
    slow = {"feedparser 6.0.14"}
    samples = {name: [] for name in contenders}
    entries = {}
    whole_process = []
    for round_number in range(options.rounds):
        for name, run in contenders.items():
            if name in slow and round_number >= min(options.rounds, 3):
                continue  # feedparser takes ~30 s a round; three rounds give its median
            result = run(xml)
            samples[name].append(result["cpu_seconds"])
            entries[name] = result.get("entries")
        started = os.times()
        subprocess.run([feedmerge, "parse", "--stats"] + xml, capture_output=True)
        ended = os.times()
        whole_process.append((ended.children_user - started.children_user) + (ended.children_system - started.children_system))

    megabytes = sum(os.path.getsize(path) for path in xml) / 1e6
    floor = statistics.median(samples["libxml2 SAX2, empty callbacks (floor)"])
    ours = statistics.median(samples["feedmerge"])
    print(f"Corpus: {len(xml)} XML files, {megabytes:.1f} MB; {options.rounds} rounds, CPU seconds, medians.\n")
    print("| parser | CPU s | MB/s | entries | entries/s | vs feedmerge |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, values in samples.items():
        seconds = statistics.median(values)
        count = entries.get(name)
        rate = f"{count / seconds:,.0f}" if count else "—"
        print(f"| {name} | {seconds:.3f} | {megabytes / seconds:.0f} | {count if count is not None else '—'} | {rate} | {seconds / ours:.2f}× |")
    print(f"\nfeedmerge reaches {floor / ours:.2f}× the speed of bare SAX2. Whole process "
          f"(`feedmerge parse --stats` on all {len(xml)} files, start-up included): {statistics.median(whole_process):.3f} s CPU.\n")

    print("| large file | entries | feedmerge CPU s | MB/s | feedmerge peak RSS | fastfeedparser peak RSS |")
    print("|---|---:|---:|---:|---:|---:|")
    for path in large:
        result = run_json([feedmerge, "parse", "--stats", path])
        rss = peak_rss_kb([feedmerge, "parse", "--stats", path])
        peer_rss = peak_rss_kb([python, peers, "fastfeedparser", path])
        size = os.path.getsize(path) / 1e6
        print(f"| {os.path.basename(path)} ({size:.1f} MB) | {result['entries']} | {result['cpu_seconds']:.3f} | "
              f"{size / max(result['cpu_seconds'], 1e-6):.0f} | {rss / 1024:.1f} MB | {peer_rss / 1024:.1f} MB |")
    largest = max(feeds, key=os.path.getsize)
    print(f"\nLargest corpus file ({os.path.basename(largest)}, {os.path.getsize(largest) / 1e6:.1f} MB): feedmerge "
          f"peak RSS {peak_rss_kb([feedmerge, 'parse', '--stats', largest]) / 1024:.1f} MB; the same process on a "
          f"1-entry feed: {peak_rss_kb([feedmerge, 'parse', '--stats', min(feeds, key=os.path.getsize)]) / 1024:.1f} MB.")


if __name__ == "__main__":
    sys.exit(main())
