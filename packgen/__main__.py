"""`python -m packgen` runs the command-line interface."""

from packgen.cli import main

if __name__ == "__main__":
    main()
