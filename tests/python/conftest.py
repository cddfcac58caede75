"""Fixtures for the end-to-end checks: a real `chancery serve --demo` per backend, and a real browser.

Backends: `sqlite` always; `postgres` too when CHANCERY_TEST_DATABASE_URL points at a PostgreSQL server
(scripts/test.sh starts a throwaway one). For postgres each session gets its own fresh database.

Environment:
  CHANCERY_TEST_DATABASE_URL  postgres://postgres@127.0.0.1:PORT/DB of a server we may create databases on
  CHANCERY_BIN                the server binary (default: .build/debug/chancery)
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
import re
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO_ROOT / ".test-tmp"
SCREENSHOTS = ARTIFACTS / "screenshots"
LOGS = ARTIFACTS / "logs"

PG_URL = os.environ.get("CHANCERY_TEST_DATABASE_URL", "").strip()
BACKENDS = ["sqlite"] + (["postgres"] if PG_URL else [])

STARTUP_TIMEOUT = 300  # the standard demo loads in about 100 s on two busy cores; a slow start is not a failure

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


# --------------------------------------------------------------------------------------- helpers


def server_binary() -> Path:
    configured = os.environ.get("CHANCERY_BIN")
    path = Path(configured) if configured else REPO_ROOT / ".build" / "debug" / "chancery"
    if not path.exists():
        pytest.fail(f"server binary {path} not found: run `swift build` first (scripts/test.sh does)", pytrace=False)
    return path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tail(path: Path, lines: int = 60) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no output)"


def http_status(url: str, timeout: float = 2.0) -> int | None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except (urllib.error.URLError, ConnectionError, socket.timeout, OSError):
        return None


class PostgresAdmin:
    """Creates and drops databases on the test PostgreSQL server with psql."""

    def __init__(self, url: str):
        self.parts = urllib.parse.urlsplit(url)
        if self.parts.scheme not in ("postgres", "postgresql"):
            raise ValueError(f"CHANCERY_TEST_DATABASE_URL is not a postgres:// URL: {url}")

    def _psql(self, sql: str) -> None:
        psql = shutil.which("psql")
        if psql is None:
            pytest.fail("psql not found (apt-get install postgresql-client)", pytrace=False)
        env = dict(os.environ, PGCONNECT_TIMEOUT="10")
        if self.parts.password:
            env["PGPASSWORD"] = urllib.parse.unquote(self.parts.password)
        subprocess.run(
            [
                psql, "-X", "-q", "-v", "ON_ERROR_STOP=1",
                "-h", self.parts.hostname or "127.0.0.1",
                "-p", str(self.parts.port or 5432),
                "-U", urllib.parse.unquote(self.parts.username or "postgres"),
                "-d", "postgres",
                "-c", sql,
            ],
            env=env, check=True, capture_output=True, text=True, timeout=60,
        )

    def create_database(self) -> tuple[str, str]:
        name = f"chancery_py_{secrets.token_hex(6)}"
        try:
            self._psql(f'CREATE DATABASE "{name}"')
        except subprocess.CalledProcessError as error:
            pytest.fail(f"could not create database {name}: {error.stderr}", pytrace=False)
        url = urllib.parse.urlunsplit(self.parts._replace(path=f"/{name}"))
        return name, url

    def drop_database(self, name: str) -> None:
        try:
            self._psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        except (subprocess.SubprocessError, OSError):
            pass  # the cluster is throwaway; a leftover database is harmless


class Server:
    def __init__(self, backend: str, base_url: str, port: int, process: subprocess.Popen, log_out: Path, log_err: Path):
        self.backend = backend
        self.base_url = base_url
        self.port = port
        self.process = process
        self.log_out = log_out
        self.log_err = log_err

    def logs(self) -> str:
        return f"--- stderr ({self.log_err}) ---\n{tail(self.log_err)}\n--- stdout ({self.log_out}) ---\n{tail(self.log_out)}"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)


def start_server(backend: str, data_dir: Path, database_url: str | None, scale: str | None = None) -> Server:
    """`chancery serve --demo` on SQLite loads the standard demo (docs/demo.md: under a minute with a debug build);
    on PostgreSQL the sample demo, since a debug build's PostgreSQL driver loads the standard one in minutes.
    `scale` asks for another (`sample` where the standard demo's years of records are not what is checked)."""
    binary = server_binary()
    LOGS.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHANCERY_")}
    env["CHANCERY_BCRYPT_COST"] = "4"
    if database_url:
        env["CHANCERY_DATABASE_URL"] = database_url

    last_error = ""
    for _attempt in range(3):  # a free port can be taken between our probe and the server's bind
        port = free_port()
        log_out = LOGS / f"server-{backend}.out.log"
        log_err = LOGS / f"server-{backend}.err.log"
        with open(log_out, "wb") as out, open(log_err, "wb") as err:
            process = subprocess.Popen(
                [
                    str(binary), "serve",
                    "--port", str(port),
                    "--hostname", "127.0.0.1",
                    "--data-dir", str(data_dir),
                    "--demo",
                    *(["--demo-scale", scale or "sample"] if scale or database_url else []),
                ],
                cwd=str(data_dir), env=env, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
            )
        # localhost (not 127.0.0.1): Chromium treats http://localhost as a secure context, so the
        # server's Secure cookies are kept.
        server = Server(backend, f"http://localhost:{port}", port, process, log_out, log_err)
        deadline = time.monotonic() + STARTUP_TIMEOUT
        delay = 0.05
        while time.monotonic() < deadline:
            if process.poll() is not None:
                break
            if http_status(f"http://127.0.0.1:{port}/healthz") == 200:
                return server
            time.sleep(delay)
            delay = min(delay * 1.5, 0.5)
        if process.poll() is None:
            server.stop()
            pytest.fail(f"[{backend}] GET /healthz did not return 200 within {STARTUP_TIMEOUT:.0f} s\n{server.logs()}", pytrace=False)
        last_error = server.logs()
        if "address already in use" not in last_error.lower():
            break
    pytest.fail(f"[{backend}] the server exited during start-up (exit code {process.returncode})\n{last_error}", pytrace=False)


# --------------------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture(scope="session")
def server(backend, tmp_path_factory):
    """Base URL (http://localhost:PORT) of a running `chancery serve --demo` on the given backend."""
    data_dir = tmp_path_factory.mktemp(f"chancery-{backend}-data")
    admin = None
    database = None
    database_url = None
    if backend == "postgres":
        admin = PostgresAdmin(PG_URL)
        database, database_url = admin.create_database()
    running = start_server(backend, data_dir, database_url)
    try:
        yield running.base_url
    finally:
        running.stop()
        if admin and database:
            admin.drop_database(database)


@pytest.fixture(scope="session")
def driver():
    """One headless Chromium for the whole session (start-up is most of a browser test's time)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    for path in (CHROMIUM, CHROMEDRIVER):
        if not Path(path).exists():
            pytest.fail(f"{path} not found (apt-get install chromium chromium-driver)", pytrace=False)
    os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager try to download anything

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--lang=en-US",
    ):
        options.add_argument(argument)
    # A deterministic Accept-Language, so the server's default page language is English.
    options.add_experimental_option("prefs", {"intl.accept_languages": "en-US,en"})

    chrome = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    chrome.set_page_load_timeout(30)
    # axe-core runs as an async script on every page; a busy 2-core machine can take longer than the 30 s default.
    chrome.set_script_timeout(120)
    try:
        yield chrome
    finally:
        chrome.quit()


def _clear_browser_state(chrome, base_url: str) -> None:
    try:
        # All cookies of every host and port (cookies ignore ports, so the backends' servers share them).
        chrome.execute_cdp_cmd("Network.clearBrowserCookies", {})
        chrome.execute_cdp_cmd("Storage.clearDataForOrigin", {"origin": base_url, "storageTypes": "all"})
    except Exception:
        chrome.delete_all_cookies()


# axe-core impacts that fail a browser test (issue 17, item 12); "moderate" and "minor" are reported, not failed.
AXE_FAILING_IMPACTS = {"serious", "critical"}
# Rules that fail whatever their impact: every piece of a page inside a landmark.
AXE_FAILING_RULES = {"region"}


class AxeOnEveryPage:
    """Runs axe-core (the axe-selenium-python package) once on every page a browser test looks at: before the test
    finds an element on a document not yet checked, and on the last page at the end of the test. Serious and
    critical violations are collected, once per page shape and rule, and fail the test."""

    def __init__(self, driver):
        self.driver = driver
        self.violations: list[str] = []
        self.seen: set[tuple[str, str]] = set()
        self.pages = 0

    def check(self) -> None:
        from axe_selenium_python import Axe

        raw = self.driver
        try:
            fresh = raw.execute_script(
                "if (window.__axeChecked || document.readyState !== 'complete' || !document.body) return false;"
                "window.__axeChecked = true; return location.protocol.startsWith('http');"
            )
        except Exception:  # a page being replaced: it is checked when the test next looks at it
            return
        if not fresh:
            return
        axe = Axe(raw)
        axe.inject()
        results = axe.run()
        self.pages += 1
        path = urllib.parse.urlsplit(raw.current_url).path
        shape = re.sub(r"[0-9A-HJKMNP-TV-Z]{26}|\d+", "_", path)
        for violation in results.get("violations", []):
            failing = violation.get("impact") in AXE_FAILING_IMPACTS or violation["id"] in AXE_FAILING_RULES
            if not failing or (shape, violation["id"]) in self.seen:
                continue
            self.seen.add((shape, violation["id"]))
            targets = "; ".join(", ".join(node.get("target", [])) for node in violation.get("nodes", [])[:3])
            self.violations.append(f"{path}: {violation['impact']} {violation['id']}: {violation['help']} ({targets})")


def _axe_driver(driver, axe: AxeOnEveryPage):
    from selenium.webdriver.support.events import AbstractEventListener, EventFiringWebDriver

    class Listener(AbstractEventListener):
        def before_find(self, by, value, driver):
            axe.check()

        def before_click(self, element, driver):
            axe.check()

    return EventFiringWebDriver(driver, Listener())


@pytest.fixture
def browser(driver, server, request):
    """The session's browser with no cookies or site storage, before and after each test; axe-core checks every
    page the test looks at."""
    _clear_browser_state(driver, server)
    axe = AxeOnEveryPage(driver)
    yield _axe_driver(driver, axe)
    try:
        axe.check()
    except Exception as error:  # the browser itself may be the problem; the test says so
        print(f"\ncould not run axe-core on the last page: {error}")
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        stem = "FAILED-" + "".join(c if c.isalnum() or c in "-_" else "_" for c in request.node.name)
        try:
            driver.save_screenshot(str(SCREENSHOTS / f"{stem}.png"))
            (SCREENSHOTS / f"{stem}.html").write_text(driver.page_source)
            print(f"\nfailure screenshot: {SCREENSHOTS / (stem + '.png')} (url {driver.current_url})")
        except Exception as error:  # the browser itself may be the problem
            print(f"\ncould not save a failure screenshot: {error}")
    _clear_browser_state(driver, server)
    try:
        driver.get("about:blank")
    except Exception:
        pass
    print(f"\naxe-core checked {axe.pages} pages")
    if axe.violations:
        pytest.fail(
            "axe-core found serious or critical accessibility violations:\n" + "\n".join(axe.violations),
            pytrace=False,
        )


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)
