"""SQLAlchemy 2 (psycopg2) and pandas against `privsql serve`, connecting to database `postgres`:
reflection through `inspect`, `to_sql(if_exists='replace')` twice and `read_sql_table`.
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

insp = inspect(engine)
assert "public" in insp.get_schema_names(), insp.get_schema_names()
assert "items" in insp.get_table_names(), insp.get_table_names()
assert "cheap" in insp.get_view_names(), insp.get_view_names()
columns = insp.get_columns("items")
assert [c["name"] for c in columns] == ["id", "name", "price"], columns
assert [str(c["type"]) for c in columns] == ["BIGINT", "TEXT", "DOUBLE PRECISION"], columns
assert [c["nullable"] for c in columns] == [False, True, True], columns
# privsql has no keys, indexes or constraints: each is empty, not an error.
assert insp.get_pk_constraint("items")["constrained_columns"] == []
assert insp.get_indexes("items") == []
assert insp.get_foreign_keys("items") == []
assert insp.get_unique_constraints("items") == []

frame = pd.DataFrame({"id": [1, 2, 3], "name": ["a", "b", None], "score": [0.5, 1.0, 2.5]})
for _ in range(2):
    frame.to_sql("scores", engine, if_exists="replace", index=False)
back = pd.read_sql_table("scores", engine).sort_values("id").reset_index(drop=True)
assert back["id"].tolist() == [1, 2, 3], back
assert back["name"].tolist()[:2] == ["a", "b"] and back["name"].isna().tolist()[2], back
assert back["score"].tolist() == [0.5, 1.0, 2.5], back
print("sqlalchemy OK")
