#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The smspdu authors
"""Writes gammu-user-data.jsonl: user data encoded by Gammu (an independent
implementation, Debian's python3-gammu 3.2 over libGammu 1.42), for smspdu's
text codec tests. Not part of the build; the output is committed.

For each text, Gammu builds an SMS-SUBMIT (GSM 7-bit or UCS-2, with or without
a user data header); this script cuts TP-UDL and TP-UD out of the PDU. Each
record is kept only if Gammu decodes its own PDU back to the same text, which
rules out Gammu's silent transliteration of characters outside the alphabet.

Run: /usr/bin/python3 tests/data/peers/generate_gammu_vectors.py > tests/data/peers/gammu-user-data.jsonl
"""
import json
import sys

import gammu

SOURCE = "python3-gammu 3.2 / libGammu 1.42 EncodeSMS+EncodePDU, run here"

DEFAULT_TABLE = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ" "ÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
EXTENSION = "\f^{}\\[~]|€"

GSM_TEXTS = [
    ("hellohello", "hellohello"),
    ("default-table", DEFAULT_TABLE),
    ("extension-table", EXTENSION),
    ("greek", "ΔΦΓΛΩΠΨΣΘΞ"),
    ("at-8", "abcdefg@"),
    ("at-7", "abcdef@"),
    ("at-only", "@@@@@@@@@"),
    ("cr-8", "1234567\r"),
    ("euro-sentence", "Price: 10€ {approx} [est.] ~5% off | A\\B ^_^"),
    ("latin", "Ça va? Ñandù über Größe, Øre på Ålesund: ÆØÅ æøå ¿¡ §5 ¤ ì ò é è"),
    ("full-160", "0123456789" * 16),
    ("full-153", "abcdefghi\n" * 15 + "xyz"),
    ("ext-at-153", "a" * 152 + "{"),
    ("newlines", "line1\nline2\r\nline3"),
    ("empty", ""),
]

UCS2_TEXTS = [
    ("cjk", "你好，世界"),
    ("cyrillic", "Привет, мир!"),
    ("emoji", "Hi 😀 there"),
    ("emoji-skin-tone", "👍🏽👋🏿"),
    ("flag-and-zwj", "🇩🇪 👨‍👩‍👧"),
    ("mixed", "Grüße 👋 from Zürich — ½ price"),
    ("supplementary-cjk", "𠀀𠀁 𪚥"),
    ("max-70-bmp", "П" * 70),
    ("emoji-35", "😀" * 35),
    ("combining", "e\u0301 a\u0308 n\u0303"),
]

# User data headers of 1..7 octets (UDHL included) give every fill-bit value 6..0
# (TS 23.040 §9.2.3.24). Their IEs do not change how the text is decoded.
UDHS = [
    ("udh-len1-fill6", b"\x00"),
    ("udh-len3-fill4", b"\x02\x7f\x00"),
    ("udh-len4-fill3", b"\x03\x7f\x01\xaa"),
    ("udh-len5-fill2", b"\x04\x04\x02\x10\x20"),
    ("udh-len6-fill1", b"\x05\x00\x03\x2a\x02\x01"),
    ("udh-len7-fill0", b"\x06\x08\x04\x12\x34\x02\x01"),
]
# Fill 5 is missing on purpose: for a 9- or 16-octet UDH, libGammu 1.42 sets TP-UDL
# one septet short and packs the text with no fill bits (a Gammu bug; its own
# decoder then shows garbage). Fill 5 is covered by osmocore-septets.tsv.


def encode(text, unicode, udh):
    message = gammu.EncodeSMS({"Class": -1, "Unicode": unicode,
                               "Entries": [{"ID": "Text", "Buffer": text}]})[0]
    message["Number"] = "+123456"
    message["SMSC"] = {"Location": 0, "Number": "+123", "Format": "Text", "Validity": "Max"}
    if udh is not None:
        message["UDH"] = {"Type": "UserUDH", "Text": udh}
    pdu = gammu.EncodePDU(message)
    decoded = gammu.DecodePDU(pdu)
    return pdu, decoded


def user_data(pdu, unicode):
    # Gammu's SUBMIT: SMSC, FO, MR, DA, PID, DCS, VP (relative), UDL, UD.
    position = 1 + pdu[0]              # skip the SMSC address
    first_octet = pdu[position]
    position += 2                      # FO, MR
    digits = pdu[position]
    position += 2 + (digits + 1) // 2  # DA length, TOA, semi-octets
    position += 2                      # PID, DCS
    if (first_octet >> 3) & 3 == 2:
        position += 1                  # relative TP-VP
    udl = pdu[position]
    return udl, pdu[position + 1:]


def main():
    out = sys.stdout
    cases = [(name, text, False) for name, text in GSM_TEXTS]
    cases += [(name, text, True) for name, text in UCS2_TEXTS]
    for name, text, unicode in cases:
        for udh_name, udh in [("no-udh", None)] + UDHS:
            if unicode and udh_name not in ("no-udh", "udh-len6-fill1"):
                continue
            try:
                pdu, decoded = encode(text, unicode, udh)
            except gammu.GSMError as e:
                print(f"skip {name}/{udh_name}: {e}", file=sys.stderr)
                continue
            # Gammu's decoder pads text with U+0000 up to TP-UDL when escapes
            # are present; the PDU itself is right, so compare without them.
            if decoded["Text"].rstrip("\x00") != text:
                print(f"skip {name}/{udh_name}: gammu decodes {decoded['Text']!r}", file=sys.stderr)
                continue
            udl, ud = user_data(pdu, unicode)
            record = {
                "id": f"gammu-{'ucs2' if unicode else 'gsm7'}-{name}-{udh_name}",
                "source": SOURCE,
                "alphabet": "ucs2" if unicode else "gsm7",
                "udh": (udh or b"").hex().upper(),
                "udl": udl,
                "text": text,
                "ud": ud.hex().upper(),
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
