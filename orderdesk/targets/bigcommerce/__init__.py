"""BigCommerce V2 orders: the "Create an order" body, its conversions, rules and paths.

``TARGET`` is what the registry lists; ``server_findings`` reads BigCommerce's error answers.
"""

from __future__ import annotations

from orderdesk.targets.bigcommerce.errors import server_findings
from orderdesk.targets.bigcommerce.target import BigCommerceTarget

TARGET = BigCommerceTarget()

__all__ = ["TARGET", "BigCommerceTarget", "server_findings"]
