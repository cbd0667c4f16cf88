"""Every module that declares tables, so migrations and `garda db check` see the whole schema.

A package that adds a ``models.py`` adds it here and writes a migration for it.
"""

from __future__ import annotations

import importlib
import importlib.util

from sqlalchemy import MetaData

from garda.store.base import Base

MODEL_MODULES = (
    "garda.audit.models",
    "garda.people.models",
    "garda.registry.models",
)


def load_models() -> MetaData:
    """Import every model module that exists and return the one shared metadata."""
    for name in MODEL_MODULES:
        if importlib.util.find_spec(name) is not None:
            importlib.import_module(name)
    return Base.metadata
