"""The Order page: the form, the product-line table, validation markers, submit and results."""
