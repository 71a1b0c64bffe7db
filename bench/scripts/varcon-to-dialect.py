#!/usr/bin/env python3
"""Derive core's dialect-variants.tsv (american<TAB>british) from VarCon's varcon.txt.

Usage: python3 bench/scripts/varcon-to-dialect.py /path/to/varcon.txt > \
  core/src/main/resources/dev/copydesk/core/checks/variant/dialect-variants.tsv

Keeps a pair only when the American form (tag A) is never tagged B anywhere in VarCon (in any
cluster, i.e. with any meaning) and the British form is never tagged A, so words that are both a variant and a
word of their own (check/cheque, tire/tyre, meter/metre, program/programme) are left out.
"""
import sys

HEADER = """# US and British spellings of the same word: american<TAB>british, one pair a line.
# Derived from VarCon (SCOWL, http://wordlist.aspell.net/, en-wl/wordlist v1 branch, version
# 2020.12.07) by bench/scripts/varcon-to-dialect.py: pairs of an A-tagged and a B-tagged form of
# one cluster, leaving out forms valid in the other dialect with another meaning.
# Copyright 2000-2019 by Kevin Atkinson; Copyright 2016 by Benjamin Titze. Permission to use,
# copy, modify, distribute and sell this array, the associated software, and its documentation
# for any purpose is hereby granted without fee, provided that the above copyright notice appears
# in all copies and that both that copyright notice and this permission notice appear in
# supporting documentation. Kevin Atkinson and Benjamin Titze make no representations about the
# suitability of this array for any purpose. It is provided "as is" without express or implied
# warranty."""


def parts(line):
    line = line.split("|")[0].strip()
    for part in line.split(" / "):
        if ":" not in part:
            continue
        tags, word = part.split(":", 1)
        yield tags.split(), word.strip()


def main(path):
    clusters, a_valid, b_valid = [], set(), set()
    for raw in open(path, encoding="utf-8", errors="replace"):
        if raw.startswith("#") or not raw.strip():
            continue
        american, british = None, None
        for tags, word in parts(raw):
            if "A" in tags:
                american = word
                a_valid.add(word)
            if "B" in tags:
                british = word
                b_valid.add(word)
        if american and british and american != british:
            clusters.append((american, british))
    print(HEADER)
    seen = set()
    for american, british in clusters:
        if " " in american or " " in british or american in b_valid or british in a_valid:
            continue
        if (american, british) not in seen:
            seen.add((american, british))
            print(american + "\t" + british)


if __name__ == "__main__":
    main(sys.argv[1])
