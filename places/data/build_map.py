"""Build places/data/germany.json: Germany's outline as one simplified SVG path.

Run by `make map-data`, which unpacks the npm package world-atlas (Natural Earth's
countries at 1:10m as TopoJSON, public domain) into a throw-away folder and passes its
countries-10m.json here. Uses the standard library only.

The projection is equirectangular with the longitudes squeezed by the cosine of the middle
latitude: at Germany's size it looks right and places.maps can repeat it in two lines.
"""

import json
import math
import sys
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent / "germany.json"
GERMANY = "276"  # ISO 3166-1 numeric
SCALE = 100  # SVG units per degree of latitude
TOLERANCE = 1.2  # SVG units a simplified line may stray from the coast or border
MIN_AREA = 20  # square SVG units: smaller islands are left out
MARGIN = 8


def decode_arcs(topology):
    """TopoJSON's quantised, delta-encoded arcs as lists of (longitude, latitude)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs, indexes):
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def simplify(points, tolerance):
    """Douglas-Peucker."""
    if len(points) < 3:
        return points
    (x1, y1), (x2, y2) = points[0], points[-1]
    length = math.hypot(x2 - x1, y2 - y1) or 1e-9
    far, index = 0.0, 0
    for i, (x, y) in enumerate(points[1:-1], start=1):
        d = abs((x2 - x1) * (y1 - y) - (x1 - x) * (y2 - y1)) / length
        if d > far:
            far, index = d, i
    if far <= tolerance:
        return [points[0], points[-1]]
    return simplify(points[: index + 1], tolerance)[:-1] + simplify(points[index:], tolerance)


def simplify_ring(points, tolerance):
    """A closed ring, simplified in two halves split at the point farthest from its start."""
    x0, y0 = points[0]
    far = max(range(len(points)), key=lambda i: math.hypot(points[i][0] - x0, points[i][1] - y0))
    return simplify(points[: far + 1], tolerance)[:-1] + simplify(points[far:], tolerance)


def area(points):
    """Shoelace formula."""
    pairs = zip(points, points[1:] + points[:1], strict=True)
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in pairs)) / 2


def build(countries_file):
    topology = json.loads(Path(countries_file).read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    germany = next(
        g for g in topology["objects"]["countries"]["geometries"] if g.get("id") == GERMANY
    )
    polygons = germany["arcs"] if germany["type"] == "MultiPolygon" else [germany["arcs"]]
    outer_rings = [ring(arcs, polygon[0]) for polygon in polygons]
    lons = [lon for r in outer_rings for lon, _lat in r]
    lats = [lat for r in outer_rings for _lon, lat in r]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    squeeze = math.cos(math.radians((north + south) / 2))

    def project(lon, lat):
        return ((lon - west) * squeeze * SCALE + MARGIN, (north - lat) * SCALE + MARGIN)

    path = []
    for r in outer_rings:
        projected = [project(lon, lat) for lon, lat in r]
        if area(projected) < MIN_AREA:
            continue
        simple = simplify_ring(projected, TOLERANCE)
        path.append("M" + "L".join(f"{x:.0f},{y:.0f}" for x, y in simple[:-1]) + "Z")
    width = (east - west) * squeeze * SCALE + 2 * MARGIN
    height = (north - south) * SCALE + 2 * MARGIN
    data = {
        "source": "Natural Earth (public domain), via the npm package world-atlas 2.0.2",
        "width": round(width),
        "height": round(height),
        "projection": {
            "west": west,
            "north": north,
            "squeeze": squeeze,
            "scale": SCALE,
            "margin": MARGIN,
        },
        "path": "".join(path),
    }
    OUTPUT.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(f"{OUTPUT.name}: {len(path)} rings, {len(data['path'])} characters of path")


if __name__ == "__main__":
    build(sys.argv[1])
