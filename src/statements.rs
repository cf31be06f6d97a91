//! The one SQL statement splitter of privsql's front ends: the CLI's scripts and shell, the
//! server's query strings and `privsql stream`'s pipelines.
//!
//! Text is split into statements with sqlparser's tokenizer, so that a `;` inside a string, a
//! quoted identifier, a `--` or `/* */` comment or a dollar-quoted string never splits; each
//! statement knows the line it starts on (for error messages that point into a script) and
//! whether it is one of DataFusion's own statements that the PostgreSQL parser does not know
//! (for the server). [`parse_one`] parses one split statement with DataFusion's parser.

use datafusion::common::{plan_err, Result};
use datafusion::sql::parser::{DFParser, Statement as DFStatement};
use datafusion::sql::sqlparser::dialect::Dialect;
use datafusion::sql::sqlparser::keywords::Keyword;
use datafusion::sql::sqlparser::tokenizer::{
    Location, Token, TokenWithSpan, Tokenizer, TokenizerError,
};

/// One statement of a script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// The statement's text, from its first token to its last (comments before it and the
    /// closing `;` left out).
    pub text: String,
    /// 1-based line of the source where the statement starts.
    pub line: usize,
    /// 1-based column (in characters) of that line where the statement starts.
    pub column: usize,
    /// `CREATE [OR REPLACE] [UNBOUNDED] EXTERNAL TABLE`, `COPY ... TO '<file>'` or `RESET`:
    /// DataFusion's own statements, which the PostgreSQL parser does not handle.
    pub datafusion_only: bool,
}

/// Text the tokenizer could not read (an unterminated string or comment): everything from the
/// start of the statement it belongs to up to the end of the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    /// The unreadable statement's text.
    pub text: String,
    /// 1-based line where that statement starts.
    pub line: usize,
    /// 1-based line where the tokenizer failed.
    pub error_line: usize,
    /// The tokenizer's reason, without its position.
    pub message: String,
}

/// The statements of a script, and its unreadable tail if any.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Split {
    pub statements: Vec<Statement>,
    pub unreadable: Option<Unreadable>,
}

/// Split `sql` into statements. Statements before an unreadable part are still returned, so a
/// script runs up to the point where it breaks.
pub fn split(sql: &str, dialect: &dyn Dialect) -> Split {
    let mut tokens: Vec<TokenWithSpan> = Vec::new();
    let result = Tokenizer::new(dialect, sql)
        .with_unescape(false)
        .tokenize_with_location_into_buf(&mut tokens);

    let mut cursor = Cursor::new(sql);
    let mut out = Split::default();
    // (start, end) of the significant tokens of the statement being read, and the index of
    // its first token.
    let mut current: Option<(Location, Location)> = None;
    let mut first = 0;
    for (i, t) in tokens.iter().enumerate() {
        match &t.token {
            Token::Whitespace(_) | Token::EOF => {}
            Token::SemiColon => {
                if let Some((start, end)) = current.take() {
                    let df_only = datafusion_only(&tokens[first..i]);
                    out.statements.push(cursor.statement(start, end, df_only));
                }
            }
            _ => {
                current = Some(match current {
                    None => {
                        first = i;
                        (t.span.start, t.span.end)
                    }
                    Some((start, _)) => (start, t.span.end),
                });
            }
        }
    }

    match result {
        Ok(()) => {
            if let Some((start, end)) = current {
                let df_only = datafusion_only(&tokens[first..]);
                out.statements.push(cursor.statement(start, end, df_only));
            }
        }
        Err(TokenizerError { message, location }) => {
            // The failing token starts after the last one read; the statement it belongs to
            // starts at `current`'s start, or at the first non-blank character after the last
            // complete statement.
            let from = match current {
                Some((start, _)) => cursor.offset(start),
                None => {
                    let after = tokens
                        .last()
                        .map(|t| cursor.offset(t.span.end))
                        .unwrap_or(0);
                    after + (sql[after..].len() - sql[after..].trim_start().len())
                }
            };
            out.unreadable = Some(Unreadable {
                text: sql[from..].trim_end().to_string(),
                line: line_of(sql, from),
                error_line: (location.line as usize).max(1),
                message,
            });
        }
    }
    out
}

/// Whether the tokens of one statement make one of DataFusion's own statements (see
/// [`Statement::datafusion_only`]).
fn datafusion_only(tokens: &[TokenWithSpan]) -> bool {
    let words: Vec<&Token> = tokens
        .iter()
        .map(|t| &t.token)
        .filter(|t| !matches!(t, Token::Whitespace(_) | Token::EOF))
        .collect();
    let kw = |i: usize| match words.get(i) {
        Some(Token::Word(w)) => w.keyword,
        _ => Keyword::NoKeyword,
    };
    match kw(0) {
        Keyword::CREATE => {
            let mut i = 1;
            if kw(i) == Keyword::OR && kw(i + 1) == Keyword::REPLACE {
                i += 2;
            }
            if kw(i) == Keyword::UNBOUNDED {
                i += 1;
            }
            kw(i) == Keyword::EXTERNAL
        }
        Keyword::RESET => true,
        Keyword::COPY => {
            // COPY ... TO 'file' (DataFusion) versus COPY ... TO STDOUT (PostgreSQL).
            let to = words
                .iter()
                .rposition(|t| matches!(t, Token::Word(w) if w.keyword == Keyword::TO));
            matches!(
                to.and_then(|i| words.get(i + 1)),
                Some(Token::SingleQuotedString(_))
            )
        }
        _ => false,
    }
}

/// The statements of `sql`, or the whole of it as one statement when the tokenizer rejects any
/// part: the server's mode, which answers a query string it cannot split with the parser's one
/// error rather than running the statements before the unreadable part.
pub fn split_or_whole(sql: &str, dialect: &dyn Dialect) -> Vec<Statement> {
    let split = split(sql, dialect);
    if split.unreadable.is_none() {
        return split.statements;
    }
    vec![Statement {
        text: sql.to_owned(),
        line: 1,
        column: 1,
        datafusion_only: false,
    }]
}

/// Parse `sql`, which must hold exactly one statement (as [`split`] returns them), with
/// DataFusion's parser, which also knows DataFusion's own statements.
pub fn parse_one(sql: &str, dialect: &dyn Dialect) -> Result<DFStatement> {
    let mut statements = DFParser::parse_sql_with_dialect(sql, dialect)?;
    match (statements.pop_front(), statements.is_empty()) {
        (Some(s), true) => Ok(s),
        _ => plan_err!("expected exactly one statement"),
    }
}

/// True when `sql` holds at least one statement and its last statement is closed by `;` (what
/// the shell waits for before running input). Unterminated strings or comments are incomplete.
pub fn is_complete(sql: &str, dialect: &dyn Dialect) -> bool {
    let Ok(tokens) = Tokenizer::new(dialect, sql).with_unescape(false).tokenize() else {
        return false;
    };
    let mut last = None;
    for t in tokens {
        if !matches!(t, Token::Whitespace(_) | Token::EOF) {
            last = Some(t);
        }
    }
    matches!(last, Some(Token::SemiColon))
}

/// 1-based line of byte `offset` in `text`.
fn line_of(text: &str, offset: usize) -> usize {
    1 + text.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

/// Turns the tokenizer's (line, column) positions, which only move forward, into byte offsets in
/// one pass over the text.
struct Cursor<'a> {
    text: &'a str,
    line: u64,
    column: u64,
    offset: usize,
}

impl<'a> Cursor<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            line: 1,
            column: 1,
            offset: 0,
        }
    }

    /// Byte offset of `loc`. Positions must not go backwards (except to re-read the same one).
    fn offset(&mut self, loc: Location) -> usize {
        if (loc.line, loc.column) < (self.line, self.column) {
            // Restart from the top: only happens for the error path, once.
            *self = Cursor::new(self.text);
        }
        let mut chars = self.text[self.offset..].chars();
        while (self.line, self.column) < (loc.line, loc.column) {
            let Some(c) = chars.next() else { break };
            self.offset += c.len_utf8();
            if c == '\n' {
                self.line += 1;
                self.column = 1;
            } else {
                self.column += 1;
            }
        }
        self.offset
    }

    fn statement(&mut self, start: Location, end: Location, datafusion_only: bool) -> Statement {
        let from = self.offset(start);
        let to = self.offset(end);
        Statement {
            text: self.text[from..to].to_string(),
            line: start.line as usize,
            column: start.column as usize,
            datafusion_only,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use datafusion::sql::sqlparser::dialect::{GenericDialect, PostgreSqlDialect};

    fn texts(sql: &str) -> Vec<(usize, String)> {
        let s = split(sql, &GenericDialect {});
        assert_eq!(s.unreadable, None, "{sql}");
        s.statements.into_iter().map(|s| (s.line, s.text)).collect()
    }

    #[test]
    fn splits_on_semicolons_and_tracks_lines() {
        assert_eq!(
            texts("SELECT 1;\n\n  SELECT\n 2 ;SELECT 3"),
            vec![
                (1, "SELECT 1".into()),
                (3, "SELECT\n 2".into()),
                (4, "SELECT 3".into())
            ]
        );
    }

    #[test]
    fn statements_know_their_start_column() {
        let s = split("SELECT 1; SELECT 2;\n  SELECT 3", &GenericDialect {});
        let at: Vec<(usize, usize)> = s.statements.iter().map(|s| (s.line, s.column)).collect();
        assert_eq!(at, vec![(1, 1), (1, 11), (2, 3)]);
    }

    #[test]
    fn semicolons_in_strings_identifiers_comments_and_dollar_quotes_do_not_split() {
        let sql = "-- first; comment\nSELECT 'a;b', \"c;d\" /* e; f */ FROM t;\n\
                   SELECT $$ g; h $$, $tag$ i; $tag$ -- j; k\n;";
        assert_eq!(
            texts(sql),
            vec![
                (2, "SELECT 'a;b', \"c;d\" /* e; f */ FROM t".into()),
                (3, "SELECT $$ g; h $$, $tag$ i; $tag$".into()),
            ]
        );
    }

    #[test]
    fn empty_statements_and_comment_only_text_are_skipped() {
        assert_eq!(texts(";;  -- nothing\n/* at all */ ;"), vec![]);
        assert_eq!(texts(""), vec![]);
    }

    #[test]
    fn non_ascii_text_keeps_offsets_right() {
        assert_eq!(
            texts("SELECT 'héllo ☃';\nSELECT 'ß'"),
            vec![(1, "SELECT 'héllo ☃'".into()), (2, "SELECT 'ß'".into())]
        );
    }

    #[test]
    fn an_unterminated_string_keeps_the_statements_before_it() {
        let s = split(
            "SELECT 1;\nSELECT 2;\n\nSELECT 'oops;\nFROM t;",
            &GenericDialect {},
        );
        assert_eq!(s.statements.len(), 2);
        let u = s.unreadable.expect("unreadable tail");
        assert_eq!(u.line, 4);
        assert!(u.text.starts_with("SELECT 'oops;"), "{u:?}");
        assert!(u.message.contains("Unterminated"), "{u:?}");
    }

    #[test]
    fn completeness_for_the_shell() {
        let d = GenericDialect {};
        assert!(is_complete("SELECT 1;", &d));
        assert!(is_complete("SELECT 1;  -- done", &d));
        assert!(!is_complete("SELECT 1", &d));
        assert!(!is_complete("SELECT ';", &d));
        assert!(!is_complete("SELECT 1; /* open", &d));
        assert!(!is_complete("", &d));
    }

    #[test]
    fn splits_at_top_level_semicolons_and_spots_datafusion_statements() {
        let p = split(
            "CREATE EXTERNAL TABLE t STORED AS CSV LOCATION 'a;b.csv' OPTIONS ('format.has_header' 'true'); \
             SELECT ';' -- x;\n; COPY (SELECT 1) TO STDOUT; COPY t TO '/tmp/x.parquet'; ;",
            &PostgreSqlDialect {},
        )
        .statements;
        let flags: Vec<bool> = p.iter().map(|p| p.datafusion_only).collect();
        assert_eq!(flags, vec![true, false, false, true]);
        assert!(p[0].text.contains("'a;b.csv'"), "{}", p[0].text);
        assert!(
            p[0].text.contains("OPTIONS ('format.has_header' 'true')"),
            "{}",
            p[0].text
        );
        assert_eq!(split("SELECT 1", &PostgreSqlDialect {}).statements.len(), 1);
        let create = "CREATE OR REPLACE UNBOUNDED EXTERNAL TABLE t STORED AS CSV LOCATION 'x'";
        assert!(split(create, &PostgreSqlDialect {}).statements[0].datafusion_only);
    }

    #[test]
    fn parse_one_takes_exactly_one_statement() {
        let d = GenericDialect {};
        assert!(matches!(
            parse_one("COPY t TO '/tmp/x.csv'", &d),
            Ok(DFStatement::CopyTo(_))
        ));
        assert!(parse_one("SELECT 1; SELECT 2", &d).is_err());
        assert!(parse_one("SELEC 1", &d).is_err());
    }

    #[test]
    fn split_or_whole_keeps_an_unreadable_string_whole() {
        let d = datafusion::sql::sqlparser::dialect::PostgreSqlDialect {};
        let p = split_or_whole("SELECT 1; SELECT 'open", &d);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].text, "SELECT 1; SELECT 'open");
        assert!(!p[0].datafusion_only);
        assert_eq!(split_or_whole("SELECT 1; RESET x", &d).len(), 2);
    }
}
