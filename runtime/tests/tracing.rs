//! Tracing output of calls. In a test binary of its own: tracing caches
//! whether a call site is enabled, and tests running beside this one with no
//! subscriber would make its events look disabled.

mod common;

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{client, get_thing, TestClock, TOKEN};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

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
async fn each_call_has_a_span_with_the_operation_attempt_and_status_and_no_token() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "1"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let client = client(&server.uri(), &TestClock::advancing());
    client.execute(get_thing()).await.unwrap();
    let _ = client
        .execute(get_thing().with_timeout(Duration::from_millis(1)))
        .await;

    let output = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
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
