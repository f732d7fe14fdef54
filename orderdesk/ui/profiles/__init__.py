"""The Profiles dialog: connection profiles and their secrets."""
