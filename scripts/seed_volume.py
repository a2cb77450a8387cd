#!/usr/bin/env python3
"""A practice's worth of records for a running stack: 500 therapists and 2,000 patients
(by default), made through the gateway as the credentialing administrator and the front
desk would, eight requests at a time, so that lists, searches and names are tried at the
size of a real practice (the browser tests run on such a stack; see scripts/test.sh).

Idempotent: it first asks for the last record it would make (the last therapist by NPI,
the last patient by phone) and makes nothing when that one exists.

    python3 scripts/seed_volume.py                      # 500 therapists, 2,000 patients
    SEED_THERAPISTS=50 SEED_PATIENTS=200 python3 scripts/seed_volume.py

The therapists hold no credentials (a credentialing administrator adds those), so they
change no one's booking; the patients have no visits.
"""
import json
import os
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

GATEWAY = os.environ.get("GATEWAY_URL", "http://localhost:8080") + "/api"
KEYCLOAK = os.environ.get("KEYCLOAK_URL", "http://localhost:8180")
THERAPISTS = int(os.environ.get("SEED_THERAPISTS", "500"))
PATIENTS = int(os.environ.get("SEED_PATIENTS", "2000"))
WORKERS = int(os.environ.get("SEED_WORKERS", "8"))

FIRST = ["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth",
         "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
         "Christopher", "Lisa", "Daniel", "Nancy", "Matthew", "Betty", "Anthony", "Sandra", "Mark", "Margaret",
         "Donald", "Ashley", "Steven", "Kimberly", "Paul", "Emily", "Andrew", "Donna", "Joshua", "Michelle",
         "Kenneth", "Carol", "Kevin", "Amanda", "Brian", "Melissa", "George", "Deborah", "Timothy", "Stephanie"]
LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
        "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
        "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
        "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores"]
CITIES = [("Salt Lake City", "UT", "84101"), ("Denver", "CO", "80202"), ("Phoenix", "AZ", "85004"),
          ("Austin", "TX", "78701"), ("Seattle", "WA", "98101"), ("Orlando", "FL", "32801")]


class Tokens:
    """A password-grant token per demo user, fetched again before it expires."""

    def __init__(self):
        self.lock = threading.Lock()
        self.cache = {}

    def get(self, user):
        with self.lock:
            token, until = self.cache.get(user, (None, 0))
            if token and time.time() < until:
                return token
            body = urllib.parse.urlencode({"grant_type": "password", "client_id": "clinic-cli", "username": user,
                                           "password": user + "-demo"}).encode()
            with urllib.request.urlopen(KEYCLOAK + "/realms/clinic/protocol/openid-connect/token", body,
                                        timeout=30) as response:
                answer = json.loads(response.read())
            self.cache[user] = (answer["access_token"], time.time() + answer.get("expires_in", 300) - 60)
            return answer["access_token"]


TOKENS = Tokens()


def call(method, path, user, body=None):
    data = None if body is None else json.dumps(body).encode()
    for attempt in range(3):
        request = urllib.request.Request(GATEWAY + path, data=data, method=method)
        request.add_header("Authorization", "Bearer " + TOKENS.get(user))
        if data is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                payload = response.read()
                return response.status, json.loads(payload) if payload else None
        except urllib.error.HTTPError as error:
            payload = error.read()
            if error.code in (429, 502, 503) and attempt < 2:
                time.sleep(1 + attempt)
                continue
            return error.code, json.loads(payload) if payload else None
    raise AssertionError("unreachable")


def npi(index):
    """A valid NPI (Luhn over 80840 + the first nine digits), one per index, apart from the demo's."""
    # 16xxxxxxx: the demo data uses 19xxxxxxx and the bench seed 17xxxxxxx
    base = str(160_000_000 + index)
    for check in range(10):
        digits = "80840" + base + str(check)
        total = 0
        for i, c in enumerate(reversed(digits)):
            d = int(c)
            if i % 2 == 1:
                d *= 2
                if d > 9:
                    d -= 9
            total += d
        if total % 10 == 0:
            return base + str(check)
    raise AssertionError("no check digit")


def phone(index):
    return f"+1 385 550 {index % 10000:04d}"


def therapist(index):
    first, last = FIRST[index % len(FIRST)], LAST[(index // len(FIRST)) % len(LAST)]
    status, body = call("POST", "/credentialing/therapists", "credadmin",
                        {"npi": npi(index), "firstName": first, "lastName": last,
                         "email": f"{first}.{last}.{index}@staff.ptpractice.example".lower()})
    if status not in (201, 409):
        raise SystemExit(f"therapist {index}: {status} {body}")


def patient(index):
    first, last = FIRST[(index * 7) % len(FIRST)], LAST[index % len(LAST)]
    city, state, postal = CITIES[index % len(CITIES)]
    birth = f"{1940 + index % 60}-{1 + index % 12:02d}-{1 + index % 28:02d}"
    status, body = call("POST", "/patients", "frontdesk",
                        {"firstName": first, "lastName": last, "birthDate": birth,
                         "sex": ["FEMALE", "MALE", "UNKNOWN"][index % 3], "phone": phone(index),
                         "address": {"line1": f"{100 + index} Main Street", "city": city, "state": state,
                                     "postalCode": postal},
                         "confirmedDifferentPerson": True})
    if status not in (201, 409):
        raise SystemExit(f"patient {index}: {status} {body}")


def run(what, count, make, done):
    if count <= 0 or done():
        print(f"{what}: already there")
        return
    started = time.time()
    with ThreadPoolExecutor(WORKERS) as pool:
        list(pool.map(make, range(count)))
    print(f"{what}: {count} in {time.time() - started:.0f} s")


def main():
    run("therapists", THERAPISTS, therapist,
        lambda: call("GET", "/credentialing/therapists?q=" + npi(THERAPISTS - 1), "credadmin")[1]["totalElements"] > 0)
    run("patients", PATIENTS, patient,
        lambda: call("GET", "/patients?phone=" + urllib.parse.quote(phone(PATIENTS - 1)), "frontdesk")[1]["totalElements"] > 0)


if __name__ == "__main__":
    sys.exit(main())
