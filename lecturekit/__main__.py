"""`python -m lecturekit`: the same as the `lecturekit` command."""

import sys

from .app import main

sys.exit(main())
