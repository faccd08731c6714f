#!/usr/bin/env bash
# Builds Crossflag, then starts a three-force demo federation on loopback from the example certificates
# (EXAMPLE ONLY: their keys are public). Stops every node on Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")"

FORCES=("GB-ESX|Essex Police (example)|9443|9081|9091|essex|9541" "GB-KNT|Kent Police (example)|9444|9082|9092|kent|9542"
        "GB-SFK|Suffolk Constabulary (example)|9445|9083|9093|suffolk|9543")
RUN=demo-run
JAR=gateway/target/crossflag-gateway-0.1.0-SNAPSHOT-exec.jar

for force in "${FORCES[@]}"; do
  IFS='|' read -r code name port mport aport login lport <<<"$force"
  for p in "$port" "$mport" "$aport" "$lport"; do
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
  IFS='|' read -r code name port mport aport login lport <<<"$force"
  members+=("--member '$code|$name|https://127.0.0.1:$port|POLICE'")
done
./mvnw -B -q -pl certs-example exec:java \
  -Dexec.args="directory --pki certs-example/example --out $RUN/directory.json --valid-days 30 ${members[*]} \
  --ons-force-code GB-ESX=E23000028 --ons-force-code GB-KNT=E23000032 --ons-force-code GB-SFK=E23000025"

echo "== issuing a fresh federation CRL, valid 7 days, with the example root CA (nodes stop traffic once it is stale)"
./mvnw -B -q -pl certs-example exec:java \
  -Dexec.args="fresh-crl --pki certs-example/example --out $RUN/federation.crl.pem --valid-days 7"

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
  IFS='|' read -r code name port mport aport login lport <<<"$force"
  mkdir -p "$RUN/inbox/$code"
done
for force in "${FORCES[@]}"; do
  IFS='|' read -r code name port mport aport login lport <<<"$force"
  java -jar "$JAR" --spring.config.additional-location="file:demo/nodes/$code.yml" >"$RUN/$code.log" 2>&1 &
  pids+=("$!")
done

health() { curl -fsS "http://127.0.0.1:$1/actuator/health" 2>/dev/null || true; }
for force in "${FORCES[@]}"; do
  IFS='|' read -r code name port mport aport login lport <<<"$force"
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

echo "== loading each force's synthetic MARAC export through its CSV adapter (demo/data)"
for force in "${FORCES[@]}"; do
  IFS='|' read -r code name port mport aport login lport <<<"$force"
  cp "demo/data/$code-marac.csv" "$RUN/inbox/$code/"
done
for force in "${FORCES[@]}"; do
  IFS='|' read -r code name port mport aport login lport <<<"$force"
  for _ in $(seq 1 60); do
    [[ -f "$RUN/inbox/$code/.done/$code-marac.csv" || -f "$RUN/inbox/$code/.failed/$code-marac.csv" ]] && break
    sleep 1
  done
  if [[ ! -f "$RUN/inbox/$code/.done/$code-marac.csv" ]]; then
    echo "$code did not load its export; see $RUN/$code.log and $RUN/inbox/$code/" >&2
    exit 1
  fi
done

echo "== loading synthetic records held beyond panels (demo/data/person-records.txt) through each officers' API"
while IFS='|' read -r code user json; do
  [[ -z "$code" || "$code" == \#* ]] && continue
  for force in "${FORCES[@]}"; do
    IFS='|' read -r fcode name port mport aport login lport <<<"$force"
    [[ "$fcode" == "$code" ]] || continue
    curl -fsS -o /dev/null -u "$user:$user-demo" -H 'Content-Type: application/json' \
      "http://127.0.0.1:$aport/api/person-records" -d "$json" \
      || { echo "$code did not take a demo person record; see $RUN/$code.log" >&2; exit 1; }
  done
done < demo/data/person-records.txt

cat <<INFO

Crossflag demo federation is up: three force nodes on loopback, example certificates (never use them elsewhere).

  force   name                              federation (mutual TLS)   officers' API and inbox   login / password     health
INFO
for force in "${FORCES[@]}"; do
  IFS='|' read -r code name port mport aport login lport <<<"$force"
  printf '  %-7s %-33s https://127.0.0.1:%-5s    http://127.0.0.1:%s/inbox/   %-8s / %-12s http://127.0.0.1:%s/actuator/health\n' \
    "$code" "$name" "$port" "$aport" "$login" "$login-demo" "$mport"
done
cat <<INFO

Each force's synthetic MARAC export is loaded (demo/data/*.csv, every person invented). Essex heard
"Robert James Ashdown-Hale" at MARAC for harm to his ex-partner, and Kent at MATAC for harm to his partner. Refer
him in Suffolk under a nickname and a day/month-swapped date of birth, for harm to a third woman, and watch the
coordinators get alerts; Suffolk's say "serial: 3 victims across 3 forces within 3 years" and name no victim:

  curl -u suffolk:suffolk-demo -H 'Content-Type: application/json' http://127.0.0.1:9093/api/referrals -d '{
    "reference":"MARAC-SFK-2026-1187","forum":"MARAC","referredOn":"2026-11-20",
    "person":{"personId":"SFK-P-77","givenNames":["Bob"],"familyNames":["Ashdown-Hale"],"dateOfBirth":"1986-07-03","sex":"M"},
    "coordinator":{"name":"MARAC coordinator, Ipswich","phone":"01632 960301"},"abuseType":"DOMESTIC_ABUSE",
    "victims":[{"person":{"personId":"SFK-V-77","givenNames":["Hollie"],"familyNames":["Brandon"],
    "dateOfBirth":"1995-06-14","sex":"F"},"relationship":"INTIMATE_PARTNER"}]}'
  curl -u suffolk:suffolk-demo http://127.0.0.1:9093/api/queries/<queryId from the answer>
  curl -u suffolk:suffolk-demo http://127.0.0.1:9093/api/alerts
  curl -u essex:essex-demo http://127.0.0.1:9091/api/alerts

DVDS officers (Right to Ask / Right to Know), in the workspace or through the API (OpenAPI: /v3/api-docs):
INFO
for force in "${FORCES[@]}"; do
  IFS='|' read -r code name port mport aport login lport <<<"$force"
  printf '  %-7s workspace http://127.0.0.1:%s/dvds/   login %-13s / %s\n' "$code" "$aport" "$login-dvds" "$login-dvds-demo"
done
cat <<INFO

Essex holds two convictions and an order about Robert James Ashdown-Hale, Kent a caution. Try a Right to Ask
from Suffolk; Essex's and Kent's DVDS officers then see the request in their workspace and answer it:

  curl -u suffolk-dvds:suffolk-dvds-demo -H 'Content-Type: application/json' http://127.0.0.1:9093/api/dvds/applications -d '{
    "route":"RIGHT_TO_ASK","receivedOn":"$(date -u +%F)",
    "personAtRisk":{"givenNames":"Ellen","familyName":"Marsh","dateOfBirth":"1991-04-02","address":"4 Example Row, Ipswich"},
    "subject":{"givenNames":"Robert","familyName":"Ashdown-Hale","dateOfBirth":"1986-03-07"},
    "applicant":{"kind":"PERSON_AT_RISK","relationshipToPersonAtRisk":"SELF","relationshipToSubject":"PARTNER"},
    "legalBasis":"COMMON_LAW_POLICING_PURPOSE","consent":{"state":"GIVEN"},
    "categories":["CONVICTIONS","CAUTIONS_AND_DISPOSALS","MARAC_AND_PANEL_HISTORY","ORDERS","INTELLIGENCE"]}'
  curl -u suffolk-dvds:suffolk-dvds-demo http://127.0.0.1:9093/api/dvds/applications/<applicationId from the answer>
  curl -u essex-dvds:essex-dvds-demo http://127.0.0.1:9091/api/dvds/requests

Local systems connector (HTTPS, /local/** only), where each force's own systems call in. In the demo it presents the
node's example federation TLS certificate and takes an API key for a synthetic "records-system" client that may
send every event (no local CA in the demo; see the README's "Local systems connector" for client certificates):
INFO
for force in "${FORCES[@]}"; do
  IFS='|' read -r code name port mport aport login lport <<<"$force"
  printf '  %-7s https://127.0.0.1:%s/local/   X-Api-Key: %s\n' "$code" "$lport" "$login-records-demo-key"
done
cat <<INFO
Try the REST adapter (JSON; contract in adapters/rest/README.md, described at http://127.0.0.1:9091/v3/api-docs/local-systems)
and the SOAP adapter (WSDL at /local/soap/records-system-events?wsdl; contract in adapters/rms-soap/README.md):
  curl --cacert certs-example/example/federation-root-ca.pem -H 'X-Api-Key: essex-records-demo-key' \\
       -H 'Content-Type: application/json' https://127.0.0.1:9541/local/rest/v1/hearings -d '{"localReference":
       "MARAC-ESX-2026-0950","forum":"MARAC","heardOn":"2026-10-02","subject":{"localPersonId":"RMS-P-950",
       "givenNames":["Aldous"],"familyNames":["Pennywhistle"],"dateOfBirth":"1981-06-17"},
       "coordinator":{"name":"MARAC coordinator, Chelmsford","phone":"01632 960101"}}'
  curl --cacert certs-example/example/federation-root-ca.pem -H 'X-Api-Key: essex-records-demo-key' \\
       -H 'Content-Type: text/xml; charset=utf-8' -H 'SOAPAction: "urn:crossflag:records-system:v1:HearingRecorded"' \\
       --data-binary @integration-tests/src/test/resources/soap/hearing-recorded.xml \\
       https://127.0.0.1:9541/local/soap/records-system-events

Metrics:   http://127.0.0.1:9081/actuator/prometheus  (likewise 9082, 9083)
Peers:     federation traffic authenticates with the example member certificates, e.g.
           curl --cert-type P12 --cert certs-example/example/members/GB-ESX/tls.p12:changeit \\
                --cacert certs-example/example/federation-root-ca.pem https://127.0.0.1:9444/federation/ping
Directory: $RUN/directory.json (signed by the example operator; nodes re-read it every minute)
CRL:       $RUN/federation.crl.pem (valid 7 days; nodes fetch it with the directory)

Press Ctrl-C to stop the federation.
INFO
wait
