"""drift: find where two renderings of the same words stop meaning the same thing.

Importing drift loads nothing heavy; the model loads on first use (see drift.embed.Encoder).
"""

__version__ = "0.1.0"
