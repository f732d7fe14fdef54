"""Sending orders: one request per order or batch, honest outcomes from the answers, reconciling."""
