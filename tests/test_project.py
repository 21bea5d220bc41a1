"""The project keeps its promises: pins agree, the README's commands exist, CI runs them."""

from __future__ import annotations

import re
import subprocess
import tomllib

import yaml

from corpusmine import config

ROOT = config.ROOT


def _pyproject_pins() -> dict[str, str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    deps = data["project"]["dependencies"] + data["project"]["optional-dependencies"]["dev"]
    pins = {}
    for d in deps:
        name, version = re.fullmatch(r"([A-Za-z0-9_.\-]+)==([^;\s]+)", d.strip()).groups()
        pins[name.lower()] = version
    return pins


def test_every_dependency_is_pinned_and_environment_yml_agrees():
    pins = _pyproject_pins()
    for required in ("jupyterlab", "pandas", "scikit-learn", "jieba", "matplotlib", "wordcloud", "gensim",
                     "opencc", "pyarrow", "mplfonts"):
        assert required in pins, required
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    pip_list = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    env_pins = {}
    for d in pip_list:
        name, version = d.split("==")
        env_pins[name.lower()] = version
    assert env_pins == pins
    py = next(d for d in env["dependencies"] if isinstance(d, str) and d.startswith("python="))
    assert py == "python=3.11"


def test_constraints_agree_with_pyproject():
    lines = (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
    cons = dict(l.lower().split("==") for l in lines if l and not l.startswith("#"))
    for name, version in _pyproject_pins().items():
        assert cons.get(name) == version, name


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
