"""The QApplication: fonts, translations, and an excepthook that never lets an error hide.

- Fonts: the teller build may run on a machine with no system fonts at all; then
  every glyph is a box. We load DejaVu from resources/fonts and make DejaVu Sans
  the application font, so Cyrillic, Kazakh letters and ₸ always render.
- Translations: resources/translations/cashier_<lang>.qm for the configured
  language (ru by default, kk, en). English is the source language.
- Exceptions: an exception inside a Qt slot does not stop the event loop. The
  hook logs the traceback and shows an error dialog; with CASHIER_FAIL_FAST=1
  (tests, --screenshot) it prints and exits non-zero at once.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from collections import deque
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from cashier.resources import resources_dir

log = logging.getLogger("cashier.ui")

LANGUAGES = ("ru", "kk", "en")
DEFAULT_LANGUAGE = "ru"
FONT_FAMILY = "DejaVu Sans"
FONT_POINT_SIZE = 10
FAIL_FAST_EXIT = 70


def translations_dir() -> Path:
    return resources_dir() / "translations"


def load_fonts() -> list[str]:
    """Register every shipped TTF; return the families Qt now knows from them."""
    families: list[str] = []
    fonts = resources_dir() / "fonts"
    for path in sorted(fonts.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Install cashier_<lang>.qm (and Qt's own qtbase_<lang>.qm if present)."""
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    for old in getattr(app, "_cashier_translators", []):
        app.removeTranslator(old)
    installed: list[QTranslator] = []
    QLocale.setDefault(QLocale(language))
    # English is the source language; its .qm only adds the plural forms.
    ours = QTranslator(app)
    qm = translations_dir() / f"cashier_{language}.qm"
    if ours.load(str(qm)):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("translation %s not found; the window stays in English "
                    "(run: python -m ui.translations compile)", qm)
    if language != "en":
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
            installed.append(qt_own)
    app._cashier_translators = installed  # type: ignore[attr-defined]
    return installed


def fail_fast() -> bool:
    return os.environ.get("CASHIER_FAIL_FAST") == "1"


class _ErrorRelay(QObject):
    """Carries error reports from any thread to the GUI thread's dialog.

    Reports wait in a deque and the signal carries no arguments: no Python
    object crosses threads inside a Qt signal.
    """
    wake = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.reports: deque[tuple[str, str]] = deque()
        self.wake.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def post(self, summary: str, details: str) -> None:
        self.reports.append((summary, details))
        self.wake.emit()

    def _show(self) -> None:
        while self.reports:
            _show_error_dialog(*self.reports.popleft())


_relay: _ErrorRelay | None = None


def _show_error_dialog(summary: str, details: str) -> None:
    app = QApplication.instance()
    if app is None:
        return
    box = QMessageBox(QMessageBox.Icon.Critical,
                      app.translate("App", "Unexpected error"),
                      app.translate("App", "Something went wrong in the program. The payment data "
                                           "already saved is safe. If this repeats, tell IT support "
                                           "and give them the details below."),
                      QMessageBox.StandardButton.Ok)
    box.setInformativeText(summary)
    box.setDetailedText(details)
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()


def excepthook(exc_type, exc, tb) -> None:
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unhandled exception\n%s", details)
    if fail_fast():
        sys.stderr.write("CASHIER_FAIL_FAST: unhandled exception\n" + details)
        sys.stderr.flush()
        os._exit(FAIL_FAST_EXIT)
    if issubclass(exc_type, KeyboardInterrupt):
        app = QApplication.instance()
        if app is not None:
            app.quit()
        return
    if _relay is not None:
        _relay.post(f"{exc_type.__name__}: {exc}", details)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    excepthook(args.exc_type, args.exc_value, args.exc_traceback)


def install_excepthook() -> None:
    global _relay
    if _relay is None and QApplication.instance() is not None:
        _relay = _ErrorRelay()
    sys.excepthook = excepthook
    threading.excepthook = _thread_excepthook


def create_app(argv: list[str] | None = None, language: str = DEFAULT_LANGUAGE) -> QApplication:
    """The one QApplication of the process, ready to show the desk."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv if argv is not None else sys.argv))
    app.setApplicationName("cashier-desk")
    app.setOrganizationName("cashier")
    app.setApplicationDisplayName("Cashier")
    setup_app(app, language)
    return app


def setup_app(app: QApplication, language: str = DEFAULT_LANGUAGE, manage_gc: bool = True) -> None:
    """Fonts, translations, the excepthook and the crash guards on an existing QApplication.

    manage_gc=False leaves garbage collection to the caller (the tests switch it
    per test, so non-GUI tests in the same process keep the normal collector)."""
    families = load_fonts()
    if FONT_FAMILY in families or FONT_FAMILY in QFontDatabase.families():
        font = QFont(FONT_FAMILY, FONT_POINT_SIZE)
        app.setFont(font)
    else:
        log.warning("DejaVu Sans could not be loaded from %s", resources_dir() / "fonts")
    install_translators(app, language)
    install_excepthook()
    if manage_gc:
        install_gc_timer(app)


GC_INTERVAL_MS = 5_000


def install_gc_timer(app: QApplication) -> None:
    """Collect garbage cycles on the GUI thread only (as Anki does).

    Left automatic, Python's cycle collector runs in whatever thread happens to
    allocate: a worker or the outbox sender may then free the wrapper of a Qt
    object, and shiboken 6.12 crashes deferring that deletion to the GUI thread
    (seen here: SIGSEGV in BindingManager::runDeletionInMainThread). So automatic
    collection is off and a GUI-thread timer collects instead.
    """
    if getattr(app, "_cashier_gc_timer", None) is not None:
        return
    import gc
    gc.disable()
    timer = QTimer(app)
    timer.setInterval(GC_INTERVAL_MS)
    timer.timeout.connect(lambda: gc.collect())
    timer.start()
    app._cashier_gc_timer = timer  # type: ignore[attr-defined]
