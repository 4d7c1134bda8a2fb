//! `ponte serve`: open the store, load the app, listen.

use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::Context;

use crate::http::{App, AppConfig, connections, routes};
use crate::ledger::{Ledger, LedgerConfig};

pub struct ServeOptions {
    pub addr: SocketAddr,
    pub data_dir: PathBuf,
    pub dist_dir: PathBuf,
    pub public_url: Option<String>,
    pub demo: bool,
    pub ledger: LedgerConfig,
    pub header_timeout: std::time::Duration,
    /// `None`: from the open-file limit.
    pub max_connections: Option<usize>,
    /// The per-client limits on writes (off only for load tests from one address).
    pub rate_limits: bool,
    /// The database's page cache, MiB.
    pub cache_mb: usize,
    /// Reverse proxies whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Vec<std::net::IpAddr>,
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
    let app = App::build(AppConfig {
        data_dir: opts.data_dir.clone(),
        public_url: public_url.clone(),
        dist_dir: Some(opts.dist_dir.clone()),
        ledger: opts.ledger,
        demo: opts.demo,
        rate_limits: opts.rate_limits,
        cache_mb: opts.cache_mb,
    })?;
    if !opts.rate_limits {
        log::warn!("PONTE_RATE_LIMITS=off: one client may write without limit (load tests only)");
    }
    #[cfg(unix)]
    if let Err(e) = crate::control::listen(&opts.data_dir, app.store.clone(), app.secrets.clone()) {
        log::warn!("no control socket (ponte backup will not reach this server): {e}");
    }
    swallow_file_size_signal();
    let open_files = connections::raise_open_files();
    let mut limits = connections::Limits::for_open_files(open_files);
    limits.header_timeout = opts.header_timeout;
    if let Some(n) = opts.max_connections {
        limits.max_connections = n;
    }
    log::info!(
        "open-file limit {open_files}: at most {} connections at once",
        limits.max_connections
    );
    if let Some(assets) = app.assets.clone() {
        std::thread::spawn(move || assets.precompress());
    }
    tokio::spawn(retention_daily(app.store.clone(), app.secrets.clone()));
    let listener = tokio::net::TcpListener::bind(opts.addr)
        .await
        .with_context(|| format!("cannot listen on {}", opts.addr))?;
    let local = listener.local_addr()?;
    let store = app.store.clone();
    // Tests and scripts wait for this line.
    println!(
        "ponte listening on http://{local} (data: {})",
        store.path().display()
    );
    let writer = app.ledger.clone();
    if public_url.starts_with("https://") && opts.trusted_proxies.is_empty() {
        log::warn!(
            "the public URL is https, so a proxy is in front: without --trusted-proxy every \
             client counts as the proxy's address, and the per-address limits apply to all"
        );
    }
    let proxies = connections::Proxies(opts.trusted_proxies.into());
    connections::serve(
        listener,
        routes(app),
        limits,
        proxies,
        shutdown_signal(writer.clone()),
    )
    .await;
    if !writer.is_running() {
        // A server that cannot write must not look alive: stop with an error, for the
        // service manager to start it again.
        anyhow::bail!("the ledger's writer stopped; see the log above");
    }
    log::info!("stopped");
    Ok(())
}

/// Applies the programmes' retention a minute after the start and then once a day: a
/// deletion that waits a day longer is still on time, and a server restarted often
/// still runs it.
async fn retention_daily(
    store: std::sync::Arc<crate::store::Store>,
    secrets: std::sync::Arc<crate::secrets::Secrets>,
) {
    let mut every = tokio::time::interval_at(
        tokio::time::Instant::now() + std::time::Duration::from_secs(60),
        std::time::Duration::from_secs(86_400),
    );
    loop {
        every.tick().await;
        let (store, secrets) = (store.clone(), secrets.clone());
        let done = tokio::task::spawn_blocking(move || {
            store.apply_retention(&secrets, crate::http::now())
        })
        .await;
        match done {
            Ok(Ok(0)) => {}
            Ok(Ok(n)) => log::info!("{}", crate::control::retention_message(n)),
            Ok(Err(e)) => log::warn!("the retention could not be applied: {e}"),
            Err(e) => log::warn!("the retention could not be applied: {e}"),
        }
    }
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

/// A write past the process's file-size limit raises SIGXFSZ, whose default is to kill
/// the process on the spot; handled, the write fails with an error like a full disk's,
/// and the ledger stops cleanly (every acknowledged write kept).
fn swallow_file_size_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::from_raw(libc::SIGXFSZ)) {
            Ok(mut s) => {
                tokio::spawn(async move {
                    while s.recv().await.is_some() {
                        log::error!(
                            "a write went past the file-size limit (the disk is full for Ponte)"
                        );
                    }
                });
            }
            Err(e) => log::warn!("cannot handle SIGXFSZ: {e}"),
        }
    }
}
