#!/usr/bin/env python3
"""Regenerates spbe-wilayah's region list resource from the npm package idn-area-data.

Run by hand, not by the build:

    cd /tmp && npm pack idn-area-data@4.0.1 && tar xzf idn-area-data-4.0.1.tgz
    python3 spbe-wilayah/tools/convert.py /tmp/package \
        spbe-wilayah/src/main/resources/io/github/spbe4j/wilayah/wilayah.tsv.gz

Input: the unpacked package's data/provinces.csv, regencies.csv, districts.csv and villages.csv
(columns code[,parent_code],name; codes dotted, e.g. 11.01.01.2001). islands.csv is not used.

Output: a gzip (mtime 0, so the bytes are reproducible) of UTF-8 TSV lines "code<TAB>name", the code
undotted (1101012001), one line per region, sorted by code, no header. The parent is derived from the
code, so the parent columns are dropped after checking that they agree with it.

The data is (c) the idn-area-data contributors, under the Open Database License 1.0; see
spbe-wilayah/LICENSE-DATA. The output is a Derivative Database under the same licence.
"""
import csv
import gzip
import io
import os
import sys

FILES = [("provinces.csv", None, 2), ("regencies.csv", "province_code", 4),
         ("districts.csv", "regency_code", 6), ("villages.csv", "district_code", 10)]


def main(package_dir, out_path):
    rows = []
    for name, parent_col, digits in FILES:
        path = os.path.join(package_dir, "data", name)
        with open(path, encoding="utf-8", newline="") as f:
            count = 0
            for r in csv.DictReader(f):
                code = r["code"].replace(".", "")
                text = r["name"].strip()
                if len(code) != digits or not code.isdigit():
                    sys.exit(f"{name}: bad code {r['code']!r}")
                if parent_col and r[parent_col].replace(".", "") != code[:-2 if digits <= 6 else -4]:
                    sys.exit(f"{name}: parent {r[parent_col]!r} disagrees with code {r['code']!r}")
                if not text or "\t" in text or "\n" in text:
                    sys.exit(f"{name}: bad name {r['name']!r}")
                rows.append((code, text))
                count += 1
            print(f"{name}: {count}", file=sys.stderr)
    rows.sort()
    codes = [c for c, _ in rows]
    if len(set(codes)) != len(codes):
        sys.exit("duplicate codes")
    data = "".join(f"{c}\t{n}\n" for c, n in rows).encode("utf-8")
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=buf, mtime=0) as gz:
        gz.write(data)
    with open(out_path, "wb") as f:
        f.write(buf.getvalue())
    print(f"{out_path}: {len(rows)} regions, {len(buf.getvalue())} bytes", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: convert.py <unpacked idn-area-data package dir> <output wilayah.tsv.gz>")
    main(sys.argv[1], sys.argv[2])
