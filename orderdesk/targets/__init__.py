"""One package per order API; ``registry`` lists them."""
