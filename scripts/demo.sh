#!/usr/bin/env bash
# Builds the server and runs it with demo data: http://localhost:8080 (admin / chancery-demo).
# Extra arguments go to `chancery serve`, e.g. scripts/demo.sh --port 9000 --data-dir /tmp/chancery
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c debug --product chancery
exec .build/debug/chancery serve --demo "$@"
