"""Add a network of made-up alliances, for measuring the pages at scale (`make bench SCALE=…`).

Per alliance: 50 partners (and members from neighbouring alliances), 10 projects with
fields of action and partners, 5 news items and 5 dates, a contact, a logo and a short
history, in a real place with its Kreis, Land and postcode. Everything is published,
news and dates since a moment in the past; some dates lie ahead, some are over. Written
with bulk_create, so 1,000 alliances take seconds; bulk_create sends no signals, hence
the page cache is emptied at the end. The logos are seven pictures that many alliances
share, so deleting one of them in the admin removes the file for the others too: this
is data for measuring, not for editing. Only with DEBUG=true, like load_demo.
"""

import datetime
import random

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from buendnisse.models import Alliance, FieldOfAction, Image, Milestone
from contacts.models import ContactPerson
from core import pagecache
from core.fields import PartialDatePrecision
from news.models import Event, News
from partners.models import Membership, Partner
from places.models import Place, Postcode, search_key
from projects.models import PairCount, Project

from .load_demo import ensure_file, placeholder_logo

PARTNERS_PER_ALLIANCE = 50
SHARED_MEMBERS_PER_ALLIANCE = 3  # partners of the alliance before it, as in real networks
PROJECTS_PER_ALLIANCE = 10
NEWS_PER_ALLIANCE = 5
EVENTS_PER_ALLIANCE = 5
BATCH = 500
CREDIT = "Platzhalter, erzeugt für die Messung"

# Dark enough for white (contrast above 4.5 : 1), as Alliance.clean() demands.
ACCENT_COLORS = ["#005A8C", "#8C2D19", "#2E6B30", "#6A3D9A", "#9C2A5B", "#1F5F5B", "#7A4A00"]

PARTNER_NAMES = [
    (Partner.Kind.MUNICIPALITY, "Stadtverwaltung {place}, Fachbereich Jugend und Familie"),
    (Partner.Kind.MUNICIPALITY, "Agentur für Arbeit {place}"),
    (Partner.Kind.COMPANY, "Stadtwerke {place}"),
    (Partner.Kind.COMPANY, "Sparkasse {place}"),
    (Partner.Kind.COMPANY, "{name} GmbH & Co. KG"),
    (Partner.Kind.COMPANY, "Bäckerei {name}"),
    (Partner.Kind.COMPANY, "Wohnungsbaugenossenschaft {place}"),
    (Partner.Kind.CHAMBER, "Kreishandwerkerschaft {place}"),
    (Partner.Kind.ASSOCIATION, "Unternehmerverband {place}"),
    (Partner.Kind.CHURCH, "Evangelische Kirchengemeinde {place}"),
    (Partner.Kind.CHURCH, "Katholische Pfarrei St. {saint} {place}"),
    (Partner.Kind.WELFARE, "Caritasverband {place}"),
    (Partner.Kind.WELFARE, "Diakonisches Werk {place}"),
    (Partner.Kind.WELFARE, "AWO Ortsverein {place}"),
    (Partner.Kind.WELFARE, "DRK Kreisverband {place}"),
    (Partner.Kind.CLUB, "Kinderschutzbund Ortsverband {place}"),
    (Partner.Kind.CLUB, "Familienzentrum {place}-{quarter}"),
    (Partner.Kind.CLUB, "Mehrgenerationenhaus {place}"),
    (Partner.Kind.CLUB, "Turnverein {place} von 18{year}"),
    (Partner.Kind.CLUB, "Förderverein Kita {quarter}"),
    (Partner.Kind.EDUCATION, "Volkshochschule {place}"),
    (Partner.Kind.EDUCATION, "{name}-Grundschule {place}"),
    (Partner.Kind.EDUCATION, "Familienbildungsstätte {place}"),
    (Partner.Kind.HEALTH_INSURER, "AOK Geschäftsstelle {place}"),
    (Partner.Kind.UNION, "DGB Ortsverband {place}"),
    (Partner.Kind.FOUNDATION, "Bürgerstiftung {place}"),
    (Partner.Kind.INDIVIDUAL, "{first} {name}"),
]
NAMES = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker"]
NAMES += ["Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann"]
FIRST_NAMES = ["Anna", "Jonas", "Maria", "Lukas", "Sabine", "Thomas", "Petra", "Ahmet", "Olga"]
SAINTS = ["Marien", "Josef", "Michael", "Martin", "Johannes", "Elisabeth", "Antonius"]
QUARTERS = ["Nord", "Süd", "Mitte", "West", "Ost", "Altstadt", "Am Park", "Sonnenhang"]

PROJECTS = [
    ("Familienpatenschaften", "Ehrenamtliche begleiten Familien ein Jahr lang im Alltag."),
    ("Ferienbetreuung", "Betreuung für Schulkinder in allen Ferien, auch für Beschäftigte."),
    ("Väterfrühstück", "Einmal im Monat treffen sich Väter mit ihren Kindern zum Frühstück."),
    ("Familienwegweiser", "Alle Angebote für Familien in einem Heft und im Netz."),
    ("Notfallbetreuung", "Kurzfristige Kinderbetreuung, wenn die reguläre ausfällt."),
    ("Generationencafé", "Jung und Alt kommen bei Kaffee und Kuchen ins Gespräch."),
    ("Familienfreundlicher Betrieb", "Ein Siegel für Unternehmen, die Familien unterstützen."),
    ("Lesepaten", "Ehrenamtliche lesen in Kitas und Grundschulen vor."),
    ("Willkommensbesuche", "Ein Besuch mit Begrüßungspaket für jede Familie mit Neugeborenem."),
    ("Pflege und Beruf", "Beratung für Beschäftigte, die Angehörige pflegen."),
    ("Familientag", "Ein Fest im Stadtpark mit Spiel, Musik und Information."),
    ("Elternkurse", "Kurse, die Eltern in Erziehungsfragen stärken."),
]
STATUSES = [Project.Status.RUNNING] * 5 + [
    Project.Status.RECURRING,
    Project.Status.FINISHED,
    Project.Status.PLANNED,
]

NEWS = [
    "{project}: Bilanz nach einem Jahr",
    "Neue Partner im Bündnis",
    "Bündnis trifft sich zur Jahresversammlung",
    "{project} geht in die nächste Runde",
    "Auszeichnung für das Bündnis",
    "Rückblick auf den Familientag",
    "Neue Koordinatorin im Bündnis",
]
EVENTS = [
    ("Bündnistreffen", "Rathaus, Ratssaal"),
    ("Familienfest im Park", "Stadtpark"),
    ("Infoabend Pflege und Beruf", "Volkshochschule"),
    ("Elterncafé", "Familienzentrum"),
    ("Lenkungsgruppe", "Rathaus, Besprechungsraum 2"),
]


def paragraph(*sentences):
    return "<p>" + " ".join(sentences) + "</p>"


class Command(BaseCommand):
    help = (
        "Fügt N erfundene Bündnisse mit je 50 Partnern, 10 Projekten, 5 Meldungen und "
        "5 Terminen hinzu, um die Seiten bei Netzwerkgröße zu messen. Nur mit DEBUG=true."
    )

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, help="Anzahl der Bündnisse, z. B. 1000")
        parser.add_argument("--seed", type=int, default=1, help="Zufallswert (Standard 1)")

    def handle(self, *args, count, seed, **options):
        if not settings.DEBUG:
            raise CommandError(
                "generate_network füllt die Datenbank mit erfundenen Bündnissen und läuft "
                "deshalb nur in der Entwicklung. Bitte mit DEBUG=true starten."
            )
        if not FieldOfAction.objects.exists() or not Place.objects.exists():
            raise CommandError("Bitte zuerst `manage.py migrate` und `manage.py load_demo`.")
        self.random = random.Random(seed)  # noqa: S311 (made-up content, the same every run)
        self.now = timezone.now()
        with transaction.atomic():
            alliances = self.alliances(count)
            partners = self.partners(alliances)
            self.memberships(alliances)
            projects = self.projects(alliances)
            self.news(alliances)
            self.events(alliances)
            self.contacts_and_history(alliances)
            # bulk_create bypasses the signals that recount (projects.signals) …
            PairCount.objects.recount()
        # … and those that tell the page cache (core.signals).
        transaction.on_commit(lambda: pagecache.invalidate({pagecache.EVERYTHING}, schedule=True))
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(alliances)} Bündnisse, {len(partners)} Partner, {len(projects)} Projekte, "
                f"{len(alliances) * NEWS_PER_ALLIANCE} Meldungen und "
                f"{len(alliances) * EVENTS_PER_ALLIANCE} Termine hinzugefügt."
            )
        )

    def alliances(self, count):
        places = list(Place.objects.select_related("district").order_by("pk"))
        places = self.random.sample(places, min(count, len(places)))
        places += self.random.choices(places, k=count - len(places))
        postcodes = dict(
            Postcode.objects.filter(place__in=places)
            .order_by("-code")
            .values_list("place_id", "code")
        )
        taken = set(Alliance.objects.values_list("slug", flat=True))
        fields = list(FieldOfAction.objects.all())
        logos = self.logos()
        alliances = []
        for place in places:
            district = place.district
            territory = Alliance.Territory.CITY
            name = f"Lokales Bündnis für Familie {place.name}"
            where = place.name
            if self.random.random() < 0.2:
                territory = Alliance.Territory.DISTRICT
                name = f"Bündnis für Familie im {district.name}"
                where = district.short_name
            slug = unique_slug(slugify(search_key(where))[:70] or "buendnis", taken)
            color = self.random.choice(ACCENT_COLORS)
            year = self.random.randint(2004, 2022)
            alliance = Alliance(
                name=name[:200],
                slug=slug,
                place=where[:120],
                territory=territory,
                state=district.state,
                postcode=postcodes.get(place.pk, "01067"),
                status=self.random.choice(
                    [Alliance.Status.ACTIVE] * 8
                    + [Alliance.Status.FOUNDING, Alliance.Status.DORMANT]
                ),
                founded_on=datetime.date(year, 1, 1),
                founded_precision=PartialDatePrecision.YEAR,
                motto=f"Gemeinsam für Familien in {where}",
                introduction=paragraph(
                    f"In {where} arbeiten Verwaltung, Unternehmen, Kirchen, Vereine und "
                    "Wohlfahrtsverbände zusammen, damit Familien hier gut leben können.",
                    f"Seit {year} haben wir viele Ideen verwirklicht.",
                ),
                goals=paragraph("Familie und Beruf besser vereinbaren und Familien entlasten."),
                tasks=paragraph("Wir vernetzen Angebote und starten gemeinsame Projekte."),
                organisation=paragraph("Eine Lenkungsgruppe trifft sich viermal im Jahr."),
                founding=paragraph(
                    f"Das Bündnis wurde {year} auf Einladung der Kommune gegründet."
                ),
                network=paragraph("Wir gehören der Initiative Lokale Bündnisse für Familie an."),
                join_text=paragraph("Sprechen Sie uns an: Jede Hilfe ist willkommen."),
                partnership_text=paragraph("Partner unterzeichnen eine kurze Erklärung."),
                accent_color=color,
                is_published=True,
            )
            alliance.new_logo = Image(
                title=f"Logo {name}"[:200],
                file=logos[color].file.name,
                width=logos[color].width,
                height=logos[color].height,
                renditions=logos[color].renditions,
                alt_text=f"Logo: {name}"[:300],
                credit=CREDIT,
            )
            alliance.chosen_place, alliance.chosen_district = place, district
            alliance.fields = self.random.sample(
                fields, min(len(fields), self.random.randint(2, 5))
            )
            alliances.append(alliance)
        Alliance.objects.bulk_create(alliances, batch_size=BATCH)
        for alliance in alliances:
            alliance.new_logo.alliance = alliance
        Image.objects.bulk_create([a.new_logo for a in alliances], batch_size=BATCH)
        for alliance in alliances:
            alliance.logo = alliance.new_logo
        Alliance.objects.bulk_update(alliances, ["logo"], batch_size=BATCH)
        link(Alliance.fields_of_action, [(a, field) for a in alliances for field in a.fields])
        link(
            Alliance.districts,
            [(a, a.chosen_district) for a in alliances if a.territory == a.Territory.DISTRICT],
        )
        link(
            Alliance.places,
            [(a, a.chosen_place) for a in alliances if a.territory == a.Territory.CITY],
        )
        return alliances

    def logos(self):
        """One stored picture with its renditions per colour, which the alliances' logos share."""
        logos = {}
        for color in ACCENT_COLORS:
            name = f"bilder/demo/netzwerk-logo-{color[1:].lower()}.png"
            written = ensure_file(name, placeholder_logo("LB", color))
            logo, _created = Image.objects.get_or_create(
                file=name,
                defaults={
                    "title": f"Logo-Platzhalter {color}",
                    "alt_text": "Logo",
                    "credit": CREDIT,
                },
            )
            logo.ensure_renditions(force=written)
            logos[color] = logo
        return logos

    def partners(self, alliances):
        taken = set(Partner.objects.values_list("slug", flat=True))
        partners = []
        for alliance in alliances:
            alliance.own_partners = []
            for _ in range(PARTNERS_PER_ALLIANCE):
                kind, pattern = self.random.choice(PARTNER_NAMES)
                name = pattern.format(
                    place=alliance.place,
                    name=self.random.choice(NAMES),
                    first=self.random.choice(FIRST_NAMES),
                    saint=self.random.choice(SAINTS),
                    quarter=self.random.choice(QUARTERS),
                    year=self.random.randint(10, 99),
                )[:200]
                partner = Partner(
                    name=name,
                    slug=unique_slug(slugify(search_key(name))[:190], taken),
                    kind=kind,
                    place=alliance.place,
                    description="Engagiert sich für Familien vor Ort.",
                )
                alliance.own_partners.append(partner)
                partners.append(partner)
        Partner.objects.bulk_create(partners, batch_size=BATCH)
        return partners

    def memberships(self, alliances):
        memberships = []
        for index, alliance in enumerate(alliances):
            neighbour = alliances[index - 1].own_partners if len(alliances) > 1 else []
            shared = self.random.sample(neighbour, min(SHARED_MEMBERS_PER_ALLIANCE, len(neighbour)))
            alliance.members = alliance.own_partners + shared
            founded = alliance.founded_on.year
            for number, partner in enumerate(alliance.members):
                memberships.append(
                    Membership(
                        alliance=alliance,
                        partner=partner,
                        since=self.random.randint(founded, 2024),
                        is_founding_member=number < 8,
                        role="Mitinitiator" if number == 0 else "",
                    )
                )
        Membership.objects.bulk_create(memberships, batch_size=BATCH)

    def projects(self, alliances):
        fields = list(FieldOfAction.objects.all())
        projects = []
        for alliance in alliances:
            chosen = self.random.sample(PROJECTS, PROJECTS_PER_ALLIANCE)
            alliance.own_projects = []
            for order, (title, teaser) in enumerate(chosen):
                start = self.random.randint(alliance.founded_on.year, 2024)
                status = self.random.choice(STATUSES)
                project = Project(
                    alliance=alliance,
                    title=title,
                    slug=slugify(title),
                    teaser=teaser,
                    body=paragraph(teaser, f"Das Projekt läuft in {alliance.place} seit {start}."),
                    status=status,
                    start_year=start,
                    end_year=start + 2 if status == Project.Status.FINISHED else None,
                    is_published=True,
                    order=order,
                )
                project.fields = self.random.sample(
                    fields, min(len(fields), self.random.randint(1, 2))
                )
                project.partner_list = self.random.sample(alliance.members, 3)
                alliance.own_projects.append(project)
                projects.append(project)
        Project.objects.bulk_create(projects, batch_size=BATCH)
        link(Project.fields_of_action, [(p, field) for p in projects for field in p.fields])
        link(Project.partners, [(p, partner) for p in projects for partner in p.partner_list])
        return projects

    def news(self, alliances):
        items = []
        for alliance in alliances:
            for number in range(NEWS_PER_ALLIANCE):
                project = self.random.choice(alliance.own_projects)
                title = self.random.choice(NEWS).format(project=project.title)
                published = self.now - datetime.timedelta(
                    days=self.random.randint(1, 3 * 365), hours=self.random.randint(0, 10)
                )
                item = News(
                    alliance=alliance,
                    title=title,
                    slug=f"{slugify(title)[:180]}-{number + 1}",
                    date=timezone.localdate(published),
                    teaser=f"{title}: Neues aus dem Bündnis in {alliance.place}."[:300],
                    body=paragraph(
                        "Das Bündnis berichtet von seiner Arbeit.",
                        f"Im Mittelpunkt steht das Projekt „{project.title}“.",
                    ),
                    is_published=True,
                    publish_from=published,
                )
                item.project, item.partner = project, self.random.choice(alliance.members)
                items.append(item)
        News.objects.bulk_create(items, batch_size=BATCH)
        link(News.projects, [(item, item.project) for item in items])
        link(News.partners, [(item, item.partner) for item in items])

    def events(self, alliances):
        events = []
        today = timezone.localdate(self.now)
        for alliance in alliances:
            for number, (title, place_name) in enumerate(EVENTS[:EVENTS_PER_ALLIANCE]):
                # Two over, three ahead.
                days = self.random.randint(-200, -2) if number < 2 else self.random.randint(2, 200)
                day = today + datetime.timedelta(days=days)
                starts_at = timezone.make_aware(
                    datetime.datetime.combine(day, datetime.time(self.random.choice([10, 15, 18])))
                )
                events.append(
                    Event(
                        alliance=alliance,
                        title=title,
                        slug=f"{slugify(title)}-{day:%Y-%m-%d}",
                        is_published=True,
                        publish_from=self.now - datetime.timedelta(days=300),
                        starts_at=starts_at,
                        ends_at=starts_at + datetime.timedelta(hours=2),
                        place_name=place_name,
                        postcode=alliance.postcode,
                        city=alliance.place,
                        description=paragraph(
                            f"Alle Interessierten aus {alliance.place} sind eingeladen."
                        ),
                    )
                )
        Event.objects.bulk_create(events, batch_size=BATCH)

    def contacts_and_history(self, alliances):
        contacts, milestones = [], []
        for alliance in alliances:
            contacts.append(
                ContactPerson(
                    alliance=alliance,
                    first_name=self.random.choice(FIRST_NAMES),
                    last_name=self.random.choice(NAMES),
                    position="Koordination des Bündnisses",
                    institution=f"Stadtverwaltung {alliance.place}"[:200],
                    postcode=alliance.postcode,
                    city=alliance.place,
                    email=f"buendnis@{alliance.slug}.example.org",
                    is_published=True,
                )
            )
            milestones.append(
                Milestone(
                    alliance=alliance,
                    date=alliance.founded_on,
                    title="Gründung des Bündnisses",
                )
            )
        ContactPerson.objects.bulk_create(contacts, batch_size=BATCH)
        Milestone.objects.bulk_create(milestones, batch_size=BATCH)


def link(relation, pairs):
    """The rows of a many-to-many relation (e.g. Project.partners) for (object, target) pairs."""
    through = relation.through
    source = f"{relation.field.m2m_field_name()}_id"
    target = f"{relation.field.m2m_reverse_field_name()}_id"
    through.objects.bulk_create(
        [through(**{source: obj.pk, target: other.pk}) for obj, other in pairs], batch_size=BATCH
    )


def unique_slug(base, taken):
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    taken.add(slug)
    return slug
