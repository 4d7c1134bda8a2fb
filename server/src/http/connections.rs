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
//! - a connection idle for [`Limits::idle_timeout`] is closed, reading or writing: a
//!   client that stops taking a reply (a zero receive window) holds nothing for long;
//! - at most [`Limits::max_connections`] are served at once, well under the open-file
//!   limit, and [`Limits::per_address`] from one address (an IPv6 /56; loopback is not
//!   counted, so a local health check always gets in); one more is closed at once
//!   rather than left waiting, so the server always has files to accept with;
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
    /// Connections one address may hold: a centre's router with hundreds of phones at
    /// an event's start stays well under it; one host cannot take every slot.
    pub per_address: usize,
}

/// The reverse proxies in front of Ponte: a request from one of them is counted as
/// the client named in its `X-Forwarded-For`, not as the proxy (else every limit per
/// address would be the whole region's). Only the proxies' own entries are trusted.
#[derive(Debug, Clone, Default)]
pub struct Proxies(pub Arc<[std::net::IpAddr]>);

impl Proxies {
    fn trusts(&self, ip: std::net::IpAddr) -> bool {
        self.0.contains(&ip.to_canonical())
    }

    /// The client behind `peer`: the right-most address of `X-Forwarded-For` that is
    /// not one of the proxies, when `peer` is one.
    fn client(&self, peer: SocketAddr, headers: &hyper::HeaderMap) -> SocketAddr {
        if !self.trusts(peer.ip()) {
            return peer;
        }
        let forwarded = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .collect::<Vec<_>>();
        forwarded
            .iter()
            .rev()
            .filter_map(|a| a.parse::<std::net::IpAddr>().ok())
            .find(|ip| !self.trusts(*ip))
            .map_or(peer, |ip| SocketAddr::new(ip, 0))
    }
}

impl Limits {
    /// The defaults, for connections `open_files` allows: a tenth of the files are
    /// kept for the database, the app's files and the log.
    pub fn for_open_files(open_files: u64) -> Limits {
        let usable = open_files.saturating_sub(64) * 9 / 10;
        Limits {
            header_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            idle_timeout: Duration::from_secs(30),
            max_connections: usize::try_from(usable.clamp(16, 50_000)).unwrap_or(50_000),
            per_address: 2_048,
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
    proxies: Proxies,
    shutdown: impl Future<Output = ()>,
) {
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    let per_address = Arc::new(PerAddress::new(limits.per_address));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        // Room to read a request over the limits in `boundary`, so it is refused there
        // in JSON instead of by hyper with an empty 414 or 431.
        .max_buf_size((MAX_URI * 16).max(8192))
        .max_headers(MAX_HEADERS * 10);
    let mut shutdown = std::pin::pin!(shutdown);
    let mut last_warned = None;
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
            // The operator should know the server is turning people away, but a flood
            // must not become a flood of log lines: once a minute.
            if last_warned.is_none_or(|t: std::time::Instant| t.elapsed() > Duration::from_secs(60))
            {
                last_warned = Some(std::time::Instant::now());
                log::warn!(
                    "{} connections open, the most allowed: new ones are closed at once \
                     (raise --max-connections or the open-file limit if these are real)",
                    limits.max_connections
                );
            }
            continue;
        };
        // A proxy's connections carry everyone's requests: not limited per address.
        let counted = if proxies.trusts(peer.ip()) {
            per_address.enter(std::net::Ipv4Addr::LOCALHOST.into())
        } else {
            per_address.enter(peer.ip())
        };
        let Some(held) = counted else {
            log::debug!(
                "an address holds {} connections: one more closed at once",
                limits.per_address
            );
            continue;
        };
        let _ = stream.set_nodelay(true);
        let io = Idle::new(stream, limits.idle_timeout);
        let conn = http.serve_connection(
            io,
            service(
                routes.clone(),
                peer,
                proxies.clone(),
                limits.request_timeout,
            ),
        );
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            if let Err(e) = conn.await {
                log::debug!("a connection ended early: {e}");
            }
            drop((slot, held));
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
    proxies: Proxies,
    deadline: Duration,
) -> impl hyper::service::Service<
    hyper::Request<Incoming>,
    Response = Response,
    Error = std::convert::Infallible,
    Future = impl Future<Output = Result<Response, std::convert::Infallible>> + Send,
> + Clone {
    let routes = warp::service(routes);
    hyper::service::service_fn(move |mut req: hyper::Request<Incoming>| {
        let client = proxies.client(peer, req.headers());
        req.extensions_mut().insert(Peer(client));
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

    /// The error to end with if the idle time has passed; else a wake-up is registered
    /// for when it will.
    fn expired(&mut self, cx: &mut std::task::Context<'_>) -> Option<std::io::Error> {
        self.deadline
            .as_mut()
            .poll(cx)
            .is_ready()
            .then(|| std::io::Error::new(std::io::ErrorKind::TimedOut, "idle connection closed"))
    }
}

/// Connections held per address.
struct PerAddress {
    max: usize,
    held: std::sync::Mutex<std::collections::HashMap<std::net::IpAddr, usize>>,
}

/// One connection counted for its address until dropped.
struct Held {
    table: Arc<PerAddress>,
    address: Option<std::net::IpAddr>,
}

impl PerAddress {
    fn new(max: usize) -> PerAddress {
        PerAddress {
            max,
            held: Default::default(),
        }
    }

    /// Counts a connection from `ip`, or `None` if its address holds its share.
    fn enter(self: &Arc<Self>, ip: std::net::IpAddr) -> Option<Held> {
        let ip = super::rate_limit::network(ip);
        if ip.is_loopback() {
            return Some(Held {
                table: self.clone(),
                address: None,
            });
        }
        let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        let n = held.entry(ip).or_insert(0);
        if *n >= self.max {
            return None;
        }
        *n += 1;
        Some(Held {
            table: self.clone(),
            address: Some(ip),
        })
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        if let Some(ip) = self.address {
            let mut held = self.table.held.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(n) = held.get_mut(&ip) {
                *n -= 1;
                if *n == 0 {
                    held.remove(&ip);
                }
            }
        }
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
            return r;
        }
        match self.expired(cx) {
            Some(e) => std::task::Poll::Ready(Err(e)),
            None => r,
        }
    }

    fn poll_flush(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        let r = std::pin::Pin::new(&mut self.stream).poll_flush(cx);
        if r.is_ready() {
            return r;
        }
        match self.expired(cx) {
            Some(e) => std::task::Poll::Ready(Err(e)),
            None => r,
        }
    }

    fn poll_shutdown(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<std::io::Result<()>> {
        std::pin::Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_proxys_requests_count_as_the_client_it_names() {
        let proxies = Proxies(Arc::from(["10.0.0.2".parse().unwrap()]));
        let mut h = hyper::HeaderMap::new();
        h.insert(
            "x-forwarded-for",
            "198.51.100.4, 203.0.113.7".parse().unwrap(),
        );
        let proxy: SocketAddr = "10.0.0.2:5000".parse().unwrap();
        assert_eq!(proxies.client(proxy, &h).ip().to_string(), "203.0.113.7");
        // Anyone else's header is theirs to forge: ignored.
        let stranger: SocketAddr = "192.0.2.1:5000".parse().unwrap();
        assert_eq!(proxies.client(stranger, &h), stranger);
        // Without the header, the proxy itself.
        assert_eq!(proxies.client(proxy, &hyper::HeaderMap::new()), proxy);
    }

    #[test]
    fn one_address_gets_its_share_and_gives_it_back() {
        let table = Arc::new(PerAddress::new(2));
        let host: std::net::IpAddr = "203.0.113.9".parse().unwrap();
        let a = table.enter(host).unwrap();
        let _b = table.enter(host).unwrap();
        assert!(table.enter(host).is_none(), "the third");
        assert!(table.enter("203.0.113.10".parse().unwrap()).is_some());
        // An IPv6 host's neighbours in its /56 are the same address.
        let v6 = Arc::new(PerAddress::new(1));
        let _c = v6.enter("2001:db8::1".parse().unwrap()).unwrap();
        assert!(v6.enter("2001:db8::2".parse().unwrap()).is_none());
        drop(a);
        assert!(table.enter(host).is_some(), "given back when closed");
        let local: Vec<Held> = (0..10)
            .map(|_| table.enter("127.0.0.1".parse().unwrap()).unwrap())
            .collect();
        assert_eq!(local.len(), 10, "loopback is not counted");
    }
}
