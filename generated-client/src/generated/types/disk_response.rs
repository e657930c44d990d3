//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/DiskResponse`.

use serde::{Deserialize, Serialize};

/// `DiskResponse`
///
/// Schema: `#/components/schemas/DiskResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct DiskResponse {
    /// `attributes`
    pub attributes: DiskResponseAttributes,
    /// `last_modified_at`
    pub last_modified_at: Option<String>,
}

impl crate::runtime::ToFields for DiskResponse {
    const NAME: &'static str = "DiskResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("attributes", &self.attributes)
            .optional("last_modified_at", &self.last_modified_at)
    }
}

impl crate::runtime::FromFields for DiskResponse {
    const EXPECTING: &'static str = "struct DiskResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut attributes: Option<DiskResponseAttributes> = None;
        let mut last_modified_at: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "attributes" => __map.fill(&mut attributes),
                "last_modified_at" => __map.set(&mut last_modified_at),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(DiskResponse {
            attributes: crate::runtime::required(attributes, "attributes")?,
            last_modified_at,
        })
    }
}
crate::runtime::object_serde!(DiskResponse);

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
