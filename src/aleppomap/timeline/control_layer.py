"""The data of the map's control layer: each place's shape and its controller day by day.

:func:`control_layer_data` turns the statements and the timeline of :mod:`aleppomap.control`
into the JSON the map draws, with the legend's labels and colours. It is map code, kept next
to the payload that carries it (:mod:`aleppomap.timeline.payload`), and reads only the public
names of :mod:`aleppomap.control`.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping
from typing import TYPE_CHECKING, Any, Final

import pandas as pd

from aleppomap._tables import text as _text
from aleppomap.control import CONTROLLERS
from aleppomap.control.tables import whole_statements

if TYPE_CHECKING:
    from aleppomap.gazetteer import Gazetteer

__all__ = ["CONTROLLER_COLORS", "CONTROLLER_LABELS", "control_layer_data"]

#: Legend labels of the controllers.
CONTROLLER_LABELS: Final[Mapping[str, str]] = {
    "government": "Government and pro-government forces",
    "rebels": "Rebels / opposition",
    "islamic_state": "Islamic State",
    "kurdish": "Kurdish forces (YPG/SDF)",
    "contested": "Contested",
    "unknown": "Unknown",
}
#: Fill colours of the controllers on the map (colour-blind-safe Okabe-Ito hues).
CONTROLLER_COLORS: Final[Mapping[str, str]] = {
    "government": "#D55E00",
    "rebels": "#009E73",
    "islamic_state": "#000000",
    "kurdish": "#E69F00",
    "contested": "#CC79A7",
    "unknown": "#BBBBBB",
}

_APPROX_RADIUS_M: Final = 250.0
_CIRCLE_VERTICES: Final = 32
_EARTH_M_PER_DEG: Final = 111_320.0


def _rounded(coords: Any) -> Any:
    if isinstance(coords, (list, tuple)):
        if coords and isinstance(coords[0], (int, float)):
            return [round(float(c), 6) for c in coords]
        return [_rounded(c) for c in coords]
    return coords


def _circle(lon: float, lat: float, radius_m: float) -> dict[str, Any]:
    """A GeoJSON polygon approximating a circle of ``radius_m`` around a point."""
    dlat = radius_m / _EARTH_M_PER_DEG
    dlon = radius_m / (_EARTH_M_PER_DEG * max(math.cos(math.radians(lat)), 1e-6))
    ring = [
        [
            round(lon + dlon * math.cos(2 * math.pi * k / _CIRCLE_VERTICES), 6),
            round(lat + dlat * math.sin(2 * math.pi * k / _CIRCLE_VERTICES), 6),
        ]
        for k in range(_CIRCLE_VERTICES)
    ]
    ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


def _statement_key(row: Mapping[Hashable, Any]) -> tuple[str, int, str, str, str, str]:
    return (
        _text(row["gallery"]),
        int(row["entry"]),
        _text(row["date"]),
        _text(row["evidence"]),
        _text(row["controller"]),
        _text(row["action"]),
    )


def control_layer_data(
    statements: pd.DataFrame,
    timeline: pd.DataFrame,
    gazetteer: Gazetteer | pd.DataFrame,
) -> dict[str, Any]:
    """What the map's control layer draws, as JSON-ready data.

    Parameters
    ----------
    statements
        The table of :func:`control_table`.
    timeline
        The table of :func:`control_timeline` for the map's slider days.
    gazetteer
        The :class:`~aleppomap.Gazetteer` (or its ``places`` frame: indexed by id, with
        ``name``, ``kind``, ``uncertainty_m``, ``point`` and ``geometry``).

    Returns
    -------
    dict
        ``{"days": [ISO day, ...], "legend": [{"controller", "label", "color"}, ...],
        "places": [...], "missing": [place ids not in the gazetteer]}``. Each place is
        ``{"id", "name", "kind", "approximate", "radius_m", "geometry", "controller",
        "statement", "statements"}``: ``geometry`` a GeoJSON (Multi)Polygon, the gazetteer's
        polygon, or where it has only a point a circle of ``radius_m`` (its uncertainty,
        250 m when it has none) with ``approximate: true``; ``controller`` one controller
        per day of ``days``; ``statement`` per day the index into ``statements`` of the
        evidence (``null`` when unknown); ``statements`` every statement about the place
        (``{"entry", "gallery", "date", "controller", "action", "from_controller",
        "evidence"}``, in date order) for the popup. Statements of ``extent`` ``part``
        (about a part of a place the gazetteer does not name) are left out. Places are
        listed largest first, so that drawn in order the smaller lie on top.
    """
    frame: Any = getattr(gazetteer, "places", gazetteer)
    statements = whole_statements(statements).reset_index(drop=True)
    days = sorted({_text(d) for d in timeline["day"].tolist()} - {""})
    day_pos = {d: k for k, d in enumerate(days)}

    per_place: dict[str, list[dict[str, Any]]] = {}
    keys: dict[str, dict[tuple[str, int, str, str, str, str], int]] = {}
    records = statements.to_dict("records")
    order = sorted(range(len(records)), key=lambda i: (_text(records[i]["date"]), i))
    for i in order:
        row = records[i]
        pid = _text(row["place_id"])
        items = per_place.setdefault(pid, [])
        keys.setdefault(pid, {}).setdefault(_statement_key(row), len(items))
        items.append(
            {
                "entry": int(row["entry"]),
                "gallery": _text(row["gallery"]),
                "date": _text(row["date"]),
                "controller": _text(row["controller"]),
                "action": _text(row["action"]),
                "from_controller": _text(row["from_controller"]),
                "evidence": _text(row["evidence"]),
            }
        )

    controllers: dict[str, list[str]] = {}
    evidence: dict[str, list[int | None]] = {}
    for trow in timeline.to_dict("records"):
        pid = _text(trow["place_id"])
        k = day_pos.get(_text(trow["day"]))
        if k is None:
            continue
        ctl = controllers.setdefault(pid, ["unknown"] * len(days))
        ev = evidence.setdefault(pid, [None] * len(days))
        ctl[k] = _text(trow["controller"]) or "unknown"
        if _text(trow["evidence"]):
            ev[k] = keys.get(pid, {}).get(_statement_key(trow))

    import shapely
    from shapely.geometry import mapping, shape

    out_places: list[tuple[float, str, dict[str, Any]]] = []
    missing: list[str] = []
    for pid in sorted(set(controllers) | set(per_place)):
        if pid not in frame.index:
            missing.append(pid)
            continue
        place = frame.loc[pid]
        geom = place["geometry"]
        approximate = geom is None or geom.geom_type not in ("Polygon", "MultiPolygon")
        radius: float | None = None
        if approximate:
            point = place["point"] if "point" in frame.columns else geom
            if point is None or point.is_empty:
                point = shapely.centroid(geom)
            unc = float(place["uncertainty_m"]) if "uncertainty_m" in frame.columns else 0.0
            radius = unc if math.isfinite(unc) and unc > 0 else _APPROX_RADIUS_M
            geojson = _circle(float(point.x), float(point.y), radius)
        else:
            gj = mapping(geom)
            geojson = {"type": gj["type"], "coordinates": _rounded(gj["coordinates"])}
        area = float(shape(geojson).area)
        out_places.append(
            (
                -area,
                pid,
                {
                    "id": pid,
                    "name": _text(place["name"]) if "name" in frame.columns else pid,
                    "kind": _text(place["kind"]) if "kind" in frame.columns else "",
                    "approximate": bool(approximate),
                    "radius_m": radius,
                    "geometry": geojson,
                    "controller": controllers.get(pid, ["unknown"] * len(days)),
                    "statement": evidence.get(pid, [None] * len(days)),
                    "statements": per_place.get(pid, []),
                },
            )
        )
    out_places.sort(key=lambda t: (t[0], t[1]))
    return {
        "days": days,
        "legend": [
            {"controller": c, "label": CONTROLLER_LABELS[c], "color": CONTROLLER_COLORS[c]}
            for c in CONTROLLERS
        ],
        "places": [p for _, _, p in out_places],
        "missing": missing,
    }
