"""Feedback Company: orders that trigger review invitations to the customer."""

from orderdesk.targets.feedbackcompany.target import FeedbackCompanyTarget

TARGET = FeedbackCompanyTarget()
"""The one Feedback Company target the registry lists."""

__all__ = ["TARGET", "FeedbackCompanyTarget"]
