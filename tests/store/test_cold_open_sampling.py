"""The cold-open bench's per-process numbers (`bench/bench_cold_open.py --sample`), from
samples made up here: who, when, CPU and peak of each process, and the main process's peak
per stage."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bench.bench_cold_open import _descendants, per_process, stage_peaks

SAMPLES = [
    (0.0, {10: (0.1, 50.0)}),
    (0.5, {10: (0.6, 80.0), 11: (0.0, 60.0)}),
    (1.0, {10: (0.7, 120.0), 11: (0.9, 90.0), 12: (2.0, 70.0)}),
    (1.5, {10: (1.2, 100.0), 11: (1.4, 85.0)}),
    (2.0, {10: (1.7, 140.0)}),
]


def test_each_process_its_span_cpu_while_seen_and_peak():
    assert per_process(SAMPLES, 10) == [
        ("main", 0.0, 2.0, pytest.approx(1.6), 140.0),
        ("11", 0.5, 1.5, pytest.approx(1.4), 90.0),
        ("12", 1.0, 1.0, 0.0, 70.0),          # seen once: no CPU counted
    ]


def test_the_main_processs_peak_in_each_stage_the_last_to_the_end():
    stages = [(0.9, "grouping"), (1.9, "ready")]
    assert stage_peaks(SAMPLES, 10, stages) == [
        ("opening", 80.0), ("grouping", 120.0), ("ready", 140.0)]
    # a stage no sample fell in is left out
    assert stage_peaks(SAMPLES, 10, [(0.9, "a"), (0.95, "b")]) == [
        ("opening", 80.0), ("b", 140.0)]


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="needs Linux's /proc")
def test_descendants_are_this_process_and_the_ones_it_started():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        found = _descendants(os.getpid())
        assert found[0] == os.getpid() and child.pid in found
    finally:
        child.kill()
        child.wait()
