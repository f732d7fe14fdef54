"""A local HTTP server that speaks the four order APIs, for demos, training and tests.

One server, one port, a path prefix per API (``handlers.HANDLERS``). It answers with each
API's documented success and error bodies, keeps what it accepted in memory so repeats are
detected, and can be told to misbehave (``faults``) so clients can be tested against
timeouts, 5xx, 429 and broken answers without a real account.
"""
