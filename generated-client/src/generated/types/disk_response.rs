//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/DiskResponse`.

use serde::{Deserialize, Serialize};

/// `DiskResponse`
///
/// Schema: `#/components/schemas/DiskResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DiskResponse {
    /// `attributes`
    pub attributes: DiskResponseAttributes,
    /// `last_modified_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified_at: Option<String>,
}

impl<'de> Deserialize<'de> for DiskResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for DiskResponse {
    const EXPECTING: &'static str = "struct DiskResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<DiskResponseAttributes> = None;
        let mut field_1: Option<Option<String>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "attributes" => map.fill(&mut field_0),
                "last_modified_at" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(DiskResponse {
            attributes: crate::runtime::required(field_0, "attributes")?,
            last_modified_at: Option::flatten(field_1),
        })
    }
}

/// `DiskResponseAttributes`
///
/// Schema: `#/components/schemas/DiskResponse/properties/attributes`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum DiskResponseAttributes {
    /// `gp3`
    #[serde(rename = "gp3")]
    Gp3 {
        /// `iops`
        iops: i64,
        /// `size_gb`
        size_gb: i64,
        /// `throughput_mibps`
        #[serde(default, skip_serializing_if = "Option::is_none")]
        throughput_mibps: Option<i64>,
    },
    /// `io2`
    #[serde(rename = "io2")]
    Io2 {
        /// `iops`
        iops: i64,
        /// `size_gb`
        size_gb: i64,
    },
    /// A variant this version of the crate does not know (its fields are dropped).
    #[serde(other)]
    Unknown,
}
