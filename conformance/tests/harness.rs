//! The harness against a stand-in for Prism (wiremock): the same sample
//! calls, proxy and classification as a real run, with answers chosen to
//! show that each kind of failure is caught and reported.

use conformance::harness::{run_calls, FailKind, Outcome};
use conformance::samples::{SampleCall, CALLS};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn calls(ids: &[&str]) -> Vec<&'static SampleCall> {
    ids.iter()
        .map(|id| {
            CALLS
                .iter()
                .find(|c| c.id == *id)
                .unwrap_or_else(|| panic!("no sample call {id}"))
        })
        .collect()
}

fn problems(outcome: &Outcome) -> &[(FailKind, String)] {
    match outcome {
        Outcome::Fail(problems) => problems,
        Outcome::Pass => &[],
    }
}

#[tokio::test]
async fn each_kind_of_failure_is_reported() {
    let server = MockServer::start().await;
    // A success the client decodes.
    Mock::given(method("GET"))
        .and(path("/v1/organizations"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([])))
        .mount(&server)
        .await;
    // A success the client cannot decode: `name` is a string in the spec.
    Mock::given(method("GET"))
        .and(path("/v1/projects"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([{"name": 0}])))
        .mount(&server)
        .await;
    // Prism's answer to an invalid request.
    Mock::given(method("GET"))
        .and(path("/v1/projects/abcdefghijklmnopqrst"))
        .respond_with(ResponseTemplate::new(422).set_body_json(json!({
            "type": "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY",
            "status": 422,
            "validation": [{
                "location": ["path", "ref"],
                "severity": "Error",
                "code": "pattern",
                "message": "Request path parameter ref must match pattern \"^[0-9]+$\""
            }]
        })))
        .mount(&server)
        .await;
    // Prism's answer when its own response breaks the spec.
    Mock::given(method("GET"))
        .and(path(
            "/v1/projects/abcdefghijklmnopqrst/config/database/postgres",
        ))
        .respond_with(ResponseTemplate::new(500).set_body_json(json!({
            "type": "https://stoplight.io/prism/errors#VIOLATIONS",
            "status": 500,
            "validation": [{
                "location": ["response", "body", "statement_timeout"],
                "severity": "Error",
                "code": "pattern",
                "message": "Response body property statement_timeout must match pattern"
            }]
        })))
        .mount(&server)
        .await;

    let ids = [
        "v1-list-all-organizations",
        "v1-list-all-projects",
        "v1-get-project",
        "v1-get-postgres-config",
    ];
    let outcomes = run_calls(*server.address(), &calls(&ids)).await.unwrap();
    let by_id = |id: &str| &outcomes.iter().find(|(i, _)| *i == id).unwrap().1;

    assert_eq!(by_id("v1-list-all-organizations"), &Outcome::Pass);

    let decode = problems(by_id("v1-list-all-projects"));
    assert_eq!(decode.len(), 1, "{decode:?}");
    assert_eq!(decode[0].0, FailKind::Decode);
    assert!(decode[0].1.starts_with("at `[0].name`"), "{}", decode[0].1);

    let rejected = problems(by_id("v1-get-project"));
    assert_eq!(rejected.len(), 1, "{rejected:?}");
    assert_eq!(rejected[0].0, FailKind::Rejected);
    assert_eq!(
        rejected[0].1,
        "path.ref: Request path parameter ref must match pattern \"^[0-9]+$\" [pattern]"
    );

    let mock = problems(by_id("v1-get-postgres-config"));
    assert_eq!(mock[0].0, FailKind::MockResponse, "{mock:?}");

    // Every request went through the proxy with the token: no auth problem.
    for (id, outcome) in &outcomes {
        assert!(
            problems(outcome).iter().all(|(k, _)| *k != FailKind::Auth),
            "{id}: {outcome:?}"
        );
    }
    // The calls asked Prism for their success status.
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), ids.len());
    for request in &requests {
        let prefer = request.headers.get("prefer").map(|v| v.to_str().unwrap());
        assert_eq!(prefer, Some("code=200"), "{}", request.url);
    }
}

#[test]
fn every_operation_has_a_sample_call() {
    let mut ids: Vec<&str> = CALLS.iter().map(|c| c.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), CALLS.len(), "operation ids are unique");
    assert!(
        CALLS.iter().all(|c| c.notes.is_empty()),
        "every sample satisfies its schema"
    );
}
