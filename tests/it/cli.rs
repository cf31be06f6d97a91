//! The `privsql` command line, run as a real process: scripts, inline SQL, formats, templates,
//! exit statuses and the messages on bad input; the shell through a real pseudo-terminal and
//! its commands as library functions.

use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;

use privsql::cli::format::Format;
use privsql::cli::progress::ProgressMode;
use privsql::cli::shell::{input_complete, run_command, Command, Flow};
use privsql::cli::template::Vars;
use privsql::cli::{Options, Runner};

use crate::util::{output, Privsql};

fn sql(args: &[&str]) -> Privsql {
    Privsql::new().args(args.iter().copied())
}

// ---------------------------------------------------------------- running SQL

#[test]
fn dash_c_runs_inline_sql_as_csv_when_stdout_is_not_a_terminal() {
    let r = sql(&["-c", "SELECT 1 AS a, 'x' AS b"]).run().success();
    assert_eq!(r.stdout, "a,b\n1,x\n");
    assert_eq!(r.stderr, "");
}

#[test]
fn several_statements_in_one_dash_c_run_in_order() {
    let r = sql(&["-c", "SELECT 'a;b' AS s; -- c;d\nSELECT 2 AS n /* ; */;"])
        .run()
        .success();
    assert_eq!(r.stdout, "s\na;b\nn\n2\n");
}

#[test]
fn files_and_commands_run_in_command_line_order() {
    let r = Privsql::new()
        .file(
            "a.sql",
            "CREATE TABLE t (n INT);\nINSERT INTO t VALUES (1);\n",
        )
        .file(
            "b.sql",
            "INSERT INTO t VALUES (3);\nSELECT sum(n) AS total FROM t;\n",
        )
        .args([
            "-q",
            "-f",
            "a.sql",
            "-c",
            "INSERT INTO t VALUES (2)",
            "-f",
            "b.sql",
            "-c",
            "SELECT count(*) AS n FROM t",
        ])
        .run()
        .success();
    assert_eq!(r.stdout, "total\n6\nn\n3\n");
}

#[test]
fn scripts_with_a_byte_order_mark_and_crlf_line_ends_run() {
    let r = Privsql::new()
        .file("w.sql", "\u{feff}SELECT 1 AS a;\r\nSELECT 2 AS b;\r\n")
        .args(["-f", "w.sql"])
        .run()
        .success();
    assert_eq!(r.stdout, "a\n1\nb\n2\n");
}

#[test]
fn stdin_is_a_script_when_there_are_no_arguments() {
    let r = Privsql::new()
        .stdin("SELECT 40 + 2 AS x;\nSELECT 'y' AS y;\n")
        .run()
        .success();
    assert_eq!(r.stdout, "x\n42\ny\ny\n");
    let r = Privsql::new()
        .args(["-f", "-"])
        .stdin("SELECT 7 AS seven")
        .run()
        .success();
    assert_eq!(r.stdout, "seven\n7\n");
}

// ---------------------------------------------------------------- formats

const TWO_ROWS: &str = "SELECT * FROM (VALUES (1, 'a'), (2, NULL)) AS t(n, s) ORDER BY n";

#[test]
fn format_table_prints_a_table_with_count_and_time() {
    let r = sql(&["--format", "table", "-c", TWO_ROWS]).run().success();
    let expected_table = "\
+---+---+
| n | s |
+---+---+
| 1 | a |
| 2 |   |
+---+---+
";
    assert!(r.stdout.starts_with(expected_table), "{}", r.stdout);
    assert!(
        r.stdout.contains("2 row(s) fetched. Elapsed "),
        "{}",
        r.stdout
    );
}

#[test]
fn format_csv() {
    let r = sql(&["--format", "csv", "-c", TWO_ROWS]).run().success();
    assert_eq!(r.stdout, "n,s\n1,a\n2,\n");
}

#[test]
fn format_json_is_one_array_per_result_with_explicit_nulls() {
    let r = sql(&["--format", "json", "-c", TWO_ROWS]).run().success();
    assert_eq!(r.stdout, "[{\"n\":1,\"s\":\"a\"},{\"n\":2,\"s\":null}]\n");
    let r = sql(&["--format", "json", "-c", "SELECT 1 AS n WHERE false"])
        .run()
        .success();
    assert_eq!(r.stdout, "[]\n");
}

#[test]
fn format_ndjson_is_one_object_per_line() {
    let r = sql(&["--format", "ndjson", "-c", TWO_ROWS]).run().success();
    assert_eq!(r.stdout, "{\"n\":1,\"s\":\"a\"}\n{\"n\":2,\"s\":null}\n");
}

#[test]
fn empty_csv_results_keep_their_header() {
    let r = sql(&["-c", "SELECT 1 AS n, 2 AS m WHERE false"])
        .run()
        .success();
    assert_eq!(r.stdout, "n,m\n");
}

#[test]
fn nested_values_are_json_in_csv_and_ndjson() {
    let q = "SELECT [1, 2] AS l, named_struct('a', 1, 'b', 'x') AS s, CAST(NULL AS INT[]) AS n";
    let r = sql(&["-c", q]).run().success();
    assert_eq!(
        r.stdout,
        "l,s,n\n\"[1,2]\",\"{\"\"a\"\":1,\"\"b\"\":\"\"x\"\"}\",\n"
    );
    let r = sql(&["--format", "ndjson", "-c", q]).run().success();
    assert_eq!(
        r.stdout,
        "{\"l\":[1,2],\"s\":{\"a\":1,\"b\":\"x\"},\"n\":null}\n"
    );
}

#[test]
fn a_bad_format_is_a_usage_error() {
    sql(&["--format", "xml", "-c", "SELECT 1"])
        .run()
        .status(2)
        .stderr_has("xml");
}

#[test]
fn max_rows_cuts_tables_and_says_so() {
    let r = sql(&[
        "--format",
        "table",
        "--max-rows",
        "2",
        "-c",
        "SELECT * FROM generate_series(1, 5)",
    ])
    .run()
    .success();
    assert!(
        r.stdout
            .contains("5 row(s) fetched (2 shown, see --max-rows)"),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("| 3 "), "{}", r.stdout);
    // Other formats are never cut.
    let r = sql(&[
        "--max-rows",
        "2",
        "-c",
        "SELECT * FROM generate_series(1, 5)",
    ])
    .run()
    .success();
    assert_eq!(r.stdout.lines().count(), 6);
}

// ---------------------------------------------------------------- -q, DDL and DML

#[test]
fn ddl_and_dml_print_their_result_unless_quiet() {
    let script = "CREATE TABLE t (n INT);\nINSERT INTO t VALUES (1), (2);\nSELECT count(*) AS rows FROM t;\n";
    let r = Privsql::new()
        .file("s.sql", script)
        .args(["--format", "table", "-f", "s.sql"])
        .run()
        .success();
    assert!(r.stdout.starts_with("OK. Elapsed "), "{}", r.stdout);
    assert!(
        r.stdout.contains("| count |\n+-------+\n| 2     |"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("1 row(s) fetched."), "{}", r.stdout);

    let r = Privsql::new()
        .file("s.sql", script)
        .args(["-q", "--format", "table", "-f", "s.sql"])
        .run()
        .success();
    assert_eq!(
        r.stdout,
        "+------+\n| rows |\n+------+\n| 2    |\n+------+\n"
    );

    let r = Privsql::new()
        .file("s.sql", script)
        .args(["-f", "s.sql"])
        .run()
        .success();
    assert_eq!(r.stdout, "count\n2\nrows\n2\n");
}

#[test]
fn copy_writes_a_file_and_prints_the_count() {
    let p = sql(&[
        "-c",
        "COPY (SELECT * FROM generate_series(1, 3)) TO 'out/x.parquet' STORED AS PARQUET",
    ]);
    let r = p.run().success();
    assert_eq!(r.stdout, "count\n3\n");
    assert!(p.dir().join("out/x.parquet").is_file());
    let r = Privsql::new()
        .args([
            "-c",
            &format!(
                "SELECT count(*) AS n FROM '{}'",
                p.dir().join("out/x.parquet").display()
            ),
        ])
        .run()
        .success();
    assert_eq!(r.stdout, "n\n3\n");
}

// ---------------------------------------------------------------- templates

#[test]
fn set_substitutes_names() {
    let r = Privsql::new()
        .file("t.sql", "SELECT '${DAY}' AS day, ${N} * 2 AS twice, ${M:-5} AS m;")
        .args(["--set", "DAY=2024-05-01", "--set", "N=21", "-f", "t.sql"])
        .run()
        .success();
    assert_eq!(r.stdout, "day,twice,m\n2024-05-01,42,5\n");
}

#[test]
fn an_unknown_name_is_an_error_naming_it_and_its_line() {
    let r = Privsql::new()
        .file("t.sql", "SELECT 1 AS a;\n\nSELECT * FROM ${TABLE};\n")
        .args(["--set", "DAY=1", "-f", "t.sql"])
        .run()
        .status(1)
        .stderr_has("error: t.sql:3: unknown variable ${TABLE}: set it with --set TABLE=VALUE");
    // The file did not start: templates are checked before any statement runs.
    assert_eq!(r.stdout, "");
}

#[test]
fn a_bad_set_argument_is_a_usage_error() {
    sql(&["--set", "NOVALUE", "-c", "SELECT 1"])
        .run()
        .status(2)
        .stderr_has("--set expects NAME=VALUE");
}

// ---------------------------------------------------------------- errors

#[test]
fn a_missing_file_is_named() {
    sql(&["-f", "nope.sql"])
        .run()
        .status(1)
        .stderr_has("error: cannot read script nope.sql:");
}

#[test]
fn a_syntax_error_names_the_file_and_line() {
    let r = Privsql::new()
        .file("bad.sql", "SELECT 1 AS ok;\n\nSELECT *\n  FROM t WHERE x = = 1;\nSELECT 2;\n")
        .args(["-f", "bad.sql"])
        .run()
        .status(1)
        .stderr_has("error: bad.sql:4: statement \"SELECT * FROM t WHERE x = = 1\" failed: syntax error: Expected: an expression, found: = (line 4, column 20)");
    // The statement before ran, the one after did not.
    assert_eq!(r.stdout, "ok\n1\n");
}

#[test]
fn syntax_error_columns_count_from_the_start_of_the_line() {
    Privsql::new()
        .file("c.sql", "SELECT 1; SELECT (1 + FROM t;\n")
        .args(["-f", "c.sql"])
        .run()
        .status(1)
        .stderr_has("c.sql:1: statement \"SELECT (1 + FROM t\" failed: syntax error: Expected: ), found: t (line 1, column 28)");
}

#[test]
fn an_unterminated_string_is_a_syntax_error_at_its_statement() {
    let r = Privsql::new()
        .file("q.sql", "SELECT 1 AS ok;\nSELECT 'open;\nSELECT 2;\n")
        .args(["-f", "q.sql"])
        .run()
        .status(1)
        .stderr_has("error: q.sql:2: statement \"SELECT 'open; SELECT 2;\" failed: syntax error: Unterminated string literal");
    assert_eq!(r.stdout, "ok\n1\n");
}

#[test]
fn an_unknown_table_names_file_line_statement_and_reason() {
    let r = Privsql::new()
        .file("x.sql", "-- a comment\nSELECT * FROM nope;\n")
        .args(["-f", "x.sql"])
        .run()
        .status(1)
        .stderr_has("error: x.sql:2: statement \"SELECT * FROM nope\" failed: Error during planning: table '")
        .stderr_has("nope' not found");
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
}

#[test]
fn long_statements_are_shortened_in_messages() {
    let long = format!(
        "SELECT {} FROM nope",
        (0..60)
            .map(|i| format!("c{i}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let r = sql(&["-c", &long]).run().status(1);
    assert!(
        r.stderr.contains("-c:1: statement \"SELECT c0, c1, "),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("...\" failed"), "{}", r.stderr);
    assert!(!r.stderr.contains("c59"), "{}", r.stderr);
}

#[test]
fn the_first_error_stops_the_run() {
    let r = Privsql::new()
        .file(
            "a.sql",
            "SELECT 1 AS one;\nSELECT * FROM nope;\nSELECT 3 AS three;\n",
        )
        .file("b.sql", "SELECT 4 AS four;\n")
        .args(["-f", "a.sql", "-f", "b.sql"])
        .run()
        .status(1);
    assert_eq!(r.stdout, "one\n1\n");
}

#[test]
fn continue_on_error_runs_everything_and_fails_at_the_end() {
    let r = Privsql::new()
        .file(
            "a.sql",
            "SELECT 1 AS one;\nSELECT * FROM nope;\nSELECT 3 AS three;\n",
        )
        .args([
            "--continue-on-error",
            "-f",
            "a.sql",
            "-f",
            "missing.sql",
            "-c",
            "SELECT 4 AS four",
        ])
        .run()
        .status(1)
        .stderr_has("error: a.sql:2: statement \"SELECT * FROM nope\" failed")
        .stderr_has("error: cannot read script missing.sql")
        .stderr_has("error: 2 statement(s) failed");
    assert_eq!(r.stdout, "one\n1\nthree\n3\nfour\n4\n");
}

#[test]
fn execution_errors_are_reported_too() {
    sql(&["-c", "SELECT CAST('x' AS INT)"])
        .run()
        .status(1)
        .stderr_has("-c:1: statement \"SELECT CAST('x' AS INT)\" failed: ");
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let p = sql(&["-c", "SELECT * FROM generate_series(1, 5000000)"]);
    let mut child = p
        .command()
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    reader.read_line(&mut first).unwrap();
    assert_eq!(first, "value\n");
    drop(reader);
    let r = output(child.wait_with_output().unwrap());
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert_eq!(r.stderr, "");
}

// ---------------------------------------------------------------- configuration

#[test]
fn config_file_and_environment_reach_the_session() {
    let show = "SELECT value FROM information_schema.df_settings WHERE name = 'datafusion.execution.batch_size'";
    let p = Privsql::new().file("c.toml", "[engine]\nbatch_size = 777\n");
    let r = p.args(["--config", "c.toml", "-c", show]).run().success();
    assert_eq!(r.stdout, "value\n777\n");
    // PRIVSQL_CONFIG names the file; PRIVSQL_* keys override it.
    let p = Privsql::new()
        .file("c.toml", "[engine]\nbatch_size = 777\n")
        .env("PRIVSQL_CONFIG", "c.toml");
    assert_eq!(p.args(["-c", show]).run().success().stdout, "value\n777\n");
    let p = Privsql::new()
        .file("c.toml", "[engine]\nbatch_size = 777\n")
        .env("PRIVSQL_CONFIG", "c.toml")
        .env("PRIVSQL_ENGINE__BATCH_SIZE", "555");
    assert_eq!(p.args(["-c", show]).run().success().stdout, "value\n555\n");
}

#[test]
fn a_config_with_a_bad_key_names_it() {
    Privsql::new()
        .file("c.toml", "[engine]\nbatch_sise = 1\n")
        .args(["--config", "c.toml", "-c", "SELECT 1"])
        .run()
        .status(2)
        .stderr_has("batch_sise");
    sql(&["--config", "absent.toml", "-c", "SELECT 1"])
        .run()
        .status(2)
        .stderr_has("absent.toml");
    Privsql::new()
        .env("PRIVSQL_ENGINE__MEMORY_LIMIT", "lots")
        .args(["-c", "SELECT 1"])
        .run()
        .status(2)
        .stderr_has("engine.memory_limit");
}

/// The server's durations and sizes are parsed when the config loads: a bad value in a
/// `PRIVSQL_*` variable stops `privsql serve` before it listens, naming the key as the file
/// spells it.
#[test]
fn a_bad_server_duration_or_size_in_the_environment_fails_at_start_naming_the_key() {
    use std::time::{Duration, Instant};
    for (var, key) in [
        ("PRIVSQL_SERVER__STATEMENT_TIMEOUT", "server.statement_timeout"),
        ("PRIVSQL_SERVER__SHUTDOWN_GRACE", "server.shutdown_grace"),
        ("PRIVSQL_SERVER__MAX_STATEMENT_BYTES", "server.max_statement_bytes"),
    ] {
        let p = Privsql::new()
            .env(var, "abc")
            .args(["serve", "--listen", "127.0.0.1:0", "--data-dir", "data"]);
        let mut cmd = p.command();
        cmd.stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("start privsql");
        // A config that loaded would serve until stopped: give it a bounded time to fail.
        let deadline = Instant::now() + Duration::from_secs(60);
        while child.try_wait().expect("wait for privsql").is_none() {
            if Instant::now() > deadline {
                let _ = child.kill();
                panic!("privsql serve started with {var}=abc");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        output(child.wait_with_output().expect("wait for privsql"))
            .status(2)
            .stderr_has(&format!("{key}: expected a"))
            .stderr_has("\"abc\"");
    }
}

#[test]
fn logs_never_show_statement_text_or_values() {
    // Our own debug events say where a statement is, not what it says.
    let r = Privsql::new()
        .env("PRIVSQL_LOG", "privsql=debug")
        .args(["-c", "SELECT 'secret-value' AS s"])
        .run()
        .success();
    assert!(r.stderr.contains("statement"), "{}", r.stderr);
    assert!(!r.stderr.contains("secret-value"), "{}", r.stderr);
    // Nothing at all at info, from any crate.
    let r = Privsql::new()
        .env("PRIVSQL_LOG", "info")
        .args(["-c", "SELECT 'secret-value' AS s"])
        .run()
        .success();
    assert!(!r.stderr.contains("secret-value"), "{}", r.stderr);
}

// ---------------------------------------------------------------- the shell

/// Run the shell in a real pseudo-terminal (util-linux `script`). Each input is typed once the
/// terminal has shown its `wait_for` text (if any), after a short pause; returns the exit
/// status and everything the terminal showed, carriage returns removed.
fn shell_session(p: &Privsql, inputs: &[(Option<&str>, &str)]) -> (i32, String) {
    use std::io::Read;
    use std::sync::{Arc, Mutex};
    let bin = crate::util::privsql_bin();
    let mut child = std::process::Command::new("script")
        .args([
            "-qec",
            // `exec`: no shell between `script` and the binary, so the Ctrl-C meant for privsql
            // cannot kill a waiting `sh -c` (dash) and turn the exit status into 130.
            &format!("exec {} --format csv", bin.display()),
            "/dev/null",
        ])
        .current_dir(p.dir())
        .env("HOME", p.dir())
        .env("XDG_DATA_HOME", p.dir().join("data"))
        .env("TERM", "xterm")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("util-linux `script` runs the shell in a pseudo-terminal");
    let seen = Arc::new(Mutex::new(String::new()));
    let reader = {
        let seen = Arc::clone(&seen);
        let mut stdout = child.stdout.take().unwrap();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = stdout.read(&mut buf) {
                if n == 0 {
                    break;
                }
                seen.lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        })
    };
    {
        let stdin = child.stdin.as_mut().unwrap();
        for (wait_for, text) in inputs {
            if let Some(wanted) = wait_for {
                let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
                while !seen.lock().unwrap().contains(wanted) {
                    let shown = seen.lock().unwrap().clone();
                    assert!(
                        std::time::Instant::now() < deadline,
                        "no {wanted:?} in:\n{shown}"
                    );
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
            }
            std::thread::sleep(std::time::Duration::from_millis(200));
            stdin.write_all(text.as_bytes()).unwrap();
            stdin.flush().unwrap();
        }
    }
    let status = child.wait().unwrap().code().unwrap_or(-1);
    reader.join().unwrap();
    let out = seen.lock().unwrap().replace('\r', "");
    (status, out)
}

#[test]
fn the_shell_runs_multi_line_statements_and_commands_in_a_terminal() {
    let p = Privsql::new();
    let lines = [
        "CREATE TABLE pets (name TEXT, legs INT);\r",
        "INSERT INTO pets\r",
        "  VALUES ('cat', 4);\r",
        "SELECT name || '-' || legs AS who\r",
        "FROM pets;\r",
        "SELECT * FROM nope;\r",
        "\\d\r",
        "\\q\r",
    ];
    let mut inputs: Vec<(Option<&str>, &str)> = vec![(Some("privsql> "), lines[0])];
    inputs.extend(lines[1..].iter().map(|l| (None, *l)));
    let (status, out) = shell_session(&p, &inputs);
    assert_eq!(status, 0, "{out}");
    // The banner is out before the first prompt.
    let banner = out.find("\\? for help").expect("banner");
    assert!(banner < out.find("privsql> ").expect("prompt"), "{out}");
    assert!(out.contains("who\ncat-4\n"), "{out}");
    assert!(out.contains("datafusion,public,pets,BASE TABLE"), "{out}");
    // An error is reported and the shell goes on.
    assert!(
        out.contains(
            "error: line 1: Error during planning: table 'datafusion.public.nope' not found"
        ),
        "{out}"
    );
    let history =
        std::fs::read_to_string(p.dir().join("data/privsql/history")).expect("history file");
    assert!(history.contains("FROM pets;"), "{history}");
}

#[test]
fn progress_shows_on_long_statements_and_ctrl_c_cancels_them() {
    let p = Privsql::new();
    let (status, out) = shell_session(
        &p,
        &[
            // Minutes of work: still running when Ctrl-C comes, once its progress shows.
            (
                Some("privsql> "),
                "SELECT count(*) FROM generate_series(1, 5000000000);\r",
            ),
            (Some(" rows read ("), "\x03"),
            (Some("cancelled"), "SELECT 40 + 2 AS answer;\r"),
            (Some("answer"), "\\q\r"),
        ],
    );
    assert_eq!(status, 0, "{out}");
    assert!(out.contains("cancelled"), "{out}");
    assert!(out.contains("answer\n42\n"), "{out}");
}

fn runner() -> Runner<Vec<u8>> {
    let ctx = privsql::build_session(&privsql::Config::default()).unwrap();
    let opts = Options {
        format: Format::Csv,
        quiet: true,
        continue_on_error: false,
        max_rows: None,
        progress: ProgressMode::Never,
        vars: Vars::new(),
    };
    Runner::new(ctx, opts, Vec::new())
}

fn take(r: &mut Runner<Vec<u8>>) -> String {
    String::from_utf8(std::mem::take(r.out())).unwrap()
}

#[test]
fn shell_commands_parse() {
    assert_eq!(Command::parse("\\q"), Some(Ok(Command::Quit)));
    assert_eq!(Command::parse("  \\d  "), Some(Ok(Command::ListTables)));
    assert_eq!(
        Command::parse("\\d my_table;"),
        Some(Ok(Command::Describe("my_table".into())))
    );
    assert_eq!(Command::parse("\\df"), Some(Ok(Command::ListFunctions)));
    assert_eq!(
        Command::parse("\\df classify"),
        Some(Ok(Command::DescribeFunction("classify".into())))
    );
    assert_eq!(Command::parse("\\?"), Some(Ok(Command::Help)));
    assert!(Command::parse("\\x")
        .unwrap()
        .unwrap_err()
        .contains("unknown command \\x"));
    assert_eq!(Command::parse("SELECT 1;"), None);
}

#[test]
fn shell_input_is_complete_at_a_closing_semicolon() {
    let d = datafusion::sql::sqlparser::dialect::GenericDialect {};
    assert!(input_complete("SELECT 1;", &d));
    assert!(input_complete("\\d", &d));
    assert!(!input_complete("SELECT 1", &d));
    assert!(!input_complete("SELECT ';'", &d));
    assert!(!input_complete("SELECT 1 -- ;", &d));
}

#[tokio::test]
async fn shell_lists_and_describes_tables() {
    let mut r = runner();
    r.run_statement("CREATE TABLE requests (id BIGINT NOT NULL, text VARCHAR)")
        .await
        .unwrap();
    assert_eq!(
        run_command(&mut r, &Command::ListTables).await.unwrap(),
        Flow::Continue
    );
    assert_eq!(
        take(&mut r),
        "catalog,schema,name,type\ndatafusion,public,requests,BASE TABLE\n"
    );
    run_command(&mut r, &Command::Describe("requests".into()))
        .await
        .unwrap();
    assert_eq!(
        take(&mut r),
        "column_name,data_type,is_nullable\nid,Int64,NO\ntext,Utf8View,YES\n"
    );
    let e = run_command(&mut r, &Command::Describe("nope".into()))
        .await
        .unwrap_err();
    assert!(e.to_string().contains("no table or view named nope"), "{e}");
    assert_eq!(
        run_command(&mut r, &Command::Quit).await.unwrap(),
        Flow::Quit
    );
}

#[tokio::test]
async fn shell_lists_and_documents_functions() {
    let mut r = runner();
    run_command(&mut r, &Command::ListFunctions).await.unwrap();
    let list = take(&mut r);
    assert!(
        list.starts_with("name,kind,section,description\n"),
        "{list}"
    );
    assert!(list.contains("\nprivsql_functions,table,"), "{list}");

    run_command(
        &mut r,
        &Command::DescribeFunction("privsql_functions".into()),
    )
    .await
    .unwrap();
    let doc = take(&mut r);
    assert!(
        doc.contains("name: privsql_functions\nkind: table\n"),
        "{doc}"
    );
    assert!(
        doc.contains("example:\n    SELECT name, kind, syntax FROM privsql_functions()"),
        "{doc}"
    );

    // Not an exact name: the functions whose name contains it.
    run_command(&mut r, &Command::DescribeFunction("FUNCTIONS".into()))
        .await
        .unwrap();
    assert!(take(&mut r).contains("\nprivsql_functions,table,"));
    let e = run_command(&mut r, &Command::DescribeFunction("zzz_nothing".into()))
        .await
        .unwrap_err();
    assert!(
        e.to_string()
            .contains("no privsql function matches zzz_nothing"),
        "{e}"
    );
}

// ---------------------------------------------------------------- object stores

/// Files over HTTP: off for plain http:// by default, on through the config or the environment.
#[test]
fn files_over_http_with_the_store_settings_from_config_or_environment() {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let server = crate::util::FileServer::start(data);
    let query = format!(
        "SELECT intent, count(*) AS n FROM '{}' GROUP BY intent ORDER BY intent",
        server.url("requests.parquet")
    );
    let expected = "intent,n\naccess,1\ndeletion,1\nnone,2\nopt_out_marketing,1\n";

    // Plain http:// is off unless the config allows it, and the error says which key to set.
    let create = format!(
        "CREATE EXTERNAL TABLE r STORED AS PARQUET LOCATION '{}'",
        server.url("requests.parquet")
    );
    sql(&["-c", &create])
        .run()
        .status(1)
        .stderr_has("set storage.http.allow_http = true");

    let p = Privsql::new().file("c.toml", "[storage.http]\nallow_http = true\n");
    assert_eq!(
        p.args(["--config", "c.toml", "-c", &query])
            .run()
            .success()
            .stdout,
        expected
    );

    let p = Privsql::new().env("PRIVSQL_STORAGE__HTTP__ALLOW_HTTP", "true");
    assert_eq!(p.args(["-c", &query]).run().success().stdout, expected);

    // CREATE EXTERNAL TABLE over a CSV file on the server.
    let create = format!(
        "CREATE EXTERNAL TABLE remote STORED AS CSV LOCATION '{}' OPTIONS ('format.has_header' 'true');\
         SELECT count(*) AS n FROM remote WHERE channel = 'email'",
        server.url("requests.csv")
    );
    let p = Privsql::new().env("PRIVSQL_STORAGE__HTTP__ALLOW_HTTP", "true");
    assert_eq!(
        p.args(["-q", "-c", &create]).run().success().stdout,
        "n\n2\n"
    );

    // A missing file names it.
    let missing = format!("SELECT * FROM '{}'", server.url("nope.parquet"));
    let p = Privsql::new().env("PRIVSQL_STORAGE__HTTP__ALLOW_HTTP", "true");
    p.args(["-c", &missing])
        .run()
        .status(1)
        .stderr_has("nope.parquet");
}

// ---------------------------------------------------------------- the pipelines under sql/

/// Every script directly under `sql/` (the main job `sql/pipeline.sql` among them) runs to the
/// end without error from the repository root, as the README runs it (outputs go to `out/`).
#[test]
fn the_pipelines_under_sql_run() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let Ok(entries) = std::fs::read_dir(root.join("sql")) else {
        return;
    };
    let mut scripts: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    scripts.sort();
    for script in scripts {
        let r = Privsql::new()
            .cwd(root)
            .args(["-q", "-f", &script.display().to_string()])
            .run();
        assert_eq!(r.status, 0, "{} failed:\n{}", script.display(), r.stderr);
    }
}

/// S3 (a local moto server): credentials and endpoint from the config file or from the
/// environment, never from SQL; COPY TO a bucket, then read back by path and as a table.
#[test]
fn files_on_s3_with_credentials_from_config_or_environment() {
    let s3 = crate::util::S3Server::start();
    s3.create_bucket("requests");
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/requests.parquet");
    let config = format!(
        "[storage.s3]\nendpoint = \"{}\"\nregion = \"eu-west-1\"\nallow_http = true\n\
         access_key_id = \"AKIDCONFIG\"\nsecret_access_key = \"config-secret-value\"\n",
        s3.endpoint()
    );
    let script = format!(
        "COPY (SELECT * FROM '{}') TO 's3://requests/2024/part-0.parquet' STORED AS PARQUET;\n\
         SELECT intent, count(*) AS n FROM 's3://requests/2024/part-0.parquet' GROUP BY intent ORDER BY intent;\n\
         CREATE EXTERNAL TABLE requests STORED AS PARQUET LOCATION 's3://requests/2024/';\n\
         SELECT count(*) AS total FROM requests;\n",
        data.display()
    );
    let r = Privsql::new()
        .file("s3.toml", &config)
        .file("job.sql", &script)
        .env("AWS_ACCESS_KEY_ID", "")
        .env("AWS_SECRET_ACCESS_KEY", "")
        .args(["--config", "s3.toml", "-f", "job.sql"])
        .run()
        .success();
    assert_eq!(
        r.stdout,
        "count\n5\nintent,n\naccess,1\ndeletion,1\nnone,2\nopt_out_marketing,1\ntotal\n5\n"
    );

    // The same from the environment only: privsql's own variables and the AWS SDK's.
    let r = Privsql::new()
        .env("PRIVSQL_STORAGE__S3__ENDPOINT", &s3.endpoint())
        .env("PRIVSQL_STORAGE__S3__ALLOW_HTTP", "true")
        .env("AWS_REGION", "eu-west-1")
        .env("AWS_ACCESS_KEY_ID", "AKIDENV")
        .env("AWS_SECRET_ACCESS_KEY", "env-secret-value")
        .args(["-c", "CREATE EXTERNAL TABLE r STORED AS PARQUET LOCATION 's3://requests/2024/'; SELECT count(*) AS n FROM r"])
        .run()
        .success();
    assert_eq!(r.stdout, "n\n5\n");

    // A failure names the bucket and path, never the secret.
    let r = Privsql::new()
        .file("s3.toml", &config)
        .args([
            "--config",
            "s3.toml",
            "-c",
            "CREATE EXTERNAL TABLE m STORED AS PARQUET LOCATION 's3://no-such-bucket/x.parquet'",
        ])
        .run()
        .status(1)
        .stderr_has("no-such-bucket");
    assert!(!r.stderr.contains("config-secret-value"), "{}", r.stderr);
}

#[tokio::test]
async fn tab_completes_keywords_functions_and_tables() {
    use privsql::cli::shell::{complete_word, completion_words};
    let mut r = runner();
    r.run_statement("CREATE TABLE support_tickets (id INT)")
        .await
        .unwrap();
    let words = completion_words(r.ctx());
    assert_eq!(
        complete_word(&words, "SELECT * FROM support_t", 23),
        (14, vec!["support_tickets".to_string()])
    );
    let (start, found) = complete_word(&words, "sel", 3);
    assert_eq!((start, found.contains(&"select".to_string())), (0, true));
    let (_, found) = complete_word(&words, "SELECT privsql_f", 16);
    assert_eq!(found, vec!["privsql_functions".to_string()]);
    let (_, found) = complete_word(&words, "\\d", 2);
    assert!(found.contains(&"\\df".to_string()), "{found:?}");
    assert_eq!(complete_word(&words, "SELECT ", 7), (7, vec![]));
}
