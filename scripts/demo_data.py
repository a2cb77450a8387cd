#!/usr/bin/env python3
"""Demo data for a running stack, loaded through the gateway as the demo users would.

Idempotent: everything is looked up first (therapists by NPI, clinics by name, patients by
name and birth date) and only what is missing is made, so it can run on every start.

    python3 scripts/demo_data.py          # scripts/stack.sh runs it once the stack is healthy

Therapists, each showing one case of the needling rule:
  Hannah Brooks   UT + CO licenses, certification, UT registration: eligible in UT and CO;
                  works mornings in Salt Lake City and afternoons in Denver, with visits
                  booked today and on the next working days (linked to the demo login
                  "therapist", whose Keycloak user has the same name)
  Marcus Bell     eligible in UT, but the certification expires in 10 days (the
                  credentialing administrator's "Expiring soon")
  Priya Raman     licensed in CO only (UT registration on file), works Saturdays in Salt
                  Lake City: no UT license
  Owen Gallagher  WA license and certification, no WA endorsement
  Lucia Ortega    certification with 20 training hours (Florida asks 50), FL registration
  Grace Whitfield Texas credentials not yet verified
  Samuel Cho      works in Sacramento: California prohibits dry needling
  Adrian Reyes    eligible in Arizona (a clinic without daylight saving time)
Patients, each with an initial evaluation with Hannah Brooks next Monday unless said otherwise:
  Laura Bennett   consent, clean screening: ready (linked to the demo login "patient", whose
                  Keycloak user has the same name); follow-up visits this week
  Jonah Fischer   clean screening, no consent; on the waitlist for early-morning visits
  Elena Marsh     needle fear flagged and cleared by a therapist, consent
  Walter Dunn     bleeding disorder flagged, not cleared, consent
  Caleb Moreau    consent, clean screening, no initial evaluation
Hannah Brooks's week: follow-up visits with these patients on each working day of the next
seven (today's only at times still ahead), at 09:00 and 10:30 in Salt Lake City and 14:00 and
15:30 in Denver (clinic time); a time already taken is skipped.

Records an earlier version made under other names (matched by NPI, or by the former name
and birth date) are renamed.
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
    ("Hannah", "Brooks", "190000001", DEMO_THERAPIST_LOGIN,
     [license_in("UT"), license_in("CO"), certification(), registration_in("UT")], True,
     [("PT Demo Salt Lake City", WEEKDAYS, "08:00", "12:00"), ("PT Demo Denver", WEEKDAYS, "13:00", "17:00")]),
    ("Marcus", "Bell", "190000002", None,
     [license_in("UT"), certification(expires=in_days(10)), registration_in("UT")], True,
     [("PT Demo Salt Lake City", WEEKDAYS, "13:00", "17:00")]),
    ("Priya", "Raman", "190000003", None, [license_in("CO"), certification(), registration_in("UT")], True,
     [("PT Demo Salt Lake City", ["SATURDAY"], "08:00", "12:00")]),
    ("Owen", "Gallagher", "190000004", None, [license_in("WA"), certification()], True,
     [("PT Demo Seattle", WEEKDAYS, "08:00", "16:00")]),
    ("Lucia", "Ortega", "190000005", None, [license_in("FL", "2018-01-15"), certification(hours=20), registration_in("FL")],
     True,
     [("PT Demo Orlando", WEEKDAYS, "08:00", "16:00")]),
    ("Grace", "Whitfield", "190000006", None, [license_in("TX"), certification()], False,
     [("PT Demo Austin", WEEKDAYS, "08:00", "16:00")]),
    ("Samuel", "Cho", "190000007", None, [license_in("CA"), certification()], True,
     [("PT Demo Sacramento", WEEKDAYS, "08:00", "16:00")]),
    ("Adrian", "Reyes", "190000008", None, [license_in("AZ"), certification()], True,
     [("PT Demo Phoenix", WEEKDAYS, "08:00", "16:00")]),
]
DEMO_THERAPIST = "190000001"

# first name, last name, birth date, sex, consent, flagged, cleared, evaluation hour (None: no
# evaluation), login, former last name (an earlier version of this script used it, with birth
# date 1980-05-05)
PATIENTS = [
    ("Laura", "Bennett", "1984-03-14", "FEMALE", True, [], False, 8, DEMO_PATIENT_LOGIN, "Ready"),
    ("Jonah", "Fischer", "1991-07-22", "MALE", False, [], False, 9, None, "Noconsent"),
    ("Elena", "Marsh", "1976-11-02", "FEMALE", True, ["SEVERE_NEEDLE_FEAR"], True, 10, None, "Cleared"),
    ("Walter", "Dunn", "1958-01-30", "MALE", True, ["BLEEDING_DISORDER_OR_ANTICOAGULANTS"], False, 11, None, "Flagged"),
    ("Caleb", "Moreau", "1988-09-09", "MALE", True, [], False, None, None, "Noeval"),
]
FORMER_BIRTH_DATE = "1980-05-05"

# The demo therapist's visits on each working day: clinic, clinic-local start; each day's
# visits go to the patients in turn, starting with the demo patient.
DAILY_VISITS = [("PT Demo Salt Lake City", time(9)), ("PT Demo Salt Lake City", time(10, 30)),
                ("PT Demo Denver", time(14)), ("PT Demo Denver", time(15, 30))]
CLINIC_ZONE = ZoneInfo("America/Denver")

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
        existing.update({t["npi"]: t for t in body["content"]})
        page += 1
        if page >= body["totalPages"]:
            break
    ids = {}
    for first, last, base, login, credentials, verified, _ in THERAPISTS:
        number = npi(base)
        email = f"{first.lower()}.{last.lower()}@demo.ptpractice.example"
        if number in existing:
            ids[base] = existing[number]["id"]
            rename_therapist(admin, existing[number]["id"], first, last, email)
            continue
        therapist = ok(call("POST", "/credentialing/therapists", admin, {
            "npi": number, "firstName": first, "lastName": last, "loginSubject": login, "email": email}), 201)
        ids[base] = therapist["id"]
        for credential in credentials:
            made = ok(call("POST", f"/credentialing/therapists/{therapist['id']}/credentials", admin, credential), 201)
            if verified:
                ok(call("POST", f"/credentialing/therapists/{therapist['id']}/credentials/{made['id']}/verification",
                        admin, {"outcome": "VERIFIED", "primarySource": "State board lookup (demo)",
                                "version": made["version"]}), 200)
    return ids


def rename_therapist(admin, therapist_id, first, last, email):
    """A therapist an earlier version of this script made under another name gets this one."""
    current = ok(call("GET", f"/credentialing/therapists/{therapist_id}", admin), 200)
    if (current["firstName"], current["lastName"]) == (first, last):
        return
    ok(call("PUT", f"/credentialing/therapists/{therapist_id}", admin, {
        "npi": current["npi"], "firstName": first, "lastName": last, "email": email,
        "loginSubject": current.get("loginSubject"), "active": current["active"], "version": current["version"]}), 200)


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
    for _, _, base, _, _, _, shifts in THERAPISTS:
        for clinic, days, start, end in shifts:
            assigned = ok(call("GET", f"/scheduling/clinics/{clinic_ids[clinic]}/assignments", admin), 200)
            if any(a["therapistId"] == therapist_ids[base] for a in assigned):
                continue
            ok(call("POST", f"/scheduling/clinics/{clinic_ids[clinic]}/assignments", admin, {
                "therapistId": therapist_ids[base], "effectiveFrom": date.today().isoformat(),
                "hours": [{"dayOfWeek": d, "startTime": start, "endTime": end} for d in days]}), 201)


def find_patient(front_desk, last, birth_date):
    query = urllib.parse.urlencode({"name": last, "birthDate": birth_date})
    found = ok(call("GET", f"/patients?{query}", front_desk), 200)["items"]
    return found[0]["id"] if found else None


def patient_record(front_desk, number, first, last, birth_date, sex, former_last):
    """The patient's id: found by name and birth date, renamed from the former name, or made."""
    details = {"firstName": first, "lastName": last, "birthDate": birth_date, "sex": sex,
               "phone": f"+1 801 555 01{41 + number}", "email": f"{first.lower()}.{last.lower()}@example.com",
               "address": {"line1": "200 S Main St", "city": "Salt Lake City", "state": "UT", "postalCode": "84101"}}
    patient = find_patient(front_desk, last, birth_date)
    if patient:
        return patient
    former = find_patient(front_desk, former_last, FORMER_BIRTH_DATE)
    if former:
        current = ok(call("GET", f"/patients/{former}", front_desk), 200)
        ok(call("PUT", f"/patients/{former}", front_desk, {**details, "version": current["version"]}), 200)
        return former
    return ok(call("POST", "/patients", front_desk, details), 201)["id"]


def patients(front_desk, therapist, demo_therapist, salt_lake):
    monday = date.today() + timedelta(days=7 - date.today().weekday())
    ids = []
    for number, (first, last, birth_date, sex, consent, flagged, cleared, evaluation_hour, login, former) \
            in enumerate(PATIENTS):
        patient = patient_record(front_desk, number, first, last, birth_date, sex, former)
        ids.append(patient)
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
                starts = datetime.combine(monday, time(evaluation_hour), CLINIC_ZONE)
                ok(call("POST", "/scheduling/appointments", front_desk, {
                    "patientId": patient, "therapistId": demo_therapist, "clinicId": salt_lake,
                    "type": "INITIAL_EVALUATION", "startsAt": starts.isoformat()}), 201, 409)
    return ids


def week_of_visits(front_desk, demo_therapist, clinic_ids, patient_ids):
    """Follow-up visits for the demo therapist on each working day of the next seven, today's
    only at times still ahead; the patient of a time is fixed by its date, so a later run
    finds what an earlier one booked (a time taken, by that or anything else, is skipped)."""
    now = datetime.now(CLINIC_ZONE)
    booked = {}
    for patient in patient_ids:
        booked[patient] = {a["startsAt"] for a in ok(call(
            "GET", f"/scheduling/appointments?patientId={patient}", front_desk), 200) if a["status"] != "CANCELLED"}
    made = 0
    for offset in range(7):
        day = now.date() + timedelta(days=offset)
        if day.weekday() >= 5:
            continue
        for index, (clinic, start) in enumerate(DAILY_VISITS):
            starts = datetime.combine(day, start, CLINIC_ZONE)
            if starts < now + timedelta(minutes=15):
                continue
            patient = patient_ids[(day.toordinal() * len(DAILY_VISITS) + index) % len(patient_ids)]
            instant = starts.astimezone(timezone.utc)
            if any(datetime.fromisoformat(b.replace("Z", "+00:00")) == instant for b in booked[patient]):
                continue
            status, body = call("POST", "/scheduling/appointments", front_desk, {
                "patientId": patient, "therapistId": demo_therapist, "clinicId": clinic_ids[clinic],
                "type": "FOLLOW_UP", "startsAt": starts.isoformat()})
            if status >= 500:
                raise SystemExit(f"demo data: booking a follow-up visit answered {status}: {body}")
            if status not in (201, 409):
                # such as time off the practice administrator recorded: that time stays free
                print(f"demo data: no follow-up visit at {starts.isoformat()}: {status} {(body or {}).get('title')}")
            made += status == 201
    return made


def waitlist(front_desk, patient, salt_lake):
    """The patient waits for an early-morning follow-up in Salt Lake City (before anyone's
    hours, so it stays open until someone works then)."""
    for status in ("WAITING", "OFFERED"):
        entries = ok(call("GET", f"/scheduling/waitlist/entries?status={status}&size=200", front_desk), 200)
        if any(e["patientId"] == patient for e in entries["content"]):
            return
    ok(call("POST", "/scheduling/waitlist/entries", front_desk, {
        "patientId": patient, "type": "FOLLOW_UP", "fromDate": date.today().isoformat(),
        "toDate": (date.today() + timedelta(days=60)).isoformat(), "weekdays": ["MONDAY", "WEDNESDAY", "FRIDAY"],
        "earliestTime": "06:30", "latestTime": "08:00", "clinicIds": [salt_lake]}), 201)


def main():
    credentialing_admin, practice_admin = token("credadmin"), token("practiceadmin")
    front_desk, therapist = token("frontdesk"), token("therapist")
    therapist_ids = therapists(credentialing_admin)
    clinic_ids = clinics(practice_admin)
    assignments(practice_admin, therapist_ids, clinic_ids)
    salt_lake = clinic_ids["PT Demo Salt Lake City"]
    patient_ids = patients(front_desk, therapist, therapist_ids[DEMO_THERAPIST], salt_lake)
    visits = week_of_visits(front_desk, therapist_ids[DEMO_THERAPIST], clinic_ids, patient_ids)
    waitlist(front_desk, patient_ids[1], salt_lake)
    print(f"demo data: {len(THERAPISTS)} therapists, {len(CLINICS)} clinics, {len(PATIENTS)} patients in place; "
          f"{visits} follow-up visits booked")


if __name__ == "__main__":
    sys.exit(main())
