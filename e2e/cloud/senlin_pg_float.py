"""Senlin 14's first migration on PostgreSQL: its action times are FLOAT(24,8).

001_first_version.py declares `action.start_time` and `end_time` as
`Float(precision='24,8')`, which SQLAlchemy writes as `FLOAT(24,8)`: MySQL's syntax, which
PostgreSQL refuses (a syntax error, so `senlin-manage db_sync` stops at the first table).
Migration 013 changes both columns to NUMERIC(18,6) anyway, which PostgreSQL takes: here
they are made DOUBLE PRECISION first, which 013 then converts. Nothing else is touched;
only `senlin-manage` loads this.
"""
from sqlalchemy import Float
from sqlalchemy.ext.compiler import compiles


@compiles(Float, 'postgresql')
def _float_without_scale(type_, compiler, **kw):
    if isinstance(type_.precision, str):  # '24,8': a precision and a scale, MySQL style
        return 'DOUBLE PRECISION'
    return compiler.visit_float(type_, **kw)


def manage_main():
    """senlin-manage with the type above in place."""
    from senlin.cmd.manage import main
    return main()
