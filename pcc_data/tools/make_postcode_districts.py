#!/usr/bin/env python3
"""Builds pcc_data/postcode_districts.csv from shared/reference/outcode_to_force.csv.

Usage: make_postcode_districts.py REFERENCE_DIR OUTPUT_CSV

Columns: outcode, forces (';'-separated, best first), straddles (yes/no), certainty.
certainty is 'high' for a district the source names under one force only,
'medium' for a district that straddles a force boundary, and 'low' for the districts
that SOURCES.md lists as affected by misfiled source rows (their remaining rows may be
incomplete). Districts missing from the reference stay missing: the app reports them as
unknown and offers the online lookup.
"""
import csv
import re
import sys

# From SOURCES.md, "Postcode districts" / "Known limits": districts needing another basis.
MISFILED = """BH3, BH12-BH18, BH25, BH31; BL0, BL8, BL9; BN1, BN6-BN12, BN25; CA9-CA11, CA16, CA17;
CH25-CH32, CH41-CH49, CH60-CH63; DG16; HA1-HA3, HA5, HA7; KT8, KT9; KW1, KW3, KW5-KW17;
KY1-KY16; L7-L9; LA1-LA23; LD1-LD8; LE1, LE2, LE10-LE19; LL11-LL23; M25, M26, M28, M29, M45,
M46; NN14, NN17, NN18; OL14; RH15-RH17; TD9; TN22; WA5; WN1-WN8"""


def expand(spec):
    out = set()
    for item in re.split(r"[;,]\s*", spec.replace("\n", " ")):
        item = item.strip()
        if not item:
            continue
        m = re.fullmatch(r"([A-Z]+)(\d+)-([A-Z]+)(\d+)", item)
        if m:
            for n in range(int(m.group(2)), int(m.group(4)) + 1):
                out.add(f"{m.group(1)}{n}")
        else:
            out.add(item)
    return out


def main():
    ref, out = sys.argv[1], sys.argv[2]
    misfiled = expand(MISFILED)
    rows = list(csv.DictReader(open(f"{ref}/outcode_to_force.csv", encoding="utf-8")))
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["outcode", "forces", "straddles", "certainty"])
        for r in rows:
            if r["outcode"] in misfiled:
                certainty = "low"
            elif r["straddles"] == "yes":
                certainty = "medium"
            else:
                certainty = "high"
            w.writerow([r["outcode"], r["forces"], r["straddles"], certainty])


if __name__ == "__main__":
    main()
