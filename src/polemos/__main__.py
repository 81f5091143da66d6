"""`python -m polemos` runs the command line."""

from polemos.cli import main

main()
