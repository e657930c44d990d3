//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateCustomHostnameBody`.

use serde::{Deserialize, Serialize};

/// `UpdateCustomHostnameBody`
///
/// Schema: `#/components/schemas/UpdateCustomHostnameBody`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UpdateCustomHostnameBody {
    /// `custom_hostname`
    pub custom_hostname: String,
}

impl<'de> Deserialize<'de> for UpdateCustomHostnameBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = UpdateCustomHostnameBody;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct UpdateCustomHostnameBody")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                map: __A,
            ) -> Result<UpdateCustomHostnameBody, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut map = crate::runtime::Fields::new(map);
                while let Some(key) = map.next_key()? {
                    let read = match key.as_str() {
                        "custom_hostname" => map.fill(&mut field_0),
                        _ => map.skip(),
                    };
                    read?;
                }
                Ok(UpdateCustomHostnameBody {
                    custom_hostname: crate::runtime::required(
                        field_0,
                        "custom_hostname",
                    )?,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}

impl UpdateCustomHostnameBody {
    /// A value with the required fields (`custom_hostname`) set and every optional field absent.
    pub fn new(custom_hostname: impl Into<String>) -> Self {
        Self {
            custom_hostname: custom_hostname.into(),
        }
    }
}
