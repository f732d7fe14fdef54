"""Feedback Company as the rest of the app sees it: the one place the registry reads about this API."""

from __future__ import annotations

from orderdesk.targets.declaration import ApiDeclaration
from orderdesk.targets.feedbackcompany import TARGET
from orderdesk.targets.feedbackcompany.client import FeedbackCompanyClient

DECLARATION = ApiDeclaration(
    target=TARGET,
    client=FeedbackCompanyClient,
    identity_field="external_id",
)
"""What the registry lists for this API."""
