"""``python -m rasid`` runs the command line."""

from rasid.cli import main

main()
