//! Starting and ending a session: refused starts leave nothing
//! listening; a stopped session frees its address and every token dies
//! with it.

use std::net::TcpStream;
use std::time::Duration;

use cx_maturity::ErrorKind;
use cx_maturity::live::{LiveOptions, LiveServer};

use super::{Room, assert_token_refused, start};

#[test]
fn a_stopped_session_frees_its_address_and_refuses_every_token() {
    let room = Room::new(LiveOptions::default());
    let token = room.join("Ann");
    let address = room.server.address();
    let Room {
        dir,
        assessment,
        server,
        ..
    } = room;
    server.stop();

    // Nothing listens.
    assert!(TcpStream::connect_timeout(&address, Duration::from_secs(2)).is_err());

    // A new session on the same address and assessment knows no old token.
    let db = dir.path().join("cx.db");
    let again = LiveServer::start(&db, &assessment, address, LiveOptions::default())
        .expect("the address is free again");
    assert_token_refused(again.address(), &token);
    assert_ne!(again.join_code(), "", "a new session has a code of its own");
}

#[test]
fn a_session_is_refused_for_a_missing_assessment_or_a_taken_address() {
    let room = Room::new(LiveOptions::default());
    let e = LiveServer::start(
        &room.db(),
        "no-such-assessment",
        "127.0.0.1:0".parse().unwrap(),
        LiveOptions::default(),
    )
    .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::NotFound, "{e}");

    let e = LiveServer::start(
        &room.db(),
        &room.assessment,
        room.server.address(),
        LiveOptions::default(),
    )
    .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput, "{e}");
    assert!(e.to_string().contains("cannot listen on"), "{e}");

    // An assessment without departments has nobody to seat.
    let empty = {
        let mut store = room.store();
        store
            .create_assessment("Acme", "Empty", &crate::store::builtin(), &[])
            .unwrap()
    };
    let e = LiveServer::start(
        &room.db(),
        &empty,
        "127.0.0.1:0".parse().unwrap(),
        LiveOptions::default(),
    )
    .unwrap_err();
    assert!(e.to_string().contains("no department"), "{e}");
}

#[test]
fn dropping_the_server_stops_it_too() {
    let room = Room::new(LiveOptions::default());
    let second = start(&room.db(), &room.assessment, LiveOptions::default());
    let address = second.address();
    drop(second);
    assert!(TcpStream::connect_timeout(&address, Duration::from_secs(2)).is_err());
}
