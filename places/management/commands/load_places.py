from django.core.management.base import BaseCommand
from django.db import transaction

from places.loading import load_places
from places.models import District, Place, Postcode


class Command(BaseCommand):
    help = (
        "Gleicht Kreise, Orte und Postleitzahlen mit places/data/places.json.gz ab (nach "
        "`make places-data`). Die Gebiete der Bündnisse bleiben erhalten, soweit es ihre "
        "Kreise und Orte noch gibt."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            changes = load_places(District, Place, Postcode)
        for name, counts in changes.items():
            self.stdout.write(f"{name}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
