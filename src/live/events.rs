//! `GET /api/events?token=…`: the room as server-sent events, so every
//! phone follows the facilitator within a moment. One `room` event with
//! the state at once, one on every change (changes made faster than a
//! phone reads are folded into the latest), the last one with `ended`,
//! then the stream closes. The token comes in the query because a
//! browser's `EventSource` cannot send headers; it opens only the room's
//! state, which every participant sees alike.

use std::convert::Infallible;
use std::time::Duration;

use axum::extract::State;
use axum::http::Uri;
use axum::response::sse::{Event, KeepAlive, Sse};
use futures_util::Stream;
use futures_util::stream;
use tokio::sync::watch;

use super::api::{Shared, Token, holder};
use super::problem::ApiError;
use super::wire::RoomState;

/// How often an idle stream says it is alive: well under the minute after
/// which phones' browsers and Wi-Fi access points drop a silent connection.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

pub(crate) async fn follow(
    State(app): State<Shared>,
    uri: Uri,
) -> Result<Sse<impl Stream<Item = Result<Event, Infallible>>>, ApiError> {
    let token = query_token(&uri).ok_or_else(|| {
        ApiError::unauthorized(
            "this device has not joined the session; join with the code on the projector",
        )
    })?;
    holder(&app, &token)?;
    let room = app.session.watch_room();
    Ok(
        Sse::new(updates(room))
            .keep_alive(KeepAlive::new().interval(KEEP_ALIVE).text("keep-alive")),
    )
}

/// The `token` parameter of the query.
fn query_token(uri: &Uri) -> Option<Token> {
    uri.query()?
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(name, _)| *name == "token")
        .map(|(_, value)| value.trim())
        .filter(|value| !value.is_empty())
        .map(|value| Token(value.to_owned()))
}

/// The room now, then each change, ending after the state that says the
/// session ended.
fn updates(room: watch::Receiver<RoomState>) -> impl Stream<Item = Result<Event, Infallible>> {
    stream::unfold(Some((room, true)), |next| async move {
        let (mut room, first) = next?;
        if !first && room.changed().await.is_err() {
            return None;
        }
        let state = room.borrow_and_update().clone();
        let event = Event::default()
            .event("room")
            .json_data(&state)
            .unwrap_or_else(|_| Event::default().event("room"));
        let rest = if state.ended {
            None
        } else {
            Some((room, false))
        };
        Some((Ok(event), rest))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_is_read_from_the_query_only_by_its_name() {
        let token =
            |q: &str| query_token(&format!("/api/events{q}").parse().unwrap()).map(|Token(t)| t);
        assert_eq!(token("?token=abc"), Some("abc".into()));
        assert_eq!(token("?x=1&token=abc&y=2"), Some("abc".into()));
        assert_eq!(token("?tokens=abc"), None);
        assert_eq!(token("?token="), None);
        assert_eq!(token(""), None);
    }
}
