"""The order a person types and the pure rules about it: no I/O, no Qt."""
