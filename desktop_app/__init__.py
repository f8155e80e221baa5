"""Counterbalance: desk microbreaks and guided sessions for muscle imbalance."""

__version__ = "0.1.0"
APP_NAME = "Counterbalance"
APP_ID = "counterbalance"
