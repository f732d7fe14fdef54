"""HTTP to an order API: settings, replies, redaction, pacing and the session that uses them."""
