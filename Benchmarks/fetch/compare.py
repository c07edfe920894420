"""Runs curl, feedmerge and newsboat against the same loopback farm and prints Markdown tables."""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time


def timed(command, cwd=None):
    """Wall seconds, peak RSS in MB, CPU seconds and MB written to disk (file system outputs, in
    512-byte blocks: the database, its WAL and SQLite's temporary files) of a command, from GNU time."""
    started = time.monotonic()
    result = subprocess.run(["/usr/bin/time", "-f", "%M %U %S %O"] + command, cwd=cwd, capture_output=True, text=True)
    wall = time.monotonic() - started
    rss, user, system, outputs = result.stderr.strip().splitlines()[-1].split()
    return wall, int(rss) / 1024, float(user) + float(system), int(outputs) * 512 / 1e6, result.returncode


class Farm:
    def __init__(self, shared, work, feeds, delay):
        self.log = os.path.join(work, "farm.log")
        open(self.log, "w").close()
        self.process = subprocess.Popen(
            [sys.executable, os.path.join(shared, "bench", "farm.py"), "--feeds", str(feeds), "--delay", str(delay),
             "--port", "0", "--log", self.log, "--lifetime", "3600"],
            stdout=subprocess.PIPE, text=True)
        self.port = int(self.process.stdout.readline().split()[1])
        self.urls = [f"http://127.0.0.1:{self.port}/feed/{k}.xml" for k in range(feeds)]

    def statuses(self):
        with open(self.log) as log:
            lines = log.read().split("\n")
        return sum(1 for l in lines if l.startswith("200")), sum(1 for l in lines if l.startswith("304"))

    def stop(self):
        self.process.terminate()


def main():
    arguments = argparse.ArgumentParser()
    arguments.add_argument("--rounds", type=int, default=3)
    arguments.add_argument("--shared", required=True)
    arguments.add_argument("--feedmerge", required=True)
    arguments.add_argument("--work", required=True)
    arguments.add_argument("--feeds", type=int, default=1000)
    arguments.add_argument("--delay", type=float, default=0.1)
    options = arguments.parse_args()
    work = os.path.abspath(options.work)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    farm = Farm(options.shared, work, options.feeds, options.delay)
    feedmerge = os.path.abspath(options.feedmerge)
    newsboat = shutil.which("newsboat")
    with open(os.path.join(work, "urls.txt"), "w") as urls:
        urls.write("\n".join(farm.urls) + "\n")
    with open(os.path.join(work, "feeds.opml"), "w") as opml:
        opml.write('<opml version="2.0"><body>' + "".join(
            f'<outline text="farm {k}" xmlUrl="{u}"/>' for k, u in enumerate(farm.urls)) + "</body></opml>")
    with open(os.path.join(work, "feedmerge.yaml"), "w") as config:
        # Every feed is on one host here, so the per-host limit is the overall one.
        config.write("feeds: feeds.opml\ndatabase: state.sqlite\nfetch:\n  concurrency: 32\n  per_host: 32\n"
                     "outputs:\n  - path: out/all.xml\n    format: atom\n    limit: 200\n")
    with open(os.path.join(work, "newsboat.conf"), "w") as config:
        config.write("reload-threads 32\n")
    curl_args = ["curl", "-s", "--parallel", "--parallel-max", "32"]
    for url in farm.urls:
        curl_args += ["-o", "/dev/null", url]

    samples = {}

    def measure(name, command, cwd=work):
        before = farm.statuses()
        wall, rss, cpu, written, status = timed(command, cwd=cwd)
        after = farm.statuses()
        row = samples.setdefault(
            name, {"wall": [], "rss": [], "cpu": [], "written": [], "200": [], "304": [], "status": []})
        row["wall"].append(wall)
        row["rss"].append(rss)
        row["cpu"].append(cpu)
        row["written"].append(written)
        row["200"].append(after[0] - before[0])
        row["304"].append(after[1] - before[1])
        row["status"].append(status)

    try:
        for _ in range(options.rounds):
            for leftover in ["state.sqlite", "state.sqlite-wal", "state.sqlite-shm", "cache.db", "out"]:
                path = os.path.join(work, leftover)
                shutil.rmtree(path, ignore_errors=True) if os.path.isdir(path) else (os.path.exists(path) and os.remove(path))
            measure("curl, cold", curl_args)
            measure("feedmerge fetch, cold", [feedmerge, "fetch", "--config", "feedmerge.yaml"])
            if newsboat:
                measure("newsboat, cold", [newsboat, "-x", "reload", "-u", "urls.txt", "-c", "cache.db", "-C", "newsboat.conf"])
            measure("curl, all 304", curl_args + ["-H", "If-Modified-Since: Sat, 28 Nov 2026 12:00:00 GMT"])
            measure("feedmerge fetch, second run", [feedmerge, "fetch", "--config", "feedmerge.yaml", "--force"])
            if newsboat:
                measure("newsboat, second run", [newsboat, "-x", "reload", "-u", "urls.txt", "-c", "cache.db", "-C", "newsboat.conf"])
                measure("newsboat, third run", [newsboat, "-x", "reload", "-u", "urls.txt", "-c", "cache.db", "-C", "newsboat.conf"])
            measure("feedmerge build, first (dedup and tag 18k articles)", [feedmerge, "build", "--config", "feedmerge.yaml"])
            measure("feedmerge run, warm (fetch all 304, build skipped)", [feedmerge, "run", "--config", "feedmerge.yaml", "--force"])
    finally:
        farm.stop()

    print(f"Farm: {options.feeds} feeds on 127.0.0.1, {int(options.delay * 1000)} ms per answer, concurrency 32; "
          f"{options.rounds} rounds, medians.\n")
    print("| client, run | wall s | peak RSS | CPU s | written | 200s | 304s | vs curl |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    med = lambda name, key: statistics.median(samples[name][key])
    for name in samples:
        floor = "curl, all 304" if ("304" in name or "second" in name or "third" in name or "warm" in name) else "curl, cold"
        if "build, first" in name:
            print(f"| {name} | {med(name, 'wall'):.2f} | {med(name, 'rss'):.0f} MB | {med(name, 'cpu'):.2f} | "
                  f"{med(name, 'written'):.0f} MB | — | — | — |")
            continue
        ratio = med(name, "wall") / med(floor, "wall")
        print(f"| {name} | {med(name, 'wall'):.2f} | {med(name, 'rss'):.0f} MB | {med(name, 'cpu'):.2f} | "
              f"{med(name, 'written'):.0f} MB | {int(med(name, '200'))} | {int(med(name, '304'))} | {ratio:.2f}× |")
    cpu_per_feed = med("feedmerge fetch, cold", "cpu") / options.feeds
    print(f"\nfeedmerge CPU per feed, cold (download, parse, store): {cpu_per_feed * 1000:.2f} ms; "
          f"10,000 feeds would need {cpu_per_feed * 10_000:.0f} CPU-seconds, against 600 in a 5-minute slot on 2 cores.")


if __name__ == "__main__":
    main()
