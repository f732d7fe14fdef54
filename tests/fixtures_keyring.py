"""Pytest fixtures for the keyring (see tests/conftest.py)."""
