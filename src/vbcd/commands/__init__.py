"""Subcommands of the ``vbcd`` CLI, one module each, each exposing ``register``."""
