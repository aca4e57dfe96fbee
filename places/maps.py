"""Germany as the site draws it, as inline SVG: the outline from places/data/germany.json
(Natural Earth via world-atlas, made by places/data/build_map.py) and points placed by the
same projection."""

import functools
import json
from pathlib import Path

DATA_FILE = Path(__file__).resolve().parent / "data" / "germany.json"


@functools.cache
def germany():
    """width, height and the outline's SVG `path`."""
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


def project(latitude, longitude):
    """The (x, y) of a point on the map, in the outline's SVG units."""
    p = germany()["projection"]
    x = (longitude - p["west"]) * p["squeeze"] * p["scale"] + p["margin"]
    y = (p["north"] - latitude) * p["scale"] + p["margin"]
    return round(x, 1), round(y, 1)
