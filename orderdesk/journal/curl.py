"""An attempt as a cURL command support staff can paste into a shell, with no secret in it."""

from __future__ import annotations

import shlex

from orderdesk.journal.auth import AUTH_HEADERS, non_secret
from orderdesk.journal.rows import AttemptRow


def curl_command(attempt: AttemptRow) -> str:
    """One line of shell that repeats ``attempt``'s request.

    The API's auth header is written in double quotes around a variable such as
    ``$DROPDAY_API_KEY``, so the secret is supplied from the environment when the command
    runs; everything else is single-quoted and reaches curl verbatim.
    """
    parts = ["curl", "-X", shlex.quote(attempt.method), shlex.quote(attempt.url)]
    headers = non_secret(attempt.headers)
    for name, value in headers.items():
        parts += ["-H", shlex.quote(f"{name}: {value}")]
    auth = AUTH_HEADERS.get(attempt.target)
    if auth is not None:
        name, placeholder = auth
        parts += ["-H", f'"{name}: {placeholder}"']
    if attempt.request_body:
        if not any(name.lower() == "content-type" for name in headers):
            parts += ["-H", shlex.quote("Content-Type: application/json")]
        parts += ["--data-raw", shlex.quote(attempt.request_body)]
    return " ".join(parts)
