//! Calls own a handle to their client: a request builder and the future it
//! becomes are `Send + 'static`, so they can be spawned, and they outlive
//! the client value they were made from. This file compiling is the proof;
//! the tests also run the spawned calls against a mock server.

use std::future::IntoFuture;

use supabase_management_api::{Client, Error};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN: &str = "sbp_0123456789abcdef_SECRET_TOKEN";

/// Compiles only for values that can be moved to another task or thread and
/// borrow nothing.
fn send_static<T: Send + 'static>(value: T) -> T {
    value
}

fn client(uri: &str) -> Client {
    Client::builder(TOKEN)
        .base_url(uri)
        .allow_insecure_http(true)
        .build()
        .unwrap()
}

async fn server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/projects"))
        .respond_with(ResponseTemplate::new(200).set_body_string("[]"))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/projects/abcdefghijklmnopqrst"))
        .respond_with(
            ResponseTemplate::new(404).set_body_string(r#"{"message":"Project not found"}"#),
        )
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn builders_and_their_futures_are_send_and_static() {
    let server = server().await;
    let client = client(&server.uri());

    // Every way of turning a builder into a future, and the builder itself.
    let builder = send_static(client.get_project("abcdefghijklmnopqrst"));
    let send = send_static(builder.send());
    let into_future = send_static(client.get_project("abcdefghijklmnopqrst").into_future());
    let raw = send_static(client.get_project("abcdefghijklmnopqrst").send_raw());
    let listed = send_static(
        client
            .list_all_projects()
            .timeout(std::time::Duration::from_secs(5)),
    );
    // The futures hold no borrow of `client`.
    drop(client);

    let results = [tokio::spawn(send), tokio::spawn(into_future)];
    for result in results {
        let error = result.await.unwrap().unwrap_err();
        let Error::Api(api) = &error else {
            panic!("expected the API's 404, got {error:?}");
        };
        assert_eq!(api.status, 404);
        assert_eq!(api.operation.id, "v1-get-project");
    }
    let raw = tokio::spawn(raw).await.unwrap().unwrap();
    assert_eq!(raw.status, 404);
    let projects = tokio::spawn(listed.into_future()).await.unwrap().unwrap();
    assert!(projects.is_empty());
    assert_eq!(server.received_requests().await.unwrap().len(), 4);
}

#[tokio::test]
async fn calls_spawned_from_one_client_run_on_other_tasks() {
    let server = server().await;
    let client = client(&server.uri());

    let handles: Vec<_> = (0..8)
        .map(|_| tokio::spawn(client.list_all_projects().send()))
        .collect();
    for handle in handles {
        assert!(handle.await.unwrap().unwrap().is_empty());
    }
    assert_eq!(server.received_requests().await.unwrap().len(), 8);
}
