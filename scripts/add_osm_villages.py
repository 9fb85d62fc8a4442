"""Add the villages and towns of the Aleppo governorate from the OpenStreetMap nodes in bulk.

Usage::

    python scripts/add_osm_villages.py RAW_DIR [--tables data/gazetteer]
        [--gazetteer data/neighborhoods.geojson]

``RAW_DIR`` is the folder of raw extracts that ``scripts/trim_sources.py`` reads: this script
reads ``osm_hotosm/iom_displacement_return_locations_validated.gpkg`` (HOTOSM's populated
places, layer ``validated_locations``) and, to tell the governorate's names from other Syrian
places of the same name, ``geonames/rg_cities1000.csv`` and ``geonames/cities15000_SY.sql``.

Every node of the governorate (``hot_adm1_name`` Aleppo) tagged ``village``, ``hamlet``,
``town`` or ``city`` that no row of ``places.csv`` cites becomes a place of origin ``osm``,
named by its ``name:en`` (Latin) and ``name`` (Arabic) tags, unless it duplicates a place
already in the gazetteer (a spelling of the same key or sound within
:data:`SAME_PLACE_M` of it). Its spellings get a status by rule (:func:`status_of`), never by
hand; the rows this script wrote before (their note starts with :data:`MARK`) are replaced,
the others left as they are, so the script can be run again after the curated rows change.
Rerun ``scripts/trim_sources.py RAW_DIR`` and ``scripts/build_gazetteer.py`` after it.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
import re
import sqlite3
import struct
import sys
import unicodedata
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from aleppomap._names import alias_key, phonetic_key  # noqa: E402
from aleppomap.gazetteer import ALEPPO_GOVERNORATE_BBOX  # noqa: E402

GPKG = "osm_hotosm/iom_displacement_return_locations_validated.gpkg"
CITIES1000 = "geonames/rg_cities1000.csv"
CITIES15000 = "geonames/cities15000_SY.sql"
#: The start of the note of every row this script writes (how a rerun finds them).
MARK = "added in bulk from its OpenStreetMap node"
#: A spelling of an existing place this close to a node names the same place.
SAME_PLACE_M = 4000.0
#: The uncertainty of each kind of node: a village's extent, more for a town.
UNCERTAINTY_M = {"hamlet": 1000, "village": 1000, "town": 2500, "city": 5000}
KIND = {"hamlet": "village", "village": "village", "town": "town", "city": "city"}

# First words of a name that are a person's, a title or kinship ("Abu Kahf", "Sheikh Ahmad",
# "Umm Hosh"): such a name is also a man's or a woman's.
PERSON_CUES = frozenset(
    {"abu", "abou", "abo", "sheikh", "shaikh", "shaykh", "sheik", "shaik", "shekh", "haj", "hajj",
     "hajji", "haji", "umm", "um", "om", "ibn", "bin", "ben", "bint", "sayyid", "sayed", "seyyed",
     "mulla", "mullah", "molla", "imam", "emir", "amir", "mir", "pir", "agha", "aga", "bey",
     "dada", "bab"}
)  # fmt: skip
ARABIC_PERSON_CUES = frozenset(
    {"أبو", "ابو", "أبي", "ابي", "شيخ", "الشيخ", "حاج", "الحاج", "حج", "أم", "ام", "ابن", "بن",
     "سيد", "السيد", "ملا", "الملا", "امام", "الإمام", "الامام", "مير", "بير", "آغا", "اغا"}
)  # fmt: skip
# Common given names (Arabic, Kurdish and Turkish), and words of other uses among the words of
# the names (English, French, Turkish): a name made only of such words, or of two words one of
# which is a given name and neither a word for a kind of place ("Seif Ali", "Nasr Allah"),
# names a person or a thing as often as the village.
GIVEN_NAMES = frozenset(
    {"abbas", "abdallah", "abdullah", "abda", "ahmad", "ahmed", "aisha", "ali", "allah", "amina",
     "bakr", "bashar", "bashir", "daoud", "fatima", "hamad", "hamdan", "hamid", "hamza", "hasan",
     "hassan", "husain", "hussein", "ibrahim", "idris", "ismail", "issa", "jamal", "jasim",
     "kamal", "karim", "kemal", "khaled", "khalid", "khalil", "khamis", "mahmoud", "mansour",
     "mariam", "maryam", "muhammad", "mohammad", "mohammed", "murad", "musa", "mustafa", "nasr",
     "nour", "nur", "omar", "osman", "othman", "rashid", "saeed", "said", "saif", "salame",
     "salameh", "saleh", "salih", "salim", "salma", "sara", "seif", "shahin", "sulayman",
     "suleiman", "sultan", "umar", "uthman", "walid", "yahya", "yasin", "younis", "yusef",
     "yusuf", "youssef", "zaid", "zeid", "zainab", "zeinab", "rayan", "rian", "hala", "huda",
     "dana", "lina", "rima", "nada", "samir", "sami", "fadi", "tarek", "tariq", "amer", "munif",
     "marwan", "adnan", "ghazi", "hamdun", "jamil", "nabil", "nizar", "rami", "safi", "zuhair"}
)  # fmt: skip
COMMON_WORDS = GIVEN_NAMES | frozenset(
    {"ada", "all", "bala", "big", "bir", "burj", "dar", "gol", "hayat", "jabal", "mil", "qasr",
     "tal", "bek", "bey", "agha"}
)  # fmt: skip
# Words for a kind of place that begin the names of villages ("Deir Hasan", "Kafr Zeid").
PLACE_HEADS = frozenset(
    {"ain", "ayn", "bir", "burj", "deir", "dayr", "jibb", "jubb", "kafr", "khan", "kharab",
     "khirbat", "khirbet", "mazraat", "mashrafat", "mashrafet", "qasr", "rasm", "tal", "tell",
     "tall", "toq", "umm", "jabal", "jablet", "qanat", "qalaat", "bab", "beit", "sheikh"}
)  # fmt: skip
# Words for a kind of place, which begin the names of villages: a village of that name alone is
# the first word of a longer name in most captions ("the towns of Khirbat Jazraya").
PLACE_NOUNS = frozenset(
    {
        alias_key(n)
        for n in (
            "Khirbat",
            "Khirbet",
            "Kharabah",
            "Kharab",
            "Qantarah",
            "Qasr",
            "Tal",
            "Mazraa",
            "Burj",
            "Deir",
            "Kafr",
            "Jubb",
            "Rasm",
            "Bir",
            "Ain",
        )
    }
)
# Names left out whole: a country or a capital ("Qatar", "Sanaa"), names that sound like one
# ("Abaja", Abuja) or a community ("Khalasah", the Khalsa), and names of Aleppo's own
# buildings, which captions use for the mosque or the madrasa ("Ahmadiya", "Haddadin"), or of
# institutions and common nouns ("Madrasa", "Maktaba": the school, the library; "Habs": the
# prison; "Masih": Christ; "Salam": peace).
REJECT = {
    "katar": "a country",
    "sana": "the capital of Yemen",
    "abaja": "sounds like Abuja, Nigeria's capital",
    "khalasa": "sounds like the Khalsa, the Sikh community",
    "ahmadia": "a mosque and a madrasa of Aleppo",
    "hadadin": "a mosque of Aleppo",
    "madrasa": "the word for a school",
    "maktaba": "the word for a library",
    "habs": "the word for a prison",
    "masi": "Christ",
    "salam": "peace, a given name",
    "aran": "a word and the short name of Tell Aran",
    "maran": "a word and a given name",
    "shamer": "a surname",
}

# A name of one word that is an adjective of relation ("Salihiyah", "al-Wardiya", "Hilwiye"):
# such names are borne by villages across Syria and by quarters of its cities, so a caption
# naming one may mean another.
NISBA = re.compile(r"^(?:(?:al|el|as|ash|ad|ar|az|at|an)-)?[^\s-]+(?:iy+ah?|iy+eh?|iye|iya)$", re.I)

# The seat of each HOTOSM sub-district (adm3) placed before the bulk list, from GeoNames,
# Wikipedia or a curated node: a node whose sub-district's seat is not among the six seats
# nearest to it, or lies farther than 50 km, has a sub-district or a point in error.
SEATS = {
    "Afrin": "afrin", "Bulbul": "bulbul", "Jandairis": "jinderes", "Raju": "raju",
    "Sharan": "sharran", "Sheikh El-Hadid": "sheikh-al-hadid", "Ma'btali": "maabatli",
    "Ain al Arab": "kobani", "Sarin": "sirrin", "Lower Shyookh": "shuyukh-tahtani",
    "Al Bab": "al-bab", "Ar-Ra'ee": "al-rai", "A'rima": "arima", "Tadaf": "tadif",
    "Eastern Kwaires ": "kuweires-sharqi", "As-Safira": "safira", "Banan": "banan",
    "Hajeb": "al-hajib", "Khanaser": "khanasir", "A'zaz": "azaz", "Aghtrin": "akhtarin",
    "Mare'": "marea", "Nabul": "nubl", "Suran": "suran", "Tall Refaat": "tall-rifaat",
    "Jarablus": "jarabulus", "Ghandorah": "ghandoura", "Menbij": "manbij",
    "Abu Qalqal": "abu-qalqal", "Maskana": "maskanah", "Al-Khafsa": "khafsah",
    "Dayr Hafir": "dayr-hafir", "Jebel Saman": "aleppo", "Haritan": "hreitan",
    "Zarbah": "zirbeh", "Atareb": "atarib", "Daret Azza": "darat-izza", "Hadher": "al-hader",
    "Tall Ed-daman": "tall-ad-daman",
}  # fmt: skip
SEAT_RANK = 6
SEAT_M = 50_000.0

SLUG = re.compile(r"[^a-z0-9]+")


# (the word lists compared by their keys, as the names' words are)
PERSON_CUES, GIVEN_NAMES, COMMON_WORDS, PLACE_HEADS = (
    frozenset(alias_key(w) for w in words) - {""}
    for words in (PERSON_CUES, GIVEN_NAMES, COMMON_WORDS, PLACE_HEADS)
)


def haversine_m(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Great-circle distance in metres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6_371_008.8 * math.asin(math.sqrt(a))


def gpkg_point(blob: bytes) -> tuple[float, float]:
    """``(lon, lat)`` of a GeoPackage point geometry (header, optional envelope, WKB)."""
    envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(blob[3] >> 1) & 7]
    wkb = blob[8 + envelope :]
    order = "<" if wkb[0] == 1 else ">"
    lon, lat = struct.unpack(order + "dd", wkb[5:21])
    return lon, lat


def latin(name: str) -> str:
    """A Latin spelling as captions write it: the ayn and hamza marks (`, ', ʿ, ’) dropped
    ("`Aziziyah" -> "Aziziyah", "Mazra`at" -> "Mazraat"), spaces tidied."""
    name = re.sub(r"[`ʿʾ‘’]", "", name)
    name = re.sub(r"(?<![A-Za-z])'|'(?![A-Za-z])", "", name)
    return " ".join(name.split())


def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return SLUG.sub("-", ascii_name.lower().replace("'", "")).strip("-")


def words_of(name: str) -> list[str]:
    """The words of a name that its key keeps (articles dropped)."""
    return alias_key(name).split()


def status_of(name: str) -> tuple[str, str]:
    """The status of a new spelling and why: ``placeword`` for a name of one word (most are
    also words or given names), one that starts with a person's cue ("Abu", "Sheikh", "Umm",
    "Haj" ... and their Arabic) or one made only of common words and given names; ``alias``
    for the other names of several words."""
    parts = words_of(name)
    if re.search(r"[\u0600-\u06ff]", name):
        raw = name.split()
        if len(raw) == 1:
            return "placeword", "a name of one word"
        if raw[0] in ARABIC_PERSON_CUES:
            return "placeword", f"starts with {raw[0]}, a person's name or title"
        return "alias", ""
    if len(parts) <= 1:
        return "placeword", "a name of one word"
    if parts[0] in PERSON_CUES:
        return "placeword", f"starts with {name.split()[0]}, a person's name or title"
    if all(p in COMMON_WORDS for p in parts):
        return "placeword", "made of common words and given names"
    if len(parts) == 2 and PLACE_HEADS.isdisjoint(parts) and not GIVEN_NAMES.isdisjoint(parts):
        return "placeword", "a given name and another word, as a person's name is"
    return "alias", ""


def read_nodes(raw: Path) -> list[dict[str, Any]]:
    path = raw / GPKG
    if not path.is_file():
        raise SystemExit(f"{path}: not found (see data/sources/README.md)")
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = con.execute(
            "SELECT hot_id, hot_name, hot_name_en, hot_name_latin, hot_place, hot_adm2_name, "
            "hot_adm3_name, geom FROM validated_locations WHERE hot_adm1_name = 'Aleppo' "
            "ORDER BY fid"
        ).fetchall()
    finally:
        con.close()
    nodes = []
    for node, name, name_en, name_latin, place, adm2, adm3, geom in rows:
        lon, lat = gpkg_point(geom)
        nodes.append(
            {
                "node": node,
                "name": (name or "").strip(),
                "name_en": (name_en or "").strip(),
                "name_latin": (name_latin or "").strip(),
                "place": place,
                "adm2": (adm2 or "").strip(),
                "adm3": (adm3 or "").strip(),
                "lon": lon,
                "lat": lat,
            }
        )
    return nodes


def syrian_names_elsewhere(raw: Path) -> set[str]:
    """The keys of GeoNames' Syrian places outside the Aleppo governorate."""
    keys: set[str] = set()
    text = (raw / CITIES1000).read_text(encoding="utf-8")
    for row in csv.DictReader(io.StringIO(text, newline="")):
        if row["cc"].strip() == "SY" and row["admin1"].strip() != "Aleppo":
            keys.add(alias_key(latin(row["name"])))
    sql = (raw / CITIES15000).read_text(encoding="utf-8")
    pattern = re.compile(
        r"INSERT INTO `cities` VALUES \(\d+,'SY','((?:[^'\\]|\\.)*)','((?:[^'\\]|\\.)*)',"
        r"-?[\d.]+,-?[\d.]+,'P','\w+','(\d+)'"
    )
    for name, ascii_name, admin1 in pattern.findall(sql):
        if admin1 != "09":  # 09: Aleppo
            keys.add(alias_key(latin(name.replace("\\'", "'"))))
            keys.add(alias_key(latin(ascii_name.replace("\\'", "'"))))
    keys.discard("")
    return keys


def existing_places(path: Path) -> list[tuple[str, float, float, list[str]]]:
    """``(id, lon, lat, names)`` of each place of the built gazetteer."""
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for f in data["features"]:
        props = f["properties"]
        lon, lat = props["point"] if "point" in props else f["geometry"]["coordinates"][:2]
        out.append((props["id"], float(lon), float(lat), [props["name"], *props["aliases"]]))
    return out


def read_table(path: Path) -> tuple[list[str], list[tuple[dict[str, str], str]]]:
    """The header and the rows of a curated table, each with its text as written (the rows
    this script does not write are written back unchanged)."""
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader)
    rows: list[tuple[dict[str, str], str]] = []
    start = reader.line_num
    for values in reader:
        rows.append(
            (dict(zip(header, values, strict=False)), "".join(lines[start : reader.line_num]))
        )
        start = reader.line_num
    return header, rows


def write_table(
    path: Path, header: list[str], rows: list[tuple[dict[str, str], str]], new: list[dict[str, str]]
) -> None:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, header, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    buf.write("".join(raw for _, raw in rows))
    writer.writerows(new)
    path.write_text(buf.getvalue(), encoding="utf-8", newline="")


def plan(
    nodes: list[dict[str, Any]],
    places: list[dict[str, str]],
    gazetteer: list[tuple[str, float, float, list[str]]],
    elsewhere: set[str],
) -> tuple[list[dict[str, Any]], list[tuple[str, str, str]]]:
    """The new places (each with its spellings and their statuses) and the nodes skipped,
    as ``(node, name, why)``."""
    cited: set[str] = set()
    for row in places:
        if row["origin"] == "osm":
            cited.add(row["origin_ref"])
        cited.update(re.findall(r"OpenStreetMap (node/\d+)", row.get("check_source") or ""))
    # every existing spelling: its key and its sound -> (place, lon, lat)
    by_key: dict[str, list[tuple[str, float, float]]] = {}
    by_sound: dict[str, list[tuple[str, float, float]]] = {}
    for pid, lon, lat, names in gazetteer:
        for name in names:
            key = alias_key(name)
            if key:
                by_key.setdefault(key, []).append((pid, lon, lat))
                by_sound.setdefault(phonetic_key(name), []).append((pid, lon, lat))
    points = {pid: (lon, lat) for pid, lon, lat, _ in gazetteer}
    seats = {adm3: points[pid] for adm3, pid in SEATS.items() if pid in points}
    skipped: list[tuple[str, str, str]] = []
    new: list[dict[str, Any]] = []
    ids = {row["id"] for row in places}
    for node in nodes:
        en = latin(node["name_en"] or node["name_latin"])
        label = en or node["name"]
        if node["place"] not in KIND:
            skipped.append((node["node"], label, f"place={node['place']}"))
            continue
        west, south, east, north = ALEPPO_GOVERNORATE_BBOX
        if not (west <= node["lon"] <= east and south <= node["lat"] <= north):
            skipped.append((node["node"], label, "outside the governorate's bounding box"))
            continue
        if node["node"] in cited:
            skipped.append((node["node"], label, "its node is already cited"))
            continue
        seat = seats.get(node["adm3"])
        if seat is not None:
            ranked = sorted(seats.values(), key=lambda p: haversine_m(node["lon"], node["lat"], *p))
            if (
                ranked.index(seat) >= SEAT_RANK
                or haversine_m(node["lon"], node["lat"], *seat) > SEAT_M
            ):
                skipped.append((node["node"], label, f"far from the seat of {node['adm3']}"))
                continue
        spellings = list(dict.fromkeys(s for s in (en, latin(node["name_latin"])) if s))
        same = None
        for s in [*spellings, node["name"]]:
            near = [
                (pid, haversine_m(node["lon"], node["lat"], lon, lat))
                for pid, lon, lat in by_key.get(alias_key(s), [])
                + by_sound.get(phonetic_key(s), [])
            ]
            near = [(pid, d) for pid, d in near if d <= SAME_PLACE_M]
            if near:
                same = min(near, key=lambda x: x[1])
                break
        if same is not None:
            skipped.append(
                (node["node"], label, f"the place {same[0]} ({same[1] / 1000:.1f} km away)")
            )
            continue
        if not en:
            skipped.append((node["node"], label, "no Latin name"))
            continue
        reject = next((REJECT[alias_key(s)] for s in spellings if alias_key(s) in REJECT), None)
        if reject is None and NISBA.match(en):
            reject = "a name of one word that villages across Syria and quarters of its cities bear"
        one = [alias_key(s) for s in spellings if len(words_of(s)) == 1]
        if reject is None and any(k in GIVEN_NAMES for k in one):
            reject = "a given name of one word (villages elsewhere in Syria bear it too)"
        if reject is None and any(k in PLACE_NOUNS for k in one):
            reject = "a word for a kind of place, the first word of other villages' names"
        if reject:
            skipped.append((node["node"], label, f"left out: {reject}"))
            continue
        pid = slug(en)
        if pid in ids:
            pid = f"{pid}-{slug(node['adm3'])}"
        ids.add(pid)
        new.append({**node, "id": pid, "en": en, "spellings": [*spellings, node["name"]]})
    # spellings shared: with another place already there, with another new node, or with a
    # Syrian place outside the governorate: left out (a caption naming it may mean the other)
    counts: dict[str, list[dict[str, Any]]] = {}
    for place in new:
        for key in {alias_key(s) for s in place["spellings"]}:
            counts.setdefault(key, []).append(place)
    kept: list[dict[str, Any]] = []
    for place in new:
        names: list[tuple[str, str, str]] = []
        dropped: list[str] = []
        for s in place["spellings"]:
            key = alias_key(s)
            if key in by_key:
                dropped.append(f"{s} (a name of {by_key[key][0][0]})")
            elif len(counts[key]) > 1:
                dropped.append(
                    f"{s} (also {len(counts[key]) - 1} other node(s) of the governorate)"
                )
            elif key in elsewhere:
                dropped.append(f"{s} (a Syrian place outside the governorate in GeoNames)")
            elif key and key not in {alias_key(n) for n, _, _ in names}:
                names.append((s, *status_of(s)))
        latin_names = [n for n in names if not re.search(r"[\u0600-\u06ff]", n[0])]
        if not latin_names:
            skipped.append((place["node"], place["en"], "; ".join(dropped) or "no name left"))
            continue
        place["names"] = names
        place["dropped"] = dropped
        kept.append(place)
    return kept, skipped


def rows_for(place: dict[str, Any]) -> tuple[dict[str, str], list[dict[str, str]]]:
    names = place["names"]
    arabic = next((n for n, _, _ in names if re.search(r"[\u0600-\u06ff]", n)), "")
    where = place["adm3"] or place["adm2"]
    note = (
        f"{MARK}: {place['place']} of the {where} sub-district (HOTOSM adm3), "
        f"{place['adm2']} district"
    )
    if place["dropped"]:
        note += "; names left out as another place's: " + ", ".join(place["dropped"])
    row = {
        "id": place["id"],
        "name": names[0][0],
        "name_ar": arabic,
        "kind": KIND[place["place"]],
        "origin": "osm",
        "origin_ref": place["node"],
        "uncertainty_m": str(UNCERTAINTY_M[place["place"]]),
        "note": note,
    }
    aliases = [
        {"place_id": place["id"], "alias": n, "status": status, "note": f"{MARK}: {why}"}
        for n, status, why in names
        if status != "alias" or n not in (row["name"], arabic)
    ]
    return row, aliases


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("raw", type=Path, help="folder of the raw extracts")
    parser.add_argument("--tables", type=Path, default=REPO / "data" / "gazetteer")
    parser.add_argument("--gazetteer", type=Path, default=REPO / "data" / "neighborhoods.geojson")
    parser.add_argument("--report", type=Path, help="write the skipped nodes here (CSV)")
    args = parser.parse_args(argv)
    head_p, place_rows = read_table(args.tables / "places.csv")
    head_a, alias_rows = read_table(args.tables / "aliases.csv")
    generated = {r["id"] for r, _ in place_rows if (r.get("note") or "").startswith(MARK)}
    place_rows = [(r, raw) for r, raw in place_rows if r["id"] not in generated]
    alias_rows = [(r, raw) for r, raw in alias_rows if r["place_id"] not in generated]
    gazetteer = [p for p in existing_places(args.gazetteer) if p[0] not in generated]
    nodes = read_nodes(args.raw)
    places = [r for r, _ in place_rows]
    kept, skipped = plan(nodes, places, gazetteer, syrian_names_elsewhere(args.raw))
    new_places: list[dict[str, str]] = []
    new_aliases: list[dict[str, str]] = []
    for place in kept:
        row, extra = rows_for(place)
        new_places.append(row)
        new_aliases.extend(extra)
    write_table(args.tables / "places.csv", head_p, place_rows, new_places)
    write_table(args.tables / "aliases.csv", head_a, alias_rows, new_aliases)
    if args.report:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows([("node", "name", "why"), *skipped])
        args.report.write_text(buf.getvalue(), encoding="utf-8")
    print(f"{len(kept)} places added, {len(skipped)} nodes skipped of {len(nodes)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
