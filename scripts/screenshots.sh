#!/usr/bin/env bash
# Remakes the README's screenshots (docs/screenshots/) with the browser tour of the desks and core pages, in English
# and in French, from the demo data. Run scripts/test.sh once first (it builds and makes the Python environment).
set -euo pipefail
cd "$(dirname "$0")/.."
CHANCERY_SCREENSHOTS=docs CHANCERY_BIN="${CHANCERY_BIN:-$PWD/.build/debug/chancery}" \
    .venv/bin/python -m pytest tests/python/test_browser_tour.py -q -k sqlite
echo "screenshots: docs/screenshots/"
