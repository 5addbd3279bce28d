"""Project-wide fixtures: isolated media, real-service markers, the browser."""

import contextlib
import os
import uuid

import pytest
from django.db import connection

IN_CI = os.environ.get("CI", "").lower() == "true"
# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests make
# alongside it are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def need(service: str, available: bool, how: str) -> None:
    """Skip locally with a reason; in CI a missing service is a failure, never a skip."""
    if available:
        return
    message = f"{service} is not available: {how}"
    if IN_CI:
        pytest.fail(f"CI=true and {message}", pytrace=False)
    pytest.skip(message)


def pytest_collection_modifyitems(items):
    """Browser tests share the live server's database: they run in real transactions."""
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.django_db(transaction=True), append=False)


@pytest.fixture(autouse=True)
def _migration_data_after_flush(request):
    """A transactional test starts after another one flushed every table: put back what the
    data migrations create (groups, permissions, the Wagtail site tree and workflow), and
    start with no search index: the flush emptied the tables, not the index, whose stale jobs
    would count in the next test (a test that needs the index builds it)."""
    marker = request.node.get_closest_marker("django_db")
    if marker and marker.kwargs.get("transaction"):
        request.getfixturevalue("transactional_db")
        from tests.migration_data import restore_migration_data

        restore_migration_data()
        _drop_stale_index()


def _drop_stale_index() -> None:
    from django.conf import settings

    if not settings.ELASTICSEARCH_URL:
        return
    from tests.search.conftest import drop_indexes

    with contextlib.suppress(Exception):  # a test may have stopped the node on purpose
        drop_indexes(f"{TEST_INDEX_PREFIX}-*")


@pytest.fixture(autouse=True)
def _isolated_files(settings, tmp_path):
    """Uploads go to a temporary folder, never the developer's data directory."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "private"), "base_url": None},
        },
    }


# Tests never write to a developer's search index: each session gets its own index prefix.
TEST_INDEX_PREFIX = f"test-{uuid.uuid4().hex[:8]}"


@pytest.fixture(autouse=True)
def _isolated_search_index(settings):
    settings.ELASTICSEARCH_INDEX_PREFIX = TEST_INDEX_PREFIX


@pytest.fixture(autouse=True)
def _english_unless_asked():
    """A request under /es/ leaves Spanish active in the thread: each test starts in English."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _fast_passwords_and_mail(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


@pytest.fixture(autouse=True)
def _service_markers(request):
    if request.node.get_closest_marker("postgres"):
        need(
            "PostgreSQL",
            connection.vendor == "postgresql",
            "set DATABASE_URL (scripts/services start does it; `make test` runs it)",
        )
    if request.node.get_closest_marker("elasticsearch"):
        from django.conf import settings

        from search.engine import engine_status

        need(
            "Elasticsearch",
            bool(settings.ELASTICSEARCH_URL) and engine_status() == "ok",
            "set ELASTICSEARCH_URL to a running node (`make test` starts one)",
        )


# --- Browser (pytest-playwright on Debian's Chromium) ------------------------------------

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_FLAGS}


@pytest.fixture(autouse=True)
def _browser_available(request):
    if request.node.get_closest_marker("browser"):
        need("Chromium", os.path.exists(CHROMIUM), f"install Debian's chromium ({CHROMIUM})")


CSP_MESSAGES = ("Content Security Policy", "Content-Security-Policy", "Refused to")


@pytest.fixture
def csp_violations():
    """Console messages in which the browser reports refusing something under the policy."""
    return []


@pytest.fixture(autouse=True)
def _fail_on_csp_violations(request, csp_violations):
    """Every browser test runs with the Content-Security-Policy on and fails if the browser
    refuses anything under it, in any page of the test's context (or a context it opens)."""
    if not request.node.get_closest_marker("browser"):
        yield
        return

    missing_headers = []

    def listen(context):
        def on_console(message):
            if any(marker in message.text for marker in CSP_MESSAGES):
                csp_violations.append(
                    f"{message.page.url if message.page else '?'}: {message.text}"
                )

        def on_response(response):
            # Every page the site serves carries the security headers.
            if response.request.resource_type != "document":
                return
            headers = response.headers
            for name in ("content-security-policy", "permissions-policy"):
                if name not in headers and response.status < 300:
                    missing_headers.append(f"{response.url}: no {name}")

        context.on("console", on_console)
        context.on("response", on_response)

    browser = request.getfixturevalue("browser")
    contexts = list(browser.contexts)
    for context in contexts:
        listen(context)
    original_new_context = browser.new_context

    def new_context(*args, **kwargs):
        context = original_new_context(*args, **kwargs)
        listen(context)
        return context

    browser.new_context = new_context
    try:
        yield
    finally:
        browser.new_context = original_new_context
    assert not csp_violations, "Content-Security-Policy violations:\n" + "\n".join(csp_violations)
    assert not missing_headers, "Responses without security headers:\n" + "\n".join(missing_headers)


@pytest.fixture
def axe_check():
    """Run axe-core on the page; fail on serious or critical violations."""
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()

    def check(page, context=""):
        results = axe.run(page)
        bad = [
            v for v in results.response["violations"] if v.get("impact") in {"serious", "critical"}
        ]
        summary = "\n".join(
            f"{v['id']} ({v['impact']}): {v['help']} — "
            + ", ".join(str(n["target"]) for n in v["nodes"][:3])
            for v in bad
        )
        assert not bad, f"axe found serious/critical violations {context}:\n{summary}"

    return check


@pytest.fixture
def seeded_state_rules(db):
    """The six seeded states' rules, exactly as `seed_demo` stores them (issue 12's facts)."""
    from cms.demo import _seed_rules
    from pharmacy.models import StateRule

    _seed_rules()
    return list(StateRule.objects.all())
