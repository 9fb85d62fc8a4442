"""The gazetteer: Aleppo's neighbourhoods, landmarks and the towns around it, as data.

The packaged file ``aleppomap/data/neighborhoods.geojson`` holds one GeoJSON Feature per place
(built by ``scripts/build_gazetteer.py`` from cited public sources and the curated tables in
``data/gazetteer/``). Properties: ``id``, ``name``, ``name_ar``, ``aliases``, ``kind``,
``parent``, ``uncertainty_m``, ``source``, ``source_ref``, ``licence``; optional
``ambiguous_aliases``, ``placeword_aliases`` (spellings that name the place only beside a place
word, even with their article: "the village of al-Burj"), ``note``, ``check`` and ``point`` (the
representative ``[lon, lat]`` of a polygon). Geometry: Point, Polygon or MultiPolygon in WGS 84.

>>> gaz = Gazetteer.load()
>>> gaz.get("umayyad-mosque").parent
'old-city'
>>> [p.id for p in gaz.ancestors("umayyad-mosque")]
['old-city', 'aleppo']
"""

from __future__ import annotations

import html
import json
import logging
import math
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aleppomap._names import alias_key
from aleppomap.errors import GazetteerError

if TYPE_CHECKING:
    import geopandas as gpd

__all__ = [
    "ALEPPO_GOVERNORATE",
    "ALEPPO_GOVERNORATE_BBOX",
    "KINDS",
    "SYRIA_BBOX",
    "Gazetteer",
    "GazetteerProblem",
    "Place",
    "validate_gazetteer",
]

logger = logging.getLogger("aleppomap")

#: Kinds of place, finest first; also the ``precision`` of an event located at that place.
KINDS: tuple[str, ...] = ("landmark", "neighbourhood", "district", "city", "town", "village")

#: (min lon, min lat, max lon, max lat) that every point must fall in. Derived from GeoNames
#: ``cities15000`` (CC BY 4.0): the places whose admin1 code is 09 (Aleppo governorate) span
#: lon 36.87-38.35 and lat 36.08-36.89 (Afrin, Ayn al-Arab, as-Safira); the box adds a margin
#: of 0.3-0.35 degrees (about 30 km) around them.
ALEPPO_GOVERNORATE_BBOX: tuple[float, float, float, float] = (36.5, 35.7, 38.7, 37.2)
#: The ``governorate`` a place lies in when it has none: Aleppo's. A place of another
#: governorate (a city of Syria that captions name: "evacuees taken to Idlib") carries the
#: property ``governorate`` with that governorate's name ("Idlib", "Dimashq"); such a place may
#: lie outside :data:`ALEPPO_GOVERNORATE_BBOX` without a warning (it must still lie in Syria).
ALEPPO_GOVERNORATE = "Aleppo"
#: Syria lies between latitudes 32 and 38 N and longitudes 35 and 43 E (Wikipedia,
#: "Geography of Syria"); a point outside is refused with a hint about swapped lat/lon.
SYRIA_BBOX: tuple[float, float, float, float] = (35.0, 32.0, 43.0, 38.0)

_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_REQUIRED_STR = ("id", "name", "source", "source_ref", "licence")
_PACKAGED = "data/neighborhoods.geojson"


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer place.

    ``lon``/``lat`` are its representative point (inside its polygon, if it has one);
    ``uncertainty_m`` the radius around that point within which the place lies.
    """

    id: str
    name: str
    name_ar: str
    kind: str
    parent: str | None
    lon: float
    lat: float
    uncertainty_m: float
    aliases: tuple[str, ...] = ()
    ambiguous_aliases: tuple[str, ...] = ()
    placeword_aliases: tuple[str, ...] = ()
    source: str = ""
    source_ref: str = ""
    licence: str = ""
    note: str = ""
    governorate: str = ALEPPO_GOVERNORATE
    geometry: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def outside_governorate(self) -> bool:
        """Whether the place lies in another governorate of Syria than Aleppo's."""
        return self.governorate != ALEPPO_GOVERNORATE


@dataclass(frozen=True, slots=True)
class GazetteerProblem:
    """One finding of :func:`validate_gazetteer`.

    ``feature`` is the 0-based index of the Feature (``None`` for the whole file).
    """

    source: str
    feature: int | None
    place_id: str | None
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        where = self.source
        if self.feature is not None:
            where += f", feature {self.feature}"
            if self.place_id:
                where += f" ({self.place_id})"
        return f"{where}: {self.severity}: {self.message}"


def _in_bbox(lon: float, lat: float, bbox: tuple[float, float, float, float]) -> bool:
    return bbox[0] <= lon <= bbox[2] and bbox[1] <= lat <= bbox[3]


_SWAPPED = " (it looks like latitude and longitude are swapped: GeoJSON is [lon, lat])"


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _check_point(lon: Any, lat: Any, *, elsewhere: bool = False) -> tuple[str, str] | None:
    """Return (severity, what is wrong) for a (lon, lat) pair, or None.

    Outside Syria is an error; inside Syria but outside the Aleppo governorate a warning
    (a caption may name Idlib or Raqqa), unless latitude and longitude look swapped. A place
    marked as lying in another governorate (``elsewhere``: its ``governorate`` property) gets
    no such warning.
    """
    if not (_number(lon) and _number(lat)):
        return "error", f"coordinates must be numbers, got {lon!r}, {lat!r}"
    if not (math.isfinite(lon) and math.isfinite(lat)):
        return "error", "coordinates must be finite numbers"
    if not _in_bbox(lon, lat, SYRIA_BBOX):
        hint = _SWAPPED if _in_bbox(lat, lon, SYRIA_BBOX) else ""
        return "error", f"point ({lon}, {lat}) [lon, lat] lies outside Syria{hint}"
    if not _in_bbox(lon, lat, ALEPPO_GOVERNORATE_BBOX):
        # Aleppo's [lat, lon] read as [lon, lat] still lies in Syria's box: hint here too.
        swapped = _in_bbox(lat, lon, ALEPPO_GOVERNORATE_BBOX)
        if elsewhere and not swapped:
            return None
        return "error" if swapped else "warning", (
            f"point ({lon}, {lat}) [lon, lat] lies outside the Aleppo governorate bounds "
            f"{ALEPPO_GOVERNORATE_BBOX} (min lon, min lat, max lon, max lat)"
            f"{_SWAPPED if swapped else ''}"
        )
    return None


def _position_problem(pos: Any) -> str | None:
    if not isinstance(pos, list) or len(pos) not in (2, 3):
        return f"a position must be [lon, lat] or [lon, lat, height] (got {_short(pos)})"
    if not all(_number(v) for v in pos):
        return f"coordinates must be numbers, got {_short(pos)}"
    if not all(math.isfinite(v) for v in pos):
        return f"coordinates must be finite numbers, got {_short(pos)}"
    return None


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _polygon_problems(gtype: str, coords: Any) -> list[str]:
    """What is wrong with the coordinates of a Polygon or MultiPolygon (empty: nothing)."""
    polygons = [coords] if gtype == "Polygon" else coords
    if not isinstance(polygons, list) or not polygons:
        return [f"empty {gtype}: it needs at least one polygon"]
    dims: set[int] = set()
    for polygon in polygons:
        if not isinstance(polygon, list) or not polygon:
            return [f"empty polygon in the {gtype}: a polygon needs an outer ring"]
        for ring in polygon:
            if not isinstance(ring, list):
                return [f"malformed {gtype} coordinates: a ring must be an array of positions"]
            for pos in ring:
                problem = _position_problem(pos)
                if problem is not None:
                    return [problem]
                dims.add(len(pos))
            if len(ring) < 4:
                return [f"a ring has {len(ring)} positions; a closed ring needs at least 4"]
            if ring[0] != ring[-1]:
                return ["a ring is not closed: its last position must repeat its first"]
    if len(dims) > 1:
        return ["positions mix [lon, lat] and [lon, lat, height]"]
    from shapely import is_valid_reason
    from shapely.geometry import shape

    reason = str(is_valid_reason(shape({"type": gtype, "coordinates": coords})))
    if reason == "Valid Geometry":
        return []
    what, _, where = reason.partition("[")  # GEOS: "Self-intersection[37.15 36.25]"
    at = f" at [{where.rstrip(']').replace(' ', ', ')}] (lon, lat)" if where else ""
    return [f"invalid {gtype}: {what.lower()}{at}"]


def _iter_positions(coords: Any, depth: int) -> Iterator[Any]:
    if depth == 0:
        yield coords
        return
    if not isinstance(coords, list):
        raise TypeError("coordinates must be nested arrays")
    for c in coords:
        yield from _iter_positions(c, depth - 1)


_GEOM_DEPTH = {"Point": 0, "Polygon": 2, "MultiPolygon": 3}


def _feature_problems(i: int, feature: Any, src: str) -> tuple[list[GazetteerProblem], str | None]:
    probs: list[GazetteerProblem] = []

    def bad(msg: str, pid: str | None) -> None:
        probs.append(GazetteerProblem(src, i, pid, msg))

    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        bad("not a GeoJSON Feature", None)
        return probs, None
    props = feature.get("properties")
    if not isinstance(props, dict):
        bad("the Feature has no properties object", None)
        return probs, None
    pid = props.get("id") if isinstance(props.get("id"), str) else None
    for key in _REQUIRED_STR:
        value = props.get(key)
        if not isinstance(value, str) or not value.strip():
            bad(f"property {key!r} must be a non-empty string (got {value!r})", pid)
    if pid is not None and not _ID_RE.match(pid):
        bad(f"id {pid!r} is not a slug (lower-case letters, digits and single hyphens)", pid)
    if not isinstance(props.get("name_ar"), str):
        bad("property 'name_ar' must be a string (Arabic name; may be empty)", pid)
    aliases = props.get("aliases")
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        bad("property 'aliases' must be a list of strings", pid)
    amb = props.get("ambiguous_aliases", [])
    if not isinstance(amb, list) or not all(isinstance(a, str) for a in amb):
        bad("property 'ambiguous_aliases' must be a list of strings", pid)
    pw = props.get("placeword_aliases", [])
    if not isinstance(pw, list) or not all(isinstance(a, str) for a in pw):
        bad("property 'placeword_aliases' must be a list of strings", pid)
    if props.get("kind") not in KINDS:
        bad(f"property 'kind' must be one of {', '.join(KINDS)} (got {props.get('kind')!r})", pid)
    parent = props.get("parent")
    if parent is not None and not isinstance(parent, str):
        bad(f"property 'parent' must be a place id or null (got {parent!r})", pid)
    unc = props.get("uncertainty_m")
    if not (isinstance(unc, int | float) and not isinstance(unc, bool) and 0 < unc < math.inf):
        bad(f"property 'uncertainty_m' must be a positive number of metres (got {unc!r})", pid)
    for opt in ("note", "check"):
        if opt in props and not isinstance(props[opt], str):
            bad(f"property {opt!r} must be a string", pid)
    governorate = props.get("governorate", ALEPPO_GOVERNORATE)
    if not isinstance(governorate, str) or not governorate.strip():
        bad(f"property 'governorate' must be a governorate's name (got {governorate!r})", pid)
        governorate = ALEPPO_GOVERNORATE
    geom = feature.get("geometry")
    gtype = geom.get("type") if isinstance(geom, dict) else None
    if not isinstance(geom, dict) or gtype not in _GEOM_DEPTH:
        bad(f"geometry must be a Point, Polygon or MultiPolygon (got {gtype!r})", pid)
        return probs, pid
    try:
        positions = list(_iter_positions(geom.get("coordinates"), _GEOM_DEPTH[gtype]))
    except TypeError as err:
        bad(f"malformed {gtype} coordinates: {err}", pid)
        return probs, pid
    points: list[Any] = positions if gtype == "Point" else []
    if gtype != "Point":
        if "point" not in props:
            bad("a polygon place needs a 'point' property: its representative [lon, lat]", pid)
        else:
            points = [props["point"]]
        for msg in _polygon_problems(gtype, geom.get("coordinates")):
            bad(msg, pid)
    for pos in points:
        if not isinstance(pos, list) or len(pos) < 2:
            bad(f"a position must be [lon, lat] (got {_short(pos)})", pid)
            continue
        found = _check_point(pos[0], pos[1], elsewhere=governorate != ALEPPO_GOVERNORATE)
        if found is not None:
            probs.append(GazetteerProblem(src, i, pid, found[1], severity=found[0]))
    return probs, pid


#: The largest gazetteer file read: past it (or from an endless device such as ``/dev/zero``)
#: the file is refused rather than read whole into memory.
MAX_GAZETTEER_BYTES = 512 << 20


def _read_json(path: Path) -> Any:
    try:
        with path.open("rb") as fh:
            head = fh.read(1 << 16)
            if b"\x00" in head:  # never in UTF-8 JSON: a binary file, or UTF-16
                raise GazetteerError(
                    "not valid JSON: it holds NUL bytes (a binary file, or UTF-16: save it as "
                    "UTF-8)",
                    source=path,
                )
            raw = head + fh.read(MAX_GAZETTEER_BYTES + 1 - len(head))
        if len(raw) > MAX_GAZETTEER_BYTES:
            raise GazetteerError(
                f"larger than {MAX_GAZETTEER_BYTES >> 20} MB: too large for a gazetteer",
                source=path,
            )
        text = raw.decode("utf-8-sig")  # a byte-order mark (Windows editors) is read past
    except FileNotFoundError as err:
        raise GazetteerError("file not found", source=path) from err
    except (OSError, UnicodeDecodeError) as err:
        raise GazetteerError(f"cannot read the file: {err}", source=path) from err
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise GazetteerError(f"not valid JSON: {err.msg}", source=path, line=err.lineno) from err
    except RecursionError as err:
        raise GazetteerError("the JSON is nested too deeply to read", source=path) from err


def _feature_id(feature: Any) -> str | None:
    """The ``id`` property of a feature, or None when it has none (or is malformed)."""
    props = feature.get("properties") if isinstance(feature, dict) else None
    pid = props.get("id") if isinstance(props, dict) else None
    return pid if isinstance(pid, str) else None


def _problems_of(data: Any, src: str) -> list[GazetteerProblem]:
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        return [GazetteerProblem(src, None, None, "not a GeoJSON FeatureCollection")]
    features = data.get("features")
    if not isinstance(features, list):
        return [GazetteerProblem(src, None, None, "'features' must be a list")]
    if not features:
        return [GazetteerProblem(src, None, None, "no places: 'features' is an empty list")]
    probs: list[GazetteerProblem] = []
    ids: dict[str, int] = {}
    parents: dict[str, str | None] = {}
    key_owner: dict[str, list[tuple[str, bool, int]]] = {}
    for i, feature in enumerate(features):
        fprobs, pid = _feature_problems(i, feature, src)
        probs.extend(fprobs)
        if pid is None:
            continue
        if pid in ids:
            probs.append(GazetteerProblem(src, i, pid, f"duplicate id (also feature {ids[pid]})"))
            continue
        ids[pid] = i
        props = feature["properties"]
        parent = props.get("parent")
        parents[pid] = parent if isinstance(parent, str) else None
        names = [props.get("name")]
        if isinstance(props.get("aliases"), list):
            names += props["aliases"]
        amb_raw = props.get("ambiguous_aliases")
        amb_list = amb_raw if isinstance(amb_raw, list) else []
        amb = {alias_key(a) for a in amb_list if isinstance(a, str)}
        for name in {alias_key(n) for n in names if isinstance(n, str)}:
            if name:
                key_owner.setdefault(name, []).append((pid, name in amb, i))
    for pid, parent in parents.items():
        if parent is not None and parent not in ids:
            probs.append(GazetteerProblem(src, ids[pid], pid, f"parent {parent!r} is not a place"))
    for pid in parents:
        seen = {pid}
        cur = parents.get(pid)
        while cur is not None:
            if cur in seen:
                probs.append(GazetteerProblem(src, ids[pid], pid, "the parent chain loops"))
                break
            seen.add(cur)
            cur = parents.get(cur)
    for key, owners in key_owner.items():
        if len(owners) > 1 and not all(flag for _, flag, _ in owners):
            owner_ids = ", ".join(p for p, _, _ in owners)
            probs.append(
                GazetteerProblem(
                    src,
                    owners[-1][2],
                    owners[-1][0],
                    f"alias {key!r} names several places ({owner_ids}); list it in "
                    "'ambiguous_aliases' of each, or remove it from all but one",
                )
            )
    return probs


def validate_gazetteer(path: str | Path | None = None) -> list[GazetteerProblem]:
    """Check a gazetteer file and return every problem found (empty list: valid).

    Checks: GeoJSON structure; required properties and their types; unique slug ids; parents
    exist and do not loop; every point (the Point, or a polygon's ``point``) inside Syria
    (with a hint when latitude and longitude look swapped) and inside
    :data:`ALEPPO_GOVERNORATE_BBOX`; sources present; no alias (after normalisation) shared by
    two places unless each lists it in ``ambiguous_aliases``.

    Parameters
    ----------
    path
        The GeoJSON file; ``None`` checks the packaged gazetteer.

    Raises
    ------
    GazetteerError
        Only when the file cannot be read or is not JSON at all.
    """
    src_path = _packaged_path() if path is None else Path(path)
    return _problems_of(_read_json(src_path), str(src_path))


def _packaged_path() -> Path:
    return Path(str(resources.files("aleppomap").joinpath(_PACKAGED)))


def _place_from(props: Mapping[str, Any], geom: Mapping[str, Any]) -> Place:
    if geom["type"] == "Point":
        lon, lat = geom["coordinates"][:2]
    else:
        lon, lat = props["point"][:2]
    return Place(
        id=props["id"],
        name=props["name"],
        name_ar=props.get("name_ar", ""),
        kind=props["kind"],
        parent=props.get("parent"),
        lon=float(lon),
        lat=float(lat),
        uncertainty_m=float(props["uncertainty_m"]),
        aliases=tuple(props.get("aliases", ())),
        ambiguous_aliases=tuple(props.get("ambiguous_aliases", ())),
        placeword_aliases=tuple(props.get("placeword_aliases", ())),
        source=props["source"],
        source_ref=props["source_ref"],
        licence=props["licence"],
        note=props.get("note", ""),
        governorate=props.get("governorate", ALEPPO_GOVERNORATE),
        geometry=geom,
    )


class Gazetteer:
    """A validated set of places, indexed by id.

    Build one with :meth:`load`; it is immutable afterwards.
    """

    def __init__(self, places: Iterable[Place], *, source: str = "<memory>") -> None:
        self._places: dict[str, Place] = {}
        for place in places:
            if place.id in self._places:
                raise GazetteerError(f"duplicate place id {place.id!r}", source=source)
            self._places[place.id] = place
        if not self._places:
            raise GazetteerError("no places: a gazetteer needs at least one", source=source)
        for place in self._places.values():
            if place.parent is not None and place.parent not in self._places:
                raise GazetteerError(
                    f"place {place.id!r}: parent {place.parent!r} is not a place", source=source
                )
        self.source = source
        self._frame: gpd.GeoDataFrame | None = None

    @classmethod
    def load(cls, path: str | Path | None = None, *, extend: bool = False) -> Gazetteer:
        """Read and validate a gazetteer GeoJSON file.

        Parameters
        ----------
        path
            The file; ``None`` loads the packaged gazetteer.
        extend
            With a ``path``: load the packaged gazetteer and add (or replace, by id) the places
            of ``path``, so a user can extend ours with a few places of their own.

        Raises
        ------
        GazetteerError
            Naming the file and the feature, when the file is missing, not JSON, or fails
            :func:`validate_gazetteer`.
        """
        src_path = _packaged_path() if path is None else Path(path)
        data = _read_json(src_path)
        offset = 0  # with extend: the index of the user's first feature in the merged list
        if extend and path is not None:
            shape_problems = _problems_of(data, str(src_path))[:1]
            if shape_problems and shape_problems[0].feature is None:
                raise GazetteerError(shape_problems[0].message, source=src_path)
            theirs: list[Any] = data["features"]
            their_ids = {_feature_id(f) for f in theirs} - {None}
            base = _read_json(_packaged_path())["features"]
            kept = [f for f in base if _feature_id(f) not in their_ids]
            offset = len(kept)
            data = {**data, "features": kept + theirs}
        problems = [p for p in _problems_of(data, str(src_path)) if p.severity == "error"]
        if problems:
            first = problems[0]
            if first.feature is not None and first.feature >= offset:
                first = replace(first, feature=first.feature - offset)
            more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
            where = ""
            if first.feature is not None:
                where = f"feature {first.feature}"
                where += f" ({first.place_id}): " if first.place_id else ": "
            raise GazetteerError(f"{where}{first.message}{more}", source=src_path)
        places = [_place_from(f["properties"], f["geometry"]) for f in data["features"]]
        logger.debug("loaded %s places from %s", len(places), src_path)
        return cls(places, source=str(src_path))

    # -- lookup ---------------------------------------------------------------------------
    def get(self, place_id: str) -> Place:
        """Return the place with this id.

        Raises
        ------
        KeyError
            If there is none.
        """
        try:
            return self._places[place_id]
        except KeyError:
            raise KeyError(f"no place with id {place_id!r} in {self.source}") from None

    def ancestors(self, place_id: str) -> list[Place]:
        """Return the chain of parents of a place, nearest first (the place excluded)."""
        chain: list[Place] = []
        cur = self.get(place_id).parent
        while cur is not None:
            place = self._places[cur]
            chain.append(place)
            cur = place.parent
        return chain

    def is_within(self, place_id: str, container_id: str) -> bool:
        """Whether ``container_id`` is among the ancestors of ``place_id``."""
        return any(p.id == container_id for p in self.ancestors(place_id))

    def __iter__(self) -> Iterator[Place]:
        return iter(self._places.values())

    def __len__(self) -> int:
        return len(self._places)

    def __contains__(self, place_id: object) -> bool:
        return place_id in self._places

    @property
    def places(self) -> gpd.GeoDataFrame:
        """The places as a GeoDataFrame indexed by id (EPSG:4326).

        Columns: ``name``, ``name_ar``, ``aliases``, ``kind``, ``parent``, ``uncertainty_m``,
        ``source``, ``source_ref``, ``licence``, ``note``, ``governorate`` (``"Aleppo"``, or
        the other governorate of Syria a place lies in), ``point`` (the representative Point)
        and ``geometry`` (Point or polygon).
        """
        if self._frame is None:
            import geopandas as gpd
            from shapely.geometry import Point, shape

            rows = list(self._places.values())
            ids = [p.id for p in rows]
            self._frame = gpd.GeoDataFrame(
                {
                    "name": [p.name for p in rows],
                    "name_ar": [p.name_ar for p in rows],
                    "aliases": [list(p.aliases) for p in rows],
                    "kind": [p.kind for p in rows],
                    "parent": [p.parent for p in rows],
                    "uncertainty_m": [p.uncertainty_m for p in rows],
                    "source": [p.source for p in rows],
                    "source_ref": [p.source_ref for p in rows],
                    "licence": [p.licence for p in rows],
                    "note": [p.note for p in rows],
                    "governorate": [p.governorate for p in rows],
                    "point": gpd.GeoSeries(
                        [Point(p.lon, p.lat) for p in rows], crs="EPSG:4326", index=ids
                    ),
                },
                geometry=[shape(dict(p.geometry)) for p in rows],
                crs="EPSG:4326",
                index=ids,
            )
            self._frame.index.name = "id"
        return self._frame

    def counts(self) -> dict[str, int]:
        """Number of places per kind, in :data:`KINDS` order."""
        out = dict.fromkeys(KINDS, 0)
        for p in self._places.values():
            out[p.kind] += 1
        return {k: v for k, v in out.items() if v}

    def __repr__(self) -> str:
        kinds = ", ".join(f"{n} {k}" for k, n in self.counts().items())
        return f"<Gazetteer {len(self)} places ({kinds}) from {self.source}>"

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{html.escape(k)}</td><td>{n}</td></tr>" for k, n in self.counts().items()
        )
        return (
            f"<div><strong>Gazetteer</strong>: {len(self)} places from "
            f"<code>{html.escape(self.source)}</code>"
            f"<table><thead><tr><th>kind</th><th>places</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></div>"
        )
