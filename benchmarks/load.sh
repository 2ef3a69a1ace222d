#!/usr/bin/env bash
# End-to-end load test on loopback (see README.md): starts LoadServer (Jersey on Grizzly, 127.0.0.1),
# warms up and measures nine scenarios with wrk, prints a table, stops the server.
#   json-200               /ok on the StatusKit application: a 200 JSON body of similar size
#   statuskit-filter-429   /filtered there: a rate-limit request filter rejects with
#                          ProblemResponses.abort (abortWith StatusKit's response), nothing thrown
#   statuskit-filter-thrown-429  /filter-thrown there: the rate-limit filter throws TooManyRequestsException
#   statuskit-thrown-429   /limited there: the resource method throws TooManyRequestsException
#   floor-thrown-429       /floor there: the cheapest exception Jersey can map (no stack trace, no message), answered
#                          by a hand-written mapper with the hand-built 429 below: the ceiling of any thrown error
#   statuskit-thrown-429-off  /limited on a third application with statuskit.fast-thrown-exceptions=false:
#                          the same exception through Jersey's usual exception path
#   bare-429               /bare on a second application in the same process without StatusKit: the same
#                          429 built by hand and returned by the resource method
#   bare-filter-429        /filtered there: a rate-limit filter aborts with that hand-built 429
#   thrown-429             /thrown there: an exception of the application's own, answered with the same 429
#                          by a hand-written ExceptionMapper (the runtime's cost of a thrown error)
# Usage: benchmarks/load.sh [warm-up seconds, default 10] [measured seconds, default 20]
# The measured time of each scenario is split into ROUNDS (default 4) runs, taken round-robin across the
# scenarios, so that a change of load on a shared machine hits all scenarios alike; requests/s is the
# total of the rounds, p99 the median of the rounds' p99.
# Environment: THREADS (wrk threads, default 2), CONNECTIONS (default 16), JAVA_OPTS (server JVM, default -Xmx256m),
# SERVER_CPUS and CLIENT_CPUS (CPU lists for taskset, e.g. 1 and 0: the server on one core and wrk on the
# other, so that the server's throughput measures its own cost per request; default: not pinned).
# Needs benchmarks/target/benchmarks.jar (mvn -B -pl benchmarks -am package -DskipTests) and wrk (apt-get install wrk).
set -euo pipefail

WARM=${1:-10}
DUR=${2:-20}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
ROUNDS=${ROUNDS:-4}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m}
cd "$(dirname "$0")/.."
JAR=benchmarks/target/benchmarks.jar
[ -f "$JAR" ] || { echo "missing $JAR: run mvn -B -pl benchmarks -am package -DskipTests" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk not found: apt-get install -y wrk" >&2; exit 1; }

WORK=$(mktemp -d)
LIFETIME=$(( 9 * (WARM + DUR) + 60 ))   # the server stops by itself even if this script is killed
# shellcheck disable=SC2086
SERVER_PIN=()
CLIENT_PIN=()
if [ -n "${SERVER_CPUS:-}" ]; then SERVER_PIN=(taskset -c "$SERVER_CPUS"); fi
if [ -n "${CLIENT_CPUS:-}" ]; then CLIENT_PIN=(taskset -c "$CLIENT_CPUS"); fi
"${SERVER_PIN[@]}" java $JAVA_OPTS -cp "$JAR" dev.statuskit.benchmarks.LoadServer "$LIFETIME" > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT

for _ in $(seq 1 300); do
  grep -q '^READY' "$WORK/server.log" && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
  sleep 0.1
done
read -r _ PORT_A PORT_B PORT_C < <(grep '^READY' "$WORK/server.log")
declare -A URL=(
  [json-200]="http://127.0.0.1:$PORT_A/ok"
  [statuskit-filter-429]="http://127.0.0.1:$PORT_A/filtered"
  [statuskit-filter-thrown-429]="http://127.0.0.1:$PORT_A/filter-thrown"
  [statuskit-thrown-429]="http://127.0.0.1:$PORT_A/limited"
  [floor-thrown-429]="http://127.0.0.1:$PORT_A/floor"
  [statuskit-thrown-429-off]="http://127.0.0.1:$PORT_C/limited"
  [bare-429]="http://127.0.0.1:$PORT_B/bare"
  [bare-filter-429]="http://127.0.0.1:$PORT_B/filtered"
  [thrown-429]="http://127.0.0.1:$PORT_B/thrown"
)
ORDER=(json-200 statuskit-filter-429 statuskit-filter-thrown-429 statuskit-thrown-429 floor-thrown-429 statuskit-thrown-429-off bare-429 bare-filter-429 thrown-429)

echo "# $(date -u +%FT%TZ)  nproc=$(nproc)  load average:$(uptime | sed 's/.*load average://')"
echo "# server: ${SERVER_PIN[*]} java $JAVA_OPTS (pid $SERVER), ${CLIENT_PIN[*]} wrk -t$THREADS -c$CONNECTIONS, warm-up ${WARM}s, measured ${DUR}s per scenario"
for s in "${ORDER[@]}"; do
  echo "## $s: ${URL[$s]}"
  curl -s -i -H 'Accept: application/json' "${URL[$s]}" | tr -d '\r' | sed 's/^/   /'
  echo
done

for s in "${ORDER[@]}"; do
  "${CLIENT_PIN[@]}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARM}s" -H 'Accept: application/json' "${URL[$s]}" > /dev/null
done
ROUND_S=$(( DUR / ROUNDS ))
[ "$ROUND_S" -ge 1 ] || ROUND_S=1
for r in $(seq 1 "$ROUNDS"); do
  for k in "${!ORDER[@]}"; do
    s=${ORDER[$(( (k + r - 1) % ${#ORDER[@]} ))]}   # rotate the order every round
    "${CLIENT_PIN[@]}" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${ROUND_S}s" --latency -H 'Accept: application/json' "${URL[$s]}" > "$WORK/$s.$r.txt"
    if grep -q 'Socket errors' "$WORK/$s.$r.txt"; then grep 'Socket errors' "$WORK/$s.$r.txt" | sed "s/^/# $s round $r: /"; fi
  done
done

# p99 in microseconds from wrk's "99%" line (us, ms or s): the median over the rounds.
p99() {
  for f in "$WORK/$1".*.txt; do
    awk '$1=="99%" { v=$2; if (v ~ /us$/) { sub(/us$/,"",v); print v } else if (v ~ /ms$/) { sub(/ms$/,"",v); print v*1000 } else { sub(/s$/,"",v); print v*1000000 } }' "$f"
  done | sort -n | awk '{ a[NR]=$1 } END { if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2 }'
}
# requests/s: all requests of the rounds over their total duration (wrk: "N requests in 5.00s").
rps() {
  cat "$WORK/$1".*.txt | awk '/ requests in / { n += $1; t = $4; sub(/s,?$/, "", t); if (t ~ /m$/) { sub(/m$/,"",t); t *= 60 } d += t }
    END { printf "%.1f", n / d }'
}

printf '\n%-28s %12s %12s\n' scenario 'requests/s' 'p99 (us)'
for s in "${ORDER[@]}"; do
  printf '%-28s %12s %12s\n' "$s" "$(rps "$s")" "$(p99 "$s")"
done
awk -v ok="$(rps json-200)" -v skf="$(rps statuskit-filter-429)" -v skt="$(rps statuskit-thrown-429)" \
    -v skft="$(rps statuskit-filter-thrown-429)" -v skoff="$(rps statuskit-thrown-429-off)" -v floor="$(rps floor-thrown-429)" -v bare="$(rps bare-429)" -v baref="$(rps bare-filter-429)" -v thrown="$(rps thrown-429)" \
    -v pok="$(p99 json-200)" -v pskf="$(p99 statuskit-filter-429)" -v pskt="$(p99 statuskit-thrown-429)" \
    -v pbare="$(p99 bare-429)" -v pbaref="$(p99 bare-filter-429)" -v pthrown="$(p99 thrown-429)" 'BEGIN {
  print "\nRejected in a filter (abortWith, nothing thrown):"
  printf "  statuskit-filter-429 throughput vs json-200:        %5.1f%%  (goal >= 95%%)\n", 100 * skf / ok
  printf "  statuskit-filter-429 cost per request vs bare-filter-429: %+5.1f%%  (goal <= +10%%)\n", 100 * (baref / skf - 1)
  printf "  statuskit-filter-429 cost per request vs bare-429:        %+5.1f%%\n", 100 * (bare / skf - 1)
  print "Thrown in a filter (the same filter throws TooManyRequestsException):"
  printf "  statuskit-filter-thrown-429 throughput vs json-200: %5.1f%%  (goal >= 90%%)\n", 100 * skft / ok
  printf "  statuskit-filter-thrown-429 cost per request vs bare-filter-429: %+5.1f%%  (goal <= +10%%)\n", 100 * (baref / skft - 1)
  print "Thrown from the resource method:"
  printf "  statuskit-thrown-429 throughput vs json-200:        %5.1f%%  (goal >= 90%%)\n", 100 * skt / ok
  printf "  statuskit-thrown-429 cost per request vs thrown-429:      %+5.1f%%\n", 100 * (thrown / skt - 1)
  printf "  statuskit-thrown-429 cost per request vs bare-429:        %+5.1f%%  (goal <= +10%%)\n", 100 * (bare / skt - 1)
  printf "  thrown-429 (no StatusKit) throughput vs json-200:   %5.1f%%\n", 100 * thrown / ok
  printf "  floor-thrown-429 (the cheapest thrown error) throughput vs json-200: %5.1f%%, cost per request vs bare-429: %+5.1f%%\n", 100 * floor / ok, 100 * (bare / floor - 1)
  printf "  bare-429 (returned by hand, nothing thrown) throughput vs json-200:   %5.1f%%\n", 100 * bare / ok
  printf "  statuskit-thrown-429 throughput vs floor-thrown-429:  %5.1f%%\n", 100 * skt / floor
  printf "  statuskit-thrown-429-off (fast path off) throughput vs json-200: %5.1f%%, cost per request vs bare-429: %+5.1f%%\n", 100 * skoff / ok, 100 * (bare / skoff - 1)
  printf "  statuskit-thrown-429 throughput vs statuskit-thrown-429-off: %5.1f%%\n", 100 * skt / skoff
  printf "p99: statuskit-filter-429 %.2fx json-200, %.2fx bare-filter-429; statuskit-thrown-429 %.2fx json-200, %.2fx thrown-429\n", pskf / pok, pskf / pbaref, pskt / pok, pskt / pthrown
}'
