#!/usr/bin/env python3
"""Builds pcc_data/policing_bodies.json from the sourced research in shared/reference.

Usage: make_policing_bodies.py REFERENCE_DIR OUTPUT_JSON [DATA_VERSION]

Only values present in the research are written. A blank cell stays null, and a
legacy address that the research mentions only in its notes is never copied into a
contact field. Output is deterministic (sorted by force id, stable key order).
"""
import csv
import json
import re
import sys

SCHEMA_VERSION = 2  # 2: stalking_support.advocacy_status and the curated letter sentences; area_phrase
RESEARCH_DATE = "2026-11-28"  # date the reference research was compiled

# The research gives deputies as free text; these are the same facts split into
# name and title. Forces not listed here have no deputy recorded.
# SOURCES.md, "Uncertain: check before a letter thanks anyone": funding periods seen to end
# without a renewal being seen (research of 2026-11-28). A letter asks whether these continue.
FUNDING_SEEN_TO_END = {
    "cambridgeshire": "2025 (the 2023-25 grant)",
    "cleveland": "March 2025",
    "derbyshire": "about 2025 (the three-year posts from 2022)",
    "hampshire": "March 2026 (with an option to extend)",
    "metropolitan": "March 2026 (the PCD 1653 uplift)",
    "nottinghamshire": "March 2026 (the current contract)",
    "surrey": "March 2024",
    "thames-valley": "2025",
}

DEPUTIES = {
    "devon-and-cornwall": ("Mark Kingscote", "Deputy Police and Crime Commissioner"),
    "essex": ("Jane Gardner", "Deputy Police, Fire and Crime Commissioner"),
    "greater-manchester": ("Kate Green", "Deputy Mayor for Policing, Crime, Criminal Justice and Fire"),
    "metropolitan": ("Kaya Comer-Schwartz", "Deputy Mayor for Policing and Crime"),
    "north-yorkshire": ("Jo Coles", "Deputy Mayor for Policing, Fire and Crime"),
    "west-yorkshire": ("Alison Lowe OBE", "Deputy Mayor for Policing and Crime"),
}

# How an English sentence names each area ("in the West Midlands", "to Thames Valley"): the
# force's area name with the article English gives it. Only areas that need more than their
# plain area name are listed; where the office's own name names its area more fully
# ("for County Durham and Darlington"), that is the phrase.
AREA_PHRASES = {
    "cambridgeshire": "Cambridgeshire and Peterborough",
    "city-of-london": "the City of London",
    "devon-and-cornwall": "Devon, Cornwall and the Isles of Scilly",
    "durham": "County Durham and Darlington",
    "leicestershire": "Leicester, Leicestershire and Rutland",
    "wiltshire": "Wiltshire and Swindon",
    "hampshire": "Hampshire and the Isle of Wight",
    "metropolitan": "London",
    "north-yorkshire": "York and North Yorkshire",
    "west-midlands": "the West Midlands",
}

# Address lines that repeat what the block already says: the City of London's letter is
# addressed to the chair by name and title, so "FAO Chair, Police Authority Board" goes.
REDUNDANT_ADDRESS_LINES = {
    "city-of-london": ["FAO Chair", "Police Authority Board"],
}

# Where a curated sentence breaks a letter's own rule, the rule wins, with the same facts:
# - Durham is police_led_or_other_only, so its letter may not thank (SOURCES.md's status rules;
#   pcc_data/README.md, "Conflicts");
# - every fact a letter states about an office carries its date: these six sentences gain the
#   dates their own rows give (stalking_support_by_force.csv's summary and years, and the
#   rationale in stalking_advocacy_2026.csv), and say nothing else that is new.
CLAUSE_OVERRIDES = {
    "cheshire": "The stalking work of Cheshire Constabulary's Harm Reduction Unit, for which your office "
                "secured Home Office funding in 2023, is welcome, though as a police-led unit it is not an "
                "independent stalking advocacy service.",
    "dorset": "Thank you for funding The You Trust's independent stalking advocacy caseworker service, which "
              "your office committed to in April 2022 and reaffirmed in February 2024, and which helps victims "
              "of all kinds of stalking across Dorset and leads the local stalking clinic.",
    "durham": "The stalking work your office funded in 2024 and 2025 – training for officers, talks in schools "
              "with the Alice Ruggles Trust and, from April 2025, video doorbells for victims – is welcome, "
              "though none of it is an independent stalking advocacy service.",
    "greater-manchester": "The Stalking Triage Centre, set up within Greater Manchester Police as a pilot in "
                          "2024 and funded by your office to advise officers on stalking cases, is welcome, "
                          "though as a police-run hub it is not an independent stalking advocacy service.",
    "lancashire": "Thank you for including, for the first time, dedicated stalking support from Paladin in "
                  "the victim services your office commissions through Victim Care Lancashire, as your "
                  "update of March 2025 reported.",
    "staffordshire": "Your office's tender of February to April 2026 for a three-year stalking service for "
                     "Staffordshire and Stoke-on-Trent, planned to start on 1 December 2026 and including support "
                     "for victims of non-domestic and cyber stalking, is a welcome step.",
}

# A question that asks what its office's sentence now dates: Staffordshire's service was planned
# to start on 1 December 2026, so the letter asks whether it did (as Dyfed-Powys's asks of its own).
QUESTION_OVERRIDES = {
    "staffordshire": "Could you tell me whether the contract has been awarded, and whether the service started on "
                     "1 December 2026 as planned?",
}

# Abbreviations in address lines, written out (a letter uses no abbreviation).
ADDRESS_WORDS = [
    (re.compile(r"^OPCC$"), "Office of the Police and Crime Commissioner"),
    (re.compile(r"\bHQ\b"), "Headquarters"),
    (re.compile(r" & "), " and "),
    (re.compile(r" And "), " and "),
]

# A last line that only names the county is not needed with a postcode (Royal Mail's
# addressing guidance); dropping it keeps every block within seven lines at 10 pt.
COUNTY_LINES = {"Cheshire", "Cumbria", "Derbyshire", "Dorset", "East Sussex", "Essex", "Hampshire", "Hertfordshire",
                "Kent", "Norfolk", "Oxfordshire", "Surrey", "Torfaen", "Wiltshire"}
# A floor or building number joins the line that follows it when a block is still too long.
PREMISE_RE = re.compile(r"^(\d+(st|nd|rd|th) Floor|Building \d+|Block \d+)$")
MAX_ADDRESS_LINES = 5  # with the recipient's name (and title) and the postcode: at most 7 lines
# A line longer than this wraps in a DL window at 10 pt and counts as two.
WRAPS_AT = 48
POSTCODE_RE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$")


def confidence_of(text):
    word = (text or "").strip().split(" ")[0].lower()
    return word if word in ("high", "medium", "low") else None


def note_of(text):
    m = re.search(r"\((.*)\)\s*$", text or "")
    return m.group(1) if m else None


def provenance(source, confidence_text):
    return {
        "source": source or None,
        "confidence": confidence_of(confidence_text) or "low",
        "verified_on": RESEARCH_DATE,
        "note": note_of(confidence_text),
    }


# Office names that contain commas; an address line is never split inside them.
PROTECTED_PHRASES = [
    "Police, Fire and Crime Commissioner",
    "Leicester, Leicestershire and Rutland",
    "Policing, Fire, Crime and Commissioning",
]


def split_address(text):
    text = text or ""
    for i, phrase in enumerate(PROTECTED_PHRASES):
        text = text.replace(phrase, f"@@{i}@@")
    parts = [p.strip() for p in text.split(",") if p.strip()]
    for i, phrase in enumerate(PROTECTED_PHRASES):
        parts = [p.replace(f"@@{i}@@", phrase) for p in parts]
    if not parts:
        return None
    postcode = parts[-1]
    if not POSTCODE_RE.match(postcode):
        raise SystemExit(f"address without a final postcode: {text!r}")
    return {"lines": parts[:-1], "postcode": postcode}


def tidy_address(fid, address):
    if address is None:
        return None
    lines = [l for l in address["lines"] if l not in REDUNDANT_ADDRESS_LINES.get(fid, [])]
    for pattern, words in ADDRESS_WORDS:
        lines = [pattern.sub(words, l) for l in lines]
    if len(lines) > 2 and lines[-1] in COUNTY_LINES:
        lines = lines[:-1]
    i = 0
    while len(lines) > MAX_ADDRESS_LINES and i < len(lines) - 1:
        if PREMISE_RE.match(lines[i]):
            lines[i:i + 2] = [lines[i] + ", " + lines[i + 1]]
        else:
            i += 1
    # Still too tall once long lines wrap: the building's name and its street share a line
    # ("Darby House, Darby Close"), as Royal Mail writes them.
    def height(ls):
        return sum(2 if len(l) > WRAPS_AT else 1 for l in ls)
    if height(lines) > MAX_ADDRESS_LINES and len(lines) > 3 and len(lines[1]) + len(lines[2]) + 2 <= WRAPS_AT:
        lines[1:3] = [lines[1] + ", " + lines[2]]
    return {"lines": lines, "postcode": address["postcode"]}


def area_name_of(fid, force_name):
    name = force_name
    for suffix in (" Police", " Constabulary"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name


def since_of(notes):
    m = re.search(r"(?:Took office|in post from|since) (\d{1,2} \w+ \d{4})", notes or "")
    return m.group(1) if m else None


def main():
    ref, out = sys.argv[1], sys.argv[2]
    data_version = sys.argv[3] if len(sys.argv) > 3 else RESEARCH_DATE
    support = {r["force_id"]: r for r in csv.DictReader(open(f"{ref}/stalking_support_by_force.csv", encoding="utf-8"))}
    advocacy = {r["force_id"]: r for r in csv.DictReader(open(f"{ref}/stalking_advocacy_2026.csv", encoding="utf-8"))}
    forces = []
    for r in csv.DictReader(open(f"{ref}/policing_bodies.csv", encoding="utf-8")):
        fid = r["force_id"]
        deputy = DEPUTIES.get(fid)
        s = support.get(fid)
        a = advocacy.get(fid)
        if s is not None and a is None:
            raise SystemExit(f"{fid}: in stalking_support_by_force.csv but not in stalking_advocacy_2026.csv")
        force = {
            "force_id": fid,
            "force_name": r["force_name"],
            "country": r["country"],
            "body_kind": r["body_kind"],
            "office_name": r["office_name"],
            "area_phrase": AREA_PHRASES.get(fid, area_name_of(fid, r["force_name"])),
            "holder": {
                "name": r["holder_name"] or None,
                "title": r["holder_title"] or None,
                "since": since_of(r["notes"]),
                "as_of": r["holder_as_of"] or None,
            },
            "deputy": {"name": deputy[0], "title": deputy[1]} if deputy else None,
            "address": tidy_address(fid, split_address(r["postal_address"])),
            "email": r["email"] or None,
            "phone": r["phone"] or None,
            "website": r["website"] or None,
            "contact_url": None,
            "notes": r["notes"] or None,
            "provenance": {
                "holder": provenance(r["holder_source"], r["holder_confidence"]),
                "address": provenance(r["address_source"], r["address_confidence"]),
                "email": provenance(r["email_source"], r["email_confidence"]),
                "phone": provenance(None, r["phone_confidence"]),
                "website": {"source": r["website"] or None, "confidence": "medium",
                            "verified_on": RESEARCH_DATE,
                            "note": "office website as listed in the research; not separately dated"},
            },
            "stalking_support": None if s is None else {
                "advocacy_status": a["advocacy_status"],
                "evidence_as_of": a["evidence_as_of"] or None,
                "letter_clause": CLAUSE_OVERRIDES.get(fid, a["letter_clause"]) or None,
                "confirm_question": QUESTION_OVERRIDES.get(fid, a["confirm_question"]) or None,
                "research_status": s["status"],
                "summary": s["summary"],
                "service_or_provider": s["service_or_provider"] or None,
                "funder": s["funder"] or None,
                "years": s["year"] or None,
                "sources": [u.strip() for u in s["source_urls"].split(" ; ") if u.strip()],
                "confidence": s["confidence"],
                "funding_seen_to_end": FUNDING_SEEN_TO_END.get(fid),
            },
        }
        forces.append(force)
    forces.sort(key=lambda f: f["force_id"])
    doc = {
        "schema_version": SCHEMA_VERSION,
        "data_version": data_version,
        "generated_from": "shared/reference/policing_bodies.csv, stalking_support_by_force.csv and stalking_advocacy_2026.csv (research compiled "
                          + RESEARCH_DATE + " from archived public pages; nothing checked live)",
        "forces": forces,
    }
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
