"""Pytest fixtures for the sandbox (see tests/conftest.py)."""
