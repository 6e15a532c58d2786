#!/usr/bin/env python3
"""Refreshes the interface catalogues from the sources (run from the repository root).

English is the source language, so its catalogue holds only the messages with a count
(tr("%n letter(s)", nullptr, n)): lupdate -pluralonly collects them and this script fills
in the singular and the plural. "letter(s)" becomes "letter" / "letters"; a message that
needs more than that is listed in SPECIAL. Run it after adding or changing a %n message:
    python3 resources/translations/update_catalogues.py
"""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

TS = "resources/translations/pcc-campaigner_en.ts"
LUPDATE = "/usr/lib/qt6/bin/lupdate"

# source text -> (singular, plural), where removing "(s)" is not enough
SPECIAL = {
    "%n policing bodies · contact data version %1 · everything stays on this computer": (
        "%n policing body · contact data version %1 · everything stays on this computer",
        "%n policing bodies · contact data version %1 · everything stays on this computer"),
    "%n row(s) have problems:": ("%n row has problems:", "%n rows have problems:"),
}


def forms(source):
    if source in SPECIAL:
        return SPECIAL[source]
    if "(s)" not in source:
        sys.exit(f"no English plural rule for: {source!r} (add it to SPECIAL)")
    return re.sub(r"\(s\)", "", source), re.sub(r"\(s\)", "s", source)


def main():
    subprocess.run([LUPDATE, "-silent", "-pluralonly", "-locations", "none", "-no-obsolete",
                    "app", "-ts", TS], check=True)
    tree = ET.parse(TS)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source")
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = None
        for text in forms(source):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    with open(TS, "a", encoding="utf-8") as fh:
        fh.write("\n")


if __name__ == "__main__":
    main()
