//! Tracing output of calls. In a test binary of its own: tracing caches
//! whether a call site is enabled, and tests running beside this one with no
//! subscriber would make its events look disabled.

mod capture;
mod common;

use std::time::Duration;

use capture::Captured;
use common::{client, get_thing, serve_once_then, TestClock, TOKEN};
use tracing_subscriber::fmt::format::FmtSpan;
use wiremock::ResponseTemplate;

#[tokio::test]
async fn each_call_has_a_span_with_the_operation_attempt_and_status_and_no_token() {
    let captured = Captured::default();
    let _guard = captured.install(tracing::Level::TRACE, FmtSpan::CLOSE);

    let server = serve_once_then(
        "GET",
        ResponseTemplate::new(429).insert_header("Retry-After", "1"),
        ResponseTemplate::new(200),
    )
    .await;
    let client = client(&server.uri(), &TestClock::advancing());
    client.execute(get_thing()).await.unwrap();
    let _ = client
        .execute(get_thing().with_timeout(Duration::from_millis(1)))
        .await;

    let output = captured.output();
    assert!(output.contains("operation=\"test-get-thing\""), "{output}");
    assert!(output.contains("method=\"GET\""), "{output}");
    assert!(output.contains("path=\"/v1/things/{id}\""), "{output}");
    assert!(output.contains("attempts=2"), "{output}");
    assert!(output.contains("attempt{number=2"), "{output}");
    assert!(output.contains("status=200"), "{output}");
    assert!(
        output.contains("rate limited; waiting before retrying"),
        "{output}"
    );
    assert!(!output.contains(TOKEN), "token leaked: {output}");
    assert!(!output.contains("SECRET"), "token leaked: {output}");
    if std::env::var_os("SHOW_TRACE").is_some() {
        eprintln!("{output}");
    }
}
