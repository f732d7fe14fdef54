"""``orderdesk validate`` and ``orderdesk convert``: one API body in, findings or another API's body out.

Exit statuses: 0 no error, 1 errors found (or a body that cannot be converted), 2 the file
cannot be read or is not JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from orderdesk.core import jsonio
from orderdesk.targets.registry import TARGET_NAMES, get_target

EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2


def register(subparsers: Any) -> None:
    """Add ``validate`` and ``convert`` to the command line."""
    validate = subparsers.add_parser(
        "validate",
        help="check an API request body against that API's documented rules",
        description="Check FILE, a request body of the given API, against its documented rules. "
        "Exit 0 when there is no error, 1 when there are errors, 2 when FILE cannot be read or is not JSON.",
    )
    validate.add_argument("file", metavar="FILE")
    validate.add_argument("--target", required=True, choices=TARGET_NAMES)
    validate.add_argument("--json", action="store_true", help="print {errors: {...}, warnings: {...}}")
    validate.set_defaults(run=run_validate)

    convert = subparsers.add_parser(
        "convert",
        help="turn one API's order body into another's",
        description="Read FILE as the body of one API and print the same order as another API's body. Exit 0 "
        "printed, 1 FILE is not an order or cannot be written as the other API's body, 2 FILE cannot be read.",
    )
    convert.add_argument("file", metavar="FILE")
    convert.add_argument("--from", dest="source", required=True, choices=TARGET_NAMES)
    convert.add_argument("--to", dest="destination", required=True, choices=TARGET_NAMES)
    convert.set_defaults(run=run_convert)


def run_validate(args: argparse.Namespace) -> int:
    """Print each problem of the body; the exit status says whether any is an error."""
    body = _read(args.file)
    if body is _UNREADABLE:
        return EXIT_UNREADABLE
    findings = get_target(args.target).validate_body(body)
    if args.json:
        print(json.dumps(findings.as_json(), indent=2, ensure_ascii=False))
    else:
        for line in findings.lines():
            print(line)
    return EXIT_ERRORS if findings.errors else EXIT_OK


def run_convert(args: argparse.Namespace) -> int:
    """Print the destination API's body for the order in FILE."""
    body = _read(args.file)
    if body is _UNREADABLE:
        return EXIT_UNREADABLE
    if not isinstance(body, dict):
        print(f"{args.file}: an order body must be a JSON object", file=sys.stderr)
        return EXIT_ERRORS
    try:
        draft = get_target(args.source).to_draft(body)
    except ValueError as exc:
        print(f"{args.file}: {exc}", file=sys.stderr)
        return EXIT_ERRORS
    try:
        text = jsonio.dumps(get_target(args.destination).from_draft(draft))
    except jsonio.BodyError as exc:  # e.g. a number too large to write; validate names where it is
        print(f"{args.file}: cannot be written as a {args.destination} body: {exc}", file=sys.stderr)
        return EXIT_ERRORS
    print(text)
    return EXIT_OK


_UNREADABLE = object()
"""What ``_read`` returns for a file it could not read (a file may hold JSON ``null``)."""


def _read(path: str) -> Any:
    try:
        return jsonio.read_body(path)
    except jsonio.BodyError as exc:
        print(exc, file=sys.stderr)
        return _UNREADABLE
