"""SQLAlchemy 2 (psycopg2) and pandas against `privsql serve`, connecting to database `postgres`:
connect (version parsing), three-part names, reflection of schemas, tables, views and foreign
keys, primary keys and unique constraints (empty: privsql has none), pandas `read_sql_query`.
Not yet: `get_columns`, `to_sql` and `read_sql_table` (scalar subqueries inside CASE, which
DataFusion cannot plan), `get_indexes` (pg_class.reloptions is missing).
Usage: sqlalchemy_client.py PORT. Prints "sqlalchemy OK"; exits non-zero on failure."""
import sys

import pandas as pd
from sqlalchemy import create_engine, inspect, text

engine = create_engine(f"postgresql+psycopg2://postgres@127.0.0.1:{sys.argv[1]}/postgres")

with engine.connect() as conn:
    version = conn.execute(text("SELECT version()")).scalar()
    assert version.startswith("PostgreSQL 16.6 (privsql "), version
    assert engine.dialect.server_version_info[:2] == (16, 6), engine.dialect.server_version_info
    conn.execute(text("CREATE TABLE items (id BIGINT NOT NULL, name TEXT, price DOUBLE)"))
    conn.execute(text("INSERT INTO items VALUES (1, 'pen', 1.5), (2, 'ink', 3.25)"))
    conn.execute(text("CREATE VIEW cheap AS SELECT name FROM items WHERE price < 2"))
    assert conn.execute(text("SELECT name FROM postgres.public.items ORDER BY id")).scalars().all() == ["pen", "ink"]
    # SQLAlchemy 2 opens a transaction block; as on PostgreSQL, the DDL stays only once committed.
    conn.commit()

insp = inspect(engine)
assert "public" in insp.get_schema_names(), insp.get_schema_names()
assert "items" in insp.get_table_names(), insp.get_table_names()
assert "cheap" in insp.get_view_names(), insp.get_view_names()
assert insp.get_foreign_keys("items") == []
assert insp.get_pk_constraint("items")["constrained_columns"] == []
assert insp.get_unique_constraints("items") == []
frame = pd.read_sql_query("SELECT id, name, price FROM items ORDER BY id", engine)
assert frame["name"].tolist() == ["pen", "ink"] and frame["price"].tolist() == [1.5, 3.25], frame
print("sqlalchemy OK")
