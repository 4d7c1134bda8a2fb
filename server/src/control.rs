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

use crate::secrets::Secrets;
use crate::store::{BackupSummary, Store};

pub const SOCKET_FILE: &str = "ponte.sock";

/// The answer to a command: whether it worked, and what to tell the operator.
#[derive(Debug, Serialize, Deserialize)]
pub struct Answer {
    pub ok: bool,
    pub message: String,
}

impl Answer {
    fn from(result: Result<String, String>) -> Answer {
        match result {
            Ok(message) => Answer { ok: true, message },
            Err(message) => Answer { ok: false, message },
        }
    }
}

/// Listens on the data dir's socket until the process ends.
#[cfg(unix)]
pub fn listen(data_dir: &Path, store: Arc<Store>, secrets: Arc<Secrets>) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let path = data_dir.join(SOCKET_FILE);
    // A socket left by a server that was killed.
    let _ = std::fs::remove_file(&path);
    let listener = tokio::net::UnixListener::bind(&path)?;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let (store, secrets) = (store.clone(), secrets.clone());
            tokio::spawn(async move {
                let (read, mut write) = stream.into_split();
                let mut line = String::new();
                let mut reader = BufReader::new(read.take(4096));
                if reader.read_line(&mut line).await.is_err() {
                    return;
                }
                let answer = Answer::from(answer(line.trim(), store, secrets).await);
                let mut out = serde_json::to_vec(&answer).unwrap_or_default();
                out.push(b'\n');
                let _ = write.write_all(&out).await;
            });
        }
    });
    Ok(())
}

async fn answer(command: &str, store: Arc<Store>, secrets: Arc<Secrets>) -> Result<String, String> {
    let run = |work: Box<dyn FnOnce() -> Result<String, String> + Send>| async move {
        tokio::task::spawn_blocking(work)
            .await
            .map_err(|e| e.to_string())
            .and_then(|r| r)
    };
    let done = if let Some(out) = command.strip_prefix("backup ").map(PathBuf::from) {
        if !out.is_absolute() {
            return Err("give the backup's path in full".to_owned());
        }
        run(Box::new(move || {
            store
                .backup_to(&out)
                .map(|s| backup_message(&out, &s))
                .map_err(|e| e.to_string())
        }))
        .await
    } else if command == "apply-retention" {
        run(Box::new(move || {
            store
                .apply_retention(&secrets, crate::http::now())
                .map(retention_message)
                .map_err(|e| e.to_string())
        }))
        .await
    } else if command == "rotate-keys" {
        run(Box::new(move || {
            crate::secrets::rotate(&store, &secrets)
                .map(|r| rotation_message(&r))
                .map_err(|e| e.to_string())
        }))
        .await
    } else {
        return Err(format!(
            "unknown command '{}'",
            command.chars().take(40).collect::<String>()
        ));
    };
    match &done {
        Ok(m) => log::info!("{m}"),
        Err(e) => log::warn!("{command}: {e}"),
    }
    done
}

pub fn backup_message(out: &Path, s: &BackupSummary) -> String {
    format!(
        "backup written to {}: {} tables, {} rows, {} bytes",
        out.display(),
        s.tables,
        s.rows,
        s.bytes
    )
}

pub fn retention_message(purged: u32) -> String {
    format!("retention applied: the names and contacts of {purged} citizens deleted")
}

pub fn rotation_message(r: &crate::store::Resealed) -> String {
    format!(
        "keys rotated: {} citizens, {} reports and {} kept replies sealed under the new key; \
         the old key no longer opens anything. Copy the new ponte.keys to where its backup is kept",
        r.citizens, r.reports, r.replies
    )
}

/// Sends `command` to the server serving `data_dir`; `None` if no server answers
/// there (then the caller may open the database itself).
#[cfg(unix)]
pub fn ask(data_dir: &Path, command: &str) -> Option<std::io::Result<Answer>> {
    use std::io::{BufRead, Write};
    let stream = std::os::unix::net::UnixStream::connect(data_dir.join(SOCKET_FILE)).ok()?;
    let run = || -> std::io::Result<Answer> {
        let mut stream = stream;
        writeln!(stream, "{command}")?;
        let mut line = String::new();
        std::io::BufReader::new(&stream).read_line(&mut line)?;
        serde_json::from_str(&line).map_err(std::io::Error::other)
    };
    Some(run())
}
