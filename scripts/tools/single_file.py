#!/usr/bin/env python3
"""Writes the "Download for offline use" page: one self-contained HTML file
(page shell, styles, runtime, the WebAssembly as base64, the embedded font,
the bench card's QR encoder)
that opens from a USB stick or an LMS file area with no server at all.

The assembled site's index.html is the template: its external stylesheet and
scripts are inlined, the preload links dropped, and its Content-Security-Policy
keeps the same rules but allows exactly these inline blocks by their SHA-256
hashes (never 'unsafe-inline'). The .wasm travels in a non-executable
<script type="application/octet-stream"> block that app.js decodes.

Usage: single_file.py SITE_DIR OUTPUT_NAME
"""
import base64
import hashlib
import pathlib
import re
import sys


def csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def main() -> int:
    site = pathlib.Path(sys.argv[1])
    output = site / sys.argv[2]
    html = (site / "index.html").read_text(encoding="utf-8")
    style = (site / "style.css").read_text(encoding="utf-8")
    shell = (site / "app.js").read_text(encoding="utf-8")
    shell_later = (site / "app-later.js").read_text(encoding="utf-8")
    runtime = (site / "diazepane-bench.js").read_text(encoding="utf-8")
    qr_encoder = (site / "qrcode.js").read_text(encoding="utf-8")
    wasm = base64.b64encode((site / "diazepane-bench.wasm").read_bytes()).decode("ascii")
    # "</script" inside inlined code would end the block early.
    for name, text in (("app.js", shell), ("app-later.js", shell_later), ("diazepane-bench.js", runtime),
                       ("qrcode.js", qr_encoder)):
        if "</script" in text.lower():
            raise SystemExit(f"{name} contains '</script': it cannot be inlined")

    marker = "window.dzbOfflineFile = true;"
    # With no server to fetch them from, what a served page loads after the
    # first frame (the QR encoder, app-later.js) is inline too, and found there.
    blocks = [marker, qr_encoder, shell, shell_later, runtime]
    html = re.sub(r'\s*<link rel="(preload|manifest|stylesheet|apple-touch-icon)"[^>]*>', "", html)
    html = html.replace("</head>", f"<style>{style}</style>\n</head>")
    scripts = (f'<script type="application/octet-stream" id="dzb-wasm">{wasm}</script>\n'
               + "".join(f"<script>{block}</script>\n" for block in blocks))
    html, count = re.subn(r'<script src="app\.js[^"]*"></script>', lambda _: scripts, html)
    if count != 1:
        raise SystemExit("index.html has no app.js script tag to replace")
    hashes = " ".join(csp_hash(block) for block in blocks)
    html, count = re.subn(r"script-src 'self'", f"script-src {hashes}", html)
    html, count2 = re.subn(r"style-src 'self'", f"style-src {csp_hash(style)}", html)
    if count != 1 or count2 != 1:
        raise SystemExit("index.html's Content-Security-Policy has no script-src/style-src 'self' to replace")
    output.write_text(html, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
