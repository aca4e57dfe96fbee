"""Content of the demo alliances, from the project's source texts (shared/seeds/).

Texts follow the source texts' wording; obvious typos of the originals are corrected
(e.g. "merden" -> "werden", "BMFSJF" -> "BMFSFJ"). Names, roles, institutions and street
addresses are the real ones; e-mail addresses and telephone/fax numbers are fictitious.
The leading underscore keeps this module from being listed as a management command.
"""

import datetime

from buendnisse.models import Alliance, Document, WorkingGroup
from contacts.models import ContactPerson
from core.fields import PartialDatePrecision
from partners.models import Partner
from projects.models import Project

YEAR = PartialDatePrecision.YEAR
MONTH = PartialDatePrecision.MONTH
DAY = PartialDatePrecision.DAY

FIELDS_OF_ACTION = [
    (
        "familie-und-beruf",
        "Familie und Beruf",
        "Vereinbarkeit von Familie und Beruf, familienbewusste Personalpolitik, Wiedereinstieg "
        "nach der Familienphase.",
    ),
    (
        "bildung-betreuung-und-erziehung",
        "Bildung, Betreuung und Erziehung",
        "Kinderbetreuung, Bildungsangebote für Kinder und Eltern, Stärkung der "
        "Erziehungskompetenz.",
    ),
    (
        "wohnen-und-leben",
        "Wohnen und Leben",
        "Familienfreundliches Wohnumfeld, Nachbarschaft, Freizeit und Unterstützung im Alltag "
        "(auch „Leben und Wohnen“).",
    ),
    (
        "zeit-fuer-familie",
        "Zeit für Familie",
        "Familienzeitpolitik: Zeitkonflikte von Familien erkennen und lösen, damit mehr Zeit "
        "füreinander bleibt.",
    ),
    (
        "gesundheit-und-pflege",
        "Gesundheit und Pflege",
        "Bewegung und Gesundheit in der Familie, Familie und Pflege von Angehörigen.",
    ),
    (
        "information-und-beratung",
        "Information und Beratung",
        "Wegweiser, Kalender und Beratungsangebote, die Familien Orientierung geben.",
    ),
    (
        "miteinander-der-generationen",
        "Miteinander der Generationen",
        "Jung und Alt unterstützen einander, zum Beispiel in Familienpatenschaften.",
    ),
]

# Partners by slug. Generic entries of the Kreis Unna list ("Gewerkschaften") carry the
# district in their slug, so another alliance's entry of the same name stays separate.
PARTNERS = {
    # Kassel
    "klinikum-kassel": ("Klinikum Kassel", Partner.Kind.COMPANY, "Kassel"),
    "ihk-kassel-marburg": ("IHK Kassel-Marburg", Partner.Kind.CHAMBER, "Kassel"),
    "frauentreff-brueckenhof": ("Frauentreff Brückenhof", Partner.Kind.CLUB, "Kassel"),
    "gwg-kassel": ("GWG der Stadt Kassel", Partner.Kind.COMPANY, "Kassel"),
    "wohnungsgenossenschaft-1889": ("Wohnungsgenossenschaft 1889", Partner.Kind.COMPANY, "Kassel"),
    "agentur-fuer-arbeit-kassel": (
        "Agentur für Arbeit Kassel",
        Partner.Kind.MUNICIPALITY,
        "Kassel",
    ),
    "universitaet-kassel": ("Universität Kassel", Partner.Kind.EDUCATION, "Kassel"),
    "vitos-orthopaedische-kliniken": (
        "Vitos Orthopädische Kliniken",
        Partner.Kind.COMPANY,
        "Kassel",
    ),
    "kinderschutzbund-kassel": ("Kinderschutzbund", Partner.Kind.WELFARE, "Kassel"),
    "stadt-kassel": ("Stadt Kassel", Partner.Kind.MUNICIPALITY, "Kassel"),
    # Herzogenrath
    "stadt-herzogenrath": ("Stadt Herzogenrath", Partner.Kind.MUNICIPALITY, "Herzogenrath"),
    # Kreis Unna, in the order of the source's list "Wer ist dabei"
    "aok-kreis-unna": (
        "Allgemeine Ortskrankenkasse (AOK)",
        Partner.Kind.HEALTH_INSURER,
        "Kreis Unna",
    ),
    "ag-wohlfahrtsverbaende-kreis-unna": (
        "Arbeitsgemeinschaft der Wohlfahrtsverbände",
        Partner.Kind.WELFARE,
        "Kreis Unna",
    ),
    "bildungstraeger-kreis-unna": ("Bildungsträger", Partner.Kind.EDUCATION, "Kreis Unna"),
    "familienbuendnisse-kreis-unna": (
        "Familienbezogene Bündnisse, Netzwerke und Einrichtungen im Kreis Unna",
        Partner.Kind.OTHER,
        "Kreis Unna",
    ),
    "familienbildungsstaetten-kreis-unna": (
        "Familienbildungsstätten",
        Partner.Kind.EDUCATION,
        "Kreis Unna",
    ),
    "firmen-kreis-unna": ("Diverse Firmen und Betriebe", Partner.Kind.COMPANY, "Kreis Unna"),
    "gewerkschaften-kreis-unna": ("Gewerkschaften", Partner.Kind.UNION, "Kreis Unna"),
    "gleichstellungsbeauftragte-kreis-unna": (
        "Gleichstellungsbeauftragte",
        Partner.Kind.MUNICIPALITY,
        "Kreis Unna",
    ),
    "handwerkskammer-dortmund": ("Handwerkskammer Dortmund", Partner.Kind.CHAMBER, "Dortmund"),
    "ihk-dortmund": (
        "Industrie- und Handelskammer zu Dortmund",
        Partner.Kind.CHAMBER,
        "Dortmund",
    ),
    "jobcenter-kreis-unna": ("Jobcenter Kreis Unna", Partner.Kind.MUNICIPALITY, "Kreis Unna"),
    "jugendaemter-kreis-unna": ("Jugendämter", Partner.Kind.MUNICIPALITY, "Kreis Unna"),
    "kirchenkreis-unna": ("Kirchenkreis Unna", Partner.Kind.CHURCH, "Unna"),
    "kreisseniorenkonferenz-unna": (
        "Kreisseniorenkonferenz",
        Partner.Kind.ASSOCIATION,
        "Kreis Unna",
    ),
    "kreissportbund-unna": ("Kreissportbund Unna", Partner.Kind.ASSOCIATION, "Kreis Unna"),
    "kreis-unna": (
        "Kreis Unna und kreisangehörige Kommunen",
        Partner.Kind.MUNICIPALITY,
        "Kreis Unna",
    ),
    "parteien-kreistag-unna": ("Alle Parteien des Kreistages", Partner.Kind.PARTY, "Kreis Unna"),
    "regionales-bildungsbuero-unna": (
        "Regionales Bildungsbüro Unna",
        Partner.Kind.EDUCATION,
        "Unna",
    ),
    "selbsthilfegruppen-kreis-unna": ("Selbsthilfegruppen", Partner.Kind.CLUB, "Kreis Unna"),
    "ukbs-unna": ("Unnaer Kreis Bau und Siedlungsgesellschaft", Partner.Kind.COMPANY, "Unna"),
    "verkehrsgesellschaft-kreis-unna": (
        "Verkehrsgesellschaft Kreis Unna",
        Partner.Kind.COMPANY,
        "Kreis Unna",
    ),
    "wirtschaftsfoerderung-kreis-unna": (
        "Wirtschaftsförderung Kreis Unna",
        Partner.Kind.MUNICIPALITY,
        "Kreis Unna",
    ),
    "wohnungsbaugesellschaften-kreis-unna": (
        "Wohnungsbaugesellschaften",
        Partner.Kind.COMPANY,
        "Kreis Unna",
    ),
    "agentur-der-kreisel": ("Agentur „Der Kreisel“", Partner.Kind.OTHER, "Kreis Unna"),
    "kreispolizeibehoerde-unna": (
        "Kreispolizeibehörde Unna",
        Partner.Kind.MUNICIPALITY,
        "Kreis Unna",
    ),
    # Laatzen
    "stadt-laatzen": ("Stadt Laatzen", Partner.Kind.MUNICIPALITY, "Laatzen"),
}

FEDERAL_PORTAL = "https://lokale-buendnisse-fuer-familie.de/"

KASSEL = {
    "slug": "kassel",
    "initials": "KBF",
    # What the finder finds it under: whole Kreise by name, places by name and Kreis.
    "covers": {"districts": ["Stadt Kassel"], "places": []},
    "alliance": {
        "name": "Kasseler Bündnis für Familie",
        "place": "Kassel",
        "territory": Alliance.Territory.CITY,
        "state": Alliance.State.HE,
        "postcode": "34117",
        "status": Alliance.Status.ACTIVE,
        "founded_on": datetime.date(2004, 1, 1),
        "founded_precision": YEAR,
        "motto": "Ein starkes Netz für Familien",
        "introduction": (
            "<p><strong>Herzlich Willkommen beim Kasseler Bündnis für Familie!</strong></p>"
            "<h3>10 Jahre Kasseler Bündnis für Familie – Ein starkes Netz für Familien</h3>"
            "<p>2004 startete die bundesweite Initiative „Lokale Bündnisse für Familien“ des "
            "Bundesministeriums für Familie, Senioren, Frauen und Jugend, die nun unter dem "
            "Motto „Einzigartig – Partnerschaftlich“ ihr zehnjähriges Bestehen feiert. Kassel "
            "ist von Beginn an mit dabei. Das Kasseler Bündnis für Familien wurde als "
            "100. Mitglied von der damaligen Familienministerin Renate Schmidt in die "
            "Initiative aufgenommen. Zehn Jahre später zieht das Kasseler Bündnis eine "
            "positive Zwischenbilanz.</p>"
            "<p>Nach einem großen Auftakt mit über 70 Organisationen, Betrieben, Vereinen und "
            "weiteren Akteuren in 2004 ist aus dem Kasseler Bündnis inzwischen ein breit "
            "aufgestelltes und starkes Netzwerk geworden.</p>"
            "<p>Langjährige Bündnisakteure der ersten Stunde sind das Klinikum Kassel, die IHK, "
            "der Frauentreff Brückenhof, die GWG und die Wohnungsgenossenschaft 1889, die "
            "Agentur für Arbeit und die Universität Kassel. Als jüngstes Bündnismitglied "
            "konnte 2014 die Vitos Orthopädische Kliniken gewonnen werden.</p>"
            "<p>Viele Ideen aus dem Kreis des Bündnisses konnten inzwischen umgesetzt werden. "
            "Dazu zählen die Ideen aus der Aktion „Familie Willkommen“, die familienfreundliche "
            "Geschäfte und Anlaufstellen für Kinder in der Stadt Kassel sichtbar gemacht hat "
            "und zwischenzeitlich von der IHK und dem Kinderschutzbund weitergeführt wird. Auch "
            "der Kompetenzpass für Frauen, die nach einer Phase der Kindererziehung wieder in "
            "das Erwerbsleben zurückkehren und ihre in der Familienarbeit erworbenen "
            "Kompetenzen sichtbar machen wollen, gehört dazu und ist sogar bundesweit "
            "aufgegriffen worden. Der Wegweiser für Familien, der derzeit aktualisiert und "
            "voraussichtlich im Sommer diesen Jahres neu vom Bündnis herausgegeben wird, und "
            "der jährlich erscheinende Familienkalender bieten viele Informationen und Tipps "
            "rund um das Leben mit Kindern in Kassel.</p>"
        ),
        "goals": (
            "<p>Eine familienfreundliche Stadt und die Anerkennung und Wertschätzung der "
            "unverzichtbaren Leistungen, die Familien täglich für die Gesellschaft erbringen, "
            "sind auch weiterhin die Ziele, für die sich die Partner im Kasseler Bündnis für "
            "Familien engagieren und eine Öffentlichkeit herstellen möchten.</p>"
            "<p>„Es gibt nach wie vor viel zu tun. Die ganze Gesellschaft profitiert von "
            "Familienfreundlichkeit. Kinderbetreuung, Information und Beratung, Familien "
            "unterstützende Dienstleistungen und familienbewusste Personalpolitik sind nicht "
            "nur für die Familien selbst ein großes Plus und erhöhen ihre Lebensqualität und "
            "die Zufriedenheit. Von Familienfreundlichkeit profitieren auch die Städte, "
            "Gemeinden, Regionen und Unternehmen. Sie werden dadurch für Fachkräfte attraktiver "
            "und bieten jungen Menschen eine Perspektive. Das ist gerade angesichts des "
            "demografischen Wandels ein wichtiger Faktor für die Zukunftsfähigkeit der Städte "
            "und Regionen. Familienfreundlichkeit ist deshalb auch zu einem Standortfaktor "
            "geworden, der stetig an Bedeutung gewinnt“, so Anne Janz, Schirmherrin des "
            "Kasseler Bündnisses für Familie.</p>"
        ),
        "tasks": (
            "<h3>Seit 2004 aktiv vor Ort – Immer für neue Ideen offen</h3>"
            "<p>Familienfreundlichkeit gehört zu den wichtigen gesellschaftlichen Anliegen "
            "unserer Zeit. In der Stadt Kassel gibt es viele engagierte Menschen und "
            "Institutionen, die gemeinsam daran arbeiten, das Leben für Familien in unserer "
            "Stadt attraktiv zu gestalten.</p>"
            "<p>Im „Kasseler Bündnis für Familien“ engagieren sich seit 2004 viele "
            "Organisationen, Firmen und Vereine, um Kassel auf breiter Basis zu einer "
            "familienfreundlichen Stadt weiter zu entwickeln. Dieses Bündnis bietet "
            "Organisationen, Initiativen und Einzelpersonen, die sich für die Verbesserung der "
            "Lebensqualität von Familien einsetzen möchten, eine gemeinsame Plattform zur "
            "Vernetzung und zur Bearbeitung wichtiger Themen. Viele gute Ideen rund um das "
            "Thema Familie können so als gemeinsames Anliegen aufgegriffen und umgesetzt "
            "werden.</p>"
        ),
        "organisation": (
            "<p>Schirmherrin des Kasseler Bündnisses für Familie ist Anne Janz, Dezernentin für "
            "Jugend, Schule, Frauen und Gesundheit der Stadt Kassel. Ansprechpartnerin für das "
            "Bündnis ist Annekathrin Schneider im Jugendamt der Stadt Kassel.</p>"
        ),
        "founding": (
            "<p>Das Kasseler Bündnis für Familie startete 2004 mit einem großen Auftakt: Über "
            "70 Organisationen, Betriebe, Vereine und weitere Akteure waren dabei. Als "
            "100. Mitglied wurde es von der damaligen Familienministerin Renate Schmidt in die "
            "Bundesinitiative „Lokale Bündnisse für Familie“ aufgenommen.</p>"
        ),
        "network": (
            "<p>Das Kasseler Bündnis ist auch über unsere Stadtgrenze hinaus aktiv. Es ist "
            "Partner in der bundesweiten Initiative "
            f'<a href="{FEDERAL_PORTAL}">„Lokale Bündnisse für Familie“</a> des BMFSFJ und im '
            "bundesweiten Netzwerk „Bündnisfamilie 2.0“. Auch diese bundesweite Vernetzung "
            "gibt wichtige Impulse für die Arbeit vor Ort.</p>"
        ),
        "join_text": (
            "<p>Das Kasseler Bündnis für Familie ist jederzeit für neue Mitstreiterinnen und "
            "Mitstreiter offen. <strong>Machen Sie mit, Ihre Ideen sind gefragt!</strong></p>"
        ),
        "partnership_text": (
            "<p>Das Bündnis bietet Organisationen, Initiativen und Einzelpersonen, die sich für "
            "die Verbesserung der Lebensqualität von Familien einsetzen möchten, eine "
            "gemeinsame Plattform zur Vernetzung und zur Bearbeitung wichtiger Themen. Wie Sie "
            "Bündnispartner werden, erfahren Sie bei Annekathrin Schneider im Jugendamt der "
            "Stadt Kassel.</p>"
        ),
        "quote": (
            "Unter dem Dach des Kasseler Bündnisses für Familien sind ganz unterschiedliche "
            "Partner zusammen gekommen. Es sind vor allem die persönlichen Kontakte, die kurzen "
            "Wege und ein ganz großer Pool an Ideen, Fachwissen und anderen Ressourcen, die "
            "schnell abrufbar sind und gebündelt werden können."
        ),
        "quote_author": (
            "Anne Janz, Dezernentin für Jugend, Schule, Frauen und Gesundheit der Stadt Kassel "
            "und Schirmherrin des Kasseler Bündnisses für Familie"
        ),
        # Leichte Sprache: short sentences, one statement each, hard words explained.
        "easy_language": (
            "<h3>Wer sind wir?</h3>"
            "<p>Wir sind das Kasseler Bündnis für Familie.</p>"
            "<p>Ein Bündnis ist eine Gruppe.</p>"
            "<p>In der Gruppe arbeiten viele zusammen.</p>"
            "<p>Bei uns machen mehr als 70 Gruppen und Firmen mit.</p>"
            "<p>Zum Beispiel:</p>"
            "<ul><li><p>die Stadt Kassel</p></li>"
            "<li><p>die Universität Kassel</p></li>"
            "<li><p>das Klinikum Kassel</p></li>"
            "<li><p>die Agentur für Arbeit</p></li></ul>"
            "<p>Das Bündnis gibt es seit dem Jahr 2004.</p>"
            "<h3>Was wollen wir?</h3>"
            "<p>Wir wollen: Familien leben gern in Kassel.</p>"
            "<p>Eltern haben Arbeit.</p>"
            "<p>Und Eltern haben Zeit für ihre Kinder.</p>"
            "<p>Kinder werden gut betreut.</p>"
            "<p>Familien bekommen Hilfe und gute Tipps.</p>"
            "<h3>Was machen wir?</h3>"
            "<p>Wir haben eine Aktion gemacht.</p>"
            "<p>Die Aktion heißt: Familie Willkommen.</p>"
            "<p>Bei der Aktion zeigen Geschäfte: Familien sind bei uns willkommen.</p>"
            "<p>Und Kinder bekommen bei uns Hilfe.</p>"
            "<p>Wir machen auch einen Familien-Kalender.</p>"
            "<p>Den Kalender gibt es jedes Jahr neu.</p>"
            "<p>Im Kalender stehen viele Tipps für Familien in Kassel.</p>"
            "<h3>So erreichen Sie uns</h3>"
            "<p>Unsere Ansprech-Person ist Annekathrin Schneider.</p>"
            "<p>Eine Ansprech-Person beantwortet Ihre Fragen.</p>"
            "<p>Frau Schneider arbeitet im Jugend-Amt der Stadt Kassel.</p>"
            "<p>Das Jugend-Amt hilft Kindern, Jugendlichen und Familien.</p>"
            "<h3>Machen Sie mit!</h3>"
            "<p>Sie möchten Familien in Kassel helfen?</p>"
            "<p>Dann machen Sie bei uns mit.</p>"
            "<p>Alle können mitmachen.</p>"
            "<p>Zum Beispiel ein Verein, eine Firma oder Sie selbst.</p>"
            "<p>Rufen Sie Frau Schneider an.</p>"
            "<p>Oder schreiben Sie Frau Schneider eine E-Mail.</p>"
        ),
        "accent_color": "#005A8C",
        "website": "",
        "is_published": True,
    },
    "fields_of_action": [
        "familie-und-beruf",
        "bildung-betreuung-und-erziehung",
        "wohnen-und-leben",
        "information-und-beratung",
    ],
    "logo": {
        "title": "Logo Kasseler Bündnis für Familie (Demo-Grafik)",
        "alt_text": "Logo des Kasseler Bündnisses für Familie (für die Demo gezeichnet)",
        "caption": "",
    },
    "lead_image": {
        "title": "Aufmacher Kasseler Bündnis für Familie (Demo-Grafik)",
        "alt_text": (
            "Zeichnung für die Demo anstelle eines Fotos: eine Familie vor Häusern und Bäumen "
            "unter der Sonne, in den Farben des Bündnisses"
        ),
        "caption": "",
    },
    "milestones": [
        (
            datetime.date(2004, 1, 1),
            YEAR,
            "Auftakt mit über 70 Organisationen",
            "Nach einem großen Auftakt mit über 70 Organisationen, Betrieben, Vereinen und "
            "weiteren Akteuren startet das Kasseler Bündnis für Familie.",
        ),
        (
            datetime.date(2004, 1, 1),
            YEAR,
            "100. Mitglied der Bundesinitiative",
            "Die damalige Familienministerin Renate Schmidt nimmt das Kasseler Bündnis als "
            "100. Mitglied in die Initiative „Lokale Bündnisse für Familie“ auf.",
        ),
        (
            datetime.date(2014, 1, 1),
            YEAR,
            "10 Jahre Kasseler Bündnis für Familie",
            "Bei einer Pressekonferenz im Magistratssaal präsentieren die Bündnispartner "
            "Ergebnisse und Vorhaben ihrer Arbeit und ziehen eine positive Zwischenbilanz.",
        ),
        (
            datetime.date(2014, 1, 1),
            YEAR,
            "Vitos Orthopädische Kliniken werden jüngstes Bündnismitglied",
            "",
        ),
    ],
    "working_groups": [],
    "memberships": [
        ("klinikum-kassel", 2004, True, ""),
        ("ihk-kassel-marburg", 2004, True, "führt „Familie Willkommen“ weiter"),
        ("frauentreff-brueckenhof", 2004, True, ""),
        ("gwg-kassel", 2004, True, ""),
        ("wohnungsgenossenschaft-1889", 2004, True, ""),
        ("agentur-fuer-arbeit-kassel", 2004, True, ""),
        ("universitaet-kassel", 2004, True, ""),
        ("vitos-orthopaedische-kliniken", 2014, False, "jüngstes Bündnismitglied"),
        ("stadt-kassel", None, False, "Schirmherrschaft und Koordination (Jugendamt)"),
    ],
    "projects": [
        {
            "slug": "familie-willkommen",
            "title": "Familie Willkommen",
            "teaser": (
                "Die Aktion hat familienfreundliche Geschäfte und Anlaufstellen für Kinder in "
                "der Stadt Kassel sichtbar gemacht."
            ),
            "body": (
                "<p>Die Aktion „Familie Willkommen“ hat familienfreundliche Geschäfte und "
                "Anlaufstellen für Kinder in der Stadt Kassel sichtbar gemacht. Sie ist aus dem "
                "Kreis des Bündnisses entstanden und wird zwischenzeitlich von der IHK und dem "
                "Kinderschutzbund weitergeführt.</p>"
            ),
            "status": Project.Status.RUNNING,
            "fields_of_action": ["wohnen-und-leben"],
            "partners": ["ihk-kassel-marburg", "kinderschutzbund-kassel"],
        },
        {
            "slug": "kompetenzpass-fuer-frauen",
            "title": "Kompetenzpass für Frauen",
            "teaser": (
                "Für Frauen, die nach der Kindererziehung in den Beruf zurückkehren und ihre in "
                "der Familienarbeit erworbenen Kompetenzen sichtbar machen wollen."
            ),
            "body": (
                "<p>Der Kompetenzpass ist für Frauen, die nach einer Phase der Kindererziehung "
                "wieder in das Erwerbsleben zurückkehren und ihre in der Familienarbeit "
                "erworbenen Kompetenzen sichtbar machen wollen. Die Idee aus dem Kasseler "
                "Bündnis ist sogar bundesweit aufgegriffen worden.</p>"
            ),
            "status": Project.Status.RUNNING,
            "fields_of_action": ["familie-und-beruf"],
            "partners": [],
        },
        {
            "slug": "wegweiser-fuer-familien",
            "title": "Wegweiser für Familien",
            "teaser": "Informationen und Tipps rund um das Leben mit Kindern in Kassel.",
            "body": (
                "<p>Der Wegweiser für Familien bietet viele Informationen und Tipps rund um das "
                "Leben mit Kindern in Kassel. Er wird derzeit aktualisiert und voraussichtlich "
                "im Sommer dieses Jahres neu vom Bündnis herausgegeben.</p>"
            ),
            "status": Project.Status.RUNNING,
            "fields_of_action": ["information-und-beratung"],
            "partners": [],
        },
        {
            "slug": "familienkalender",
            "title": "Familienkalender",
            "teaser": (
                "Der jährlich erscheinende Kalender mit Informationen und Tipps für Familien."
            ),
            "body": (
                "<p>Der jährlich erscheinende Familienkalender des Bündnisses bietet viele "
                "Informationen und Tipps rund um das Leben mit Kindern in Kassel.</p>"
            ),
            "status": Project.Status.RECURRING,
            "fields_of_action": ["information-und-beratung"],
            "partners": [],
        },
    ],
    "contacts": [
        {
            "first_name": "Annekathrin",
            "last_name": "Schneider",
            "role": ContactPerson.Role.CONTACT,
            "position": "",
            "institution": "Stadt Kassel",
            "department": "Jugendamt",
            "street": "Obere Königstraße 8",
            "postcode": "34117",
            "city": "Kassel",
            "phone": "0561 000-0000",
            "fax": "0561 000-0001",
            "email": "annekathrin.schneider@example.org",
            "transit_url": "https://www.nvv.de/",
            "order": 0,
        },
        {
            "first_name": "Anne",
            "last_name": "Janz",
            "role": ContactPerson.Role.PATRON,
            "position": "Dezernentin für Jugend, Schule, Frauen und Gesundheit",
            "institution": "Stadt Kassel",
            "portrait": {
                "title": "Porträt Anne Janz (Demo-Grafik)",
                "alt_text": "Umriss einer Person statt eines Porträts von Anne Janz (Demo-Grafik)",
                "caption": "Schirmherrin Anne Janz",
            },
            "order": 1,
        },
    ],
    "documents": [],
}

HERZOGENRATH = {
    "slug": "herzogenrath",
    "initials": "LBH",
    "covers": {"districts": [], "places": [("Herzogenrath", "Städteregion Aachen")]},
    "alliance": {
        "name": "Lokales Bündnis für Familie Herzogenrath",
        "place": "Herzogenrath",
        "territory": Alliance.Territory.CITY,
        "state": Alliance.State.NW,
        "postcode": "52134",
        "status": Alliance.Status.ACTIVE,
        "founded_on": None,
        "founded_precision": DAY,
        "motto": "Nur eine familienfreundliche Stadt ist eine zukunftsfähige Stadt!",
        "introduction": (
            "<h3>Was ist ein Bündnis für Familie?</h3>"
            "<p>Die Initiative „Lokale Bündnisse für Familie“ wurde Anfang Januar 2004 vom "
            "Bundesministerium für Familie, Senioren, Frauen und Jugend ins Leben gerufen. In "
            "lokalen Bündnissen engagieren sich Vertreterinnen und Vertreter von Unternehmen, "
            "Kommunen, Kammern, Verbänden, Kirchen und freien Wohlfahrtsverbänden für mehr "
            "Familienfreundlichkeit in ihren Städten und Gemeinden.</p>"
            "<p>Ziel ist es, durch die Gründung einer Vielzahl von lokalen Bündnissen zu einem "
            "familienfreundlicheren Klima in Deutschland beizutragen.</p>"
            "<p>Deutschlandweit gibt es mittlerweile 600 lokale Bündnisse.</p>"
        ),
        "goals": (
            "<h3>Unsere Vision und Zielsetzung</h3>"
            "<ul>"
            "<li>Die Lebenssituation der Familien in Herzogenrath verbessern</li>"
            "<li>Die Herausforderungen des demographischen Wandels meistern und die Chancen "
            "nutzen</li>"
            "</ul>"
            "<p>Wir wollen eine familienfreundliche Stadt sein und uns dem umfassenden Thema "
            "Familie konstruktiv und gemeinschaftlich stellen. Trotz leerer Kassen – oder "
            "gerade wegen leerer Kassen – wollen wir im Bündnis nach Lösungen suchen und auch "
            "unkonventionelle Wege beschreiten.</p>"
        ),
        "tasks": (
            "<h3>Unsere Aufgaben</h3>"
            "<ul>"
            "<li>Vernetzung intensivieren</li>"
            "<li>Informationsaustausch unter den BündnispartnerInnen fördern</li>"
            "<li>Projekte initiieren, unterstützen und durchführen</li>"
            "<li>Öffentlichkeitsarbeit betreiben</li>"
            "<li>Information für die Familien bereitstellen</li>"
            "<li>Lobbyarbeit für Familien voranbringen</li>"
            "<li>Anlaufstelle für die Anliegen der Familien sein</li>"
            "<li>Partizipation von Familien ermöglichen</li>"
            "</ul>"
        ),
        "organisation": (
            "<p>Bündniskoordinatorin ist die Gleichstellungsbeauftragte der Stadt Herzogenrath, "
            "Birgit Kuballa.</p>"
        ),
        "founding": "",
        "network": (
            "<p>Das Bündnis gehört zur Initiative „Lokale Bündnisse für Familie“ des "
            "Bundesministeriums für Familie, Senioren, Frauen und Jugend: "
            f'<a href="{FEDERAL_PORTAL}">lokale-buendnisse-fuer-familie.de</a>.</p>'
            "<p>Mit der Stadt Herzogenrath nimmt es am „Pilotvorhaben kommunale Zeitpolitik für "
            "Familien in der Praxis“ des Bundesministeriums teil.</p>"
            "<p>Homepage „Lokales Bündnis für Familie Herzogenrath“: "
            '<a href="http://www.familie-herzogenrath.de">www.familie-herzogenrath.de</a></p>'
        ),
        "join_text": (
            "<p>Machen Sie mit und unterstützen Sie mit Ihrer Firma, Ihrem Verein, Ihrer "
            "Institution oder als Privatperson das Lokale Bündnis für Familie Herzogenrath:</p>"
            "<ul>"
            "<li>mit Aktionen für Familien</li>"
            "<li>mit Spenden</li>"
            "<li>werden Sie BündnispartnerIn</li>"
            "<li>machen Sie das Bündnis bekannt</li>"
            "<li>nutzen Sie die Homepage für Ihre Aktionen</li>"
            "</ul>"
        ),
        "partnership_text": (
            "<h3>Möchten Sie BündnispartnerIn werden?</h3>"
            "<p>Das Netzwerk der BündnispartnerInnen ist offen für neue PartnerInnen und auf "
            "Wachstum angelegt. Institutionen/Vereine/Verbände/Betriebe und Einzelpersonen, die "
            "sich den Zielen und Aufgaben des Herzogenrather Bündnisses für Familie verpflichtet "
            "fühlen und <strong>die Gründungsvereinbarung unterzeichnen</strong>, können "
            "BündnispartnerIn werden.</p>"
            "<p>Weitere Informationen erhalten Sie bei der Bündniskoordinatorin "
            "Birgit Kuballa.</p>"
        ),
        "quote": "",
        "quote_author": "",
        "accent_color": "#8A1538",
        "website": "http://www.familie-herzogenrath.de",
        "is_published": True,
    },
    "fields_of_action": ["zeit-fuer-familie", "familie-und-beruf"],
    "logo": {
        "title": "Logo Lokales Bündnis für Familie Herzogenrath (Demo-Grafik)",
        "alt_text": (
            "Logo des Lokalen Bündnisses für Familie Herzogenrath (für die Demo gezeichnet)"
        ),
        "caption": "",
    },
    "lead_image": None,
    "milestones": [
        (
            datetime.date(2017, 1, 1),
            YEAR,
            "Familientag",
            "Über den Familientag 2017 berichtet das Bündnis in einem Bericht (siehe Downloads).",
        ),
    ],
    "working_groups": [],
    "memberships": [
        ("stadt-herzogenrath", None, False, "Bündniskoordination (Gleichstellungsbeauftragte)"),
    ],
    "projects": [
        {
            "slug": "kommunale-zeitpolitik",
            "title": "Kommunale Zeitpolitik für Familie Herzogenrath",
            "teaser": (
                "Modellprojekt: Stadt und Bündnis erarbeiten ein übertragbares Vorgehen zur "
                "Umsetzung kommunaler Zeitpolitik für Familien."
            ),
            "body": (
                "<p>Die Stadt Herzogenrath und das Lokale Bündnis für Familie Herzogenrath "
                "erarbeiten mit der Teilnahme am „Pilotvorhaben kommunale Zeitpolitik für "
                "Familien in der Praxis“ des Bundesministeriums für Familie, Senioren, Frauen "
                "und Jugend ein übertragbares Vorgehen zur Umsetzung kommunaler Zeitpolitik.</p>"
                "<p>Familienzeitpolitik soll die Vereinbarkeit von Familie und Beruf erhöhen, das "
                "Zusammenleben in der Familie qualitativ verbessern und den Familien mehr "
                "Freiräume in der Gestaltung ihres Familienlebens entsprechend ihrer Bedürfnisse "
                "ermöglichen. Dabei geht es darum, typische Zeitkonflikte von Familien zu "
                "eruieren und Lösungen für relevante Zeitkonflikte zu finden. Es geht bei dem "
                "Thema Zeit für Familien stark darum, das Wohlergehen von Eltern und Kindern zu "
                "steigern.</p>"
                "<p>Weitere Informationen und inhaltliche Details des Projektes sind noch in "
                "Bearbeitung und werden Ihnen baldmöglichst auf unserer Homepage "
                '<a href="http://www.familie-herzogenrath.de/">www.familie-herzogenrath.de</a> '
                "zur Verfügung stehen.</p>"
            ),
            "status": Project.Status.RUNNING,
            "fields_of_action": ["zeit-fuer-familie", "familie-und-beruf"],
            "partners": ["stadt-herzogenrath"],
        },
    ],
    "contacts": [
        {
            "first_name": "Birgit",
            "last_name": "Kuballa",
            "role": ContactPerson.Role.COORDINATOR,
            "position": "Gleichstellungsbeauftragte, Bündniskoordinatorin",
            "institution": "Stadt Herzogenrath",
            "street": "Rathausplatz 1",
            "postcode": "52134",
            "city": "Herzogenrath",
            "phone": "02406 000-0000",
            "email": "birgit.kuballa@example.org",
            "order": 0,
        },
    ],
    "documents": [
        {
            "title": "Bericht: Familientag 2017",
            "kind": Document.Kind.REPORT,
            "slug": "herzogenrath-bericht-familientag-2017",
            "description": "Bericht des Bündnisses über den Familientag 2017.",
            "order": 1,
        },
        {
            "title": "Gründungsvereinbarung",
            "kind": Document.Kind.AGREEMENT,
            "slug": "herzogenrath-gruendungsvereinbarung",
            "description": (
                "Wer die Gründungsvereinbarung unterzeichnet, wird BündnispartnerIn. Die "
                "Vereinbarung erhalten Sie bei der Bündniskoordinatorin."
            ),
            "order": 2,
        },
    ],
}

KREIS_UNNA_FOUNDERS = (
    "des Kreises Unna, des KreisSportBundes, der Agentur „Der Kreisel“ und der AG der "
    "Wohlfahrtsverbände"
)

KREIS_UNNA = {
    "slug": "kreis-unna",
    "initials": "BKU",
    "covers": {"districts": ["Kreis Unna"], "places": []},
    "alliance": {
        "name": "Bündnis für Familie im Kreis Unna",
        "place": "Kreis Unna",
        "territory": Alliance.Territory.DISTRICT,
        "state": Alliance.State.NW,
        "postcode": "59425",
        "status": Alliance.Status.ACTIVE,
        "founded_on": datetime.date(2004, 7, 16),
        "founded_precision": DAY,
        "motto": "Den Kreis Unna als familienfreundlichen Standort stärken",
        "introduction": (
            "<p>Am 16. Juli 2004 wurde das Bündnis für Familie im Kreis Unna im Rahmen einer "
            "Familienfachtagung gegründet. Die Initiative zur Bündnisgründung ging vom Kreis "
            "Unna, dem KreisSportBund, der Agentur „Der Kreisel“ und der AG der "
            "Wohlfahrtsverbände aus. Das Bündnis für Familie im Kreis Unna bündelt Ideen, "
            "Erfahrungen, Informationen und erfolgreiche Projekte. Zugleich will es den "
            "Bündnispartnerinnen und -partnern Werkzeuge an die Hand geben und sie dabei "
            "unterstützen, selbst familienorientierte Angebote umzusetzen. Das kreisweite "
            "Bündnis hat sich zum Ziel gesetzt, zum einen selbst konkret Projekte zu "
            "initiieren, zum anderen aber auch die Mitgliedskommunen dazu zu motivieren, "
            "Lokale Bündnisse in den Städten und Gemeinden zu gründen.</p>"
            "<p>Die Bündnisakteurinnen und -akteure engagieren sich in den Handlungsfeldern "
            "„Familie und Beruf“, „Bildung, Betreuung und Erziehung“ und „Wohnen und Leben“. "
            "Mit Fachveranstaltungen und Workshops möchte das Bündnis für Familie Unternehmen "
            "und Einrichtungen vor Ort für die Bedürfnisse von Familien sensibilisieren und ihr "
            "familienorientiertes Engagement stärken. Im Rahmen der Veranstaltungen wurden "
            "bisher Themen wie „Familie und Pflege“, „Kinderbetreuung“, „Vereinbarkeit von "
            "Familie und Beruf“, „Kooperationsnetzwerke für Alleinerziehende“ sowie "
            "„Kinderarmut“ behandelt. Zu den bereits umgesetzten Bündnisprojekten gehören unter "
            "anderem die Notinseln für Kinder, Familienpatenschaften sowie der "
            "Unternehmerwettbewerb „Pluspunkt Familie – Familienfreundlichstes Unternehmen "
            "Kreis Unna“. Ein Bündnisflyer informiert darüber hinaus über die Inhalte der "
            "Bündnisarbeit. Anlässlich seines zehnjährigen Bestehens hat das Lokale Bündnis "
            "eine Präsentation veröffentlicht.</p>"
        ),
        "goals": (
            "<p>Das Bündnis für Familie Kreis Unna soll die strategische Entwicklung der "
            "Familienpolitik im Kreis Unna unter Einbeziehung der Akteurinnen und Akteure aus "
            "Politik, Gesellschaft und Wirtschaft vorantreiben und so den Kreis Unna als "
            "familienfreundlichen Standort stärken. Ziel ist es insbesondere, die "
            "Vereinbarkeit von Familie und Beruf zu verbessern und Familien in allen "
            "Lebensbereichen zu stärken.</p>"
        ),
        "tasks": (
            "<p>Die themenbezogenen Arbeitsgruppen entwickeln Projekte und organisieren "
            "Veranstaltungen, um den Kreis Unna für Familien als Lebens- und Arbeitsort noch "
            "attraktiver zu gestalten. Mit Fachveranstaltungen und Workshops sensibilisiert das "
            "Bündnis Unternehmen und Einrichtungen vor Ort für die Bedürfnisse von Familien.</p>"
        ),
        "organisation": (
            "<p>Das Bündnis für Familie setzt sich aus einer <strong>Lenkungsgruppe</strong> und "
            "<strong>themenbezogenen Arbeitsgruppen</strong> zusammen. Die Lenkungsgruppe steuert "
            "die Bündnisarbeit. Die Bündnisakteurinnen und -akteure engagieren sich in den "
            "Handlungsfeldern „Familie und Beruf“, „Bildung, Betreuung und Erziehung“ und "
            "„Leben und Wohnen“. Die themenbezogenen Arbeitsgruppen entwickeln Projekte und "
            "organisieren Veranstaltungen, um den Kreis Unna für Familien als Lebens- und "
            "Arbeitsort noch attraktiver zu gestalten. In einem Organigramm (siehe Downloads) "
            "informiert das Bündnis über seine Strukturen.</p>"
            "<p>Alle vier Jahre legt ein Bündnis-Workshop die Handlungsschwerpunkte sowie die "
            "Arbeits- und Entscheidungsstrukturen des Bündnisses für die nächsten vier Jahre "
            "fest.</p>"
        ),
        "founding": (
            "<p>Nach einem einstimmigen Beschluss des Kreistags haben Vertreterinnen und "
            f"Vertreter {KREIS_UNNA_FOUNDERS} am 16. Juli 2004 das Bündnis für Familie im Kreis "
            "Unna gegründet, im Rahmen einer Familienfachtagung.</p>"
        ),
        "network": (
            "<p>Das Bündnis gehört zur Bundesinitiative "
            f'<a href="{FEDERAL_PORTAL}">„Lokale Bündnisse für Familie“</a>. Im Juli 2019 hat '
            "die Bundesinitiative es als „Bündnis des Monats“ vorgestellt.</p>"
        ),
        "join_text": "",
        "partnership_text": (
            "<p>Im Bündnis engagieren sich Akteurinnen und Akteure aus Politik, Gesellschaft und "
            "Wirtschaft: Kommunen und Verwaltung, Kammern, Krankenkasse, Wohlfahrtsverbände, "
            "Bildungsträger, Kirchenkreis, Gewerkschaften, Parteien, Unternehmen und "
            "Selbsthilfegruppen. Wer mitmachen möchte, wendet sich an die Geschäftsführung des "
            "Bündnisses beim Kreis Unna.</p>"
        ),
        "quote": "",
        "quote_author": "",
        "accent_color": "#1B5E20",
        "website": "https://www.kreis-unna.de/Gesellschaft/Familie/Bündnis-für-Familie/",
        "is_published": True,
    },
    "fields_of_action": [
        "familie-und-beruf",
        "bildung-betreuung-und-erziehung",
        "wohnen-und-leben",
    ],
    "logo": {
        "title": "Logo Bündnis für Familie im Kreis Unna (Demo-Grafik)",
        "alt_text": "Logo des Bündnisses für Familie im Kreis Unna (für die Demo gezeichnet)",
        "caption": "",
    },
    "lead_image": None,
    "milestones": [
        (
            datetime.date(2004, 7, 16),
            DAY,
            "Gründung im Rahmen einer Familienfachtagung",
            f"Nach einem einstimmigen Beschluss des Kreistags gründen Vertreterinnen und "
            f"Vertreter {KREIS_UNNA_FOUNDERS} das Bündnis.",
        ),
        (
            datetime.date(2006, 1, 1),
            YEAR,
            "Notinseln für Kinder",
            "Kreis Unna, Kreispolizeibehörde und Bündnis richten gemeinsam die Notinseln ein.",
        ),
        (
            datetime.date(2014, 1, 1),
            YEAR,
            "Zehn Jahre Bündnis für Familie im Kreis Unna",
            "Das Bündnis stellt die Ergebnisse seiner Arbeit in einer Bündnis-Präsentation vor.",
        ),
        (
            datetime.date(2019, 7, 1),
            MONTH,
            "Bündnis des Monats",
            "Die Bundesinitiative „Lokale Bündnisse für Familie“ stellt das Bündnis als "
            "„Bündnis des Monats Juli 2019“ vor.",
        ),
    ],
    "working_groups": [
        (
            "Lenkungsgruppe",
            WorkingGroup.Kind.STEERING,
            None,
            "Die Lenkungsgruppe steuert die Bündnisarbeit.",
        ),
        (
            "Arbeitsgruppe „Familie und Beruf“",
            WorkingGroup.Kind.WORKING,
            "familie-und-beruf",
            "Zeichnet mit dem Wettbewerb „Pluspunkt Familie“ alle zwei Jahre Unternehmen für "
            "ihre familienorientierte Personalpolitik aus.",
        ),
        (
            "Arbeitsgruppe „Bildung, Betreuung und Erziehung“",
            WorkingGroup.Kind.WORKING,
            "bildung-betreuung-und-erziehung",
            "Entwickelt Projekte und organisiert Veranstaltungen im Handlungsfeld.",
        ),
        (
            "Arbeitsgruppe „Leben und Wohnen“",
            WorkingGroup.Kind.WORKING,
            "wohnen-und-leben",
            "Betreut das Projekt Familienpatenschaften.",
        ),
    ],
    "memberships": [
        ("aok-kreis-unna", None, False, ""),
        ("ag-wohlfahrtsverbaende-kreis-unna", 2004, True, "Mitinitiatorin der Bündnisgründung"),
        ("bildungstraeger-kreis-unna", None, False, ""),
        ("familienbuendnisse-kreis-unna", None, False, ""),
        ("familienbildungsstaetten-kreis-unna", None, False, ""),
        ("firmen-kreis-unna", None, False, ""),
        ("gewerkschaften-kreis-unna", None, False, ""),
        ("gleichstellungsbeauftragte-kreis-unna", None, False, ""),
        ("handwerkskammer-dortmund", None, False, ""),
        ("ihk-dortmund", None, False, ""),
        ("jobcenter-kreis-unna", None, False, ""),
        ("jugendaemter-kreis-unna", None, False, ""),
        ("kirchenkreis-unna", None, False, ""),
        ("kreisseniorenkonferenz-unna", None, False, ""),
        ("kreissportbund-unna", 2004, True, "Mitinitiator der Bündnisgründung"),
        (
            "kreis-unna",
            2004,
            True,
            "Mitinitiator der Bündnisgründung; Geschäftsführung des Bündnisses",
        ),
        ("parteien-kreistag-unna", None, False, ""),
        ("regionales-bildungsbuero-unna", None, False, ""),
        ("selbsthilfegruppen-kreis-unna", None, False, ""),
        ("ukbs-unna", None, False, ""),
        ("verkehrsgesellschaft-kreis-unna", None, False, ""),
        ("wirtschaftsfoerderung-kreis-unna", None, False, ""),
        ("wohnungsbaugesellschaften-kreis-unna", None, False, ""),
        ("agentur-der-kreisel", 2004, True, "Mitinitiatorin der Bündnisgründung"),
    ],
    "projects": [
        {
            "slug": "workshops-und-fachveranstaltungen",
            "title": "Workshops und Fachveranstaltungen",
            "teaser": (
                "Themenbezogene Workshops und Fachveranstaltungen vernetzen die Akteurinnen und "
                "Akteure vor Ort und ermöglichen Erfahrungsaustausch."
            ),
            "body": (
                "<p>Die Arbeitsgruppen des Bündnisses organisieren regelmäßig themenbezogene "
                "Workshops und Fachveranstaltungen, um die Akteurinnen und Akteure vor Ort zu "
                "vernetzen und einen Erfahrungsaustausch zu ermöglichen. Themenschwerpunkte "
                "waren bisher unter anderem „Kooperationsnetzwerke für Alleinerziehende“, "
                "„Familienförderung ist Wirtschaftsförderung“, „Familie und Pflege“ sowie "
                "„Kinderbetreuung zwischen Qual und Qualität“.</p>"
                "<p>Darüber hinaus veranstaltet das Bündnis alle vier Jahre einen "
                "Bündnis-Workshop. Im Rahmen dieses Workshops werden insbesondere die "
                "Handlungsschwerpunkte sowie Arbeits- und Entscheidungsstrukturen des "
                "Bündnisses für die nächsten vier Jahre festgelegt.</p>"
            ),
            "status": Project.Status.RECURRING,
            "fields_of_action": [
                "familie-und-beruf",
                "bildung-betreuung-und-erziehung",
                "wohnen-und-leben",
            ],
            "partners": [],
        },
        {
            "slug": "pluspunkt-familie",
            "title": "Unternehmerwettbewerb „Pluspunkt Familie“",
            "teaser": (
                "Alle zwei Jahre zeichnet das Bündnis Unternehmen für ihre familienorientierte "
                "Personalpolitik aus."
            ),
            "body": (
                "<p>Im Rahmen des Wettbewerbs „Pluspunkt Familie – Familienfreundlichstes "
                "Unternehmen Kreis Unna“ zeichnet die Arbeitsgruppe „Familie und Beruf“ des "
                "Bündnisses für Familie alle zwei Jahre Unternehmen für ihre familienorientierte "
                "Personalpolitik aus.</p>"
            ),
            "status": Project.Status.RECURRING,
            "fields_of_action": ["familie-und-beruf"],
            "working_group": "Arbeitsgruppe „Familie und Beruf“",
            "partners": [],
        },
        {
            "slug": "familienpatenschaften",
            "title": "Familienpatenschaften",
            "teaser": "Ehrenamtliche Familienpatinnen und -paten unterstützen Familien im Alltag.",
            "body": (
                "<p>Ehrenamtliche Familienpatinnen und -paten unterstützen Familien im Alltag. "
                "Sie helfen zum Beispiel bei der Erledigung der Hausaufgaben, der Betreuung "
                "eines Familienmitgliedes oder bei Behördengängen. Die Arbeitsgruppe „Leben und "
                "Wohnen“ betreut das Projekt.</p>"
            ),
            "status": Project.Status.RUNNING,
            "fields_of_action": ["wohnen-und-leben", "miteinander-der-generationen"],
            "working_group": "Arbeitsgruppe „Leben und Wohnen“",
            "partners": [],
        },
        {
            "slug": "sportelsonntag",
            "title": "Der SportelSonntag",
            "teaser": (
                "Ein offenes Bewegungsangebot für Familien mit Kindern im Kindergarten- und "
                "Grundschulalter."
            ),
            "body": (
                "<p>Beim Projekt „SportelSonntag“ handelt es sich um ein offenes "
                "Bewegungsangebot für Familien mit Kindern im Kindergarten- und "
                "Grundschulalter. Gemeinsam mit ihren Eltern können die Mädchen und Jungen "
                "regelmäßig an den von der AOK ausgerichteten Sport- und "
                "Freizeitveranstaltungen teilnehmen.</p>"
            ),
            "status": Project.Status.RECURRING,
            "fields_of_action": ["gesundheit-und-pflege", "wohnen-und-leben"],
            "partners": ["aok-kreis-unna"],
        },
        {
            "slug": "stark-im-job",
            "title": "Stark im Job. Gute Arbeit für Alleinerziehende",
            "teaser": (
                "Mit dem Jobcenter Kreis Unna für die erfolgreiche Integration von "
                "Alleinerziehenden in den Arbeitsmarkt."
            ),
            "body": (
                "<p>Gemeinsam mit dem Jobcenter Kreis Unna engagiert sich das Bündnis für "
                "Familie für die erfolgreiche Integration von Alleinerziehenden in den "
                "Arbeitsmarkt. Qualifizierungsprogramme und Motivationskurse sollen dabei "
                "helfen, das Potential der Alleinerziehenden für den regionalen Arbeitsmarkt zu "
                "erschließen.</p>"
            ),
            "status": Project.Status.RUNNING,
            "fields_of_action": ["familie-und-beruf"],
            "partners": ["jobcenter-kreis-unna"],
        },
        {
            "slug": "kein-kind-ohne-fruehstueck",
            "title": "Arbeitskreis „Kein Kind ohne Frühstück“",
            "teaser": (
                "Ein gemeinsames Frühstücksangebot für Kinder aus einkommensschwachen Familien "
                "in Fröndenberg/Ruhr."
            ),
            "body": (
                "<p>Das Bündnis für Familie engagiert sich gemeinsam mit Vertreterinnen und "
                "Vertretern der Sozialverwaltung der Stadt Fröndenberg/Ruhr, von "
                "Kindertageseinrichtungen und einer Grundschule für die Einführung eines "
                "gemeinsamen Frühstücksangebotes für Kinder aus einkommensschwachen "
                "Familien.</p>"
            ),
            "status": Project.Status.RUNNING,
            "fields_of_action": ["bildung-betreuung-und-erziehung"],
            "partners": [],
        },
        {
            "slug": "notinseln",
            "title": "Notinseln für Kinder",
            "teaser": (
                "Geschäfte mit dem Notinsel-Zeichen zeigen: Hier finden Kinder Hilfe in kleinen "
                "Notsituationen im Alltag."
            ),
            "body": (
                "<p>Viele Geschäfte im Kreis Unna weisen mit dem Notinsel-Zeichen darauf hin, "
                "dass Kinder hier Hilfe in kleinen Notsituationen im Alltag finden. Das Projekt "
                "wurde 2006 gemeinsam vom Kreis Unna, der Kreispolizeibehörde und dem Bündnis "
                "für Familie im Kreis Unna eingerichtet.</p>"
            ),
            "status": Project.Status.RUNNING,
            "start_year": 2006,
            "fields_of_action": ["wohnen-und-leben"],
            "partners": ["kreis-unna", "kreispolizeibehoerde-unna"],
        },
        {
            "slug": "buendnisflyer",
            "title": "Bündnisflyer",
            "teaser": (
                "Der Flyer gibt einen Überblick über die Schwerpunkte der Bündnisarbeit und die "
                "drei Handlungsfelder."
            ),
            "body": (
                "<p>Der Bündnisflyer gibt einen Überblick über die Schwerpunkte der "
                "Bündnisarbeit, führt die Adressen der Ansprechpersonen auf und informiert über "
                "die drei Handlungsfelder des Bündnisses für Familie. Sie finden ihn unter "
                "„Über uns“ bei den Downloads.</p>"
            ),
            "status": Project.Status.FINISHED,
            "fields_of_action": [],
            "partners": [],
        },
        {
            "slug": "das-buendnis-praesentiert-sich",
            "title": "Das Bündnis präsentiert sich",
            "teaser": (
                "Zum zehnjährigen Bestehen stellt das Bündnis die Ergebnisse seiner Arbeit in "
                "einer Präsentation vor."
            ),
            "body": (
                "<p>Anlässlich seines zehnjährigen Bestehens informiert das Lokale Bündnis über "
                "die Ergebnisse seiner Arbeit in einer Bündnis-Präsentation. Sie finden sie "
                "unter „Über uns“ bei den Downloads.</p>"
            ),
            "status": Project.Status.FINISHED,
            "start_year": 2014,
            "end_year": 2014,
            "fields_of_action": [],
            "partners": [],
        },
    ],
    "contacts": [
        {
            "first_name": "Sandra",
            "last_name": "Ruiz",
            "role": ContactPerson.Role.CONTACT,
            "position": "Geschäftsführung Bündnis für Familie",
            "institution": "Kreis Unna",
            "department": "Kreis Unna - Der Landrat Büro Landrat, Kreistag, Gleichstellung",
            "street": "Friedrich-Ebert-Straße 17",
            "postcode": "59425",
            "city": "Unna",
            "phone": "02303 000-0000",
            "email": "sandra.ruiz@example.org",
            "order": 0,
        },
    ],
    "documents": [
        {
            "title": "Bündnisflyer",
            "kind": Document.Kind.FLYER,
            "slug": "kreis-unna-buendnisflyer",
            "description": (
                "Überblick über die Schwerpunkte der Bündnisarbeit, die Adressen der "
                "Ansprechpersonen und die drei Handlungsfelder."
            ),
            "order": 1,
        },
        {
            "title": "Präsentation: 10 Jahre Bündnis für Familie im Kreis Unna",
            "kind": Document.Kind.PRESENTATION,
            "slug": "kreis-unna-praesentation-10-jahre",
            "description": (
                "Zum zehnjährigen Bestehen: die Ergebnisse der Bündnisarbeit in einer Präsentation."
            ),
            "order": 2,
        },
        {
            "title": "Organigramm",
            "kind": Document.Kind.ORGANIGRAM,
            "slug": "kreis-unna-organigramm",
            "description": "Die Strukturen des Bündnisses: Lenkungsgruppe und Arbeitsgruppen.",
            "order": 3,
        },
    ],
}

LAATZEN_COUNCIL_DECISION = (
    "Auf Antrag der SPD-Fraktion wurde mit der Drucksache 70/05 der Auftrag an die Verwaltung "
    "erteilt, ein Bündnis für Familie zu schließen."
)
LAATZEN_INITIATORS = (
    "Die Initiierung erfolgt durch die Gleichstellungsbeauftragte in Kooperation mit dem "
    "Familienservicebüro der Stadt Laatzen."
)

LAATZEN = {
    "slug": "laatzen",
    "initials": "BFL",
    "covers": {"districts": [], "places": [("Laatzen", "Region Hannover")]},
    "alliance": {
        "name": "Bündnis für Familie Laatzen",
        "place": "Laatzen",
        "territory": Alliance.Territory.CITY,
        "state": Alliance.State.NI,
        "postcode": "30880",
        "status": Alliance.Status.FOUNDING,
        "founded_on": None,
        "founded_precision": DAY,
        "motto": "Die Infrastruktur für Familien verbessern und Zeit für Familien schaffen",
        "introduction": (
            "<p>In Laatzen entsteht ein Lokales Bündnis für Familie. "
            f"{LAATZEN_COUNCIL_DECISION}</p>"
            "<p>Lokale Bündnisse sind freiwillige Zusammenschlüsse von Vertreterinnen und "
            "Vertretern aus möglichst vielen gesellschaftlichen Gruppen. In Deutschland "
            "engagieren sich Kommunen, Unternehmen, Kirchen, Kammern, Gewerkschaften, Verbände, "
            "Stiftungen, Freie Träger der Kinder- und Jugendhilfe, Mehrgenerationenhäuser und "
            "viele andere. Mehr als 13.000 Akteure, darunter über 4.000 Unternehmen, "
            "engagieren sich bereits in Lokalen Bündnissen (Stand 2009).</p>"
        ),
        "goals": (
            "<p>Nachhaltige Lösungen für mehr Familienfreundlichkeit vor Ort – hier setzen die "
            "Lokalen Bündnisse für Familie an. Sie sollen dazu beitragen, Familie und Beruf "
            "besser miteinander in Einklang zu bringen. Sie sollen dafür sorgen, dass Kinder "
            "bedarfsgerecht und qualitativ hochwertig betreut werden. Weiterhin soll das "
            "Miteinander der Generationen gefördert und die Erziehungskompetenz von Eltern "
            "gestärkt werden.</p>"
            "<p>Durch konkrete, auf den unmittelbaren Bedarf zugeschnittene Angebote sollen die "
            "Lokalen Bündnisse für Familie dazu beitragen, die Infrastruktur für Familien in "
            "Laatzen weiter zu verbessern und Zeit für Familien zu schaffen. Der Bedarf in "
            "Laatzen ist da, wie die Arbeit im Familienservicebüro deutlich zeigt.</p>"
        ),
        "tasks": (
            "<p>Lokale Bündnisse sind Netzwerke, in denen konkrete Maßnahmen für eine kind- und "
            "familiengerechtere Gesellschaft entwickelt und umgesetzt werden. Lokale Bündnisse "
            "fördern die Betreuung von Kindern unter drei Jahren, helfen beim Wiedereinstieg in "
            "den Beruf und sorgen beispielsweise im Rahmen von Familien-Patenschaften dafür, "
            "dass ältere Menschen ihre (Lebens-)Erfahrungen weitergeben und so Jugendliche und "
            "junge Familien dabei unterstützen, den Alltag zu meistern.</p>"
        ),
        "organisation": "",
        "founding": (
            f"<p><strong>{LAATZEN_INITIATORS}</strong></p>"
            f"<p>Grundlage ist ein politischer Auftrag: {LAATZEN_COUNCIL_DECISION} Über das "
            "Vorhaben hat die Verwaltung den Ausschuss für Arbeit, Wirtschaft und Soziales in "
            "seiner Sitzung am 21. April 2009 mit der öffentlichen Mitteilung "
            "Drucksache 073/2009 unterrichtet.</p>"
        ),
        "network": "",
        "join_text": "",
        "partnership_text": (
            "<p>Lokale Bündnisse leben davon, dass möglichst viele gesellschaftliche Gruppen "
            "mitmachen: Kommunen, Unternehmen, Kirchen, Kammern, Gewerkschaften, Verbände, "
            "Stiftungen, Freie Träger der Kinder- und Jugendhilfe, Mehrgenerationenhäuser und "
            "viele andere. Wer beim Bündnis für Familie Laatzen von Anfang an dabei sein "
            "möchte, wendet sich an die Gleichstellungsbeauftragte oder das "
            "Familienservicebüro der Stadt Laatzen.</p>"
        ),
        "quote": "",
        "quote_author": "",
        "accent_color": "#6A1B9A",
        "website": "",
        "is_published": True,
    },
    "fields_of_action": [
        "familie-und-beruf",
        "bildung-betreuung-und-erziehung",
        "zeit-fuer-familie",
        "miteinander-der-generationen",
    ],
    "logo": {
        "title": "Logo Bündnis für Familie Laatzen (Demo-Grafik)",
        "alt_text": "Logo des Bündnisses für Familie Laatzen (für die Demo gezeichnet)",
        "caption": "",
    },
    "lead_image": None,
    "milestones": [
        (
            datetime.date(2005, 1, 1),
            YEAR,
            "Auftrag zur Bündnisgründung",
            "Auf Antrag der SPD-Fraktion erhält die Verwaltung mit der Drucksache 70/05 den "
            "Auftrag, ein Bündnis für Familie zu schließen.",
        ),
        (
            datetime.date(2009, 4, 21),
            DAY,
            "Mitteilung an den Ausschuss für Arbeit, Wirtschaft und Soziales",
            "Drucksache 073/2009: Die Gleichstellungsbeauftragte initiiert das Bündnis mit dem "
            "Familienservicebüro der Stadt Laatzen.",
        ),
    ],
    "working_groups": [],
    "memberships": [
        (
            "stadt-laatzen",
            None,
            False,
            "Initiatorin (Gleichstellungsbeauftragte mit dem Familienservicebüro)",
        ),
    ],
    "projects": [],
    # The council paper names offices, not people: the alliance is initiated by the
    # equal-opportunities officer together with the family service office.
    "contacts": [
        {
            "first_name": "",
            "last_name": "",
            "role": ContactPerson.Role.COORDINATOR,
            "position": "Gleichstellungsbeauftragte",
            "institution": "Stadt Laatzen",
            "phone": "05102 000-0000",
            "email": "gleichstellung-laatzen@example.org",
            "order": 0,
        },
        {
            "first_name": "",
            "last_name": "",
            "role": ContactPerson.Role.CONTACT,
            "position": "Familienservicebüro",
            "institution": "Stadt Laatzen",
            "phone": "05102 000-0001",
            "email": "familienservice-laatzen@example.org",
            "order": 1,
        },
    ],
    "documents": [
        {
            "title": "Mitteilung „Bündnis für Familie“ (Drucksache 073/2009)",
            "kind": Document.Kind.COUNCIL_PAPER,
            "slug": "laatzen-drucksache-073-2009",
            "reference": "073/2009",
            "committee": "Ausschuss für Arbeit, Wirtschaft und Soziales",
            "date": datetime.date(2009, 4, 21),
            "description": (
                "Öffentliche Mitteilung der Verwaltung: "
                f"{LAATZEN_COUNCIL_DECISION} {LAATZEN_INITIATORS}"
            ),
            "order": 1,
            "full_text": [
                "Stadt Laatzen",
                "Mitteilung\n- öffentlich -",
                "Beratungsfolge:",
                "Drucksachen-Nr.: 073/2009",
                "Ausschuss für Arbeit, Wirtschaft und Soziales\nam 21.04.2009",
                "TOP:",
                "Bündnis für Familie",
                "Auf Antrag der SPD-Fraktion wurde mit der Drucksache 70/05 der Auftrag an die "
                "Verwaltung erteilt ein Bündnis für Familie zu schließen.",
                "Lokale Bündnisse sind freiwillige Zusammenschlüsse von Vertreterinnen und "
                "Vertretern aus möglichst vielen gesellschaftlichen Gruppen. In Deutschland "
                "engagieren sich Kommunen, Unternehmen, Kirchen, Kammern, Gewerkschaften, "
                "Verbände, Stiftungen, Freie Träger der Kinder- und Jugendhilfe, "
                "Mehrgenerationenhäuser und viele andere. Mehr als 13.000 Akteure, darunter "
                "über 4.000 Unternehmen, engagieren sich bereits in Lokalen Bündnissen.",
                "Nachhaltige Lösungen für mehr Familienfreundlichkeit vor Ort – hier setzen die "
                "Lokalen Bündnisse für Familie an. Sie sollen dazu beitragen Familie und Beruf "
                "besser miteinander in Einklang zu bringen. Sie sollen dafür sorgen, dass Kinder "
                "bedarfsgerecht und qualitativ hochwertig betreut werden. Weiterhin soll das "
                "Miteinander der Generationen gefördert und die Erziehungskompetenz von Eltern "
                "gestärkt werden.",
                "Lokale Bündnisse sind Netzwerke, in denen konkrete Maßnahmen für eine kind- und "
                "familiengerechtere Gesellschaft entwickelt und umgesetzt werden. Lokale "
                "Bündnisse fördern die Betreuung von Kindern unter drei Jahren; helfen beim "
                "Wiedereinstieg in den Beruf und sorgen beispielsweise im Rahmen von "
                "Familien-Patenschaften dafür, dass ältere Menschen ihre (Lebens-)Erfahrungen "
                "weitergeben und so Jugendliche und junge Familien dabei unterstützen, den "
                "Alltag zu meistern.",
                "Durch konkrete, auf den unmittelbaren Bedarf zugeschnittene Angebote sollen "
                "die Lokalen Bündnisse für Familie dazu beitragen, die Infrastruktur für "
                "Familien in Laatzen weiter zu verbessern und Zeit für Familien zu schaffen. "
                "Der Bedarf in Laatzen ist da, wie die Arbeit im Familienservice Büro deutlich "
                "zeigt.",
                "Die Initiierung erfolgt durch die Gleichstellungsbeauftragte in Kooperation "
                "mit dem Familienservicebüro der Stadt Laatzen.",
                "In Vertretung\n\nArne Schneider",
                "Vorlage gefertigt von: SV Team – Mitzeichnung durch andere Teams: BGM\nDiktatz.:",
                "Abschrift der öffentlichen Mitteilung für die Demo-Installation des "
                "Bündnisportals.",
            ],
        },
    ],
}

DEMO_ALLIANCES = [KASSEL, HERZOGENRATH, KREIS_UNNA, LAATZEN]

# --------------------------------------------------------------------------------------
# News, dates and the Bündnis des Monats (news app)
# --------------------------------------------------------------------------------------

# News items from the source texts. "alliance" is a slug, or None for the network.
# Where a source gives only the year, the date says so (precision YEAR).
DEMO_NEWS = [
    {
        "alliance": None,
        "slug": "zentraler-fachkongress-berlin-2016",
        "title": "Zentraler Fachkongress der Lokalen Bündnisse in Berlin",
        "date": datetime.date(2016, 12, 14),
        "date_precision": DAY,
        "teaser": (
            "Unter dem Motto „Perspektive Zukunft“ trafen sich Lokale Bündnisse aus dem "
            "gesamten Bundesgebiet am 14. Dezember 2016 in Berlin."
        ),
        "body": (
            "<p>Auf dem Fachkongress der Bundesinitiative „Lokale Bündnisse für Familie“ in "
            "Berlin hat die Parlamentarische Staatssekretärin bei der Bundesfamilienministerin, "
            "Caren Marks, die Projekte der Entwicklungspartnerschaft „Vereinbarkeit für Eltern "
            "partnerschaftlich gestalten“ ausgezeichnet und im Anschluss einen Dialog zum "
            "„Zukunfts-Bündnis 2030“ gestartet.</p>"
            "<h2>Projekte der Entwicklungspartnerschaft ausgezeichnet</h2>"
            "<p>An bundesweit zwölf Standorten setzen ausgewählte Lokale Bündnisse seit einem "
            "Jahr innovative Projekte in den Kategorien „Standortfaktor Vereinbarkeit“, "
            "„Väterfreundliche Kommunen“ und „Unterstützung bei der Fachkräftesicherung“ um. Die "
            "Ergebnisse haben die Akteurinnen und Akteure beim Fachkongress vorgestellt und "
            "diskutiert. „In allen drei Kategorien haben die Projektverantwortlichen "
            "hervorragende Arbeit geleistet – dafür herzlichen Dank! Die Ergebnisse bestätigen: "
            "Die Lebensrealitäten von Familien, von Frauen, Männern und Kindern und ihre Wünsche "
            "und Bedürfnisse haben sich verändert. Wir werden weiter an guten "
            "Rahmenbedingungen für Familien arbeiten, und dabei fließen die Erkenntnisse aus den "
            "einzelnen Projekten mit ein“, sagte Caren Marks anlässlich der Auszeichnung und lud "
            "alle Lokalen Bündnisse zur Nachahmung der entstandenen Leuchtturmprojekte ein.</p>"
            "<h2>Zukunftsdialog gestartet</h2>"
            "<p>Wie können erwerbstätige Mütter noch besser unterstützt und was kann für aktive "
            "Väter getan werden? Wie verändern neue Technologien das Familien- und "
            "Arbeitsleben? Wie können Lokale Bündnisse für Familie die Zukunft mitgestalten? "
            "Diese und ähnliche Fragen standen beim zweiten Teil der Veranstaltung rund um das "
            "Thema „Zukunfts-Bündnis 2030“ im Mittelpunkt. Nach einem Impulsvortrag von "
            "Professor Holger Bonin, Universität Kassel, zum Thema „Arbeit und Familie der "
            "Zukunft“ begann die Workshoparbeit der Bündnisse.</p>"
            "<p>Zeit für Familie schaffen, für die Vielfalt von Familienformen sensibilisieren "
            "und eine partnerschaftliche Aufgabenteilung bei der Vereinbarkeit voranbringen – "
            "dass diese Themen auch in Zukunft zentral sein werden für die Bündnisarbeit, darin "
            "waren sich die Anwesenden einig. Die Lokalen Bündnisse können eine wichtige "
            "Vermittlerfunktion zwischen Familien, Verwaltungen und Unternehmen einnehmen, um "
            "auch zukünftig ein kinder- und familienfreundliches Umfeld zu schaffen. Dies "
            "betonte auch Caren Marks in ihrer Rede: „Entscheidend für Familienfreundlichkeit "
            "vor Ort ist ein gutes Zusammenspiel zwischen Politik, Wirtschaft und der "
            "Zivilgesellschaft. Hier haben die Lokalen Bündnisse ihren festen Platz.“</p>"
            "<h2>Online-Community für Lokale Bündnisse eröffnet</h2>"
            "<p>Sich online vernetzen und austauschen, Projekt- und Kooperationsmöglichkeiten "
            "entdecken und praxisorientierte Materialien für die Bündnisarbeit erhalten – all "
            "dies ist ab sofort in der Online-Community der Lokalen Bündnisse für Familie "
            "möglich. Alle Koordinatorinnen und Koordinatoren erhalten per E-Mail einen "
            "persönlichen Zugangslink und können sich zukünftig hier bei der Online-Community "
            "anmelden.</p>"
            "<p>Eine Bildergalerie und weitere Informationen zum Zentralen Fachkongress der "
            "Lokalen Bündnisse für Familie und zur Entwicklungspartnerschaft „Vereinbarkeit für "
            f'Eltern partnerschaftlich gestalten“ finden Sie auf dem <a href="{FEDERAL_PORTAL}">'
            "Portal der Bundesinitiative</a>.</p>"
        ),
        "image": {
            "slug": "netzwerk-fachkongress-berlin-2016",
            "title": "Zentraler Fachkongress Berlin 2016 (Demo-Grafik)",
            "alt_text": (
                "Zeichnung für die Demo anstelle eines Fotos vom Fachkongress: eine Familie vor "
                "Häusern und Bäumen unter der Sonne"
            ),
            "caption": "",
            "color": "#00507A",
        },
        "projects": [],
        "partners": [],
    },
    {
        "alliance": "kassel",
        "slug": "10-jahre-kasseler-buendnis",
        "title": "10 Jahre Kasseler Bündnis für Familie – Ein starkes Netz für Familien",
        "date": datetime.date(2014, 1, 1),
        "date_precision": YEAR,
        "teaser": (
            "Kassel ist von Beginn an dabei: Zehn Jahre nach dem Start zieht das Kasseler "
            "Bündnis für Familie eine positive Zwischenbilanz."
        ),
        "body": (
            "<p>2004 startete die bundesweite Initiative „Lokale Bündnisse für Familien“ des "
            "Bundesministeriums für Familie, Senioren, Frauen und Jugend, die nun unter dem "
            "Motto „Einzigartig – Partnerschaftlich“ ihr zehnjähriges Bestehen feiert. Kassel "
            "ist von Beginn an mit dabei. Das Kasseler Bündnis für Familien wurde als "
            "100. Mitglied von der damaligen Familienministerin Renate Schmidt in die "
            "Initiative aufgenommen. Zehn Jahre später zieht das Kasseler Bündnis eine "
            "positive Zwischenbilanz.</p>"
            "<p>Nach einem großen Auftakt mit über 70 Organisationen, Betrieben, Vereinen und "
            "weiteren Akteuren in 2004 ist aus dem Kasseler Bündnis inzwischen ein breit "
            "aufgestelltes und starkes Netzwerk geworden. „Unter dem Dach des Kasseler "
            "Bündnisses für Familien sind ganz unterschiedliche Partner zusammen gekommen. Es "
            "sind vor allem die persönlichen Kontakte, die kurzen Wege und ein ganz großer "
            "Pool an Ideen, Fachwissen und anderen Ressourcen, die schnell abrufbar sind und "
            "gebündelt werden können“, bilanziert Anne Janz, Dezernentin für Jugend, Schule, "
            "Frauen und Gesundheit der Stadt Kassel und Schirmherrin des Kasseler Bündnisses "
            "für Familie, die Arbeit des Bündnisses.</p>"
            "<p>Langjährige Bündnisakteure der ersten Stunde sind das Klinikum Kassel, die IHK, "
            "der Frauentreff Brückenhof, die GWG und die Wohnungsgenossenschaft 1889, die "
            "Agentur für Arbeit und die Universität Kassel. Als jüngstes Bündnismitglied "
            "konnte in diesem Monat die Vitos Orthopädische Kliniken gewonnen werden.</p>"
            "<p>Viele Ideen aus dem Kreis des Bündnisses konnten inzwischen umgesetzt werden. "
            "Dazu zählen die Ideen aus der Aktion „Familie Willkommen“, die familienfreundliche "
            "Geschäfte und Anlaufstellen für Kinder in der Stadt Kassel sichtbar gemacht hat "
            "und zwischenzeitlich von der IHK und dem Kinderschutzbund weitergeführt wird. Auch "
            "der Kompetenzpass für Frauen, die nach einer Phase der Kindererziehung wieder in "
            "das Erwerbsleben zurückkehren und ihre in der Familienarbeit erworbenen "
            "Kompetenzen sichtbar machen wollen, gehört dazu und ist sogar bundesweit "
            "aufgegriffen worden. Der Wegweiser für Familien, der derzeit aktualisiert und "
            "voraussichtlich im Sommer dieses Jahres neu vom Bündnis herausgegeben wird, und "
            "der jährlich erscheinende Familienkalender bieten viele Informationen und Tipps "
            "rund um das Leben mit Kindern in Kassel.</p>"
            "<p>Eine familienfreundliche Stadt und die Anerkennung und Wertschätzung der "
            "unverzichtbaren Leistungen, die Familien täglich für die Gesellschaft erbringen, "
            "sind auch weiterhin die Ziele, für die sich die Partner im Kasseler Bündnis für "
            "Familien engagieren. „Es gibt nach wie vor viel zu tun. Die ganze Gesellschaft "
            "profitiert von Familienfreundlichkeit“, so Anne Janz. „Familienfreundlichkeit ist "
            "deshalb auch zu einem Standortfaktor geworden, der stetig an Bedeutung "
            "gewinnt.“</p>"
        ),
        "image": None,
        "projects": [
            "familie-willkommen",
            "kompetenzpass-fuer-frauen",
            "wegweiser-fuer-familien",
            "familienkalender",
        ],
        "partners": [
            "klinikum-kassel",
            "ihk-kassel-marburg",
            "frauentreff-brueckenhof",
            "gwg-kassel",
            "wohnungsgenossenschaft-1889",
            "agentur-fuer-arbeit-kassel",
            "universitaet-kassel",
            "vitos-orthopaedische-kliniken",
        ],
    },
    {
        "alliance": "kassel",
        "slug": "aktionstag-2014",
        "title": "Pressekonferenz im Magistratssaal mit Hinweis auf den Aktionstag 2014",
        "date": datetime.date(2014, 1, 1),
        "date_precision": YEAR,
        "published_at": datetime.time(8, 0),  # before the anniversary story it points to
        "teaser": (
            "Bei einer Pressekonferenz präsentierten die Bündnispartner Ergebnisse und Vorhaben "
            "ihrer Arbeit."
        ),
        "body": (
            "<p>Bei einer Pressekonferenz im Magistratssaal präsentierten die Bündnispartner "
            "Ergebnisse und Vorhaben ihrer Arbeit und wiesen auf den Aktionstag 2014 hin.</p>"
            "<p>Was das Bündnis in zehn Jahren erreicht hat, lesen Sie in der Meldung "
            '<a href="/buendnisse/kassel/aktuelles/10-jahre-kasseler-buendnis/">10 Jahre '
            "Kasseler Bündnis für Familie</a>.</p>"
        ),
        "image": "lead_image",  # the alliance's own picture of the Magistratssaal
        "projects": [],
        "partners": [],
    },
    {
        "alliance": "herzogenrath",
        "slug": "bericht-familientag-2017",
        "title": "Bericht: Familientag 2017",
        "date": datetime.date(2017, 1, 1),
        "date_precision": YEAR,
        "teaser": (
            "Das Lokale Bündnis für Familie Herzogenrath berichtet über den Familientag 2017."
        ),
        "body": (
            "<p>Über den Familientag 2017 hat das Lokale Bündnis für Familie Herzogenrath einen "
            "Bericht veröffentlicht. Sie finden ihn auf der Seite "
            '<a href="/buendnisse/herzogenrath/ueber-uns/#downloads">Über uns</a> bei den '
            "Downloads (in dieser Demo-Installation ein Platzhalter, nicht das Original).</p>"
        ),
        "image": None,
        "projects": [],
        "partners": ["stadt-herzogenrath"],
    },
]

# Bündnis des Monats (seed 002: "Kontaktdaten: Bündnis des Monats Juli 2019").
DEMO_ALLIANCES_OF_THE_MONTH = [
    {
        "month": datetime.date(2019, 7, 1),
        "alliance": "kreis-unna",
        "text": (
            "Das Bündnis für Familie im Kreis Unna bündelt seit 2004 Ideen, Erfahrungen, "
            "Informationen und erfolgreiche Projekte. Zu den umgesetzten Bündnisprojekten "
            "gehören die Notinseln für Kinder, Familienpatenschaften und der "
            "Unternehmerwettbewerb „Pluspunkt Familie“."
        ),
    },
]

DEMO_EVENT_NOTE = "<p><em>Beispieltermin der Demo-Installation, kein echter Termin.</em></p>"
# In the title, so every list, calendar subscription, feed, search result and share text says
# it too: the dates are made up, their place and time relative to the day the demo is loaded.
# A model field would mark them only where a template asks for it, for the demo's sake alone.
DEMO_EVENT_MARK = " (Beispieltermin)"

# Dates are placed relative to the day the demo is loaded, so it never looks stale:
# "days" from that day (a "weekday" moves it on to the next such day, 5 = Saturday),
# "time" and "end" as local times in Europe/Berlin, or "all_day" with "last_day"
# (days after the first). Each alliance keeps one past date for its archive.
DEMO_EVENTS = {
    "kassel": [
        {
            "slug": "buendnistreffen",
            "title": "Bündnistreffen",
            "days": 14,
            "time": datetime.time(17, 0),
            "end": datetime.time(19, 0),
            "place_name": "Stadt Kassel, Jugendamt",
            "street": "Obere Königstraße 8",
            "postcode": "34117",
            "city": "Kassel",
            "description": (
                "<p>Die Bündnispartner tauschen sich über laufende Projekte aus und planen die "
                "nächsten Vorhaben. Wer mitmachen möchte, ist als Gast willkommen.</p>"
            ),
        },
        {
            "slug": "familientag",
            "title": "Familientag",
            "days": 40,
            "weekday": 5,
            "all_day": True,
            "city": "Kassel",
            "description": (
                "<p>Ein Tag für die ganze Familie: Bündnispartner stellen ihre Angebote für "
                "Familien vor.</p>"
            ),
        },
        {
            "slug": "workshop-fuer-buendnispartner",
            "title": "Workshop für Bündnispartner",
            "days": 70,
            "time": datetime.time(9, 30),
            "end": datetime.time(13, 0),
            "place_name": "Stadt Kassel, Jugendamt",
            "street": "Obere Königstraße 8",
            "postcode": "34117",
            "city": "Kassel",
            "registration_url": "https://example.org/anmeldung",
            "description": (
                "<p>Ein Arbeitsvormittag für Bündnispartner: Erfahrungen austauschen und "
                "gemeinsame Vorhaben entwickeln. Bitte melden Sie sich an.</p>"
            ),
        },
        {
            "slug": "treffen-der-buendnispartner",
            "title": "Treffen der Bündnispartner",
            "days": -30,
            "time": datetime.time(17, 0),
            "end": datetime.time(19, 0),
            "place_name": "Stadt Kassel, Jugendamt",
            "street": "Obere Königstraße 8",
            "postcode": "34117",
            "city": "Kassel",
            "description": "<p>Die Bündnispartner trafen sich zum Austausch.</p>",
        },
    ],
    "herzogenrath": [
        {
            "slug": "buendnistreffen",
            "title": "Bündnistreffen",
            "days": 10,
            "time": datetime.time(18, 0),
            "end": datetime.time(20, 0),
            "place_name": "Stadt Herzogenrath",
            "street": "Rathausplatz 1",
            "postcode": "52134",
            "city": "Herzogenrath",
            "description": (
                "<p>Die Bündnispartnerinnen und -partner tauschen sich aus und planen "
                "gemeinsame Aktionen für Familien.</p>"
            ),
        },
        {
            "slug": "familientag",
            "title": "Familientag",
            "days": 50,
            "weekday": 5,
            "all_day": True,
            "city": "Herzogenrath",
            "description": (
                "<p>Ein Tag für die ganze Familie mit Angeboten der Bündnispartnerinnen und "
                "-partner.</p>"
            ),
        },
        {
            "slug": "treffen-der-buendnispartner",
            "title": "Treffen der Bündnispartner",
            "days": -25,
            "time": datetime.time(18, 0),
            "end": datetime.time(20, 0),
            "place_name": "Stadt Herzogenrath",
            "street": "Rathausplatz 1",
            "postcode": "52134",
            "city": "Herzogenrath",
            "description": "<p>Die Bündnispartnerinnen und -partner trafen sich zum Austausch.</p>",
        },
    ],
    "kreis-unna": [
        {
            "slug": "sitzung-der-lenkungsgruppe",
            "title": "Sitzung der Lenkungsgruppe",
            "days": 7,
            "time": datetime.time(14, 0),
            "end": datetime.time(16, 0),
            "place_name": "Kreis Unna",
            "street": "Friedrich-Ebert-Straße 17",
            "postcode": "59425",
            "city": "Unna",
            "description": "<p>Die Lenkungsgruppe steuert die Bündnisarbeit.</p>",
        },
        {
            "slug": "fachveranstaltung",
            "title": "Fachveranstaltung für Unternehmen und Einrichtungen",
            "days": 35,
            "time": datetime.time(9, 0),
            "end": datetime.time(15, 0),
            "place_name": "Kreis Unna",
            "street": "Friedrich-Ebert-Straße 17",
            "postcode": "59425",
            "city": "Unna",
            "registration_url": "https://example.org/anmeldung",
            "description": (
                "<p>Mit Fachveranstaltungen und Workshops möchte das Bündnis für Familie "
                "Unternehmen und Einrichtungen vor Ort für die Bedürfnisse von Familien "
                "sensibilisieren und ihr familienorientiertes Engagement stärken.</p>"
            ),
        },
        {
            "slug": "aktionswoche-familie",
            "title": "Aktionswoche Familie",
            "days": 60,
            "weekday": 0,
            "all_day": True,
            "last_day": 6,
            "city": "Kreis Unna",
            "description": (
                "<p>Eine Woche lang zeigen Bündnispartnerinnen und -partner im ganzen Kreis, "
                "was sie für Familien tun.</p>"
            ),
        },
        {
            "slug": "treffen-der-arbeitsgruppen",
            "title": "Treffen der Arbeitsgruppen",
            "days": -20,
            "time": datetime.time(14, 0),
            "end": datetime.time(16, 0),
            "place_name": "Kreis Unna",
            "street": "Friedrich-Ebert-Straße 17",
            "postcode": "59425",
            "city": "Unna",
            "description": "<p>Die themenbezogenen Arbeitsgruppen trafen sich zum Austausch.</p>",
        },
    ],
    "laatzen": [
        {
            "slug": "offenes-treffen-zur-gruendung",
            "title": "Offenes Treffen zur Bündnisgründung",
            "days": 21,
            "time": datetime.time(18, 0),
            "end": datetime.time(20, 0),
            "place_name": "Ort wird noch bekannt gegeben",
            "city": "Laatzen",
            "description": (
                "<p>Das Bündnis für Familie Laatzen ist in Gründung. Wer mitmachen möchte, "
                "erfährt hier, wie es weitergeht.</p>"
            ),
        },
        {
            "slug": "informationsabend",
            "title": "Informationsabend zum Bündnis für Familie",
            "days": -40,
            "time": datetime.time(18, 0),
            "end": datetime.time(19, 30),
            "place_name": "Stadt Laatzen",
            "city": "Laatzen",
            "description": "<p>Die Stadt Laatzen informierte über das geplante Bündnis.</p>",
        },
    ],
}
