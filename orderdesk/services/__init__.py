"""What the command and the window both do, with no Qt: the window's only way to the journal, HTTP and the keyring.

``sending`` sends an order (the fresh-or-again decision is ``outbox.resubmit.send_once``),
``outcome_words`` says what happened, ``outbox_text`` lays out attempts and cURL commands,
``journal_access`` opens the journal and reads what the window shows, ``profiles`` holds
the profiles and their secrets. See docs/architecture.md ("Layers").
"""
