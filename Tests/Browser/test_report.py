"""The jury report in Chromium: the committee summary comes first, the ranking sorts and filters
with the page's own script (no request leaves the page), and without the script the table is
whole, in rank order."""
import subprocess
import tempfile
import pathlib

import pytest

from conftest import ROOT, ptce_binary, shot


@pytest.fixture(scope="module")
def report():
    with tempfile.TemporaryDirectory() as folder:
        out = pathlib.Path(folder) / "rapport"
        subprocess.run([str(ptce_binary()), "rank", str(ROOT / "SampleApplications"), "--call", "2015",
                        "--as-of", "2015-09-15", "--format", "html", "--out", str(out)],
                       check=True, capture_output=True)
        yield (out / "report.html").as_uri()


def open_report(browser, url, javascript=True):
    context = browser.new_context(viewport={"width": 1200, "height": 900}, java_script_enabled=javascript)
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(url)
    return context, page, requests


def ranks(page):
    return [row.inner_text().split("\t")[0].strip() for row in page.query_selector_all("#ranking-table tbody tr")
            if row.is_visible()]


def test_committee_summary_comes_first(browser, report):
    context, page, requests = open_report(browser, report)
    first = page.query_selector("body > section")
    assert first.get_attribute("id") == "committee"
    assert "Dossiers financés" in first.inner_text()
    shot(page, "report-top")
    assert [url for url in requests if not url.startswith("file:")] == []
    context.close()


def test_ranking_sorts_and_filters(browser, report):
    context, page, requests = open_report(browser, report)
    assert ranks(page) == ["1", "2", "3", "4", "5", "6", "7"]
    total = page.query_selector("#ranking-table th:nth-child(4)")
    total.click()  # ascending
    assert ranks(page) == ["7", "6", "5", "4", "3", "2", "1"]
    assert total.get_attribute("aria-sort") == "ascending"
    total.click()  # descending
    assert ranks(page) == ["1", "2", "3", "4", "5", "6", "7"]
    page.fill("#ranking-filter", "Martinique")
    assert ranks(page) == ["5"]
    assert page.inner_text("#ranking-count") == "1 / 7"
    page.fill("#ranking-filter", "")
    assert len(ranks(page)) == 7
    assert [url for url in requests if not url.startswith("file:")] == []
    context.close()


def test_without_script_the_table_is_whole_and_in_order(browser, report):
    context, page, _ = open_report(browser, report, javascript=False)
    assert ranks(page) == ["1", "2", "3", "4", "5", "6", "7"]
    assert not page.is_visible("#ranking-filter"), "no control that would do nothing"
    context.close()
