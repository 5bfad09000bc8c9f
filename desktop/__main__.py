"""``python -m desktop``: the same as the ``lifecycle-explorer`` command."""

import sys

from desktop.app import main

sys.exit(main())
