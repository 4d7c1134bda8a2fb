//! What the load generators share: starting the release server and reading its memory.

use std::process::Stdio;

use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::Child;

/// A `/proc/{pid}/status` field in KB (`VmRSS:`, `VmHWM:`); 0 when unreadable.
pub fn rss_kb(pid: u32, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

/// Starts `ponte serve` with `args` on a free port: the child (killed when dropped),
/// its pid and the address it printed. Its later output is read and dropped.
pub async fn start_server(bin: &str, args: &[&std::ffi::OsStr]) -> (Child, u32, String) {
    let mut server = tokio::process::Command::new(bin)
        .args(["serve", "--addr", "127.0.0.1:0"])
        .args(args)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap_or_else(|e| {
            panic!("cannot start {bin}: {e} (build it with cargo build --release)")
        });
    let pid = server.id().expect("server pid");
    let mut lines = BufReader::new(server.stdout.take().expect("stdout")).lines();
    let first = lines
        .next_line()
        .await
        .ok()
        .flatten()
        .expect("listening line");
    let addr = first
        .strip_prefix("ponte listening on http://")
        .and_then(|r| r.split_whitespace().next())
        .expect("address")
        .to_owned();
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    (server, pid, addr)
}
