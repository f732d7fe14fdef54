"""The window's language: which one, its compiled Qt translations, and installing them."""
