//! `ponte serve`: open the store, load the app, listen.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context;

use crate::http::assets::Assets;
use crate::http::rate_limit::RateLimit;
use crate::http::{App, routes};
use crate::ledger::{Ledger, LedgerConfig};
use crate::secrets::Secrets;
use crate::seed;
use crate::store::Store;

pub struct ServeOptions {
    pub addr: SocketAddr,
    pub data_dir: PathBuf,
    pub dist_dir: PathBuf,
    pub public_url: Option<String>,
    pub demo: bool,
    pub ledger: LedgerConfig,
}

/// Checks a public URL the QR codes will carry: absolute http(s), no query or fragment.
pub fn normalise_public_url(url: &str) -> anyhow::Result<String> {
    let url = url.trim().trim_end_matches('/');
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .with_context(|| format!("public URL '{url}' must start with http:// or https://"))?;
    if rest.is_empty() || rest.contains(['?', '#', ' ']) {
        anyhow::bail!("public URL '{url}' must be like https://ponte.example.it");
    }
    Ok(url.to_owned())
}

pub async fn run(opts: ServeOptions) -> anyhow::Result<()> {
    let public_url = match &opts.public_url {
        Some(u) => normalise_public_url(u)?,
        None => format!("http://{}", opts.addr),
    };
    let store = Arc::new(Store::open(&opts.data_dir)?);
    let secrets = Arc::new(Secrets::load_or_create(&opts.data_dir)?);
    let ledger = Ledger::start(store.clone(), secrets, opts.ledger);
    if opts.demo
        && let Some(s) = seed::load_demo(&store)?
    {
        log::info!("demo data loaded: {} centres", s.created);
    }
    let assets = match Assets::load(&opts.dist_dir) {
        Ok(a) => {
            let a = Arc::new(a);
            let bg = a.clone();
            std::thread::spawn(move || bg.precompress());
            Some(a)
        }
        Err(e) => {
            log::warn!("{e}; serving the API only");
            None
        }
    };
    let listener = tokio::net::TcpListener::bind(opts.addr)
        .await
        .with_context(|| format!("cannot listen on {}", opts.addr))?;
    let local = listener.local_addr()?;
    let app = App {
        store: store.clone(),
        public_url: public_url.clone().into(),
        assets,
        ledger,
        feedback_limit: Arc::new(RateLimit::per_minute(30, 300)),
        survey_limit: Arc::new(RateLimit::per_minute(5, 30)),
        survey_daily_limit: Arc::new(RateLimit::per_day(10, 40)),
        surveys: Arc::new(crate::surveys::Surveys::load().context("the built-in surveys")?),
    };
    // Tests and scripts wait for this line.
    println!(
        "ponte listening on http://{local} (data: {})",
        store.path().display()
    );
    let writer = app.ledger.clone();
    warp::serve(routes(app))
        .incoming(listener)
        .graceful(shutdown_signal(writer.clone()))
        .run()
        .await;
    if !writer.is_running() {
        // A server that cannot write must not look alive: stop with an error, for the
        // service manager to start it again.
        anyhow::bail!("the ledger's writer stopped; see the log above");
    }
    log::info!("stopped");
    Ok(())
}

/// Resolves when the writer has stopped, checked every second.
async fn writer_stopped(ledger: Ledger) {
    while ledger.is_running() {
        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    }
}

async fn shutdown_signal(ledger: Ledger) {
    tokio::select! {
        _ = signal() => {},
        _ = writer_stopped(ledger) => {},
    }
}

async fn signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(s) => s,
                Err(_) => {
                    let _ = ctrl_c.await;
                    return;
                }
            };
        tokio::select! {
            _ = ctrl_c => {},
            _ = term.recv() => {},
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
}
