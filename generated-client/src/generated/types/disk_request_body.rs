//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/DiskRequestBody`.

use serde::{Deserialize, Serialize};

/// `DiskRequestBody`
///
/// Schema: `#/components/schemas/DiskRequestBody`
#[derive(Debug, Clone, PartialEq)]
pub struct DiskRequestBody {
    /// `attributes`
    pub attributes: DiskRequestBodyAttributes,
}

impl crate::runtime::ToFields for DiskRequestBody {
    const NAME: &'static str = "DiskRequestBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("attributes", &self.attributes)
    }
}

impl crate::runtime::FromFields for DiskRequestBody {
    const EXPECTING: &'static str = "struct DiskRequestBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut attributes: Option<DiskRequestBodyAttributes> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "attributes" => __map.fill(&mut attributes),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(DiskRequestBody {
            attributes: crate::runtime::required(attributes, "attributes")?,
        })
    }
}
crate::runtime::object_serde!(DiskRequestBody);

impl DiskRequestBody {
    /// A value with the required fields (`attributes`) set and every optional field absent.
    pub fn new(attributes: DiskRequestBodyAttributes) -> Self {
        Self { attributes }
    }
}

/// `DiskRequestBodyAttributes`
///
/// Schema: `#/components/schemas/DiskRequestBody/properties/attributes`
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum DiskRequestBodyAttributes {
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
}
