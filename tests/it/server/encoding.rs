//! Dates, timestamps and decimals in text rows and COPY, spelled as PostgreSQL 15 spells them
//! (`SELECT '2024-03-01 10:00:00.25'::timestamp` and so on, values checked against psql there).

use crate::server_util::Server;

#[test]
fn dates_timestamps_and_decimals_read_as_in_postgres() {
    let server = Server::start("");
    let select = "SELECT CAST('2024-03-01 10:00:00' AS TIMESTAMP) AS a, \
                  CAST('2024-03-01 10:00:00.25' AS TIMESTAMP) AS b, \
                  CAST('1969-12-31 23:59:59.999999' AS TIMESTAMP) AS c, \
                  CAST('2024-02-29' AS DATE) AS d, \
                  CAST(1.5 AS DECIMAL(10, 2)) AS e, CAST(-0.05 AS DECIMAL(4, 2)) AS f";
    let expected = "2024-03-01 10:00:00|2024-03-01 10:00:00.25|1969-12-31 23:59:59.999999|\
                    2024-02-29|1.50|-0.05";
    let out = server.psql_ok(&["-At", "-c", select]);
    assert_eq!(out.trim(), expected);
    let out = server.psql_ok(&[
        "-c",
        &format!("COPY ({select}) TO STDOUT WITH (FORMAT csv, DELIMITER '|')"),
    ]);
    assert_eq!(out.trim(), expected);
}
