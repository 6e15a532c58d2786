#!/usr/bin/env python3
"""Refreshes the interface catalogues from the sources (run from the repository root).

English (pcc-campaigner_en.ts) is the source language, so its catalogue holds only the
messages with a count (tr("%n letter(s)", nullptr, n)): lupdate -pluralonly collects them and
this script fills in the singular and the plural. "letter(s)" becomes "letter" / "letters"; a
message that needs more than that is listed in SPECIAL.

Welsh (pcc-campaigner_cy.ts) holds every message, filled in from welsh.py (a message with a
count gets Qt's five Welsh forms). --check fails when the catalogues are stale, when a message
has no Welsh (it would show in English inside a Welsh screen), when a count message lacks a
form, and when welsh.py holds a text the sources no longer have. A Welsh speaker should review
both catalogues (see the README).

    python3 resources/translations/update_catalogues.py            # rewrite the catalogues
    python3 resources/translations/update_catalogues.py --check    # fail if stale or unfinished
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from welsh import WELSH  # noqa: E402

FOLDER = "resources/translations"

# source text -> (singular, plural), where removing "(s)" is not enough
SPECIAL = {
    "%n policing bodies · contact data version %1 · everything stays on this computer": (
        "%n policing body · contact data version %1 · everything stays on this computer",
        "%n policing bodies · contact data version %1 · everything stays on this computer"),
    "%n row(s) have problems:": ("%n row has problems:", "%n rows have problems:"),
    "%n reply(ies) made a commitment to fund.": ("%n reply made a commitment to fund.", "%n replies made a commitment to fund."),
    "%n reply(ies) exported with them": ("%n reply exported with them", "%n replies exported with them"),
    "the %n document(s) that came with the replies are not in the file; they stay with the log": (
        "the %n document that came with the replies is not in the file; it stays with the log",
        "the %n documents that came with the replies are not in the file; they stay with the log"),
    "%n reply(ies) in the log are not in this file: only a full JSON export (--json, without --anonymous) carries replies": (
        "%n reply in the log is not in this file: only a full JSON export (--json, without --anonymous) carries replies",
        "%n replies in the log are not in this file: only a full JSON export (--json, without --anonymous) carries replies"),
    "%n reply(ies) could not join the letter as this log holds it:": (
        "%n reply could not join the letter as this log holds it:", "%n replies could not join the letter as this log holds it:"),
    "The %n reply(ies) recorded are not in this file. Only a JSON export of everything carries replies.": (
        "The %n reply recorded is not in this file. Only a JSON export of everything carries replies.",
        "The %n replies recorded are not in this file. Only a JSON export of everything carries replies."),
}


def forms(source):
    if source in SPECIAL:
        return SPECIAL[source]
    if "(s)" not in source:
        sys.exit(f"no English plural rule for: {source!r} (add it to SPECIAL)")
    return re.sub(r"\(s\)", "", source), re.sub(r"\(s\)", "s", source)


def write(tree, path):
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # newline="\n": the catalogues are LF on every system (a Windows checkout too).
    with open(path, "a", encoding="utf-8", newline="\n") as fh:
        fh.write("\n")


def english(lupdate, path):
    subprocess.run([lupdate, "-silent", "-pluralonly", "-locations", "none", "-no-obsolete",
                    "app", "-ts", path], check=True, stderr=subprocess.DEVNULL)
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = None
        for text in forms(message.findtext("source")):
            ET.SubElement(translation, "numerusform").text = text
    write(tree, path)


def welsh(lupdate, path):
    # Start from nothing each time: the catalogue is exactly the sources plus welsh.py.
    if os.path.exists(path):
        os.remove(path)
    subprocess.run([lupdate, "-silent", "-locations", "none", "-no-obsolete", "-target-language", "cy_GB",
                    "app", "-ts", path], check=True, stderr=subprocess.DEVNULL)
    tree = ET.parse(path)
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source not in WELSH:
            continue
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            if not isinstance(WELSH[source], list) or len(WELSH[source]) != len(forms):
                continue  # left unfinished: --check names it
            for form, text in zip(forms, WELSH[source]):
                form.text = text
        else:
            translation.text = WELSH[source]
        translation.attrib.pop("type", None)
    write(tree, path)


def problems(path):
    """Messages a Welsh screen would show in English, and welsh.py texts nothing uses."""
    found = []
    sources = set()
    for message in ET.parse(path).iter("message"):
        source = message.findtext("source")
        sources.add(source)
        translation = message.find("translation")
        forms = [translation.text] if message.get("numerus") != "yes" else [f.text for f in translation.findall("numerusform")]
        if translation.get("type") == "unfinished" or not all(f and f.strip() for f in forms):
            found.append(f"no Welsh for: {source!r}")
    found += [f"welsh.py has a text the sources no longer use: {s!r}" for s in WELSH if s not in sources]
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", default="/usr/lib/qt6/bin/lupdate")
    parser.add_argument("--check", action="store_true", help="fail if the catalogues in the tree are stale")
    args = parser.parse_args()
    names = ["pcc-campaigner_en.ts", "pcc-campaigner_cy.ts"]
    if not args.check:
        english(args.lupdate, os.path.join(FOLDER, names[0]))
        welsh(args.lupdate, os.path.join(FOLDER, names[1]))
        return
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            shutil.copy(os.path.join(FOLDER, name), tmp)
        english(args.lupdate, os.path.join(tmp, names[0]))
        welsh(args.lupdate, os.path.join(tmp, names[1]))
        stale = [n for n in names
                 if open(os.path.join(tmp, n), "rb").read() != open(os.path.join(FOLDER, n), "rb").read()]
        unfinished = problems(os.path.join(tmp, names[1]))
    if unfinished:
        sys.exit("the Welsh catalogue is not finished:\n  " + "\n  ".join(unfinished)
                 + "\nadd each to resources/translations/welsh.py (or remove it), then run update_catalogues.py")
    if stale:
        sys.exit("stale translation catalogues: " + ", ".join(stale)
                 + "\nrun: python3 resources/translations/update_catalogues.py, and commit the result")
    print("translation catalogues are up to date and the Welsh one is finished")


if __name__ == "__main__":
    main()
