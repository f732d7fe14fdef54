"""Where OrderDesk keeps its settings: the home folder, connection profiles, secrets in the OS keyring."""
