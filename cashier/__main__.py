import sys

from cashier.cli import main

sys.exit(main())
