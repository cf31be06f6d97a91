// PostgreSQL JDBC (Debian's libpostgresql-jdbc-java) against `privsql serve`: PreparedStatement
// and DatabaseMetaData (getTables, also with the connection's catalog, getColumns,
// getPrimaryKeys: none, privsql has no keys; getTypeInfo), connecting to database `postgres`.
// Run: java -cp /usr/share/java/postgresql.jar JdbcClient.java PORT CSV_PATH [SQL]. With SQL, then
// runs it and prints its rows as CSV lines, its column labels first. Exits non-zero on failure.
import java.sql.*;
import java.util.*;

public class JdbcClient {
    static void check(boolean ok, String what) {
        if (!ok) throw new AssertionError(what);
    }

    public static void main(String[] args) throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + args[0] + "/postgres?user=postgres&sslmode=disable";
        try (Connection c = DriverManager.getConnection(url)) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE EXTERNAL TABLE requests STORED AS CSV LOCATION '" + args[1]
                        + "' OPTIONS ('format.has_header' 'true')");
            }
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT id, message FROM requests WHERE intent = ? AND id >= ? ORDER BY id")) {
                p.setString(1, "delete");
                p.setLong(2, 1L);
                try (ResultSet r = p.executeQuery()) {
                    check(r.next(), "one row");
                    check(r.getLong(1) == 1L, "id");
                    check(r.getString(2).equals("please delete my data"), "message");
                    check(!r.next(), "only one row");
                }
                // Run it enough times for the driver to switch to a named server-side statement.
                for (int i = 0; i < 6; i++) {
                    p.setString(1, "access");
                    p.setLong(2, 0L);
                    try (ResultSet r = p.executeQuery()) {
                        check(r.next() && r.getLong(1) == 2L, "prepared run " + i);
                    }
                }
            }
            DatabaseMetaData md = c.getMetaData();
            Set<String> tables = new HashSet<>();
            try (ResultSet r = md.getTables(null, null, "%", new String[] {"TABLE", "VIEW"})) {
                while (r.next()) tables.add(r.getString("TABLE_NAME"));
            }
            check(tables.contains("requests"), "getTables lists requests: " + tables);
            List<String> columns = new ArrayList<>();
            try (ResultSet r = md.getColumns(null, null, "requests", "%")) {
                while (r.next()) columns.add(r.getString("COLUMN_NAME"));
            }
            check(columns.equals(List.of("id", "intent", "message")), "getColumns: " + columns);
            // With the connection's own catalog as the filter, as tools pass it.
            tables.clear();
            try (ResultSet r = md.getTables(c.getCatalog(), "public", "req%", null)) {
                while (r.next()) tables.add(r.getString("TABLE_NAME"));
            }
            check(tables.equals(Set.of("requests")), "getTables(catalog): " + tables);
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT id FROM postgres.public.requests ORDER BY id")) {
                check(r.next() && r.getLong(1) == 1L, "three-part name");
            }
            // information_schema._pg_expandarray over pg_index's keys: no rows, no error.
            try (ResultSet r = md.getPrimaryKeys(null, "public", "requests")) {
                check(r.getMetaData().getColumnCount() == 6, "getPrimaryKeys columns");
                check(!r.next(), "getPrimaryKeys: privsql has no primary keys");
            }
            // getTypeInfo: every type with its java.sql.Types code (the driver's type cache
            // compares typinput with 'pg_catalog.array_in'::regproc).
            Map<String, Integer> types = new HashMap<>();
            try (ResultSet r = md.getTypeInfo()) {
                while (r.next()) types.put(r.getString("TYPE_NAME"), r.getInt("DATA_TYPE"));
            }
            check(Integer.valueOf(Types.BIGINT).equals(types.get("int8")), "getTypeInfo int8: " + types);
            check(Integer.valueOf(Types.VARCHAR).equals(types.get("varchar")), "getTypeInfo varchar: " + types);
            check(Integer.valueOf(Types.BIT).equals(types.get("bool")), "getTypeInfo bool: " + types);
            if (args.length > 2) {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(args[2])) {
                    int n = r.getMetaData().getColumnCount();
                    List<String> cells = new ArrayList<>();
                    for (int i = 1; i <= n; i++) cells.add(r.getMetaData().getColumnLabel(i));
                    System.out.println(String.join(",", cells));
                    while (r.next()) {
                        cells.clear();
                        for (int i = 1; i <= n; i++) cells.add(r.getString(i));
                        System.out.println(String.join(",", cells));
                    }
                }
            }
        }
        System.out.println("jdbc OK");
    }
}
