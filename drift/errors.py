"""Named exceptions. Library code raises these; only cli.py and service.py turn them into exits."""


class DriftError(Exception):
    """Base class for every error drift reports to a user."""


class ModelError(DriftError):
    """The encoder model could not be found, built or loaded."""


class InputError(DriftError):
    """User input (a text, a file, a row) cannot be used."""


class FormatError(InputError):
    """A file could not be parsed in the format it claims to be."""
