"""A test that needs a component of the machine: skipped on a developer's machine that lacks
it, a failure under CI (CI set), where a missing component is a broken install."""

from __future__ import annotations

import importlib
import os

import pytest


def need(present: bool, reason: str) -> None:
    if present:
        return
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def need_module(name: str):
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        need(False, f"{name} is not installed: {exc}")
