#!/usr/bin/env python3
"""Demo data for a running stack, loaded through the gateway as the demo users would.

Idempotent: everything is looked up first (therapists by NPI, clinics by name, patients by
name and birth date) and only what is missing is made, so it can run on every start.

    python3 scripts/demo_data.py          # scripts/stack.sh runs it once the stack is healthy

Therapists, each showing one case of the needling rule:
  Dana Valid       UT + CO licenses, certification, UT registration: eligible in UT and CO
                   (linked to the demo login "therapist")
  Evan Expiring    eligible in UT, but the certification expires in 10 days
  Olive Otherstate licensed in CO only (UT registration on file), works Saturdays in Salt Lake
                   City: no UT license
  Wade Washington  WA license and certification, no WA endorsement
  Fiona Florida    certification with 20 training hours (Florida asks 50), FL registration
  Paula Pending    Texas credentials not yet verified
  Carl California  works in Sacramento: California prohibits dry needling
  Pete Phoenix     eligible in Arizona (a clinic without daylight saving time)
Patients (birth date 1980-05-05), each with an initial evaluation unless said otherwise:
  Rita Ready       consent, clean screening: ready (linked to the demo login "patient")
  Nick Noconsent   clean screening, no consent
  Clara Cleared    needle fear flagged and cleared by a therapist, consent
  Frank Flagged    bleeding disorder flagged, not cleared, consent
  Ethan Noeval     consent, clean screening, no initial evaluation
"""
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

GATEWAY = os.environ.get("GATEWAY_URL", "http://localhost:8080") + "/api"
KEYCLOAK = os.environ.get("KEYCLOAK_URL", "http://localhost:8180")
DEMO_THERAPIST_LOGIN = "a1b2c3d4-0000-4000-8000-000000000002"
DEMO_PATIENT_LOGIN = "a1b2c3d4-0000-4000-8000-000000000005"
CONTRAINDICATIONS = ["FIRST_TRIMESTER_PREGNANCY", "BLEEDING_DISORDER_OR_ANTICOAGULANTS", "ACTIVE_CANCER_TREATMENT",
                     "INFECTION_AT_SITE", "COMPROMISED_IMMUNITY", "SEVERE_NEEDLE_FEAR", "VASCULAR_CONCERNS"]
WEEKDAYS = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"]

CLINICS = [
    # name, city, state, zip, zone, lat, lng
    ("PT Demo Salt Lake City", "Salt Lake City", "UT", "84101", "America/Denver", 40.7608, -111.8910),
    ("PT Demo Denver", "Denver", "CO", "80202", "America/Denver", 39.7392, -104.9903),
    ("PT Demo Phoenix", "Phoenix", "AZ", "85004", "America/Phoenix", 33.4484, -112.0740),
    ("PT Demo Orlando", "Orlando", "FL", "32801", "America/New_York", 28.5383, -81.3792),
    ("PT Demo Austin", "Austin", "TX", "78701", "America/Chicago", 30.2672, -97.7431),
    ("PT Demo Seattle", "Seattle", "WA", "98101", "America/Los_Angeles", 47.6062, -122.3321),
    ("PT Demo Sacramento", "Sacramento", "CA", "95814", "America/Los_Angeles", 38.5816, -121.4944),
    ("PT Demo Albany", "Albany", "NY", "12207", "America/New_York", 42.6526, -73.7562),
]


def in_days(days):
    return (date.today() + timedelta(days=days)).isoformat()


def certification(hours=60, sessions=300, expires=None):
    body = {"kind": "DRY_NEEDLING_CERTIFICATION", "issuer": "Demo Dry Needling Institute", "trainingHours": hours,
            "supervisedSessions": sessions, "issuedOn": "2019-03-01"}
    if expires:
        body["expiresOn"] = expires
    return body


def license_in(state, issued="2015-01-15"):
    return {"kind": "STATE_LICENSE", "state": state, "number": f"PT-{state}-DEMO", "issuedOn": issued,
            "expiresOn": in_days(700)}


def registration_in(state):
    return {"kind": "DRY_NEEDLING_ENDORSEMENT", "state": state, "number": f"DN-{state}-DEMO", "issuedOn": "2019-06-01"}


# first name, last name, 9-digit NPI base, login, credentials, verified, [(clinic, days, from, until)]
THERAPISTS = [
    ("Dana", "Valid", "190000001", DEMO_THERAPIST_LOGIN,
     [license_in("UT"), license_in("CO"), certification(), registration_in("UT")], True,
     [("PT Demo Salt Lake City", WEEKDAYS, "08:00", "12:00"), ("PT Demo Denver", WEEKDAYS, "13:00", "17:00")]),
    ("Evan", "Expiring", "190000002", None,
     [license_in("UT"), certification(expires=in_days(10)), registration_in("UT")], True,
     [("PT Demo Salt Lake City", WEEKDAYS, "13:00", "17:00")]),
    ("Olive", "Otherstate", "190000003", None, [license_in("CO"), certification(), registration_in("UT")], True,
     [("PT Demo Salt Lake City", ["SATURDAY"], "08:00", "12:00")]),
    ("Wade", "Washington", "190000004", None, [license_in("WA"), certification()], True,
     [("PT Demo Seattle", WEEKDAYS, "08:00", "16:00")]),
    ("Fiona", "Florida", "190000005", None, [license_in("FL", "2018-01-15"), certification(hours=20), registration_in("FL")],
     True,
     [("PT Demo Orlando", WEEKDAYS, "08:00", "16:00")]),
    ("Paula", "Pending", "190000006", None, [license_in("TX"), certification()], False,
     [("PT Demo Austin", WEEKDAYS, "08:00", "16:00")]),
    ("Carl", "California", "190000007", None, [license_in("CA"), certification()], True,
     [("PT Demo Sacramento", WEEKDAYS, "08:00", "16:00")]),
    ("Pete", "Phoenix", "190000008", None, [license_in("AZ"), certification()], True,
     [("PT Demo Phoenix", WEEKDAYS, "08:00", "16:00")]),
]

# first name, last name, consent, flagged, cleared, evaluation hour (None: no evaluation), login
PATIENTS = [
    ("Rita", "Ready", True, [], False, 8, DEMO_PATIENT_LOGIN),
    ("Nick", "Noconsent", False, [], False, 9, None),
    ("Clara", "Cleared", True, ["SEVERE_NEEDLE_FEAR"], True, 10, None),
    ("Frank", "Flagged", True, ["BLEEDING_DISORDER_OR_ANTICOAGULANTS"], False, 11, None),
    ("Ethan", "Noeval", True, [], False, None, None),
]


def call(method, path, token, body=None, headers=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(GATEWAY + path, data=data, method=method)
    request.add_header("Authorization", "Bearer " + token)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            payload = response.read()
            return response.status, json.loads(payload) if payload else None
    except urllib.error.HTTPError as error:
        payload = error.read()
        return error.code, json.loads(payload) if payload else None


def ok(result, *statuses):
    status, body = result
    if status not in statuses:
        raise SystemExit(f"demo data: expected {statuses}, got {status}: {body}")
    return body


def token(username):
    form = urllib.parse.urlencode({"grant_type": "password", "client_id": "clinic-cli", "username": username,
                                   "password": username + "-demo"}).encode()
    with urllib.request.urlopen(KEYCLOAK + "/realms/clinic/protocol/openid-connect/token", form) as response:
        return json.load(response)["access_token"]


def npi(base):
    for check in range(10):
        digits = "80840" + base + str(check)
        total = sum((int(c) * 2 - 9 if int(c) * 2 > 9 else int(c) * 2) if i % 2 else int(c)
                    for i, c in enumerate(reversed(digits)))
        if total % 10 == 0:
            return base + str(check)


def therapists(admin):
    existing = {}
    page = 0
    while True:
        body = ok(call("GET", f"/credentialing/therapists?page={page}&size=200", admin), 200)
        existing.update({t["npi"]: t["id"] for t in body["content"]})
        page += 1
        if page >= body["totalPages"]:
            break
    ids = {}
    for first, last, base, login, credentials, verified, _ in THERAPISTS:
        number = npi(base)
        if number in existing:
            ids[last] = existing[number]
            continue
        therapist = ok(call("POST", "/credentialing/therapists", admin, {
            "npi": number, "firstName": first, "lastName": last, "loginSubject": login,
            "email": f"{first.lower()}.{last.lower()}@demo.ptpractice.example"}), 201)
        ids[last] = therapist["id"]
        for credential in credentials:
            made = ok(call("POST", f"/credentialing/therapists/{therapist['id']}/credentials", admin, credential), 201)
            if verified:
                ok(call("POST", f"/credentialing/therapists/{therapist['id']}/credentials/{made['id']}/verification",
                        admin, {"outcome": "VERIFIED", "primarySource": "State board lookup (demo)",
                                "version": made["version"]}), 200)
    return ids


def clinics(admin):
    ids = {}
    for name, city, state, postal, zone, lat, lng in CLINICS:
        found = ok(call("GET", f"/scheduling/clinics?state={state}&size=100", admin), 200)
        match = [c["id"] for c in found["content"] if c["name"] == name]
        ids[name] = match[0] if match else ok(call("POST", "/scheduling/clinics", admin, {
            "name": name, "addressLine1": "100 Main St", "city": city, "state": state, "postalCode": postal,
            "phone": "801-555-0100", "zoneId": zone, "latitude": lat, "longitude": lng}), 201)["id"]
    return ids


def assignments(admin, therapist_ids, clinic_ids):
    for _, last, _, _, _, _, shifts in THERAPISTS:
        for clinic, days, start, end in shifts:
            assigned = ok(call("GET", f"/scheduling/clinics/{clinic_ids[clinic]}/assignments", admin), 200)
            if any(a["therapistId"] == therapist_ids[last] for a in assigned):
                continue
            ok(call("POST", f"/scheduling/clinics/{clinic_ids[clinic]}/assignments", admin, {
                "therapistId": therapist_ids[last], "effectiveFrom": date.today().isoformat(),
                "hours": [{"dayOfWeek": d, "startTime": start, "endTime": end} for d in days]}), 201)


def patients(front_desk, therapist, dana, salt_lake):
    monday = date.today() + timedelta(days=7 - date.today().weekday())
    for first, last, consent, flagged, cleared, evaluation_hour, login in PATIENTS:
        query = urllib.parse.urlencode({"name": last, "birthDate": "1980-05-05"})
        found = ok(call("GET", f"/patients?{query}", front_desk), 200)["items"]
        if found:
            patient = found[0]["id"]
        else:
            patient = ok(call("POST", "/patients", front_desk, {
                "firstName": first, "lastName": last, "birthDate": "1980-05-05", "sex": "FEMALE",
                "phone": "+1 801 555 0199", "email": f"{first.lower()}.{last.lower()}@example.com",
                "address": {"line1": "200 S Main St", "city": "Salt Lake City", "state": "UT",
                            "postalCode": "84101"}}), 201)["id"]
        if login:
            ok(call("PUT", f"/patients/{patient}/login", front_desk, {"subject": login}), 204, 409)
        if not ok(call("GET", f"/patients/{patient}/screenings", therapist), 200):
            screening = ok(call("POST", f"/patients/{patient}/screenings", therapist, {"answers": [
                {"contraindication": c, "present": c in flagged} for c in CONTRAINDICATIONS]}), 201)
            if cleared:
                ok(call("POST", f"/patients/{patient}/screenings/{screening['id']}/clearances", therapist,
                        {"contraindications": flagged, "note": "Discussed and cleared (demo)"}), 201)
        if consent and not ok(call("GET", f"/patients/{patient}/consents", front_desk), 200):
            signed = (datetime.now(timezone.utc) - timedelta(minutes=5)).isoformat()
            ok(call("POST", f"/patients/{patient}/consents", front_desk,
                    {"formVersion": "DN-2026-01", "signedAt": signed, "signer": "PATIENT"}), 201)
        if evaluation_hour is not None:
            booked = ok(call("GET", f"/scheduling/appointments?patientId={patient}", front_desk), 200)
            if not any(a["type"] == "INITIAL_EVALUATION" and a["status"] != "CANCELLED" for a in booked):
                starts = datetime.combine(monday, time(evaluation_hour), ZoneInfo("America/Denver"))
                ok(call("POST", "/scheduling/appointments", front_desk, {
                    "patientId": patient, "therapistId": dana, "clinicId": salt_lake,
                    "type": "INITIAL_EVALUATION", "startsAt": starts.isoformat()}), 201, 409)


def main():
    credentialing_admin, practice_admin = token("credadmin"), token("practiceadmin")
    front_desk, therapist = token("frontdesk"), token("therapist")
    therapist_ids = therapists(credentialing_admin)
    clinic_ids = clinics(practice_admin)
    assignments(practice_admin, therapist_ids, clinic_ids)
    patients(front_desk, therapist, therapist_ids["Valid"], clinic_ids["PT Demo Salt Lake City"])
    print(f"demo data: {len(THERAPISTS)} therapists, {len(CLINICS)} clinics, {len(PATIENTS)} patients in place")


if __name__ == "__main__":
    sys.exit(main())
