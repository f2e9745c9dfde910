"""The code keeps the layout of DESIGN.md: small modules, no global statements,
Arabic letter tables and clitic lists declared only in ``arabtext/lang/``."""

from __future__ import annotations

import ast
import re

ARABIC_RANGE = re.compile(r"[\u0600-\u06ff]-[\u0600-\u06ff]|\\u06[0-9a-fA-F]{2}-|\\u06[0-9a-fA-F]{2}\\u06")


def _modules(root):
    return sorted((root / "arabtext").rglob("*.py"))


def test_no_module_over_400_lines(root):
    big = {str(p.relative_to(root)): n for p in _modules(root) if (n := len(p.read_text("utf-8").splitlines())) > 400}
    assert not big


def test_no_global_statements(root):
    offenders = [str(p.relative_to(root)) for p in _modules(root)
                 if any(isinstance(n, ast.Global) for n in ast.walk(ast.parse(p.read_text("utf-8"))))]
    assert not offenders


def test_arabic_ranges_only_in_lang(root):
    lang = root / "arabtext" / "lang"
    offenders = []
    for path in _modules(root):
        if lang in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and ARABIC_RANGE.search(node.value):
                offenders.append(f"{path.relative_to(root)}:{node.lineno}")
    assert not offenders


def test_build_tools_are_outside_the_package(root):
    assert not list((root / "arabtext").rglob("*build*.py"))


def test_command_modules_are_short(root):
    for path in (root / "arabtext" / "cli").glob("*.py"):
        if path.name not in ("__init__.py", "_util.py", "main.py"):
            assert len(path.read_text("utf-8").splitlines()) <= 110, path.name
