"""The log stream decoder and the ring of kept lines (pure: bytes in, lines out)."""

from __future__ import annotations

import struct
import time

from desktop.engine.streams import NOTE, STDERR, STDOUT, LogDecoder
from desktop.viewmodels.logs import ContainerLogModel, split_stamp
from desktop.viewmodels.stats import bytes_size, compute, human_size

TS = "2026-12-04T20:26:14.268348584Z"


def frame(stream: int, payload: bytes) -> bytes:
    return struct.pack(">BxxxL", stream, len(payload)) + payload


def test_frames_split_anywhere_give_the_same_lines():
    data = (frame(1, f"{TS} one\n".encode()) + frame(2, f"{TS} two\n".encode())
            + frame(1, f"{TS} thr".encode()) + frame(1, b"ee\n") + frame(2, f"{TS} no newline".encode()))
    expected = ([f"{TS} one", f"{TS} two", f"{TS} three"], bytearray([STDOUT, STDERR, STDOUT]))
    for size in (1, 3, 7, 8, 9, 50, len(data)):
        decoder = LogDecoder(tty=False)
        texts, kinds = [], bytearray()
        for i in range(0, len(data), size):
            t, k = decoder.feed(data[i:i + size])
            texts += t
            kinds += k
        assert (texts, kinds) == expected, size
        assert decoder.flush() == ([f"{TS} no newline"], bytearray([STDERR]))


def test_tty_output_is_one_stream_and_carriage_returns_keep_the_timestamp():
    decoder = LogDecoder(tty=True)
    texts, kinds = decoder.feed(f"{TS} Downloading 10%\rDownloading 100%\r\n{TS} done\n".encode())
    assert texts == [f"{TS} Downloading 100%", f"{TS} done"] and kinds == bytearray([STDOUT, STDOUT])
    assert split_stamp(texts[0]) == (TS, "Downloading 100%")


def test_the_ring_keeps_the_last_lines_and_counts_matches_as_it_goes():
    model = ContainerLogModel(capacity=100)
    model.set_search("x99")
    for n in range(0, 1000, 50):
        model.append_coded([f"{TS} x{i}" for i in range(n, n + 50)], bytearray([STDOUT]) * 50)
    assert model.all_lines() <= 100 and model.dropped + model.all_lines() == 1000
    kept = [t for t, _k in model.lines()]
    assert kept[-1] == f"{TS} x999"
    assert model.matches() == sum(1 for t in kept if "x99" in t) == 10  # the running count agrees with a scan
    model.set_search("x99", only_matching=True)
    assert [model.shown(t, k) for t, k in model.lines()] == [f"x{i}" for i in range(990, 1000)]
    model.append_coded([f"{TS} x99 again"], bytearray([STDERR]))  # the front is trimmed: x990… stay
    assert model.rowCount() == model.matches() == 11 and model.lines()[-1] == (f"{TS} x99 again", "stderr")


def test_highlighting_keeps_the_rows_and_filtering_changes_them():
    model = ContainerLogModel(capacity=1000)
    model.append_coded([f"{TS} a{i}" for i in range(10)], bytearray([STDOUT]) * 10)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_search("a1")
    assert resets == [] and model.rowCount() == 10 and model.matches() == 1
    model.set_search("a1", only_matching=True)
    assert resets == [1] and model.rowCount() == 1


def test_stats_math_follows_docker_stats():
    sample = {
        "read": "2026-12-04T20:26:15.000000000Z",
        "cpu_stats": {"cpu_usage": {"total_usage": 3_000_000_000}, "system_cpu_usage": 20_000_000_000, "online_cpus": 2},
        "precpu_stats": {"cpu_usage": {"total_usage": 2_000_000_000}, "system_cpu_usage": 18_000_000_000},
        "memory_stats": {"usage": 10 * 2**20, "limit": 100 * 2**20, "stats": {"total_inactive_file": 2 * 2**20}},
        "networks": {"eth0": {"rx_bytes": 100, "tx_bytes": 50}, "eth1": {"rx_bytes": 1, "tx_bytes": 2}},
        "blkio_stats": {"io_service_bytes_recursive": [{"op": "Read", "value": 4096}, {"op": "Write", "value": 8192},
                                                       {"op": "Total", "value": 12288}]},
        "pids_stats": {"current": 3},
    }
    p = compute(sample)
    assert p.cpu_percent == 1e9 / 2e9 * 2 * 100  # 100 %: one core busy of two
    assert p.memory == 8 * 2**20 and p.memory_percent == 8.0  # cgroup v1: minus total_inactive_file
    assert (p.net_rx, p.net_tx, p.block_read, p.block_write, p.pids) == (101, 52, 4096, 8192, 3)
    v2 = dict(sample, memory_stats={"usage": 10 * 2**20, "limit": 0, "stats": {"inactive_file": 2**20}})
    assert compute(v2).memory == 9 * 2**20 and compute(v2).memory_percent == 0.0
    assert bytes_size(1.422 * 2**20) == "1.422MiB" and human_size(2560) == "2.56kB" and human_size(0) == "0B"
    assert NOTE == 2


def test_following_pauses_when_the_reader_scrolls_up_and_resumes_at_the_end(qtbot):
    from desktop.ui.log_view import LogView

    model = ContainerLogModel(capacity=10_000)
    view = LogView(model)
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.show()
    model.append_coded([f"{TS} line {i}" for i in range(500)], bytearray([STDOUT]) * 500)
    bar = view.verticalScrollBar()
    assert view.following and bar.value() == bar.maximum() > 0
    bar.setValue(100)  # the reader scrolls up to read
    assert not view.following
    model.append_coded([f"{TS} more {i}" for i in range(200)], bytearray([STDERR]) * 200)
    assert bar.value() == 100 and not view.following  # the text under the reader does not move
    view.scrollToBottom()  # Ctrl+End, or the Follow button
    model.append_coded([f"{TS} last"], bytearray([STDOUT]))
    assert view.following and bar.value() == bar.maximum()
    view.select_all()
    assert view.selected_text().splitlines()[-1] == "last"


def test_stats_times_are_read_as_strptime_and_timegm_read_them():
    """The daemon's sample times are read by hand (strptime was most of a sample's cost): the same
    seconds as the library reads, for any moment, with or without a fraction; nonsense is None."""
    import calendar
    import random

    from desktop.viewmodels.stats import stamp_seconds

    rng = random.Random(8)
    for _ in range(500):
        moment = rng.randint(0, 4_000_000_000)
        text = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(moment))
        nanos = rng.randint(0, 999_999_999)
        assert stamp_seconds(text + "Z") == calendar.timegm(time.strptime(text, "%Y-%m-%dT%H:%M:%S"))
        assert abs(stamp_seconds(f"{text}.{nanos:09d}Z") - (moment + nanos / 1e9)) < 1e-6
    assert stamp_seconds("2024-05-01T10:11:12.5Z") == calendar.timegm((2024, 5, 1, 10, 11, 12, 0, 0, 0)) + 0.5
    for nonsense in ("", "garbage", "2024-13-01T00:00:00Z", "2024-05-01 10:11:12Z", "2024-05-01T25:00:00Z", None):
        assert stamp_seconds(nonsense) is None
