"""`make lab` for real: JupyterLab headless on 127.0.0.1, the corpusmine kernel listed and executing a cell.

The Makefile is run in a temporary copy of the project's top level (its own git
repository, so the nbstripout filter goes into that repository's config), with
HOME and every Jupyter folder temporary, so nothing is installed into the real
user's folders, and with the virtual environment in use (``VENV=sys.prefix``;
``-o`` keeps make from reinstalling it).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

import corpusmine
from corpusmine import config

pytestmark = pytest.mark.slow
TOKEN = "corpusmine-" + uuid.uuid4().hex


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _api(port: int, path: str, method: str = "GET", body: dict | None = None):
    req = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", method=method,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Authorization": f"token {TOKEN}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        raw = resp.read()
    return json.loads(raw) if raw else None


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """`make lab` started in a temporary project copy; yields (port, project folder, home, make's output file)."""
    project = tmp_path_factory.mktemp("project")
    for name in ("Makefile", "pyproject.toml", "constraints.txt", ".gitattributes"):
        shutil.copy2(config.ROOT / name, project / name)
    (project / "notebooks").mkdir()
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    home = tmp_path_factory.mktemp("home")
    env = {k: v for k, v in os.environ.items() if not k.startswith("JUPYTER")}
    env.update(HOME=str(home), JUPYTER_DATA_DIR=str(home / "jupyter-data"),
               JUPYTER_CONFIG_DIR=str(home / "jupyter-config"), JUPYTER_RUNTIME_DIR=str(home / "jupyter-runtime"),
               JUPYTER_PLATFORM_DIRS="0", PYTHONPATH=str(Path(corpusmine.__file__).parents[1]),
               GIT_CONFIG_GLOBAL=str(home / ".gitconfig"), MPLBACKEND="Agg")
    port = _free_port()
    venv = Path(sys.prefix)
    log = project / "make.log"
    args = f"--no-browser --ip=127.0.0.1 --port={port} --IdentityProvider.token={TOKEN} --ServerApp.port_retries=0"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            ["make", "-C", str(project), "lab", f"VENV={venv}", "-o", f"{venv}/.installed-stamp",
             f"LAB_ARGS={args}"],
            env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                _api(port, "/api/status")
                break
            except (urllib.error.URLError, ConnectionError, OSError):
                assert proc.poll() is None, log.read_text(errors="replace")
                assert time.monotonic() < deadline, "JupyterLab did not answer in 120 s\n" + log.read_text(errors="replace")
                time.sleep(0.5)
        yield port, project, home, log
    finally:
        try:
            _api(port, "/api/shutdown", method="POST")
            proc.wait(timeout=30)
        except Exception:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=30)


def test_lab_lists_the_corpusmine_kernel_installed_for_the_user(lab):
    port, project, home, log = lab
    specs = _api(port, "/api/kernelspecs")["kernelspecs"]
    assert "corpusmine" in specs, sorted(specs)
    spec = specs["corpusmine"]["spec"]
    assert spec["display_name"] == "Python (corpusmine)"
    # the kernel runs this project's environment, with figures inline and deterministic hashing
    assert Path(spec["argv"][0]).resolve() == Path(sys.executable).resolve()
    assert spec["env"] == {"PYTHONHASHSEED": "0", "MPLBACKEND": "module://matplotlib_inline.backend_inline"}
    # --user: in the (temporary) user's data folder, not in the environment
    assert (home / "jupyter-data" / "kernels" / "corpusmine" / "kernel.json").is_file()
    # opened at the project root, so figures/html is reachable from the file browser
    listing = _api(port, "/api/contents/")
    assert {c["name"] for c in listing["content"]} >= {"Makefile", "notebooks"}


def test_lab_installs_the_nbstripout_filter(lab):
    port, project, home, log = lab
    assert "nbstripout filter installed" in log.read_text(errors="replace")
    attributes = (project / ".gitattributes").read_text(encoding="utf-8")
    assert "*.ipynb filter=nbstripout" in attributes
    assert attributes == (config.ROOT / ".gitattributes").read_text(encoding="utf-8"), "make lab changed .gitattributes"
    clean = subprocess.run(["git", "config", "filter.nbstripout.clean"], cwd=project, capture_output=True, text=True)
    assert "nbstripout" in clean.stdout
    # a notebook saved with outputs is staged without them
    cell = {"cell_type": "code", "source": "print('乡村振兴')", "metadata": {}, "execution_count": 3,
            "outputs": [{"output_type": "stream", "name": "stdout", "text": "乡村振兴\n"}]}
    nb = {"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    (project / "notebooks" / "01_创文.ipynb").write_text(json.dumps(nb, ensure_ascii=False), encoding="utf-8")
    subprocess.run(["git", "add", "notebooks"], cwd=project, check=True)
    staged = subprocess.run(["git", "show", ":notebooks/01_创文.ipynb"], cwd=project, capture_output=True,
                            check=True).stdout.decode()
    assert json.loads(staged)["cells"][0]["outputs"] == []


def test_a_cell_runs_in_the_corpusmine_kernel(lab):
    import websocket

    port = lab[0]
    kernel = _api(port, "/api/kernels", method="POST", body={"name": "corpusmine"})
    try:
        ws = websocket.create_connection(
            f"ws://127.0.0.1:{port}/api/kernels/{kernel['id']}/channels?token={TOKEN}", timeout=60)
        msg_id = uuid.uuid4().hex
        ws.send(json.dumps({
            "header": {"msg_id": msg_id, "username": "test", "session": uuid.uuid4().hex,
                       "msg_type": "execute_request", "version": "5.3"},
            "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
            "content": {"code": "import corpusmine, matplotlib\nprint(corpusmine.__version__, matplotlib.get_backend())",
                        "silent": False, "store_history": False, "user_expressions": {}, "allow_stdin": False,
                        "stop_on_error": True},
        }))
        out, status = [], None
        deadline = time.monotonic() + 90
        while status is None and time.monotonic() < deadline:
            msg = json.loads(ws.recv())
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "stream":
                out.append(msg["content"]["text"])
            elif msg["msg_type"] == "error":
                pytest.fail("\n".join(msg["content"]["traceback"]))
            elif msg["msg_type"] == "execute_reply":
                status = msg["content"]["status"]
        ws.close()
    finally:
        _api(port, f"/api/kernels/{kernel['id']}", method="DELETE")
    assert status == "ok"
    version, backend = "".join(out).split()
    assert version == corpusmine.__version__
    assert "inline" in backend
