from django.core.management.base import BaseCommand

from search.index import rebuild


class Command(BaseCommand):
    help = "Schreibt den Suchindex aller öffentlichen Inhalte neu (nur geänderte Einträge)."

    def handle(self, *args, **options):
        written = rebuild()
        self.stdout.write(f"Suchindex aktuell: {written} Einträge geschrieben oder entfernt.")
