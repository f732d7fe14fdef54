"""``python -m orderdesk`` is the same as the ``orderdesk`` command."""

import sys

from orderdesk.cli import main

sys.exit(main())
