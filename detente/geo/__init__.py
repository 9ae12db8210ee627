"""Gazetteer and place resolution."""

from detente.geo.gazetteer import Candidate, Gazetteer, load_gazetteer
from detente.geo.tables import name_key

__all__ = ["Candidate", "Gazetteer", "load_gazetteer", "name_key"]
