"""Makes the sample plugin (tests/core/gridgov_sample_plugin) importable."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
