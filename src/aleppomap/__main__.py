"""``python -m aleppomap`` runs the command line."""

from aleppomap.cli import main

main()
