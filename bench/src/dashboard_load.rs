//! The region's reads against a data dir of national size (`ponte demo generate`):
//! starts the release server on it with its default memory settings, signs in as a
//! region, asks each dashboard question many times one after the other, and prints
//! p50/p95/max of each and the server's memory (the peak sampled and the kernel's
//! high-water mark). Then, with the server stopped, exports months of the national
//! upload file from the command line until a million rows are written, and prints the
//! time.
//!
//! `dashboard-load PONTE_BIN DATA_DIR [--requests 200] [--rows 1000000]`

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use ponte_bench::{rss_kb, start_server};

type HttpClient = Client<HttpConnector, Full<Bytes>>;

const EMAIL: &str = "bench-region@ponte.example";
const PASSWORD: &str = "a bench password, long enough";

/// Runs `ponte` with `args`, `stdin` written to it: (exit code, stdout).
fn ponte(bin: &str, args: &[&str], stdin: &str) -> (i32, String) {
    let mut child = Command::new(bin)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {bin}: {e}"));
    let _ = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes());
    let out = child.wait_with_output().expect("ponte ran");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

async fn request(
    client: &HttpClient,
    method: &str,
    url: &str,
    cookie: &str,
    origin: &str,
    body: Option<String>,
) -> (u16, Vec<u8>, Option<String>) {
    let mut req = hyper::Request::builder()
        .method(method)
        .uri(url)
        .header("origin", origin);
    if !cookie.is_empty() {
        req = req.header("cookie", cookie);
    }
    let body = match body {
        Some(b) => {
            req = req.header("content-type", "application/json");
            Bytes::from(b)
        }
        None => Bytes::new(),
    };
    let res = client
        .request(req.body(Full::new(body)).expect("request"))
        .await
        .expect("server answers");
    let status = res.status().as_u16();
    let set_cookie = res
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or("").to_owned());
    let body = res
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes()
        .to_vec();
    (status, body, set_cookie)
}

fn ms(d: std::time::Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

#[tokio::main]
async fn main() {
    let mut positional = Vec::new();
    let (mut requests, mut rows_goal) = (200usize, 1_000_000u64);
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut num = || -> u64 {
            it.next()
                .and_then(|v| v.parse().ok())
                .expect("a number after the flag")
        };
        match a.as_str() {
            "--requests" => requests = num() as usize,
            "--rows" => rows_goal = num(),
            _ => positional.push(a),
        }
    }
    let [bin, data] = positional.as_slice() else {
        panic!("dashboard-load PONTE_BIN DATA_DIR [--requests N] [--rows N]");
    };

    // It makes an account and national files (which mark months as reported): only
    // ever on made-up data, which `ponte demo generate` marks (`seed::national::MARKER`).
    assert!(
        std::path::Path::new(data)
            .join("ponte-demo-generated")
            .exists(),
        "{data} was not made by `ponte demo generate`: the benchmark runs only on made-up data"
    );
    // A region account for Lombardia (again with a new password, if it exists).
    let (code, _) = ponte(
        bin,
        &[
            "users",
            "add",
            EMAIL,
            "--role",
            "region",
            "--programme",
            "lombardia",
            "--data-dir",
            data,
        ],
        &format!("{PASSWORD}\n"),
    );
    if code != 0 {
        let (code, _) = ponte(
            bin,
            &["users", "set-password", EMAIL, "--data-dir", data],
            &format!("{PASSWORD}\n"),
        );
        assert_eq!(code, 0, "could not set the bench account's password");
    }

    let (server, pid, addr) = start_server(bin, &["--data-dir".as_ref(), data.as_ref()]).await;
    let origin = format!("http://{addr}");
    let client: HttpClient = Client::builder(TokioExecutor::new()).build(HttpConnector::new());
    let (status, body, cookie) = request(
        &client,
        "POST",
        &format!("{origin}/api/v1/session"),
        "",
        &origin,
        Some(serde_json::json!({"email": EMAIL, "password": PASSWORD}).to_string()),
    )
    .await;
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let cookie = cookie.expect("a session cookie");
    println!(
        "server on {data}: RSS at start {} MB",
        rss_kb(pid, "VmRSS:") / 1024
    );

    let base = "/api/v1/programmes/lombardia";
    let questions = [
        (
            "programme, every month of the programme (34)",
            format!("{base}/dashboard?from=2023-03-06&to=2025-12-31&by=month"),
        ),
        (
            "programme, a year by week",
            format!("{base}/dashboard?from=2025-01-01&to=2025-12-31&by=week"),
        ),
        (
            "programme, 90 days by day",
            format!("{base}/dashboard?from=2025-10-03&to=2025-12-31&by=day"),
        ),
        (
            "programme, 45 days across two months by day",
            format!("{base}/dashboard?from=2025-10-20&to=2025-12-03&by=day"),
        ),
        (
            "province MI (its centres below), a year by month",
            format!("{base}/dashboard?province=MI&from=2025-01-01&to=2025-12-31&by=month"),
        ),
        (
            "one centre, 30 days by day",
            format!("{base}/dashboard?centre=LOM-001&from=2025-12-02&to=2025-12-31&by=day"),
        ),
        ("progress against targets", format!("{base}/progress")),
        (
            "what the month's national file holds",
            format!("{base}/national?month=2025-11"),
        ),
    ];
    let mut peak = 0;
    println!(
        "{:<52} {:>9} {:>9} {:>9}",
        "question (one at a time)", "p50 ms", "p95 ms", "max ms"
    );
    for (name, path) in &questions {
        let url = format!("{origin}{path}");
        let mut times = Vec::with_capacity(requests);
        for _ in 0..requests {
            let t = Instant::now();
            let (status, body, _) = request(&client, "GET", &url, &cookie, &origin, None).await;
            times.push(t.elapsed());
            assert_eq!(status, 200, "{path}: {}", String::from_utf8_lossy(&body));
            peak = peak.max(rss_kb(pid, "VmRSS:"));
        }
        times.sort();
        println!(
            "{:<52} {:>9.2} {:>9.2} {:>9.2}",
            name,
            ms(times[times.len() / 2]),
            ms(times[times.len() * 95 / 100]),
            ms(*times.last().expect("times"))
        );
    }
    println!(
        "server memory while answering: RSS peak sampled {} MB, high-water mark {} MB",
        peak / 1024,
        rss_kb(pid, "VmHWM:") / 1024
    );
    // What the summary says of a month, to hold against the file itself below.
    let (_, body, _) = request(
        &client,
        "GET",
        &format!("{origin}{base}/national?month=2025-11"),
        &cookie,
        &origin,
        None,
    )
    .await;
    let said: serde_json::Value = serde_json::from_slice(&body).expect("the summary is JSON");
    let said_rows = said["rows"].as_u64().expect("rows");
    let said_files = said["parts"].as_array().map_or(0, Vec::len) as u64;
    drop(server);
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;

    let out = tempfile::tempdir().expect("temp dir");
    let (rows, files) = export(bin, data, "lombardia", "2025-11", &out.path().join("check"));
    assert_eq!(
        (rows, files),
        (said_rows, said_files),
        "the summary (from the counters) and the file disagree"
    );
    println!("the summary of 2025-11 is the file: {rows} rows in {files} files");

    // The national file, month after month, until a million rows are written.
    let started = Instant::now();
    let (mut rows, mut files) = (0u64, 0u64);
    'months: for year in 2023..=2025 {
        for month in 1..=12 {
            for programme in ["lombardia", "toscana"] {
                let m = format!("{year:04}-{month:02}");
                let dir = out.path().join(format!("{programme}-{m}"));
                let (made, parts) = export(bin, data, programme, &m, &dir);
                rows += made;
                files += parts;
                if rows >= rows_goal {
                    break 'months;
                }
            }
        }
    }
    println!(
        "national file: {rows} rows in {files} files (each month a run of `ponte export national`) in {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

/// Runs `ponte export national` for `programme`'s `month` into `dir`: the rows it says
/// it wrote, and the CSV files it left.
fn export(bin: &str, data: &str, programme: &str, month: &str, dir: &Path) -> (u64, u64) {
    let (code, printed) = ponte(
        bin,
        &[
            "export",
            "national",
            "--programme",
            programme,
            "--month",
            month,
            "--out",
            dir.to_str().expect("utf-8 path"),
            "--data-dir",
            data,
        ],
        "",
    );
    assert_eq!(code, 0, "export {programme} {month}");
    // The last line: "N services, M rows; left out …".
    let rows: u64 = printed
        .lines()
        .find_map(|l| l.split_once(" rows;"))
        .and_then(|(head, _)| head.rsplit(' ').next())
        .and_then(|n| n.parse().ok())
        .expect("the export says how many rows it wrote");
    let files = std::fs::read_dir(dir).map_or(0, |d| {
        d.filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.file_name().to_string_lossy().ends_with(".csv"))
        })
        .count() as u64
    });
    (rows, files)
}
