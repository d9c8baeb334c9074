"""Keep the desk's translations in step with the code.

    python -m ui.translations update    scan ui/ with its subpackages and main.py with
                                        pyside6-lupdate and merge new strings into
                                        resources/translations/cashier_ru.ts,
                                        cashier_kk.ts, cashier_en.ts
                                        (existing translations are kept, vanished ones
                                        marked obsolete)
    python -m ui.translations compile   pyside6-lrelease every .ts into its .qm, which
                                        ui/app.py loads at start
    python -m ui.translations check     list strings still untranslated; exit 1 if any

The workflow after changing a visible string: `update`, translate the new
entries in Qt Linguist (pyside6-linguist resources/translations/cashier_kk.ts)
or any editor, then `compile`. English is the source language; cashier_en.ts
exists for the plural forms ("1 payment", "2 payments").

Strings are found where the code says self.tr("...") or
QCoreApplication.translate("Context", "..."), with literal text only.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "kk", "en")


def sources() -> list[Path]:
    """Every module of the window, in ui/ and its subpackages (ui/desk, ui/dialogs, ui/common)."""
    files = sorted((ROOT / "ui").rglob("*.py"))
    files.append(ROOT / "main.py")
    return [f for f in files if f != Path(__file__).resolve()]


def ts_path(lang: str, ts_dir: Path | None = None) -> Path:
    return (ts_dir or TS_DIR) / f"cashier_{lang}.ts"


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: beside this interpreter first, then PATH."""
    for candidate in (Path(sys.executable).parent / name, shutil.which(name)):
        if candidate and Path(candidate).exists():
            return str(candidate)
    raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")


def update(ts_dir: Path | None = None, quiet: bool = False) -> None:
    """Merge the strings of the sources into the .ts files (in ts_dir, default the shipped ones)."""
    ts_dir = ts_dir or TS_DIR
    ts_dir.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in sources()]
    for lang in LANGUAGES:
        subprocess.run([_tool("pyside6-lupdate"), "-locations", "relative", "-no-obsolete",
                        *files, "-source-language", "en", "-target-language", lang,
                        "-ts", str(ts_path(lang, ts_dir))], check=True, cwd=ROOT,
                       capture_output=quiet)


def compile_all(ts_dir: Path | None = None, quiet: bool = False) -> None:
    for lang in LANGUAGES:
        ts = ts_path(lang, ts_dir)
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True, cwd=ROOT, capture_output=quiet)


def untranslated(lang: str, ts_dir: Path | None = None) -> list[str]:
    missing = []
    root = ET.parse(ts_path(lang, ts_dir)).getroot()
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            if translation is None or translation.get("type") == "unfinished":
                missing.append(message.findtext("source") or "")
            continue
        forms = translation.findall("numerusform")
        if forms and not all((f.text or "").strip() for f in forms):
            missing.append(message.findtext("source") or "")
        elif not forms and not (translation.text or "").strip():
            missing.append(message.findtext("source") or "")
    return missing


def check() -> int:
    bad = 0
    for lang in LANGUAGES:
        missing = untranslated(lang)
        for text in missing:
            print(f"{lang}: untranslated: {text}")
        bad += len(missing)
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    command = argv[0] if argv else ""
    if command == "update":
        update()
    elif command == "compile":
        compile_all()
    elif command == "check":
        return check()
    else:
        print(__doc__)
        return 64
    return 0


if __name__ == "__main__":
    sys.exit(main())
