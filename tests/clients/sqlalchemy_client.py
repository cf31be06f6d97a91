"""SQLAlchemy 2 (psycopg2) and pandas against `privsql serve`, connecting to database `postgres`:
connect (version parsing), three-part names, reflection (schemas, tables, views, columns with
types and nullability, primary keys, indexes, foreign keys, unique constraints: the last four
empty, privsql has none), pandas `read_sql_query`, and a `to_sql(if_exists='replace')` +
`read_sql_table` round trip of ints, floats, text, booleans, timestamps and NULLs.
Usage: sqlalchemy_client.py PORT. Prints "sqlalchemy OK"; exits non-zero on failure."""
import sys

import pandas as pd
from sqlalchemy import BIGINT, BOOLEAN, DOUBLE_PRECISION, TEXT, create_engine, inspect, text

engine = create_engine(f"postgresql+psycopg2://postgres@127.0.0.1:{sys.argv[1]}/postgres")

with engine.connect() as conn:
    version = conn.execute(text("SELECT version()")).scalar()
    assert version.startswith("PostgreSQL 16.6 (privsql "), version
    assert engine.dialect.server_version_info[:2] == (16, 6), engine.dialect.server_version_info
    conn.execute(text("CREATE TABLE items (id BIGINT NOT NULL, name TEXT, price DOUBLE, ok BOOLEAN)"))
    conn.execute(text("INSERT INTO items VALUES (1, 'pen', 1.5, true), (2, 'ink', 3.25, false)"))
    conn.execute(text("CREATE VIEW cheap AS SELECT name FROM items WHERE price < 2"))
    assert conn.execute(text("SELECT name FROM postgres.public.items ORDER BY id")).scalars().all() == ["pen", "ink"]
    # SQLAlchemy 2 opens a transaction block; as on PostgreSQL, the DDL stays only once committed.
    conn.commit()

insp = inspect(engine)
assert "public" in insp.get_schema_names(), insp.get_schema_names()
assert "items" in insp.get_table_names(), insp.get_table_names()
assert "cheap" in insp.get_view_names(), insp.get_view_names()
columns = {c["name"]: c for c in insp.get_columns("items")}
assert list(columns) == ["id", "name", "price", "ok"], columns
for name, kind, nullable in [
    ("id", BIGINT, False),
    ("name", TEXT, True),
    ("price", DOUBLE_PRECISION, True),
    ("ok", BOOLEAN, True),
]:
    assert isinstance(columns[name]["type"], kind), (name, columns[name])
    assert columns[name]["nullable"] is nullable, (name, columns[name])
    assert columns[name]["default"] is None, (name, columns[name])
assert [c["name"] for c in insp.get_columns("cheap")] == ["name"]
assert insp.get_pk_constraint("items")["constrained_columns"] == []
assert insp.get_indexes("items") == []
assert insp.get_foreign_keys("items") == []
assert insp.get_unique_constraints("items") == []
frame = pd.read_sql_query("SELECT id, name, price FROM items ORDER BY id", engine)
assert frame["name"].tolist() == ["pen", "ink"] and frame["price"].tolist() == [1.5, 3.25], frame

# pandas round trip: written with to_sql (replacing the table on the second write), read back
# with read_sql_table, equal frame for frame.
frame = pd.DataFrame(
    {
        "n": pd.array([1, 2, None], dtype="Int64"),
        "x": [0.5, None, -2.25],
        "label": ["a", None, "délai"],
        "flag": pd.array([True, None, False], dtype="boolean"),
        "at": pd.to_datetime(["2024-03-01 10:00:00", None, "1999-12-31 23:59:59.5"], format="ISO8601"),
    }
)
frame.iloc[:1].to_sql("frames", engine, index=False)
frame.to_sql("frames", engine, index=False, if_exists="replace")
back = pd.read_sql_table("frames", engine)
back = back.astype({"n": "Int64", "flag": "boolean"})
pd.testing.assert_frame_equal(back.sort_values("x", na_position="last").reset_index(drop=True),
                              frame.sort_values("x", na_position="last").reset_index(drop=True),
                              check_dtype=False)
assert "frames" in inspect(engine).get_table_names()
print("sqlalchemy OK")
