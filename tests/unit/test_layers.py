"""The architecture holds: import-linter's contracts (pyproject.toml), and no import cycle
anywhere in cashier/ or ui/, function-level imports included (grimp reads them all)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_import_contracts_are_kept():
    done = subprocess.run([sys.executable, "-m", "importlinter.cli", "--no-cache"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    if done.returncode != 0 and "No module named importlinter.cli" in done.stderr:
        done = subprocess.run([str(Path(sys.executable).parent / "lint-imports"), "--no-cache"],
                              cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert "BROKEN" not in done.stdout


def _cycles(graph, modules: set[str]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(modules):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root) & modules)))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(
                        graph.find_modules_directly_imported_by(child) & modules))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    component.append(top)
                    if top == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_cycle_in_the_core_or_the_window():
    import grimp
    graph = grimp.build_graph("cashier", "ui", cache_dir=None)
    modules = {m for m in graph.modules if m.split(".")[0] in ("cashier", "ui")}
    # A package's __init__ that re-exports its modules is not a cycle with them.
    def edge_ok(importer: str, imported: str) -> bool:
        return not imported.startswith(importer + ".")
    class Graph:
        def find_modules_directly_imported_by(self, m):
            return {i for i in graph.find_modules_directly_imported_by(m) if edge_ok(m, i)}
    assert _cycles(Graph(), modules) == []


def test_no_module_of_the_core_is_over_400_lines():
    long = {str(p.relative_to(ROOT)): n for p in (ROOT / "cashier").rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert long == {}
