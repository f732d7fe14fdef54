"""Why an order ended as it did, what a connection test found and why the keyring or the profiles file cannot be
used, shown in the window's language.

The clients, ``sending``, the outbox, the connection check and the profile store are free of Qt and write
these sentences in English, which the command line prints and the journal keeps (``Outcome.reason``). The
window looks a sentence up where it shows it, in the results under Submit, on the Outbox page, which reads
it back from the journal, and in the Profiles dialog: a fixed sentence as it is, one with values by the template it was
made from (``{api} had a server error: {status} with {body}. …``). A value that is itself one of
these sentences or phrases (how a body looked, why a connection broke) is translated the same way;
names, addresses, HTTP statuses and a server's own words (``{said}``) are shown as they are. A
sentence no template knows stays as it was written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP

from orderdesk.config.profiles import ConfigError
from orderdesk.ui.language.core_texts import CONTEXT as CORE_CONTEXT
from orderdesk.ui.language.core_texts import CORE_TEXTS
from orderdesk.ui.language.target_texts import target_text
from orderdesk.ui.language.text import translate

CONTEXT = "Reasons"

REASONS: tuple[str, ...] = (
    # targets/answers.py: what an answer means for the order
    QT_TRANSLATE_NOOP("Reasons", "The order was refused; correct the fields shown and send it again."),
    QT_TRANSLATE_NOOP("Reasons", "{api} refused the credentials of this profile. Check them with 'profiles test'."),
    QT_TRANSLATE_NOOP(
        "Reasons", "{api} refused the credentials of this profile ({said}). Check them with 'profiles test'."
    ),
    QT_TRANSLATE_NOOP(
        "Reasons", "{api} is limiting the number of requests; the order was not taken. Try again in {wait} s."
    ),
    QT_TRANSLATE_NOOP("Reasons", "{api} is limiting the number of requests; the order was not taken. Try again later."),
    QT_TRANSLATE_NOOP("Reasons", "{api} had a server error: {status} with {body}. Sending the order again is safe."),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "{api} had a server error: {status} with {body}. It may have created the order: look it up before sending "
        "it again.",
    ),
    QT_TRANSLATE_NOOP(
        "Reasons", "{api} answered {status} with {body}, which its documentation does not describe."
    ),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "{api} answered {status} with {body}, which its documentation does not describe. It may have created the "
        "order: look it up before sending it again.",
    ),
    QT_TRANSLATE_NOOP("Reasons", "{reason}. {api} may have created the order: look it up before sending it again."),
    QT_TRANSLATE_NOOP("Reasons", "{reason} ({tries} tries)."),
    QT_TRANSLATE_NOOP("Reasons", "{reason}."),
    QT_TRANSLATE_NOOP("Reasons", "{body} ({tries} tries)"),
    QT_TRANSLATE_NOOP("Reasons", "an empty body"),
    QT_TRANSLATE_NOOP("Reasons", "an HTML page"),
    QT_TRANSLATE_NOOP("Reasons", "a body that is not valid JSON"),
    QT_TRANSLATE_NOOP("Reasons", "a JSON body of an unexpected shape"),
    QT_TRANSLATE_NOOP("Reasons", 'the message "{said}"'),
    # transport/session.py: why a request got no answer
    QT_TRANSLATE_NOOP("Reasons", "No connection to {host} within {seconds} s (nothing was sent)"),
    QT_TRANSLATE_NOOP("Reasons", "{host} did not answer within {seconds} s after the request was sent"),
    QT_TRANSLATE_NOOP("Reasons", "The address {url} is not a valid URL"),
    QT_TRANSLATE_NOOP("Reasons", "The address must start with http:// or https://"),
    QT_TRANSLATE_NOOP("Reasons", "No secure connection to {host} (certificate or TLS problem)"),
    QT_TRANSLATE_NOOP("Reasons", "Could not connect to {host} (nothing was sent)"),
    QT_TRANSLATE_NOOP("Reasons", "The connection to {host} broke off before a complete answer arrived"),
    # sending/submit.py: checked before sending, or looked up after an unclear one
    QT_TRANSLATE_NOOP("Reasons", "Not sent: the order breaks {api}'s documented rules; correct the fields shown."),
    QT_TRANSLATE_NOOP("Reasons", "{api} has the order: the earlier attempt created it. Do not send it again."),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "{api} does not have the order: the earlier attempt did not create it, so sending it again is safe.",
    ),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "{api} does not show the order yet, but the earlier attempt may still be being written there. It can be "
        "checked from {time}; nothing was sent.",
    ),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "OrderDesk failed while sending ({error}); the order may or may not have arrived. Look it up before "
        "sending it again.",
    ),
    # the clients: an order the API already had
    QT_TRANSLATE_NOOP("Reasons", "Dropday already had an order with this external_id; nothing new was created."),
    QT_TRANSLATE_NOOP("Reasons", "Centra already has an order with this order number; nothing new was created."),
    # targets/centra/client.py: an order of a batch Centra's answer left out, and an answer's odd status
    QT_TRANSLATE_NOOP(
        "Reasons",
        "Centra's answer to the batch said nothing about '{key}'; it has an order number, so sending it again is "
        "safe.",
    ),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "Centra's answer to the batch said nothing about '{key}'; it may have been created: look it up before "
        "sending it again.",
    ),
    QT_TRANSLATE_NOOP("Reasons", 'the status "{said}"'),
    # the clients and outbox/resend.py: why a lookup cannot tell whether the order is there
    QT_TRANSLATE_NOOP("Reasons", "{api} answered the lookup with {status}: {said}"),
    QT_TRANSLATE_NOOP("Reasons", "The order has no external_id to look it up by."),
    QT_TRANSLATE_NOOP("Reasons", "The order has no external_order_id to look it up by."),
    QT_TRANSLATE_NOOP("Reasons", "More than {count} Dropday orders match '{key}' in part."),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "Without an order number Centra cannot look the order up; check Centra's order list before sending it "
        "again.",
    ),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "Feedback Company offers no way to look an order up; check its dashboard for the order before sending it "
        "again.",
    ),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "The journal cannot show what an earlier attempt sent, so the order cannot be looked up. Check at {title} "
        "whether it exists before sending it again.",
    ),
    # outbox/runner.py and outbox/resend.py: an order a run of Send again did not send
    QT_TRANSLATE_NOOP("Reasons", "OrderDesk could not read this order from the journal ({error}); it was not sent."),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "OrderDesk failed while sending this order ({error}); it may or may not have arrived. Look it up before "
        "sending it again.",
    ),
    QT_TRANSLATE_NOOP("Reasons", "Being sent by {by}; left to it. 'orderdesk outbox show' tells how it ended."),
    QT_TRANSLATE_NOOP("Reasons", "desk {name}"),
    QT_TRANSLATE_NOOP(
        "Reasons", "another process (another 'orderdesk outbox retry' or the window), or just handled by it"
    ),
    # sending/submit.py, the clients, config/profiles.py and config/credentials.py: no such profile, no secret,
    # or a keyring that cannot be used
    QT_TRANSLATE_NOOP("Reasons", "{reason} The order was not sent."),
    QT_TRANSLATE_NOOP("Reasons", "{reason}; no access token, so the order was not sent."),
    QT_TRANSLATE_NOOP("Reasons", "No {label} is stored for profile '{profile}'. Add it to the profile first."),
    QT_TRANSLATE_NOOP("Reasons", "No profile is called '{name}' (profiles: {profiles})."),
    QT_TRANSLATE_NOOP("Reasons", "there are none yet"),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "No system keyring is available, so OrderDesk cannot store API keys (it never keeps them in a file). "
        "{advice}",
    ),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "The system keyring is locked and was not unlocked: the unlock prompt was cancelled, refused or could not "
        "be shown. {advice}",
    ),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "The system keyring cannot be reached: no Secret Service is running on this desktop session's D-Bus. "
        "{advice}",
    ),
    QT_TRANSLATE_NOOP(
        "Reasons", "The system keyring could not be loaded ({error}); check keyring's keyringrc.cfg. {advice}"
    ),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "The keyring backend named by PYTHON_KEYRING_BACKEND ({backend}) cannot be loaded ({error}). Unset "
        "PYTHON_KEYRING_BACKEND, or set it to an installed system keyring such as {name}.",
    ),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "The keyring in use ({name}) keeps secrets in a file, which OrderDesk does not allow. Uninstall the "
        "keyrings.alt package, or set PYTHON_KEYRING_BACKEND to your system keyring. {advice}",
    ),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "The keyring in use ({name}) is not a system keyring, so OrderDesk will not store secrets in it. {advice}",
    ),
    QT_TRANSLATE_NOOP("Reasons", "The system keyring refused to delete a secret of OrderDesk."),
    QT_TRANSLATE_NOOP(
        "Reasons", "The system keyring refused the request ({error}). Try again, or restart your desktop session."
    ),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "Install and start a Secret Service: GNOME Keyring (sudo apt install gnome-keyring dbus-user-session), "
        "KDE's KWallet (sudo apt install kwalletmanager libkf5wallet-bin) or KeePassXC with its Secret Service "
        "integration turned on; then log out and in to your desktop again.",
    ),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "Unlock the \"Login\" keyring in Passwords and Keys (seahorse) or in KWallet Manager, or log out and in "
        "to your desktop again, then try again.",
    ),
    QT_TRANSLATE_NOOP(
        "Reasons", "OrderDesk uses the macOS Keychain; make sure you are logged in to a normal desktop session."
    ),
    QT_TRANSLATE_NOOP(
        "Reasons", "Unlock the login keychain in Keychain Access (or log in to your Mac again), then try again."
    ),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "OrderDesk uses the Windows Credential Locker; make sure you are logged in to a normal desktop session.",
    ),
    QT_TRANSLATE_NOOP(
        "Reasons", "Sign in to Windows with your own account (the Credential Locker opens with it), then try again."
    ),
    # targets/answers.py and the clients: what a connection test's request found
    QT_TRANSLATE_NOOP("Reasons", "{api} accepted the credentials"),
    QT_TRANSLATE_NOOP("Reasons", "{api} accepted the client id and secret"),
    QT_TRANSLATE_NOOP("Reasons", "{api} refused the credentials ({status})"),
    QT_TRANSLATE_NOOP("Reasons", "{api} answered {status} with {body}."),
    QT_TRANSLATE_NOOP("Reasons", "{api} answered {status} with {body}. Is the base URL right?"),
    # sending/connection_check.py: the verdict of Test connection
    QT_TRANSLATE_NOOP("Reasons", "OK: {detail}."),
    QT_TRANSLATE_NOOP("Reasons", "{title} refused the credentials ({status}): {cause}"),
    QT_TRANSLATE_NOOP(
        "Reasons", "{title} cannot be reached at {url}: {detail}. Check the base URL and the network connection."
    ),
    QT_TRANSLATE_NOOP("Reasons", "Something answers at {url}, but not as {title}'s API ({status}): {hint}"),
    QT_TRANSLATE_NOOP("Reasons", "{title} is taking no more requests right now ({status}); test again in a minute."),
    QT_TRANSLATE_NOOP(
        "Reasons", "{title} has a server error ({status}): the problem is on its side; test again later."
    ),
)
"""The sentences and phrases with named fields, as the Qt-free code writes them in English."""

PROFILE_CONTEXT = "ProfileProblems"

PROFILE_PROBLEMS: tuple[str, ...] = (
    # config/profiles.py: a profile that cannot be saved as given
    QT_TRANSLATE_NOOP("ProfileProblems", "Name is required"),
    QT_TRANSLATE_NOOP(
        "ProfileProblems",
        "Name: at most 64 letters, digits, spaces, dots, dashes and underscores, starting with a letter or digit",
    ),
    QT_TRANSLATE_NOOP("ProfileProblems", "{label} is required for {title}"),
    QT_TRANSLATE_NOOP("ProfileProblems", "{label}: at most 200 characters, without spaces"),
    QT_TRANSLATE_NOOP("ProfileProblems", "{label}: only letters and digits (it is part of the API's address)"),
    QT_TRANSLATE_NOOP("ProfileProblems", "Base URL is required"),
    QT_TRANSLATE_NOOP("ProfileProblems", "Base URL is not a valid address"),
    QT_TRANSLATE_NOOP(
        "ProfileProblems",
        "Base URL must start with https:// (plain http is only allowed for the local sandbox on 127.0.0.1)",
    ),
    QT_TRANSLATE_NOOP(
        "ProfileProblems", "Base URL must not contain a user name or password (secrets go in the keyring)"
    ),
    QT_TRANSLATE_NOOP("ProfileProblems", "Base URL must be a plain address, without spaces, '?' or '#'"),
    QT_TRANSLATE_NOOP("ProfileProblems", "Base URL is required for {title}: {help}"),
    QT_TRANSLATE_NOOP("ProfileProblems", "A profile called '{name}' already exists"),
    QT_TRANSLATE_NOOP("ProfileProblems", "Enter the {label} of this {title} account"),
    QT_TRANSLATE_NOOP(
        "ProfileProblems", "Enter the {label} of the {title} account: the profile now talks to another API"
    ),
    # config/credentials.py: a secret the keyring cannot keep or a request cannot carry
    QT_TRANSLATE_NOOP("ProfileProblems", "The {label} is empty."),
    QT_TRANSLATE_NOOP(
        "ProfileProblems", "The {label} contains a line break or another control character; paste it again."
    ),
    QT_TRANSLATE_NOOP(
        "ProfileProblems", "The {label} starts or ends with a space; paste it again without the space."
    ),
    QT_TRANSLATE_NOOP(
        "ProfileProblems",
        "The {label} contains a character a request cannot carry (such as a typographic quote or “…”, often added "
        "when copying); copy it again from the API's own page.",
    ),
    # config/profiles.py: a profiles file that cannot be used (``ConfigError.problem``, said after the file's path)
    QT_TRANSLATE_NOOP("ProfileProblems", "is not UTF-8 text"),
    QT_TRANSLATE_NOOP("ProfileProblems", "cannot be read ({error})"),
    QT_TRANSLATE_NOOP("ProfileProblems", "cannot be written ({error})"),
    QT_TRANSLATE_NOOP("ProfileProblems", "is not valid JSON (line {line}, column {column}: {said})"),
    QT_TRANSLATE_NOOP("ProfileProblems", "is not usable JSON: nested too deeply"),
    QT_TRANSLATE_NOOP("ProfileProblems", 'must hold a JSON object like {"version": 1, "profiles": [...]}'),
    QT_TRANSLATE_NOOP(
        "ProfileProblems", "has an unknown entry '{name}' (only 'version' and 'profiles' belong there)"
    ),
    QT_TRANSLATE_NOOP("ProfileProblems", "has version {version}; this OrderDesk reads version {supported}"),
    QT_TRANSLATE_NOOP("ProfileProblems", "'profiles' must be a list"),
    QT_TRANSLATE_NOOP("ProfileProblems", "two profiles are called '{name}' (names must differ, ignoring case)"),
    QT_TRANSLATE_NOOP("ProfileProblems", "profile {number} must be a JSON object"),
    QT_TRANSLATE_NOOP("ProfileProblems", "profile {number} ('{name}'): {problem}"),
    QT_TRANSLATE_NOOP("ProfileProblems", "profile {number}: {problem}"),
    QT_TRANSLATE_NOOP("ProfileProblems", "Unknown API '{target}'; OrderDesk knows {known}"),
    QT_TRANSLATE_NOOP(
        "ProfileProblems",
        "Fix the file by hand, or move it away to start without profiles; OrderDesk will not change it while it "
        "is broken.",
    ),
)
"""Why a profile cannot be saved or the profiles file read, as the profile store and the keyring say it in English."""

DECLARED_FIELDS = frozenset({"cause", "hint", "label", "help"})
"""Fields that hold a text an API's package declares (``Connection.refused``), translated as ``Targets``."""

SAID_AS_IS = frozenset(
    {"api", "title", "said", "status", "host", "url", "seconds", "wait", "tries", "time", "error", "profile",
     "reference", "order", "count", "name", "key", "backend", "line", "column", "version", "supported", "number",
     "target", "known"}
)
"""Fields shown as they are: names, addresses, numbers, HTTP statuses and a server's own words."""

PROFILE_FIELDS = frozenset({"problem"})
"""Fields that hold one of ``PROFILE_PROBLEMS`` (what is wrong with a profile of the profiles file)."""

_FIELD = re.compile(r"\{(\w+)\}")


def _patterns(context: str, templates: tuple[str, ...]) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """The templates with fields, the most specific first, so ``{reason}.`` never takes a sentence another knows."""
    with_fields = (template for template in templates if _FIELD.search(template))
    ordered = sorted(with_fields, key=lambda template: -len(_FIELD.sub("", template)))
    return tuple((context, template, _pattern(template)) for template in ordered)


def _pattern(template: str) -> re.Pattern[str]:
    parts, seen, last = [], set(), 0
    for found in _FIELD.finditer(template):
        parts.append(re.escape(template[last : found.start()]))
        name = found.group(1)
        parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
        seen.add(name)
        last = found.end()
    parts.append(re.escape(template[last:]))
    return re.compile("".join(parts), re.DOTALL)


_PATTERNS = _patterns(CONTEXT, REASONS) + _patterns(CORE_CONTEXT, CORE_TEXTS)
_PROFILE_PATTERNS = _patterns(PROFILE_CONTEXT, PROFILE_PROBLEMS)


def fill(context: str, template: str, values: dict[str, str]) -> str:
    """``template`` of ``context`` in the window's language, each of ``values`` shown as its field says."""
    return translate(context, template).format(**{name: _value(name, value) for name, value in values.items()})


def reason_text(text: str) -> str:
    """An English sentence of ``REASONS`` (or of ``core_texts``) in the window's language; another stays."""
    return _looked_up(text, (CONTEXT, CORE_CONTEXT), _PATTERNS)


def profile_problem_text(text: str) -> str:
    """Why a profile cannot be saved (``PROFILE_PROBLEMS``) in the window's language; another stays."""
    return _looked_up(text, (PROFILE_CONTEXT,), _PROFILE_PATTERNS)


def _looked_up(
    text: str, contexts: tuple[str, ...], patterns: tuple[tuple[str, str, re.Pattern[str]], ...]
) -> str:
    if not text:
        return text
    for context in contexts:
        translated = translate(context, text)
        if translated != text:
            return translated
    for context, template, pattern in patterns:
        found = pattern.fullmatch(text)
        if found is None:
            continue
        translated = fill(context, template, found.groupdict())
        if translated != text:
            return translated
    return text


def profiles_file_text(error: ConfigError, *, advice: bool = False) -> str:
    """Why the profiles file cannot be used, its path as it is; with ``advice``, what a person can do about it."""
    said = f"{error.path}: {profile_problem_text(error.problem)}"
    return f"{said}\n{profile_problem_text(error.advice)}" if advice else said


def verdict_text(template: str, values: dict[str, str], text: str) -> str:
    """A connection test's verdict (``ConnectionReport``) in the window's language; ``text`` when it has no template."""
    return fill(CONTEXT, template, values) if template else reason_text(text)


def _value(name: str, value: str) -> str:
    shown: Callable[[str], str] = (
        target_text if name in DECLARED_FIELDS
        else (lambda said: said) if name in SAID_AS_IS
        else profile_problem_text if name in PROFILE_FIELDS
        else reason_text
    )
    return shown(value)
