//! Tracing output of a call never contains a request or response body.
//! In a test binary of its own: tracing caches whether a call site is
//! enabled, and tests running beside this one with no subscriber would make
//! its events look disabled.

mod common;

use std::io::Write;
use std::sync::{Arc, Mutex};

use common::{client, create_thing, TestClock};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

const REQUEST_SECRET: &str = "request-body-secret-9f2c";
const RESPONSE_SECRET: &str = "response-body-secret-7b1d";

/// A writer into a shared buffer, for capturing tracing output.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn traces_at_every_level_leave_bodies_out() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::FULL)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(500)
                .set_body_string(format!("{{\"error\":\"{RESPONSE_SECRET}\"}}")),
        )
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(201)
                .set_body_string(format!("{{\"token\":\"{RESPONSE_SECRET}\"}}")),
        )
        .mount(&server)
        .await;
    let client = client(&server.uri(), &TestClock::advancing());
    let request = create_thing()
        .with_json(&serde_json::json!({ "db_pass": REQUEST_SECRET }))
        .expect("a JSON body");
    let _ = client.execute(request).await;

    let output = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
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
