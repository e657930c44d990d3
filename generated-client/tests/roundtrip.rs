//! Serde round trips through the generated types of the pinned spec: JSON in,
//! typed value, JSON out gives back the same document, for each construct the
//! generator handles. Where a type deliberately normalises, the test says so.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};
use supabase_management_api::types::*;
use supabase_management_api::Nullable;

/// Decodes `value` into `T` and encodes it again.
fn roundtrip<T: DeserializeOwned + Serialize>(value: Value) -> (T, Value) {
    let typed: T = serde_json::from_value(value.clone()).unwrap_or_else(|e| panic!("{e}: {value}"));
    let back = serde_json::to_value(&typed).unwrap();
    (typed, back)
}

fn project(status: &str) -> Value {
    json!({
        "created_at": "2026-01-01T00:00:00Z",
        "database": {"host": "db.x.supabase.co", "postgres_engine": "17", "release_channel": "ga", "version": "17.4"},
        "id": "abcdefghijklmnopqrst",
        "name": "demo",
        "organization_id": "org",
        "organization_slug": "org",
        "ref": "abcdefghijklmnopqrst",
        "region": "us-east-1",
        "status": status
    })
}

#[test]
fn known_and_unknown_enum_values_survive() {
    let (known, back) = roundtrip::<V1ProjectWithDatabaseResponse>(project("ACTIVE_HEALTHY"));
    assert_eq!(
        known.status,
        V1ProjectWithDatabaseResponseStatus::ActiveHealthy
    );
    assert_eq!(back, project("ACTIVE_HEALTHY"));
    // A status added to the API after this crate was generated.
    let (unknown, back) =
        roundtrip::<V1ProjectWithDatabaseResponse>(project("HIBERNATING_FOR_WINTER"));
    assert_eq!(
        unknown.status,
        V1ProjectWithDatabaseResponseStatus::Unknown("HIBERNATING_FOR_WINTER".to_owned())
    );
    assert_eq!(back, project("HIBERNATING_FOR_WINTER"));
    // The value `UNKNOWN` in the spec is a variant of its own.
    let (listed, _) = roundtrip::<V1ProjectWithDatabaseResponse>(project("UNKNOWN"));
    assert_eq!(
        listed.status,
        V1ProjectWithDatabaseResponseStatus::UnknownValue
    );
}

#[test]
fn unknown_object_fields_are_ignored_in_responses() {
    let mut with_extra = project("ACTIVE_HEALTHY");
    with_extra["brand_new_field"] = json!({"nested": true});
    let (_, back) = roundtrip::<V1ProjectWithDatabaseResponse>(with_extra);
    assert_eq!(
        back,
        project("ACTIVE_HEALTHY"),
        "unknown fields are dropped, not an error"
    );
}

#[test]
fn optional_nullable_request_fields_keep_absent_null_and_value_apart() {
    let doc = json!({
        "api_max_request_duration": null,
        "db_max_pool_size": 10,
        "password_required_characters": ""
    });
    let (body, back) = roundtrip::<UpdateAuthConfigBody>(doc.clone());
    assert_eq!(body.api_max_request_duration, Nullable::Null);
    assert_eq!(body.db_max_pool_size, Nullable::Value(10));
    assert_eq!(
        body.password_required_characters,
        Nullable::Value(UpdateAuthConfigBodyPasswordRequiredCharacters::Empty)
    );
    assert!(body.site_url.is_absent());
    assert_eq!(
        back, doc,
        "explicit null survives; absent fields stay absent"
    );
    assert_eq!(
        serde_json::to_value(UpdateAuthConfigBody::default()).unwrap(),
        json!({})
    );
}

#[test]
fn tagged_one_of_in_a_request_body() {
    let doc = json!({
        "db_pass": "secret",
        "name": "demo",
        "organization_slug": "org",
        "region_selection": {"type": "smartGroup", "code": "emea"}
    });
    let (body, back) = roundtrip::<V1CreateProjectBody>(doc.clone());
    assert_eq!(
        body.region_selection,
        Some(V1CreateProjectBodyRegionSelection::SmartGroup {
            code: V1CreateProjectBodyRegionSelectionSmartGroupCode::Emea
        })
    );
    assert_eq!(back, doc);
    let mut built = V1CreateProjectBody::new("secret", "demo", "org");
    built.region_selection = body.region_selection.clone();
    assert_eq!(
        serde_json::to_value(&built).unwrap(),
        doc,
        "new() leaves optional fields out"
    );
}

#[test]
fn untagged_one_of_string_or_object() {
    let as_text = json!({"error": "quota exceeded"});
    let (text, back) = roundtrip::<AnalyticsResponse>(as_text.clone());
    assert!(
        matches!(text.error, Some(AnalyticsResponseError::String(ref s)) if s == "quota exceeded")
    );
    assert_eq!(back, as_text);
    let as_object = json!({"error": {"code": 400.0, "errors": [], "message": "bad", "status": "INVALID"}, "result": [{"a": 1}]});
    let (object, back) = roundtrip::<AnalyticsResponse>(as_object.clone());
    assert!(matches!(
        object.error,
        Some(AnalyticsResponseError::Object(_))
    ));
    assert_eq!(back, as_object);
}

#[test]
fn untagged_objects_match_the_most_specific_variant() {
    let entitlement = |config: Value| {
        json!({"entitlements": [{
            "config": config,
            "feature": {"key": "instances.read_replicas", "type": "numeric"},
            "hasAccess": true,
            "type": "numeric"
        }]})
    };
    let unit =
        entitlement(json!({"enabled": true, "value": 2.0, "unlimited": false, "unit": "count"}));
    let (typed, back) = roundtrip::<V1ListEntitlementsResponse>(unit.clone());
    assert!(matches!(
        typed.entitlements[0].config,
        V1ListEntitlementsResponseEntitlementsItemConfig::Unit(_)
    ));
    assert_eq!(back, unit);
    let enabled = entitlement(json!({"enabled": false}));
    let (typed, back) = roundtrip::<V1ListEntitlementsResponse>(enabled.clone());
    assert!(matches!(
        typed.entitlements[0].config,
        V1ListEntitlementsResponseEntitlementsItemConfig::Enabled(_)
    ));
    assert_eq!(back, enabled);
}

/// Typed formats keep the value, not its spelling: a date-time is the same
/// instant written in UTC with `Z` and only the fraction digits it needs,
/// and a UUID is written in lower case. Equal as values, so a request built
/// from a response means the same thing to the server.
#[test]
fn date_times_and_uuids_round_trip_as_values_in_their_normal_form() {
    let doc = json!({"schedule_for": "daily", "updated_at": "2026-05-04T14:40:44+00:00"});
    let (schedule, back) = roundtrip::<V1BackupScheduleResponse>(doc);
    assert_eq!(
        back,
        json!({"schedule_for": "daily", "updated_at": "2026-05-04T14:40:44Z"}),
        "normalised: the offset becomes Z"
    );
    let (again, _) = roundtrip::<V1BackupScheduleResponse>(back.clone());
    assert_eq!(again, schedule, "the same instant");

    for (sent, written) in [
        ("2024-01-01T00:00:00.000Z", "2024-01-01T00:00:00Z"),
        ("2024-01-01T02:30:00.5+02:30", "2024-01-01T00:00:00.500Z"),
        ("2024-01-01T00:00:00.123456Z", "2024-01-01T00:00:00.123456Z"),
    ] {
        let (_, back) =
            roundtrip::<V1BackupScheduleResponse>(json!({"schedule_for": "x", "updated_at": sent}));
        assert_eq!(back["updated_at"], written, "{sent}");
    }

    let doc = json!({"roles": [], "user_id": "55555555-5555-4555-8555-55555555555A"});
    let (body, back) = roundtrip::<UpdateJitAccessBody>(doc);
    assert_eq!(back["user_id"], "55555555-5555-4555-8555-55555555555a");
    assert_eq!(
        body.user_id.to_string(),
        "55555555-5555-4555-8555-55555555555a"
    );
}
