"""Entry point of the packaged program: the same `smsgui` command."""

import sys

from smsgui.cli import main

if __name__ == "__main__":
    sys.exit(main())
