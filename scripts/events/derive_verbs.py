#!/usr/bin/env python3
"""Derives Sitrep's compact CAMEO verb lexicon from the PETRARCH CAMEO verb dictionary.

Usage: python3 scripts/events/derive_verbs.py CAMEO.2.0.txt > \
           sitrep-engine/src/main/resources/org/sitrep/events/cameo-verbs.tsv

Input: CAMEO.2.0.txt from the Open Event Data Alliance's PETRARCH dictionaries (MIT License,
Copyright (c) 2015 Open Event Data Alliance). Output, tab-separated, one record a line:

  S  NAME   member|member ...          a synonym set (&NAME in patterns); members lower case,
                                       multi-word members joined by spaces
  V  verb   code  block                a verb (multi-word verbs joined by spaces, e.g. "shoot down")
                                       with its default CAMEO code
  P  block  before  after  code        a pattern of a verb block: words that must come before the
                                       verb (subject side) and after it (object side), in order;
                                       space-separated, &NAME for a synonym set

Codes are the source-side code of paired codes ("042:043" -> "042"). A verb with no code ("---")
is kept, coded "---", only when a pattern of its block has a code: such a verb codes nothing
alone, only through those patterns ("restore ties", "resume talks"). A pattern with no code is
kept as "---" because it suppresses coding ("killed in an accident" is not an event). Only the Python standard library is
used; the output is sorted so that re-running gives the same file.
"""
import re
import sys

HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
CODE = re.compile(r"\[([^\]]*)\]")


def clean_word(w):
    w = w.strip().lower()
    w = w.rstrip("_")          # trailing '_' marks an exact (non-stemmed) word in PETRARCH
    return w.replace("_", " ").strip()


def parse_code(raw):
    raw = (raw or "").strip()
    if not raw:
        return None
    src = raw.split(":")[0].strip()
    m = re.match(r"^([0-9A-Fa-f]{2,4})", src)
    if src.startswith("---"):
        return "---"
    return m.group(1) if m else None


def pattern_words(text):
    text = text.replace("(", " ").replace(")", " ").replace("{", " ").replace("}", " ")
    text = text.replace("$", " ").replace("%", " ").replace("^", " ").replace("+", " ")
    out = []
    for w in text.split():
        if w.startswith("&"):
            out.append("&" + w[1:].rstrip("_").upper())
        else:
            c = clean_word(w)
            if c:
                out.extend(c.split())
    return out


def main(path):
    synsets = {}
    verbs = {}
    patterns = set()
    section = None
    current_set = None
    block = None
    block_code = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("####### SYNONYM SETS"):
                section = "syn"
                continue
            if line.startswith("####### VERB PATTERNS"):
                section = "verbs"
                continue
            if line.startswith("######## TRANSFORMATIONS"):
                section = None
                continue
            body = line.split("#", 1)[0].rstrip()
            if not body.strip():
                current_set = None if section == "syn" and not body.strip() else current_set
                continue
            if section == "syn":
                if body.startswith("&"):
                    current_set = body[1:].strip().rstrip("_").upper()
                    synsets.setdefault(current_set, [])
                elif body.startswith("+") and current_set:
                    w = clean_word(body[1:])
                    if w:
                        synsets[current_set].append(w)
            elif section == "verbs":
                m = HEADER.match(body)
                if m:
                    block = m.group(1)
                    block_code = parse_code(m.group(2))
                    continue
                if block is None:
                    continue
                if body.startswith("-"):
                    cm = CODE.search(body)
                    if not cm:
                        continue
                    code = parse_code(cm.group(1))
                    if code is None:
                        continue
                    pat = body[1:cm.start()]
                    if "*" not in pat:
                        continue
                    before, after = pat.split("*", 1)
                    bw, aw = pattern_words(before), pattern_words(after)
                    if not bw and not aw:
                        continue
                    patterns.add((block, " ".join(bw), " ".join(aw), code))
                    continue
                # a verb line: WORD or +MULTI_WORD, optional {forms}, optional [code]
                head = re.sub(r"\{[^}]*\}", " ", body)
                cm = CODE.search(head)
                own = parse_code(cm.group(1)) if cm else None
                word = head[:cm.start()] if cm else head
                word = word.strip().lstrip("+")
                if not word or " " in word.strip():
                    word = word.split()[0] if word.split() else ""
                w = clean_word(word)
                code = own if own not in (None,) else block_code
                if not w or code is None:
                    continue
                prev = verbs.get(w)
                if prev is None or (prev[0] == "---" and code != "---"):
                    verbs[w] = (code, block)  # the first coded entry wins over uncoded ones
    # A verb with no code of its own ("restore", "resume") codes only through its block's
    # patterns ("restore ties" -> 050): keep it when some pattern of its block has a code.
    coded_blocks = {b for b, _, _, c in patterns if c != "---"}
    verbs = {w: v for w, v in verbs.items() if v[0] != "---" or v[1] in coded_blocks}
    out = sys.stdout
    out.write("# Compact CAMEO verb lexicon for Sitrep, derived by scripts/events/derive_verbs.py from\n")
    out.write("# CAMEO.2.0.txt, the PETRARCH CAMEO verb dictionary (MIT License, Copyright (c) 2015 Open\n")
    out.write("# Event Data Alliance; developed with U.S. National Science Foundation funding). Format: see\n")
    out.write("# the script's docstring. Do not edit by hand: re-derive.\n")
    for name in sorted(synsets):
        if synsets[name]:
            out.write("S\t%s\t%s\n" % (name, "|".join(sorted(set(synsets[name])))))
    for w in sorted(verbs):
        code, blk = verbs[w]
        out.write("V\t%s\t%s\t%s\n" % (w, code, blk))
    used_blocks = {b for _, (_, b) in verbs.items()}
    for blk, bw, aw, code in sorted(patterns):
        if blk in used_blocks or any(v[1] == blk for v in verbs.values()):
            out.write("P\t%s\t%s\t%s\t%s\n" % (blk, bw, aw, code))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: derive_verbs.py CAMEO.2.0.txt")
    main(sys.argv[1])
