#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Copyright (c) 2026 The smspdu authors
"""Writes the seed corpora in corpus/<target>/ from the golden vectors in tests/data.

Each seed is laid out the way its target reads its input (see fuzz_*.cpp).
Run from anywhere: python3 tests/fuzz/make_seed_corpus.py
"""
import hashlib
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data")


def records(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def write(target, seed):
    folder = os.path.join(HERE, "corpus", target)
    os.makedirs(folder, exist_ok=True)
    name = hashlib.sha1(seed).hexdigest()[:16]
    with open(os.path.join(folder, name), "wb") as f:
        f.write(seed)


def main():
    shutil.rmtree(os.path.join(HERE, "corpus"), ignore_errors=True)
    public = records("public-vectors.jsonl")
    gammu = records("peers/gammu-user-data.jsonl")
    pdus = public + records("pdus/gammu-pdus.jsonl") + records("pdus/harvested.jsonl")
    for v in pdus:
        hexes = [v["hex"]] if v.get("hex") else [p["hex"] for p in v.get("parts", [])]
        for h in hexes:
            try:
                octets = bytes.fromhex(h)
            except ValueError:
                continue
            smsc = v.get("has_smsc", True) or v["kind"] == "multipart"
            mo = v.get("direction") == "ms_to_sc" or v["kind"] in ("submit", "command", "deliver_report")
            error = v.get("report_form") == "error"
            mode = (1 if mo else 0) | (2 if error else 0) | (4 if smsc else 0)
            write("tpdu", bytes([mode]) + octets)
            if smsc:
                write("tpdu", bytes([mode | 8]) + octets)
            # The elements of a header, when the vector names them.
            for e in (v.get("expect") or {}).get("udh", []) or []:
                data = bytes.fromhex(e["data"])
                write("udh", bytes([e["iei"], len(data)]) + data)
    for v in public:
        if v.get("hex"):
            write("hex", v["hex"].encode())
            write("hex", v["hex"].lower().encode())
    write("hex", b"")
    write("hex", b"0")
    write("hex", b"0G")
    with open(os.path.join(DATA, "peers", "osmocore-septets.tsv")) as f:
        for line in list(f)[1:]:
            fill, count, _, packed, _ = line.rstrip("\n").split("\t")
            if int(count) < 256:
                write("septets", bytes([int(fill), int(count)]) + bytes.fromhex(packed))
    for v in gammu:
        ud = bytes.fromhex(v["ud"])
        udh = len(v["udh"]) // 2
        if v["alphabet"] == "gsm7":
            fill = (7 - (udh * 8) % 7) % 7 if udh else 0
            write("gsm7", bytes([0, 0, fill]) + ud[udh:])
            write("gsm7", bytes([1, 1, fill]) + ud[udh:])
        else:
            write("ucs2", ud[udh:])
        write("text_encode", bytes([0, 0]) + v["text"].encode())
    for v in public:
        text = v.get("expect", {}).get("text") if isinstance(v.get("expect"), dict) else None
        if text:
            write("text_encode", bytes([0, 0]) + text.encode())
            write("text_encode", bytes([1, 1]) + text.encode())
    segment_seeds(pdus)


def segment_seeds(pdus):
    """fuzz_segments: [options][text], from the segment-count texts; and
    fuzz_reassembly: the concatenated DELIVERs of Gammu, part after part."""
    for i, v in enumerate(records("segments/count-vectors.jsonl")):
        if v["rules"] != "twilio":
            continue
        text = v["text"].encode()
        write("segments", bytes([0]) + text)
        write("segments", bytes([(i * 37) & 0xFF]) + text)  # other option bits, same text
    groups = {}
    for v in pdus:
        e = v.get("expect") or {}
        if not v.get("id", "").startswith("gammu-gen") or v.get("kind") != "deliver" or "concat" not in e:
            continue
        groups.setdefault(v["note"].rsplit(" (part ", 1)[0], []).append(v)
    for parts in groups.values():
        seed = b""
        for v in reversed(parts):
            e = v["expect"]
            octets = bytes.fromhex(v["hex"])
            # Skip the SMSC address, first octet, originator, PID: DCS, SCTS, UDL, UD.
            at = 1 + octets[0]
            at += 1
            at += 2 + (octets[at] + 1) // 2
            at += 1
            dcs = octets[at]
            udl = octets[at + 8]
            ud = octets[at + 9:]
            seed += bytes([0, dcs, 1, udl]) + ud
        write("reassembly", seed)


if __name__ == "__main__":
    main()
