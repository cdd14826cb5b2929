#!/usr/bin/env bash
# Benchmarks what access scope and the audit trail (issue 10) cost a user: starts the suite
# (bin/suite start, its own PostgreSQL, rate limit off), loads synthetic young people with
# bin/suite demo-data, then times, one request after another, the reads users make most:
#
#   - a team manager's list of young people, 200 a page (scope in SQL, one audit row per child)
#   - a team manager's single read of a young person
#   - a personal adviser's leaver view (scope by caseload, a fresh read of pathway-service on
#     behalf of the adviser, audited in both services)
#   - a team manager's alerts, 200 a page, and the alert summary
#   - a team manager's page of the audit trail
#
# and prints p50, p95 and max in milliseconds for each. Figures include curl's own start-up (a few ms).
#
#   scripts/bench-access.sh                  300 young people, 200 requests of each kind
#   BENCH_PEOPLE=1000 BENCH_REQUESTS=500 scripts/bench-access.sh
#
# Leaves the suite running (bin/suite stop to stop it). Needs curl.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PEOPLE="${BENCH_PEOPLE:-300}"
REQUESTS="${BENCH_REQUESTS:-200}"
cd "$ROOT"

export RATE_LIMIT_PER_SECOND=0
bin/suite start >/tmp/bench-access-start.log 2>&1 || { tail -30 /tmp/bench-access-start.log >&2; exit 1; }
bin/suite demo-data --count "$PEOPLE" >/tmp/bench-access-demo.log 2>&1 || { tail -30 /tmp/bench-access-demo.log >&2; exit 1; }

MGR=$(bin/suite token manager --sub bench-manager --teams north 2>/dev/null)
CMS=$(bin/suite token integration --sub bench-cms 2>/dev/null)
# an allocated young person and their adviser, from leaver-service
CASE=$(curl -fsS "http://localhost:8081/young-people?team=north&size=1" -H "Authorization: Bearer $MGR" \
  | sed -E 's/.*"caseRef":"([^"]+)".*/\1/')
ADVISER_CASE=""
ADVISER=""
for ref in $(curl -fsS "http://localhost:8081/young-people?size=200" -H "Authorization: Bearer $CMS" \
    | grep -oE '"caseRef":"[^"]+"' | cut -d'"' -f4); do
  a=$(curl -fsS "http://localhost:8082/young-people/$ref/personal-adviser" -H "Authorization: Bearer $MGR" 2>/dev/null \
    | grep -oE '"adviserId":"[^"]+"' | head -1 | cut -d'"' -f4 || true)
  if [ -n "$a" ]; then ADVISER_CASE="$ref"; ADVISER="$a"; break; fi
done
PA=$(bin/suite token personal-adviser --sub "${ADVISER:-none}" 2>/dev/null)

# time NAME TOKEN URL: REQUESTS sequential GETs, then p50/p95/max
time_it() {
  local name="$1" token="$2" url="$3" i
  local out; out="$(mktemp)"
  for i in $(seq 1 "$REQUESTS"); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$url" -H "Authorization: Bearer $token" >>"$out"
  done
  local bad; bad=$(awk '$1 != "200"' "$out" | wc -l)
  awk '{ printf "%.1f\n", $2 * 1000 }' "$out" | sort -n | awk -v name="$name" -v bad="$bad" '
    { t[NR] = $1 }
    END {
      printf "%-44s %5d req  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%s\n", name, NR, t[int(NR*0.5)], t[int(NR*0.95)], t[NR],
        (bad > 0 ? "  (" bad " not 200)" : "")
    }'
  rm -f "$out"
}

echo "Access scope and audit benchmark: $PEOPLE young people, $REQUESTS sequential requests each"
time_it "pathway: manager lists 200 young people" "$MGR" "http://localhost:8081/young-people?size=200"
time_it "pathway: manager reads one young person" "$MGR" "http://localhost:8081/young-people/$CASE"
if [ -n "$ADVISER" ]; then
  time_it "leaver: adviser reads their young person" "$PA" "http://localhost:8082/young-people/$ADVISER_CASE"
fi
time_it "notification: manager lists 200 alerts" "$MGR" "http://localhost:8083/alerts?size=200"
time_it "notification: manager's alert summary" "$MGR" "http://localhost:8083/alerts/summary"
time_it "pathway: manager reads 50 audit events" "$MGR" "http://localhost:8081/audit-events?size=50"
rows=$(curl -fsS "http://localhost:8081/audit-events?size=1" -H "Authorization: Bearer $(bin/suite token manager --sub bench-head --teams '*' 2>/dev/null)" \
  | grep -oE '"total":[0-9]+' | cut -d: -f2)
echo "pathway-service audit_event rows visible to a whole-service manager afterwards: ${rows:-?}"
