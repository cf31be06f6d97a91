//! privsql's integration tests: one binary, one module per front end.

<<<<<<< HEAD
mod sample;
=======
mod cli;
mod docs;
mod util;
>>>>>>> main
