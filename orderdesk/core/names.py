"""A person's name as the APIs want it: one field for the customer, first and last for an address."""

from __future__ import annotations


def split_name(full: str) -> tuple[str, str]:
    """First and last name of ``full``, split at the first space: ``Anna de Vries`` -> ``Anna``, ``de Vries``.

    Dutch surnames often start with a prefix ("de", "van der"), which belongs to the last name;
    splitting at the first space keeps it there. One word is a first name only.
    """
    first, _, last = " ".join(full.split()).partition(" ")
    return first, last
