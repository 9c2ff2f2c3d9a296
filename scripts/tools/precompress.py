#!/usr/bin/env python3
"""Writes .gz (gzip -9) and .br (brotli q11) beside each text and wasm file of
the built page, so that a server that serves precompressed files (ours does,
scripts/tools/static-server.mjs) sends the smallest one the browser accepts.

Usage: precompress.py SITE_DIR
"""
import gzip
import pathlib
import sys

try:
    import brotli  # Debian's python3-brotli
except ImportError:  # gzip alone still helps
    brotli = None

SUFFIXES = {".html", ".js", ".css", ".wasm", ".webmanifest", ".svg"}


def main() -> int:
    site = pathlib.Path(sys.argv[1])
    for path in sorted(site.rglob("*")):
        if not path.is_file() or path.suffix not in SUFFIXES:
            continue
        data = path.read_bytes()
        # mtime=0: the same input gives the same bytes, build after build.
        path.with_name(path.name + ".gz").write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
        if brotli is not None:
            path.with_name(path.name + ".br").write_bytes(brotli.compress(data, quality=11))
    return 0


if __name__ == "__main__":
    sys.exit(main())
