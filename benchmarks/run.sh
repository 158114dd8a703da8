#!/usr/bin/env bash
# Runs the benchmarks of quality.md ("Performance targets") and appends their figures, with the
# date, the commit and the machine, to benchmarks/results.md. They are not part of `mvn verify`:
# figures from a loaded CI machine would say little, and a benchmark is read, not asserted.
#
#   benchmarks/run.sh routing      JMS routing: 10 000 claims submitted → all in worklists
#   benchmarks/run.sh coldstart    server boot plus deployment, until the home page answers
#   benchmarks/run.sh pages        employer dashboard and worklist against a bare PrimeFaces page
#   benchmarks/run.sh dnr          a 50 000-row DNR file imported, against a bare streaming read of it
#   benchmarks/run.sh simulator    the pension simulator: a change to the result shown, in Chromium
#
# With DB_URL/DB_USER/DB_PASSWORD set (as for the tests) the server uses MySQL/MariaDB, else H2.
# Options go to the JVM of the benchmark, e.g. -Dbench.requests=2000 -Dbench.clients=4.
set -euo pipefail
cd "$(dirname "$0")/.."

which=${1:?usage: benchmarks/run.sh routing|coldstart|pages|dnr|simulator|api [-Dbench.requests=N] [-Dbench.clients=N] [-Dbench.seconds=N]}
shift
case $which in
    routing) test=RoutingBenchmark ;;
    coldstart) test=ColdStartBenchmark ;;
    pages) test=PageBenchmark ;;
    dnr) test=DnrImportBenchmark ;;
    simulator) test=SimulatorBenchmark ;;
    api) test=ApiBenchmark ;;
    *) echo "benchmark inconnu : $which" >&2; exit 2 ;;
esac

mvn -B -q install -DskipTests -DskipITs
mvn -B verify -pl ear -Dit.test="$test" -Dsurefire.failIfNoSpecifiedTests=false "$@"

{
    echo
    dirty=""
    git diff --quiet HEAD -- ejb web persistence wildfly-config || dirty=" + uncommitted changes"
    echo "### $(date -u +%Y-%m-%dT%H:%MZ) — $which — commit $(git rev-parse --short HEAD)$dirty"
    echo
    echo "Machine: $(nproc) cœurs, $(free -g | awk '/Mem:/ {print $2}') Go, Java $(java -version 2>&1 | head -1 | cut -d'"' -f2)"
    echo
    sed 's/^/    /' "ear/target/benchmarks/$which.txt"
} >> benchmarks/results.md
tail -6 benchmarks/results.md
