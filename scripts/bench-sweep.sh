#!/usr/bin/env bash
# Benchmarks notification-service's alert sweep: seeds 10,000, 50,000 and 100,000 synthetic young
# people into its projection (on an embedded PostgreSQL, or TEST_DB_URL if set) and prints, for each
# size, the time and peak heap of the first sweep (raising every alert and writing its notification),
# a second sweep the same day (the steady state of the daily sweep) and a sweep a week later.
#
#   scripts/bench-sweep.sh                 10k, 50k and 100k
#   BENCH_SIZES=100000 scripts/bench-sweep.sh
#   BENCH_HEAP=512m scripts/bench-sweep.sh  (default 1g)
#
# Run from anywhere; needs the suite's modules installed (./mvnw install -DskipTests once).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SIZES="${BENCH_SIZES:-10000,50000,100000}"
HEAP="${BENCH_HEAP:-1g}"

cd "$ROOT/notification-service"
../mvnw -B -q test -Dtest=SweepBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.sizes="$SIZES" -DargLine="-Xmx$HEAP" >target/bench-sweep.log 2>&1 || {
  echo "The benchmark failed; see notification-service/target/bench-sweep.log" >&2
  tail -40 target/bench-sweep.log >&2
  exit 1
}
echo "Alert sweep benchmark (notification-service, sweep batch of 2000 young people per transaction)"
cat target/bench-sweep.txt
