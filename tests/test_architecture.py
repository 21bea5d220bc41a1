"""The rules of the house, checked on the source: small modules, imports that follow the stages.

Data flows one way: text → tokens → corpus → features → stats → viz → report → notebooks/cli.  A module
may import from its own stage or an earlier one, never a later one; base modules (config, errors,
extras, storage, schema, fitcache) import nothing of the package but each other.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

import corpusmine

PKG = Path(corpusmine.__file__).parent
MAX_LINES = 600

#: Stage of every top-level module or subpackage; a new one must be given a stage here.
STAGE = {
    "config": 0, "errors": 0, "extras": 0, "storage": 0, "schema": 0, "fitcache": 5,
    "text": 1, "tokens": 2, "corpus": 3, "features": 4, "stats": 5, "viz": 6, "report": 7,
    "views": 7, "charts": 7, "naive": 7, "exercises": 7, "review": 7, "findings": 8, "notebooks": 8, "apidocs": 8, "cli": 9,
}


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG.parent).with_suffix("")
        name = ".".join(rel.parts)
        out[name.removesuffix(".__init__")] = path
    return out


MODULES = _modules()


def _imports(name: str, path: Path):
    """(imported module, names, line, at module level) for every import of the package in *path*."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_pkg = path.name == "__init__.py"
    top_level = set()
    for node in tree.body:
        top_level.add(id(node))
        if isinstance(node, ast.If):  # `if TYPE_CHECKING:` blocks count as module level
            top_level.update(id(n) for n in node.body)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_pkg else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            if mod == "corpusmine" or mod.startswith("corpusmine."):
                for alias in node.names:
                    sub = f"{mod}.{alias.name}"
                    target = sub if sub in MODULES else mod
                    yield target, alias.name, node.lineno, id(node) in top_level
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("corpusmine"):
                    yield alias.name, None, node.lineno, id(node) in top_level


def _stage(module: str) -> int:
    parts = module.split(".")
    if len(parts) == 1:
        return -1  # the package's own __init__ (version, lazy public API)
    return STAGE[parts[1]]


def test_every_module_has_a_stage():
    unknown = sorted({m.split(".")[1] for m in MODULES if "." in m} - set(STAGE))
    assert not unknown, f"give these a stage in STAGE: {unknown}"


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_module_over_600_lines(name):
    n = len(MODULES[name].read_text(encoding="utf-8").splitlines())
    assert n <= MAX_LINES, f"{name}: {n} lines"


def test_imports_follow_the_stages_and_sit_at_module_level():
    problems = []
    for name, path in MODULES.items():
        if name == "corpusmine":
            continue
        for target, imported, line, top in _imports(name, path):
            where = f"{path.relative_to(PKG.parent)}:{line}"
            if target == "corpusmine" and imported not in (None, "__version__"):
                problems.append(f"{where}: import {imported} from its module, not from the package")
                continue
            if target != "corpusmine" and _stage(target) > _stage(name):
                problems.append(f"{where}: {name} (stage {_stage(name)}) imports {target} (stage {_stage(target)})")
            if not top:
                problems.append(f"{where}: {name} imports {target} inside a function")
            if imported and imported.startswith("_") and not imported.startswith("__") and target != name:
                problems.append(f"{where}: {name} imports the private name {imported} from {target}")
    assert not problems, "\n".join(problems)


def test_no_import_circle():
    graph = {name: set() for name in MODULES}
    for name, path in MODULES.items():
        for target, _, _, _ in _imports(name, path):
            if target in graph and target != name and target != "corpusmine":
                graph[name].add(target)
    seen, stack, cycles = set(), [], []

    def visit(node):
        if node in stack:
            cycles.append(stack[stack.index(node):] + [node])
            return
        if node in seen:
            return
        seen.add(node)
        stack.append(node)
        for nxt in sorted(graph[node]):
            visit(nxt)
        stack.pop()

    for node in sorted(graph):
        visit(node)
    assert not cycles, " ; ".join(" -> ".join(c) for c in cycles)


def test_no_module_named_after_the_standard_library():
    clash = sorted(
        name for name in MODULES if name.rsplit(".", 1)[-1] in sys.stdlib_module_names
    )
    assert not clash, clash


def test_public_api_still_answers():
    import corpusmine as cm

    for name in cm.__all__:
        assert getattr(cm, name) is not None, name
    assert callable(cm.keyness) and not isinstance(cm.keyness, type(sys))
