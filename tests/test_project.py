"""The project keeps its promises: pins agree, the README's commands exist, CI runs them."""

from __future__ import annotations

import re
import subprocess
import tomllib

import yaml
from packaging.requirements import Requirement
from packaging.version import Version

from corpusmine import config

ROOT = config.ROOT


def _requirements() -> dict[str, Requirement]:
    """Every direct requirement of pyproject.toml (core, extras, dev), by lower-case name."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    deps = list(data["project"]["dependencies"])
    for extra in data["project"]["optional-dependencies"].values():
        deps += [d for d in extra if not d.startswith("corpusmine")]
    return {Requirement(d).name.lower(): Requirement(d) for d in deps}


def _constraints(name: str = "constraints.txt") -> dict[str, str]:
    lines = (ROOT / name).read_text(encoding="utf-8").splitlines()
    return {k.lower(): v for k, v in (l.split("==") for l in lines if l and not l.startswith("#"))}


def test_pyproject_gives_ranges_not_pins():
    reqs = _requirements()
    for required in ("jupyterlab", "pandas", "scikit-learn", "jieba", "matplotlib", "wordcloud", "gensim",
                     "opencc", "pyarrow", "mplfonts"):
        assert required in reqs, required
    for name, req in reqs.items():
        assert not any(spec.operator in ("==", "===") for spec in req.specifier), f"{name} is pinned: {req}"
        assert any(spec.operator == ">=" for spec in req.specifier), f"{name} has no tested lower bound"
    # pandas 2 and 3 both allowed: corpusmine installs next to a project that needs pandas<3
    assert reqs["pandas"].specifier.contains("2.2.3") and reqs["pandas"].specifier.contains("3.1.1")


def test_core_excludes_the_heavy_extras():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    core = {Requirement(d).name.lower() for d in data["project"]["dependencies"]}
    extras = data["project"]["optional-dependencies"]
    assert not core & {"jupyterlab", "dask", "distributed", "tomotopy", "nbclient", "ipykernel"}
    assert {Requirement(d).name.lower() for d in extras["lab"]} >= {"jupyterlab", "nbclient", "ipykernel"}
    assert {Requirement(d).name.lower() for d in extras["dask"]} == {"dask", "distributed"}
    assert {Requirement(d).name.lower() for d in extras["dmr"]} == {"tomotopy"}


def test_constraints_pin_every_requirement_within_its_range():
    cons = _constraints()
    for name, req in _requirements().items():
        assert name in cons, f"{name} missing from constraints.txt"
        assert req.specifier.contains(cons[name], prereleases=True), f"{name}=={cons[name]} outside {req}"


def test_minimum_constraints_are_the_lower_bounds():
    """constraints-min.txt pins exactly the lower bounds of the core requirements (used by make test-min)."""
    mins = _constraints("constraints-min.txt")
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for d in data["project"]["dependencies"]:
        req = Requirement(d)
        lower = next(spec.version for spec in req.specifier if spec.operator == ">=")
        pinned = mins.get(req.name.lower())
        assert pinned is not None, f"{req.name} missing from constraints-min.txt"
        assert Version(pinned) >= Version(lower) and req.specifier.contains(pinned), (req.name, pinned)


def test_environment_yml_agrees_with_pyproject_and_constraints():
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    conda, pip = {}, {}
    for d in env["dependencies"]:
        if isinstance(d, dict):
            pip.update({k.lower(): v for k, v in (x.split("==") for x in d["pip"])})
        elif "=" in d:
            k, v = d.split("=", 1)
            conda[k.lower()] = v
    assert conda.pop("python") == "3.11"
    assert not set(conda) & set(pip), "a package listed twice"
    listed = {**conda, **pip}
    cons = _constraints()
    for name, req in _requirements().items():
        assert name in listed, f"{name} missing from environment.yml"
        assert listed[name] == cons[name], (name, listed[name], cons[name])
    assert set(listed) == set(_requirements()), set(listed) ^ set(_requirements())
    # conda-forge where the package exists there; these five are only on PyPI
    assert set(pip) == {"opencc", "mplfonts", "stopwordsiso", "rjieba", "tomotopy"}


def test_readme_gives_the_two_commands_and_ci_runs_the_test_one():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make figures" in readme and "make test" in readme
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", ci, re.M)


def test_makefile_is_self_documenting():
    out = subprocess.run(["make", "-s", "help"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    for target in ("figures", "test", "build", "bench"):
        assert re.search(rf"\b{target}\b", out), target


def test_project_speaks_only_of_itself():
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    # built from pieces so that this file does not match itself
    pattern = re.compile("|".join("/" + d + "/" for d in ("work", "root", "home", "tmp")) + r"|C:\\Users")
    for f in tracked:
        p = ROOT / f
        if p.suffix in {".py", ".md", ".yml", ".yaml", ".toml", ".txt", ".csv", ".cfg"} and "raw" not in p.parts:
            assert not pattern.search(p.read_text(encoding="utf-8", errors="replace")), f


def test_raw_folder_holds_exactly_the_five_pages():
    names = sorted(p.name for p in config.RAW_DIR.iterdir())
    assert names == [
        "000_2646c065e626fb25.txt",
        "001_d24e4f48797e9781.txt",
        "002_34aa165c59951966.txt",
        "003_c4174b3f472e47b6.txt",
        "004_af8ba318439a197f.txt",
    ]


def test_every_public_function_has_a_chinese_example():
    """House rule: every public function and class shows a Chinese example (run as a doctest)."""
    import importlib
    import inspect

    import pkgutil

    import corpusmine

    modules = sorted(
        info.name for info in pkgutil.walk_packages(corpusmine.__path__, "corpusmine.") if not info.ispkg
    )
    assert len(modules) >= 20, modules
    missing = []
    for m in modules:
        mod = importlib.import_module(m)
        for name, obj in vars(mod).items():
            if name.startswith("_") or not (inspect.isfunction(obj) or inspect.isclass(obj)):
                continue
            if getattr(obj, "__module__", "") != mod.__name__ or (
                inspect.isclass(obj) and issubclass(obj, BaseException)
            ):
                continue
            doc = inspect.getdoc(obj) or ""
            examples = doc.split("Examples", 1)[1] if "Examples" in doc else ""
            if not re.search(r"[\u4e00-\u9fff]", examples):
                missing.append(f"{m}.{name}")
    assert missing == [], f"no Examples section with Chinese text: {', '.join(missing)}"
