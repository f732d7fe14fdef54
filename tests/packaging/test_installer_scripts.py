"""What can be proven on Linux about the installers that only GitHub's Windows and macOS runners build.

The workflow is valid against GitHub's own schema (check-jsonschema's built-in copy, so no network), each job
smoke-tests what it packaged and uploads the installer, and every path the workflow and the DMG script name is a
file of the repository or a path of the bundle that packaging/orderdesk.spec makes.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
INSTALLERS = ROOT / ".github" / "workflows" / "installers.yml"
SPEC = (ROOT / "packaging" / "orderdesk.spec").read_text(encoding="utf-8")
ISS = (ROOT / "packaging" / "windows" / "orderdesk.iss").read_text(encoding="utf-8")
MAKE_DMG = ROOT / "packaging" / "macos" / "make_dmg.sh"
CHECK_JSONSCHEMA = Path(sys.executable).with_name("check-jsonschema")


def _validate(workflow: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CHECK_JSONSCHEMA), "--builtin-schema", "vendor.github-workflows", str(workflow)],
        capture_output=True, text=True, timeout=60, check=False,
    )


def _spec_name(call: str) -> str:
    """The ``name=`` given to one of the spec's PyInstaller calls (EXE, COLLECT, BUNDLE)."""
    for node in ast.walk(ast.parse(SPEC)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == call:
            names = [kw.value for kw in node.keywords if kw.arg == "name" and isinstance(kw.value, ast.Constant)]
            assert names, f"{call}(...) has no name= in orderdesk.spec"
            return str(names[0].value)
    raise AssertionError(f"no {call}(...) in orderdesk.spec")


# The bundle's paths as the spec makes them, each OS's dist/ folder: what the workflow and the scripts may name.
EXE, FOLDER, APP = _spec_name("EXE"), _spec_name("COLLECT"), _spec_name("BUNDLE")
BUNDLE_PATHS = {
    f"dist/{FOLDER}/{EXE}",  # Linux
    f"dist/{FOLDER}/{EXE}.exe",  # Windows
    f"dist/{APP}",  # macOS
    f"dist/{APP}/Contents/MacOS/{EXE}",  # macOS, the program inside the app
}


def _steps(job: str) -> list[dict[str, Any]]:
    workflow = YAML(typ="safe").load(INSTALLERS.read_text(encoding="utf-8"))
    steps = workflow["jobs"][job]["steps"]
    assert isinstance(steps, list)
    return steps


def _runs(job: str) -> str:
    return "\n".join(str(step.get("run", "")) for step in _steps(job))


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=[path.name for path in WORKFLOWS])
def test_the_workflow_is_valid_against_githubs_schema(workflow: Path) -> None:
    result = _validate(workflow)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_check_rejects_a_broken_workflow(tmp_path: Path) -> None:
    # The same file with a misspelt key: if this passed, the check above would prove nothing.
    broken = tmp_path / "broken.yml"
    broken.write_text(INSTALLERS.read_text(encoding="utf-8").replace("runs-on:", "runs_on:"), encoding="utf-8")
    result = _validate(broken)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "runs-on" in result.stdout


def test_the_bundle_paths_come_from_the_spec() -> None:
    assert (EXE, FOLDER, APP) == ("orderdesk", "orderdesk", "OrderDesk.app")


@pytest.mark.parametrize(("job", "runner"), [("windows", "windows-"), ("macos", "macos-")])
def test_each_job_runs_on_its_own_os(job: str, runner: str) -> None:
    workflow = YAML(typ="safe").load(INSTALLERS.read_text(encoding="utf-8"))
    assert workflow["jobs"][job]["runs-on"].startswith(runner)


@pytest.mark.parametrize(
    ("job", "artifact"), [("windows", "dist/OrderDesk-*-setup.exe"), ("macos", "dist/OrderDesk-*.dmg")]
)
def test_each_job_uploads_its_installer(job: str, artifact: str) -> None:
    uploads = [step for step in _steps(job) if str(step.get("uses", "")).startswith("actions/upload-artifact@")]
    assert [step["with"]["path"] for step in uploads] == [artifact]
    assert uploads[0]["with"].get("if-no-files-found") == "error"


def test_the_uploaded_names_are_the_ones_the_builds_make() -> None:
    # Inno Setup: OutputDir and OutputBaseFilename; the DMG script: its hdiutil output.
    assert re.search(r"^OutputDir=\.\.\\\.\.\\dist$", ISS, re.MULTILINE)
    assert re.search(r"^OutputBaseFilename=OrderDesk-\{#AppVersion\}-setup$", ISS, re.MULTILINE)
    assert '"dist/OrderDesk-$version.dmg"' in MAKE_DMG.read_text(encoding="utf-8")


def test_the_windows_job_self_tests_the_built_and_the_installed_program() -> None:
    runs = _runs("windows")
    assert f"dist\\{FOLDER}\\{EXE}.exe -ArgumentList \"--self-test\"" in runs
    # Inno's DefaultDirName ({localappdata}\Programs\OrderDesk) is where the installed program is started from.
    assert re.search(r"^DefaultDirName=\{localappdata\}\\Programs\\OrderDesk$", ISS, re.MULTILINE)
    assert '$app = "$env:LOCALAPPDATA\\Programs\\OrderDesk"' in runs
    assert f'"$app\\{EXE}.exe" -ArgumentList "--self-test"' in runs
    assert "unins000.exe" in runs


def test_the_macos_job_self_tests_the_built_program_and_the_one_in_the_dmg() -> None:
    runs = _runs("macos")
    assert f"dist/{APP}/Contents/MacOS/{EXE} --self-test" in runs
    assert f"/tmp/orderdesk-dmg/{APP}/Contents/MacOS/{EXE} --self-test" in runs
    # Packaged before it is checked, and checked after signing, so the DMG that is uploaded is the one tested.
    names = [str(step.get("name", "")) for step in _steps("macos")]
    signing = names.index("Sign and notarize (skipped without a signing identity)")
    assert names.index("DMG") < signing < names.index("Smoke test inside the DMG")


def test_every_script_the_workflow_runs_is_in_the_repository() -> None:
    named = set()
    for job in ("windows", "macos"):
        named |= {path.replace("\\", "/") for path in re.findall(r"packaging[/\\][\w/\\.-]+", _runs(job))}
    assert {"packaging/build", "packaging/macos/make_dmg.sh", "packaging/windows/orderdesk.iss"} <= named
    for path in named:
        assert (ROOT / path).is_file(), path


def test_every_file_the_dmg_script_names_exists_in_the_repository_or_the_bundle() -> None:
    script = MAKE_DMG.read_text(encoding="utf-8")
    # It works from the repository's root, two folders up from itself.
    assert 'cd "$(dirname "$0")/../.."' in script and MAKE_DMG.parent.parent.parent == ROOT
    code = "\n".join(line for line in script.splitlines() if not line.lstrip().startswith("#"))
    named = set(re.findall(r"(?<![\w/$])((?:dist|packaging|resources)/[\w.$-]+(?:/[\w.$-]+)*|[\w-]+\.toml)", code))
    outputs = {"dist/OrderDesk-$version.dmg"}
    assert named - outputs >= {"pyproject.toml", f"dist/{APP}"}
    for path in named - outputs:
        assert path in BUNDLE_PATHS or (ROOT / path).is_file(), path
    # /Applications is the Mac's own folder, linked into the DMG for drag-and-drop installs.
    assert 'ln -s /Applications "$staging/Applications"' in script
