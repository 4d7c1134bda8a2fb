//! What the end-to-end suites share: the real `ponte` binary on a free port with a
//! temporary data dir, a small HTTP client, and headless Chromium via chromedriver.

#![allow(dead_code)] // each suite uses a different part

use std::io::{BufRead, BufReader};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

pub const PONTE: &str = env!("CARGO_BIN_EXE_ponte");

/// The frontend trunk built (`trunk build --release`), which browser tests need.
pub fn dist_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../dist");
    assert!(
        dir.join("index.html").exists(),
        "{} has no index.html: run `trunk build --release` first (scripts/test.sh does)",
        dir.display()
    );
    dir
}

/// Runs `ponte ARGS` to completion: (exit code, stdout, stderr).
pub fn ponte(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(PONTE)
        .args(args)
        .env("RUST_LOG", "warn")
        .output()
        .expect("run ponte");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A running `ponte serve`, stopped when dropped.
pub struct Server {
    child: Child,
    pub addr: SocketAddr,
    pub data_dir: PathBuf,
    /// Lines the server wrote to stderr (its log), collected in the background.
    log: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl Server {
    /// Starts the server on a free port and waits for its "listening" line.
    pub fn start(data_dir: &Path, extra: &[&str]) -> Server {
        Server::start_at(data_dir, "127.0.0.1:0", extra)
    }

    /// Starts the server at `addr` (to come back on the same port after a stop).
    pub fn start_at(data_dir: &Path, addr: &str, extra: &[&str]) -> Server {
        Server::spawn(Server::command(data_dir, addr, extra))
    }

    /// `ponte serve` as the suites run it: every request comes from 127.0.0.1, so the
    /// per-client limits are off (PONTE_RATE_LIMITS=off) unless a suite turns them on
    /// with `--rate-limits on`.
    pub fn command(data_dir: &Path, addr: &str, extra: &[&str]) -> Command {
        let mut command = Command::new(PONTE);
        command
            .args(["serve", "--addr", addr, "--data-dir"])
            .arg(data_dir)
            .arg("--dist-dir")
            .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("../dist"))
            .args(extra)
            .env("PONTE_RATE_LIMITS", "off");
        command
    }

    /// `ponte serve` started by `sh` after `limit` (a `ulimit` command) has lowered
    /// one of the process's limits, as an unlucky machine would have it.
    pub fn start_limited(data_dir: &Path, limit: &str, extra: &[&str]) -> Server {
        let mut command = Command::new("sh");
        command
            .arg("-c")
            .arg(format!("{limit} && exec \"$0\" \"$@\""))
            .arg(PONTE)
            .args(Server::command(data_dir, "127.0.0.1:0", extra).get_args())
            .env("PONTE_RATE_LIMITS", "off");
        Server::spawn(command)
    }

    /// Starts `command` (a `ponte serve`) and waits for its "listening" line.
    pub fn spawn(mut command: Command) -> Server {
        let data_dir = command
            .get_args()
            .skip_while(|a| *a != "--data-dir")
            .nth(1)
            .map(PathBuf::from)
            .unwrap_or_default();
        let mut child = command
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn ponte serve");
        let log = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        {
            let log = log.clone();
            let stderr = child.stderr.take().expect("stderr");
            std::thread::spawn(move || {
                for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                    log.lock().unwrap().push(line);
                }
            });
        }
        let stdout = child.stdout.take().expect("stdout");
        let mut lines = BufReader::new(stdout).lines();
        let first = lines.next().and_then(Result::ok).unwrap_or_else(|| {
            panic!(
                "ponte serve printed nothing; log: {:?}",
                log.lock().unwrap()
            )
        });
        let addr = first
            .strip_prefix("ponte listening on http://")
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|a| a.parse().ok())
            .unwrap_or_else(|| panic!("unexpected first line: {first}"));
        // Keep draining stdout so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Server {
            child,
            addr,
            data_dir,
            log,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    /// The server's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Waits up to `limit` for the server to exit by itself; its exit code.
    pub fn exited_within(&mut self, limit: std::time::Duration) -> Option<i32> {
        let start = std::time::Instant::now();
        while start.elapsed() < limit {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status.code().unwrap_or(-1));
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        None
    }

    pub fn log(&self) -> Vec<String> {
        self.log.lock().unwrap().clone()
    }

    /// Kills the server with SIGKILL: no shutdown, no flushing, like a power cut.
    pub fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Stops the server the way an operator does (SIGTERM) and waits for it to exit.
    pub fn stop(mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub struct Reply {
    pub status: u16,
    pub headers: hyper::HeaderMap,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// GET with optional extra headers.
pub async fn get(url: &str, headers: &[(&str, &str)]) -> Reply {
    let client = Client::builder(TokioExecutor::new()).build_http::<Full<Bytes>>();
    let mut req = hyper::Request::get(url);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let res = client
        .request(req.body(Full::new(Bytes::new())).unwrap())
        .await
        .unwrap_or_else(|e| panic!("GET {url}: {e}"));
    let status = res.status().as_u16();
    let headers = res.headers().clone();
    let body = res
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes()
        .to_vec();
    Reply {
        status,
        headers,
        body,
    }
}

/// POSTs JSON; `None` if the server could not be reached or hung up.
pub async fn try_post_json(url: &str, body: &serde_json::Value) -> Option<Reply> {
    let client = Client::builder(TokioExecutor::new()).build_http::<Full<Bytes>>();
    let req = hyper::Request::post(url)
        .header("content-type", "application/json")
        .body(Full::new(Bytes::from(serde_json::to_vec(body).ok()?)))
        .ok()?;
    let res = client.request(req).await.ok()?;
    let status = res.status().as_u16();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.ok()?.to_bytes().to_vec();
    Some(Reply {
        status,
        headers,
        body,
    })
}

pub async fn post_json(url: &str, body: &serde_json::Value) -> Reply {
    try_post_json(url, body)
        .await
        .unwrap_or_else(|| panic!("POST {url}: no answer"))
}

/// The canonical text of a submission id made from a number.
pub fn uuid(n: u128) -> String {
    ponte_domain::submission::SubmissionId::from_u128(n).to_string()
}

/// The i-th of a few valid codici fiscali of adults.
/// The privacy notice the demo programmes show (both at revision 1): what a sign-up
/// acknowledges.
pub fn privacy_version() -> String {
    format!("{}.r1", ponte_domain::privacy::NOTICE_TEXT_VERSION)
}

/// A valid code for Anna Neri (NRE NNA), born in 1960 + `i`.
pub fn valid_cf(i: u32) -> String {
    ponte_domain::codice_fiscale::complete(&format!("NRENNA{}A01D612", 60 + i)).unwrap()
}

/// A phone's sign-up of Anna Neri born in 1960 + `i` at TOS-001, as submission
/// `submission`: the one body the end-to-end suites send.
pub fn registration(i: u32, submission: u128) -> serde_json::Value {
    serde_json::json!({
        "submission_id": uuid(submission), "centre": "TOS-001",
        "codice_fiscale": valid_cf(i), "first_name": "Anna", "last_name": "Neri",
        "education": "C", "employment": "A", "citizenship": "A", "province": "FI",
        "privacy": {"version": privacy_version(), "channel": "phone"}
    })
}

/// Signs an adult up at `centre` through the API (the sign-up form has its own test) and
/// returns the pass as the phone keeps it (`ponte.pass` in localStorage).
pub async fn sign_up(server: &Server, n: u32, centre: &str) -> serde_json::Value {
    let mut body = registration(n, u128::from(n));
    body["centre"] = centre.into();
    body["employment"] = "G".into();
    let reply = post_json(&server.url("/api/v1/registrations"), &body).await;
    assert_eq!(reply.status, 201, "{}", reply.text());
    let body = reply.json();
    serde_json::json!({ "pass": body["pass"], "code": body["pass_code"], "qr_svg": "" })
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

/// Headless Chromium driven through chromedriver; both end when this is dropped.
pub struct Browser {
    driver: Child,
    pub client: fantoccini::Client,
    _profile: tempfile::TempDir,
}

impl Browser {
    pub async fn start(width: u32, height: u32) -> Browser {
        Browser::start_with(width, height, &[]).await
    }

    /// As [`Browser::start`], with more Chromium flags (a fake camera, say).
    pub async fn start_with(width: u32, height: u32, extra: &[String]) -> Browser {
        let chromedriver =
            std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let port = free_port();
        // In a process group of its own, so that dropping the Browser ends Chromium and
        // every helper process it started, not only chromedriver (they were left running).
        let driver = Command::new(&chromedriver)
            .process_group(0)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {chromedriver} ({e}); run scripts/setup.sh"));
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "chromedriver did not open port {port}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        let profile = tempfile::tempdir().expect("profile dir");
        let mut options = serde_json::json!({
            "binary": std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
                format!("--window-size={width},{height}"),
                format!("--user-data-dir={}", profile.path().display()),
            ]
        });
        if let Some(args) = options["args"].as_array_mut() {
            args.extend(extra.iter().map(|a| serde_json::Value::String(a.clone())));
        }
        // The screen is emulated (as DevTools does): headless Chromium will not make a
        // window narrower than 500 px, and a window's height includes its toolbars. Below
        // 600 px it is a phone, with touch and a phone's pixel density.
        let phone = width < 600;
        options["mobileEmulation"] = serde_json::json!({
            "deviceMetrics": {
                "width": width, "height": height, "pixelRatio": if phone { 2.0 } else { 1.0 },
                "touch": phone, "mobile": phone
            }
        });
        let caps = serde_json::json!({ "goog:chromeOptions": options });
        let caps = match caps {
            serde_json::Value::Object(m) => m,
            _ => unreachable!(),
        };
        let client = fantoccini::ClientBuilder::new(
            hyper_util::client::legacy::connect::HttpConnector::new(),
        )
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("webdriver session");
        let b = Browser {
            driver,
            client,
            _profile: profile,
        };
        // Every layout check below means nothing if the screen is not the size asked.
        b.client
            .goto(
                "data:text/html,<meta name=viewport content='width=device-width,initial-scale=1'>",
            )
            .await
            .expect("blank page");
        let viewport = b
            .eval("return [window.innerWidth, window.innerHeight]")
            .await;
        assert_eq!(
            viewport,
            serde_json::json!([width, height]),
            "the browser's viewport is not {width}x{height}"
        );
        b
    }

    /// Waits (up to 15 s) until `css` matches an element whose text contains `text`.
    pub async fn wait_text(&self, css: &str, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        let mut last = String::new();
        loop {
            if let Ok(el) = self.client.find(fantoccini::Locator::Css(css)).await
                && let Ok(t) = el.text().await
            {
                if t.contains(text) {
                    return t;
                }
                last = t;
            }
            assert!(
                Instant::now() < deadline,
                "'{css}' never showed '{text}' (last seen: '{last}')"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Runs axe-core's WCAG 2.0/2.1 A and AA rules on the current page and fails with
    /// every violation found.
    pub async fn assert_accessible(&self, what: &str) {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../tools/axe/node_modules/axe-core/axe.min.js");
        let axe = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e} (run scripts/setup.sh --browser)", path.display()));
        self.client
            .execute(&axe, vec![])
            .await
            .expect("load axe-core");
        let result = self
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];\
                 axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})\
                   .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ')')))\
                   .catch(e => done(['axe failed: ' + e]));",
                vec![],
            )
            .await
            .expect("run axe-core");
        let violations: Vec<String> = serde_json::from_value(result.clone())
            .unwrap_or_else(|_| panic!("{what}: unexpected axe result {result}"));
        assert!(
            violations.is_empty(),
            "{what}: accessibility violations: {violations:#?}"
        );
        self.assert_targets(what).await;
    }

    /// Fails if a control shown on the page is less than 44 × 44 px, the size a finger
    /// or a shaking hand hits (WCAG 2.5.5). A checkbox or radio counts with its label,
    /// which takes the tap too; a link inside a sentence (its parent has words of its
    /// own beside it) is exempt, as WCAG says.
    pub async fn assert_targets(&self, what: &str) {
        let small = self
            .eval(
                "const small = []; \
                 const controls = 'a[href], button, input:not([type=hidden]), select, textarea, summary, \
                   [role=button], [role=link], [role=checkbox], [role=switch], [role=tab], [role=option], \
                   [tabindex]:not([tabindex=\"-1\"])'; \
                 for (const el of document.querySelectorAll(controls)) { \
                   const r = el.getBoundingClientRect(); \
                   const cs = getComputedStyle(el); \
                   if (r.width <= 1 || r.height <= 1 || cs.visibility === 'hidden') continue; \
                   let w = r.width, h = r.height; \
                   if (el.matches('input[type=checkbox], input[type=radio]')) { \
                     const label = el.closest('label') || (el.id && document.querySelector(`label[for=\"${el.id}\"]`)); \
                     if (label) { const l = label.getBoundingClientRect(); w = Math.max(w, l.width); h = Math.max(h, l.height); } \
                   } \
                   if (el.tagName === 'A' && cs.display === 'inline') { \
                     const words = [...el.parentElement.childNodes].filter(n => n.nodeType === Node.TEXT_NODE) \
                       .map(n => n.textContent).join('').trim(); \
                     if (words.length > 0) continue; \
                   } \
                   if (w < 44 || h < 44) small.push(el.outerHTML.slice(0, 90) + ` ${Math.round(w)}x${Math.round(h)}`); \
                 } \
                 return small;",
            )
            .await;
        assert_eq!(
            small,
            serde_json::json!([]),
            "{what}: controls smaller than 44 x 44 px"
        );
    }

    /// Presses `key` (a WebDriver key code: `'\u{e004}'` is Tab) on the focused element,
    /// with Shift held if `shift`.
    pub async fn press(&self, key: char, shift: bool) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let mut keys = KeyActions::new("keyboard".into());
        if shift {
            keys = keys.then(KeyAction::Down { value: '\u{e008}' });
        }
        keys = keys
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key });
        if shift {
            keys = keys.then(KeyAction::Up { value: '\u{e008}' });
        }
        self.client
            .perform_actions(keys)
            .await
            .unwrap_or_else(|e| panic!("press {key:?}: {e}"));
    }

    /// Moves the focus with Tab alone until it is on an element matching `css`, as a
    /// person without a mouse would, and fails on the way if a stop has no visible focus
    /// outline (at least 2 px), is off the screen, or comes before the last one in the
    /// page other than by going round to its first control (an order that jumps), or if
    /// `css` is not reached in 60 presses (a trap, or not there).
    pub async fn tab_to(&self, css: &str) {
        self.eval("window.__ponteLastFocus = document.activeElement; return true")
            .await;
        let mut wrapped = false;
        for _ in 0..60 {
            self.press('\u{e004}', false).await;
            let stop = self
                .client
                .execute(
                    "const el = document.activeElement; \
                     const last = window.__ponteLastFocus; window.__ponteLastFocus = el; \
                     if (!el || el === document.body) return {body: true}; \
                     const cs = getComputedStyle(el); const r = el.getBoundingClientRect(); \
                     const tabbable = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')] \
                       .filter(e => e.tabIndex >= 0 && !e.disabled && e.getClientRects().length > 0); \
                     return { \
                       matches: el.matches(arguments[0]), \
                       ring: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2, \
                       shown: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth, \
                       forward: !last || last === document.body || !last.isConnected \
                         || (last.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0, \
                       first: tabbable[0] === el, \
                       what: el.outerHTML.slice(0, 120) };",
                    vec![serde_json::json!(css)],
                )
                .await
                .expect("read the focus");
            if stop["body"] == true {
                // Past the page's last control, the focus leaves the page: once is the
                // way round, not a trap.
                assert!(
                    !wrapped,
                    "Tab went round the page twice without reaching {css}"
                );
                wrapped = true;
                continue;
            }
            let what = stop["what"].as_str().unwrap_or_default();
            assert_eq!(stop["ring"], true, "no visible focus on {what}");
            assert_eq!(stop["shown"], true, "the focus is off the screen on {what}");
            if stop["forward"] != true {
                // Backwards only by going round: from the page's end to its start.
                assert!(
                    !wrapped && stop["first"] == true,
                    "the focus went back to {what}"
                );
                wrapped = true;
            }
            if stop["matches"] == true {
                return;
            }
        }
        panic!("Tab never reached {css}");
    }

    /// Chooses `code` in an app's language menu and waits for its words and direction.
    pub async fn choose_language(&self, code: &str, dir: &str) {
        self.click("#lang-menu").await;
        self.click(&format!("#lang-{code}")).await;
        let deadline = Instant::now() + Duration::from_secs(15);
        let want = serde_json::json!([code, dir]);
        while self
            .eval("return [document.documentElement.lang, document.documentElement.dir]")
            .await
            != want
        {
            assert!(Instant::now() < deadline, "the page never turned {code}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Types `text` into the focused element, as keys.
    pub async fn type_here(&self, text: &str) {
        self.client
            .active_element()
            .await
            .expect("a focused element")
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("type {text}: {e}"));
    }

    pub async fn click(&self, css: &str) {
        self.find(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("click {css}: {e}"));
    }

    pub async fn type_into(&self, css: &str, text: &str) {
        self.find(css)
            .await
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("type into {css}: {e}"));
    }

    pub async fn select(&self, css: &str, value: &str) {
        self.find(css)
            .await
            .select_by_value(value)
            .await
            .unwrap_or_else(|e| panic!("select {value} in {css}: {e}"));
    }

    /// Fills the sign-up form for Mario Rossi with codice fiscale `cf`, reads the
    /// notice's box and sends it (whatever the page's language: by the fields' ids).
    pub async fn sign_up_as_mario(&self, cf: &str) {
        self.type_into("#codice_fiscale", cf).await;
        self.type_into("#first_name", "Mario").await;
        self.type_into("#last_name", "Rossi").await;
        for (id, value) in [
            ("#education", "C"),
            ("#employment", "G"),
            ("#citizenship", "A"),
        ] {
            self.select(id, value).await;
        }
        self.click("#privacy").await;
        self.click("#register-submit").await;
    }

    /// The element `css` names, waiting for it to appear.
    pub async fn find(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .for_element(fantoccini::Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element {css}: {e}"))
    }

    /// Fails if the page is wider than the screen (it would scroll sideways).
    pub async fn assert_fits(&self, what: &str) {
        let overflow = self
            .eval("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            .await;
        assert_eq!(overflow, 0, "{what} is wider than the screen");
    }

    /// Keeps `pass` on the phone, as the sign-up page does.
    /// Keeps `pass` on the phone as a sign-up there would: with the demo programmes'
    /// privacy notices acknowledged (a test of the notice shown again removes them).
    pub async fn keep_pass(&self, pass: &serde_json::Value) {
        let seen =
            serde_json::json!({"toscana": privacy_version(), "lombardia": privacy_version()});
        self.eval(&format!(
            "localStorage.setItem('ponte.pass', JSON.stringify({pass})); \
             localStorage.setItem('ponte.privacy', JSON.stringify({seen})); return true"
        ))
        .await;
    }

    pub async fn eval(&self, script: &str) -> serde_json::Value {
        self.client
            .execute(script, vec![])
            .await
            .expect("execute script")
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let group = format!("-{}", self.driver.id());
        let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
        let _ = self.driver.wait();
    }
}

/// A camera's view of `text` as a QR code: a Y4M video (what Chromium's fake camera
/// plays) of white paper with the code in the middle.
pub fn qr_video(text: &str, path: &Path) {
    let (w, h) = (640usize, 480usize);
    let code = qrcode::QrCode::new(text.as_bytes()).unwrap();
    let modules = code.width();
    let colors = code.to_colors();
    let scale = 8;
    let size = modules * scale;
    let (x0, y0) = ((w - size) / 2, (h - size) / 2);
    let mut luma = vec![235u8; w * h];
    for y in 0..size {
        for x in 0..size {
            if colors[(y / scale) * modules + x / scale] == qrcode::Color::Dark {
                luma[(y0 + y) * w + x0 + x] = 16;
            }
        }
    }
    let chroma = vec![128u8; (w / 2) * (h / 2)];
    let mut out = format!("YUV4MPEG2 W{w} H{h} F10:1 Ip A1:1 C420jpeg\n").into_bytes();
    for _ in 0..3 {
        out.extend_from_slice(b"FRAME\n");
        out.extend_from_slice(&luma);
        out.extend_from_slice(&chroma);
        out.extend_from_slice(&chroma);
    }
    std::fs::write(path, out).unwrap();
}

/// Keeps a screenshot under `target/artefacts/` for a person to look at.
pub async fn artefact(b: &Browser, name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/artefacts");
    std::fs::create_dir_all(&dir).unwrap();
    b.eval("window.scrollTo(0, 0); return true").await;
    let png = b.client.screenshot().await.unwrap();
    std::fs::write(dir.join(name), png).unwrap();
}

/// The password the suites give accounts they make.
pub const PASSWORD: &str = "una frase lunga abbastanza";

/// `ponte users add EMAIL --role facilitator --centre CENTRE` with [`PASSWORD`] on
/// standard input, as a script would make an account (the server must be stopped).
pub fn add_facilitator(data_dir: &str, email: &str, centre: &str) {
    use std::io::Write;
    let mut add = Command::new(PONTE)
        .args([
            "users",
            "add",
            email,
            "--role",
            "facilitator",
            "--centre",
            centre,
            "--data-dir",
            data_dir,
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    add.stdin
        .take()
        .unwrap()
        .write_all(format!("{PASSWORD}\n").as_bytes())
        .unwrap();
    assert!(add.wait().unwrap().success(), "ponte users add {email}");
}
