"""`python -m smsgui` runs the same entry point as the `smsgui` command."""

import sys

from smsgui.cli import main

sys.exit(main())
