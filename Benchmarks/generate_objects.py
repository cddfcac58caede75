#!/usr/bin/env python3
"""Writes N random labelled objects (and access entries) as CSV files matching Chancery's schema.

The label encoding mirrors Sources/ChanceryKit: classification 0..4, releasability bitmask with the
member nations in ReleasabilityCodes order, category bits MEDICAL=0 STAFF=1 LEGAL=2 RECRUITMENT=3 INTEL=4.
"""
import argparse
import csv
import json
import os
import random
import time

NATIONS = ["ALB", "BEL", "BGR", "CAN", "HRV", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "ISL",
           "ITA", "LVA", "LTU", "LUX", "MNE", "NLD", "MKD", "NOR", "POL", "PRT", "ROU", "SVK", "SVN", "ESP",
           "SWE", "TUR", "GBR", "USA"]
ORGANISATIONS = ["EU", "UN", "KFOR", "EAPC"]
BITS = {**{code: 1 << i for i, code in enumerate(NATIONS)}, **{code: 1 << (48 + i) for i, code in enumerate(ORGANISATIONS)}}
NATO_MASK = sum(BITS[n] for n in NATIONS)
CATEGORIES = ["MEDICAL", "STAFF", "LEGAL", "RECRUITMENT", "INTEL"]
MARKINGS = ["NATO UNCLASSIFIED", "NATO RESTRICTED", "NATO CONFIDENTIAL", "NATO SECRET", "COSMIC TOP SECRET"]
UNITS = ["IPS", "HEALTH", "HR", "CHR", "IPU", "JISD"]
GROUPS = ["HR-CASES", "G-ALPHA", "G-BRAVO"]
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
WORDS = ("registry report minutes memorandum message letter budget vacancy courier medical grievance "
         "appeal tribunal review rota inventory crypto media dissemination request summit exercise").split()


def ulid(ms, rng):
    out = []
    for _ in range(10):
        out.append(CROCKFORD[ms & 31])
        ms >>= 5
    return "".join(reversed(out)) + "".join(rng.choice(CROCKFORD) for _ in range(16))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--objects", type=int, default=100_000)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=4774)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    start_ms = int(time.time() * 1000) - args.objects * 1000
    objects_path = os.path.join(args.out, "objects.csv")
    acl_path = os.path.join(args.out, "object_acl.csv")
    with open(objects_path, "w", newline="") as objects, open(acl_path, "w", newline="") as acl:
        ow, aw = csv.writer(objects), csv.writer(acl)
        for index in range(args.objects):
            ms = start_ms + index * 1000
            oid = ulid(ms, rng)
            classification = rng.choices(range(5), weights=[35, 30, 18, 14, 3])[0]
            if rng.random() < 0.7:
                releasable, codes = NATO_MASK, ["NATO"]
            else:
                codes = sorted(rng.sample(NATIONS + ORGANISATIONS, rng.randint(1, 5)))
                releasable = sum(BITS[c] for c in codes)
            categories = sorted(c for c in CATEGORIES if rng.random() < 0.08)
            mask = sum(1 << CATEGORIES.index(c) for c in categories)
            label = json.dumps({"categories": categories, "classification": MARKINGS[classification],
                                "informative": [], "releasableTo": codes}, sort_keys=True, separators=(",", ":"))
            title = " ".join(rng.choice(WORDS) for _ in range(5)).capitalize()
            open_to_unit = 1 if rng.random() < 0.85 else 0
            ow.writerow([oid, "note", title, classification, releasable, mask, label, "", rng.choice(UNITS),
                         open_to_unit, "active", 1, "bench", ms, ms])
            for grantee in rng.sample(UNITS + GROUPS, rng.choice([0, 0, 0, 1, 2])):
                kind = "unit" if grantee in UNITS else "group"
                aw.writerow([oid, kind, grantee, rng.choice(["read", "write"]), "bench", ms])
    print(f"wrote {args.objects} objects to {objects_path}")


if __name__ == "__main__":
    main()
