import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_core_loads_no_qt():
    modules = [p.stem for p in (ROOT / "cashier").glob("*.py") if p.stem not in ("__init__", "__main__")]
    code = ("import sys\n"
            + "".join(f"import cashier.{m}\n" for m in modules)
            + "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
            + "print(','.join(bad))\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"cashier/ pulled in Qt: {out.stdout}"
    assert len(modules) >= 10
