"""Qt tests run offscreen, with DejaVu and the Russian translation, and fail loudly.

QT_QPA_PLATFORM must be set before any QApplication exists, so it is set at
import time here. CASHIER_FAIL_FAST=1 makes ui.app's excepthook exit on an
unhandled exception; inside a test pytest-qt's own hook catches it first and
fails the test. Every test has a timeout (a hung event loop must not hang CI).
"""

from __future__ import annotations

import gc
import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["CASHIER_FAIL_FAST"] = "1"
os.environ.setdefault("QT_LOGGING_RULES", "qt.pdf.*=false")

import pytest  # noqa: E402

UI_TIMEOUT = 60


def pytest_collection_modifyitems(config, items):
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.fspath).startswith(here) and item.get_closest_marker("timeout") is None:
            item.add_marker(pytest.mark.timeout(UI_TIMEOUT))


@pytest.fixture(scope="session")
def desk_app(qapp):
    """The test QApplication with the desk's fonts, Russian translation and excepthook."""
    from ui.app import setup_app
    setup_app(qapp, "ru", manage_gc=False)
    return qapp


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_gui_thread():
    """As the app does (ui.app.install_gc_timer): no cycle collection in worker threads
    while Qt objects are alive; collect here, on the main thread, around each test."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.collect()
        gc.enable()


@pytest.fixture
def english(desk_app):
    """Switch the window language to English for one test (source strings), then back."""
    from ui.app import install_translators
    install_translators(desk_app, "en")
    yield desk_app
    install_translators(desk_app, "ru")
