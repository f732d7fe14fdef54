"""The Outbox page: filters, the orders table, attempt detail and bulk Send again."""
