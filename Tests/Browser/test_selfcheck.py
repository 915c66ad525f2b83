"""The self-check page in a real browser: verdicts, reasons, a broken file, English,
keyboard only, without JavaScript, print view, contrast."""
import json
import urllib.request

from conftest import sample, shot


def upload(page, server, path, call=None, prefix=""):
    page.goto(f"{server}{prefix}/")
    page.set_input_files("#file", path)
    if call:
        page.check(f"#call-{call}")
    page.click("form.check button[type=submit]")
    page.wait_for_selector("#result")


def test_eligible_sample(page, server):
    upload(page, server, sample("pollens-2015.xml"))
    verdict = page.inner_text(".verdict")
    assert "éligible" in verdict and "inéligible" not in verdict
    assert page.locator(".criterion.outcome-pass").count() > 0
    assert page.locator(".criterion.outcome-fail").count() == 0
    shot(page, "01-eligible-fr")


def test_ineligible_sample_says_why(page, server):
    upload(page, server, sample("smac07-2015.xml"))
    assert "inéligible" in page.inner_text(".verdict")
    # The reason comes with the verdict, before the form.
    reasons = page.inner_text(".reasons")
    assert "Ce qui bloque" in reasons and "Dépôt dans les délais" in reasons
    assert page.locator("#result").bounding_box()["y"] < page.locator("form.check").bounding_box()["y"]
    failed = page.locator(".criterion.outcome-fail").first
    text = failed.inner_text()
    # The late submission: the reason names the date and what to fix, and where.
    assert "2015-07-02" in text or "02/07/2015" in text or "2 juillet" in text, text
    assert "Source" in text
    link = failed.locator("a").first.get_attribute("href")
    assert link.startswith("/criteria/2015#")
    shot(page, "02-ineligible-fr")
    page.click(f"a[href='{link}']")
    assert page.url.endswith(link)
    assert page.locator(link[link.index("#"):]).is_visible()


def test_broken_file_line_and_example(page, server):
    upload(page, server, sample("invalid/date-without-timezone.xml"))
    problem = page.inner_text(".problems")
    assert "ligne 10" in problem
    assert "2015-06-20T10:00:00+02:00" in problem
    assert "[facet" not in problem and "Element '" not in problem
    shot(page, "03-broken-fr")


def test_misspelt_code_did_you_mean(page, server):
    upload(page, server, sample("invalid/unknown-legal-form.xml"), prefix="/en")
    problem = page.inner_text(".problems")
    assert "line 32" in problem and "Example of a valid value" in problem
    shot(page, "04-broken-code-en")


def test_switch_to_english(page, server):
    page.goto(f"{server}/")
    page.click("a.lang")
    assert page.url == f"{server}/en/"
    assert page.get_attribute("html", "lang") == "en"
    page.set_input_files("#file", sample("smac07-2015.xml"))
    page.click("form.check button[type=submit]")
    page.wait_for_selector("#result")
    assert "ineligible" in page.inner_text(".verdict")
    assert "Eligibility conditions" in page.inner_text("#result")
    shot(page, "05-ineligible-en")


def test_both_calls(page, server):
    upload(page, server, sample("pollens-2015.xml"), call="all")
    assert page.locator("article.evaluation").count() == 2


def test_keyboard_only(page, server):
    page.goto(f"{server}/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    # From the main content, Tab reaches the file field first.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "file"
    # Space (or Enter) on the focused field opens the system's file dialog; Chromium sometimes
    # drops the first key press under load, so one more press is allowed, by keyboard still.
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    for key in ("Space", "Enter"):
        try:
            with page.expect_file_chooser(timeout=15000) as chooser:
                page.keyboard.press(key)
            break
        except PlaywrightTimeout:
            assert page.evaluate("document.activeElement.id") == "file"
    else:
        raise AssertionError("the file field does not open its dialog from the keyboard")
    chooser.value.set_files(sample("smac07-2015.xml"))
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "xml"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "call"
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.id") == "call-2013"
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.id") == "call-2015"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.type") == "submit"
    shot(page, "06-keyboard-focus")
    page.keyboard.press("Enter")
    page.wait_for_selector("#result")
    # The result's heading takes the focus, so a screen reader reads the verdict next.
    assert page.evaluate("document.activeElement.id") == "result-title"
    assert "inéligible" in page.inner_text(".verdict")
    # Next comes the reason, a link to the failed criterion below.
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')") or ""
    assert focused.startswith("#c-2015-"), focused
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')") or ""
    assert focused.startswith("/criteria/2015#"), focused


def test_works_without_javascript(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{server}/en/")
    page.set_input_files("#file", sample("pollens-2015.xml"))
    page.click("form.check button[type=submit]")
    page.wait_for_selector("#result")
    assert "eligible" in page.inner_text(".verdict")
    assert page.locator("#print").is_hidden()
    shot(page, "07-no-javascript")
    context.close()


def test_download_and_print(page, server):
    upload(page, server, sample("pollens-2015.xml"))
    with page.expect_download() as download:
        page.click("form.download button")
    path = download.value.path()
    html = open(path, encoding="utf-8").read()
    assert "<style>" in html and "éligible" in html and "<script" not in html
    assert download.value.suggested_filename == "ptce-resultat.html"
    page.emulate_media(media="print")
    assert page.locator("form.check").is_hidden()
    assert page.locator("h2.again").is_hidden()
    assert page.locator(".verdict").is_visible()
    shot(page, "08-print")


def test_pasted_xml(page, server):
    page.goto(f"{server}/")
    page.fill("#xml", open(sample("pollens-2015.xml"), encoding="utf-8").read())
    page.click("form.check button[type=submit]")
    page.wait_for_selector("#result")
    assert "éligible" in page.inner_text(".verdict")


def test_explorer(page, server):
    page.goto(f"{server}/criteria/2015")
    assert page.locator("section.entry").count() > 5
    assert page.locator("section.entry dl.facts code").count() > 0
    shot(page, "09-criteria-2015")
    page.goto(f"{server}/en/facts")
    assert page.get_attribute("html", "lang") == "en"
    assert "/application/identity/submittedAt" in page.inner_text("table.facts")
    shot(page, "10-facts-en")


CONTRAST = """
() => {
  function rgb(text) { return text.match(/[\\d.]+/g).slice(0, 3).map(Number); }
  function lum(c) { const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; }
  function background(el) { while (el) { const c = getComputedStyle(el).backgroundColor;
    if (c && !c.startsWith('rgba(0, 0, 0, 0)') && c !== 'transparent') return c; el = el.parentElement; } return 'rgb(255,255,255)'; }
  const worst = [];
  for (const el of document.querySelectorAll('body *')) {
    if (!el.offsetParent || !Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    const a = lum(rgb(getComputedStyle(el).color)), b = lum(rgb(background(el)));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < 4.5) worst.push(el.tagName + '.' + el.className + ' ' + ratio.toFixed(2));
  }
  return worst;
}
"""


def test_text_contrast(page, server):
    upload(page, server, sample("smac07-2015.xml"))
    assert page.evaluate(CONTRAST) == []
    page.goto(f"{server}/criteria/2015")
    assert page.evaluate(CONTRAST) == []


def test_openapi_document_is_valid(server):
    from openapi_spec_validator import validate
    with urllib.request.urlopen(f"{server}/api/v1/openapi.json") as response:
        document = json.load(response)
    validate(document)
    assert set(document["paths"]) >= {"/api/v1/check", "/api/v1/calls", "/api/v1/calls/{id}/criteria", "/api/v1/facts"}


def test_api_from_outside(server):
    body = open(sample("pollens-2015.xml"), "rb").read()
    request = urllib.request.Request(f"{server}/api/v1/check?call=2015&lang=en", data=body,
                                     headers={"Content-Type": "application/xml"})
    with urllib.request.urlopen(request) as response:
        reply = json.load(response)
        assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert reply["evaluations"][0]["verdict"] == "eligible"
