"""Fill the catalogue from places/data/places.json.gz (built by places/data/build.py).

Districts and places are matched by name, so a refresh keeps the alliances' areas that
still exist; postcodes are replaced.
"""

import gzip
import json
from pathlib import Path

from .models import base_name, search_key

DATA_FILE = Path(__file__).resolve().parent / "data" / "places.json.gz"
BATCH_SIZE = 2000


def read_data():
    return json.loads(gzip.decompress(DATA_FILE.read_bytes()))


def load_places(District, Place, Postcode):  # noqa: N803 (model classes, also a migration's)
    """Bring the tables in line with the shipped data; returns what changed, by model."""
    data = read_data()
    changes = {}
    districts, changes["districts"] = sync(
        District,
        ["name", "state"],
        ["short_name", "kind", "key", "short_key"],
        [
            District(
                name=name,
                short_name=short_name,
                kind=kind,
                state=state,
                key=search_key(name),
                short_key=search_key(base_name(short_name)),
            )
            for name, short_name, kind, state in data["districts"]
        ],
    )
    places, changes["places"] = sync(
        Place,
        ["name", "district_id"],
        ["latitude", "longitude", "key"],
        [
            Place(
                name=name,
                district=districts[district],
                latitude=latitude,
                longitude=longitude,
                key=search_key(name),
            )
            for name, district, latitude, longitude, _codes in data["places"]
        ],
    )
    Postcode.objects.all().delete()
    postcodes = Postcode.objects.bulk_create(
        [
            Postcode(code=code, place=place)
            for place, row in zip(places, data["places"], strict=True)
            for code in row[4].split()
        ],
        batch_size=BATCH_SIZE,
    )
    changes["postcodes"] = {"rows": len(postcodes)}
    return changes


def sync(model, key_fields, value_fields, wanted):
    """Create, update and delete rows of `model` so they are `wanted` (matched by the key
    fields); the saved objects in the order wanted, and how many were created, updated,
    deleted."""
    existing = {
        tuple(getattr(obj, field) for field in key_fields): obj for obj in model.objects.all()
    }
    result, created, updated = [], [], []
    for obj in wanted:
        old = existing.pop(tuple(getattr(obj, field) for field in key_fields), None)
        if old is None:
            created.append(obj)
            result.append(obj)
            continue
        if any(getattr(old, field) != getattr(obj, field) for field in value_fields):
            for field in value_fields:
                setattr(old, field, getattr(obj, field))
            updated.append(old)
        result.append(old)
    model.objects.filter(pk__in=[obj.pk for obj in existing.values()]).delete()
    model.objects.bulk_create(created, batch_size=BATCH_SIZE)
    model.objects.bulk_update(updated, value_fields, batch_size=BATCH_SIZE)
    return result, {"created": len(created), "updated": len(updated), "deleted": len(existing)}


def ensure_places_loaded():
    """Load the catalogue where it is missing, e.g. after a test emptied every table."""
    from .models import District, Place, Postcode

    if not Postcode.objects.exists():
        load_places(District, Place, Postcode)
