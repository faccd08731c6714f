#!/usr/bin/env bash
# Builds Crossflag, then starts a three-force demo federation on loopback from the example certificates
# (EXAMPLE ONLY: their keys are public). Stops every node on Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")"

FORCES=("GB-ESX|Essex Police (example)|9443|9081" "GB-KNT|Kent Police (example)|9444|9082" "GB-SFK|Suffolk Constabulary (example)|9445|9083")
RUN=demo-run
JAR=gateway/target/crossflag-gateway-0.1.0-SNAPSHOT-exec.jar

for force in "${FORCES[@]}"; do
  IFS='|' read -r code name port mport <<<"$force"
  for p in "$port" "$mport"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "Port $p on 127.0.0.1 is already in use (needed by $code). Stop what uses it, or change demo/nodes/$code.yml." >&2
      exit 1
    fi
  done
done

echo "== building (./mvnw -B -q install -DskipTests)"
./mvnw -B -q install -DskipTests

echo "== signing a fresh federation directory, valid 30 days, with the example operator key"
mkdir -p "$RUN"
members=()
for force in "${FORCES[@]}"; do
  IFS='|' read -r code name port mport <<<"$force"
  members+=("--member '$code|$name|https://127.0.0.1:$port|POLICE'")
done
./mvnw -B -q -pl certs-example exec:java \
  -Dexec.args="directory --pki certs-example/example --out $RUN/directory.json --valid-days 30 ${members[*]}"

pids=()
stop_nodes() {
  trap - INT TERM EXIT
  echo; echo "== stopping the demo nodes"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_nodes INT TERM EXIT

echo "== starting three nodes (logs in $RUN/<code>.log)"
for force in "${FORCES[@]}"; do
  IFS='|' read -r code name port mport <<<"$force"
  java -jar "$JAR" --spring.config.additional-location="file:demo/nodes/$code.yml" >"$RUN/$code.log" 2>&1 &
  pids+=("$!")
done

health() { curl -fsS "http://127.0.0.1:$1/actuator/health" 2>/dev/null || true; }
for force in "${FORCES[@]}"; do
  IFS='|' read -r code name port mport <<<"$force"
  for _ in $(seq 1 120); do
    [[ "$(health "$mport")" == '{"status":"UP"'* ]] && break
    if ! kill -0 "${pids[0]}" 2>/dev/null && ! kill -0 "${pids[1]}" 2>/dev/null && ! kill -0 "${pids[2]}" 2>/dev/null; then break; fi
    sleep 1
  done
  if [[ "$(health "$mport")" != '{"status":"UP"'* ]]; then
    echo "$code did not come up; the end of $RUN/$code.log:" >&2
    tail -n 30 "$RUN/$code.log" >&2
    exit 1
  fi
done

cat <<INFO

Crossflag demo federation is up: three force nodes on loopback, example certificates (never use them elsewhere).

  force   name                              federation (mutual TLS)     health and metrics
INFO
for force in "${FORCES[@]}"; do
  IFS='|' read -r code name port mport <<<"$force"
  printf '  %-7s %-33s https://127.0.0.1:%-5s      http://127.0.0.1:%s/actuator/health\n' "$code" "$name" "$port" "$mport"
done
cat <<INFO

Metrics:   http://127.0.0.1:9081/actuator/prometheus  (likewise 9082, 9083)
Logins:    no user logins yet. Federation traffic authenticates with the example member certificates, e.g.
           curl --cert-type P12 --cert certs-example/example/members/GB-ESX/tls.p12:changeit \\
                --cacert certs-example/example/federation-root-ca.pem https://127.0.0.1:9444/federation/ping
Directory: $RUN/directory.json (signed by the example operator; nodes re-read it every minute)

Press Ctrl-C to stop the federation.
INFO
wait
