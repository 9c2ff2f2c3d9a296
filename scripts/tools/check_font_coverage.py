#!/usr/bin/env python3
"""Fails when a character written in the app's sources is missing from the UI
font subset (scripts/tools/embed_font.py RANGES): ImGui would draw it as "?".
The subset is kept to the characters we draw because every glyph is paid for
in the first-paint download.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from embed_font import RANGES  # noqa: E402

SOURCE_DIRS = ["src/chem", "src/app", "src/ui"]


def covered(code_point):
    return any(low <= code_point <= high for low, high in RANGES)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    missing = []
    for source_dir in SOURCE_DIRS:
        for folder, _, names in os.walk(os.path.join(root, source_dir)):
            for name in sorted(names):
                if not name.endswith((".cpp", ".hpp")):
                    continue
                path = os.path.join(folder, name)
                for line_number, line in enumerate(open(path, encoding="utf-8"), 1):
                    for char in line:
                        if ord(char) > 0x7E and not covered(ord(char)):
                            missing.append("%s:%d: U+%04X %s" % (path, line_number, ord(char), char))
    for entry in missing:
        print("not in the UI font subset:", entry)
    print("%d characters outside the font subset" % len(missing))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
