"""psycopg 3 against `privsql serve`: server-side binding, COPY export and import, fetchmany over
a large result. Usage: psycopg_client.py CONNINFO CSV_PATH. Exits non-zero with a message on failure."""
import sys

import psycopg

conninfo, csv_path = sys.argv[1], sys.argv[2]

with psycopg.connect(conninfo, autocommit=True) as conn:
    conn.execute(
        f"CREATE EXTERNAL TABLE requests STORED AS CSV LOCATION '{csv_path}' "
        "OPTIONS ('format.has_header' 'true')"
    )
    # Server-side binding: parameters travel separately from the statement (extended protocol).
    cur = conn.execute("SELECT %s::BIGINT + 1 AS n, upper(%s::TEXT) AS s", (41, "abc"))
    assert cur.fetchone() == (42, "ABC"), "typed parameters"
    cur = conn.execute("SELECT message FROM requests WHERE intent = %s", ("delete",))
    assert cur.fetchall() == [("please delete my data",)], "bound filter"
    # Binary results.
    cur = conn.cursor(binary=True)
    cur.execute("SELECT id, message FROM requests ORDER BY id")
    assert [r[0] for r in cur.fetchall()] == [1, 2, 3], "binary results"

    # COPY export.
    out = bytearray()
    with conn.cursor().copy("COPY (SELECT id, message FROM requests ORDER BY id) TO STDOUT WITH (FORMAT csv, HEADER)") as copy:
        for block in copy:
            out += block
    assert out.decode() == 'id,message\n1,please delete my data\n2,send me a copy\n3,"hello, world"\n', out
    rows = []
    with conn.cursor().copy("COPY (SELECT id, intent FROM requests ORDER BY id) TO STDOUT") as copy:
        rows = list(copy.rows())
    assert rows == [("1", "delete"), ("2", "access"), ("3", "none")], rows

    # COPY import: rows written by psycopg (text format), then raw CSV.
    conn.execute("CREATE TABLE inbox (id BIGINT, body VARCHAR, received TIMESTAMP)")
    with conn.cursor().copy("COPY inbox (id, body) FROM STDIN") as copy:
        copy.write_row((1, "delete me\tplease"))
        copy.write_row((2, None))
    with conn.cursor().copy("COPY inbox FROM STDIN WITH (FORMAT csv)") as copy:
        copy.write('3,"a, ""quoted"" body",2025-03-01 10:00:00\n')
        copy.write("4,plain,\n")
    rows = conn.execute("SELECT id, body, received IS NULL FROM inbox ORDER BY id").fetchall()
    assert rows == [
        (1, "delete me\tplease", True),
        (2, None, True),
        (3, 'a, "quoted" body', False),
        (4, "plain", True),
    ], rows
    # An aborted COPY writes nothing.
    try:
        with conn.cursor().copy("COPY inbox (id) FROM STDIN") as copy:
            copy.write_row((5,))
            raise RuntimeError("abort")
    except RuntimeError:
        pass
    except psycopg.Error:
        pass
    assert conn.execute("SELECT count(*) FROM inbox").fetchone() == (4,)
    # Bad data fails the COPY with the line and column, and writes nothing.
    try:
        with conn.cursor().copy("COPY inbox (id) FROM STDIN") as copy:
            copy.write("6\nseven\n")
        raise AssertionError("bad data accepted")
    except psycopg.errors.InvalidTextRepresentation as e:
        assert "line 2" in str(e) and '"id"' in str(e) and "seven" not in str(e), str(e)
    assert conn.execute("SELECT count(*) FROM inbox").fetchone() == (4,)

with psycopg.connect(conninfo) as conn:
    # fetchmany over a large result.
    cur = conn.cursor()
    cur.execute("SELECT value FROM generate_series(1, 300000)")
    total, chunks = 0, 0
    while True:
        batch = cur.fetchmany(50000)
        if not batch:
            break
        total += sum(r[0] for r in batch)
        chunks += 1
    assert total == 300000 * 300001 // 2 and chunks == 6, (total, chunks)

print("psycopg OK")
