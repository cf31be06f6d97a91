"""psycopg 3 against `privsql serve --cluster`: a catalog query of the kind drivers and BI tools
send (information_schema, pg_catalog), then SQL whose rows it prints as CSV lines, its column
names first. Usage: psycopg_cluster.py CONNINFO SQL. Prints the rows, then "psycopg cluster OK";
exits non-zero on failure."""
import sys

import psycopg

conninfo, sql = sys.argv[1], sys.argv[2]
with psycopg.connect(conninfo, autocommit=True) as conn:
    schemas = conn.execute(
        "SELECT nspname FROM pg_catalog.pg_namespace WHERE nspname = 'public'"
    ).fetchall()
    assert schemas == [("public",)], schemas
    conn.execute(
        "SELECT table_schema, table_name FROM information_schema.tables ORDER BY 1, 2"
    ).fetchall()
    cur = conn.execute(sql)
    print(",".join(c.name for c in cur.description))
    for row in cur:
        print(",".join(str(v) for v in row))
print("psycopg cluster OK")
