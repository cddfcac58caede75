"""A complaint handled from its opening to its closing, in French, in a real Chromium, as the demo HR case officer
would do it (issue 19, "what must hold"): the officer reads the indicators, opens a complaint (a refused form first,
every error marked), sees its deadlines and how each was computed, pauses it for mediation (the answer's clock stands
still), drafts a legal memorandum from its template and edits it, closes the case (refused without an outcome, then
with one), and sees the indicators move.

Every page is checked as the French recruitment walk checks its pages (`Walk.page`): its HTTP status,
`<html lang="fr">`, no raw JSON, no refusal, no English word of the interface, the French labels expected, and a
screenshot (`hr-case-fr-<backend>-NN-<step>.png`). axe-core checks each page through the `browser` fixture."""

from __future__ import annotations

import secrets
from datetime import date, timedelta

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from test_browser_recruitment_apply import fill
from test_browser_recruitment_cycle_fr import Walk, follow, set_value
from test_browser_registry import sign_in_as, sign_out, submit, text_of
from test_browser_shell import path_of

# English words of this office's interface that a French page never shows (beside the walk's ENGLISH_ONLY).
HR_ENGLISH = {
    "Case", "Cases", "Complaint", "Complainant", "Respondent", "Deadlines", "Timeline", "Memoranda", "Memo",
    "Outcome", "Indicators", "Stage", "Step", "Record", "Template", "Suspended", "Running", "Overdue", "Parties",
    "Opened", "Closed", "Draft", "Mediation", "Save", "Officer", "Quarter", "Summary", "Median", "Met", "Missed",
}
# The demo people's names the pages show: data, not words of the interface.
PEOPLE = ["Hugo Officer", "Inès Moreau", "Rémi Registre"]


def kpi(driver, element_id: str) -> int:
    """A count of the indicators' summary (the walk's counts are never small enough to be suppressed)."""
    text = text_of(driver, element_id)
    assert text.isdigit(), f"#{element_id}: {text!r}"
    return int(text)


def office_menu(driver, path: str) -> None:
    """Follows the HR office's menu entry for `path` (through the site menu's HR entry first when the page has no
    office menu of HR, as on the home page)."""
    selector = f"#office-menu a[href='{path}']"
    if not driver.find_elements(By.CSS_SELECTOR, selector):
        follow(driver, driver.find_element(By.CSS_SELECTOR, "#site-menu a[href^='/hr/']"))
    follow(driver, driver.find_element(By.CSS_SELECTOR, selector))


def test_a_complaint_from_opening_to_closing_in_french(browser, server, backend):
    driver = browser
    tag = secrets.token_hex(3)
    title = f"Plainte relative au tableau des astreintes {tag}"
    notified = date.today() - timedelta(days=10)
    walk = Walk(driver, backend, [title, *PEOPLE], prefix="hr-case-fr", office_english=HR_ENGLISH)

    # ---------------------------------------------------------------- 1. the indicators before
    sign_in_as(driver, server, "hrofficer", "fr")
    walk.page("home")
    office_menu(driver, "/hr/kpis")
    walk.page("kpis-before", "Indicateurs de la gestion des dossiers", "Dossiers ouverts", "Dossiers clos",
              "Issues des dossiers clos", "Par trimestre")
    open_before, closed_before = kpi(driver, "kpi-open"), kpi(driver, "kpi-closed")

    # ---------------------------------------------------------------- 2. the complaint, refused first
    office_menu(driver, "/hr/cases/new")
    walk.page("new-case", "Ouvrir un dossier")
    Select(driver.find_element(By.ID, "type")).select_by_value("complaint")
    fill(driver, "complainant", "personne-inconnue")
    set_value(driver, "decisionNotifiedOn", (date.today() + timedelta(days=3)).isoformat())
    submit(driver, "case-submit")
    walk.page("new-case-refused", "Ce champ est obligatoire.", status=400)
    for field in ("title", "decisionNotifiedOn"):
        assert driver.find_element(By.ID, field).get_attribute("aria-invalid") == "true", field
    fill(driver, "title", title)
    driver.find_element(By.ID, "complainant").clear()
    fill(driver, "complainant", "registry")
    set_value(driver, "decisionNotifiedOn", notified.isoformat())
    fill(driver, "decisionWhat", "Tableau des astreintes de décembre")
    fill(driver, "decisionBy", "Chef du Registre")
    fill(driver, "articles", "Annex IX, Art. 3.1")
    submit(driver, "case-submit")
    body = walk.page("case-opened", "Le dossier est ouvert", "Délais", "Chronologie", "Personnes nommées")
    case_path = path_of(driver)
    assert text_of(driver, "page-title") == title
    assert "Rémi Registre" in text_of(driver, "case-parties")

    # its deadlines, and how each was computed, in French
    deadlines = text_of(driver, "case-deadlines")
    assert "Annex IX, Art. 3.1" in deadlines and "Annex IX, Art. 3.4" in deadlines, deadlines
    assert "court à compter du lendemain" in deadlines and "Le délai expire à la fin du" in deadlines, deadlines
    assert "heure de Bruxelles" in deadlines

    # ---------------------------------------------------------------- 3. mediation stops the clock
    Select(driver.find_element(By.ID, "step")).select_by_value("mediation")
    submit(driver, "step-submit")
    walk.page("mediation", "L’étape est enregistrée.", "Médiation")
    assert "suspendus depuis" in text_of(driver, "case-suspended")
    deadlines = text_of(driver, "case-deadlines")
    assert "Suspendu (médiation)" in deadlines, deadlines
    assert "n'a pas repris" in deadlines, deadlines

    # ---------------------------------------------------------------- 4. a legal memorandum from its template
    Select(driver.find_element(By.ID, "template")).select_by_value("legal-memo")
    Select(driver.find_element(By.ID, "language")).select_by_value("fr")
    submit(driver, "memo-submit")
    walk.page("memo-drafted", "La note est rédigée à partir de son modèle", "Note juridique")
    text = driver.find_element(By.ID, "body").get_attribute("value")
    assert "NOTE JURIDIQUE" in text and title in text and "Rémi Registre" in text, text
    assert "JURIDIQUE" in text_of(driver, "memo-banner")
    driver.find_element(By.ID, "body").clear()
    fill(driver, "body", f"NOTE JURIDIQUE — {title}\n\nLa médiation a abouti : accord des parties.")
    submit(driver, "memo-save")
    walk.page("memo-saved", "Le texte est enregistré.")
    follow(driver, driver.find_element(By.ID, "case-link"))
    walk.page("case-with-memo", "Notes et décisions")
    assert "Note juridique —" in text_of(driver, "case-memos")

    # ---------------------------------------------------------------- 5. closing: an outcome is asked for
    Select(driver.find_element(By.ID, "step")).select_by_value("closed")
    submit(driver, "step-submit")
    walk.page("close-refused", "Indiquez l’issue du dossier pour le clore.", status=400)
    assert driver.find_element(By.ID, "outcome").get_attribute("aria-invalid") == "true"
    Select(driver.find_element(By.ID, "step")).select_by_value("closed")
    Select(driver.find_element(By.ID, "outcome")).select_by_value("mediated")
    submit(driver, "step-submit")
    walk.page("closed", "L’étape est enregistrée.", "Le dossier est clos")
    assert path_of(driver) == case_path
    assert "Clos" in text_of(driver, "case-state")
    assert text_of(driver, "case-outcome") == "Résolu par médiation"
    # the complaint was filed in time; the answer came with the closing, well within its 30 days
    assert "Non respecté" not in text_of(driver, "case-deadlines")
    assert "Respecté" in text_of(driver, "case-deadlines")

    # ---------------------------------------------------------------- 6. the indicators moved
    office_menu(driver, "/hr/kpis")
    walk.page("kpis-after", "Dossiers clos")
    assert kpi(driver, "kpi-open") == open_before, "opened and closed in the walk"
    assert kpi(driver, "kpi-closed") == closed_before + 1
    sign_out(driver)
