#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The smspdu authors
"""Writes count-vectors.jsonl: golden segment counts for long SMS texts.

Three sources, one JSON line per source per text (see README.md in this folder):

* twilio  - npm sms-segments-calculator 1.3.0, run here with node
            (new SegmentedMessage(text); its segments give the parts).
* gammu   - python3-gammu (libGammu 1.42.0), run here:
            gammu.EncodeSMS({'Class': -1, 'Unicode': <bool>, 'Entries':
            [{'ID': 'ConcatenatedTextLong', 'Buffer': text}]}).
            Unicode=False only for texts that are fully GSM 7-bit encodable
            (default alphabet + extension table), Unicode=True otherwise.
            gammu.SMSCounter(text, UDH='ConcatenatedMessages', Coding=...) is
            also run and its answer is quoted in the note.
* android - expected values stated (as data) by AOSP SmsMessageBodyTest.java
            (testCalcLengthAscii / testCalcLengthUnicode), default GSM tables.

Usage (from anywhere):
    /usr/bin/python3 generate_count_vectors.py [--twilio-dir DIR] [--out FILE]

Requirements: /usr/bin/python3 with the `gammu` module (Debian python3-gammu),
node, and sms-segments-calculator@1.3.0 installed with npm, by default under
/tmp/twilio (`cd /tmp/twilio && npm install sms-segments-calculator@1.3.0`).

Each record is checked against TS 23.040 / TS 23.038 rules (part capacity
160/153 septets or 70/67 UTF-16 units with a 6-octet concatenation UDH, no part
split inside an escape pair or a surrogate pair, no empty part, the parts
reassemble the text exactly, no UDH when the text fits one part); a record
that breaks one of them gets "disputed". Differences that are only a matter of
policy (keeping grapheme clusters whole) are explained in "note".
"""

import argparse
import json
import os
import random
import subprocess
import sys

import gammu

HERE = os.path.dirname(os.path.abspath(__file__))
GSM7_DIR = os.path.join(HERE, "..", "gsm7")

# ---------------------------------------------------------------------------
# GSM 7-bit tables (TS 23.038 6.2.1 / 6.2.1.1), from the project's own TSVs.


def load_gsm7():
    cost = {}
    for name, septets in (("gsm7-default.tsv", 1), ("gsm7-extension.tsv", 2)):
        with open(os.path.join(GSM7_DIR, name), encoding="utf-8") as f:
            next(f)
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if cols[1]:
                    cost[chr(int(cols[1][2:], 16))] = septets
    return cost


GSM7 = load_gsm7()


def is_gsm7(text):
    return all(c in GSM7 for c in text)


def septets(text):
    return sum(GSM7[c] for c in text)


def utf16_units(text):
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


# ---------------------------------------------------------------------------
# Android: AOSP SmsMessageBodyTest.java, taken as data (strings and numbers).

ANDROID_REPO = "LineageOS/android_frameworks_opt_telephony"
ANDROID_PATH = "tests/telephonytests/src/com/android/internal/telephony/SmsMessageBodyTest.java"
ANDROID_COMMIT = "2779fbc128e0e43df1a1e7c25ce3d4c771b5c013"
# sAsciiChars and sUnicodeChars of the test; each test string is a prefix of
# the endless repetition of one of them (the test's StringBuilder appends
# from where it stopped).
ANDROID_ASCII = ("@$_ !\"#%&'()*+,-./0123456789"
                 ":;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\n\r")
ANDROID_UNICODE = (
    "\u4e00\u4e01\u4e02\u4e03\u4e04\u4e05\u4e06\u4e07\u4e08\u4e09\u4e0a\u4e0b"
    "\u4e0c\u4e0d\u4e0e\u4e0f\u3041\u3042\u3043\u3044\u3045\u3046\u3047\u3048"
    "\u30a1\u30a2\u30a3\u30a4\u30a5\u30a6\u30a7\u30a8"
    "\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18"
    "\uff70\uff71\uff72\uff73\uff74\uff75\uff76\uff77\uff78"
    "\u0400\u0401\u0402\u0403\u0404\u0405\u0406\u0407\u0408"
    "\u00a2\u00a9\u00ae\u2122")
ANDROID_SEPTET_LENGTHS = [0, 1, 2, 80, 159, 160, 161, 240, 305, 306, 307, 320]
ANDROID_UNICODE_LENGTHS = [0, 1, 2, 35, 69, 70, 71, 100, 133, 134, 135, 160]
ANDROID_MSG_COUNTS = [1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3]
ANDROID_SEPTETS_REMAINING = [160, 159, 158, 80, 1, 0, 145, 66, 1, 0, 152, 139]
ANDROID_UNICODE_REMAINING = [70, 69, 68, 35, 1, 0, 63, 34, 1, 0, 66, 41]


def cycle(pattern, n):
    return (pattern * (n // len(pattern) + 1))[:n]


# ---------------------------------------------------------------------------
# The texts. Each entry: (label, text). The record id number is the index.

FOX = "The quick brown fox jumps over the lazy dog. "
RU = "Привет, мир! "
CJK = "中文短信分段测试，"
HI = "नमस्ते दुनिया। क्षत्रिय "
FAMILY = "\U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466"  # 11 units
THUMB = "\U0001F44D\U0001F3FD"  # thumbs up + medium skin tone, 4 units
DE_FR = "\U0001F1E9\U0001F1EA\U0001F1EB\U0001F1F7"  # two flags, 8 units
DE = "\U0001F1E9\U0001F1EA"
GRIN = "\U0001F600"


def build_texts():
    t = []
    index = {}

    def add(label, text):
        """Adds a text (a text given twice keeps one entry, labels joined)."""
        if text in index:
            n = index[text]
            t[n] = (t[n][0] + " = " + label, text)
            return n
        index[text] = len(t)
        t.append((label, text))
        return len(t) - 1

    for n in (0, 1, 159, 160, 161, 305, 306, 307, 459, 460, 1000):
        add(f"ASCII, {n} characters", cycle(FOX, n))
    add("ASCII, 153 characters (fits one part)", "a" * 153)
    add("ASCII, 320 characters", "a" * 320)
    # escape pairs at part boundaries
    add("152 'a' + '{' + 10 'b': escape pair would straddle septet 153/154",
        "a" * 152 + "{" + "b" * 10)
    add("151 'a' + '{' + 10 'b': escape pair ends exactly at septet 153",
        "a" * 151 + "{" + "b" * 10)
    add("158 'a' + '{': 160 septets, one part", "a" * 158 + "{")
    add("159 'a' + '{': 161 septets", "a" * 159 + "{")
    add("304 'a' + '{': 306 septets, escape ends at 306", "a" * 304 + "{")
    add("305 'a' + '{': 307 septets, escape would straddle 306/307", "a" * 305 + "{")
    add("305 'a' + FORM FEED (escape 0x1B 0x0A)", "a" * 305 + "\f")
    for n in (76, 77, 80, 81, 153):
        add(f"{n} EURO SIGN ({2 * n} septets)", "\u20ac" * n)
    for n in (77, 80, 81, 153):
        add(f"{n} '{{' ({2 * n} septets)", "{" * n)
    add("'a' + 80 '{' (161 septets, every boundary odd)", "a" + "{" * 80)
    add("all ten extension characters repeated to 200 characters",
        cycle("{}[]~^|\\\u20ac\f", 200))
    add("'a' + all ten extension characters repeated to 161 characters",
        "a" + cycle("{}[]~^|\\\u20ac\f", 160))
    # '@' (septet 0x00) at the end
    add("6 'a' + '@' (7 septets)", "a" * 6 + "@")
    add("14 'a' + '@' (15 septets)", "a" * 14 + "@")
    add("152 'a' + '@' (153 septets)", "a" * 152 + "@")
    add("159 'a' + '@' (160 septets)", "a" * 159 + "@")
    add("160 'a' + '@' (161 septets)", "a" * 160 + "@")
    add("305 'a' + '@' (306 septets)", "a" * 305 + "@")
    add("160 '@'", "@" * 160)
    add("161 '@'", "@" * 161)
    add("GSM non-ASCII letters (ÄÖÑÜ§¿äöñüà ΔΦΓΛΩΠΨΣΘΞ) repeated to 161",
        cycle("ÄÖÑÜ§¿äöñüàΔΦΓΛΩΠΨΣΘΞ£¥èéùìòÇØøÅåÆæßÉ¡", 161))
    add("CR LF line breaks, 162 characters", cycle("line\r\n", 162))
    # UCS-2, BMP only
    for n in (1, 70, 71, 134, 135, 201, 202):
        add(f"Cyrillic, {n} UTF-16 units", cycle(RU, n))
    for n in (70, 71, 134, 135):
        add(f"CJK, {n} UTF-16 units", cycle(CJK, n))
    add("Devanagari with virama conjuncts, 80 units", cycle(HI, 80))
    # surrogate pairs
    add("66 Cyrillic + emoji (68 units, one part)", "Ж" * 66 + GRIN)
    add("66 Cyrillic + emoji + 10 Cyrillic: pair at units 67-68",
        "Ж" * 66 + GRIN + "Ж" * 10)
    add("66 Cyrillic + 3 emoji", "Ж" * 66 + GRIN * 3)
    add("68 'x' + emoji (70 units, one part)", "x" * 68 + GRIN)
    add("35 emoji (70 units)", GRIN * 35)
    add("36 emoji (72 units)", GRIN * 36)
    add("40 emoji (80 units)", GRIN * 40)
    add("200 emoji (400 units)", GRIN * 200)
    add("35 CJK Ext. B U+20000 (70 units)", "\U00020000" * 35)
    add("36 CJK Ext. B U+20000 (72 units)", "\U00020000" * 36)
    # regional indicators
    for n in (63, 64, 65, 66):
        add(f"{n} 'x' + two flags (DE FR)", "x" * n + DE_FR)
    add("66 'x' + flag + 65 'x'", "x" * 66 + DE + "x" * 65)
    add("'x' + 18 flags (73 units)", "x" + DE * 18)
    add("3 'x' + 17 flags (71 units): flag boundary exactly at unit 67",
        "xxx" + DE * 17)
    add("3 'x' + 17 flags + 63 'x' (134 units): flag boundary exactly at unit 67",
        "xxx" + DE * 17 + "x" * 63)
    add("20 flags (80 units)", DE * 20)
    # ZWJ sequences
    for n in (56, 57, 58, 60):
        add(f"{n} 'x' + family ZWJ sequence + {134 - 11 - n} 'x'",
            "x" * n + FAMILY + "x" * (134 - 11 - n))
    add("60 'x' + family ZWJ sequence (71 units)", "x" * 60 + FAMILY)
    add("7 family ZWJ sequences (77 units)", FAMILY * 7)
    add("13 family ZWJ sequences (143 units)", FAMILY * 13)
    # skin tone modifiers
    add("65 'x' + thumbs-up with skin tone + 65 'x'", "x" * 65 + THUMB + "x" * 65)
    add("66 'x' + thumbs-up with skin tone", "x" * 66 + THUMB)
    add("18 thumbs-up with skin tone (72 units)", THUMB * 18)
    # combining marks
    add("35 × 'e' + U+0301 (70 units)", "e\u0301" * 35)
    add("36 × 'e' + U+0301 (72 units)", "e\u0301" * 36)
    add("40 × 'e' + U+0301 (80 units)", "e\u0301" * 40)
    add("'x' + 40 × 'e' + U+0301 (81 units)", "x" + "e\u0301" * 40)
    add("30 × 'e' + U+0301 U+0302 (90 units)", "e\u0301\u0302" * 30)
    add("'e' + 80 × U+0301 (one grapheme of 81 units)", "e" + "\u0301" * 80)
    # GSM text plus one non-GSM character (forces UCS-2)
    add("159 'a' + 'ç' (U+00E7 is not in the GSM alphabet)", "a" * 159 + "\u00e7")
    add("69 'a' + 'ж' (70 units)", "a" * 69 + "ж")
    add("70 'a' + 'ж' (71 units)", "a" * 70 + "ж")
    add("69 '{' + 'ж' (70 units; '{' costs one unit in UCS-2)", "{" * 69 + "ж")
    add("100 'a' + RIGHT SINGLE QUOTATION MARK", "a" * 100 + "\u2019")
    add("ASCII sentence + one emoji", "Hello, see you at 8pm " + GRIN)
    add("152 'a' + emoji + 10 'b'", "a" * 152 + GRIN + "b" * 10)
    # random mixes, fixed seed
    rng = random.Random(20260315)
    gsm_basic = [c for c, k in GSM7.items() if k == 1]
    gsm_ext = [c for c, k in GSM7.items() if k == 2]
    bmp_other = list("жЖяюßαβγδ中文字测试ñçãõ’“”…–")
    astral = [GRIN, THUMB, DE, FAMILY, "\U0001F44B", "\U00020000"]
    for i in range(8):
        n = rng.randint(120, 480)
        s = "".join(rng.choice(gsm_ext) if rng.random() < 0.1 else rng.choice(gsm_basic)
                    for _ in range(n))
        add(f"random GSM text, seed 20260315 #{i}", s)
    for i in range(8):
        n = rng.randint(40, 220)
        parts = []
        for _ in range(n):
            r = rng.random()
            if r < 0.55:
                parts.append(rng.choice(gsm_basic))
            elif r < 0.65:
                parts.append(rng.choice(gsm_ext))
            elif r < 0.85:
                parts.append(rng.choice(bmp_other))
            else:
                parts.append(rng.choice(astral))
        add(f"random mixed text, seed 20260315 #{i}", "".join(parts))
    # Android's own test strings
    android = []
    for i, n in enumerate(ANDROID_SEPTET_LENGTHS):
        k = add(f"Android testCalcLengthAscii string, {n} characters",
                cycle(ANDROID_ASCII, n))
        android.append(("ascii", i, k))
    for i, n in enumerate(ANDROID_UNICODE_LENGTHS):
        if i == 0:
            continue  # the test skips length 0 in the Unicode case
        k = add(f"Android testCalcLengthUnicode string, {n} UTF-16 units",
                cycle(ANDROID_UNICODE, n))
        android.append(("unicode", i, k))
    return t, android


# ---------------------------------------------------------------------------
# Spec checks shared by all sources.


def spec_problems(text, encoding, part_texts, part_units):
    """Problems by TS 23.040/23.038 with a split into parts (6-octet UDH)."""
    probs = []
    single_cap, multi_cap = (160, 153) if encoding == "gsm7" else (70, 67)
    total = sum(part_units)
    if "".join(part_texts) != text:
        probs.append("the parts do not reassemble the text")
    if len(part_units) == 1:
        if part_units[0] > single_cap:
            probs.append(f"one part of {part_units[0]} units exceeds {single_cap}")
    else:
        if total <= single_cap:
            probs.append(f"{total} units fit one part without a UDH, "
                         f"but {len(part_units)} parts are used")
        for i, u in enumerate(part_units):
            if u > multi_cap:
                probs.append(f"part {i + 1} holds {u} units, more than {multi_cap} "
                             f"(6-octet UDH)")
            if u == 0:
                probs.append(f"part {i + 1} is empty")
    for i, p in enumerate(part_texts):
        if p and 0xD800 <= ord(p[-1]) <= 0xDBFF:
            probs.append(f"part {i + 1} ends with a lone high surrogate")
        if p and 0xDC00 <= ord(p[0]) <= 0xDFFF:
            probs.append(f"part {i + 1} starts with a lone low surrogate")
    return probs


def is_ri(c):
    return 0x1F1E6 <= ord(c) <= 0x1F1FF


def splits_flag(part_texts):
    """True if a part boundary falls between the two regional indicators of a
    flag (pairs counted from the start of each run of regional indicators)."""
    text = "".join(part_texts)
    pair_second = set()  # code point indexes of the second RI of a pair
    run = 0
    for i, c in enumerate(text):
        run = run + 1 if is_ri(c) else 0
        if run and run % 2 == 0:
            pair_second.add(i)
    pos = 0
    for p in part_texts[:-1]:
        pos += len(p)
        if pos in pair_second:
            return True
    return False


def codepoint_split(text, encoding):
    """Minimal split that only keeps escape pairs and surrogate pairs whole
    (used to explain policy differences in notes, not emitted as a source)."""
    if encoding == "gsm7":
        cost = [GSM7[c] for c in text]
        single, multi = 160, 153
    else:
        cost = [2 if ord(c) > 0xFFFF else 1 for c in text]
        single, multi = 70, 67
    if sum(cost) <= single:
        return [sum(cost)]
    parts, cur = [], 0
    for k in cost:
        if cur + k > multi:
            parts.append(cur)
            cur = 0
        cur += k
    parts.append(cur)
    return parts


# ---------------------------------------------------------------------------
# Twilio via node.

NODE_SCRIPT = r"""
const dir = process.argv[1];
const { SegmentedMessage } = require(dir);
const texts = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const out = texts.map((text) => {
  const m = new SegmentedMessage(text);
  const segs = m.segments.map((seg) => {
    let units = 0, raw = '';
    for (const c of seg) {
      if (c.isUserDataHeader) continue;
      raw += c.raw;
      units += m.encodingName === 'GSM-7' ? c.codeUnits.length : c.raw.length;
    }
    return { units, raw };
  });
  return { encodingName: m.encodingName, segmentsCount: m.segmentsCount,
           numberOfCharacters: m.numberOfCharacters, graphemes: m.graphemes.length, segs };
});
process.stdout.write(JSON.stringify(out));
"""


def run_twilio(texts, pkg_dir):
    with open(os.path.join(pkg_dir, "package.json"), encoding="utf-8") as f:
        version = json.load(f)["version"]
    gs = os.path.join(os.path.dirname(pkg_dir), "grapheme-splitter", "package.json")
    gs_version = "?"
    if os.path.exists(gs):
        with open(gs, encoding="utf-8") as f:
            gs_version = json.load(f)["version"]
    node_version = subprocess.run(["node", "--version"], capture_output=True,
                                  text=True, check=True).stdout.strip()
    res = subprocess.run(["node", "-e", NODE_SCRIPT, pkg_dir],
                         input=json.dumps(texts), capture_output=True, text=True,
                         check=True)
    return json.loads(res.stdout), version, gs_version, node_version


# ---------------------------------------------------------------------------
# Gammu.


def run_gammu(text, unicode_):
    parts = gammu.EncodeSMS({"Class": -1, "Unicode": unicode_, "Entries": [
        {"ID": "ConcatenatedTextLong", "Buffer": text}]})
    coding = {p["Coding"] for p in parts}
    assert len(coding) == 1, coding
    coding = coding.pop()
    texts = [p["Text"] for p in parts]
    udh = [p["UDH"]["Type"] for p in parts]
    udh_len = {len(p["UDH"]["Text"]) for p in parts}
    try:
        counter = gammu.SMSCounter(text, UDH="ConcatenatedMessages",
                                   Coding="Unicode" if unicode_ else "Default")
    except Exception as e:  # noqa: BLE001 - quoted in the note only
        counter = f"error {e}"
    return coding, texts, udh, udh_len, counter


# ---------------------------------------------------------------------------



def finish_record(rec, notes, probs):
    """Adds the note and, when the split breaks a rule, the dispute."""
    rec["note"] = "; ".join(notes)
    if probs:
        rec["disputed"] = "; ".join(probs)
    return rec

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--twilio-dir", default=os.environ.get(
        "SMS_SEGMENTS_CALCULATOR_DIR",
        "/tmp/twilio/node_modules/sms-segments-calculator"))
    ap.add_argument("--out", default=os.path.join(HERE, "count-vectors.jsonl"))
    args = ap.parse_args()

    texts, android = build_texts()
    tw, tw_version, gs_version, node_version = run_twilio([x[1] for x in texts],
                                                          args.twilio_dir)
    g_runtime, pg_version, g_compiled = gammu.Version()
    src_twilio = (f"npm sms-segments-calculator {tw_version} (grapheme-splitter "
                  f"{gs_version}), node {node_version}: new SegmentedMessage(text)")
    src_gammu = (f"python-gammu {pg_version} / libGammu {g_runtime}: "
                 "gammu.EncodeSMS ConcatenatedTextLong")
    src_android = (f"github.com/{ANDROID_REPO} {ANDROID_PATH} "
                   f"@{ANDROID_COMMIT}")

    records = []
    summary = []
    for n, (label, text) in enumerate(texts):
        enc = "gsm7" if is_gsm7(text) else "ucs2"
        ref = codepoint_split(text, enc)
        row = {"n": n, "label": label, "enc": enc, "ref": ref}

        # --- twilio
        r = tw[n]
        t_enc = {"GSM-7": "gsm7", "UCS-2": "ucs2"}[r["encodingName"]]
        units = [s["units"] for s in r["segs"]]
        rec = {"id": f"twilio-{n:03d}", "source": src_twilio, "rules": "twilio",
               "text": text,
               "expect": {"encoding": t_enc, "segments": r["segmentsCount"],
                          "units": units, "units_total": sum(units)}}
        notes = [label]
        if t_enc != enc:
            notes.append(f"encoding differs from the GSM 7-bit table check ({enc})")
        probs = spec_problems(text, t_enc, [s["raw"] for s in r["segs"]], units)
        if splits_flag([s["raw"] for s in r["segs"]]):
            probs.append("splits a flag (regional-indicator pair)")
        if t_enc == enc and units != ref and not probs:
            notes.append(f"keeps grapheme clusters whole: a split that only keeps "
                         f"escape/surrogate pairs whole gives {ref}")
        if t_enc == "ucs2" and r["graphemes"] != utf16_units(text):
            notes.append(f"numberOfCharacters = {r['graphemes']} (grapheme clusters, "
                         f"not UTF-16 units)")
        records.append(finish_record(rec, notes, probs))
        row["twilio"] = (t_enc, units, bool(probs))

        # --- gammu
        uni = enc == "ucs2"
        coding, parts, udh, udh_len, counter = run_gammu(text, uni)
        g_enc = "ucs2" if coding.startswith("Unicode") else "gsm7"
        units = [septets(p) if g_enc == "gsm7" else utf16_units(p) for p in parts]
        rec = {"id": f"gammu-{n:03d}", "source": f"{src_gammu} (Unicode={uni})",
               "rules": "gammu", "text": text,
               "expect": {"encoding": g_enc, "segments": len(parts),
                          "units": units, "units_total": sum(units)}}
        notes = [label, f"EncodeSMS Unicode={uni}, Coding {coding}, UDH "
                        f"{'/'.join(sorted(set(udh)))}"
                        + (f" ({'/'.join(str(x) for x in sorted(udh_len))} octets)"
                           if len(parts) > 1 else "")]
        probs = spec_problems(text, g_enc, parts, units)
        if splits_flag(parts):
            probs.append("Gammu defect, not a TS 23.040 rule: its regional-indicator "
                         "check looks only at the two code points either side of the "
                         "boundary, without pair parity, so it moved a boundary that "
                         "lay between two flags into the middle of a flag; a "
                         "split that only keeps surrogate pairs whole gives "
                         f"{ref}")
        # SMSCounter always reserves the concatenation UDH, so its remaining
        # count is taken only for texts that need several parts anyway.
        if isinstance(counter, tuple) and len(parts) > 1:
            cap = 153 if g_enc == "gsm7" else 67
            if counter[0] == len(parts) and counter[1] == cap - units[-1]:
                rec["expect"]["remaining"] = counter[1]
            else:
                notes.append("SMSCounter disagrees with EncodeSMS")
        if units != ref and not probs:
            notes.append(f"a split that only keeps escape/surrogate pairs whole "
                         f"gives {ref}")
        notes.append(f"SMSCounter(UDH=ConcatenatedMessages, "
                     f"Coding={'Unicode' if uni else 'Default'}) -> "
                     f"{list(counter) if isinstance(counter, tuple) else counter}")
        records.append(finish_record(rec, notes, probs))
        row["gammu"] = (g_enc, units, bool(probs))
        summary.append(row)

    # --- android
    for kind, i, n in android:
        text = texts[n][1]
        if kind == "ascii":
            exp = {"encoding": "gsm7", "segments": ANDROID_MSG_COUNTS[i],
                   "units_total": ANDROID_SEPTET_LENGTHS[i],
                   "remaining": ANDROID_SEPTETS_REMAINING[i]}
            test = "testCalcLengthAscii"
            note = ("calculateLength(text, use7bitOnly) for false and true, GSM and CDMA "
                    "methods alike: msgCount, codeUnitCount (septets), "
                    "codeUnitsRemaining, codeUnitSize ENCODING_7BIT; languageTable 0, "
                    "languageShiftTable 0 (default GSM tables only)")
            assert septets(text) == ANDROID_SEPTET_LENGTHS[i]
        else:
            exp = {"encoding": "ucs2", "segments": ANDROID_MSG_COUNTS[i],
                   "units_total": ANDROID_UNICODE_LENGTHS[i],
                   "remaining": ANDROID_UNICODE_REMAINING[i]}
            test = "testCalcLengthUnicode"
            note = ("calculateLength(text, false), GSM and CDMA methods: msgCount, "
                    "codeUnitCount (UTF-16 units), codeUnitsRemaining, codeUnitSize "
                    "ENCODING_16BIT; the test's use7bitOnly=true expectations (one "
                    "7-bit part, unmapped characters sent as spaces) are not recorded")
            assert utf16_units(text) == ANDROID_UNICODE_LENGTHS[i]
        rec = {"id": f"android-{n:03d}", "source": f"{src_android} {test}",
               "rules": "android", "text": text, "expect": exp,
               "note": f"{texts[n][0]}; {note}"}
        # spec check of the stated numbers (no per-part split is stated)
        ref = codepoint_split(text, exp["encoding"])
        cap = (153 if exp["encoding"] == "gsm7" else 67) if len(ref) > 1 else \
            (160 if exp["encoding"] == "gsm7" else 70)
        if len(ref) != exp["segments"] or cap - ref[-1] != exp["remaining"]:
            rec["disputed"] = f"TS 23.040 split gives {ref}"
        records.append(rec)
        summary[n]["android"] = (exp["encoding"], exp["segments"], exp["remaining"])

    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # disagreement summary on stderr (for README.md)
    counts = {}
    for rec in records:
        counts[rec["rules"]] = counts.get(rec["rules"], 0) + 1
    print(f"wrote {len(records)} records: {counts}", file=sys.stderr)
    for rec in records:
        if "disputed" in rec:
            print(f"DISPUTED {rec['id']}: {rec['disputed']}", file=sys.stderr)
    for row in summary:
        tw_, gm = row["twilio"], row["gammu"]
        if tw_[:2] != gm[:2] or tw_[1] != row["ref"]:
            print(f"DIFF {row['n']:03d} {row['label']}: twilio {tw_[1]} "
                  f"gammu {gm[1]} codepoint-split {row['ref']}", file=sys.stderr)


if __name__ == "__main__":
    main()
