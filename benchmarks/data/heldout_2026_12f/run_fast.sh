#!/bin/bash
# This set with the shared held-out tools (benchmarks/heldout/).
exec bash "$(dirname "$0")/../../heldout/run_fast.sh" "$(cd "$(dirname "$0")" && pwd)"
