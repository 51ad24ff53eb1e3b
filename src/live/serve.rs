//! Accepting connections: HTTP/1 over TCP with hyper, each request
//! tagged with the address of the device that sent it, at most
//! [`ConnectionLimits::max_connections`] open at once, headers read within
//! [`ConnectionLimits::header_timeout`] (a device that opens a connection
//! and says nothing is dropped), and a bounded stop: no new connection
//! once told, open ones get [`ConnectionLimits::grace`] to finish their
//! request, then are dropped.

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, watch};
use tokio::task::JoinSet;
use tower::ServiceExt;

use super::api::ClientAddr;

/// How many connections, and how long for what.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ConnectionLimits {
    pub(crate) max_connections: usize,
    pub(crate) header_timeout: Duration,
    pub(crate) grace: Duration,
}

/// Serves `router` on `listener` until `stop` turns true.
pub(crate) async fn serve(
    listener: std::net::TcpListener,
    router: Router,
    mut stop: watch::Receiver<bool>,
    limits: ConnectionLimits,
) {
    let listener = match TcpListener::from_std(listener) {
        Ok(l) => l,
        // invariant: the listener was bound and set non-blocking by
        // `super::LiveServer::start` inside this runtime's thread; nothing
        // to serve otherwise.
        Err(_) => return,
    };
    let open = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let mut connections = JoinSet::new();
    loop {
        let permit = tokio::select! {
            permit = Arc::clone(&open).acquire_owned() => match permit {
                Ok(p) => p,
                Err(_) => break,
            },
            _ = stopped(&mut stop) => break,
        };
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = stopped(&mut stop) => break,
        };
        let (stream, peer) = match accepted {
            Ok(a) => a,
            // Out of file handles or the like: wait a little instead of
            // spinning, then accept again.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let client = ClientAddr(peer.ip());
        let service = TowerToHyperService::new(router.clone().map_request(
            move |mut request: axum::http::Request<Incoming>| {
                request.extensions_mut().insert(client);
                request
            },
        ));
        let mut stop = stop.clone();
        connections.spawn(async move {
            let _permit = permit;
            let mut builder = http1::Builder::new();
            builder
                .timer(TokioTimer::new())
                .header_read_timeout(limits.header_timeout);
            let connection = builder.serve_connection(TokioIo::new(stream), service);
            tokio::pin!(connection);
            tokio::select! {
                _ = connection.as_mut() => {}
                _ = stopped(&mut stop) => {
                    connection.as_mut().graceful_shutdown();
                    let _ = tokio::time::timeout(limits.grace, connection).await;
                }
            }
        });
        // Finished connections are collected as they go.
        while connections.try_join_next().is_some() {}
    }
    drop(listener);
    let finish = async { while connections.join_next().await.is_some() {} };
    if tokio::time::timeout(limits.grace, finish).await.is_err() {
        connections.abort_all();
    }
}

/// Resolves once the stop is given (or its sender is gone).
async fn stopped(stop: &mut watch::Receiver<bool>) {
    // The guard of the value read is dropped here, before any await of
    // the caller: it is not `Send`.
    let _ = stop.wait_for(|s| *s).await;
}
