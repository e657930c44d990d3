//! Tracing output of a call never contains a request or response body.
//! In a test binary of its own: tracing caches whether a call site is
//! enabled, and tests running beside this one with no subscriber would make
//! its events look disabled.

mod capture;
mod common;

use capture::Captured;
use common::{client, create_thing, serve_once_then, TestClock};
use tracing_subscriber::fmt::format::FmtSpan;
use wiremock::ResponseTemplate;

const REQUEST_SECRET: &str = "request-body-secret-9f2c";
const RESPONSE_SECRET: &str = "response-body-secret-7b1d";

#[tokio::test]
async fn traces_at_every_level_leave_bodies_out() {
    let captured = Captured::default();
    let _guard = captured.install(tracing::Level::TRACE, FmtSpan::FULL);

    let server = serve_once_then(
        "POST",
        ResponseTemplate::new(500).set_body_string(format!("{{\"error\":\"{RESPONSE_SECRET}\"}}")),
        ResponseTemplate::new(201).set_body_string(format!("{{\"token\":\"{RESPONSE_SECRET}\"}}")),
    )
    .await;
    let client = client(&server.uri(), &TestClock::advancing());
    let request = create_thing()
        .with_json(&serde_json::json!({ "db_pass": REQUEST_SECRET }))
        .expect("a JSON body");
    let _ = client.execute(request).await;

    let output = captured.output();
    assert!(
        output.contains("test-create-thing"),
        "no trace of the call: {output}"
    );
    assert!(
        !output.contains(REQUEST_SECRET),
        "request body traced: {output}"
    );
    assert!(
        !output.contains(RESPONSE_SECRET),
        "response body traced: {output}"
    );
}
