#!/usr/bin/env python3
"""Turn tests/data/pii/handwritten.txt (messages with {{kind:value}} marks) into
handwritten.jsonl: each line {"language", "text", "pii": [{"kind", "start", "end"}]} with the
marks removed and offsets in characters (Python string indices: code points, as find_pii counts).
Checks the IBANs (mod 97) and cards (Luhn) it meets, so a typo in the hand-written set is caught.

Run: python3 scripts/pii_handwritten.py   (rewrites tests/data/pii/handwritten.jsonl)"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "tests/data/pii/handwritten.txt"
OUT = ROOT / "tests/data/pii/handwritten.jsonl"
KINDS = {"email", "phone", "iban", "card", "ip", "ssn", "national_id", "date_of_birth", "address"}
MARK = re.compile(r"\{\{([a-z_]+):(.*?)\}\}")


def iban_ok(v):
    s = v.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def luhn_ok(v):
    d = [int(c) for c in v if c.isdigit()][::-1]
    return sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(d)) % 10 == 0


def main():
    rows, bad = [], 0
    for n, line in enumerate(SRC.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        lang, marked = line.split("\t", 1)
        text, spans, at = "", [], 0
        for m in MARK.finditer(marked):
            kind, value = m.group(1), m.group(2)
            if kind not in KINDS:
                sys.exit(f"line {n}: unknown kind {kind}")
            if (kind == "iban" and not iban_ok(value)) or (kind == "card" and not luhn_ok(value)):
                print(f"line {n}: {kind} {value} fails its checksum", file=sys.stderr)
                bad += 1
            text += marked[at:m.start()]
            spans.append({"kind": kind, "start": len(text), "end": len(text) + len(value)})
            text += value
            at = m.end()
        text += marked[at:]
        rows.append({"language": lang, "text": text, "pii": spans})
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} messages, {sum(len(r['pii']) for r in rows)} marked spans -> {OUT.relative_to(ROOT)}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
