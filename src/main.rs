//! The `privsql` binary.
fn main() {}
