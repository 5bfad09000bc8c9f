"""Run every benchmark, a few minutes in all, and exit 0 however the figures come out.

    python benchmarks/run_all.py [--quick]

Each benchmark prints its ratio against a baseline timed in the same run, then JSON lines holding
``name``, ``value``, ``target`` and ``met``; this script repeats those lines at the end.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs and images")
    args = parser.parse_args()
    runs = [
        ["startup.py", "--runs", "3" if args.quick else "7"],
        ["populated_start.py", "--runs", "2" if args.quick else "3"],
        ["layers_load.py", "--count", "60" if args.quick else "300"],
        ["event_latency.py", "--rounds", "2" if args.quick else "5"],
        ["build_log.py", "--lines", "200000" if args.quick else "1000000"],
        ["analyze.py", "--runs", "1" if args.quick else "2"] + (["--megabytes", "200", "--files", "20000"] if args.quick else []),
        ["container_logs.py", "--seconds", "5" if args.quick else "15"],
        ["churn_soak.py", "--minutes", "1" if args.quick else "3"],  # the 30-minute soak: run it by hand
    ]
    figures = []
    for script, *rest in runs:
        print(f"== {script} {' '.join(rest)}", flush=True)
        proc = subprocess.run([sys.executable, str(HERE / script), *rest], capture_output=True, text=True)
        print(proc.stdout, end="")
        if proc.returncode != 0:
            print(f"{script} failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")
        for line in proc.stdout.splitlines():
            if line.startswith("{"):
                try:
                    figures.append(json.loads(line))
                except ValueError:
                    pass
    print("== figures")
    for fig in figures:
        print(json.dumps(fig))
    return 0


if __name__ == "__main__":
    sys.exit(main())
