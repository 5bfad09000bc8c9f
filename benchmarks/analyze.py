"""`analyze` on a large image, against the daemon's export alone.

    python benchmarks/analyze.py [--megabytes 600] [--files 60000]

Builds (on the test base image, labelled, removed afterwards) an image of several layers holding
about ``--megabytes`` of data and ``--files`` files, some overwritten and deleted. Then, in the same
run: the time of ``docker save IMAGE > /dev/null`` (the export read and thrown away, the baseline),
the time of ``lifecycle-explorer analyze IMAGE --format json`` in its own process, and that
process's peak resident memory. Prints the ratio, then JSON lines (``name``, ``value``, ``target``, ``met``).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RATIO_TARGET = 1.3
MEMORY_TARGET_MB = 300


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=600)
    parser.add_argument("--files", type=int, default=60000)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    import docker

    from tests.support.base_image import BASE_IMAGE, TEST_LABEL, build_image, ensure_base_image

    client = docker.from_env()
    ensure_base_image(client)
    tag = f"lcx-test/bench-analyze:{os.getpid()}"
    per_layer_mb = max(1, args.megabytes // 4)
    per_layer_files = max(1, args.files // 3)
    dockerfile = f"FROM {BASE_IMAGE}\n"
    for i in range(3):  # many small files per layer, written by one shell loop each
        dockerfile += (f"RUN mkdir -p /files{i} && cd /files{i} && i=0; while [ $i -lt {per_layer_files} ]; do "
                       f"echo $i > f$i; i=$((i+1)); done\n")
    dockerfile += f"RUN dd if=/dev/urandom of=/blob bs=1M count={per_layer_mb}\n"
    dockerfile += f"RUN dd if=/dev/urandom of=/blob bs=1M count={per_layer_mb}\n"  # overwritten: wasted
    dockerfile += f"RUN dd if=/dev/urandom of=/other bs=1M count={per_layer_mb * 2} && rm -rf /files0\n"
    print(f"building {tag} (~{args.megabytes} MB, ~{args.files} files)…", flush=True)
    build_image(client, tag, dockerfile, labels={TEST_LABEL: "1"})
    try:
        saves, analyses, peaks = [], [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            for _chunk in client.api.get_image(tag, chunk_size=1 << 20):
                pass
            saves.append(time.perf_counter() - start)
            start = time.perf_counter()
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            proc = subprocess.run([sys.executable, "-m", "desktop", "analyze", tag, "--format", "json"], cwd=ROOT,
                                  capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
            analyses.append(time.perf_counter() - start)
            peaks.append(max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024)
            if proc.returncode != 0:
                print(proc.stderr)
                return 1
        doc = json.loads(proc.stdout)
        files = sum(layer["files_added"] + layer["files_changed"] for layer in doc["layers"])
        save, analysis, peak = min(saves), min(analyses), max(peaks)
        ratio = analysis / save
        print(f"{len(doc['layers'])} layers, {doc['size'] / 1e6:.0f} MB, {files} files; export alone {save:.2f} s, "
              f"analyze {analysis:.2f} s (ratio {ratio:.2f}); peak memory of analyze {peak:.0f} MB; "
              f"efficiency {doc['efficiency']:.4f}, wasted {doc['wasted_bytes'] / 1e6:.0f} MB")
        for name, value, target, met in (("analyze_vs_export_ratio", round(ratio, 2), RATIO_TARGET, ratio <= RATIO_TARGET),
                                         ("analyze_peak_rss_mb", round(peak), MEMORY_TARGET_MB, peak <= MEMORY_TARGET_MB),
                                         ("analyze_files", files, 50000, files >= 50000),
                                         ("analyze_image_mb", round(doc["size"] / 1e6), 500, doc["size"] >= 500e6)):
            print(json.dumps({"name": name, "value": value, "target": target, "met": met}))
    finally:
        client.images.remove(tag, force=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
