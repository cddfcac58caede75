"""The leak probe (issue 5, item 4): for every object a principal must not see, try every endpoint and prove
that nothing leaks: not its existence, its title, its reference, its words, its attachments or its count.

Used two ways, with the same code:
  * tests/python/test_leak_probe.py runs it at small scale (about twenty objects) in the normal test suite,
    with the checks made one visible object at a time sampled (`thorough=False`, see `Probe.sample`);
  * scripts/leak-probe.sh [--postgres] [--objects N] runs it at larger scale and prints the figures:
        python3 tests/python/leakprobe.py --base-url http://127.0.0.1:PORT --binary .build/release/chancery \
            --data-dir DIR [--database-url postgres://…] [--objects N]
    against a running `chancery serve --demo` whose data directory (and database) are DIR (and the URL):
    the probe's accounts are created with `chancery user create` there.

What it does (see docs/reliability.md, "Leak probe"):
  1. Creates 13 principals with `chancery user create`: an owner, a peer (positive control), one below the
     clearance, one of another nation, one lacking each special category, one outside the owning unit, one on
     an access list only (read), one with no role at all, one with an office role but no registry role; and
     uses the demo's `visitor` (NU, SWE, no unit, no role).
  2. As the owner, through the API, creates N objects whose labels and need-to-know hide them from some of
     them: records (with attachments, one labelled above its record, edits, a downgrade, holds, distributions
     with numbered copies, verification pending, closed, destroyed with a certificate), working notes and
     crypto key material, each with distinctive random words in its title, metadata and attachments.
  3. For every principal and every object the model (the access rules of docs/security-model.md, applied to
     the labels and access lists the owner reads back) says they must not see:
       - every per-object endpoint of the API and of the web pages, GET and writes, answers exactly what it
         answers for a random id that does not exist (status, headers but Date, body with the ids replaced);
       - no list, total, count, queue, receipt list, muster, key register, search hit, facet, snippet,
         audit listing, page or export shows or counts it;
       - no response at all (errors included) contains its id, reference, distinctive words, attachment
         ids, names or hashes, hold, copy or distribution ids (the ids the request itself carried aside).
     And the positive control: every (principal, object) the model allows is visible, found and counted, so
     the probe is not vacuous. A principal who may read but not write (no role, no registry role, a read-only
     access entry) has every write refused.
  4. Returns the figures (principals, objects, probes, leaks) and every leak with its request and response.

Standard library only.
"""
from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import os
import random
import re
import secrets
import string
import subprocess
import sys
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable

PASSWORD = "leak-probe-password-2026"
DEMO_PASSWORD = "chancery-demo"
CATEGORIES = ["MEDICAL", "STAFF", "LEGAL", "RECRUITMENT", "INTEL"]
LEVELS = ["NU", "NR", "NC", "NS", "CTS"]
MARKING_LEVEL = {
    "NATO UNCLASSIFIED": 0, "NATO RESTRICTED": 1, "NATO CONFIDENTIAL": 2, "NATO SECRET": 3, "COSMIC TOP SECRET": 4,
}
MEMBER_NATIONS = set(
    "ALB BEL BGR CAN HRV CZE DNK EST FIN FRA DEU GRC HUN ISL ITA LVA LTU LUX MNE NLD MKD NOR POL PRT ROU SVK SVN "
    "ESP SWE TUR GBR USA".split())
ID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
WORD_LETTERS = "bcdfghjklmnpqrtvwxz"  # no vowels, no final s: no stemmer touches these words
REGISTRY_ROLES = {"registry.clerk", "registry.supervisor"}
# The shapes of the secrets a response is scanned for: object ids, the probe's words, SHA-256 of files.
TOKEN_SHAPES = [re.compile(r"[0-9A-HJKMNP-TV-Z]{26}"), re.compile(r"lp[a-z]{8}"), re.compile(r"[0-9a-f]{64}")]
UNIT, OTHER_UNIT, GROUP = "LPA", "LPB", "LPG"

# Categories of findings; the test suite asserts each one separately.
DIRECT, LISTS, SEARCH, AUDIT, PAGES, WRITES, POSITIVE = (
    "direct", "lists", "search", "audit", "pages", "writes", "positive")
CATEGORY_NAMES = {
    DIRECT: "direct fetches and writes answer like a missing id",
    LISTS: "lists, totals and counts",
    SEARCH: "search hits, totals, facets and snippets",
    AUDIT: "audit listing",
    PAGES: "web pages and exports",
    WRITES: "writes refused to readers without the right",
    POSITIVE: "positive control (what may be seen is seen)",
}


# ----------------------------------------------------------------------------------------------- HTTP


@dataclass
class Reply:
    status: int
    headers: list[tuple[str, str]]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")

    def json(self):
        return json.loads(self.body)

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None


class Http:
    """One keep-alive connection per thread to the server; never follows redirects."""

    def __init__(self, base_url: str):
        parts = urllib.parse.urlsplit(base_url)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.local = threading.local()
        self.count = 0
        self.lock = threading.Lock()

    def _connection(self, fresh: bool = False) -> http.client.HTTPConnection:
        if fresh or getattr(self.local, "conn", None) is None:
            if getattr(self.local, "conn", None) is not None:
                self.local.conn.close()
            self.local.conn = http.client.HTTPConnection(self.host, self.port, timeout=120)
        return self.local.conn

    def request(self, method: str, path: str, *, body: bytes | None = None, headers: dict | None = None) -> Reply:
        headers = {"Accept-Language": "en", **(headers or {})}
        with self.lock:
            self.count += 1
        for attempt in range(3):
            conn = self._connection(fresh=attempt > 0)
            try:
                conn.request(method, path, body=body, headers=headers)
                response = conn.getresponse()
                data = response.read()
                return Reply(response.status, response.getheaders(), data)
            except (http.client.HTTPException, ConnectionError, OSError):
                if attempt == 2:
                    raise
                time.sleep(0.2)
        raise AssertionError("unreachable")


# ----------------------------------------------------------------------------------------------- model


@dataclass
class Person:
    username: str
    purpose: str
    clearance: int
    nationality: str
    categories: set[str]
    roles: set[str]
    units: set[str]
    groups: set[str] = field(default_factory=set)
    demo: bool = False
    id: str = ""
    token: str = ""
    cookie: str = ""
    csrf: str = ""

    def api_headers(self) -> dict:
        return {"Authorization": f"Bearer {self.token}"}

    def web_headers(self) -> dict:
        return {"Cookie": f"chancery_session={self.cookie}"}


@dataclass
class Attachment:
    id: str
    name: str
    label: dict
    words: list[str]
    sha256: str


@dataclass
class Version:
    number: int
    label: dict
    words: set[str]


@dataclass
class Item:
    kind: str  # record, note, key-material, destruction-certificate
    variant: str
    dim: str
    id: str = ""
    title: str = ""
    reference: str = ""
    series: str = ""
    label: dict = field(default_factory=dict)
    owning_unit: str = UNIT
    open_to_unit: bool = True
    acl: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, grantee, permission)
    words: list[str] = field(default_factory=list)  # distinctive words of the item itself
    title_word: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    versions: list[Version] = field(default_factory=list)
    version: int = 1
    holds: list[str] = field(default_factory=list)
    copies: list[str] = field(default_factory=list)
    distributions: list[str] = field(default_factory=list)
    certificate: str = ""  # id of the destruction certificate of a destroyed record
    record: str = ""  # for a certificate: the record it certifies
    state: str = ""


def label_ok(person: Person, label: dict) -> bool:
    """The label part of `decide`: clearance, releasability (permissive), categories (restrictive)."""
    if MARKING_LEVEL[label["classification"]] > person.clearance:
        return False
    releasable = label.get("releasableTo") or ["NATO"]
    if releasable == ["NATO"]:
        if person.nationality not in MEMBER_NATIONS:
            return False
    elif person.nationality not in releasable:
        return False
    return set(label.get("categories") or []) <= person.categories


def may_read(person: Person, item: Item) -> bool:
    """`decide(principal, .read, object)` of docs/security-model.md, on what the owner read back."""
    if not label_ok(person, item.label):
        return False
    if item.open_to_unit and item.owning_unit in person.units:
        return True
    for kind, grantee, _permission in item.acl:
        if (kind == "user" and grantee == person.id) or (kind == "unit" and grantee in person.units) or (
                kind == "group" and grantee in person.groups):
            return True
    return False


def may_write_need_to_know(person: Person, item: Item) -> bool:
    if not label_ok(person, item.label):
        return False
    if item.open_to_unit and item.owning_unit in person.units:
        return True
    for kind, grantee, permission in item.acl:
        if permission != "write":
            continue
        if (kind == "user" and grantee == person.id) or (kind == "unit" and grantee in person.units) or (
                kind == "group" and grantee in person.groups):
            return True
    return False


def must_refuse_writes(person: Person, item: Item) -> bool:
    """Whether every write on a readable item must be refused: a registry item (record, key material) needs a
    registry role and write need-to-know; a working note needs any office role and write need-to-know."""
    if item.kind == "destruction-certificate" or item.state in ("destroyed", "transferred"):
        return False  # nothing to write
    roles = REGISTRY_ROLES if item.kind in ("record", "key-material") else None
    has_role = bool(person.roles & roles) if roles else bool(person.roles)
    return not has_role or not may_write_need_to_know(person, item)


def people(tag: str) -> list[Person]:
    everything = set(CATEGORIES)
    clerk = {"registry.clerk", "registry.supervisor", "auditor"}
    p = f"lp{tag}"
    result = [
        Person(f"{p}owner", "owner: creates every object", 4, "BEL", everything, set(clerk), {UNIT}),
        Person(f"{p}peer", "positive control: same rights as the owner", 4, "BEL", everything, set(clerk), {UNIT},
               {GROUP}),
        Person(f"{p}uncleared", "cleared NATO RESTRICTED only", 1, "BEL", everything, set(clerk), {UNIT}, {GROUP}),
        Person(f"{p}foreign", "another nation (DEU)", 4, "DEU", everything, set(clerk), {UNIT}, {GROUP}),
    ]
    for category in CATEGORIES:
        result.append(Person(f"{p}no{category.lower()}", f"lacks {category}", 4, "BEL", everything - {category},
                             set(clerk), {UNIT}, {GROUP}))
    result += [
        Person(f"{p}outsider", "outside the owning unit, on no access list", 4, "BEL", everything, set(clerk),
               {OTHER_UNIT}),
        Person(f"{p}listed", "no unit: only what an access entry grants (read only)", 4, "BEL", everything,
               set(clerk), set()),
        Person(f"{p}norole", "reads what its unit reads, no role at all", 4, "BEL", everything, set(), {UNIT},
               {GROUP}),
        Person(f"{p}otherrole", "reads what its unit reads, an office role but no registry role", 4, "BEL",
               everything, {"health.clerk"}, {UNIT}, {GROUP}),
        Person("visitor", "demo visitor: NU, SWE, no unit, no role", 0, "SWE", set(), set(), set(), demo=True),
    ]
    return result


# What hides an object: (name, classification, releasableTo, categories, open to unit, access list kind).
DIMENSIONS = [
    ("NU", "NU", ["NATO"], [], True, None),
    ("NC", "NC", ["NATO"], [], True, None),
    ("NS", "NS", ["NATO"], [], True, None),
    ("CTS", "CTS", ["NATO"], [], True, None),
    ("REL-BEL-FRA", "NR", ["BEL", "FRA"], [], True, None),
    *[(f"CAT-{c}", "NR", ["NATO"], [c], True, None) for c in CATEGORIES],
    ("ACL-USER", "NR", ["NATO"], [], False, "user"),
    ("ACL-GROUP", "NR", ["NATO"], [], False, "group"),
    ("NS-BEL-MEDICAL-LEGAL", "NS", ["BEL"], ["MEDICAL", "LEGAL"], True, None),
    ("NC-ACL-USER-STAFF", "NC", ["NATO"], ["STAFF"], False, "user"),
]
# Variant i of object i is VARIANTS[(i + i // len(DIMENSIONS)) % len(VARIANTS)]: the first 28 objects already
# give every variant twice, a destroyed NATO SECRET record (with its certificate), numbered copies of a COSMIC
# TOP SECRET one and a downgrade from NATO CONFIDENTIAL.
VARIANTS = ["plain", "history-hold", "destroyed", "distributed", "note", "received", "hidden-attachment", "closed",
            "downgraded", "key-material"]


def label_json(classification: str, releasable: list[str], categories: list[str]) -> dict:
    return {"classification": classification, "releasableTo": list(releasable), "categories": list(categories)}


class Secrets(dict):
    """needle -> (item, what it is); `unshaped` lists the needles that are not ids, words or hashes."""

    unshaped: list[str] = []


# ----------------------------------------------------------------------------------------------- the probe


class Probe:
    def __init__(self, base_url: str, create_user: Callable[[Person], None], objects: int = 28, workers: int = 4,
                 log: Callable[[str], None] = print, seed: int | None = None, thorough: bool = True):
        # thorough=False (the test suite's quick run) still probes every endpoint on every hidden
        # (principal, object) and every list, count and search; the checks made one visible object at a time
        # (write refusals, attachment and history lists, exports and pages, audit listings, direct reads) visit
        # the objects that hide an attachment or a version from the principal and a few others (`sample`).
        self.thorough = thorough
        self.http = Http(base_url)
        self.create_user = create_user
        self.n_objects = objects
        self.workers = workers
        self.log = log
        self.rng = random.Random(seed)
        self.tag = "".join(self.rng.choice(string.ascii_lowercase) for _ in range(5))
        self.common = f"lpall{self.tag}"
        self.people = people(self.tag)
        self.owner = self.people[0]
        self.items: list[Item] = []
        self.leaks: list[dict] = []
        self.leak_lock = threading.Lock()
        self.probes = {k: 0 for k in CATEGORY_NAMES}
        self.probe_lock = threading.Lock()
        self.pairs_hidden = 0
        self.pairs_visible = 0
        self.used_words: set[str] = set()
        self.series = f"LP{self.tag.upper()}"
        self.vseries = f"LV{self.tag.upper()}"

    # ------------------------------------------------------------------ helpers

    def word(self) -> str:
        while True:
            text = "lp" + "".join(self.rng.choice(WORD_LETTERS) for _ in range(8))
            if text not in self.used_words:
                self.used_words.add(text)
                return text

    @staticmethod
    def random_id() -> str:
        """A well-formed id (26 Crockford base32 characters) that names nothing."""
        return "".join(secrets.choice(ID_ALPHABET) for _ in range(26))

    def api(self, person: Person, method: str, path: str, body=None, *, headers: dict | None = None,
            raw: bytes | None = None, content_type: str = "application/json") -> Reply:
        h = {**person.api_headers(), **(headers or {})}
        data = raw
        if body is not None:
            data = json.dumps(body).encode()
        if data is not None:
            h["Content-Type"] = content_type
        return self.http.request(method, "/api/v1" + path, body=data, headers=h)

    def must(self, reply: Reply, *statuses: int, what: str = "") -> Reply:
        if reply.status not in statuses:
            raise RuntimeError(f"setup step {what} failed: {reply.status} {reply.text[:500]}")
        return reply

    def count(self, category: str, n: int = 1) -> None:
        with self.probe_lock:
            self.probes[category] += n

    def leak(self, category: str, person: Person, check: str, detail: str, item: Item | None = None,
             request: str = "", reply: Reply | None = None) -> None:
        entry = {
            "category": category, "principal": person.username, "purpose": person.purpose, "check": check,
            "detail": detail, "request": request,
        }
        if item is not None:
            entry.update(object=item.id, kind=item.kind, dimension=item.dim, variant=item.variant)
        if reply is not None:
            entry.update(status=reply.status, response=reply.text[:600])
        with self.leak_lock:
            self.leaks.append(entry)

    # ------------------------------------------------------------------ setup

    def sign_in(self, person: Person) -> None:
        password = DEMO_PASSWORD if person.demo else PASSWORD
        reply = self.http.request("POST", "/api/v1/auth/token", body=json.dumps(
            {"username": person.username, "password": password}).encode(), headers={"Content-Type": "application/json"})
        person.token = self.must(reply, 200, 201, what=f"token for {person.username}").json()["token"]
        me = self.must(self.api(person, "GET", "/me"), 200, what="me").json()
        person.id = me["id"]
        # The web session: the sign-in form's double-submit token, then the session cookie and its CSRF token.
        page = self.http.request("GET", "/login")
        login_cookie = re.search(r"chancery_login=([^;]+)", page.header("Set-Cookie") or "").group(1)
        form = urllib.parse.urlencode({"_csrf": login_cookie, "username": person.username, "password": password})
        reply = self.http.request("POST", "/login", body=form.encode(), headers={
            "Content-Type": "application/x-www-form-urlencoded", "Cookie": f"chancery_login={login_cookie}"})
        cookies = [v for k, v in reply.headers if k.lower() == "set-cookie"]
        session = next((re.search(r"chancery_session=([^;]+)", c) for c in cookies if "chancery_session=" in c), None)
        if reply.status not in (302, 303) or session is None:
            raise RuntimeError(f"web sign-in of {person.username} failed: {reply.status} {reply.text[:300]}")
        person.cookie = session.group(1)
        home = self.http.request("GET", "/receipts", headers=person.web_headers())
        match = re.search(r'name="_csrf" value="([^"]+)"', home.text)
        if match is None:  # any page with a form carries it; the record pages always do
            raise RuntimeError(f"no CSRF token on /receipts for {person.username}")
        person.csrf = match.group(1)

    def setup(self) -> None:
        for person in self.people:
            if not person.demo:
                self.create_user(person)
        for person in self.people:
            self.sign_in(person)
        owner = self.owner
        self.must(self.api(owner, "POST", "/reference-series", {
            "code": self.series, "template": f"{self.series}-{{seq:4}}-{{year}}", "title": "Leak probe series"}),
            201, what="series")
        self.must(self.api(owner, "POST", "/reference-series", {
            "code": self.vseries, "template": f"{self.vseries}/{{year}}/{{seq:4}}", "title": "Leak probe, verified",
            "checks": ["label"]}), 201, what="verified series")
        category = self.must(self.api(owner, "POST", "/file-plan", {
            "kind": "category", "code": f"LP-{self.tag}", "title": "Leak probe"}), 201, what="file plan").json()
        self.folder = self.must(self.api(owner, "POST", "/file-plan", {
            "kind": "folder", "parent": category["id"], "code": f"LP-{self.tag}.1", "title": "Leak probe folder",
            "retentionYears": 0, "disposition": "destroy"}), 201, what="folder").json()["id"]
        self.unit_list = self.must(self.api(owner, "POST", "/distribution-lists", {
            "name": f"Leak probe unit {self.tag}", "members": [{"kind": "unit", "id": UNIT, "role": "action"}]}),
            201, what="list").json()["id"]
        self.owner_list = self.must(self.api(owner, "POST", "/distribution-lists", {
            "name": f"Leak probe owner {self.tag}", "members": [{"kind": "user", "id": owner.id, "role": "action"}]}),
            201, what="list").json()["id"]
        listed = next(p for p in self.people if p.username.endswith("listed"))
        # A note created with an Idempotency-Key, which every principal then sends again (probe_person).
        self.idempotency_key = f"leak-probe-{self.tag}"
        note = Item(kind="note", variant="idempotent", dim="CTS-BEL-ALL", title_word=self.word())
        note.title = f"Leak probe {self.common} {note.title_word} idempotent note"
        note.id = self.must(self.api(owner, "POST", "/objects", {
            "title": note.title, "label": label_json("CTS", ["BEL"], CATEGORIES), "owningUnit": UNIT},
            headers={"Idempotency-Key": self.idempotency_key}), 201, what="idempotent note").json()["id"]
        note.words = [note.title_word]
        self.items.append(note)
        for i in range(self.n_objects):
            dim = DIMENSIONS[i % len(DIMENSIONS)]
            variant = VARIANTS[(i + i // len(DIMENSIONS)) % len(VARIANTS)]
            self.create(i, dim, variant, listed)
        # Read back what the server holds (labels, access lists, versions): the model decides on that.
        for item in list(self.items):
            self.read_back(item)
        # The owner's and the peer's lists and searches are audited (object.list / object.search events naming
        # every NC+ object shown): they put hidden objects' ids next to visible ones in the audit trail.
        for person in self.people[:2]:
            self.all_pages(person, "/objects?limit=200")
            self.all_pages(person, f"/records?series={self.series}&limit=200")
            self.api(person, "GET", f"/search?q={self.common}&limit=100")

    def create(self, i: int, dim: tuple, variant: str, listed: Person) -> None:
        owner = self.owner
        name, classification, releasable, categories, open_to_unit, acl_kind = dim
        label = label_json(classification, releasable, categories)
        if acl_kind and variant in ("note", "key-material"):
            variant = "plain"  # notes and key material have no access list of their own
        item = Item(kind="record", variant=variant, dim=name, open_to_unit=open_to_unit)
        item.title_word = self.word()
        if variant == "note":
            item.kind = "note"
            item.title = f"Leak probe {self.common} {item.title_word} note {i}"
            body = self.must(self.api(owner, "POST", "/objects", {
                "title": item.title, "label": label, "owningUnit": UNIT, "openToUnit": True}), 201, what="note").json()
            item.id = body["id"]
            item.words = [item.title_word]
            self.items.append(item)
            return
        if variant == "key-material":
            item.kind = "key-material"
            custodian = self.word()
            item.title = f"{self.common} {item.title_word} KM{i}"
            body = self.must(self.api(owner, "POST", "/key-material", {
                "shortTitle": item.title, "edition": "ED-1", "custodian": f"{custodian} custodian", "label": label,
                "periodMonths": 1, "nextDue": "2026-11-01"}), 201, what="key material").json()
            item.id = body["id"]
            item.words = [item.title_word, custodian]
            self.items.append(item)
            return
        # A record.
        start = label
        if variant == "downgraded":
            start = dict(label)
            level = LEVELS.index(classification)
            if level < 4:
                start["classification"] = LEVELS[level + 1]
            else:
                start["categories"] = sorted(set(categories) | {"LEGAL"})
        words = {k: self.word() for k in ("originator", "oref", "addressee", "keyword", "meta")}
        old_word = self.word() if variant == "downgraded" else ""
        item.title = f"Leak probe {self.common} {old_word or item.title_word} record {i}"
        series = self.vseries if variant == "received" else self.series
        body = self.must(self.api(owner, "POST", "/records", {
            "title": item.title, "series": series, "recordType": "report", "label": start,
            "direction": "incoming", "originator": f"{words['originator']} Command",
            "originatorReference": f"OR-{words['oref']}", "documentDate": "2026-11-02",
            "addressees": [f"{words['addressee']} Division"], "keywords": [words["keyword"]],
            "metadata": {"subject": f"{words['meta']} matters"}, "contentMarking": start["classification"],
            "owningUnit": UNIT, "openToUnit": open_to_unit}), 201, what="record").json()
        item.id, item.reference, item.series = body["id"], body["reference"], series
        item.words = [item.title_word, *words.values()]
        version = body["version"]
        self.items.append(item)
        if acl_kind:
            grantee = listed.id if acl_kind == "user" else GROUP
            entries = [{"kind": "user", "id": owner.id, "permission": "write"},
                       {"kind": acl_kind, "id": grantee, "permission": "read"}]
            self.must(self.api(owner, "PUT", f"/records/{item.id}/acl", {"entries": entries},
                               headers={"If-Match": f'"v{version}"'}), 200, what="acl")
        self.attach(item, label=None)
        if variant == "hidden-attachment":
            above = dict(label)
            above["classification"] = "CTS"
            above["categories"] = sorted(set(categories) | {"INTEL"})
            self.attach(item, label=above)
        if variant == "history-hold":
            new_title = f"Leak probe {self.common} {item.title_word} record {i} (corrected)"
            version = self.current_version(item)
            self.must(self.api(owner, "PATCH", f"/records/{item.id}", {"title": new_title},
                               headers={"If-Match": f'"v{version}"'}), 200, what="edit")
            item.title = new_title
            hold = self.must(self.api(owner, "POST", f"/records/{item.id}/holds", {"reason": "Leak probe hold"}),
                             201, what="hold").json()
            item.holds.append(hold["id"])
        if variant == "downgraded":
            new_title = f"Leak probe {self.common} {item.title_word} record {i} (retitled)"
            version = self.current_version(item)
            self.must(self.api(owner, "PATCH", f"/records/{item.id}", {"title": new_title},
                               headers={"If-Match": f'"v{version}"'}), 200, what="edit")
            item.title = new_title
            self.must(self.api(owner, "POST", f"/records/{item.id}/downgrade", {
                "label": label, "authority": "Leak probe authority", "reason": "Leak probe downgrade"}),
                200, what="downgrade")
        if variant == "distributed":
            chosen = self.unit_list if open_to_unit else self.owner_list
            self.must(self.api(owner, "POST", f"/records/{item.id}/distributions", {"list": chosen}), 201,
                      what="distribution")
        if variant in ("closed", "destroyed"):
            self.must(self.api(owner, "POST", f"/records/{item.id}/filing", {"folder": self.folder}), 200,
                      what="filing")
            self.must(self.api(owner, "POST", f"/records/{item.id}/closure"), 200, what="closure")
        if variant == "destroyed":
            body = self.must(self.api(owner, "POST", f"/records/{item.id}/disposition", {
                "action": "destroy", "witness": "Leak probe witness", "method": "shredding"}), 200,
                what="disposition").json()
            if body.get("certificate"):
                certificate = Item(kind="destruction-certificate", variant="certificate", dim=name,
                                   id=body["certificate"]["id"], record=item.id, open_to_unit=open_to_unit)
                item.certificate = certificate.id
                self.items.append(certificate)

    def attach(self, item: Item, label: dict | None) -> None:
        word, name_word = self.word(), self.word()
        name = f"lp-{name_word}.txt"
        content = f"Leak probe attachment {word} of {item.id[:4]}\n".encode()
        query = {"filename": name}
        if label is not None:
            query["label"] = json.dumps(label, separators=(",", ":"))
        reply = self.must(self.api(self.owner, "POST", f"/records/{item.id}/attachments?" + urllib.parse.urlencode(
            query, quote_via=urllib.parse.quote), raw=content, content_type="text/plain"), 201, what="attachment")
        body = reply.json()
        item.attachments.append(Attachment(body["id"], name, body["label"], [word, name_word],
                                           hashlib.sha256(content).hexdigest()))

    def current_version(self, item: Item) -> int:
        reply = self.must(self.api(self.owner, "GET", f"/objects/{item.id}"), 200, what="read")
        return int(reply.header("ETag").strip('"W/v'))

    def read_back(self, item: Item) -> None:
        owner = self.owner
        body = self.must(self.api(owner, "GET", f"/objects/{item.id}"), 200, what="read back").json()
        item.label = {k: body["label"][k] for k in ("classification", "releasableTo", "categories")}
        item.owning_unit, item.open_to_unit = body["owningUnit"], body["openToUnit"]
        item.version = int(body["version"])
        item.state = body.get("state", "")
        if item.kind == "destruction-certificate":
            record = next(i for i in self.items if i.id == item.record)
            item.acl = list(record.acl)
            return
        if item.kind != "record":
            return
        acl = self.must(self.api(owner, "GET", f"/records/{item.id}/acl"), 200, what="acl").json()
        item.acl = [(e["kind"], e["id"], e["permission"]) for e in acl["entries"]]
        history = self.must(self.api(owner, "GET", f"/records/{item.id}/history"), 200, what="history").json()
        item.versions = [Version(v["version"], {k: v["label"][k] for k in ("classification", "releasableTo",
                                                                           "categories")},
                                 set(re.findall(r"lp[a-z]{8}", v["title"])))
                         for v in history["versions"]]
        distributions = self.must(self.api(owner, "GET", f"/records/{item.id}/distributions"), 200,
                                  what="distributions").json()
        for distribution in distributions["items"]:
            item.distributions.append(distribution["id"])
            item.copies += [c["id"] for c in distribution["copies"]]

    # ------------------------------------------------------------------ secrets

    def secrets_of(self, person: Person) -> Secrets:
        """Every string the person must never receive, with the object it belongs to and what it is."""
        found = Secrets()
        for item in self.items:
            if not may_read(person, item):
                for text in [item.id, *item.words, *item.holds, *item.copies, *item.distributions]:
                    found[text] = (item, "id or word")
                if item.reference:
                    found[item.reference] = (item, "reference")
                for version in item.versions:
                    for text in version.words:
                        found.setdefault(text, (item, "word of an earlier version"))
                for attachment in item.attachments:
                    for text in [attachment.id, attachment.name, attachment.sha256, *attachment.words]:
                        found[text] = (item, "attachment")
                continue
            for attachment in item.attachments:
                if not label_ok(person, attachment.label):
                    for text in [attachment.id, attachment.name, attachment.sha256, *attachment.words]:
                        found[text] = (item, "attachment labelled above its record")
            shown = set().union(*[v.words for v in item.versions if label_ok(person, v.label)] or [set()])
            for version in item.versions:
                if not label_ok(person, version.label):
                    for text in version.words - shown - {item.title_word}:
                        found[text] = (item, "word of a version labelled above the reader")
        found.pop(self.common, None)
        found.unshaped = [n for n in found if not any(shape.fullmatch(n) for shape in TOKEN_SHAPES)]
        return found

    def scan(self, category: str, person: Person, secret: Secrets, reply: Reply, request: str,
             carried: tuple[str, ...] = ()) -> None:
        """No secret in the response (headers and body), except the ids the request itself carried."""
        text = reply.text + "\n" + "\n".join(f"{k}: {v}" for k, v in reply.headers)
        for value in carried:
            text = text.replace(value, "")
        # Ids, words and hashes are looked up by shape (one pass each); the few others (references, file
        # names) are searched for.
        candidates = {m for shape in TOKEN_SHAPES for m in shape.findall(text)}
        needles = [n for n in candidates if n in secret]
        needles += [n for n in secret.unshaped if n in text]
        found: dict[str, tuple[Item, str, list[str]]] = {}
        for needle in needles:
            item, what = secret[needle]
            found.setdefault(item.id + what, (item, what, []))[2].append(needle)
        for item, what, needles in found.values():  # one finding per object and response
            at = text.index(needles[0])
            self.leak(category, person, "response contains a hidden " + what,
                      f"{', '.join(map(repr, needles[:5]))} in …{text[max(0, at - 120):at + 80]}…", item, request,
                      reply)

    # ------------------------------------------------------------------ endpoints

    def endpoints(self) -> list[dict]:
        """Every per-object endpoint: {id}, {att}, {hold}, {copy} are filled in; body(person, version)."""
        j = lambda body: (lambda p, v: (json.dumps(body(p, v)).encode(), "application/json"))  # noqa: E731
        lower = {"classification": "NU", "releasableTo": ["NATO"], "categories": []}
        api = [
            ("GET", "/api/v1/records/{id}", None, False),
            ("PATCH", "/api/v1/records/{id}", j(lambda p, v: {"title": "Leak probe edit"}), True),
            ("GET", "/api/v1/records/{id}/label.xml", None, False),
            ("GET", "/api/v1/records/{id}/history", None, False),
            ("POST", "/api/v1/records/{id}/verification", None, True),
            ("GET", "/api/v1/records/{id}/attachments", None, False),
            ("GET", "/api/v1/records/{id}/attachments/{att}", None, False),
            ("GET", "/api/v1/records/{id}/attachments/{att}/searchable-pdf", None, False),
            ("POST", "/api/v1/records/{id}/attachments?filename=lp-probe.txt",
             lambda p, v: (b"Leak probe upload\n", "text/plain"), True),
            ("GET", "/api/v1/records/{id}/acl", None, False),
            ("PUT", "/api/v1/records/{id}/acl",
             j(lambda p, v: {"entries": [{"kind": "user", "id": p.id, "permission": "write"}]}), True),
            ("POST", "/api/v1/records/{id}/distributions", j(lambda p, v: {"list": self.unit_list}), True),
            ("GET", "/api/v1/records/{id}/distributions", None, False),
            ("POST", "/api/v1/registry/distributions", j(lambda p, v: {"records": ["{id}"], "list": self.unit_list}),
             True),
            ("POST", "/api/v1/records/{id}/filing", j(lambda p, v: {"folder": self.folder}), True),
            ("POST", "/api/v1/records/{id}/closure", None, True),
            ("POST", "/api/v1/records/{id}/archiving", None, True),
            ("POST", "/api/v1/records/{id}/downgrade",
             j(lambda p, v: {"label": lower, "authority": "Leak probe", "reason": "Leak probe"}), True),
            ("POST", "/api/v1/records/{id}/disposition",
             j(lambda p, v: {"action": "destroy", "witness": "Leak probe witness", "method": "shredding"}), True),
            ("GET", "/api/v1/records/{id}/certificate", None, False),
            ("GET", "/api/v1/records/{id}/holds", None, False),
            ("POST", "/api/v1/records/{id}/holds", j(lambda p, v: {"reason": "Leak probe hold"}), True),
            ("POST", "/api/v1/holds/{hold}/release", None, True),
            ("POST", "/api/v1/receipts/{copy}/acknowledgement", None, True),
            ("POST", "/api/v1/key-material/{id}/updates", j(lambda p, v: {"edition": "ED-PROBE"}), True),
            ("GET", "/api/v1/objects/{id}", None, False),
            ("PATCH", "/api/v1/objects/{id}", j(lambda p, v: {"title": "Leak probe edit"}), True),
            ("GET", "/api/v1/objects/{id}/label.xml", None, False),
            ("GET", "/api/v1/audit?object={id}", None, False),
        ]
        form = lambda fields: (lambda p, v: (urllib.parse.urlencode(  # noqa: E731
            {"_csrf": p.csrf, **fields(p, v)}).encode(), "application/x-www-form-urlencoded"))
        web = [
            ("GET", "/registry/records/{id}", None, False),
            ("GET", "/registry/records/{id}/cover", None, False),
            ("GET", "/registry/records/{id}/attachments/{att}", None, False),
            ("GET", "/registry/records/{id}/attachments/{att}/searchable-pdf", None, False),
            ("POST", "/registry/records/{id}/upload", self.multipart, True),
            ("POST", "/registry/distribute-selected", form(lambda p, v: {"record.{id}": "on", "list": self.unit_list}),
             True),
            ("POST", "/registry/records/{id}/verify", form(lambda p, v: {}), True),
            ("POST", "/registry/records/{id}/distribute", form(lambda p, v: {"list": self.unit_list}), True),
            ("POST", "/registry/records/{id}/file", form(lambda p, v: {"folder": self.folder}), True),
            ("POST", "/registry/records/{id}/close", form(lambda p, v: {}), True),
            ("POST", "/registry/records/{id}/archive", form(lambda p, v: {}), True),
            ("POST", "/registry/records/{id}/hold", form(lambda p, v: {"reason": "Leak probe hold"}), True),
            ("POST", "/registry/records/{id}/release", form(lambda p, v: {"hold": "{hold}"}), True),
            ("POST", "/registry/records/{id}/acl-add", form(lambda p, v: {
                "kind": "user", "grantee": p.username, "permission": "write", "version": str(v)}), True),
            ("POST", "/registry/records/{id}/acl-remove", form(lambda p, v: {
                "kind": "user", "grantee": self.owner.username, "permission": "write", "version": str(v)}), True),
            ("POST", "/registry/records/{id}/downgrade", form(lambda p, v: {
                "classification": "NU", "authority": "Leak probe", "reason": "Leak probe"}), True),
            ("POST", "/registry/records/{id}/destroy", form(lambda p, v: {
                "witness": "Leak probe witness", "method": "shredding"}), True),
            ("POST", "/registry/key-material/{id}/update", form(lambda p, v: {"edition": "ED-PROBE"}), True),
            ("POST", "/receipts/{copy}/acknowledge", form(lambda p, v: {}), True),
            ("GET", "/receipts/{copy}/print", None, False),
        ]
        result = []
        for method, path, body, write in api + web:
            # The hold of a web release travels in the form; every other side id is in the path.
            needs = "hold" if "{hold}" in path or path.endswith("/release") else "copy" if "{copy}" in path else None
            versioned = method in ("PATCH", "PUT") or path.endswith(("/acl-add", "/acl-remove"))
            result.append({"method": method, "path": path, "body": body, "write": write, "versioned": versioned,
                           "web": not path.startswith("/api"), "needs": needs, "name": f"{method} {path}"})
        return result

    @staticmethod
    def multipart(person: Person, _version: int) -> tuple[bytes, str]:
        boundary = "leakprobeboundary"
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n{person.csrf}\r\n"
                f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lp-probe.txt\"\r\n"
                f"Content-Type: text/plain\r\n\r\nLeak probe upload\n\r\n--{boundary}--\r\n")
        return body.encode(), f"multipart/form-data; boundary={boundary}"

    def send(self, person: Person, endpoint: dict, ids: dict[str, str], version: int) -> tuple[Reply, str]:
        """One endpoint with the ids filled in; returns the reply and the request line."""
        path = endpoint["path"]
        for key, value in ids.items():
            path = path.replace("{" + key + "}", value)
        headers = dict(person.web_headers() if endpoint["web"] else person.api_headers())
        data = None
        if endpoint["body"] is not None:
            data, content_type = endpoint["body"](person, version)
            for key, value in ids.items():
                data = data.replace(("{" + key + "}").encode(), value.encode()).replace(
                    urllib.parse.quote("{" + key + "}").encode(), value.encode())
            headers["Content-Type"] = content_type
        if endpoint["method"] in ("PATCH", "PUT"):
            headers["If-Match"] = f'"v{version}"'
        reply = self.http.request(endpoint["method"], path, body=data, headers=headers)
        return reply, f"{endpoint['method']} {path}" + (f" {data[:200]!r}" if data else "")

    @staticmethod
    def normalised(reply: Reply, ids: dict[str, str]) -> tuple:
        body = reply.text
        headers = []
        for key, value in reply.headers:
            if key.lower() in ("date",) or "request-id" in key.lower():
                continue
            headers.append((key.lower(), value))
        for key, value in ids.items():
            body = body.replace(value, "{" + key + "}")
            headers = [(k, v.replace(value, "{" + key + "}")) for k, v in headers]
        return reply.status, tuple(sorted(headers)), body

    # ------------------------------------------------------------------ per-principal probes

    def sample(self, person: Person, visible: list[Item], n: int) -> list[Item]:
        """The visible items a check on visible items visits: all of them when thorough; otherwise those that
        hide an attachment or a version from the person, and n others of different variants."""
        if self.thorough:
            return visible
        hiding = [i for i in visible if any(not label_ok(person, a.label) for a in i.attachments) or any(
            not label_ok(person, v.label) for v in i.versions)]
        return hiding + [i for i in sample_by_variant(visible, n) if i not in hiding]

    def probe_person(self, person: Person) -> None:
        secret = self.secrets_of(person)
        baselines: dict[tuple, tuple] = {}
        endpoints = self.endpoints()
        visible = [i for i in self.items if may_read(person, i)]
        hidden = [i for i in self.items if not may_read(person, i)]
        with self.probe_lock:
            self.pairs_hidden += len(hidden)
            self.pairs_visible += len(visible)

        def baseline(endpoint: dict, keys: tuple[str, ...], version: int, fixed: dict[str, str]) -> tuple:
            # One missing-id answer per endpoint (and per version for the requests that carry one).
            key = (endpoint["name"], keys, version if endpoint["versioned"] else 0, tuple(sorted(fixed.items())))
            if key not in baselines:
                ids = {**fixed, **{k: self.random_id() for k in keys}}
                reply, request = self.send(person, endpoint, ids, version)
                self.count(DIRECT)
                self.scan(DIRECT, person, secret, reply, request, carried=tuple(fixed.values()))
                baselines[key] = (self.normalised(reply, ids), request)
            return baselines[key]

        # 1. Every per-object endpoint on every hidden object answers like a missing id.
        for item in hidden:
            for endpoint in endpoints:
                ids = {"id": item.id}
                if "{att}" in endpoint["path"]:
                    ids["att"] = item.attachments[0].id if item.attachments else self.random_id()
                needs = endpoint["needs"]
                if needs == "hold":
                    if not item.holds:
                        continue
                    ids["hold"] = item.holds[0]
                if needs == "copy":
                    if not item.copies:
                        continue
                    ids["copy"] = item.copies[0]
                reply, request = self.send(person, endpoint, ids, item.version)
                self.count(DIRECT)
                category = PAGES if endpoint["web"] and endpoint["method"] == "GET" else DIRECT
                self.scan(category, person, secret, reply, request, carried=tuple(ids.values()))
                expected, base_request = baseline(endpoint, tuple(ids), item.version, {})
                got = self.normalised(reply, ids)
                if got != expected:
                    self.leak(category, person, "answer differs from a missing id's",
                              describe_difference(expected, got) + f" (missing-id request: {base_request})",
                              item, request, reply)
                served = 200 <= reply.status < 300
                if endpoint["path"] == "/api/v1/registry/distributions" and reply.status == 200:
                    served = any(r.get("status", 0) < 400 for r in reply.json().get("results", []))
                if served:
                    self.leak(category, person, "a hidden object was served or changed",
                              f"status {reply.status}", item, request, reply)
        # 1a. The owner's Idempotency-Key, sent again by this principal: never the owner's recorded answer.
        reply = self.api(person, "POST", "/objects", {"title": "Leak probe replay attempt", "label": {
            "classification": "NU"}}, headers={"Idempotency-Key": self.idempotency_key})
        self.count(DIRECT)
        self.scan(DIRECT, person, secret, reply, "POST /api/v1/objects (the owner's Idempotency-Key)")
        if person is not self.owner and reply.header("Idempotent-Replayed"):
            self.leak(DIRECT, person, "another principal's Idempotency-Key replays its answer", reply.text[:200],
                      request="POST /api/v1/objects", reply=reply)
        # 1b. Attachments labelled above the reader, of visible records: downloads answer like a missing one.
        downloads = [e for e in endpoints if e["method"] == "GET" and re.fullmatch(
            r"(/api/v1|/registry)/records/\{id\}/attachments/\{att\}(/searchable-pdf)?", e["path"])]
        for item in visible:
            for attachment in item.attachments:
                if label_ok(person, attachment.label):
                    continue
                for endpoint in downloads:
                    ids = {"id": item.id, "att": attachment.id}
                    reply, request = self.send(person, endpoint, ids, item.version)
                    self.count(DIRECT)
                    self.scan(DIRECT, person, secret, reply, request, carried=(item.id, attachment.id))
                    expected, base_request = baseline(endpoint, ("att",), item.version, {"id": item.id})
                    if self.normalised(reply, ids) != expected:
                        self.leak(DIRECT, person, "download of an attachment labelled above the reader differs "
                                  "from a missing attachment's", describe_difference(
                                      expected, self.normalised(reply, ids)), item, request, reply)
        # 2. Writes refused to a reader without the right (no role; read-only access entry), nothing changed.
        refusals = [i for i in visible if must_refuse_writes(person, i)]
        if not self.thorough:
            refusals = sample_by_variant(refusals, 4)
        for item in refusals:
            no_role = not person.roles & REGISTRY_ROLES
            for endpoint in endpoints:
                if not endpoint["write"] or endpoint["needs"] == "copy":
                    continue  # acknowledging a copy addressed to one's unit needs no role: not a write
                if endpoint["needs"] == "hold" and not no_role:
                    continue  # releasing a hold needs the supervisor role and read access only
                ids = {"id": item.id}
                if endpoint["needs"] == "hold":
                    if not item.holds:
                        continue
                    ids["hold"] = item.holds[0]
                if endpoint["method"] == "PATCH":
                    # The title it has: a wrongly accepted edit still answers 200, and changes nothing that the
                    # other principals' checks (running meanwhile) look at.
                    endpoint = {**endpoint, "body": lambda p, v, title=item.title: (
                        json.dumps({"title": title}).encode(), "application/json")}
                reply, request = self.send(person, endpoint, ids, item.version)
                self.count(WRITES)
                self.scan(WRITES, person, secret, reply, request, carried=tuple(ids.values()))
                ok = reply.status >= 400
                if endpoint["path"] == "/api/v1/registry/distributions" and reply.status == 200:
                    ok = all(r.get("status", 0) >= 400 for r in reply.json().get("results", []))
                if endpoint["path"] == "/registry/distribute-selected" and reply.status == 303:
                    ok = "distributed=0&" in (reply.header("Location") or "")  # the page reports each refusal
                if not ok:
                    self.leak(WRITES, person, "a write without the right was not refused",
                              f"status {reply.status}", item, request, reply)
        # 3. Lists, totals and counts.
        self.probe_lists(person, secret, visible, hidden)
        # 4. Search.
        self.probe_search(person, secret, visible, hidden)
        # 5. Pages and exports.
        self.probe_pages(person, secret, visible)
        # 6. Positive control.
        self.probe_positive(person, secret, visible)
        # 7. The audit listing of every visible object (last: the probes above wrote denial events).
        if "auditor" in person.roles:
            for item in self.sample(person, visible, 4):
                items = self.all_pages(person, f"/audit?object={item.id}&limit=200", category=AUDIT, secret=secret,
                                       cursor_key="nextCursor")
                if items is None:
                    self.leak(AUDIT, person, "the audit listing of a readable object was refused", "", item)

    def all_pages(self, person: Person, path: str, *, category: str = LISTS, secret: Secrets | None = None,
                  cursor_key: str | None = None, expect_total: bool = False) -> list | None:
        """Every item of a paginated list (None when refused); each page is scanned for secrets."""
        items: list = []
        cursor = None
        total = None
        while True:
            sep = "&" if "?" in path else "?"
            full = path + (f"{sep}cursor={cursor}" if cursor else "")
            reply = self.api(person, "GET", full)
            if secret is not None:
                self.count(category)
                self.scan(category, person, secret, reply, f"GET /api/v1{full}")
            if reply.status != 200:
                return None
            body = reply.json()
            items += body.get("items", [])
            if body.get("total") is not None:
                total = body["total"]
            cursor = body.get(cursor_key) if cursor_key else (body.get("next") or body.get("nextCursor"))
            if not cursor:
                break
        if expect_total and secret is not None and total is not None and total != len(items):
            self.leak(category, person, "a list's total differs from the items it lists",
                      f"total {total}, {len(items)} items listed", request=f"GET /api/v1{path}")
        return items

    def probe_lists(self, person: Person, secret: Secrets, visible: list[Item], hidden: list[Item]) -> None:
        ours_visible = {i.id for i in visible}
        ours = {i.id for i in self.items}

        def check(path: str, expected: set[str] | None, what: str, cursor_key: str | None = None) -> list | None:
            items = self.all_pages(person, path, secret=secret, cursor_key=cursor_key, expect_total=True)
            if items is None:
                return None
            listed = {i.get("id") or i.get("recordId") or (i.get("copy") or {}).get("id") for i in items}
            listed |= {i.get("recordId") for i in items if i.get("recordId")}
            for item in hidden:
                if item.id in listed:
                    self.leak(LISTS, person, f"{what} lists a hidden object", path, item)
            if expected is not None:
                missing = (expected - listed)
                for item in self.items:
                    if item.id in missing:
                        self.leak(POSITIVE, person, f"{what} leaves out an object the reader may see", path, item)
                self.count(POSITIVE)
            return items

        check("/objects?withTotal=true&limit=200", ours_visible, "GET /objects", cursor_key="nextCursor")
        for kind in ("record", "note", "key-material", "destruction-certificate"):
            check(f"/objects?kind={kind}&withTotal=true&limit=200",
                  {i.id for i in visible if i.kind == kind}, f"GET /objects?kind={kind}", cursor_key="nextCursor")
        for series in (self.series, self.vseries):
            # The probe's own series: exactly the readable records, and a total (checked against the items
            # by all_pages) that counts exactly them.
            expected = {i.id for i in visible if i.series == series}
            path = f"/records?series={series}&withTotal=true&limit=200"
            listed = {r["id"] for r in self.all_pages(person, path, secret=secret, expect_total=True) or []}
            if listed != expected:
                self.leak(LISTS if listed - expected else POSITIVE, person,
                          "the series list is not exactly the readable records",
                          f"listed {len(listed)}, expected {len(expected)}; extra {sorted(listed - expected)}; "
                          f"missing {sorted(expected - listed)}", request=f"GET /api/v1{path}")
        check("/records?withTotal=true&limit=200", {i.id for i in visible if i.kind == "record"}, "GET /records")
        listed_counts = {}
        for queue in ("to-verify", "to-distribute", "disposition-due", "review-due"):
            listed_counts[queue] = len(check(f"/registry/queues/{queue}?limit=200", None, f"queue {queue}") or [])
        listed_counts["receipts"] = len(check("/receipts", None, "GET /receipts") or [])
        check("/receipts?mine=true", None, "GET /receipts?mine=true")
        check("/registry/muster", None, "GET /registry/muster")
        check("/key-material?limit=200", {i.id for i in visible if i.kind == "key-material"}, "GET /key-material")
        listed_counts["key-updates"] = len(check(
            "/key-material?due=true&limit=200", {i.id for i in visible if i.kind == "key-material"},
            "GET /key-material?due=true") or [])
        # The desk's counts (queues, receipts outstanding, key updates due) count what the lists list.
        desk = self.http.request("GET", "/registry", headers=person.web_headers())
        self.count(LISTS)
        self.scan(LISTS, person, secret, desk, "GET /registry")
        counts = {k: int(v) for k, v in re.findall(r'id="count-([a-z-]+)">(\d+)<', desk.text)}
        for name, listed in listed_counts.items():
            if name in counts and counts[name] != listed:
                self.leak(LISTS, person, "a count on the registry desk differs from what its list lists",
                          f"{name}: desk {counts[name]}, list {listed}", request="GET /registry", reply=desk)
        # Per readable record: its attachments, history and distributions show only what the reader may see.
        for item in self.sample(person, [i for i in visible if i.kind == "record"], 4):
            reply = self.api(person, "GET", f"/records/{item.id}/attachments")
            self.count(LISTS)
            self.scan(LISTS, person, secret, reply, f"GET /records/{item.id}/attachments")
            listed = {a["id"] for a in reply.json()["items"]} if reply.status == 200 else set()
            expected = {a.id for a in item.attachments if label_ok(person, a.label)}
            if listed - expected:
                self.leak(LISTS, person, "attachment list shows one labelled above the reader",
                          str(sorted(listed - expected)), item, f"GET /records/{item.id}/attachments", reply)
            if item.state != "destroyed" and expected - listed:
                self.leak(POSITIVE, person, "attachment list leaves out a readable attachment",
                          str(sorted(expected - listed)), item, f"GET /records/{item.id}/attachments", reply)
            reply = self.api(person, "GET", f"/records/{item.id}/history")
            self.count(LISTS)
            self.scan(LISTS, person, secret, reply, f"GET /records/{item.id}/history")
            listed_versions = {v["version"] for v in reply.json()["versions"]} if reply.status == 200 else set()
            expected_versions = {v.number for v in item.versions if label_ok(person, v.label)}
            if listed_versions != expected_versions:
                self.leak(LISTS if listed_versions - expected_versions else POSITIVE, person,
                          "history is not exactly the versions the reader may see",
                          f"listed {sorted(listed_versions)}, expected {sorted(expected_versions)}", item,
                          f"GET /records/{item.id}/history", reply)
            reply = self.api(person, "GET", f"/records/{item.id}/distributions")
            self.count(LISTS)
            self.scan(LISTS, person, secret, reply, f"GET /records/{item.id}/distributions")

    def search(self, person: Person, secret: Secrets, q: str, *, all_pages: bool = True) -> dict:
        hits, cursor, first = [], None, None
        while True:
            query = {"q": q, "limit": "100"}
            if cursor:
                query["cursor"] = cursor
            # %20, not +: the API reads its query string as a URI query, where + is a plus sign.
            path = "/search?" + urllib.parse.urlencode(query, quote_via=urllib.parse.quote)
            reply = self.api(person, "GET", path)
            self.count(SEARCH)
            self.scan(SEARCH, person, secret, reply, f"GET /api/v1{path}")
            if reply.status != 200:
                raise RuntimeError(f"search {q!r} failed: {reply.status} {reply.text[:300]}")
            body = reply.json()
            first = first or body
            hits += body["hits"]
            cursor = body.get("next")
            if not cursor or not all_pages:
                break
        return {"total": first["total"], "facets": first["facets"], "hits": hits}

    def probe_search(self, person: Person, secret: Secrets, visible: list[Item], hidden: list[Item]) -> None:
        searchable = {"record", "note", "key-material"}
        # The common word of every title: exactly the readable objects, counted and faceted exactly.
        result = self.search(person, secret, self.common)
        found = {h["id"] for h in result["hits"]}
        expected = {i.id for i in visible if i.kind in searchable}
        for item in hidden:
            if item.id in found:
                self.leak(SEARCH, person, "search returns a hidden object", self.common, item)
        if result["total"] != len(result["hits"]):
            self.leak(SEARCH, person, "search total differs from its hits",
                      f"total {result['total']}, {len(result['hits'])} hits", request=f"q={self.common}")
        counted = facets_of(result["hits"])
        if any(result["facets"].get(k, {}) != v for k, v in counted.items() if k != "year"):
            self.leak(SEARCH, person, "search facets count more than the hits",
                      f"facets {result['facets']}, hits give {counted}", request=f"q={self.common}")
        if sum(result["facets"].get("year", {}).values()) > len(result["hits"]):
            self.leak(SEARCH, person, "search year facet counts more than the hits",
                      f"facets {result['facets']['year']}", request=f"q={self.common}")
        for item in self.items:
            if item.id in expected - found:
                self.leak(POSITIVE, person, "search leaves out an object the reader may see", self.common, item)
        self.count(POSITIVE)
        # The reference prefix of the probe's series: exactly the readable records.
        for series in (self.series, self.vseries):
            result = self.search(person, secret, f"ref:{series}")
            found = {h["id"] for h in result["hits"]}
            wanted = {i.id for i in visible if i.series == series}
            if found & {i.id for i in hidden} or result["total"] != len(result["hits"]):
                self.leak(SEARCH, person, "ref: search finds or counts hidden records",
                          f"total {result['total']}, {len(result['hits'])} hits, hidden found "
                          f"{sorted(found & {i.id for i in hidden})}", request=f"q=ref:{series}")
            if wanted - found:
                self.leak(POSITIVE, person, "ref: search misses readable records", str(sorted(wanted - found)),
                          request=f"q=ref:{series}")
        # Every distinctive word of what the reader may not see: nothing found, nothing counted.
        words = sorted({w for w, (item, what) in secret.items() if re.fullmatch(r"lp[a-z]{8}", w)})
        for start in range(0, len(words), 8):
            batch = words[start:start + 8]
            q = " OR ".join(batch)
            result = self.search(person, secret, q, all_pages=False)
            if result["total"] or result["hits"] or any(result["facets"].get(k) for k in result["facets"]):
                ids = {h["id"] for h in result["hits"]}
                culprit = next((secret[w][0] for w in batch if secret[w][0].id in ids), secret[batch[0]][0])
                self.leak(SEARCH, person, "search finds or counts a hidden word",
                          f"q={q}: total {result['total']}, facets {result['facets']}, hits {sorted(ids)}",
                          culprit, f"GET /api/v1/search?q={q}")
        # Positive control: the title word of each readable object finds it.
        titled = [i for i in visible if i.kind in searchable]
        for start in range(0, len(titled), 8):
            batch = titled[start:start + 8]
            result = self.search(person, secret, " OR ".join(i.title_word for i in batch))
            found = {h["id"] for h in result["hits"]}
            for item in batch:
                self.count(POSITIVE)
                if item.id not in found:
                    self.leak(POSITIVE, person, "search by title word misses a readable object", item.title_word,
                              item)

    def probe_pages(self, person: Person, secret: Secrets, visible: list[Item]) -> None:
        pages = ["/home", "/registry", "/receipts", "/registry/muster", "/registry/key-material",
                 *[f"/registry/queues/{q}?limit=200" for q in ("to-verify", "to-distribute", "disposition-due",
                                                                "review-due")],
                 "/search?" + urllib.parse.urlencode({"q": self.common}),
                 "/search?" + urllib.parse.urlencode({"q": f"ref:{self.series}"})]
        words = sorted({w for w in secret if re.fullmatch(r"lp[a-z]{8}", w)})
        pages += ["/search?" + urllib.parse.urlencode({"q": " OR ".join(words[s:s + 8])})
                  for s in range(0, len(words), 8)]
        for page in pages:
            reply = self.http.request("GET", page, headers=person.web_headers())
            self.count(PAGES)
            # The search page shows the query typed: the words the request carried are not a leak.
            typed = tuple(re.findall(r"lp[a-z]{8}", urllib.parse.unquote_plus(page)))
            self.scan(PAGES, person, secret, reply, f"GET {page}", carried=typed)
        # Exports of readable records: the label XML, the cover sheet, the record page.
        for item in self.sample(person, [i for i in visible if i.kind == "record"], 3):
            for path, web in ((f"/api/v1/records/{item.id}/label.xml", False), (f"/registry/records/{item.id}", True),
                              (f"/registry/records/{item.id}/cover", True)):
                headers = person.web_headers() if web else person.api_headers()
                reply = self.http.request("GET", path, headers=headers)
                self.count(PAGES)
                self.scan(PAGES, person, secret, reply, f"GET {path}")
                if reply.status != 200:
                    self.leak(POSITIVE, person, "a readable record's page or export is refused", path, item,
                              f"GET {path}", reply)

    def probe_positive(self, person: Person, secret: Secrets, visible: list[Item]) -> None:
        for item in self.sample(person, visible, 6):
            reply = self.api(person, "GET", f"/objects/{item.id}")
            self.count(POSITIVE)
            self.scan(POSITIVE, person, secret, reply, f"GET /objects/{item.id}")
            if reply.status != 200 or reply.json().get("id") != item.id:
                self.leak(POSITIVE, person, "a readable object is not served", f"status {reply.status}", item,
                          f"GET /api/v1/objects/{item.id}", reply)
            if item.kind == "record" and item.state != "destroyed":
                for attachment in item.attachments:
                    if not label_ok(person, attachment.label):
                        continue
                    path = f"/records/{item.id}/attachments/{attachment.id}"
                    reply = self.api(person, "GET", path)
                    self.count(POSITIVE)
                    self.scan(POSITIVE, person, secret, reply, f"GET /api/v1{path}")
                    if reply.status != 200 or attachment.words[0].encode() not in reply.body:
                        self.leak(POSITIVE, person, "a readable attachment is not served", f"status {reply.status}",
                                  item, f"GET /api/v1{path}", reply)

    # ------------------------------------------------------------------ run

    def run(self) -> dict:
        started = time.monotonic()
        self.setup()
        setup_seconds = time.monotonic() - started
        self.log(f"set up {len(self.people)} principals and {len(self.items)} objects in {setup_seconds:.1f} s "
                 f"({self.http.count} requests)")
        probed = self.people
        with ThreadPoolExecutor(max_workers=self.workers) as pool:
            for person, outcome in zip(probed, pool.map(self._guarded, probed)):
                if outcome:
                    raise RuntimeError(f"probing {person.username} failed: {outcome}")
        return self.figures(time.monotonic() - started)

    def _guarded(self, person: Person) -> str | None:
        try:
            started = time.monotonic()
            self.probe_person(person)
            self.log(f"  probed {person.username} ({person.purpose}) in {time.monotonic() - started:.0f} s")
            return None
        except Exception as error:  # reported by run()
            import traceback
            return "".join(traceback.format_exception(error))

    def figures(self, seconds: float) -> dict:
        kinds: dict[str, int] = {}
        for item in self.items:
            kinds[item.kind] = kinds.get(item.kind, 0) + 1
        return {
            "principals": len(self.people), "objects": len(self.items), "kinds": kinds,
            "attachments": sum(len(i.attachments) for i in self.items),
            "hidden_pairs": self.pairs_hidden, "visible_pairs": self.pairs_visible,
            "probes": sum(self.probes.values()), "probes_by_category": dict(self.probes),
            "requests": self.http.count, "leaks": len(self.leaks), "distinct_leaks": len(group_leaks(self.leaks)),
            "leak_list": self.leaks, "seconds": round(seconds, 1),
        }


def sample_by_variant(items: list[Item], n: int) -> list[Item]:
    """Up to n items, of as many different variants as possible."""
    chosen, seen = [], set()
    for item in items:
        if item.variant not in seen and len(chosen) < n:
            chosen.append(item)
            seen.add(item.variant)
    return chosen + [i for i in items if i not in chosen][:n - len(chosen)]


def describe_difference(expected: tuple, got: tuple) -> str:
    parts = []
    if expected[0] != got[0]:
        parts.append(f"status {got[0]} instead of {expected[0]}")
    if expected[1] != got[1]:
        e, g = dict(expected[1]), dict(got[1])
        diff = {k: (e.get(k), g.get(k)) for k in set(e) | set(g) if e.get(k) != g.get(k)}
        parts.append(f"headers differ {diff}")
    if expected[2] != got[2]:
        parts.append(f"body {got[2][:300]!r} instead of {expected[2][:300]!r}")
    return "; ".join(parts)


def facets_of(hits: list[dict]) -> dict:
    facets: dict[str, dict[str, int]] = {"office": {}, "type": {}, "classification": {}}
    abbreviation = {"NATO UNCLASSIFIED": "NU", "NATO RESTRICTED": "NR", "NATO CONFIDENTIAL": "NC",
                    "NATO SECRET": "NS", "COSMIC TOP SECRET": "CTS"}
    for hit in hits:
        for name, value in (("office", hit["office"]), ("type", hit["type"]),
                            ("classification", abbreviation[hit["label"]["classification"]])):
            facets[name][value] = facets[name].get(value, 0) + 1
    return facets


def group_leaks(leaks: list[dict]) -> dict[tuple, list[dict]]:
    """Leaks by (category, check, endpoint with ids, words and cursors left out)."""
    groups: dict[tuple, list[dict]] = {}
    for leak in leaks:
        request = leak.get("request", "").split(" b'")[0]
        request = re.sub(r"[0-9A-HJKMNP-TV-Z]{26}", "{id}", request)
        request = re.sub(r"lp[a-z]{8}", "{word}", request)
        request = re.sub(r"[&?]cursor=[^&\s]*", "", request)
        groups.setdefault((leak["category"], leak["check"], request), []).append(leak)
    return groups


def summary(figures: dict) -> str:
    """The figures and the leaks, grouped, as the script prints them."""
    lines = [
        f"principals:      {figures['principals']}",
        f"objects:         {figures['objects']} {figures['kinds']} with {figures['attachments']} attachments",
        f"pairs:           {figures['hidden_pairs']} (principal, object) hidden, {figures['visible_pairs']} visible",
        f"probes:          {figures['probes']} ({', '.join(f'{k} {v}' for k, v in figures['probes_by_category'].items())})",
        f"HTTP requests:   {figures['requests']} in {figures['seconds']} s",
        f"leaks:           {figures['leaks']}",
    ]
    groups = group_leaks(figures["leak_list"])
    lines.append(f"distinct leaks:  {len(groups)} (kinds of leak: check and endpoint)")
    for (category, check, request), leaks in sorted(groups.items()):
        first = leaks[0]
        who = sorted({leak["principal"] for leak in leaks})
        pairs = len({(leak["principal"], leak.get("object")) for leak in leaks})
        lines.append(f"  LEAK [{category}] {check}: {request} — {len(leaks)} responses, {pairs} (principal, object) "
                     f"pairs (principals {', '.join(who)})")
        lines.append(f"       e.g. {first.get('dimension', '')} {first.get('variant', '')}: {first['detail'][:400]}")
        if first.get("response"):
            lines.append(f"       response {first.get('status')}: {first['response'][:300]}")
    return "\n".join(lines)


def cli_user_creator(binary: str, data_dir: str, database_url: str | None) -> Callable[[Person], None]:
    """Creates a principal with `chancery user create` against the server's data directory / database."""

    def create(person: Person) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("CHANCERY_")}
        env["CHANCERY_BCRYPT_COST"] = "4"
        storage = ["--data-dir", data_dir] + (["--database-url", database_url] if database_url else [])
        # A group must exist before an account is put in it.
        for group in sorted(person.groups):
            result = subprocess.run([binary, "group", "create", "--name", group, *storage], capture_output=True,
                                    text=True, env=env, timeout=120)
            if result.returncode != 0 and "already exists" not in result.stderr:
                raise RuntimeError(f"chancery group create {group} failed: {result.stderr}")
        args = [binary, "user", "create", "--data-dir", data_dir, "--username", person.username,
                "--clearance", LEVELS[person.clearance], "--nationality", person.nationality]
        if database_url:
            args += ["--database-url", database_url]
        for option, values in (("--categories", person.categories), ("--roles", person.roles),
                               ("--units", person.units), ("--groups", person.groups)):
            if values:
                args += [option, ",".join(sorted(values))]
        result = subprocess.run(args, input=PASSWORD + "\n", capture_output=True, text=True, env=env, timeout=120)
        if result.returncode != 0:
            raise RuntimeError(f"chancery user create {person.username} failed: {result.stderr}")

    return create


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", required=True, help="http://127.0.0.1:PORT of a running `chancery serve --demo`")
    parser.add_argument("--binary", required=True, help="the chancery executable (for `user create`)")
    parser.add_argument("--data-dir", required=True, help="the server's data directory")
    parser.add_argument("--database-url", default=None, help="the server's PostgreSQL URL, if any")
    parser.add_argument("--objects", type=int, default=140)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--json", default=None, help="also write the figures and every leak to this file")
    args = parser.parse_args()
    probe = Probe(args.base_url, cli_user_creator(args.binary, args.data_dir, args.database_url),
                  objects=args.objects, workers=args.workers)
    figures = probe.run()
    print(summary(figures))
    if args.json:  # the figures, and each kind of leak with its count and its first 20 occurrences
        report = {k: v for k, v in figures.items() if k != "leak_list"}
        report["leak_kinds"] = [
            {"category": category, "check": check, "request": request, "occurrences": len(leaks),
             "examples": leaks[:20]}
            for (category, check, request), leaks in sorted(group_leaks(figures["leak_list"]).items())]
        with open(args.json, "w") as out:
            json.dump(report, out, indent=2)
    return 1 if figures["leaks"] else 0


if __name__ == "__main__":
    sys.exit(main())
