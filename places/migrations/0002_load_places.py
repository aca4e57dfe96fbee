"""Load Germany's postcodes, places and Kreise (GeoNames, CC BY 4.0) into the new tables."""

from django.db import migrations

from places.loading import load_places


def load(apps, schema_editor):
    load_places(
        apps.get_model("places", "District"),
        apps.get_model("places", "Place"),
        apps.get_model("places", "Postcode"),
    )


def unload(apps, schema_editor):
    for name in ["Postcode", "Place", "District"]:
        apps.get_model("places", name).objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("places", "0001_initial")]

    operations = [migrations.RunPython(load, unload, elidable=False)]
