"""The ``aleppomap`` command: a thin shell over the public API.

Every error a user can cause (an :class:`~aleppomap.errors.AleppomapError`) becomes one
message on standard error and exit status 1, never a traceback; outputs are written only
after the whole build succeeded, each atomically.
"""

from __future__ import annotations

import logging
import os
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from aleppomap.errors import AleppomapError, GazetteerError, InputError, OptionError

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

    from aleppomap.gazetteer import Gazetteer

__all__ = ["main"]

log = logging.getLogger("aleppomap")

F = TypeVar("F", bound=Callable[..., Any])

DEFAULT_HTML = "aleppo-map.html"
DEFAULT_GEOJSON = "aleppo-events.geojson"


def _echo(message: str = "") -> None:
    click.echo(message)


def _load_gazetteer(path: Path | None, *, extend: bool = False) -> Gazetteer:
    from aleppomap.gazetteer import Gazetteer

    return Gazetteer.load(path, extend=extend)


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
    undated = _undated_entries(events)
    if undated:
        have = "entry has" if undated == 1 else "entries have"
        lines.append(
            f"undated:         {undated} {have} no date "
            "(none in the caption or the gallery; --date gives one)"
        )
    return lines


def _undated_entries(events: gpd.GeoDataFrame) -> int:
    """How many entries of ``events`` have no date (``date`` empty or missing)."""
    if "date" not in events.columns or not len(events):
        return 0
    firsts = events.drop_duplicates(["gallery", "entry"])
    dates = firsts["date"].astype(object)
    return int((dates.isna() | (dates.astype(str).str.strip() == "")).sum())


def _check_outputs(*paths: Path | None, inputs: Sequence[Path | None] = ()) -> None:
    """Refuse before any work an output that cannot be written, or two naming one file.

    A missing folder, or a folder, FIFO, socket or block device at the path, is refused (see
    :func:`aleppomap._atomic.output_target`); a character device such as ``/dev/null`` is
    written through, and may be named more than once. An output naming one of the ``inputs``
    (a gallery, the gazetteer) is refused too: it would replace the file it was made from.
    """
    from aleppomap._atomic import output_target

    read = {p.resolve(): p for p in inputs if p is not None and p.is_file()}
    seen: dict[Path, Path] = {}
    for path in paths:
        if path is None:
            continue
        final = output_target(path)
        if final.is_char_device():
            continue
        key = final.resolve()
        if key in seen:
            raise OptionError(
                f"{seen[key]} and {path} name the same file; give each output its own file"
            )
        if key in read:
            raise OptionError(
                f"the output {path} is the input {read[key]}: writing it would replace what it "
                "is read from; give the output another name"
            )
        seen[key] = path


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="aleppomap")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def cli(verbose: int) -> None:
    """Turn news photo galleries into a geospatial timeline."""
    level = logging.WARNING - 10 * min(verbose, 2)
    if not log.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("aleppomap: %(levelname)s: %(message)s"))
        log.addHandler(handler)
    log.setLevel(level)


_PathArg = click.Path(path_type=Path)  # folders and missing files: our own messages, exit 1


def _input_options(func: F) -> F:
    """FILES and the options of every command that reads galleries."""
    options = [
        click.argument("files", nargs=-1, type=_PathArg),
        click.option("--title", default=None, help="Gallery title for CSV/JSONL input."),
        click.option(
            "--date", "gallery_date", default=None, help="Gallery date (YYYY-MM-DD) for CSV/JSONL."
        ),
        click.option(
            "--gazetteer",
            "gazetteer_path",
            type=_PathArg,
            default=None,
            help="A gazetteer GeoJSON to use instead of the packaged Aleppo one.",
        ),
        click.option(
            "--extend",
            "extend_gazetteer",
            is_flag=True,
            help="With --gazetteer: add its places to the packaged ones (same id replaces).",
        ),
        click.option(
            "--geocode",
            type=click.Choice(["none", "nominatim"]),
            default="none",
            show_default=True,
            help="Look names the gazetteer lacks up online (cached; 1 request/s).",
        ),
        click.option(
            "--geocode-url",
            default="https://nominatim.openstreetmap.org",
            show_default=True,
            help="The Nominatim server for --geocode nominatim.",
        ),
        click.option(
            "--geocode-cache",
            type=click.Path(file_okay=False, path_type=Path),
            default=None,
            help="Cache folder for --geocode (default: the user cache folder).",
        ),
        click.option(
            "--workers",
            type=click.IntRange(min=0),
            default=0,
            show_default=True,
            help="Processes that date and geoparse a large input (10,000 entries or more): 0 "
            "is one per CPU, 1 keeps to this process (less memory); never more than the CPUs "
            "or the work. The events are the same.",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


_control_csv_option = click.option(
    "--control-csv",
    "control_csv",
    type=_PathArg,
    default=None,
    help="Also write who held which place, day by day, as stated by the captions (CSV).",
)
_csv_formulas_option = click.option(
    "--csv-formulas",
    "csv_formulas",
    is_flag=True,
    help="Write CSV cells exactly as they are: no apostrophe before a leading =, +, -, @ "
    "(for data pipelines; a spreadsheet may run such cells as formulas).",
)


def _report_written(paths: Sequence[Path]) -> None:
    """One line per file written, with its size (a device written through has none)."""
    for path in paths:
        size = path.stat().st_size if path.is_file() else None
        _echo(f"wrote {path}" + (f" ({size:,} bytes)" if size is not None else ""))


def _default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "aleppomap" / "geocode"


def _cpus() -> int:
    """The CPUs this process may run on (a container's share, not the host's count)."""
    from aleppomap.events import usable_cpus

    return usable_cpus()


def _read_and_locate(
    files: Sequence[Path], opts: dict[str, Any]
) -> tuple[gpd.GeoDataFrame, int, Gazetteer]:
    from aleppomap.events import locate
    from aleppomap.gallery import read_gallery

    workers = opts["workers"] or _cpus()
    with _reading_status(files):
        entries = read_gallery(
            *files, title=opts["title"], date=opts["gallery_date"], workers=workers
        )
    gazetteer = _load_gazetteer(opts["gazetteer_path"], extend=opts["extend_gazetteer"])
    geocoder = None
    if opts["geocode"] == "nominatim":
        from urllib.parse import urlsplit

        from aleppomap.geocode import Geocoder

        try:
            url = urlsplit(opts["geocode_url"])
        except ValueError as err:  # e.g. "Invalid IPv6 URL"
            raise OptionError(f"--geocode-url {opts['geocode_url']!r}: {err}") from err
        if url.scheme not in ("http", "https") or not url.netloc:
            raise OptionError(f"--geocode-url must be an http(s) URL, not {opts['geocode_url']!r}")
        geocoder = Geocoder(
            cache_dir=opts["geocode_cache"] or _default_cache(),
            domain=url.netloc + url.path.rstrip("/"),
            scheme=url.scheme,
        ).place
    with _progress_bar(len(entries)) as progress:
        events = locate(entries, gazetteer, geocoder=geocoder, workers=workers, progress=progress)
    return events, len(entries), gazetteer


#: Inputs with more entries than this show a progress bar (on a terminal).
PROGRESS_MIN_ENTRIES = 5_000
#: Input files larger than this (in all) show a "reading" spinner (on a terminal).
READING_STATUS_MIN_BYTES = 20_000_000


@contextmanager
def _reading_status(files: Sequence[Path]) -> Iterator[None]:
    """A spinner on standard error while large files are read (on a terminal)."""
    size = 0
    for path in files:
        with suppress(OSError):  # a missing file: read_gallery names it
            size += path.stat().st_size
    if size <= READING_STATUS_MIN_BYTES or not sys.stderr.isatty():
        yield
        return
    from rich.console import Console

    names = ", ".join(p.name for p in files[:3]) + (" …" if len(files) > 3 else "")
    with Console(stderr=True).status(f"reading {names} ({size / 1e6:,.0f} MB)"):
        yield


@contextmanager
def _progress_bar(total: int) -> Iterator[Callable[[int, int], None] | None]:
    """A rich progress bar on standard error for a long run on a terminal, else ``None``."""
    if total <= PROGRESS_MIN_ENTRIES or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("locating places", total=total)

        def advance(done: int, _total: int) -> None:
            bar.update(task, completed=done)

        yield advance


def _control_statements(events: gpd.GeoDataFrame) -> pd.DataFrame:
    from aleppomap.control import control_table

    return control_table(events)


def _write_data(
    events: gpd.GeoDataFrame,
    gazetteer: Gazetteer,
    *,
    statements: pd.DataFrame | None,
    texts: Sequence[tuple[Path, str]] = (),
    geojson: Path | None = None,
    gpkg: Path | None = None,
    csv: Path | None = None,
    control: Path | None = None,
    formulas: bool = False,
) -> list[Path]:
    """Write ``texts`` (the map) and the data outputs asked for, all of them or none.

    The GeoPackage also gets the ``control`` layer. Every file is staged first and moved
    into place only when all are written.
    """
    from aleppomap._atomic import staged_outputs
    from aleppomap.export import table_csv_text, write_outputs

    extra = {"control": statements} if statements is not None and gpkg is not None else {}
    written: list[Path] = []
    with staged_outputs() as out:
        for path, text in texts:
            out.write_text(path, text)
            written.append(path)
        written += write_outputs(
            events, geojson=geojson, gpkg=gpkg, csv=csv, gazetteer=gazetteer,
            extra_layers=extra, formulas=formulas, outputs=out,
        )  # fmt: skip
        if control is not None and statements is not None:
            out.write_text(control, table_csv_text(statements, formulas=formulas))
            written.append(control)
    return written


@cli.command()
@_input_options
@click.option(
    "--html",
    "html_path",
    type=_PathArg,
    default=Path(DEFAULT_HTML),
    show_default=True,
    help="Where to write the interactive map.",
)
@click.option(
    "--geojson",
    "geojson_path",
    type=_PathArg,
    default=Path(DEFAULT_GEOJSON),
    show_default=True,
    help="Where to write the events as GeoJSON (RFC 7946).",
)
@click.option("--gpkg", "gpkg_path", type=_PathArg, default=None, help="Also write a GeoPackage.")
@click.option("--csv", "csv_path", type=_PathArg, default=None, help="Also write a CSV (lon/lat).")
@_control_csv_option
@_csv_formulas_option
@click.option("--cdn", is_flag=True, help="Link Leaflet from a CDN instead of inlining it.")
def build(
    files: tuple[Path, ...],
    html_path: Path,
    geojson_path: Path,
    gpkg_path: Path | None,
    csv_path: Path | None,
    control_csv: Path | None,
    csv_formulas: bool,
    cdn: bool,
    **opts: Any,
) -> None:
    """Build the map and the GeoJSON from FILES (default: the embedded Aleppo gallery).

    FILES are galleries in the text format, CSV or JSON Lines (detected from the content);
    several make one map.
    """
    from aleppomap.timeline import render_html

    _check_outputs(
        html_path, geojson_path, gpkg_path, csv_path, control_csv,
        inputs=[*files, opts["gazetteer_path"]],
    )  # fmt: skip
    if files and _all_events_parquet(files):  # located before (aleppomap locate --parquet)
        events, n_entries, gazetteer = _read_events(files, opts)
    else:
        events, n_entries, gazetteer = _read_and_locate(files, opts)
    # Render everything before writing anything: a failure leaves no partial output.
    # The control statements feed the map's layer, the GeoPackage and the CSV: extract once.
    statements = _control_statements(events)
    html = render_html(
        events,
        self_contained=not cdn,
        gazetteer=gazetteer,
        statements=statements,
    )
    written = _write_data(
        events, gazetteer, statements=statements, texts=[(html_path, html)],
        geojson=geojson_path, gpkg=gpkg_path, csv=csv_path, control=control_csv,
        formulas=csv_formulas,
    )  # fmt: skip
    _report_written(written)
    for line in _summary(events, n_entries):
        _echo(line)


@cli.command("export")
@_input_options
@click.option("--geojson", "geojson_path", type=_PathArg, default=None, help="GeoJSON output.")
@click.option("--gpkg", "gpkg_path", type=_PathArg, default=None, help="GeoPackage output.")
@click.option("--csv", "csv_path", type=_PathArg, default=None, help="CSV output (lon/lat).")
@_control_csv_option
@_csv_formulas_option
def export_cmd(
    files: tuple[Path, ...],
    geojson_path: Path | None,
    gpkg_path: Path | None,
    csv_path: Path | None,
    control_csv: Path | None,
    csv_formulas: bool,
    **opts: Any,
) -> None:
    """Write the events of FILES (default: the embedded gallery) as data files, no map."""
    if geojson_path is None and gpkg_path is None and csv_path is None and control_csv is None:
        raise click.UsageError(
            "name at least one output: --geojson, --gpkg, --csv or --control-csv"
        )
    _check_outputs(
        geojson_path, gpkg_path, csv_path, control_csv, inputs=[*files, opts["gazetteer_path"]]
    )
    events, n_entries, gazetteer = _read_and_locate(files, opts)
    wants_control = gpkg_path is not None or control_csv is not None
    written = _write_data(
        events,
        gazetteer,
        statements=_control_statements(events) if wants_control else None,
        geojson=geojson_path,
        gpkg=gpkg_path,
        csv=csv_path,
        control=control_csv,
        formulas=csv_formulas,
    )
    _report_written(written)
    for line in _summary(events, n_entries):
        _echo(line)


@cli.command("figure")
@click.argument("files", nargs=-1, type=_PathArg)
@click.option(
    "--out", "out_path", type=_PathArg, required=True, help="The figure: FILE.png, .svg or .pdf."
)
@click.option("--date", "day", metavar="DAY", default=None, help="The day (YYYY-MM-DD).")
@click.option("--from", "date_from", metavar="DAY", default=None, help="Or a range's first day.")
@click.option("--to", "date_to", metavar="DAY", default=None, help="And its last day.")
@click.option("--per-day", is_flag=True, help="One panel per day of the range, one frame.")
@click.option(
    "--size",
    type=click.Choice(["page", "column"]),
    default="page",
    show_default=True,
    help="7.5 in (a page) or 3.5 in (a column) wide, at 300 dpi.",
)
@click.option("--title", "figure_title", default=None, help="The figure's title.")
@click.option("--gallery-title", default=None, help="Gallery title for CSV/JSONL input.")
@click.option("--gallery-date", default=None, help="Gallery date (YYYY-MM-DD) for CSV/JSONL.")
@click.option(
    "--gazetteer", "gazetteer_path", type=_PathArg, default=None, help="Your gazetteer GeoJSON."
)
@click.option("--extend", "extend_gazetteer", is_flag=True, help="Add it to the packaged one.")
def figure_cmd(
    files: tuple[Path, ...],
    out_path: Path,
    day: str | None,
    date_from: str | None,
    date_to: str | None,
    per_day: bool,
    size: str,
    figure_title: str | None,
    gallery_title: str | None,
    gallery_date: str | None,
    gazetteer_path: Path | None,
    extend_gazetteer: bool,
) -> None:
    """Draw a map for print of FILES (default: the embedded gallery) as PNG, SVG or PDF.

    The day's photo places numbered by entry with a key, who held what, arrows, a scale bar,
    credits and attribution; --from/--to draw a range, --per-day one panel per day.
    """
    from aleppomap.figure import figure, figure_format, save_figure

    figure_format(out_path)
    _check_outputs(out_path, inputs=[*files, gazetteer_path])
    opts = {
        "title": gallery_title,
        "gallery_date": gallery_date,
        "gazetteer_path": gazetteer_path,
        "extend_gazetteer": extend_gazetteer,
        "geocode": "none",
        "workers": 0,
    }
    events, _, gazetteer = _read_and_locate(files, opts)
    fig = figure(
        events,
        gazetteer=gazetteer,
        date=day,
        date_from=date_from,
        date_to=date_to,
        per_day=per_day,
        size="column" if size == "column" else "page",
        title=figure_title,
    )
    written = save_figure(fig, out_path)
    width, height = (round(v * 300) for v in fig.get_size_inches())
    _echo(f"wrote {written} ({written.stat().st_size:,} bytes; {width} x {height} px at 300 dpi)")


def _all_events_parquet(files: Sequence[Path]) -> bool:
    from aleppomap.parquet import is_parquet

    return all(is_parquet(f) for f in files)


def _read_events(
    files: Sequence[Path], opts: dict[str, Any]
) -> tuple[gpd.GeoDataFrame, int, Gazetteer]:
    """The events of GeoParquet files written by ``aleppomap locate``: no geoparsing again."""
    import pandas as pd

    from aleppomap.parquet import read_events_parquet

    frames = [read_events_parquet(f) for f in files]
    events = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
    n_entries = len(events[["gallery", "entry"]].drop_duplicates())
    gazetteer = _load_gazetteer(opts["gazetteer_path"], extend=opts["extend_gazetteer"])
    return events, n_entries, gazetteer


@cli.command("locate")
@_input_options
@click.option(
    "--parquet",
    "parquet_path",
    type=_PathArg,
    required=True,
    help="Where to write the events as GeoParquet (one row per entry and place).",
)
@click.option(
    "--scheduler",
    default=None,
    help="Run on a Dask cluster: its scheduler's address (tcp://host:8786), or 'local' for "
    "one worker process per CPU here. Needs the dask extra.",
)
@click.option(
    "--partition-size",
    type=click.IntRange(min=1),
    default=25_000,
    show_default=True,
    help="With --scheduler: entries per partition aimed at.",
)
def locate_cmd(
    files: tuple[Path, ...],
    parquet_path: Path,
    scheduler: str | None,
    partition_size: int,
    **opts: Any,
) -> None:
    """Locate the places of FILES and write the events as GeoParquet, no map.

    FILES are galleries (text, CSV, JSON Lines) or Parquet files of entries. With
    --scheduler they are read in partitions by the cluster's workers.
    """
    _check_outputs(parquet_path, inputs=[*files, opts["gazetteer_path"]])
    if scheduler is None:
        from aleppomap.parquet import is_parquet, write_events_parquet

        if any(is_parquet(f) for f in files):  # entries as Parquet
            from pyarrow import ArrowException

            from aleppomap.distributed import read_entries
            from aleppomap.events import locate

            try:
                entries = read_entries(files, title=opts["title"], date=opts["gallery_date"])
            except ArrowException as err:  # starts as Parquet does, but is not one
                raise InputError(f"not a Parquet file of entries: {err}") from err
            gazetteer = _load_gazetteer(opts["gazetteer_path"], extend=opts["extend_gazetteer"])
            events = locate(entries, gazetteer, workers=opts["workers"] or _cpus())
            n_entries = len(entries)
        else:
            events, n_entries, gazetteer = _read_and_locate(files, opts)
        path = write_events_parquet(events, parquet_path)
        _echo(f"wrote {path} ({path.stat().st_size:,} bytes)")
        for line in _summary(events, n_entries):
            _echo(line)
        return
    if opts["geocode"] != "none":
        raise click.UsageError("--geocode works in one process: leave out --scheduler")
    from contextlib import ExitStack

    from aleppomap import distributed
    from aleppomap.gallery import embedded_gallery

    inputs = list(files) or [embedded_gallery()]
    gazetteer = _load_gazetteer(opts["gazetteer_path"], extend=opts["extend_gazetteer"])
    with ExitStack() as stack:
        client = distributed.cluster_client(scheduler, stack)
        with distributed.terminal_progress("locating places (partitions)") as progress:
            stats = distributed.locate_to_parquet(
                inputs,
                parquet_path,
                gazetteer,
                client=client,
                title=opts["title"],
                date=opts["gallery_date"],
                per_partition=partition_size,
                progress=progress,
            )
    _echo(f"wrote {parquet_path} ({parquet_path.stat().st_size:,} bytes)")
    _echo(f"entries read:    {stats.entries}  ({stats.partitions} partitions)")
    _echo(f"entries located: {stats.located_entries}  ({stats.rows} rows)")


@cli.command()
@click.argument("text")
@click.option("--gazetteer", "gazetteer_path", type=_PathArg, default=None)
@click.option("--extend", "extend_gazetteer", is_flag=True)
def places(text: str, gazetteer_path: Path | None, extend_gazetteer: bool) -> None:
    """Show the places found in TEXT: span, role, score, point, and names the gazetteer lacks.

    The point is the place's representative point in WGS84, latitude first (as it is
    labelled: ``lat 36.17572, lon 37.14327``).
    """
    from aleppomap.geoparse import Geoparser

    gazetteer = _load_gazetteer(gazetteer_path, extend=extend_gazetteer)
    parser = Geoparser(gazetteer)
    found = parser.find(text)
    if not found:
        _echo("no place found")
    for m in found:
        place = gazetteer.get(m.place_id)
        _echo(
            f"{m.start:>5}-{m.end:<5} {m.matched!r} → {place.name} [{m.place_id}] "
            f"{place.kind}, {m.role}, {m.method} {m.score:.0f}, "
            f"lat {place.lat:.5f}, lon {place.lon:.5f} ±{place.uncertainty_m:,.0f} m"
        )
    for u in parser.unknown_places(text):
        _echo(f"{u.start:>5}-{u.end:<5} {str(u)!r} → unknown place (not in the gazetteer)")


@cli.group()
def gazetteer() -> None:
    """Work with gazetteer files."""


@gazetteer.command("check")
@click.argument("path", required=False, type=_PathArg)
def gazetteer_check(path: Path | None) -> None:
    """Validate a gazetteer GeoJSON (default: the packaged one); exit 1 on errors."""
    from aleppomap.gazetteer import Gazetteer, validate_gazetteer

    problems = validate_gazetteer(path)
    errors = [p for p in problems if p.severity == "error"]
    for problem in problems:
        click.echo(str(problem), err=problem.severity == "error")
    name = path if path is not None else "the packaged gazetteer"
    if errors:
        raise GazetteerError(f"{name}: {len(errors)} error(s); see above")
    counts = Gazetteer.load(path).counts()
    detail = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))
    _echo(f"{name}: valid, {sum(counts.values())} places ({detail})")


def main(argv: Sequence[str] | None = None) -> None:
    """Run the command line; exit 1 with one message on a user error."""
    try:
        with warnings.catch_warnings():
            # The reader logs a file that is not UTF-8 as one line ("aleppomap: WARNING: …");
            # the UnicodeWarning it raises for library users would repeat it with a source line.
            warnings.simplefilter("ignore", UnicodeWarning)
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
