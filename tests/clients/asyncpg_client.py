"""asyncpg against `privsql serve`: connect with its defaults (database = user name), prepared
statements, a cursor inside a transaction, COPY out. Usage: asyncpg_client.py PORT CSV_PATH.
Prints "asyncpg OK"; exits non-zero with a message on failure."""
import asyncio
import io
import sys

import asyncpg


async def main(port: int, csv_path: str) -> None:
    conn = await asyncpg.connect(host="127.0.0.1", port=port, user="postgres", ssl=False)
    try:
        await conn.execute(
            f"CREATE EXTERNAL TABLE requests STORED AS CSV LOCATION '{csv_path}' "
            "OPTIONS ('format.has_header' 'true')"
        )
        version = await conn.fetchval("SELECT version()")
        assert version.startswith("PostgreSQL 16.6 (privsql "), version
        # Prepared statements: parsed once, run with different parameters.
        stmt = await conn.prepare("SELECT message FROM requests WHERE intent = $1 ORDER BY id")
        assert await stmt.fetchval("delete") == "please delete my data"
        assert [r[0] for r in await stmt.fetch("access")] == ["send me a copy"]
        assert await conn.fetchval("SELECT $1::BIGINT * 2", 21) == 42
        # A cursor over a portal, fetched in pieces.
        async with conn.transaction():
            ids = [r["id"] async for r in conn.cursor("SELECT id FROM requests ORDER BY id", prefetch=1)]
        assert ids == [1, 2, 3], ids
        # COPY out.
        out = io.BytesIO()
        await conn.copy_from_query("SELECT id, intent FROM requests ORDER BY id", output=out, format="csv")
        assert out.getvalue().decode().splitlines() == ["1,delete", "2,access", "3,none"], out.getvalue()
    finally:
        await conn.close()
    print("asyncpg OK")


asyncio.run(main(int(sys.argv[1]), sys.argv[2]))
