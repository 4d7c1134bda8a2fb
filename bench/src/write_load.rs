//! Durable writes and counter reads against the release server: registers distinct
//! citizens, sends check-ins from many concurrent connections for a while, then skills
//! surveys the same way, then reads the reports built from counters; prints throughput,
//! latency percentiles and the server's memory.
//!
//! Then an event's start: 500 different citizens (or `--event-citizens`) checking in to
//! one event through its poster's token, each once, from 64 connections.
//!
//! `write-load [PONTE_BIN] [--connections 64] [--seconds 30] [--citizens 2000]
//! [--survey-seconds 10] [--event-citizens 500]`

use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use ponte_bench::{rss_kb, start_server};
use ponte_domain::codice_fiscale::complete;
use ponte_domain::submission::SubmissionId;

type HttpClient = Client<HttpConnector, Full<Bytes>>;

struct Args {
    bin: String,
    connections: usize,
    seconds: u64,
    citizens: usize,
    survey_seconds: u64,
    event_citizens: usize,
}

fn args() -> Args {
    let mut a = Args {
        bin: "target/release/ponte".into(),
        connections: 64,
        seconds: 30,
        citizens: 2000,
        survey_seconds: 10,
        event_citizens: 500,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut num = |name: &str| -> u64 {
            it.next()
                .and_then(|v| v.parse().ok())
                .unwrap_or_else(|| panic!("{name} needs a number"))
        };
        match arg.as_str() {
            "--connections" => a.connections = num("--connections") as usize,
            "--seconds" => a.seconds = num("--seconds"),
            "--citizens" => a.citizens = num("--citizens") as usize,
            "--survey-seconds" => a.survey_seconds = num("--survey-seconds"),
            "--event-citizens" => a.event_citizens = num("--event-citizens") as usize,
            other => a.bin = other.to_owned(),
        }
    }
    a
}

async fn post(client: &HttpClient, url: &str, body: Vec<u8>) -> Result<(u16, Vec<u8>), String> {
    let req = hyper::Request::post(url)
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(body)))
        .map_err(|e| e.to_string())?;
    let res = client.request(req).await.map_err(|e| e.to_string())?;
    let status = res.status().as_u16();
    let body = res
        .into_body()
        .collect()
        .await
        .map_err(|e| e.to_string())?
        .to_bytes();
    Ok((status, body.to_vec()))
}

/// A distinct adult codice fiscale for citizen `i`.
fn codice_fiscale(i: usize) -> String {
    // Consonants only, so that `names_for` can give names that match the letters.
    const CONSONANTS: &[u8; 21] = b"BCDFGHJKLMNPQRSTVWXYZ";
    let letters = |mut n: usize| -> String {
        (0..3)
            .map(|_| {
                let c = CONSONANTS[n % 21] as char;
                n /= 21;
                c
            })
            .collect()
    };
    let first15 = format!(
        "{}{}{:02}{}{:02}H501",
        letters(i),
        letters(i / 9_261 + 7),
        40 + i % 50,
        ['A', 'B', 'C', 'D', 'E', 'H', 'L', 'M', 'P', 'R', 'S', 'T'][i % 12],
        1 + i % 28
    );
    complete(&first15).expect("generated codes are well-formed")
}

async fn get(client: &HttpClient, url: &str) -> (u16, Vec<u8>) {
    get_as(client, url, None).await
}

/// GET with a staff session cookie.
async fn get_as(client: &HttpClient, url: &str, cookie: Option<&str>) -> (u16, Vec<u8>) {
    let mut req = hyper::Request::get(url);
    if let Some(c) = cookie {
        req = req.header("cookie", c);
    }
    let req = req.body(Full::new(Bytes::new())).expect("request");
    let res = client.request(req).await.expect("GET");
    let status = res.status().as_u16();
    let body = res.into_body().collect().await.expect("body").to_bytes();
    (status, body.to_vec())
}

/// The `p` quantile of sorted microseconds, in milliseconds.
fn percentile(sorted: &[u32], p: f64) -> f64 {
    sorted
        .get(((sorted.len() as f64 - 1.0) * p) as usize)
        .copied()
        .unwrap_or(0) as f64
        / 1000.0
}

/// What one timed run of writes came to.
struct Run {
    latencies: Vec<u32>,
    errors: u64,
    elapsed: f64,
}

impl Run {
    fn print(&self, what: &str, connections: usize) {
        let l = &self.latencies;
        println!(
            "{what}: {} acknowledged in {:.1} s with {connections} connections = {:.0}/s, {} errors",
            l.len(),
            self.elapsed,
            l.len() as f64 / self.elapsed,
            self.errors
        );
        println!(
            "  latency: p50 {:.2} ms, p90 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
            percentile(l, 0.50),
            percentile(l, 0.90),
            percentile(l, 0.99),
            percentile(l, 1.0)
        );
    }
}

/// Posts `request(connection, k)` (where, what) from `connections` concurrent connections for `seconds`,
/// sampling the server's memory meanwhile; 201 counts as acknowledged (and 200, a
/// check-in answered with the visit already recorded that day).
async fn load(
    client: &HttpClient,
    connections: usize,
    seconds: u64,
    pid: u32,
    peak_rss: &mut u64,
    request: impl Fn(usize, u64) -> (String, serde_json::Value) + Clone + Send + 'static,
) -> Run {
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut tasks = tokio::task::JoinSet::new();
    for c in 0..connections {
        let (client, request) = (client.clone(), request.clone());
        tasks.spawn(async move {
            let mut latencies: Vec<u32> = Vec::new();
            let mut errors = 0u64;
            let mut k = 0u64;
            while Instant::now() < deadline {
                k += 1;
                let (url, body) = request(c, k);
                let json = serde_json::to_vec(&body).unwrap();
                let t = Instant::now();
                match post(&client, &url, json).await {
                    Ok((200 | 201, _)) => latencies.push(t.elapsed().as_micros() as u32),
                    _ => errors += 1,
                }
            }
            (latencies, errors)
        });
    }
    let started = Instant::now();
    let (mut latencies, mut errors) = (Vec::new(), 0);
    while !tasks.is_empty() {
        tokio::select! {
            done = tasks.join_next() => {
                if let Some(Ok((lat, err))) = done {
                    latencies.extend(lat);
                    errors += err;
                }
            }
            _ = tokio::time::sleep(Duration::from_millis(200)) => {
                *peak_rss = (*peak_rss).max(rss_kb(pid, "VmRSS:"));
            }
        }
    }
    latencies.sort_unstable();
    Run {
        latencies,
        errors,
        elapsed: started.elapsed().as_secs_f64(),
    }
}

#[tokio::main]
async fn main() {
    let a = args();
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let (mut server, pid, addr) = start_server(
        &a.bin,
        &["--demo".as_ref(), "--data-dir".as_ref(), data.as_os_str()],
    )
    .await;

    let mut connector = HttpConnector::new();
    connector.set_nodelay(true);
    let client: HttpClient = Client::builder(TokioExecutor::new())
        .pool_max_idle_per_host(a.connections)
        .build(connector);

    // Citizens with distinct passes, registered at the first 50 Toscana centres.
    let reg_url = format!("http://{addr}/api/v1/registrations");
    let mut passes = Vec::with_capacity(a.citizens);
    let started = Instant::now();
    for i in 0..a.citizens {
        let code = codice_fiscale(i);
        let (first, last) = ponte_domain::codice_fiscale::names_for(&code);
        let body = serde_json::json!({
            "submission_id": SubmissionId::from_u128(0xBEEF_0000 + i as u128).to_string(),
            "centre": format!("TOS-{:03}", 1 + i % 50),
            "codice_fiscale": code,
            "first_name": first, "last_name": last, "education": "C", "employment": "A",
            "citizenship": "A", "province": "FI",
            "privacy": {"version": format!("{}.r1", ponte_domain::privacy::NOTICE_TEXT_VERSION), "channel": "phone"}
        });
        let (status, body) = post(&client, &reg_url, serde_json::to_vec(&body).unwrap())
            .await
            .expect("register");
        assert_eq!(status, 201, "{}", String::from_utf8_lossy(&body));
        let v: serde_json::Value = serde_json::from_slice(&body).unwrap();
        passes.push(v["pass"].as_str().unwrap().to_owned());
    }
    println!(
        "registered {} citizens one at a time in {:.1} s",
        a.citizens,
        started.elapsed().as_secs_f64()
    );

    // One visit per citizen, centre and day is counted (and none dated before the
    // sign-up), so the check-ins spread over Toscana's 169 centres: 2,000 citizens make
    // 338,000 distinct visits a day, and almost every check-in is a new visit with its
    // counters rather than an answer with the day's first.
    let url = format!("http://{addr}/api/v1/checkins");
    let checkins = {
        let passes = passes.clone();
        move |c: usize, k: u64| {
            let n = c * 7919 + k as usize;
            serde_json::json!({
                "submission_id": SubmissionId::from_u128(((c as u128) << 64) | u128::from(k)).to_string(),
                "pass": passes[n % passes.len()],
                "centre": format!("TOS-{:03}", 1 + (n / passes.len()) % 169),
            })
        }
    };
    let mut peak_rss = 0;
    let phone = {
        let (url, checkins) = (url.clone(), checkins.clone());
        move |c: usize, k: u64| (url.clone(), checkins(c, k))
    };
    let run = load(&client, a.connections, a.seconds, pid, &mut peak_rss, phone).await;
    run.print("check-ins", a.connections);
    let phone_rate = run.latencies.len() as f64 / run.elapsed;

    // Skills surveys: every answer given; with a pass, so each is an entry or, after
    // the check-ins above, an exit (the phase, the change and the sums are all written).
    let definition: serde_json::Value = serde_json::from_slice(
        &get(&client, &format!("http://{addr}/api/v1/surveys/digcomp"))
            .await
            .1,
    )
    .expect("survey definition");
    let version = definition["version"].as_str().unwrap().to_owned();
    let answers: serde_json::Map<String, serde_json::Value> = definition["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["id"].as_str().unwrap().to_owned(), 1.into()))
        .collect();
    let url = format!("http://{addr}/api/v1/surveys/digcomp/responses");
    let event_passes: Vec<String> = passes.iter().take(a.event_citizens).cloned().collect();
    let passes_all = passes.clone();
    let surveys = move |c: usize, k: u64| {
        serde_json::json!({
            "submission_id": SubmissionId::from_u128((1 << 127) | ((c as u128) << 64) | u128::from(k)).to_string(),
            "version": version,
            "pass": passes[(c * 104_729 + k as usize) % passes.len()],
            "centre": format!("TOS-{:03}", 1 + (c + k as usize) % 50),
            "answers": answers,
        })
    };
    let surveys = move |c: usize, k: u64| (url.clone(), surveys(c, k));
    let run = load(
        &client,
        a.connections,
        a.survey_seconds,
        pid,
        &mut peak_rss,
        surveys,
    )
    .await;
    run.print("skills surveys", a.connections);

    let cookie = sign_in_demo(&client, &addr, dir.path(), "facilitatore@").await;
    event_burst(&client, &addr, &cookie, &event_passes).await;

    // A busy Saturday: eight courses and gazebos taking presences while phones check in
    // at the centres, half and half from 64 connections; the durable rate is the phone
    // path's alone, above.
    let mut events = Vec::new();
    for n in 0..8u128 {
        events.push(make_event(&client, &addr, &cookie, 0xE800 + n).await);
    }
    let mixed = {
        let (addr, passes) = (addr.clone(), passes_all.clone());
        move |c: usize, k: u64| {
            if k.is_multiple_of(2) {
                let (id, token) = &events[(c + k as usize) % events.len()];
                let n = c * 7919 + k as usize;
                (
                    format!("http://{addr}/api/v1/events/{id}/checkins"),
                    serde_json::json!({
                        "submission_id": SubmissionId::from_u128((5 << 125) | ((c as u128) << 64) | u128::from(k)).to_string(),
                        "pass": passes[n % passes.len()], "token": token,
                    }),
                )
            } else {
                (
                    format!("http://{addr}/api/v1/checkins"),
                    checkins(c, k + (1 << 40)),
                )
            }
        }
    };
    let run = load(
        &client,
        a.connections,
        a.seconds / 2,
        pid,
        &mut peak_rss,
        mixed,
    )
    .await;
    run.print("mixed event and phone check-ins (half each)", a.connections);
    println!(
        "  {:.0}/s durable with events in the mix, {:.0}/s for phones alone ({:+.0}%)",
        run.latencies.len() as f64 / run.elapsed,
        phone_rate,
        (run.latencies.len() as f64 / run.elapsed / phone_rate - 1.0) * 100.0
    );

    // Reports, one request at a time, read from counters; the region's progress and
    // the month's national file with the region's session.
    let region = sign_in_demo(&client, &addr, dir.path(), "toscana@").await;
    for (what, path) in [
        (
            "progress of Toscana against its targets (169 centres)",
            "/api/v1/programmes/toscana/progress",
        ),
        (
            "what Toscana's national file of the month holds",
            "/api/v1/programmes/toscana/national",
        ),
    ] {
        let url = format!("http://{addr}{path}");
        let mut times = Vec::new();
        for _ in 0..20 {
            let t = Instant::now();
            let (status, _) = get_as(&client, &url, Some(&region)).await;
            assert_eq!(status, 200, "{path}");
            times.push(t.elapsed().as_micros() as u32);
        }
        times.sort_unstable();
        println!(
            "{what}: p50 {:.2} ms, p95 {:.2} ms over {} reads",
            percentile(&times, 0.5),
            percentile(&times, 0.95),
            times.len()
        );
    }
    for (what, path) in [
        (
            "attendance of a centre",
            "/api/v1/centres/TOS-001/attendance",
        ),
        ("skills of a centre", "/api/v1/centres/TOS-001/skills"),
        (
            "skills of Toscana (169 centres)",
            "/api/v1/programmes/toscana/skills",
        ),
        (
            "skills of Lombardia (424 centres)",
            "/api/v1/programmes/lombardia/skills",
        ),
        ("feedback summary", "/api/v1/feedback/summary"),
    ] {
        let url = format!("http://{addr}{path}");
        let mut times = Vec::new();
        for _ in 0..200 {
            let t = Instant::now();
            let (status, _) = get(&client, &url).await;
            assert_eq!(status, 200, "{path}");
            times.push(t.elapsed().as_micros() as u32);
        }
        times.sort_unstable();
        println!(
            "{what}: p50 {:.2} ms, p99 {:.2} ms over {} reads",
            percentile(&times, 0.5),
            percentile(&times, 0.99),
            times.len()
        );
    }
    println!(
        "server memory: peak RSS sampled {} MB, high-water mark {} MB",
        peak_rss / 1024,
        rss_kb(pid, "VmHWM:") / 1024
    );
    let _ = server.kill().await;
}

/// The demo facilitator's session cookie (its password is in the data dir's
/// demo-accounts.txt).
async fn sign_in_demo(client: &HttpClient, addr: &str, dir: &std::path::Path, who: &str) -> String {
    let accounts =
        std::fs::read_to_string(dir.join("data").join("demo-accounts.txt")).expect("demo accounts");
    let line = accounts
        .lines()
        .find(|l| l.starts_with(who))
        .expect("the demo account");
    let mut parts = line.split('\t');
    let (email, password) = (parts.next().unwrap(), parts.nth(1).unwrap());
    let login = hyper::Request::post(format!("http://{addr}/api/v1/session"))
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(
            serde_json::to_vec(&serde_json::json!({"email": email, "password": password})).unwrap(),
        )))
        .unwrap();
    let res = client.request(login).await.expect("sign in");
    assert_eq!(res.status(), 200, "the demo account signs in");
    res.headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .expect("session cookie")
        .to_owned()
}

/// An event at TOS-001 open now (within today in Italy): its id and poster token.
async fn make_event(client: &HttpClient, addr: &str, cookie: &str, n: u128) -> (u64, String) {
    let staff = |path: &str, body: Option<serde_json::Value>| {
        let builder = match &body {
            Some(_) => hyper::Request::post(format!("http://{addr}{path}"))
                .header("content-type", "application/json"),
            None => hyper::Request::get(format!("http://{addr}{path}")),
        };
        builder
            .header("cookie", cookie)
            .body(Full::new(Bytes::from(
                body.map(|b| serde_json::to_vec(&b).unwrap())
                    .unwrap_or_default(),
            )))
            .unwrap()
    };
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let offset = ponte_domain::clock::rome_offset(now);
    let day_end = now - (now + offset).rem_euclid(86_400) + 86_400 - 1;
    let rfc = |t: i64| {
        let date = ponte_domain::Date::from_days_since_epoch(t.div_euclid(86_400) as i32).unwrap();
        let s = t.rem_euclid(86_400);
        format!("{date}T{:02}:{:02}:{:02}Z", s / 3600, s % 3600 / 60, s % 60)
    };
    let event = serde_json::json!({
        "submission_id": SubmissionId::from_u128(n).to_string(), "centre": "TOS-001",
        "title": "Benchmark course", "kind": "course", "starts_at": rfc(now - 60),
        "ends_at": rfc((now + 3600).min(day_end)),
        "service": {"types": ["C"], "competences": ["9"], "domains": ["A"]},
    });
    let res = client
        .request(staff("/api/v1/events", Some(event)))
        .await
        .expect("create event");
    assert_eq!(res.status(), 201, "the event is made");
    let body = res.into_body().collect().await.unwrap().to_bytes();
    let id = serde_json::from_slice::<serde_json::Value>(&body).unwrap()["event"]["id"]
        .as_u64()
        .unwrap();
    let res = client
        .request(staff("/api/v1/centres/TOS-001/events", None))
        .await
        .expect("list");
    let body = res.into_body().collect().await.unwrap().to_bytes();
    let list: serde_json::Value = serde_json::from_slice(&body).unwrap();
    let poster = list["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["event"]["id"] == id)
        .and_then(|e| e["poster_url"].as_str())
        .expect("poster")
        .to_owned();
    (id, poster.split("#t=").nth(1).unwrap().to_owned())
}

/// A course starts: every citizen in `passes` scans the event's poster once, from 64
/// connections at once; each check-in must be stored once.
async fn event_burst(client: &HttpClient, addr: &str, cookie: &str, passes: &[String]) {
    let (id, token) = make_event(client, addr, cookie, 0xE7E7).await;
    let url = format!("http://{addr}/api/v1/events/{id}/checkins");
    let connections = 64;
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for c in 0..connections {
        let mine: Vec<(usize, String)> = passes
            .iter()
            .enumerate()
            .filter(|(i, _)| i % connections == c)
            .map(|(i, p)| (i, p.clone()))
            .collect();
        let (client, url, token) = (client.clone(), url.clone(), token.clone());
        tasks.spawn(async move {
            let (mut latencies, mut errors) = (Vec::new(), 0u64);
            for (i, pass) in mine {
                let body = serde_json::json!({
                    "submission_id": SubmissionId::from_u128((3 << 126) | i as u128).to_string(),
                    "pass": pass, "token": token,
                });
                let t = Instant::now();
                match post(&client, &url, serde_json::to_vec(&body).unwrap()).await {
                    Ok((201, _)) => latencies.push(t.elapsed().as_micros() as u32),
                    _ => errors += 1,
                }
            }
            (latencies, errors)
        });
    }
    let (mut latencies, mut errors) = (Vec::new(), 0);
    while let Some(Ok((l, e))) = tasks.join_next().await {
        latencies.extend(l);
        errors += e;
    }
    latencies.sort_unstable();
    let run = Run {
        latencies,
        errors,
        elapsed: started.elapsed().as_secs_f64(),
    };
    run.print(
        &format!("event check-ins ({} citizens, one event)", passes.len()),
        connections,
    );
    let (_, body) = get(client, &format!("http://{addr}/api/v1/events/{id}")).await;
    let view: serde_json::Value = serde_json::from_slice(&body).unwrap();
    let counted = view["present"].as_u64().unwrap_or(0) + view["waitlisted"].as_u64().unwrap_or(0);
    println!(
        "  the event counts {counted} people for {} citizens who scanned",
        passes.len()
    );
    assert_eq!(counted, passes.len() as u64, "each citizen recorded once");
}
