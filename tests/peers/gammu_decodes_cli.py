#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The smspdu authors
"""Encoder check by a peer: Gammu decodes and reassembles what `smspdu encode` sends.

For each text, `smspdu encode --json` builds the SMS-SUBMIT PDUs (split when long);
libGammu (python3-gammu) decodes every PDU (gammu.DecodePDU), links the parts
(gammu.LinkSMS) and decodes the message (gammu.DecodeSMS). The text Gammu gets back
must be the text given, and each part's concatenation element and class must be the
ones asked for.

Known Gammu quirk (tests/data/README.md): its decoder pads GSM 7-bit text holding
escapes with U+0000 up to TP-UDL; those are removed before comparing. Gammu knows no
national language tables, so texts needing them are not sent here.

Usage: gammu_decodes_cli.py PATH/TO/smspdu      (exit 0: all decoded as sent)
"""

import binascii
import json
import subprocess
import sys

import gammu

CYRILLIC = "\u0416"
GRIN = "\U0001F600"
FLAG = "\U0001F1E9\U0001F1EA"
FAMILY = "\U0001F468\u200D\U0001F469\u200D\U0001F467"

# (name, text, extra command-line options)
CASES = [
    ("short", "Hello", []),
    ("ascii 400", "0123456789" * 40, []),
    ("escape at the boundary", "a" * 152 + "{" + "b" * 10, []),
    ("306 septets of euro signs", "\u20ac" * 153, []),
    ("all extension characters", "^{}\\[~]|\u20ac\f" * 40, []),
    ("16-bit reference", "x" * 500, ["--16bit-ref", "--concat-ref", "54321"]),
    ("flash, long", "Alert! " * 40, ["--flash"]),
    ("UCS-2 Cyrillic", CYRILLIC * 150, []),
    ("emoji at unit 67", CYRILLIC * 66 + GRIN + CYRILLIC * 10, []),
    ("flags across the boundary", CYRILLIC * 66 + FLAG + FLAG, []),
    ("ZWJ families", CYRILLIC * 60 + FAMILY * 5, []),
    ("combining marks", "e\u0301" * 80, []),
    ("CJK", "\u6f22\u5b57\u304b\u306a\u30ab\u30ca" * 40, []),
    ("forced UCS-2", "x" * 200, ["--ucs2"]),
    ("one part only", "y" * 160, ["--max-segments", "1"]),
]


def decode_with_gammu(pdus):
    parts = [[gammu.DecodePDU(binascii.unhexlify(p["pdu"]))] for p in pdus]
    linked = gammu.LinkSMS(parts)
    if len(linked) != 1:
        raise AssertionError(f"Gammu linked the parts into {len(linked)} messages")
    message = gammu.DecodeSMS(linked[0])
    if message is None:  # a single part with no concatenation
        return parts, linked[0][0]["Text"]
    return parts, "".join(e["Buffer"] or "" for e in message["Entries"])


def check(cli, name, text, options):
    command = [cli, "encode", "--to", "+41791234567", "--json", "--text", text] + options
    if "--concat-ref" not in options:
        command += ["--concat-ref", "42"]
    run = subprocess.run(command, capture_output=True, text=True, check=True)
    out = json.loads(run.stdout)
    parts, decoded = decode_with_gammu(out["pdus"])
    decoded = decoded.replace("\x00", "")
    problems = []
    if decoded != text:
        problems.append(f"Gammu decodes {decoded!r}")
    if len(parts) != out["segments"]:
        problems.append(f"{len(parts)} PDUs for {out['segments']} segments")
    for number, (part,) in enumerate(parts, 1):
        udh = part["UDH"]
        if out["segments"] == 1:
            if udh["Type"] != "NoUDH":
                problems.append(f"single part with UDH {udh['Type']}")
            continue
        wanted_reference = int(options[options.index("--concat-ref") + 1]) if "--concat-ref" in options else 42
        reference = udh["ID16bit"] if "--16bit-ref" in options else udh["ID8bit"]
        if (udh["PartNumber"], udh["AllParts"], reference) != (number, out["segments"], wanted_reference):
            problems.append(f"part {number}: Gammu reads part {udh['PartNumber']}/{udh['AllParts']}, "
                            f"reference {reference}")
        if "--flash" in options and part["Class"] != 0:
            problems.append(f"part {number}: class {part['Class']}, not 0")
    status = "ok" if not problems else "FAILED: " + "; ".join(problems)
    print(f"{name}: {out['segments']} segment(s), {out['encoding']}: {status}")
    return not problems


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    results = [check(sys.argv[1], *case) for case in CASES]
    print(f"{sum(results)} of {len(results)} texts decoded by Gammu as sent")
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
