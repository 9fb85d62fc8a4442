"""The page's data as it travels: the captions and what only their readers need, compressed."""

from __future__ import annotations

import base64
import gzip
import json
import re

import pytest

from aleppomap.timeline import render_html
from aleppomap.timeline.payload import (
    COMPRESSED_COLUMNS,
    COMPRESSED_LINE,
    compress_columns,
    decompress_columns,
)
from test_timeline import BUSTAN, DATA_SCRIPT, FARDOS, event_row, events_of, payload_of

CAPTIONS = [
    "Syrian civilians walk past destroyed buildings in the Fardos neighbourhood of eastern "
    "Aleppo on December 13, 2016.",
    "A boy rides a bicycle in حي الفردوس (Fardos) 🚲 as smoke rises over Bustan al-Qasr.",
    "",
    "Ölçüm: «on est partis» — residents leave Bustan al-Qasr \U0001f622 for the west.",
]


def test_columns_round_trip_with_any_text() -> None:
    columns = {
        "caption": CAPTIONS,
        "spans": [[0, 6], [], [], [4, 10, 12, 20]],
        "places": [[[0, "Fardos", 0]], [], [], [[1, "Bustan al-Qasr", 1], [0, "Fardos", 2]]],
        "url": ["https://example.org/1", "", "", "http://example.org/4?a=1&b=<2>"],
    }
    part = compress_columns(columns)
    assert part["columns"] == list(columns)
    assert decompress_columns(part, 4) == columns


def test_compressed_bytes_are_deterministic_and_plain_gzip() -> None:
    part = compress_columns({"caption": CAPTIONS})
    assert compress_columns({"caption": list(CAPTIONS)}) == part
    data = base64.b64decode(part["gzip"], validate=True)
    assert data[:2] == b"\x1f\x8b"  # gzip, as DecompressionStream('gzip') reads it
    assert data[4:8] == b"\0\0\0\0"  # no time stamp
    assert data[9] == 255  # operating system "unknown": the same bytes on every system
    lines = gzip.decompress(data).decode("utf-8").split("\n")
    assert [json.loads(line) for line in lines] == [CAPTIONS]


def test_a_long_column_is_cut_into_lines() -> None:
    n = 2 * COMPRESSED_LINE + 5
    texts = [f"Caption {k}\nwith a line break" for k in range(n)]
    part = compress_columns({"caption": texts, "url": [""] * n})
    lines = gzip.decompress(base64.b64decode(part["gzip"])).decode("utf-8").split("\n")
    assert [len(json.loads(line)) for line in lines] == [COMPRESSED_LINE, COMPRESSED_LINE, 5] * 2
    assert decompress_columns(part, n)["caption"] == texts


@pytest.mark.parametrize(
    "broken",
    [
        {"columns": ["caption"], "gzip": "not base64!"},
        {"columns": ["caption"], "gzip": base64.b64encode(b"not gzip").decode()},
        {"columns": ["caption"]},
        compress_columns({"caption": ["one", "two"]}),  # two values, three entries
        compress_columns({"caption": ["one", "two", "three", "four"]}),  # four
    ],
)
def test_columns_that_cannot_be_read_are_refused(broken: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="compressed"):
        decompress_columns(broken, 3)


def test_the_page_carries_no_caption_in_clear() -> None:
    rows = [
        event_row(k + 1, caption, place="Fardos", point=FARDOS)
        for k, caption in enumerate(CAPTIONS)
        if caption
    ]
    rows.append(event_row(9, CAPTIONS[3], place="Bustan al-Qasr", point=BUSTAN))
    page = render_html(events_of(rows))
    body = DATA_SCRIPT.findall(page)[0][1]
    raw = json.loads(body)["entries"]
    assert raw["compressed"]["columns"] == list(COMPRESSED_COLUMNS)
    assert not set(COMPRESSED_COLUMNS) & set(raw) - {"compressed"}
    assert re.fullmatch(r"[A-Za-z0-9+/]*={0,2}", raw["compressed"]["gzip"])
    for caption in CAPTIONS[:2]:
        assert caption[:30] not in page
    data = payload_of(page)
    assert data["entries"]["caption"] == [c for c in CAPTIONS if c] + [CAPTIONS[3]]


def test_the_compressed_column_is_smaller_than_the_captions_alone() -> None:
    from test_timeline import synthetic_events

    events = synthetic_events(20_000)
    body = DATA_SCRIPT.findall(render_html(events))[0][1]
    compressed = json.loads(body)["entries"]["compressed"]["gzip"]
    captions = sum(len(c.encode()) for c in events.drop_duplicates("entry")["caption"])
    # with their spans, places and links, in base64 (4/3 of the bytes): still under half
    assert len(compressed) < captions / 2
