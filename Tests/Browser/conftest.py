"""Starts `ptce serve` on a free loopback port for the browser tests, and opens Debian's
Chromium through Playwright (no browser is downloaded)."""
import os
import pathlib
import re
import subprocess

import pytest
from playwright.sync_api import sync_playwright

ROOT = pathlib.Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("PTCE_CHROMIUM", "/usr/bin/chromium")
SHOTS = pathlib.Path(os.environ.get("PTCE_SCREENSHOTS", ROOT / ".build" / "browser-screenshots"))


def ptce_binary() -> pathlib.Path:
    out = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True, check=True)
    binary = pathlib.Path(out.stdout.strip()) / "ptce"
    assert binary.exists(), f"{binary} missing: run swift build first"
    return binary


@pytest.fixture(scope="session")
def server():
    """The server's base address, e.g. http://127.0.0.1:41234"""
    process = subprocess.Popen(
        [str(ptce_binary()), "serve", "--host", "127.0.0.1", "--port", "0"],
        cwd="/", stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = process.stdout.readline()
    match = re.search(r"(http://127\.0\.0\.1:\d+)/", line)
    assert match, f"no address printed: {line!r} {process.stderr.read() if process.poll() is not None else ''}"
    yield match.group(1)
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server):
    """A page whose every request is recorded, to prove nothing is loaded from elsewhere."""
    context = browser.new_context(viewport={"width": 1000, "height": 900})
    page = context.new_page()
    page.requests = []
    page.on("request", lambda request: page.requests.append(request.url))
    yield page
    outside = [url for url in page.requests if not url.startswith(server) and not url.startswith("data:")]
    assert outside == [], f"requests outside the server: {outside}"
    context.close()


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def sample(name):
    return str(ROOT / "SampleApplications" / name)
