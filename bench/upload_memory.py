"""Benchmark: peak memory and time of processing one upload, as a worker does it.

Each picture is processed in a fresh process (so the peak is this upload's alone) by
the same function the admin uses (core.images.prepare); the figure is the process's
peak resident memory (ru_maxrss) minus what the process held before. The goal: under
300 MB for any upload the site accepts.

    .venv/bin/python bench/upload_memory.py     (part of `make bench`)
"""

import io
import json
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent

# (label, Pillow mode, size, format): the largest pictures the limits let through.
CASES = [
    ("PNG 6300×6300, 131 KB (one colour)", "RGB", (6300, 6300), "PNG"),
    ("PNG 6300×6300 with transparency", "RGBA", (6300, 6300), "PNG"),
    ("JPEG 7700×5100 (39 megapixels)", "RGB", (7700, 5100), "JPEG"),
    ("PNG 40000×1", "L", (40000, 1), "PNG"),
]

MEASURE = """
import io, json, resource, sys, time
import django, os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
django.setup()
from django.core.files.uploadedfile import SimpleUploadedFile
from core import images
data = sys.stdin.buffer.read()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.process_time()
images.prepare(SimpleUploadedFile("bild", data))
seconds = time.process_time() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"mib": (peak - before) / 1024, "seconds": seconds}))
"""


def picture(mode, size, image_format):
    from PIL import Image

    buffer = io.BytesIO()
    Image.new(mode, size, (0, 90, 140, 200)[: len(mode)] if mode != "L" else 90).save(
        buffer, image_format
    )
    return buffer.getvalue()


def measure(data):
    result = subprocess.run(
        [sys.executable, "-c", MEASURE],
        input=data,
        cwd=PROJECT,
        capture_output=True,
        check=True,
        timeout=300,
    )
    return json.loads(result.stdout)


def main():
    print("Upload processing (one process per picture; peak memory above the start):")
    for label, mode, size, image_format in CASES:
        data = picture(mode, size, image_format)
        figures = measure(data)
        print(
            f"  {label:40} {len(data) / 1024:8.0f} KB  "
            f"{figures['mib']:6.0f} MiB peak  {figures['seconds']:5.1f} s CPU"
        )


if __name__ == "__main__":
    sys.path.insert(0, str(PROJECT))
    main()
