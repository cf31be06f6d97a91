
mod server;
mod server_util;
