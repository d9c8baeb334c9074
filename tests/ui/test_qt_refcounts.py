"""The Qt binding must not leak references to None/True/False.

PySide6 6.12.0 on CPython 3.11 drops one reference to None on every void Qt
call and aborts the process after a few thousand key presses ("none_dealloc").
pyproject.toml pins a release without the bug; this test fails if an upgrade
brings it back.
"""
import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QPushButton


class _Emitter(QObject):
    flag = Signal(bool)


def test_void_calls_and_bool_signals_keep_singleton_refcounts(qapp):
    label, button, emitter = QLabel(), QPushButton(), _Emitter()
    seen = []
    emitter.flag.connect(seen.append)
    for _ in range(200):  # warm caches
        label.setText("x")
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(20_000):
        label.setText("x")
        button.setEnabled(True)
        emitter.flag.emit(True)
    assert abs(sys.getrefcount(None) - none_before) < 100
    assert abs(sys.getrefcount(True) - true_before - len(seen)) < 100 or \
        abs(sys.getrefcount(True) - true_before) < 100 + len(seen)
