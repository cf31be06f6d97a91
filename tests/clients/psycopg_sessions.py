"""psycopg 3 against `privsql serve`, as migration tools and dbt use it: two connections with
their own settings over one catalog, transactional DDL with autocommit off (psycopg's default),
the aborted state after a failed statement, and DROP with another qualification than CREATE.
Usage: psycopg_sessions.py CONNINFO CSV_PATH. Prints "sessions OK"; exits non-zero on failure."""
import sys

import psycopg
from psycopg import errors

conninfo, csv_path = sys.argv[1], sys.argv[2]


def show(conn, name):
    return conn.execute(f"SHOW {name}").fetchone()[0]


def exists(conn, relation):
    """Whether `relation` can be read (in its own block, so a miss does not abort the caller's)."""
    with psycopg.connect(conninfo, autocommit=True) as other:
        try:
            other.execute(f"SELECT * FROM {relation}").fetchall()
            return True
        except psycopg.Error:
            return False


# Sessions: settings stay with the connection, the catalog is shared.
with psycopg.connect(conninfo, autocommit=True) as a, psycopg.connect(conninfo, autocommit=True) as b:
    default = show(b, "datafusion.execution.batch_size")
    assert default == "8192", default
    a.execute("SET datafusion.execution.batch_size = 100")
    assert show(a, "datafusion.execution.batch_size") == "100"
    assert show(b, "datafusion.execution.batch_size") == default
    a.execute("SET statement_timeout = '5s'")
    assert show(a, "statement_timeout") == "5000ms", show(a, "statement_timeout")
    assert show(b, "statement_timeout") == "0", show(b, "statement_timeout")
    a.execute("SET application_name = 'migrator'")
    assert show(a, "application_name") == "migrator"
    assert show(b, "application_name") != "migrator"
    # Tables created on one connection are seen by the other.
    a.execute("CREATE TABLE made_by_a AS SELECT 1 AS x")
    b.execute("CREATE VIEW made_by_b AS SELECT 2 AS y")
    assert b.execute("SELECT x FROM made_by_a").fetchone() == (1,)
    assert a.execute("SELECT y FROM made_by_b").fetchone() == (2,)
    # Behaviour, not only SHOW: without identifier normalisation `Y` is not column `y`.
    a.execute("SET datafusion.sql_parser.enable_ident_normalization = false")
    assert show(a, "datafusion.sql_parser.enable_ident_normalization") == "false"
    assert show(b, "datafusion.sql_parser.enable_ident_normalization") == "true"
    assert b.execute("SELECT Y FROM made_by_b").fetchone() == (2,)
    try:
        a.execute("SELECT Y FROM made_by_b")
        raise AssertionError("identifier normalisation still on in a")
    except errors.Error:
        pass
    a.execute("SET datafusion.sql_parser.enable_ident_normalization = true")
    assert a.execute("SELECT Y FROM made_by_b").fetchone() == (2,)

# Transactional DDL, autocommit off: psycopg opens a block before the first statement.
with psycopg.connect(conninfo) as c:
    c.execute("CREATE TABLE t_rolled (x INT)")
    c.execute("CREATE VIEW v_rolled AS SELECT 1 AS x")
    c.execute(
        f"CREATE EXTERNAL TABLE e_rolled STORED AS CSV LOCATION '{csv_path}' "
        "OPTIONS ('format.has_header' 'true')"
    )
    c.execute("CREATE TEMPORARY TABLE tmp_rolled AS SELECT 1 AS x")
    assert c.execute("SELECT count(*) FROM e_rolled").fetchone() == (3,)
    assert c.execute("SELECT x FROM tmp_rolled").fetchone() == (1,)
    c.rollback()
    for gone in ("t_rolled", "v_rolled", "e_rolled"):
        assert not exists(c, gone), f"{gone} survived ROLLBACK"
    try:
        c.execute("SELECT * FROM tmp_rolled")
        raise AssertionError("tmp_rolled survived ROLLBACK")
    except errors.Error:
        c.rollback()

    c.execute("CREATE TABLE t_kept AS SELECT 7 AS x")
    c.execute("CREATE VIEW v_kept AS SELECT x FROM t_kept")
    c.execute("CREATE TEMP TABLE tmp_kept AS SELECT 8 AS x")
    c.commit()
    assert exists(c, "v_kept")
    c.execute("DROP VIEW v_kept")
    c.execute("DROP TABLE t_kept")
    c.execute("DROP TABLE tmp_kept")
    c.rollback()
    assert exists(c, "v_kept"), "a rolled back DROP restores the view"
    assert c.execute("SELECT x FROM v_kept").fetchone() == (7,)
    assert c.execute("SELECT x FROM tmp_kept").fetchone() == (8,), "and the temporary table"
    c.commit()

    # A failed statement aborts the block: 25P02 until ROLLBACK, then the block's DDL is gone.
    c.execute("CREATE VIEW v_aborted AS SELECT 1 AS x")
    try:
        c.execute("SELECT * FROM no_such_table")
        raise AssertionError("no_such_table")
    except errors.Error:
        pass
    for sql, params in (("SELECT 1", None), ("SELECT %s::INT", (1,)), ("CREATE VIEW v2 AS SELECT 1", None)):
        try:
            c.execute(sql, params)
            raise AssertionError(f"{sql} ran in an aborted block")
        except errors.InFailedSqlTransaction:
            pass
    c.rollback()
    assert not exists(c, "v_aborted")
    assert c.execute("SELECT 1").fetchone() == (1,)
    c.commit()
    # The same when the statement fails at Parse (with parameters: the extended protocol).
    c.execute("CREATE VIEW v_aborted AS SELECT 1 AS x")
    try:
        c.execute("SELECT * FROM no_such_table WHERE x = %s", (1,))
        raise AssertionError("no_such_table")
    except errors.Error:
        pass
    try:
        c.execute("SELECT 1")
        raise AssertionError("SELECT 1 ran in an aborted block")
    except errors.InFailedSqlTransaction:
        pass
    c.rollback()
    assert not exists(c, "v_aborted")

# DROP qualified otherwise than CREATE, with the database name the client connected with.
with psycopg.connect(conninfo, dbname="postgres", autocommit=True) as c:
    for i, qualified in enumerate(("public.q{}", "postgres.public.q{}", "datafusion.public.q{}")):
        c.execute(f"CREATE TABLE q{i} AS SELECT {i} AS x")
        c.execute(f"DROP TABLE {qualified.format(i)}")
        assert not exists(c, f"q{i}")
    c.execute("CREATE TABLE postgres.public.q3 AS SELECT 3 AS x")
    c.execute("DROP TABLE q3")
    c.execute("CREATE SCHEMA s_dropped")
    c.execute("CREATE VIEW postgres.s_dropped.v AS SELECT 1 AS x")
    c.execute("DROP VIEW datafusion.s_dropped.v")
    c.execute("DROP SCHEMA datafusion.s_dropped")
    # public.tp names no table while tp is only temporary: PostgreSQL refuses, the temp stays.
    c.execute("CREATE TEMP TABLE tp AS SELECT 1 AS x")
    try:
        c.execute("DROP TABLE public.tp")
        raise AssertionError("DROP TABLE public.tp dropped something")
    except errors.Error:
        pass
    assert c.execute("SELECT x FROM tp").fetchone() == (1,)
    c.execute("DROP TABLE tp")
    c.execute("CREATE TEMP TABLE tq AS SELECT 1 AS x")
    c.execute("DROP TABLE pg_temp.tq")
    try:
        c.execute("SELECT * FROM tq")
        raise AssertionError("tq survived DROP TABLE pg_temp.tq")
    except errors.Error:
        pass

print("sessions OK")
