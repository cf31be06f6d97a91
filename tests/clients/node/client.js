// node-postgres (npm `pg`) against `privsql serve`: connect with the default database, a
// parameterised query (extended protocol), a simple query, metadata through information_schema.
// Usage: node client.js PORT CSV_PATH. Prints "node OK"; exits non-zero on failure.
const assert = require('assert');
const { Client } = require('pg');

async function main() {
  const [port, csv] = process.argv.slice(2);
  const client = new Client({ host: '127.0.0.1', port: Number(port), user: 'postgres' });
  await client.connect();
  try {
    await client.query(
      `CREATE EXTERNAL TABLE requests STORED AS CSV LOCATION '${csv}' OPTIONS ('format.has_header' 'true')`);
    const version = await client.query('SELECT version()');
    assert.match(version.rows[0].version, /^PostgreSQL 16\.6 \(privsql /);
    const db = await client.query('SELECT current_database() AS db');
    assert.ok(db.rows[0].db.length > 0, 'current_database');
    const r = await client.query(
      'SELECT id, message FROM requests WHERE intent = $1 AND id >= $2 ORDER BY id', ['delete', 1]);
    assert.deepStrictEqual(r.rows.map((x) => [Number(x.id), x.message]), [[1, 'please delete my data']]);
    const all = await client.query('SELECT id FROM postgres.public.requests ORDER BY id');
    assert.deepStrictEqual(all.rows.map((x) => Number(x.id)), [1, 2, 3]);
    const cols = await client.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'requests' ORDER BY ordinal_position`);
    assert.deepStrictEqual(cols.rows.map((x) => x.column_name), ['id', 'intent', 'message']);
  } finally {
    await client.end();
  }
  console.log('node OK');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
