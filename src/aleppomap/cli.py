"""The ``aleppomap`` command: a thin shell over the public API.

Every error a user can cause (an :class:`~aleppomap.errors.AleppomapError`) becomes one
message on standard error and exit status 1, never a traceback; outputs are written only
after the whole build succeeded, each atomically.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from aleppomap.errors import AleppomapError

if TYPE_CHECKING:
    import geopandas as gpd

    from aleppomap.gazetteer import Gazetteer

__all__ = ["main"]

log = logging.getLogger("aleppomap")

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_HTML = "aleppo-map.html"
DEFAULT_GEOJSON = "aleppo-events.geojson"


def _echo(message: str = "") -> None:
    click.echo(message)


def _load_gazetteer(path: Path | None) -> Gazetteer:
    from aleppomap.gazetteer import Gazetteer

    return Gazetteer.load(path)


def _summary(events: gpd.GeoDataFrame, n_entries: int) -> list[str]:
    """Lines describing what was located, for the terminal."""
    from aleppomap.events import unlocated

    located = events[events["located"].astype(bool)]
    keys = located[["gallery", "entry"]].drop_duplicates()
    lines = [
        f"entries read:    {n_entries}",
        f"entries located: {len(keys)}  ({len(located)} place mentions)",
    ]
    missing = unlocated(events)
    if len(missing):
        lines.append(f"unlocated:       {len(missing)}")
        multi = missing["gallery"].nunique() > 1
        for row in missing.itertuples(index=False):
            name = f"{row.gallery}#{row.entry}" if multi else f"{row.entry}"
            lines.append(f"  entry {name}: {row.reason}")
    return lines


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="aleppomap")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def cli(verbose: int) -> None:
    """Turn news photo galleries into a geospatial timeline."""
    level = logging.WARNING - 10 * min(verbose, 2)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(level)


def _input_options(func: F) -> F:
    func = click.option(
        "--gazetteer",
        "gazetteer_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="A gazetteer GeoJSON to use instead of the packaged Aleppo one.",
    )(func)
    func = click.option("--title", default=None, help="Gallery title for CSV/JSONL input.")(func)
    func = click.option(
        "--date", "gallery_date", default=None, help="Gallery date (YYYY-MM-DD) for CSV/JSONL."
    )(func)
    return click.argument("files", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))(func)


def _read_and_locate(
    files: Sequence[Path],
    title: str | None,
    gallery_date: str | None,
    gazetteer_path: Path | None,
) -> tuple[gpd.GeoDataFrame, int]:
    from aleppomap.events import locate
    from aleppomap.gallery import read_gallery

    entries = read_gallery(*files, title=title, date=gallery_date)
    gazetteer = _load_gazetteer(gazetteer_path)
    events = locate(entries, gazetteer)
    return events, len(entries)


def _check_output_folders(*paths: Path) -> None:
    """Refuse before any work when an output's folder is missing (no partial outputs)."""
    for path in paths:
        folder = path.parent
        if not folder.is_dir():
            raise AleppomapError(f"cannot write {path}: folder {folder} does not exist")


@cli.command()
@_input_options
@click.option(
    "--html",
    "html_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path(DEFAULT_HTML),
    show_default=True,
    help="Where to write the interactive map.",
)
@click.option(
    "--geojson",
    "geojson_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path(DEFAULT_GEOJSON),
    show_default=True,
    help="Where to write the events as GeoJSON (RFC 7946).",
)
@click.option("--cdn", is_flag=True, help="Link Leaflet from a CDN instead of inlining it.")
def build(
    files: tuple[Path, ...],
    title: str | None,
    gallery_date: str | None,
    gazetteer_path: Path | None,
    html_path: Path,
    geojson_path: Path,
    cdn: bool,
) -> None:
    """Build the map and the GeoJSON from FILES (default: the embedded Aleppo gallery)."""
    from aleppomap._atomic import atomic_write_text
    from aleppomap.export import geojson_text
    from aleppomap.timeline import render_html

    _check_output_folders(html_path, geojson_path)
    events, n_entries = _read_and_locate(files, title, gallery_date, gazetteer_path)
    # Render everything before writing anything: a failure leaves no partial output.
    html = render_html(events, self_contained=not cdn)
    geojson = geojson_text(events)
    atomic_write_text(html_path, html)
    atomic_write_text(geojson_path, geojson)
    _echo(f"wrote {html_path} ({len(html.encode()):,} bytes)")
    _echo(f"wrote {geojson_path} ({len(geojson.encode()):,} bytes)")
    for line in _summary(events, n_entries):
        _echo(line)


def main(argv: Sequence[str] | None = None) -> None:
    """Run the command line; exit 1 with one message on a user error."""
    try:
        cli.main(args=list(argv) if argv is not None else None, standalone_mode=False)
    except AleppomapError as err:
        click.echo(f"aleppomap: error: {err}", err=True)
        sys.exit(1)
    except click.exceptions.Abort:
        click.echo("aleppomap: aborted", err=True)
        sys.exit(130)
    except click.ClickException as err:
        err.show()
        sys.exit(err.exit_code)
    except click.exceptions.Exit as err:
        sys.exit(err.exit_code)
    except OSError as err:
        where = f" {err.filename}" if err.filename else ""
        click.echo(f"aleppomap: error:{where}: {err.strerror or err}", err=True)
        sys.exit(1)
