//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/DiskRequestBody`.

use serde::{Deserialize, Serialize};

/// `DiskRequestBody`
///
/// Schema: `#/components/schemas/DiskRequestBody`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DiskRequestBody {
    /// `attributes`
    pub attributes: DiskRequestBodyAttributes,
}

impl<'de> Deserialize<'de> for DiskRequestBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = DiskRequestBody;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct DiskRequestBody")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                map: __A,
            ) -> Result<DiskRequestBody, __A::Error> {
                let mut field_0: Option<DiskRequestBodyAttributes> = None;
                let mut map = crate::runtime::Fields::new(map);
                while let Some(key) = map.next_key()? {
                    let read = match key.as_str() {
                        "attributes" => map.fill(&mut field_0),
                        _ => map.skip(),
                    };
                    read?;
                }
                Ok(DiskRequestBody {
                    attributes: crate::runtime::required(field_0, "attributes")?,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

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
