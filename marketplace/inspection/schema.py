"""A small, strict schema for the JSON documents exchanged with the inspection side.

The old CIQ CBEC message specification is obsolete (DOMAIN.md §10) and no official JSON
schema replaces it, so the platform states its own: each document is a tree of `Field`s
with types and bounds. `validate` checks a whole document and reports every problem at
once, each with its path (``orders[0].lines[2].hs_code: ...``), so a bad payload is
fixed in one go rather than one error per attempt.

Types: "str", "int", "bool", "decimal" (a string such as "1234.50": JSON numbers would
pass through floats), "date" (YYYY-MM-DD), "datetime" (ISO 8601 with a zone), "object"
(with `fields`) and "list" (of `items`). Unknown keys are refused: a misspelt optional
key would otherwise vanish silently.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

DECIMAL_PATTERN = re.compile(r"-?\d{1,14}(\.\d{1,4})?")


class DocumentError(ValueError):
    """A document does not follow its schema; `problems` lists each one with its path."""

    def __init__(self, problems: list[str], document: str = "document"):
        self.problems = problems
        super().__init__(f"The {document} is not valid: " + "; ".join(problems))


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    required: bool = True
    description: str = ""
    max_length: int | None = None
    pattern: str | None = None
    choices: tuple[Any, ...] | None = None
    minimum: Decimal | int | None = None
    maximum: Decimal | int | None = None
    fields: tuple[Field, ...] = ()  # for "object"
    items: Field | None = None  # for "list"
    min_items: int = 0
    max_items: int | None = None


@dataclass(frozen=True)
class Schema:
    """A document: its fields and the rules that span several of them (each returns problems)."""

    name: str
    fields: tuple[Field, ...]
    rules: tuple[Callable[[Mapping[str, Any]], list[str]], ...] = field(default=())

    def validate(self, document: Any) -> None:
        problems = _check_object(self.fields, document, "")
        if not problems:
            for rule in self.rules:
                problems.extend(rule(document))
        if problems:
            raise DocumentError(problems, self.name)


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _check_object(fields: tuple[Field, ...], value: Any, path: str) -> list[str]:
    if not isinstance(value, Mapping):
        return [f"{path or 'document'}: must be an object"]
    problems = []
    known = {spec.name for spec in fields}
    for key in value:
        if key not in known:
            problems.append(f"{_join(path, str(key))}: unknown field")
    for spec in fields:
        here = _join(path, spec.name)
        if value.get(spec.name) in (None, ""):
            if spec.required:
                problems.append(f"{here}: required")
            continue
        problems.extend(_check(spec, value[spec.name], here))
    return problems


def _check(spec: Field, value: Any, path: str) -> list[str]:  # noqa: C901 (one branch per type)
    kind = spec.type
    if kind == "object":
        return _check_object(spec.fields, value, path)
    if kind == "list":
        if not isinstance(value, list):
            return [f"{path}: must be a list"]
        problems = []
        if len(value) < spec.min_items:
            problems.append(f"{path}: at least {spec.min_items} item(s)")
        if spec.max_items is not None and len(value) > spec.max_items:
            return [*problems, f"{path}: at most {spec.max_items} items, not {len(value)}"]
        for index, item in enumerate(value):
            problems.extend(_check(spec.items, item, f"{path}[{index}]"))
        return problems
    if kind == "bool":
        return [] if isinstance(value, bool) else [f"{path}: must be true or false"]
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            return [f"{path}: must be a whole number"]
        return _bounds(spec, value, path)
    if not isinstance(value, str):
        return [f"{path}: must be a string"]
    problems = []
    if spec.max_length is not None and len(value) > spec.max_length:
        problems.append(f"{path}: at most {spec.max_length} characters, not {len(value)}")
    if spec.choices is not None and value not in spec.choices:
        problems.append(f"{path}: must be one of {', '.join(map(str, spec.choices))}")
    if spec.pattern is not None and not re.fullmatch(spec.pattern, value):
        problems.append(f"{path}: does not match {spec.pattern}")
    if kind == "decimal":
        if not DECIMAL_PATTERN.fullmatch(value):
            return [*problems, f"{path}: must be a decimal number written as a string, e.g. \"12.50\""]
        try:
            problems.extend(_bounds(spec, Decimal(value), path))
        except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
            problems.append(f"{path}: not a number")
    elif kind == "date":
        try:
            date.fromisoformat(value)
        except ValueError:
            problems.append(f"{path}: must be a date YYYY-MM-DD")
    elif kind == "datetime":
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            problems.append(f"{path}: must be an ISO 8601 date and time")
        else:
            if parsed.tzinfo is None:
                problems.append(f"{path}: must carry its time zone")
    return problems


def _bounds(spec: Field, value: Decimal | int, path: str) -> list[str]:
    if spec.minimum is not None and value < spec.minimum:
        return [f"{path}: must be at least {spec.minimum}"]
    if spec.maximum is not None and value > spec.maximum:
        return [f"{path}: must be at most {spec.maximum}"]
    return []


def describe(schema: Schema) -> list[tuple[str, str, str, str]]:
    """The schema as rows (path, type, required, constraints and description), for the
    documentation and the staff pages."""
    rows: list[tuple[str, str, str, str]] = []

    def walk(fields: tuple[Field, ...], path: str) -> None:
        for spec in fields:
            here = _join(path, spec.name)
            notes = []
            if spec.max_length:
                notes.append(f"≤ {spec.max_length} chars")
            if spec.pattern:
                notes.append(f"pattern {spec.pattern}")
            if spec.choices:
                notes.append("one of " + ", ".join(map(str, spec.choices)))
            if spec.minimum is not None or spec.maximum is not None:
                notes.append(f"{spec.minimum if spec.minimum is not None else ''}"
                             f"..{spec.maximum if spec.maximum is not None else ''}")
            if spec.max_items:
                notes.append(f"{spec.min_items}..{spec.max_items} items")
            if spec.description:
                notes.append(spec.description)
            rows.append((here, spec.type, "yes" if spec.required else "no", "; ".join(notes)))
            if spec.type == "object":
                walk(spec.fields, here)
            elif spec.type == "list" and spec.items is not None and spec.items.type == "object":
                walk(spec.items.fields, here + "[]")

    walk(schema.fields, "")
    return rows
