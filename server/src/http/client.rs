//! Who sent a request: the address of the connection it came on.
//!
//! Ponte serves connections itself (`http::connections`, for its timeouts and caps),
//! so it records the peer address as its own request extension; warp's test harness
//! records it as warp's. Routes ask here and get whichever is there.

use std::net::SocketAddr;

use warp::Filter;
use warp::filters::BoxedFilter;

/// The peer address of the connection a request came on, as `connections` records it.
#[derive(Debug, Clone, Copy)]
pub struct Peer(pub SocketAddr);

/// The client's address, if known.
pub fn addr() -> BoxedFilter<(Option<SocketAddr>,)> {
    warp::ext::optional::<Peer>()
        .and(warp::addr::remote())
        .map(|peer: Option<Peer>, warp_addr: Option<SocketAddr>| peer.map(|p| p.0).or(warp_addr))
        .boxed()
}
