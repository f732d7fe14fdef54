"""The customer book: earlier customers and their addresses, found again from the journal's own drafts.

Nothing to maintain: every order typed is already in the journal, so the book is read from
it (``journal_source``), one entry per customer and address, newest first (``book``).
"""
