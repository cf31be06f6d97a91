"""asyncpg (binary results for every column) against `privsql serve`: timestamps, dates,
numerics, floats, integers, strings, booleans and NULLs come back as PostgreSQL 15 returns them
(the expected values below are PostgreSQL's answers to the same queries; the script passes
against both servers). Usage: asyncpg_types.py PORT [USER]. Prints "asyncpg types OK"."""
import asyncio
import datetime as dt
import sys
from decimal import Decimal

import asyncpg

QUERY = """
SELECT * FROM (VALUES
  (1, CAST('2024-03-01 10:00:00.25' AS TIMESTAMP), CAST('2024-03-01' AS DATE),
      CAST(1.50 AS NUMERIC(12, 2)), CAST(0.1 AS DOUBLE PRECISION), CAST(1.5 AS REAL),
      CAST(42 AS SMALLINT), CAST(7 AS INTEGER), CAST(9000000000 AS BIGINT), 'délai', true),
  (2, CAST('1999-12-31 23:59:59.999999' AS TIMESTAMP), CAST('1970-01-01' AS DATE),
      CAST(-12345.67 AS NUMERIC(12, 2)), CAST(-2.5e300 AS DOUBLE PRECISION), CAST(-0.25 AS REAL),
      CAST(-32768 AS SMALLINT), CAST(-2147483648 AS INTEGER), CAST(-1 AS BIGINT), '', false),
  (3, CAST('1900-02-28 00:00:00' AS TIMESTAMP), CAST('2000-01-01' AS DATE),
      CAST(100000000.00 AS NUMERIC(12, 2)), CAST(1e-300 AS DOUBLE PRECISION), CAST(3 AS REAL),
      CAST(0 AS SMALLINT), CAST(0 AS INTEGER), CAST(0 AS BIGINT), '請刪除', true),
  (4, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (5, CAST('2000-01-01 00:00:00' AS TIMESTAMP), CAST('1999-12-31' AS DATE),
      CAST(0.01 AS NUMERIC(12, 2)), CAST(0 AS DOUBLE PRECISION), CAST(0 AS REAL),
      CAST(1 AS SMALLINT), CAST(1 AS INTEGER), CAST(1 AS BIGINT), 'x', false)
) AS t(id, ts, d, n, f8, f4, i2, i4, i8, s, b)
ORDER BY id
"""

EXPECTED = [
    (1, dt.datetime(2024, 3, 1, 10, 0, 0, 250000), dt.date(2024, 3, 1), "1.50", 0.1, 1.5,
     42, 7, 9000000000, "délai", True),
    (2, dt.datetime(1999, 12, 31, 23, 59, 59, 999999), dt.date(1970, 1, 1), "-12345.67",
     -2.5e300, -0.25, -32768, -2147483648, -1, "", False),
    (3, dt.datetime(1900, 2, 28), dt.date(2000, 1, 1), "100000000.00", 1e-300, 3.0, 0, 0, 0,
     "請刪除", True),
    (4, None, None, None, None, None, None, None, None, None, None),
    (5, dt.datetime(2000, 1, 1), dt.date(1999, 12, 31), "0.01", 0.0, 0.0, 1, 1, 1, "x", False),
]


def normal(row):
    """A row with numerics as their text (the scale matters: 1.50, not 1.5)."""
    return tuple(str(v) if isinstance(v, Decimal) else v for v in row)


async def main(port: int, user: str) -> None:
    conn = await asyncpg.connect(host="127.0.0.1", port=port, user=user, ssl=False)
    try:
        rows = [normal(tuple(r)) for r in await conn.fetch(QUERY)]
        assert rows == EXPECTED, f"\n{rows}\n!=\n{EXPECTED}"
        # A prepared statement with a parameter, run twice.
        stmt = await conn.prepare(
            "SELECT CAST($1 AS DATE) AS d, CAST('2024-01-01 00:00:00' AS TIMESTAMP) AS ts, "
            "CAST(2.5 AS NUMERIC(5, 1)) * 2 AS n"
        )
        for day in (dt.date(2024, 2, 29), dt.date(1969, 7, 20)):
            r = await stmt.fetchrow(day)
            assert r["d"] == day, r
            assert r["ts"] == dt.datetime(2024, 1, 1), r
            assert r["n"] == Decimal("5.0"), r
        # A timestamp with a time zone is the same instant.
        tz = await conn.fetchval("SELECT CAST('2024-03-01 10:00:00+02' AS TIMESTAMPTZ)")
        assert tz == dt.datetime(2024, 3, 1, 8, 0, tzinfo=dt.timezone.utc), tz
    finally:
        await conn.close()
    print("asyncpg types OK")


asyncio.run(main(int(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "postgres"))
