"""OCR throughput: pages per minute of the job queue's workers, with one and with two workers.

For each worker count: a fresh `chancery serve --demo` (CHANCERY_JOB_WORKERS=0, so nothing is read while the
pages arrive) receives N scanned pages (each a different line of text rendered at 200 dpi by pdftoppm and
wrapped in a PDF without a text layer, like a fax) as attachments of one demo record through the API; the
server stops; then `chancery jobs work --workers W` reads them all (claim, ocrmypdf eng+fra, searchable PDF
stored, text indexed, audited) and is timed. Not a test.

  python3 Benchmarks/measure_ocr.py --bin .build/debug/chancery --pages 20 --workers 1 2 [--database-url URL]...

With --database-url (one per worker count, each an empty PostgreSQL database), several workers share the queue
with FOR UPDATE SKIP LOCKED; on SQLite `jobs work` runs one worker whatever is asked.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path


def pdf(objects: list[bytes]) -> bytes:
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    table = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, table)
    return out


def scanned_page(lines: list[str], work: Path) -> bytes:
    """The same page as the Swift tests' ScannedPage.pdf: typeset, rendered to grey at 200 dpi, wrapped."""
    text = b"BT /F1 28 Tf 36 150 Td 34 TL " + b" ".join(b"(" + line.encode("cp1252") + b") '" for line in lines) + b" ET"
    typeset = pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 500 200] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
    ])
    (work / "page.pdf").write_bytes(typeset)
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-singlefile", str(work / "page.pdf"), str(work / "page")], check=True)
    pgm = (work / "page.pgm").read_bytes()
    header = pgm.split(b"\n", 3)
    width, height = map(int, header[1].split())
    samples = header[3]
    image = (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 "
             b"/Length %d >>\nstream\n" % (width, height, len(samples)) + samples + b"\nendstream")
    drawing = b"q 500 0 0 200 0 0 cm /Im0 Do Q"
    return pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 500 200] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>",
        image, b"<< /Length %d >>\nstream\n" % len(drawing) + drawing + b"\nendstream",
    ])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(url: str, method: str = "GET", body: bytes | None = None, headers: dict | None = None) -> dict:
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read() or b"{}")


def run(binary: str, pages: int, workers: int, database_url: str | None) -> dict:
    work = Path(tempfile.mkdtemp(prefix="bench-ocr-"))
    env = dict(os.environ, CHANCERY_DATA_DIR=str(work / "data"), CHANCERY_JOB_WORKERS="0", CHANCERY_BCRYPT_COST="4")
    if database_url:
        env["CHANCERY_DATABASE_URL"] = database_url
    port = free_port()
    server = subprocess.Popen([binary, "serve", "--demo", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1)
                break
            except Exception:
                time.sleep(0.2)
        token = call(base + "/api/v1/auth/token", "POST",
                     json.dumps({"username": "registry", "password": "chancery-demo"}).encode(),
                     {"Content-Type": "application/json"})["token"]
        auth = {"Authorization": f"Bearer {token}"}
        record = call(base + "/api/v1/records?limit=1", headers=auth)["items"][0]["id"]
        for index in range(pages):
            page = scanned_page([f"Page {index + 1} of the quartermaster", "Ravitaillement des brigades"], work)
            call(f"{base}/api/v1/records/{record}/attachments?filename=scan-{index + 1}.pdf", "POST", page,
                 dict(auth, **{"Content-Type": "application/pdf"}))
    finally:
        server.terminate()
        server.wait()
    started = time.monotonic()
    subprocess.run([binary, "jobs", "work", "--workers", str(workers)], env=env, check=True, stdout=subprocess.DEVNULL)
    seconds = time.monotonic() - started
    listed = subprocess.run([binary, "jobs", "list", "--state", "done"], env=env, check=True, capture_output=True, text=True)
    done = len(listed.stdout.strip().splitlines()) - 1
    return {"workers": workers, "engine": "postgres" if database_url else "sqlite", "pages": pages, "done": done,
            "seconds": round(seconds, 1), "pages_per_minute": round(done / seconds * 60, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", default=".build/debug/chancery")
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--database-url", action="append", default=[])
    arguments = parser.parse_args()
    for position, workers in enumerate(arguments.workers):
        url = arguments.database_url[position] if position < len(arguments.database_url) else None
        print(json.dumps(run(arguments.bin, arguments.pages, workers, url)), flush=True)


if __name__ == "__main__":
    main()
