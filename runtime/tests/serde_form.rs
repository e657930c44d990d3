//! Where a struct declared with `object!` can be told from one with serde's
//! derive, and where it cannot: the same JSON written, the same objects
//! read, except a repeated key (last value wins) and a struct encoded as a
//! sequence (refused).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

openapi_client_runtime::object! {
    /// A struct as the generator writes one.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Macro {
        #[wire(required)]
        pub name: String,
        #[wire("type")]
        pub kind: Option<String>,
        pub count: Option<i64>,
    }
}

/// The same struct as serde's derive would have it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Derived {
    pub name: String,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none", default)]
    pub kind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub count: Option<i64>,
}

fn both(json: &str) -> (Result<Macro, String>, Result<Derived, String>) {
    (
        serde_json::from_str::<Macro>(json).map_err(|e| e.to_string()),
        serde_json::from_str::<Derived>(json).map_err(|e| e.to_string()),
    )
}

#[test]
fn the_same_objects_read_and_written() {
    for json in [
        r#"{"name":"a"}"#,
        r#"{"name":"a","type":"t","count":3}"#,
        r#"{"count":3,"unknown":[1,2],"name":"a"}"#,
        r#"{"name":"a","type":null}"#,
    ] {
        let (m, d) = both(json);
        let (m, d) = (m.unwrap(), d.unwrap());
        assert_eq!((&m.name, &m.kind, m.count), (&d.name, &d.kind, d.count));
        assert_eq!(
            serde_json::to_string(&m).unwrap(),
            serde_json::to_string(&d).unwrap(),
            "{json}"
        );
    }
}

#[test]
fn the_same_objects_refused() {
    for json in [
        r#"{"type":"t"}"#,
        r#"{"name":1}"#,
        r#"{"name":"a","count":"3"}"#,
        r#""a""#,
    ] {
        let (m, d) = both(json);
        assert!(m.is_err() && d.is_err(), "{json}: {m:?} / {d:?}");
    }
}

#[test]
fn a_repeated_key_keeps_its_last_value_where_the_derive_refuses() {
    let (m, d) = both(r#"{"name":"first","name":"last"}"#);
    assert_eq!(m.unwrap().name, "last");
    assert!(d.unwrap_err().contains("duplicate field `name`"));
}

#[test]
fn a_sequence_is_refused_where_the_derive_reads_it() {
    let (m, d) = both(r#"["a","t",3]"#);
    assert!(m.is_err());
    assert_eq!(d.unwrap().name, "a");
}

openapi_client_runtime::object! {
    /// With additional properties: written as a map, unknown keys kept.
    #[derive(Debug, Clone, PartialEq)]
    pub struct Open {
        #[wire(required)]
        pub name: String,
        #[additional]
        pub additional_properties: BTreeMap<String, serde_json::Value>,
    }
}

#[test]
fn additional_properties_keep_unknown_keys_and_write_them_after_the_fields() {
    let open: Open = serde_json::from_str(r#"{"z":1,"name":"a","b":[true]}"#).unwrap();
    assert_eq!(open.additional_properties.len(), 2);
    assert_eq!(
        serde_json::to_string(&open).unwrap(),
        r#"{"name":"a","b":[true],"z":1}"#
    );
}
