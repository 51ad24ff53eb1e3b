//! The participant page's files, embedded at build time (`build.rs`) and
//! served at `/` and `/assets/…`: gzip-compressed to a browser that takes
//! it, with the page's Content-Security-Policy on the HTML. Only these
//! files are reachable; any other path is a 404 from the router.

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::problem::ApiError;
use super::wire::ProblemKind;

/// One file of the built page.
pub(crate) struct PageFile {
    pub(crate) route: &'static str,
    pub(crate) plain: &'static [u8],
    pub(crate) gzip: &'static [u8],
}

/// Every file of `ui/dist-participant/`, sorted by route.
pub(crate) static FILES: &[PageFile] = include!(concat!(env!("OUT_DIR"), "/participant_page.rs"));

/// What the page may load and run: its own files and API, nothing inline,
/// nothing from elsewhere (`data:` images for nothing but the page's own
/// icons).
const PAGE_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
     img-src 'self' data:; connect-src 'self'; font-src 'self'; manifest-src 'self'; \
     base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// The routes of the page's files (the API's are in `api.rs`).
pub(crate) fn routes<S: Clone + Send + Sync + 'static>() -> Router<S> {
    let mut router = Router::new().route("/", get(serve_file));
    for file in FILES {
        if file.route != "/index.html" {
            router = router.route(file.route, get(serve_file));
        }
    }
    router
}

async fn serve_file(uri: Uri, headers: HeaderMap) -> Response {
    let route = match uri.path() {
        "/" => "/index.html",
        other => other,
    };
    let Some(file) = FILES.iter().find(|f| f.route == route) else {
        return not_built();
    };
    let takes_gzip = headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|coding| {
            let mut parts = coding.split(';').map(str::trim);
            parts.next().is_some_and(|c| c.eq_ignore_ascii_case("gzip"))
                && parts.all(|p| p.replace(' ', "") != "q=0")
        });
    let mut response = if takes_gzip {
        let mut r = Body::from(file.gzip).into_response();
        r.headers_mut()
            .insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
        r
    } else {
        Body::from(file.plain).into_response()
    };
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, content_type(route));
    headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    if route.ends_with(".html") {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(PAGE_POLICY),
        );
    } else if route.starts_with("/assets/") {
        // Vite names every asset by its content's hash: a new build is a
        // new name, so a phone may keep what it loaded.
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=31536000, immutable"),
        );
    }
    response
}

/// The page is missing from this build (`ui/dist-participant` was not
/// built when the core was compiled).
fn not_built() -> Response {
    ApiError::new(
        StatusCode::SERVICE_UNAVAILABLE,
        ProblemKind::Unavailable,
        "the participant page is not part of this build of the app; \
         build it with `cd ui && npm run build`, then build the app again",
    )
    .into_response()
}

fn content_type(route: &str) -> HeaderValue {
    let extension = route.rsplit_once('.').map_or("", |(_, e)| e);
    HeaderValue::from_static(match extension {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "webmanifest" | "json" => "application/json",
        "woff2" => "font/woff2",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_of_file_gets_its_type() {
        assert_eq!(content_type("/index.html"), "text/html; charset=utf-8");
        assert_eq!(
            content_type("/assets/participant-1a2b.js"),
            "text/javascript; charset=utf-8"
        );
        assert_eq!(content_type("/assets/x.css"), "text/css; charset=utf-8");
        assert_eq!(content_type("/LICENSE"), "application/octet-stream");
    }
}
