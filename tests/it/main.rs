//! privsql's integration tests: one binary, one module per front end.

mod cli;
mod docs;
mod quality;
mod sample;
mod util;
