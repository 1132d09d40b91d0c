"""The one exception type that reaches users as a sentence instead of a traceback."""


class UserError(Exception):
    """Bad input or configuration: the message says what, where and what to do."""
