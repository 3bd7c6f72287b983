"""Magnum on PostgreSQL: let its schema migrations run.

Two of Magnum 15's (Zed) alembic scripts (c04e925e65c2 nodegroups_v2, 95096e2334ee
master_lb_enabled) copy columns across tables with MySQL's multi-table UPDATE,
`UPDATE a INNER JOIN b ON <on> SET a.x=b.y, ... WHERE <where>`, which PostgreSQL refuses as a
syntax error, so `magnum-db-manage upgrade` stops half-way on PostgreSQL.

The same copy in PostgreSQL's words is `UPDATE a SET x=b.y, ... FROM b WHERE (<on>) AND
(<where>)`: this launcher rewrites exactly that statement shape, as the scripts hand it to
SQLAlchemy as text, and passes every other statement through untouched. The data the
scripts mean to copy is copied (on a fresh database there is none). Used by the
magnum-db-manage launcher only; the API and conductor run unchanged.
"""
import re

MYSQL_UPDATE_JOIN = re.compile(
    r"^\s*UPDATE\s+(\w+)\s+INNER\s+JOIN\s+(\w+)\s+ON\s+(.+?)\s+SET\s+(.+?)\s+WHERE\s+(.+?)\s*$",
    re.IGNORECASE | re.DOTALL,
)


def postgres_update(statement):
    match = MYSQL_UPDATE_JOIN.match(statement)
    if match is None:
        return statement
    target, joined, on, assignments, where = match.groups()
    # PostgreSQL names the SET targets without their table
    assignments = re.sub(r"\b%s\.(\w+)\s*=" % re.escape(target), r"\1=", assignments)
    return "UPDATE %s SET %s FROM %s WHERE (%s) AND (%s)" % (target, assignments, joined, on, where)


def _patch():
    from sqlalchemy.engine import base

    execute = base.Connection.execute

    def execute_for_postgres(self, statement, *args, **kwargs):
        if isinstance(statement, str):
            statement = postgres_update(statement)
        return execute(self, statement, *args, **kwargs)

    base.Connection.execute = execute_for_postgres


def db_manage_main():
    _patch()
    from magnum.cmd.db_manage import main

    return main()
