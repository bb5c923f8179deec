#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The smspdu authors
"""Writes gammu-pdus.jsonl: whole SMS-SUBMIT and SMS-DELIVER PDUs (SMSC address
first) encoded by Gammu, an independent implementation (Debian's python3-gammu
3.2 over libGammu 1.42), for smspdu's PDU decoder tests. Not part of the build;
the output is committed.

Each case states what Gammu is asked to encode (numbers, SMSC, text or data,
class, PID replace type, reply path, status report request, reject duplicates,
message reference, validity, timestamp, concatenation). `expect` is derived
from that request, never from the PDU. A record is written only when

  * the PDU, read field by field by `read_pdu` below (TS 23.040 layouts), holds
    exactly the requested fields: same values, consistent lengths, zero fill
    and padding bits, no trailing octets; and
  * Gammu's own decoder (gammu.DecodePDU) agrees on number, SMSC, coding,
    class, text or data, UDH, reference, replace type, validity and timestamp.

Everything else is dropped and counted on stderr with the reason; some cases
below are there only to show Gammu's known faults (transliteration, its
decoder reading YY 90-99 as 2080-2089, the time zone it never encodes, the
'~' of its UCS-2 encoder, weekly validity in python-gammu, 'NA' validity,
'*' and '#' in numbers, alphanumeric lengths, GSM 7-bit packing after a user
data header of 8 or more octets).

How python-gammu is driven: a status report request is message Type
'Status_Report' with the Submit layout; reject duplicates is
'RejectDuplicates' (on a DELIVER Gammu sets the same bit 2, TP-MMS); Gammu
always writes a relative TP-VP in a SUBMIT; a number without '+' gets TON
unknown (0x81), so TON national cannot be produced; an empty SMSC number
gives the TOA-only address 01 81, never 00.

Gammu picks concatenation references from the wall clock
(GSM_MakeSMSIDFromTime; the hour becomes the high octet of a 16-bit
reference). To keep the output reproducible this script overwrites those
reference octets in each part's UDH with fixed values before EncodePDU; the
rest of the UDH, the split and the PDU are Gammu's. All texts, numbers and
timestamps are fixed.

Run: /usr/bin/python3 tests/data/pdus/generate_gammu_pdus.py > tests/data/pdus/gammu-pdus.jsonl
"""
import collections
import datetime
import json
import sys

import gammu

SOURCE = "python3-gammu 3.2 / libGammu 1.42 EncodeSMS+EncodePDU, run here"

# TS 23.038 default alphabet (0x1B is the escape) and extension table.
DEFAULT = ("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
           "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
EXTENSION = {0x0A: "\f", 0x14: "^", 0x28: "{", 0x29: "}", 0x2F: "\\", 0x3C: "[",
             0x3D: "~", 0x3E: "]", 0x40: "|", 0x65: "€"}
EXT_CHARS = set(EXTENSION.values())
assert len(DEFAULT) == 128


class Mismatch(Exception):
    """The PDU does not encode what was asked for."""


# ---------------------------------------------------------------- requests --

def septet_count(text):
    """Septets the text needs in the default alphabet, or None if it cannot."""
    n = 0
    for ch in text:
        if ch in EXT_CHARS:
            n += 2
        elif ch in DEFAULT and ch != "\x1b":
            n += 1
        else:
            return None
    return n


def address(number):
    """Expected TP/RP address for a number as given to Gammu."""
    if number.startswith("+"):
        return {"number": number[1:], "ton": 1, "npi": 1}
    return {"number": number, "ton": 0, "npi": 1}


def vp_minutes(raw):
    if raw <= 143:
        return (raw + 1) * 5
    if raw <= 167:
        return 720 + (raw - 143) * 30
    if raw <= 196:
        return (raw - 166) * 1440
    return (raw - 192) * 10080


def vp_raw_for_minutes(minutes):
    """TS 23.040 9.2.3.12.1 relative value for an exactly representable period."""
    for raw in range(256):
        if vp_minutes(raw) == minutes:
            return raw
    raise ValueError(minutes)


def validity_request(validity):
    """(vpf, raw) meant by a python-gammu validity string."""
    if validity == "NA":
        return 0, None
    if validity == "Max":
        return 2, 255
    unit = validity[-1] if validity[-1].isalpha() else "M"
    value = int(validity.rstrip("MHDW"))
    minutes = value * {"M": 1, "H": 60, "D": 1440, "W": 10080}[unit]
    return 2, vp_raw_for_minutes(minutes)


def expected_dcs(alphabet, klass):
    # Gammu's choice among the valid codings: 00xx group without a class, and
    # group 1111 for GSM 7-bit/8-bit with a class (UCS-2 keeps group 0001).
    base = {"gsm7": 0x00, "8bit": 0x04, "ucs2": 0x08}[alphabet]
    if klass is None:
        return base
    if alphabet == "ucs2":
        return 0x18 | klass
    return 0xF0 | base | klass


def scts_expect(when):
    yy = when.year % 100
    offset = when.utcoffset()
    return {"yy": yy, "year": when.year, "month": when.month, "day": when.day,
            "hour": when.hour, "minute": when.minute, "second": when.second,
            "tz_minutes": 0 if offset is None else int(offset.total_seconds()) // 60}


# ------------------------------------------------------------- PDU reader --

def _bcd_digits(octets, count):
    nibbles = []
    for octet in octets:
        nibbles += [octet & 0x0F, octet >> 4]
    for fill in nibbles[count:]:
        if fill != 0x0F:
            raise Mismatch("address fill nibble is not F")
    digits = nibbles[:count]
    if any(d > 9 for d in digits):
        raise Mismatch("non-decimal semi-octet in address")
    return "".join(str(d) for d in digits)


def _read_address(pdu, pos, rp_layer):
    length = pdu[pos]
    if rp_layer:                      # SMSC: length in octets, TOA included
        if length == 0:
            return None, pos + 1
        octets, digits = length - 1, None
    else:                             # TP address: length in semi-octets
        octets, digits = (length + 1) // 2, length
    toa = pdu[pos + 1]
    value = pdu[pos + 2:pos + 2 + octets]
    if len(value) != octets or toa & 0x80 == 0 or (toa >> 4) & 7 == 5:
        raise Mismatch("bad address field")
    if digits is None:
        digits = 2 * octets - (1 if octets and value[-1] >> 4 == 0x0F else 0)
    number = _bcd_digits(value, digits)
    return {"number": number, "ton": (toa >> 4) & 7, "npi": toa & 0x0F}, pos + 2 + octets


def _bcd_octet(octet):
    low, high = octet & 0x0F, octet >> 4
    if low > 9 or high > 9:
        raise Mismatch("bad BCD in timestamp")
    return low * 10 + high


def read_pdu(pdu, kind):
    """Reads an SMSC address + SUBMIT or DELIVER into the `expect` vocabulary."""
    out = {}
    out["smsc"], pos = _read_address(pdu, 0, True)
    first = pdu[pos]
    pos += 1
    out["rp"] = bool(first & 0x80)
    out["udhi"] = bool(first & 0x40)
    if kind == "submit":
        if first & 0x03 != 1:
            raise Mismatch("TP-MTI is not SMS-SUBMIT")
        out["type"] = "submit"
        out["srr"] = bool(first & 0x20)
        out["rd"] = bool(first & 0x04)
        out["vpf"] = (first >> 3) & 3
        out["mr"] = pdu[pos]
        pos += 1
        out["da"], pos = _read_address(pdu, pos, False)
    else:
        if first & 0x03 != 0 or first & 0x18:
            raise Mismatch("not an SMS-DELIVER first octet")
        out["type"] = "deliver"
        out["sri"] = bool(first & 0x20)
        out["mms"] = bool(first & 0x04)
        out["oa"], pos = _read_address(pdu, pos, False)
    out["pid"], dcs = pdu[pos], pdu[pos + 1]
    out["dcs"] = dcs
    pos += 2
    if kind == "deliver":
        ts = pdu[pos:pos + 7]
        if len(ts) != 7:
            raise Mismatch("short SCTS")
        yy, tz = _bcd_octet(ts[0]), ts[6]
        if tz >> 4 > 9:
            raise Mismatch("bad BCD in time zone")
        quarters = (tz & 0x07) * 10 + (tz >> 4)
        out["scts"] = {"yy": yy, "year": (1900 if yy >= 90 else 2000) + yy,
                       "month": _bcd_octet(ts[1]), "day": _bcd_octet(ts[2]),
                       "hour": _bcd_octet(ts[3]), "minute": _bcd_octet(ts[4]),
                       "second": _bcd_octet(ts[5]),
                       "tz_minutes": (-15 if tz & 0x08 else 15) * quarters}
        pos += 7
    elif out["vpf"] == 2:
        raw = pdu[pos]
        out["vp"] = {"format": "relative", "raw": raw, "minutes": vp_minutes(raw)}
        pos += 1
    elif out["vpf"] != 0:
        raise Mismatch("7-octet validity period not expected from Gammu")
    group = dcs >> 4
    if group <= 3 and dcs & 0x20 == 0 and (dcs >> 2) & 3 != 3:
        alphabet = (dcs >> 2) & 3
        out["class"] = dcs & 3 if dcs & 0x10 else None
    elif group == 0x0F and dcs & 0x08 == 0:
        alphabet = 1 if dcs & 0x04 else 0
        out["class"] = dcs & 3
    else:
        raise Mismatch("DCS outside the groups Gammu uses")
    out["alphabet"] = ("gsm7", "8bit", "ucs2")[alphabet]
    udl = out["udl"] = pdu[pos]
    ud = pdu[pos + 1:]
    if len(ud) != ((udl * 7 + 7) // 8 if alphabet == 0 else udl):
        raise Mismatch(f"TP-UD has {len(ud)} octets for TP-UDL {udl}")
    header = 0
    if out["udhi"]:
        header = ud[0] + 1
        if header > len(ud):
            raise Mismatch("UDHL beyond TP-UD")
        out["udh"], i = [], 1
        while i < header:
            if i + 2 > header or i + 2 + ud[i + 1] > header:
                raise Mismatch("IE beyond UDHL")
            data = ud[i + 2:i + 2 + ud[i + 1]]
            out["udh"].append({"iei": ud[i], "data": data.hex().upper()})
            if ud[i] == 0x00 and len(data) == 3:
                out["concat"] = {"ref": data[0], "total": data[1], "seq": data[2], "ref_bits": 8}
            if ud[i] == 0x08 and len(data) == 4:
                out["concat"] = {"ref": data[0] << 8 | data[1], "total": data[2],
                                 "seq": data[3], "ref_bits": 16}
            i += 2 + ud[i + 1]
    if alphabet == 0:
        skip = (header * 8 + 6) // 7          # UDH septets, fill bits included
        if skip > udl:
            raise Mismatch("UDH longer than TP-UDL")
        value = int.from_bytes(ud, "little")  # septets run LSB first
        if header and (value >> header * 8) & ((1 << (skip * 7 - header * 8)) - 1):
            raise Mismatch("fill bits after the UDH are not zero")
        if value >> udl * 7:
            raise Mismatch("padding bits after the last septet are not zero")
        text, escape = "", False
        for k in range(skip, udl):
            septet = (value >> 7 * k) & 0x7F
            if escape:
                if septet not in EXTENSION:
                    raise Mismatch("unknown escape")
                text += EXTENSION[septet]
                escape = False
            elif septet == 0x1B:
                escape = True
            else:
                text += DEFAULT[septet]
        if escape:
            raise Mismatch("escape without a following septet")
        out["text"] = text
    elif alphabet == 2:
        payload = ud[header:]
        try:
            out["text"] = payload.decode("utf-16-be")
        except UnicodeDecodeError as error:
            raise Mismatch("UCS-2 payload is not well-formed UTF-16") from error
    else:
        out["data_hex"] = ud[header:].hex().upper()
    return out


# ----------------------------------------------------------------- cases --

SMSCS = ["+491710760000", "+33609001390", "+4917", "+12345678901234567890",
         "0170111000", "123", ""]
NUMBERS = ["+491701234567", "+4915112345678", "+1", "+12", "+12345678901234567890",
           "+1234567890123456789", "01701234567", "0301234567", "112", "4711", "7",
           "33333", "12345678901234567890", "+447700900123", "5551234"]
STAMPS = [datetime.datetime(2000, 1, 1, 0, 0, 0),
          datetime.datetime(2009, 9, 9, 9, 9, 9),
          datetime.datetime(2013, 3, 8, 15, 2, 16),
          datetime.datetime(2024, 2, 29, 23, 59, 59),
          datetime.datetime(2031, 12, 31, 12, 34, 56),
          datetime.datetime(2045, 7, 4, 4, 5, 6),
          datetime.datetime(2069, 10, 20, 20, 10, 30),
          datetime.datetime(2089, 12, 31, 23, 59, 59),
          datetime.datetime(2010, 10, 10, 10, 10, 10),
          datetime.datetime(2025, 6, 15, 18, 30, 45)]
GSM_TEXTS = [
    "Hello",
    "Hello world!",
    "@",
    "@@@",
    "abcdefg@",
    "1234567",
    "12345678",
    "The quick brown fox jumps over the lazy dog",
    "{[~]}|^\\€\f",
    "Price: 10€ {approx} [est.] ~5% off | A\\B ^_^",
    "@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà",
    "0123456789" * 16,
    "€" * 80,
    "",
    "line1\nline2\r\nline3",
    "ΔΦΓΛΩΠΨΣΘΞ",
    "Ça va? Ñandù über Größe, Øre på Ålesund",
    "a" * 159 + "@",
]
UCS2_TEXTS = [
    "Привет, мир!",
    "你好，世界",
    "Hi 😀 there",
    "👍🏽👋🏿",
    "🇩🇪 👨‍👩‍👧",
    "Grüße 👋 from Zürich — ½ price",
    "П" * 70,
    "😀" * 35,
    "e\u0301 a\u0308 n\u0303",
    "Ελληνικά γράμματα",
    "abc",
    "",
]
DATA = [b"", b"\x00", bytes(range(16)), b"\xff\xfe\xfd", bytes(range(140)),
        b"Hello world!", bytes.fromhex("DEADBEEF"), bytes(range(0x80, 0x80 + 64))]


def case(kind, **fields):
    base = {"kind": kind, "smsc": "+491710760000", "number": "+491701234567",
            "alphabet": "gsm7", "text": "Hello", "data": None, "klass": None,
            "replace": 0, "rp": False, "srr": False, "rd": False, "mr": 0,
            "validity": "Max", "when": STAMPS[2], "concat": None, "refs": None,
            "udh": None, "note": ""}
    for key in fields:
        if key not in base:
            raise KeyError(key)
    base.update(fields)
    return base


def build_cases():
    cases = []
    add = cases.append

    # Numbers and SMSC addresses: international, national, short; odd and even
    # digit counts; up to 20 digits; empty SMSC number.
    for i, number in enumerate(NUMBERS):
        smsc = SMSCS[i % len(SMSCS)]
        add(case("submit", number=number, smsc=smsc, text=GSM_TEXTS[i % 8], mr=i,
                 note=f"SUBMIT to {len(number.lstrip('+'))}-digit number, SMSC {smsc or 'empty'}"))
        add(case("deliver", number=number, smsc=SMSCS[(i + 3) % len(SMSCS)],
                 text=GSM_TEXTS[(i + 4) % 8], when=STAMPS[i % len(STAMPS)],
                 note=f"DELIVER from {len(number.lstrip('+'))}-digit number"))

    # Texts in each alphabet.
    for i, text in enumerate(GSM_TEXTS):
        add(case("submit", text=text, smsc=SMSCS[i % 3], number=NUMBERS[i % 6], mr=100 + i,
                 note="GSM 7-bit text"))
        if i % 2 == 0:
            add(case("deliver", text=text, smsc=SMSCS[i % 3], number=NUMBERS[(i + 2) % 12],
                     when=STAMPS[(i + 1) % len(STAMPS)], note="GSM 7-bit text"))
    for i, text in enumerate(UCS2_TEXTS):
        add(case("submit", alphabet="ucs2", text=text, number=NUMBERS[(i + 1) % 12],
                 smsc=SMSCS[i % len(SMSCS)], mr=150 + i, note="UCS-2 text"))
        add(case("deliver", alphabet="ucs2", text=text, number=NUMBERS[(i + 5) % 12],
                 when=STAMPS[(i + 3) % len(STAMPS)], note="UCS-2 text"))
    for i, data in enumerate(DATA):
        add(case("submit", alphabet="8bit", data=data, text=None, mr=200 + i,
                 smsc=SMSCS[(i + 2) % len(SMSCS)], number=NUMBERS[(i + 7) % 12],
                 note="8-bit data"))
        add(case("deliver", alphabet="8bit", data=data, text=None,
                 smsc=SMSCS[(i + 4) % len(SMSCS)], number=NUMBERS[(i + 9) % 12], when=STAMPS[(i + 5) % len(STAMPS)],
                 note="8-bit data"))

    # Message classes (class 0 = flash) in every alphabet.
    for alphabet, text, data in (("gsm7", "Flash {msg}", None), ("ucs2", "Флэш 😀", None),
                                 ("8bit", None, b"\x01\x02\x03")):
        for klass in range(4):
            add(case("submit", alphabet=alphabet, text=text, data=data, klass=klass,
                     mr=10 + klass, note=f"class {klass}" + (" (flash)" if klass == 0 else "")))
            add(case("deliver", alphabet=alphabet, text=text, data=data, klass=klass,
                     when=STAMPS[klass], note=f"class {klass}" + (" (flash)" if klass == 0 else "")))

    # Replace short message types 1..7 (TP-PID 0x41..0x47).
    for replace in range(1, 8):
        add(case("submit", replace=replace, text=f"Replace type {replace}", mr=replace,
                 alphabet="ucs2" if replace == 7 else "gsm7",
                 note=f"TP-PID 0x{0x40 + replace:02X} replace type {replace}"))
        add(case("deliver", replace=replace, text=f"Replace type {replace}",
                 when=STAMPS[replace], note=f"TP-PID 0x{0x40 + replace:02X} replace type {replace}"))

    # First-octet flags and message references.
    flag_sets = [dict(rp=True), dict(srr=True), dict(rd=True), dict(rp=True, srr=True),
                 dict(srr=True, rd=True), dict(rp=True, srr=True, rd=True)]
    for i, flags in enumerate(flag_sets):
        names = "+".join(k.upper() for k in flags)
        add(case("submit", mr=60 + i, text=f"flags {names}", note=f"SUBMIT with {names}",
                 **flags))
    for mr in (0, 1, 127, 128, 254, 255):
        add(case("submit", mr=mr, text=f"MR {mr}", note=f"TP-MR {mr}"))
    add(case("deliver", rp=True, text="reply path", note="DELIVER with TP-RP"))
    add(case("deliver", rd=True, text="no more messages",
             note="DELIVER with TP-MMS=1 (Gammu sets bit 2 from its RejectDuplicates flag)"))
    add(case("deliver", rp=True, rd=True, alphabet="ucs2", text="RP+MMS ✓",
             note="DELIVER with TP-RP and TP-MMS=1"))

    # Relative validity periods (python-gammu strings).
    for validity in ("Max", "5M", "60M", "90M", "12H", "13H", "24H", "1D", "2D", "7D",
                     "30D", "1W", "4W", "1440M", "10080M", "5W", "35D", "63W", "50400M",
                     "NA"):
        add(case("submit", validity=validity, text=f"VP {validity}",
                 note=f"relative validity requested as '{validity}'"))

    # Concatenated messages: Gammu splits; one record per part.
    long_gsm = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 6)[:300]
    ext_edge = "a" * 152 + "{" + "b" * 10          # escape pair at the 153-septet edge
    ext_edge16 = "a" * 151 + "€" + "c" * 20        # escape pair at the 152-septet edge
    at_edge = "x" * 152 + "@" + "y" * 10            # '@' is the 153rd septet
    emoji_edge = "a" * 66 + "😀" + "z" * 10        # surrogate pair at the 67-unit edge
    emoji_edge16 = "b" * 65 + "😀" + "z" * 10      # surrogate pair at the 66-unit edge
    cjk = "漢字かなカナ" * 30
    concat_cases = [
        ("8", False, "0123456789" * 16 + "X", "161 septets: 2 parts"),
        ("8", False, long_gsm, "300 septets: 2 parts"),
        ("8", False, "a" * 306, "exactly 2 full parts of 153"),
        ("8", False, ext_edge, "escape pair at the part boundary"),
        ("8", False, at_edge, "'@' at the part boundary"),
        ("8", False, "ABC€" * 100, "500 septets with escapes: 4 parts"),
        ("16", False, "0123456789" * 16 + "X", "161 septets: 2 parts"),
        ("16", False, ext_edge16, "escape pair at the part boundary"),
        ("16", False, long_gsm, "300 septets: 2 parts"),
        ("8", True, "П" * 71, "71 UCS-2 chars: 2 parts"),
        ("8", True, emoji_edge, "surrogate pair at the part boundary"),
        ("8", True, cjk, "180 CJK chars: 3 parts"),
        ("16", True, "Ж" * 140, "140 UCS-2 chars: 3 parts"),
        ("16", True, emoji_edge16, "surrogate pair at the part boundary"),
        ("16", True, "😀" * 40, "40 emoji: 2 parts"),
        ("8", False, "fits in one", "short text: one part, no UDH"),
        ("16", True, "один", "short text: one part, no UDH"),
    ]
    refs8 = [0x00, 0x01, 0x7F, 0x80, 0xFF, 0x2A, 0xC3]
    refs16 = [0x0000, 0x0001, 0x00FF, 0x0100, 0x1234, 0xABCD, 0xFFFF]
    for i, (bits, unicode, text, what) in enumerate(concat_cases):
        ref = refs8[i % len(refs8)] if bits == "8" else refs16[i % len(refs16)]
        for kind in ("submit", "deliver"):
            if kind == "deliver" and i % 3 == 2:
                continue
            add(case(kind, alphabet="ucs2" if unicode else "gsm7", text=text, concat=bits,
                     refs=ref, mr=30 + i, when=STAMPS[i % len(STAMPS)],
                     klass=0 if i == 4 else None, replace=1 if i == 5 else 0,
                     note=f"ConcatenatedTextLong{'16bit' if bits == '16' else ''}, "
                          f"{'UCS-2' if unicode else 'GSM 7-bit'}, {what}"))
    # 8-bit concatenation: EncodeSMS has no 8-bit text split, so the UDH is this
    # script's (Gammu's ConcatenatedMessages layouts) and Gammu encodes each part.
    for bits, ref, data in (("8", 0x5A, bytes(range(256))[:200]),
                            ("16", 0xBEEF, bytes(range(255, -1, -1)) + b"\x00" * 20)):
        add(case("submit", alphabet="8bit", data=data, text=None, concat=bits, refs=ref,
                 note=f"8-bit data in {bits}-bit-reference concatenation (UDH set by the script)"))
        add(case("deliver", alphabet="8bit", data=data, text=None, concat=bits, refs=ref,
                 when=STAMPS[6],
                 note=f"8-bit data in {bits}-bit-reference concatenation (UDH set by the script)"))

    # Probes of known Gammu faults: expected to be dropped.
    plus5 = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
    minus3 = datetime.timezone(datetime.timedelta(hours=-3))
    add(case("deliver", when=datetime.datetime(2024, 12, 5, 6, 7, 8, tzinfo=plus5),
             note="probe: time zone +05:30"))
    add(case("deliver", when=datetime.datetime(2024, 12, 5, 6, 7, 8, tzinfo=minus3),
             note="probe: time zone -03:00"))
    add(case("deliver", when=datetime.datetime(1995, 5, 6, 7, 8, 9), note="probe: year 1995"))
    add(case("deliver", when=datetime.datetime(2095, 5, 6, 7, 8, 9), note="probe: year 2095"))
    add(case("submit", text="Ćao, ćevapčići", note="probe: characters outside GSM 7-bit"))
    add(case("submit", alphabet="ucs2", text="a~b", note="probe: '~' in UCS-2"))
    add(case("submit", alphabet="ucs2", text="a~~b", note="probe: '~~' in UCS-2"))
    add(case("submit", number="*100#", note="probe: '*' and '#' in a number"))
    add(case("submit", number="Test", note="probe: alphanumeric number"))
    add(case("submit", number="00491701234567", note="probe: '00' international prefix"))
    for length in (8, 9, 16):
        udh = bytes([length - 1, 0x7F, length - 3]) + bytes(range(1, length - 2))
        add(case("submit", text="abcdefgh", udh=udh,
                 note=f"probe: GSM 7-bit after a {length}-octet user UDH"))
    return cases


# --------------------------------------------------------------- encoding --

def gammu_parts(c):
    """Message dicts for Gammu, one per part, and the part texts/data asked for."""
    unicode = c["alphabet"] == "ucs2"
    if c["alphabet"] == "8bit":
        data = c["data"]
        if c["concat"] is None:
            chunks, udhs = [data], [None]
        else:
            size = 134 if c["concat"] == "8" else 133
            chunks = [data[k:k + size] for k in range(0, len(data), size)]
            total = len(chunks)
            if c["concat"] == "8":
                udhs = [bytes([5, 0, 3, c["refs"], total, k + 1]) for k in range(total)]
            else:
                udhs = [bytes([6, 8, 4, c["refs"] >> 8, c["refs"] & 0xFF, total, k + 1])
                        for k in range(total)]
        messages = []
        for chunk, udh in zip(chunks, udhs):
            message = gammu.EncodeSMS({"Class": -1, "Unicode": False,
                                       "Entries": [{"ID": "Text", "Buffer": "x"}]})[0]
            message["Coding"] = "8bit"
            message["Text"] = chunk
            if udh is not None:
                message["UDH"] = {"Type": "ConcatenatedMessages" if udh[1] == 0
                                  else "ConcatenatedMessages16bit", "Text": udh}
            messages.append(message)
        return messages, chunks
    entry = {"Text": "Text", "8": "ConcatenatedTextLong", "16": "ConcatenatedTextLong16bit"}
    messages = gammu.EncodeSMS({"Class": -1, "Unicode": unicode, "Entries": [
        {"ID": entry[c["concat"] or "Text"], "Buffer": c["text"]}]})
    pieces = [m["Text"] for m in messages]
    for message in messages:
        udh = bytearray(message["UDH"]["Text"])
        if udh[1:3] == b"\x00\x03":
            udh[3] = c["refs"]
        elif udh[1:3] == b"\x08\x04":
            udh[3:5] = bytes([c["refs"] >> 8, c["refs"] & 0xFF])
        elif udh:
            raise AssertionError("unexpected UDH from EncodeSMS")
        message["UDH"]["Text"] = bytes(udh)
    if c["udh"] is not None:
        messages[0]["UDH"] = {"Type": "UserUDH", "Text": c["udh"]}
    return messages, pieces


def encode(c, message):
    message["Number"] = c["number"]
    message["SMSC"] = {"Location": 0, "Number": c["smsc"], "Format": "Text",
                       "Validity": c["validity"]}
    message["Class"] = -1 if c["klass"] is None else c["klass"]
    message["ReplaceMessage"] = c["replace"]
    message["ReplyViaSameSMSC"] = int(c["rp"])
    message["RejectDuplicates"] = int(c["rd"])
    message["MessageReference"] = c["mr"]
    if c["kind"] == "submit":
        message["Type"] = "Status_Report" if c["srr"] else "Submit"
        return gammu.EncodePDU(message, "Submit")
    message["Type"] = "Deliver"
    message["DateTime"] = c["when"]
    message["SMSCDateTime"] = c["when"]
    return gammu.EncodePDU(message, "Deliver")


def expect_for(c, piece, udh):
    kind = c["kind"]
    e = {"type": kind, "smsc": address(c["smsc"])}
    if kind == "submit":
        e["da"] = address(c["number"])
        e["mr"] = c["mr"]
    else:
        e["oa"] = address(c["number"])
    e["pid"] = 0x40 + c["replace"] if c["replace"] else 0
    e["dcs"] = expected_dcs(c["alphabet"], c["klass"])
    header = len(udh) if udh else 0
    if c["alphabet"] == "gsm7":
        count = septet_count(piece)
        if count is None:
            raise Mismatch("text has characters outside the GSM 7-bit alphabet")
        e["udl"] = (header * 8 + 6) // 7 + count
    elif c["alphabet"] == "ucs2":
        e["udl"] = header + len(piece.encode("utf-16-be"))
    else:
        e["udl"] = header + len(piece)
    e["class"] = c["klass"]
    e["alphabet"] = c["alphabet"]
    e["rp"] = c["rp"]
    e["udhi"] = bool(udh)
    if kind == "submit":
        e["srr"] = c["srr"]
        e["rd"] = c["rd"]
        vpf, raw = validity_request(c["validity"])
        e["vpf"] = vpf
        if vpf == 2:
            e["vp"] = {"format": "relative", "raw": raw, "minutes": vp_minutes(raw)}
    else:
        e["sri"] = False
        e["mms"] = c["rd"]
        e["scts"] = scts_expect(c["when"])
    if udh:
        ies, i = [], 1
        while i < len(udh):
            ies.append({"iei": udh[i], "data": udh[i + 2:i + 2 + udh[i + 1]].hex().upper()})
            i += 2 + udh[i + 1]
        e["udh"] = ies
        if udh[1] == 0x00:
            e["concat"] = {"ref": udh[3], "total": udh[4], "seq": udh[5], "ref_bits": 8}
        elif udh[1] == 0x08:
            e["concat"] = {"ref": udh[3] << 8 | udh[4], "total": udh[5], "seq": udh[6],
                           "ref_bits": 16}
    if c["alphabet"] == "8bit":
        e["data_hex"] = piece.hex().upper()
    else:
        e["text"] = piece
    return e


GAMMU_CODING = {"gsm7": "Default_No_Compression", "ucs2": "Unicode_No_Compression",
                "8bit": "8bit"}


def check_gammu_decode(c, pdu, piece, udh, expect):
    """Gammu's own decoder must agree with the request."""
    d = gammu.DecodePDU(pdu, True)
    problems = []
    if d["Type"] != {"submit": "Submit", "deliver": "Deliver"}[c["kind"]]:
        problems.append(f"type {d['Type']}")
    if d["Number"] != c["number"]:
        problems.append(f"number {d['Number']!r}")
    if d["SMSC"]["Number"] != c["smsc"]:
        problems.append(f"SMSC {d['SMSC']['Number']!r}")
    if d["Coding"] != GAMMU_CODING[c["alphabet"]]:
        problems.append(f"coding {d['Coding']}")
    text = d["Text"]
    if c["alphabet"] == "gsm7":
        # Gammu's decoder returns as many UTF-16 units as there are septets, so
        # a text with escapes comes back with one unit of junk (often U+0000)
        # per escape after the real text; the PDU itself is right.
        escapes = sum(ch in EXT_CHARS for ch in piece)
        if len(text) == len(piece) + escapes:
            text = text[:len(piece)]
    if text != piece:
        problems.append(f"text {d['Text']!r}")
    if d["Class"] != (-1 if c["klass"] is None else c["klass"]):
        problems.append(f"class {d['Class']}")
    if d["ReplaceMessage"] != c["replace"]:
        problems.append(f"replace {d['ReplaceMessage']}")
    if (d["UDH"]["Text"] or b"") != (udh or b""):
        problems.append(f"UDH {d['UDH']['Text'].hex()}")
    if c["kind"] == "submit":
        if d["MessageReference"] != c["mr"]:
            problems.append(f"MR {d['MessageReference']}")
        if "vp" in expect:
            validity = d["SMSC"]["Validity"]
            if validity != "Max" and validity_request(validity)[1] != expect["vp"]["raw"]:
                problems.append(f"validity {validity}")
    else:
        when = d["DateTime"]
        asked = c["when"]
        if when is None or when.timetuple()[:6] != asked.timetuple()[:6]:
            problems.append(f"timestamp {when}")
    if problems:
        raise Mismatch("Gammu decodes " + ", ".join(problems))


def main():
    out = sys.stdout
    dropped = collections.Counter()
    kept = collections.Counter()
    serial = 0
    for c in build_cases():
        try:
            messages, pieces = gammu_parts(c)
        except gammu.GSMError as error:
            dropped[f"{c['note']}: EncodeSMS failed: {error}"] += 1
            continue
        if c["alphabet"] != "8bit" and "".join(pieces) != c["text"]:
            dropped[f"{c['note']}: EncodeSMS split does not join to the text"] += 1
            continue
        records = []
        pdu = b""
        try:
            for message, piece in zip(messages, pieces):
                udh = bytes(message["UDH"]["Text"]) if message["UDH"]["Type"] != "NoUDH" else None
                pdu = encode(c, message)
                expect = expect_for(c, piece, udh)
                got = read_pdu(pdu, c["kind"])
                for key, value in expect.items():
                    if got.get(key, "<absent>") != value:
                        raise Mismatch(f"{key}: PDU has {got.get(key, '<absent>')!r}, "
                                       f"asked for {value!r}")
                extra = set(got) - set(expect)
                if extra:
                    raise Mismatch(f"PDU has unrequested fields {sorted(extra)}")
                check_gammu_decode(c, pdu, piece, udh, expect)
                records.append((pdu, expect))
        except (Mismatch, gammu.GSMError) as error:
            dropped[f"{c['note']}: {error}"] += 1
            print(f"drop [{c['note']}]: {error}; PDU {pdu.hex().upper()}", file=sys.stderr)
            continue
        total = len(records)
        for index, (pdu, expect) in enumerate(records):
            serial += 1
            note = c["note"]
            if total > 1:
                note += f" (part {index + 1} of {total})"
            if c["smsc"] == "":
                note += "; empty SMSC number: Gammu writes a TOA-only SMSC address 01 81, not 00"
            if c["number"] and not c["number"].startswith("+"):
                note += "; number without '+': Gammu uses TON unknown (0x81)"
            record = {
                "id": f"gammu-gen-{serial}",
                "source": SOURCE,
                "kind": c["kind"],
                "direction": "ms_to_sc" if c["kind"] == "submit" else "sc_to_ms",
                "hex": pdu.hex().upper(),
                "has_smsc": True,
                "expect": expect,
                "note": note,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            kept[c["kind"]] += 1
    print(f"kept: {dict(kept)}; dropped cases: {sum(dropped.values())}", file=sys.stderr)
    for reason, count in sorted(dropped.items()):
        print(f"  {count} x {reason}", file=sys.stderr)


if __name__ == "__main__":
    main()
