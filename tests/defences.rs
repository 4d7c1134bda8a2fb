//! What an unlucky operator or an attacker does to the running binary: slow clients
//! holding connections, a disk that fills up, a start with the wrong keys or a
//! truncated database, files others can read.

mod support;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use support::{Server, get, post_json, uuid};

fn registration(n: u32) -> serde_json::Value {
    support::registration(n, 0xD000 + u128::from(n))
}

/// `ponte serve` that is expected to refuse to start: its exit code and log.
fn refused_start(data: &Path, env: &[(&str, &str)]) -> (i32, String) {
    let mut command = Server::command(data, "127.0.0.1:0", &[]);
    for (k, v) in env {
        command.env(k, v);
    }
    let out = command.output().expect("run ponte serve");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// 1,100 connections that never finish their headers, under the usual limit of 1,024
/// open files: /healthz still answers, and the server closes them after its header
/// timeout. None of it is logged as an error.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_clients_cannot_starve_the_server() {
    // This process holds the 1,100 ends too.
    let _ = rlimit::increase_nofile_limit(4096);
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let server = Server::start_limited(&data, "ulimit -S -n 1024", &["--header-timeout", "2"]);
    let addr = server.addr;

    let held = tokio::task::spawn_blocking(move || {
        (0..1_100)
            .filter_map(|_| {
                let mut s = TcpStream::connect(addr).ok()?;
                s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n").ok()?;
                Some(s)
            })
            .collect::<Vec<_>>()
    })
    .await
    .unwrap();
    assert!(
        held.len() >= 1_000,
        "only {} connections opened",
        held.len()
    );

    let asked = Instant::now();
    let health = tokio::time::timeout(Duration::from_secs(10), get(&server.url("/healthz"), &[]))
        .await
        .expect("/healthz answers while 1,100 slow clients hold connections");
    assert_eq!(health.status, 200);
    println!(
        "/healthz answered in {:?} with {} slow connections held",
        asked.elapsed(),
        held.len()
    );
    assert!(asked.elapsed() < Duration::from_secs(2));

    // After the header timeout (2 s) the server has closed them.
    let closed = tokio::task::spawn_blocking(move || {
        std::thread::sleep(Duration::from_secs(3));
        held.into_iter()
            .filter(|s| {
                let mut s = s;
                let _ = s.set_read_timeout(Some(Duration::from_secs(2)));
                let mut buf = [0u8; 256];
                matches!(s.read(&mut buf), Ok(0) | Err(_)) || buf.starts_with(b"HTTP/1.1 408")
            })
            .count()
    })
    .await
    .unwrap();
    assert!(
        closed >= 1_000,
        "only {closed} slow connections were closed"
    );
    let errors: Vec<String> = server
        .log()
        .into_iter()
        .filter(|l| l.contains("ERROR"))
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

/// A disk that fills up: the failed write is a 503 with Retry-After (the phone keeps
/// it), /healthz says so, and the server stops for its supervisor instead of failing
/// every write while looking alive. Started again with room, every acknowledged
/// sign-up is there and writes go on. The full disk is made with a file-size limit
/// (RLIMIT_FSIZE): the write fails as on a full disk, with EFBIG instead of ENOSPC.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_is_said_and_survived() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let server = Server::start(&data, &["--demo"]);
    let r = post_json(&server.url("/api/v1/registrations"), &registration(0)).await;
    assert_eq!(r.status, 201, "{}", r.text());
    server.stop();
    let size = std::fs::metadata(data.join("ponte.redb")).unwrap().len();

    // A little room left (in 512-byte blocks, as dash's ulimit -f counts).
    let blocks = size / 512 + 64;
    let mut server = Server::start_limited(&data, &format!("ulimit -S -f {blocks}"), &[]);
    let mut acknowledged = Vec::new();
    let mut failed = None;
    for n in 1..39u32 {
        match support::try_post_json(&server.url("/api/v1/registrations"), &registration(n)).await {
            Some(r) if r.status == 201 => {
                acknowledged.push(r.json()["pass"].as_str().unwrap().to_owned())
            }
            Some(r) => {
                failed = Some(r);
                break;
            }
            None => panic!("the server went away without answering"),
        }
    }
    let failed = failed.expect("the disk filled up");
    assert_eq!(failed.status, 503, "{}", failed.text());
    assert!(failed.header("retry-after").is_some());
    assert_eq!(failed.json()["error"]["code"], "unavailable");
    let exit = server
        .exited_within(Duration::from_secs(10))
        .expect("the server stops for its supervisor");
    assert_ne!(exit, 0);
    assert!(
        server.log().iter().any(|l| l.contains("disk")),
        "{:?}",
        server.log()
    );
    drop(server);

    // Room again: everything acknowledged is there, and writes go on.
    let server = Server::start(&data, &[]);
    let health = get(&server.url("/healthz"), &[]).await;
    assert_eq!(health.status, 200);
    for (n, pass) in acknowledged.iter().enumerate() {
        let r = post_json(
            &server.url("/api/v1/checkins"),
            &serde_json::json!({"submission_id": uuid(0xE000 + n as u128), "pass": pass, "centre": "TOS-001"}),
        )
        .await;
        assert_eq!(r.status, 201, "acknowledged sign-up {n}: {}", r.text());
    }
    println!(
        "{} sign-ups acknowledged before the disk filled; all found after the restart",
        acknowledged.len()
    );
    let r = post_json(&server.url("/api/v1/registrations"), &registration(39)).await;
    assert_eq!(r.status, 201, "{}", r.text());
}

/// A start that would silently diverge is refused with a message that says what to
/// do: a truncated database, a lost key file, another valid key file, half the keys
/// in the environment. The data dir and its files are private to the server's user.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_start_that_would_diverge_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let server = Server::start(&data, &["--demo"]);
    let r = post_json(&server.url("/api/v1/registrations"), &registration(0)).await;
    assert_eq!(r.status, 201, "{}", r.text());
    server.stop();
    let db = data.join("ponte.redb");
    let keys = data.join("ponte.keys");
    #[cfg(unix)]
    {
        assert_eq!(mode(&data), 0o700);
        assert_eq!(mode(&db), 0o600);
        assert_eq!(mode(&keys), 0o600);
    }
    let saved_db = std::fs::read(&db).unwrap();
    let saved_keys = std::fs::read(&keys).unwrap();

    // Half the keys in the environment.
    let (code, log) = refused_start(&data, &[("PONTE_SEALING_KEY", &"ab".repeat(32))]);
    assert_ne!(code, 0);
    assert!(log.contains("PONTE_LOOKUP_KEY is not"), "{log}");

    // Another valid key file.
    std::fs::write(
        &keys,
        format!("sealing={}\nlookup={}\n", "11".repeat(32), "22".repeat(32)),
    )
    .unwrap();
    let (code, log) = refused_start(&data, &[]);
    assert_ne!(code, 0);
    assert!(
        log.contains("not the ones the database was written with"),
        "{log}"
    );

    // No key file at all.
    std::fs::remove_file(&keys).unwrap();
    let (code, log) = refused_start(&data, &[]);
    assert_ne!(code, 0);
    assert!(log.contains("is missing"), "{log}");
    assert!(!keys.exists(), "no new keys were made over the old records");

    // A database truncated to nothing, beside its keys.
    std::fs::write(&keys, &saved_keys).unwrap();
    std::fs::write(&db, b"").unwrap();
    let (code, log) = refused_start(&data, &[]);
    assert_ne!(code, 0);
    assert!(log.contains("empty (0 bytes)"), "{log}");
    // ... or gone.
    std::fs::remove_file(&db).unwrap();
    let (code, log) = refused_start(&data, &[]);
    assert_ne!(code, 0);
    assert!(
        log.contains("is missing but its key file is there"),
        "{log}"
    );
    assert!(!db.exists(), "no empty database was made in its place");

    // Put back, it starts; a key file others can read is warned about.
    std::fs::write(&db, &saved_db).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&keys, std::fs::Permissions::from_mode(0o644)).unwrap();
        std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let server = Server::start(&data, &[]);
    let r = post_json(&server.url("/api/v1/registrations"), &registration(0)).await;
    assert_eq!(
        r.status,
        201,
        "the retry finds the first sign-up: {}",
        r.text()
    );
    #[cfg(unix)]
    {
        assert_eq!(mode(&data), 0o700, "made private again");
        assert_eq!(mode(&db), 0o600, "made private again");
    }
    assert!(
        server
            .log()
            .iter()
            .any(|l| l.contains("can be read by other users")),
        "{:?}",
        server.log()
    );
}

/// A data dir on a read-only mount: a clear error at start, both for a first start and
/// for a database already there. The read-only mount is made in a user namespace
/// (`unshare -rm`); on a machine that does not allow one the test says so and checks
/// nothing else.
#[test]
fn a_read_only_data_dir_is_a_clear_error_at_start() {
    let namespaces = Command::new("unshare")
        .args(["-rm", "true"])
        .status()
        .is_ok_and(|s| s.success());
    if !namespaces {
        println!("no user namespaces here (unshare -rm): the read-only mount is not drilled");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let mount = tmp.path().join("mnt");
    std::fs::create_dir_all(&mount).unwrap();
    let ponte = env!("CARGO_BIN_EXE_ponte");
    // Empty and read-only; then with a database made before it became read-only.
    for prepare in [
        "mount -t tmpfs -o ro tmpfs \"$1\"",
        "mount -t tmpfs tmpfs \"$1\" && \"$2\" centres export --data-dir \"$1/data\" >/dev/null && mount -o remount,ro \"$1\"",
    ] {
        let out = Command::new("unshare")
            .args(["-rm", "sh", "-c"])
            .arg(format!(
                "{prepare} && exec \"$2\" serve --addr 127.0.0.1:0 --data-dir \"$1/data\" --dist-dir /nonexistent"
            ))
            .arg("sh")
            .arg(&mount)
            .arg(ponte)
            .output()
            .unwrap();
        let log = String::from_utf8_lossy(&out.stderr);
        assert_ne!(out.status.code(), Some(0), "{log}");
        assert!(log.contains("cannot be written"), "{prepare}: {log}");
        assert!(log.contains("mount it read-write"), "{log}");
    }
}
