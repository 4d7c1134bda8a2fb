//! The running server's local control socket, `DATA_DIR/ponte.sock` (mode 0600): how
//! `ponte backup` asks a serving Ponte for a consistent copy. The database has one
//! writer and is locked while served, so a command cannot open it itself; the socket's
//! file mode is its authentication (whoever may read the data dir may ask).
//!
//! One line in (`backup /absolute/path`), one JSON line out.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};

use crate::store::{BackupSummary, Store};

pub const SOCKET_FILE: &str = "ponte.sock";

/// The answer to a command.
#[derive(Debug, Serialize, Deserialize)]
pub struct Answer {
    pub ok: bool,
    #[serde(default)]
    pub error: Option<String>,
    #[serde(default)]
    pub tables: usize,
    #[serde(default)]
    pub rows: u64,
    #[serde(default)]
    pub bytes: u64,
}

impl From<Result<BackupSummary, String>> for Answer {
    fn from(r: Result<BackupSummary, String>) -> Answer {
        match r {
            Ok(s) => Answer {
                ok: true,
                error: None,
                tables: s.tables,
                rows: s.rows,
                bytes: s.bytes,
            },
            Err(e) => Answer {
                ok: false,
                error: Some(e),
                tables: 0,
                rows: 0,
                bytes: 0,
            },
        }
    }
}

/// Listens on the data dir's socket until the process ends.
#[cfg(unix)]
pub fn listen(data_dir: &Path, store: Arc<Store>) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let path = data_dir.join(SOCKET_FILE);
    // A socket left by a server that was killed.
    let _ = std::fs::remove_file(&path);
    let listener = tokio::net::UnixListener::bind(&path)?;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let store = store.clone();
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut line = String::new();
                let mut reader = BufReader::new(read.take(4096));
                if reader.read_line(&mut line).await.is_err() {
                    return;
                }
                let answer = answer(line.trim(), store).await;
                let mut out = serde_json::to_vec(&answer).unwrap_or_default();
                out.push(b'\n');
                let _ = write.write_all(&out).await;
            });
        }
    });
    Ok(())
}

async fn answer(command: &str, store: Arc<Store>) -> Answer {
    let Some(out) = command.strip_prefix("backup ").map(PathBuf::from) else {
        return Err(format!(
            "unknown command '{}'",
            command.chars().take(40).collect::<String>()
        ))
        .into();
    };
    if !out.is_absolute() {
        return Err("give the backup's path in full".to_owned()).into();
    }
    let done = tokio::task::spawn_blocking(move || store.backup_to(&out))
        .await
        .map_err(|e| e.to_string())
        .and_then(|r| r.map_err(|e| e.to_string()));
    match &done {
        Ok(s) => log::info!(
            "backup made: {} tables, {} rows, {} bytes",
            s.tables,
            s.rows,
            s.bytes
        ),
        Err(e) => log::warn!("backup failed: {e}"),
    }
    done.into()
}

/// Asks the server serving `data_dir` for a backup to `out`; `None` if no server
/// answers there (then the caller may open the database itself).
#[cfg(unix)]
pub fn ask_backup(data_dir: &Path, out: &Path) -> Option<std::io::Result<Answer>> {
    use std::io::{BufRead, Write};
    let stream = std::os::unix::net::UnixStream::connect(data_dir.join(SOCKET_FILE)).ok()?;
    let run = || -> std::io::Result<Answer> {
        let mut stream = stream;
        writeln!(stream, "backup {}", out.display())?;
        let mut line = String::new();
        std::io::BufReader::new(&stream).read_line(&mut line)?;
        serde_json::from_str(&line).map_err(std::io::Error::other)
    };
    Some(run())
}
