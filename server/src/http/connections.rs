//! Accepting and serving connections, with the limits hyper leaves to its user.
//!
//! warp's own server has none: a client that opens connections and never finishes a
//! request (slowloris) holds each open for ever, and with the usual limit of 1,024 open
//! files about a thousand of them stop the server accepting anyone (`Too many open
//! files`), `/healthz` included. Here:
//!
//! - the open-file limit is raised to what the system allows, at start;
//! - a request's headers must arrive within [`Limits::header_timeout`], and a request
//!   must be answered within [`Limits::request_timeout`] (a body trickled in slower
//!   gets a JSON 408, and the app sends it again);
//! - a connection idle between requests is closed after [`Limits::idle_timeout`];
//! - at most [`Limits::max_connections`] are served at once, well under the open-file
//!   limit; one more is closed at once rather than left waiting, so the server always
//!   has files to accept with, and answers again as soon as the slow ones time out;
//! - a connection a client drops is its business: logged at debug, not as an error.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower_service::Service;
use warp::Reply;
use warp::filters::BoxedFilter;
use warp::reply::Response;

use super::boundary::{MAX_HEADERS, MAX_URI};
use super::client::Peer;
use super::error::ApiError;

#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub header_timeout: Duration,
    pub request_timeout: Duration,
    pub idle_timeout: Duration,
    pub max_connections: usize,
}

impl Limits {
    /// The defaults, for connections `open_files` allows: a tenth of the files are
    /// kept for the database, the app's files and the log.
    pub fn for_open_files(open_files: u64) -> Limits {
        let usable = open_files.saturating_sub(64) * 9 / 10;
        Limits {
            header_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            idle_timeout: Duration::from_secs(60),
            max_connections: usize::try_from(usable.clamp(16, 50_000)).unwrap_or(50_000),
        }
    }
}

/// Raises this process's open-file limit as far as the system lets it; the limit now.
pub fn raise_open_files() -> u64 {
    match rlimit::increase_nofile_limit(u64::MAX) {
        Ok(n) => n,
        Err(e) => {
            log::warn!("cannot raise the open-file limit: {e}");
            rlimit::getrlimit(rlimit::Resource::NOFILE).map_or(1024, |(soft, _)| soft)
        }
    }
}

/// Serves `routes` on `listener` until `shutdown` resolves, then lets requests in
/// flight finish (at most `request_timeout`).
pub async fn serve(
    listener: TcpListener,
    routes: BoxedFilter<(Response,)>,
    limits: Limits,
    shutdown: impl Future<Output = ()>,
) {
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        // Room to read a request over the limits in `boundary`, so it is refused there
        // in JSON instead of by hyper with an empty 414 or 431.
        .max_buf_size((MAX_URI * 16).max(8192))
        .max_headers(MAX_HEADERS * 10);
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                Err(e) => {
                    // Out of files or memory for a moment: wait instead of spinning.
                    log::warn!("cannot accept a connection: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Ok(slot) = slots.clone().try_acquire_owned() else {
            log::debug!(
                "{} connections open: one more closed at once",
                limits.max_connections
            );
            continue;
        };
        let _ = stream.set_nodelay(true);
        let io = Idle::new(stream, limits.idle_timeout);
        let conn = http.serve_connection(io, service(routes.clone(), peer, limits.request_timeout));
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            if let Err(e) = conn.await {
                log::debug!("a connection ended early: {e}");
            }
            drop(slot);
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(limits.request_timeout) => {
            log::warn!("stopping with requests still in flight");
        }
    }
}

/// The routes as hyper calls them, with the peer's address and the request's deadline.
fn service(
    routes: BoxedFilter<(Response,)>,
    peer: SocketAddr,
    deadline: Duration,
) -> impl hyper::service::Service<
    hyper::Request<Incoming>,
    Response = Response,
    Error = std::convert::Infallible,
    Future = impl Future<Output = Result<Response, std::convert::Infallible>> + Send,
> + Clone {
    let routes = warp::service(routes);
    hyper::service::service_fn(move |mut req: hyper::Request<Incoming>| {
        req.extensions_mut().insert(Peer(peer));
        let mut routes = routes.clone();
        async move {
            match tokio::time::timeout(deadline, routes.call(req)).await {
                Ok(answered) => answered,
                Err(_) => Ok(ApiError::RequestTimeout.into_response()),
            }
        }
    })
}

/// A connection that closes itself when nothing has been read or written for its idle
/// time: keep-alive connections a client forgot, and ones opened and never used, which
/// hyper's header timeout does not cover until a first byte arrives.
struct Idle {
    stream: TokioIo<tokio::net::TcpStream>,
    idle: Duration,
    deadline: std::pin::Pin<Box<tokio::time::Sleep>>,
}

impl Idle {
    fn new(stream: tokio::net::TcpStream, idle: Duration) -> Idle {
        Idle {
            stream: TokioIo::new(stream),
            idle,
            deadline: Box::pin(tokio::time::sleep(idle)),
        }
    }

    fn touch(&mut self) {
        let next = tokio::time::Instant::now() + self.idle;
        self.deadline.as_mut().reset(next);
    }
}

impl hyper::rt::Read for Idle {
    fn poll_read(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: hyper::rt::ReadBufCursor<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        use std::task::Poll;
        match std::pin::Pin::new(&mut self.stream).poll_read(cx, buf) {
            Poll::Ready(r) => {
                self.touch();
                Poll::Ready(r)
            }
            Poll::Pending => match self.deadline.as_mut().poll(cx) {
                Poll::Ready(()) => Poll::Ready(Err(std::io::Error::new(
                    std::io::ErrorKind::TimedOut,
                    "idle connection closed",
                ))),
                Poll::Pending => Poll::Pending,
            },
        }
    }
}

impl hyper::rt::Write for Idle {
    fn poll_write(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
        buf: &[u8],
    ) -> std::task::Poll<std::io::Result<usize>> {
        let r = std::pin::Pin::new(&mut self.stream).poll_write(cx, buf);
        if r.is_ready() {
            self.touch();
        }
        r
    }

    fn poll_flush(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}
