"""WCAG 2.1 A/AA in the admin, checked by axe-core on every page a coordinator or a network
editor reaches from the admin's start page: each list, add form (empty, with errors and as a
popup), a change form of each list with its history, deletion and the page after saving; the
preview, the password change, the login, logout and lockout pages."""

import re

from axe_playwright_python.sync_playwright import Axe
from django.contrib.admin import site

from core.admin.permissions import COORDINATOR_PERMISSIONS
from projects.models import Project
from tests.browser.test_accessibility import describe

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PASSWORD = "demo-buendnis"  # the demo accounts' (load_demo)
CHANGE_LIST = re.compile(r"/admin/\w+/\w+/")  # a model's list, or what lies beneath it
POPUP = "?_to_field=id&_popup=1"  # as the "+" beside a choice opens it


# True once the scripts have built every rich-text editor, autocomplete and two-list selector
# (the last on the load event), not counting the templates of rows yet to be added.
WIDGETS_BUILT = """() => document.readyState === "complete"
  && [...document.querySelectorAll("[data-django-prose-editor-configurable]")]
    .every((area) => area.name.includes("__prefix__") || area.closest(".prose-editor"))
  && [...document.querySelectorAll("select.admin-autocomplete")]
    .every((select) => select.name.includes("__prefix__")
      || select.classList.contains("select2-hidden-accessible"))"""


def violations(page):
    """What axe finds on the page, collapsed sections (inlines) opened first."""
    page.wait_for_function(WIDGETS_BUILT)
    page.eval_on_selector_all("details", "sections => sections.forEach((s) => { s.open = true; })")
    options = {"runOnly": {"type": "tag", "values": TAGS}, "resultTypes": ["violations"]}
    results = Axe().run(page, options=options)
    return describe(results.response["violations"])


def log_in(page, origin, username, password=PASSWORD):
    page.goto(f"{origin}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")


def save(page):
    page.wait_for_function(WIDGETS_BUILT)
    page.click("input[name=_save]")
    page.wait_for_load_state()


def crawl_admin(page, origin, in_full=lambda path: True):
    """The admin pages reachable from the start page, as the module says: {page: findings}.

    Lists for which `in_full(path)` is false get only the list, the add form and a change
    form checked, not their popups, errors, history, deletion and saving.
    """
    found, checked = {}, []

    def check(name):
        checked.append(name)
        if problems := violations(page):
            found[name] = problems

    def visit(path):
        page.goto(origin + path)
        check(path)

    visit("/admin/")
    links = page.eval_on_selector_all(
        "#content-main a[href]", "links => links.map((link) => link.getAttribute('href'))"
    )
    for path in dict.fromkeys(links):
        visit(path)
        if not CHANGE_LIST.match(path):
            continue  # an app's page
        if path.endswith("/add/"):
            if in_full(path):
                visit(path + POPUP)
                page.goto(origin + path)
                save(page)
                check(f"{path} (leer gesichert, mit Fehlern)")
            continue
        if in_full(path):
            visit(path + POPUP)
            page.goto(origin + path)
        objects = page.eval_on_selector_all(
            "#result_list tbody a[href*='/change/']",
            "links => links.map((link) => link.getAttribute('href').split('?')[0])",
        )
        if not objects:
            continue
        change = objects[0]
        visit(change)
        if not in_full(path):
            continue
        for link in ["a.historylink", "a.deletelink"]:
            if page.locator(link).count():
                visit(page.locator(link).get_attribute("href"))
        page.goto(origin + change)
        if page.locator("input[name=_save]").count():
            save(page)
            check(f"{change} (gesichert)")
    visit("/admin/password_change/")
    page.click("input[type=submit]")
    check("/admin/password_change/ (mit Fehlern)")
    return found, checked


def lists(paths):
    """The models' lists among the pages checked."""
    return {path for path in paths if CHANGE_LIST.fullmatch(path)}


def coordinators_have_no_access(path):
    """Whether a coordinator cannot open the list or form at `path` at all."""
    app_label, model_name = path.split("/")[2:4]
    return model_name not in COORDINATOR_PERMISSIONS.get(app_label, {})


def test_admin_axe_finds_no_violation_on_any_page_of_a_coordinator(live_server, demo, page):
    log_in(page, live_server.url, "koordination-kassel")
    page.wait_for_url(f"{live_server.url}/admin/")

    found, checked = crawl_admin(page, live_server.url)

    assert found == {}
    assert lists(checked) == {
        f"/admin/{app_label}/{model_name}/"
        for app_label, models in COORDINATOR_PERMISSIONS.items()
        for model_name in models
    }


def test_admin_axe_finds_no_violation_on_any_page_of_a_network_editor(live_server, demo, page):
    log_in(page, live_server.url, "admin")
    page.wait_for_url(f"{live_server.url}/admin/")

    # The network editor's forms are the coordinators' ones with more fields: those were
    # checked with errors, as popups and so on above; here what only network editors open.
    found, checked = crawl_admin(page, live_server.url, in_full=coordinators_have_no_access)

    assert found == {}
    assert lists(checked) == {
        f"/admin/{model._meta.app_label}/{model._meta.model_name}/" for model in site._registry
    }


def test_admin_axe_finds_no_violation_with_widgets_open(live_server, demo, page):
    log_in(page, live_server.url, "koordination-kassel")
    page.wait_for_url(f"{live_server.url}/admin/")
    found = {}

    page.goto(f"{live_server.url}/admin/projects/project/add/")
    page.wait_for_function(WIDGETS_BUILT)
    page.focus(".field-image .select2-selection")
    page.keyboard.press("Enter")
    page.locator(".select2-results__option--highlighted").wait_for()
    found["Bild: Auswahlliste offen"] = violations(page)
    page.keyboard.press("Escape")
    page.focus(".field-partners .select2-search__field")
    page.keyboard.type("IHK")
    page.locator(".select2-results__option--highlighted").wait_for()
    found["Partner: Auswahlliste offen"] = violations(page)
    page.keyboard.press("Enter")
    found["Partner: einer gewählt"] = violations(page)

    page.goto(f"{live_server.url}/admin/news/event/add/")
    page.wait_for_function(WIDGETS_BUILT)
    page.click("#calendarlink0")
    found["Kalender offen"] = violations(page)
    page.keyboard.press("Escape")
    page.click("#clocklink0")
    found["Uhrzeiten offen"] = violations(page)
    page.keyboard.press("Escape")
    page.focus(".field-description .tiptap")
    page.keyboard.type("Anmeldung bis Freitag")
    page.keyboard.press("Control+a")
    page.click(".field-description button[data-name=link]")
    found["Dialog „Link einfügen“"] = violations(page)

    for part in ["organisation", "geschichte", "partner", "ansprechpersonen", "dokumente"]:
        page.goto(f"{live_server.url}/admin/buendnisse/alliance/1/change/?teil={part}")
        page.wait_for_function(WIDGETS_BUILT)
        for add_row in page.locator(".add-row a").all():
            add_row.click()
        found[f"Bündnis, {part}: eine Zeile hinzugefügt"] = violations(page)

    assert {name: problems for name, problems in found.items() if problems} == {}


def test_admin_axe_finds_no_violation_in_the_preview(live_server, demo, page):
    project = Project.objects.get(alliance__slug="kassel", slug="familie-willkommen")
    project.is_published = False
    project.save()
    log_in(page, live_server.url, "koordination-kassel")
    page.wait_for_url(f"{live_server.url}/admin/")

    page.goto(f"{live_server.url}/admin/projects/project/{project.pk}/change/")
    page.click("text=Vorschau (noch nicht öffentlich)")
    page.wait_for_url(live_server.url + project.get_absolute_url())

    assert page.locator(".preview-banner").count() == 1
    assert violations(page) == []


def test_admin_axe_finds_no_violation_on_login_logout_and_lockout(
    live_server, demo, page, settings
):
    page.goto(f"{live_server.url}/admin/login/")
    login_page = violations(page)
    log_in(page, live_server.url, "koordination-kassel", "falsch")
    wrong_password = violations(page)
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in(page, live_server.url, "koordination-kassel", "falsch")
    lockout_text = page.locator("h1").text_content()
    lockout = violations(page)
    log_in(page, live_server.url, "koordination-herzogenrath")
    page.wait_for_url(f"{live_server.url}/admin/")
    page.click("#logout-form button")
    page.wait_for_url(f"{live_server.url}/admin/logout/")
    logged_out = violations(page)

    assert lockout_text == "Anmeldung vorübergehend gesperrt"
    assert (login_page, wrong_password, lockout, logged_out) == ([], [], [], [])
