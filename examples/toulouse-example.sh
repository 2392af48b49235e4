#!/usr/bin/env bash
# An example campus shaped on the report's Toulouse example (§2.3.1.4, §2.3.2), entered through the public API as the
# Occitanie portal would: legal form and support lycée, six partners, the director post co-financed 30/25/25/20, a
# forecast budget. Then its row of the national table, in JSON and in CSV.
# Every value here is an EXAMPLE, and says so: each write carries the source {"kind":"EXAMPLE"}, so the table, the
# detail, the CSV and the page show it with its badge and no national figure (summary, open data) counts it. The
# script writes on a campus of its own, « Campus d'exemple aéronautique (données
# fictives) », never on the Toulouse campus of Annexe 4 (whose facts are the report's alone: the report gives the
# director post's shares, [112], not this profile, these partners or this budget; and Occitanie does not fund the
# campuses, [112]). Run it on a running platform (./run-local.sh); a second run finds its campus and answers
# 412/409/200 where the data is already there.
set -euo pipefail
G=${G:-http://127.0.0.1:8080}
source ${TOKENS:-.local-data/tokens.env}
H=(-H "Authorization: Bearer $REGIONAL_76_TOKEN" -H 'Content-Type: application/json')
YEAR=$(date +%Y)
NAME="Campus d'exemple aéronautique (données fictives)"
SRC='"source":{"kind":"EXAMPLE","reference":"examples/toulouse-example.sh"}'
echo "campuses in the register: $(curl -s -H "Authorization: Bearer $READER_TOKEN" "$G/api/v1/campuses?limit=500" | python3 -c 'import sys,json;print(len(json.load(sys.stdin)["items"]))')"
TLS=$(curl -s -H "Authorization: Bearer $READER_TOKEN" "$G/api/v1/campuses?region=76&q=campus%20exemple%20aeronautique%20donnees%20fictives" | python3 -c 'import sys,json;i=json.load(sys.stdin)["items"];print(i[0]["id"] if i else "")')
if [ -z "$TLS" ]; then
  TLS=$(curl -s -X POST "$G/api/v1/campuses" "${H[@]}" -d "{$SRC,\"designation\":\"$NAME\",\"familyCode\":\"MOBILITY_AERONAUTICS_TRANSPORT\",\"regionCode\":\"76\",\"academyCodes\":[\"TOULOUSE\"]}" | python3 -c 'import sys,json;print(json.load(sys.stdin)["id"])')
  for _ in $(seq 1 100); do  # monitoring and funding learn the campus from labelling's events
    [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $READER_TOKEN" "$G/api/v1/campuses/$TLS/partners")" = 200 ] && break
    sleep 0.1
  done
fi
echo "$NAME: $TLS"
t0=$(date +%s%N)
curl -s -o /dev/null -w "profile %{http_code}\n" -X PUT "$G/api/v1/campuses/$TLS/profile" "${H[@]}" -d '{'"$SRC"',"legalForm":"ASSOCIATION","hasLegalPersonality":true,"hasOwnBudget":true,
 "supportEstablishment":{"name":"Lycée (exemple)","type":"LYCEE","role":"CARRIER"},
 "directorPost":{"exists":true,"fte":1.0,"vacant":false,"missionLetter":true},
 "governance":{"steeringCommittee":true,"managementCommittee":true,"workingGroups":["Formation continue"],"higherEducationInGovernance":true}}'
p() { curl -s -o /dev/null -w "partner $1 %{http_code}\n" -X POST "$G/api/v1/campuses/$TLS/partners" "${H[@]}" -d "{$SRC,${2#\{}"; }
p Airbus '{"name":"Airbus","category":"COMPANY","companySize":"LARGE","sector":"PRIVATE","trainingRole":"BOTH","membershipBasis":"SIGNED_COMMITMENT","inGovernance":true}'
p UIMM '{"name":"UIMM Midi-Pyrénées","category":"PROFESSIONAL_BRANCH","sector":"PRIVATE","trainingRole":"CONTINUING","membershipBasis":"CONVENTION","inGovernance":true}'
p Lycee '{"name":"Lycée (exemple)","category":"EPLE_LYCEE","sector":"PUBLIC","trainingRole":"INITIAL","membershipBasis":"CONVENTION","inGovernance":true}'
p Universite '{"name":"Université (exemple)","category":"UNIVERSITY","sector":"PUBLIC","trainingRole":"BOTH","membershipBasis":"CONVENTION","inGovernance":true}'
p Labo '{"name":"Laboratoire de recherche","category":"RESEARCH_LAB","sector":"PUBLIC","trainingRole":"NONE","membershipBasis":"LETTER_OF_SUPPORT","inGovernance":false}'
p GRETA '{"name":"GRETA Midi-Pyrénées","category":"GRETA","sector":"PUBLIC","trainingRole":"CONTINUING","membershipBasis":"CONVENTION","inGovernance":false}'
curl -s -o /dev/null -w "director funding %{http_code}\n" -X PUT "$G/api/v1/campuses/$TLS/director-funding/$YEAR" "${H[@]}" -d '{'"$SRC"',"totalCostCents":8000000,"employerName":"Airbus","shares":[
 {"funderName":"Airbus","funderType":"COMPANY","percent":30},{"funderName":"Rectorat de Toulouse","funderType":"RECTORAT","percent":25},
 {"funderName":"Région Occitanie","funderType":"REGION","percent":25},{"funderName":"UIMM","funderType":"PROFESSIONAL_BRANCH","percent":20}]}'
curl -s -o /dev/null -w "forecast budget %{http_code}\n" -X PUT "$G/api/v1/campuses/$TLS/budgets/$YEAR" "${H[@]}" -d '{'"$SRC"',"holder":"CAMPUS","uses":[{"use":"OPERATIONAL_DIRECTOR","amountCents":8000000},{"use":"ACTIONS","amountCents":4000000}],
 "contributions":[{"funderName":"Airbus","funderType":"COMPANY","amountCents":2400000,"nature":"CASH","modality":"EX_ANTE","status":"GRANTED"},
 {"funderName":"Rectorat de Toulouse","funderType":"RECTORAT","amountCents":2000000,"nature":"STAFF","modality":"EX_ANTE","status":"GRANTED"},
 {"funderName":"Région Occitanie","funderType":"REGION","amountCents":6000000,"nature":"CASH","modality":"EX_POST","status":"REQUESTED"},
 {"funderName":"UIMM","funderType":"PROFESSIONAL_BRANCH","amountCents":1600000,"nature":"CASH","modality":"EX_ANTE","status":"PLANNED"}]}'
for _ in $(seq 1 200); do  # at most 10 s
  curl -s -H "Authorization: Bearer $READER_TOKEN" "$G/api/v1/dashboard/campuses/$TLS" | python3 -c 'import sys,json;r=json.load(sys.stdin)["row"];sys.exit(0 if r["forecastBudgetCents"] and r["directorNonRectoratPercent"] and r["activePartners"]==6 else 1)' 2>/dev/null && break
  sleep 0.05
done
echo "row complete $(( ($(date +%s%N)-t0)/1000000 )) ms after the first write"
curl -s -H "Authorization: Bearer $READER_TOKEN" "$G/api/v1/dashboard/campuses/$TLS" | python3 -c 'import sys,json;r=json.load(sys.stdin)["row"];print(json.dumps({k:r[k] for k in ["designation","source","legalForm","supportEstablishmentType","activePartners","partnerMatrix","warningFlags","forecastBudgetCents","funderShares","nonRectoratPercent","exAntePercent","directorPost","directorNonRectoratPercent","missing","labelStatus"]},ensure_ascii=False,indent=1))'
# its line of the CSV (the table filtered on the example's own words, so it is on the first page however big the table)
CSV="$G/api/v1/dashboard/campuses?region=76&source=EXAMPLE&q=exemple%20a%C3%A9ronautique&format=csv"
curl -s -H "Authorization: Bearer $READER_TOKEN" "$CSV" | head -1
curl -s -H "Authorization: Bearer $READER_TOKEN" "$CSV" | grep "$TLS"
