//! What the path from a centre's poster to the pass weighs on a phone: every address
//! the browser itself says it fetched (the pages, their scripts, wasm, styles, icons,
//! the API's answers), each counted as the server sends it to a phone that accepts
//! brotli. The budgets are issue 17's: the first load of `/c/{code}` within 120,000 B,
//! the whole path within 200,000 B, in every language (another language's path carries
//! its words, fetched when chosen, and nothing of the others'). The table is kept under
//! `target/size-report/` for `scripts/size-report.sh` to print.

mod support;

use std::fmt::Write as _;

use ponte_domain::lang::Lang;
use support::{Browser, Server, dist_dir, get};

const FIRST_LOAD_BUDGET: usize = 120_000;
const PATH_BUDGET: usize = 200_000;
/// What a language other than Italian may add to the path: its words, fetched when
/// chosen (Ukrainian's, the longest, measured 8,075 B). Everything else must stay
/// within the Italian path's budget.
const WORDS_BUDGET: usize = 10_000;

/// (address, how the page fetched it, encoded size the browser saw) of every fetch so
/// far on this page, the page itself first; plus the icon, the manifest, the service
/// worker and what it keeps at install (the visitor app's page, the offline page),
/// which the browser fetches outside the page's timeline.
const FETCHED: &str = "
    const nav = performance.getEntriesByType('navigation')[0];
    const seen = [[nav.name, 'navigation', nav.encodedBodySize]];
    for (const e of performance.getEntriesByType('resource')) seen.push([e.name, e.initiatorType, e.encodedBodySize]);
    for (const l of document.querySelectorAll('link[rel=icon], link[rel=manifest]')) seen.push([l.href, 'link', 0]);
    if ('serviceWorker' in navigator) for (const p of ['/sw.js', '/', '/offline.html']) seen.push([location.origin + p, 'worker', 0]);
    return seen;";

struct Fetch {
    page: &'static str,
    url: String,
    bytes: usize,
}

/// What each address weighs as served with brotli; answers to writes (the sign-up's
/// POST) are taken as the browser saw them.
/// An address already fetched on the path (the icon, the manifest, the worker) is kept
/// by the browser and counted once.
async fn weigh(server: &Server, page: &'static str, seen: serde_json::Value, out: &mut Vec<Fetch>) {
    let origin = server.url("");
    for entry in seen.as_array().unwrap() {
        let url = entry[0].as_str().unwrap();
        let Some(path) = url.strip_prefix(origin.trim_end_matches('/')) else {
            continue;
        };
        if out.iter().any(|f| f.url == path) {
            continue;
        }
        let bytes = if path.starts_with("/api/v1/registrations") {
            entry[2].as_u64().unwrap() as usize
        } else {
            served_size(url).await
        };
        out.push(Fetch {
            page,
            url: path.to_owned(),
            bytes,
        });
    }
}

/// The size of what the server sends for `url` to a phone that accepts brotli. Its
/// brotli copies of the built files are made in the background after start: a text
/// file still served plain is asked again until its copy is there.
async fn served_size(url: &str) -> usize {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    loop {
        let reply = get(url, &[("accept-encoding", "br")]).await;
        assert_eq!(reply.status, 200, "{url}");
        let text = reply.header("content-type").is_some_and(|t| {
            t.starts_with("text/")
                || t.contains("javascript")
                || t.contains("json")
                || t.contains("wasm")
                || t.contains("svg")
        });
        if !text || reply.body.len() <= 512 || reply.header("content-encoding") == Some("br") {
            return reply.body.len();
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{url}: no brotli copy after 120 s"
        );
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    }
}

/// The path in `lang`, on a fresh phone: the centre's page as the poster opens it
/// (with the language asked, as its link does), the sign-up, the pass.
async fn walk(server: &Server, lang: Lang) -> Vec<Fetch> {
    let b = Browser::start(360, 740).await;
    let page = match lang {
        Lang::It => "/c/TOS-001".to_owned(),
        other => format!("/c/TOS-001?lang={}", other.code()),
    };
    b.client.goto(&server.url(&page)).await.unwrap();
    b.find("h1#centre-name").await;
    let mut fetches = Vec::new();
    weigh(server, "centre page", b.eval(FETCHED).await, &mut fetches).await;

    b.click("#register-link").await;
    b.find("#codice_fiscale").await;
    assert_eq!(
        b.eval("return document.documentElement.lang").await,
        lang.code()
    );
    b.sign_up_as_mario("RSSMRA80A01H501U").await;
    b.find(".pass-qr").await;
    weigh(
        server,
        "sign-up and pass",
        b.eval(FETCHED).await,
        &mut fetches,
    )
    .await;
    fetches
}

#[tokio::test]
async fn from_the_poster_to_the_pass_within_the_budget() {
    dist_dir();
    let tmp = tempfile::tempdir().unwrap();
    let server = Server::start(&tmp.path().join("data"), &["--demo"]);
    let mut table = String::from("From the poster to the pass (brotli, as served):\n");
    let mut summary = format!(
        "Per language (first load of /c/{{code}} within {FIRST_LOAD_BUDGET} B; whole path \
         within {PATH_BUDGET} B plus the language's words, at most {WORDS_BUDGET} B):\n"
    );
    let mut over = Vec::new();
    for lang in Lang::ALL {
        let fetches = walk(&server, lang).await;
        let first: usize = fetches
            .iter()
            .filter(|f| f.page == "centre page")
            .map(|f| f.bytes)
            .sum();
        let total: usize = fetches.iter().map(|f| f.bytes).sum();
        if lang == Lang::It {
            for f in &fetches {
                let _ = writeln!(table, "  {:<18} {:<58} {:>8} B", f.page, f.url, f.bytes);
            }
            let _ = writeln!(
                table,
                "  first load of /c/{{code}}: {first} B (budget {FIRST_LOAD_BUDGET} B)"
            );
            let _ = writeln!(table, "  whole path: {total} B (budget {PATH_BUDGET} B)");
            assert!(
                fetches.iter().any(|f| f.url.ends_with("_bg.wasm")),
                "the app's wasm was counted"
            );
        } else {
            // Only the chosen language's words come: none of another's.
            let words: Vec<&str> = fetches
                .iter()
                .filter(|f| f.url.starts_with("/i18n/"))
                .map(|f| f.url.as_str())
                .collect();
            assert!(
                !words.is_empty()
                    && words
                        .iter()
                        .all(|u| u.starts_with(&format!("/i18n/{}/", lang.code()))),
                "{lang:?}: {words:?}"
            );
        }
        let words: usize = fetches
            .iter()
            .filter(|f| f.url.starts_with("/i18n/"))
            .map(|f| f.bytes)
            .sum();
        let _ = writeln!(
            summary,
            "  {:<3} {:<14} first load {first:>7} B   whole path {total:>7} B   (its words {words:>6} B)",
            lang.code(),
            lang.native_name(),
        );
        if first > FIRST_LOAD_BUDGET || total - words > PATH_BUDGET || words > WORDS_BUDGET {
            over.push(lang);
        }
    }
    table.push_str(&summary);
    println!("{table}");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/size-report");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("scan-to-pass.txt"), &table).unwrap();
    assert!(over.is_empty(), "over budget in {over:?}:\n{table}");
}
