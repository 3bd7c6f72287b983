"""Barbican on PostgreSQL: store its base64 text as text.

Barbican keeps the encrypted secrets (encrypted_data.cypher_text) and each project's wrapped
key (kek_data.plugin_meta) in Text columns, but hands them to the database as Python bytes.
MySQL stores those bytes as they are; psycopg2 turns bytes into a bytea literal, which
PostgreSQL casts to the text '\\x6741...', so the value read back is no longer the base64 that
was written and every later decryption fails (cryptography.fernet.InvalidToken).

Barbican has no binary column (models.py: "Why LargeBinary on Postgres (BYTEA) not work
correctly?"), so every bytes value it binds is one of those ASCII strings: adapting bytes as
UTF-8 text stores exactly what MySQL would. Imported by barbican-api (uwsgi --import) and by
the barbican-worker launcher, before any connection is made.
"""
import psycopg2.extensions


def _bytes_as_text(value):
    return psycopg2.extensions.QuotedString(bytes(value).decode('utf-8'))


psycopg2.extensions.register_adapter(bytes, _bytes_as_text)


def worker_main():
    """barbican-worker with the adapter above in place."""
    from barbican.cmd.worker import main
    return main()
