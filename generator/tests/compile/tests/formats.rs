//! The `formats` fixture's client on the wire: a parameter of each typed
//! format (path, query, header) is sent in its text form, and typed values
//! decode from bodies and response headers, a malformed one being a decode
//! error at its place.

use fixture_compile::formats::types::Event;
use fixture_compile::formats::Client;
use fixture_compile::runtime::chrono::{DateTime, NaiveDate, TimeZone, Utc};
use fixture_compile::runtime::uuid::Uuid;
use fixture_compile::Error;
use serde_json::json;
use wiremock::matchers::{header, method, path, query_param};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const ID: &str = "6f1c2a3b-0000-4000-8000-00000000000a";

fn client(uri: &str) -> Client {
    Client::builder_without_auth()
        .base_url(uri)
        .allow_insecure_http(true)
        .build()
        .unwrap()
}

fn event() -> serde_json::Value {
    json!({"id": ID, "at": "2024-01-01T00:00:00Z", "count": 4_000_000_000u64, "total": u64::MAX})
}

#[tokio::test]
async fn each_typed_format_is_sent_in_its_text_form() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(format!("/events/{ID}/days/2024-02-29")))
        .and(query_param("since", "2024-02-29T23:59:59.123Z"))
        .and(query_param("until", "2024-03-01T00:00:00Z"))
        .and(query_param("limit", u64::MAX.to_string()))
        .and(header("X-Not-Before", "2024-02-29T22:00:00Z"))
        .and(header("X-Sequence", "4000000000"))
        .respond_with(ResponseTemplate::new(200).set_body_json(event()))
        .expect(1)
        .mount(&server)
        .await;
    let id: Uuid = ID.parse().unwrap();
    let day = NaiveDate::from_ymd_opt(2024, 2, 29).unwrap();
    let since: DateTime<Utc> = "2024-02-29T23:59:59.123Z".parse().unwrap();
    let until = Utc.with_ymd_and_hms(2024, 3, 1, 0, 0, 0).unwrap();
    let not_before: DateTime<Utc> = "2024-03-01T00:00:00+02:00".parse().unwrap();
    let tags = vec![id, Uuid::nil()];

    let event = client(&server.uri())
        .get_event(id, day, since)
        .until(until)
        .limit(u64::MAX)
        .tags(tags)
        .x_not_before(not_before)
        .x_sequence(4_000_000_000)
        .await
        .unwrap();

    assert_eq!(event.id, id);
    assert_eq!(event.count, 4_000_000_000);
    assert_eq!(event.total, u64::MAX);
    let requests = server.received_requests().await.unwrap();
    let query = requests[0].url.query().unwrap_or_default().to_owned();
    assert!(
        query.contains(&format!(
            "tags={ID}&tags=00000000-0000-0000-0000-000000000000"
        )),
        "an array of UUIDs is one query pair each: {query}"
    );
}

#[tokio::test]
async fn a_date_time_response_header_is_parsed_and_a_malformed_one_is_a_decode_error() {
    let server = MockServer::start().await;
    Mock::given(method("HEAD"))
        .and(path("/events"))
        .respond_with(|request: &Request| {
            let value = match request.headers.get("x-case").and_then(|v| v.to_str().ok()) {
                Some("bad") => "yesterday",
                _ => "2024-05-01T08:30:00+02:00",
            };
            ResponseTemplate::new(200).insert_header("X-Last-Modified", value)
        })
        .mount(&server)
        .await;
    let client = client(&server.uri());

    let modified = client.events_modified().await.unwrap();
    assert_eq!(
        modified,
        Utc.with_ymd_and_hms(2024, 5, 1, 6, 30, 0).unwrap()
    );

    let error = client
        .events_modified()
        .header("x-case", "bad")
        .await
        .unwrap_err();
    let Error::Decode(decode) = &error else {
        panic!("expected a decode error, got {error:?}");
    };
    assert_eq!(decode.path, "header X-Last-Modified");
    assert!(decode.message.contains("yesterday"), "{}", decode.message);
}

#[test]
fn typed_values_decode_and_unsigned_integers_refuse_negatives() {
    let value = json!({
        "id": ID,
        "at": "2024-01-01T00:00:00Z",
        "day": "2024-02-29",
        "ended_at": null,
        "count": 1,
        "total": 2,
        "stamps": {"a": "2024-01-01T00:00:00Z"},
        "attendees": [ID]
    });
    let event: Event = serde_json::from_value(value.clone()).unwrap();
    assert_eq!(event.day, NaiveDate::from_ymd_opt(2024, 2, 29));
    assert_eq!(serde_json::to_value(&event).unwrap(), value);
    for (field, bad) in [
        ("count", json!(-1)),
        ("count", json!(1u64 << 32)),
        ("total", json!(-1)),
        ("id", json!("not-a-uuid")),
        ("at", json!("2024-01-01")),
        ("day", json!("2024-02-30")),
    ] {
        let mut doc = value.clone();
        doc[field] = bad.clone();
        assert!(
            serde_json::from_value::<Event>(doc).is_err(),
            "{field} = {bad} decoded"
        );
    }
}
