"""The frozen program's entry point: the same as the ``orderdesk`` console script."""

import sys

from orderdesk.cli import main

sys.exit(main())
