#!/usr/bin/env python3
"""How long the jury report's index takes to open in headless Chromium, for synthetic batches.

For each size N (default 3,000 and 10,000): `ptce synth --count N --seed 42`, then
`ptce rank … --call 2015 --as-of 2015-09-15 --format html`; then Chromium (Debian's, through
Playwright, `--no-sandbox`) opens `report.html` from disk, ROUNDS times, and the script prints
the size of the index and of the card pages, and the time to the `load` event (median, max).
Beyond `HTMLReport.cardPageThreshold` applications the cards are pages of their own in
`report-cards/`: the index holds the summary, the lists and links only.

Usage: Benchmarks/index-load.py [N …] [--rounds 5] [--bin PATH] [--work DIR]
Target (issue 18): under 2 s at 10,000 files. Speed targets live here, never in a timed test.
"""
import argparse
import os
import pathlib
import statistics
import subprocess
import time

from playwright.sync_api import sync_playwright

ROOT = pathlib.Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("PTCE_CHROMIUM", "/usr/bin/chromium")


def size(path: pathlib.Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.exists() else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="*", type=int, default=[3000, 10000])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--bin", default=None, help="ptce binary (default: swift build --show-bin-path)/ptce")
    parser.add_argument("--work", default="/tmp/ptce-index-load")
    args = parser.parse_args()
    binary = args.bin
    if binary is None:
        out = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True, check=True)
        binary = str(pathlib.Path(out.stdout.strip()) / "ptce")
    work = pathlib.Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for n in args.sizes:
            corpus = work / f"corpus-{n}"
            if not corpus.exists():
                subprocess.run([binary, "synth", "--count", str(n), "--seed", "42", "--out", str(corpus)], check=True,
                               stdout=subprocess.DEVNULL)
            out = work / f"report-{n}"
            started = time.monotonic()
            subprocess.run([binary, "rank", str(corpus), "--call", "2015", "--as-of", "2015-09-15", "--format", "html",
                            "--out", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            ranked = time.monotonic() - started
            index = out / "report.html"
            times = []
            for _ in range(args.rounds):
                page = browser.new_page()
                started = time.monotonic()
                page.goto(index.as_uri(), wait_until="load", timeout=300_000)
                times.append(time.monotonic() - started)
                page.close()
            rows.append((n, size(index), size(out / "report-cards"), ranked, statistics.median(times), max(times)))
        browser.close()
    print("| N | index MB | card pages MB | rank s | load median s | load max s | under 2 s |")
    print("|---:|---:|---:|---:|---:|---:|---|")
    for n, index, pages, ranked, median, worst in rows:
        print(f"| {n:,} | {index / 1e6:.2f} | {pages / 1e6:.1f} | {ranked:.1f} | {median:.2f} | {worst:.2f} | "
              f"{'yes' if worst < 2 else 'no'} |")


if __name__ == "__main__":
    main()
