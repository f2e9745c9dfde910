"""Package metadata: an SPDX license expression covering code and shipped data, the
license files it names, classifiers, and the report's templates as package data."""

from __future__ import annotations

import tomllib


def test_license_metadata(root):
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "GPL-3.0-or-later AND CC-BY-SA-3.0 AND Apache-2.0 AND CC-BY-4.0 AND Unicode-3.0"
    assert "GNU GENERAL PUBLIC LICENSE" in (root / "LICENSE").read_text(encoding="utf-8")[:200]
    for pattern in project["license-files"]:
        assert list(root.glob(pattern)), pattern
    assert any(c.startswith("Topic :: Text Processing") for c in project["classifiers"])
    assert not any(c.startswith("License ::") for c in project["classifiers"])  # the SPDX expression says it


def test_templates_are_package_data(root):
    config = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    assert "overview/templates/*" in config["tool"]["setuptools"]["package-data"]["arabtext"]
    assert (root / "arabtext/overview/templates/report.html.j2").exists()
