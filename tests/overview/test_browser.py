"""The report page in a real browser: headless Chromium (the Debian ``chromium``
package) driven by Playwright, offline."""

from __future__ import annotations

import os
import shutil

import pytest

playwright_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed (pip install playwright)")

CHROMIUM = next((p for p in (os.environ.get("ARABTEXT_CHROMIUM"), shutil.which("chromium"), shutil.which("chromium-browser"))
                 if p and os.path.exists(p)), None)
if CHROMIUM is None and os.environ.get("ARABTEXT_BROWSER_REQUIRED"):
    raise RuntimeError("ARABTEXT_BROWSER_REQUIRED is set but no chromium executable was found")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium executable (apt-get install chromium, or set ARABTEXT_CHROMIUM)")


@pytest.fixture(scope="module")
def page_of(tmp_path_factory, archive):
    import arabtext
    from arabtext.overview import ReportSettings

    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(arabtext.report(archive, top=5, settings=ReportSettings(page_size=4)).html(), encoding="utf-8")
    with playwright_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page()
        page.set_default_timeout(10_000)
        errors: list[str] = []
        requests: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: requests.append(r.url) if not r.url.startswith(("file:", "data:")) else None)
        page.goto(path.as_uri())
        page.wait_for_selector("#table tbody tr")
        yield page, errors, requests
        browser.close()


def test_renders_offline_without_errors(page_of):
    page, errors, requests = page_of
    assert errors == []
    assert requests == []
    assert page.get_attribute("html", "dir") == "rtl"


def test_charts_and_top_keyphrases(page_of, archive_report):
    page, _, _ = page_of
    assert page.locator("#overall-keywords svg .bar").count() == 5
    labels = page.locator("#overall-keywords svg .bar text.label").all_text_contents()
    assert labels == [t.text for t in archive_report.overall.keywords]
    sport = page.locator("#folder-3-keywords svg .bar text.label").all_text_contents()
    assert {"كرة السلة", "النجم الساحلي"} <= set(sport[:3])
    assert page.locator("#table tbody tr").count() == 4  # the first of three pages
    assert page.locator("#page").inner_text() == "page 1 of 3"


def test_sort_filter_and_pages(page_of):
    page, errors, _ = page_of
    page.locator('th[data-key="words"]').click()  # longest first
    words = [int(w) for w in page.locator("#table tbody tr td:nth-child(4)").all_text_contents()]
    assert words == sorted(words, reverse=True)
    page.locator("#next").click()
    assert page.locator("#page").inner_text() == "page 2 of 3"
    assert max(int(w) for w in page.locator("#table tbody tr td:nth-child(4)").all_text_contents()) <= words[-1]
    page.fill("#filter", "sport")
    page.wait_for_function("document.getElementById('count').textContent.startsWith('3 of 9')")
    assert set(page.locator("#table tbody tr td:nth-child(2)").all_text_contents()) == {"sport"}
    page.fill("#filter", "")
    page.wait_for_function("document.getElementById('count').textContent.startsWith('9 of 9')")
    assert errors == []


def test_clicking_a_keyphrase_highlights_it_in_an_article(page_of):
    page, errors, _ = page_of
    page.locator('#folder-3-keywords .bar[data-term="كرة السلة"]').click()  # one of sport's top keyphrases
    assert page.locator("#term-name").inner_text() == "كرة السلة"
    assert page.locator("#table tbody tr").count() >= 1
    assert page.locator("#reader").is_visible()
    marked = page.locator("#reader-text mark.sel").all_text_contents()
    assert marked and set(marked) == {"كرة السلة"}
    page.fill("#filter", "zzz-nothing")
    page.wait_for_function("document.querySelectorAll('#table tbody tr').length === 0")
    assert errors == []


def test_clicking_a_name_lists_the_articles_naming_it(page_of):
    page, errors, _ = page_of
    if page.locator("#clear-term").is_visible():  # a term chosen by an earlier test (the page is shared)
        page.locator("#clear-term").click()
    page.fill("#filter", "")
    page.wait_for_function("document.getElementById('count').textContent.startsWith('9 of 9')")
    page.locator('#overall .bar[data-kind="LOC"][data-term="تونس"]').first.click()
    assert page.locator("#term-name").inner_text() == "تونس"
    # the two articles naming it (ant-culture names تونس once, ant-economy often)
    assert page.locator("#table tbody tr td:nth-child(2)").all_text_contents() == ["culture", "economy"]
    assert "تونس" in page.locator("#reader-text mark.sel").first.inner_text()
    page.locator("#clear-term").click()
    assert page.locator("#term-filter").is_hidden()
    assert errors == []
