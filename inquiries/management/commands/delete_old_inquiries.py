from django.conf import settings
from django.core.management.base import BaseCommand

from inquiries.models import Inquiry


class Command(BaseCommand):
    help = (
        "Löscht Anfragen aus „Machen Sie mit“, die älter als INQUIRY_RETENTION_DAYS Tage sind, "
        "wie es die Datenschutzerklärung sagt. Täglich ausführen (cron, systemd-Timer)."
    )

    def handle(self, *args, **options):
        count, _by_model = Inquiry.objects.expired().delete()
        days = settings.INQUIRY_RETENTION_DAYS
        self.stdout.write(f"{count} Anfrage(n) gelöscht, älter als {days} Tage.")
