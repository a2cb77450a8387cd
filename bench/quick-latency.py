#!/usr/bin/env python3
"""Quick latency figures against the running stack (scripts/stack.sh start --detach).

Not the benchmark harness (that is issue 8: open-model load, large data set): this sends
requests one after another, interleaving the kinds so they see the same conditions, and
prints p50/p95/p99 per kind plus each process's resident memory afterwards. It creates
its own therapists, clinic and patients through the gateway, so it can run on any stack.

    python3 bench/quick-latency.py [requests-per-kind, default 150]
    python3 bench/quick-latency.py --availability [requests, default 50]
        one-clinic and one-state week searches over the data of bench/seed-scheduling.sql
"""
import json
import os
import random
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from datetime import date, datetime, time as dtime, timedelta, timezone
from zoneinfo import ZoneInfo

GATEWAY = os.environ.get("E2E_GATEWAY_URL", "http://localhost:8080")
SCHEDULING = os.environ.get("E2E_SCHEDULING_URL", "http://localhost:8081")
PATIENTS = os.environ.get("E2E_PATIENTS_URL", "http://localhost:8082")
CREDENTIALING = os.environ.get("E2E_CREDENTIALING_URL", "http://localhost:8083")
KEYCLOAK = os.environ.get("E2E_KEYCLOAK_URL", "http://localhost:8180")
DENVER = ZoneInfo("America/Denver")
CONTRAINDICATIONS = ["FIRST_TRIMESTER_PREGNANCY", "BLEEDING_DISORDER_OR_ANTICOAGULANTS", "ACTIVE_CANCER_TREATMENT",
                     "INFECTION_AT_SITE", "COMPROMISED_IMMUNITY", "SEVERE_NEEDLE_FEAR", "VASCULAR_CONCERNS"]


def call(method, url, token=None, body=None, headers=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method)
    if token:
        request.add_header("Authorization", "Bearer " + token)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            payload = response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        payload = error.read()
        status = error.code
    elapsed = time.perf_counter() - started
    return status, (json.loads(payload) if payload else None), elapsed


def token(username):
    form = urllib.parse.urlencode({"grant_type": "password", "client_id": "clinic-cli", "username": username,
                                   "password": username + "-demo"}).encode()
    with urllib.request.urlopen(KEYCLOAK + "/realms/clinic/protocol/openid-connect/token", form) as response:
        return json.load(response)["access_token"]


def expect(result, status, what):
    if result[0] != status:
        sys.exit(f"{what}: expected {status}, got {result[0]}: {result[1]}")
    return result[1]


def random_npi():
    first_nine = "1" + "".join(random.choice("0123456789") for _ in range(8))
    for check in range(10):
        digits = "80840" + first_nine + str(check)
        total = 0
        for index, char in enumerate(reversed(digits)):
            digit = int(char)
            if index % 2 == 1:
                digit = digit * 2 - 9 if digit * 2 > 9 else digit * 2
            total += digit
        if total % 10 == 0:
            return first_nine + str(check)


def utah_therapist(admin):
    therapist = expect(call("POST", GATEWAY + "/api/credentialing/therapists", admin, {
        "npi": random_npi(), "firstName": "Bench", "lastName": "T" + uuid.uuid4().hex[:6],
        "email": f"bench-{uuid.uuid4().hex[:8]}@demo.ptpractice.example"}), 201, "therapist")["id"]
    for credential in ({"kind": "STATE_LICENSE", "state": "UT", "number": "B-1", "issuedOn": "2015-01-01",
                        "expiresOn": "2040-01-01"},
                       {"kind": "DRY_NEEDLING_CERTIFICATION", "issuer": "Bench", "trainingHours": 60,
                        "supervisedSessions": 300, "issuedOn": "2016-01-01"},
                       {"kind": "DRY_NEEDLING_ENDORSEMENT", "state": "UT", "number": "B-2", "issuedOn": "2016-02-01"}):
        url = f"{GATEWAY}/api/credentialing/therapists/{therapist}/credentials"
        created = expect(call("POST", url, admin, credential), 201, "credential")
        expect(call("POST", f"{url}/{created['id']}/verification", admin,
                    {"outcome": "VERIFIED", "primarySource": "bench", "version": created["version"]}), 200, "verify")
    return therapist


def ready_patient(front_desk, therapist_token):
    name = "".join(random.choice("abcdefghij") for _ in range(10))
    patient = expect(call("POST", GATEWAY + "/api/patients", front_desk, {
        "firstName": "Bench", "lastName": "P" + name, "birthDate": "1980-01-01", "sex": "FEMALE",
        "phone": "+1 801 555 0100", "email": name + "@example.com",
        "address": {"line1": "1 Main St", "city": "Salt Lake City", "state": "UT", "postalCode": "84101"}}),
        201, "patient")["id"]
    expect(call("POST", f"{GATEWAY}/api/patients/{patient}/screenings", therapist_token,
                {"answers": [{"contraindication": c, "present": False} for c in CONTRAINDICATIONS]}), 201, "screening")
    signed = (datetime.now(timezone.utc) - timedelta(minutes=1)).isoformat()
    expect(call("POST", f"{GATEWAY}/api/patients/{patient}/consents", front_desk,
                {"formVersion": "DN-2026-01", "signedAt": signed, "signer": "PATIENT"}), 201, "consent")
    return patient


def starts(day, hour, minute):
    return datetime.combine(day, dtime(hour, minute), DENVER).isoformat()


def percentiles(samples):
    ordered = sorted(samples)
    pick = lambda q: ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]
    return statistics.median(ordered) * 1000, pick(0.95) * 1000, pick(0.99) * 1000


def resident_memory():
    rows = []
    for name in ("gateway", "scheduling-service", "patient-service", "credentialing-service"):
        try:
            pid = open(f".run/pids/{name}.pid").read().strip()
            rss = int(subprocess.check_output(["ps", "-o", "rss=", "-p", pid]).decode().strip())
            rows.append(f"{name} {rss // 1024} MiB")
        except (OSError, subprocess.CalledProcessError, ValueError):
            rows.append(f"{name} ?")
    return rows


def availability(count):
    front_desk = token("frontdesk")
    status, clinics, _ = call("GET", SCHEDULING + "/clinics?state=UT&size=100", front_desk)
    rows = clinics.get("content", clinics) if isinstance(clinics, dict) else clinics
    bench = [c["id"] for c in rows if c["name"].startswith("Bench ")]
    if not bench:
        sys.exit("No bench clinics: run bench/seed-scheduling.sql first")
    monday = date.today() + timedelta(days=7 - date.today().weekday() + 7)
    week = f"from={monday}T00:00:00Z&to={monday + timedelta(days=7)}T00:00:00Z"
    kinds = {"one-clinic week (direct)": [], "one-state week (direct)": [],
             "one-clinic week (gateway)": [], "one-state week (gateway)": []}
    for index in range(count):
        clinic = bench[index % len(bench)]
        for kind, base in (("direct", SCHEDULING), ("gateway", GATEWAY + "/api/scheduling")):
            result = call("GET", f"{base}/availability?type=FOLLOW_UP&clinicId={clinic}&{week}&limit=100", front_desk)
            expect(result, 200, "clinic search")
            kinds[f"one-clinic week ({kind})"].append(result[2])
            result = call("GET", f"{base}/availability?type=FOLLOW_UP&state=UT&{week}&limit=100", front_desk)
            expect(result, 200, "state search")
            kinds[f"one-state week ({kind})"].append(result[2])
    print(f"{'search (FOLLOW_UP, 100 slots)':34} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for kind, values in kinds.items():
        p50, p95, p99 = percentiles(values)
        print(f"{kind:34} {len(values):5d} {p50:8.1f} {p95:8.1f} {p99:8.1f}")
    print("resident memory after the run: " + ", ".join(resident_memory()))


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--availability":
        availability(int(sys.argv[2]) if len(sys.argv) > 2 else 50)
        return
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 150
    cred_admin, practice_admin, front_desk, therapist_token = (token(user) for user in (
        "credadmin", "practiceadmin", "frontdesk", "therapist"))
    clinic = expect(call("POST", GATEWAY + "/api/scheduling/clinics", practice_admin, {
        "name": "Bench " + uuid.uuid4().hex[:8], "addressLine1": "1 Main St", "city": "Salt Lake City",
        "state": "UT", "postalCode": "84101", "phone": "801-555-0100", "zoneId": "America/Denver",
        "latitude": 40.76, "longitude": -111.89}), 201, "clinic")["id"]
    hours = [{"dayOfWeek": d, "startTime": "08:00", "endTime": "12:00"} for d in (
        "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")]
    kinds = {}
    first_day = date.today() + timedelta(days=2)
    for kind in ("needling via gateway", "needling direct", "follow-up via gateway"):
        therapist = utah_therapist(cred_admin)
        expect(call("POST", f"{GATEWAY}/api/scheduling/clinics/{clinic}/assignments", practice_admin, {
            "therapistId": therapist, "effectiveFrom": date.today().isoformat(), "hours": hours}), 201, "assign")
        patient = ready_patient(front_desk, therapist_token)
        expect(call("POST", GATEWAY + "/api/scheduling/appointments", front_desk, {
            "patientId": patient, "therapistId": therapist, "clinicId": clinic, "type": "INITIAL_EVALUATION",
            "startsAt": starts(first_day, 8, 0)}), 201, "evaluation")
        kinds[kind] = (therapist, patient)
    slots = [(first_day + timedelta(days=d), h, m) for d in range(1, 80) for h in (8, 9, 10, 11) for m in (0,)]
    samples = {kind: [] for kind in kinds}
    errors = {kind: 0 for kind in kinds}
    for index in range(min(count, len(slots))):
        day, hour, minute = slots[index]
        for kind, (therapist, patient) in kinds.items():
            base = SCHEDULING if kind == "needling direct" else GATEWAY + "/api/scheduling"
            body = {"patientId": patient, "therapistId": therapist, "clinicId": clinic,
                    "type": "FOLLOW_UP" if kind.startswith("follow-up") else "DRY_NEEDLING",
                    "startsAt": starts(day, hour, minute)}
            status, _, elapsed = call("POST", base + "/appointments", front_desk, body,
                                      {"Idempotency-Key": str(uuid.uuid4())})
            if status == 201:
                samples[kind].append(elapsed)
            else:
                errors[kind] += 1
    decisions = {"eligibility decision (direct)": [], "readiness decision (direct)": [],
                 "patient search by name (direct)": []}
    therapist, patient = kinds["needling direct"]
    at = urllib.parse.quote(starts(first_day + timedelta(days=5), 9, 0))
    for _ in range(count):
        decisions["eligibility decision (direct)"].append(call("GET", f"{CREDENTIALING}/eligibility/dry-needling?"
            f"therapistId={therapist}&state=UT&at={at}&zone=America/Denver", front_desk)[2])
        decisions["readiness decision (direct)"].append(
            call("GET", f"{PATIENTS}/patients/{patient}/dry-needling-readiness?at={at}", front_desk)[2])
        decisions["patient search by name (direct)"].append(
            call("GET", f"{PATIENTS}/patients?name=Bench&size=20", front_desk)[2])
    print(f"{'kind':34} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>6}")
    for kind, values in list(samples.items()) + list(decisions.items()):
        p50, p95, p99 = percentiles(values)
        print(f"{kind:34} {len(values):5d} {p50:8.1f} {p95:8.1f} {p99:8.1f} {errors.get(kind, 0):6d}")
    gateway_p50 = percentiles(samples["needling via gateway"])[0]
    direct_p50 = percentiles(samples["needling direct"])[0]
    print(f"needling booking, gateway over direct (p50): {gateway_p50 / direct_p50:.2f}")
    print("resident memory after the run: " + ", ".join(resident_memory()))


if __name__ == "__main__":
    main()
