//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1StorageBucketResponse`.

use serde::{Deserialize, Serialize};

/// `V1StorageBucketResponse`
///
/// Schema: `#/components/schemas/V1StorageBucketResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct V1StorageBucketResponse {
    /// `created_at`
    pub created_at: String,
    /// `id`
    pub id: String,
    /// `name`
    pub name: String,
    /// `owner`
    pub owner: String,
    /// `public`
    pub public: bool,
    /// `updated_at`
    pub updated_at: String,
}

impl<'de> Deserialize<'de> for V1StorageBucketResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        struct __Visitor;
        impl<'de> serde::de::Visitor<'de> for __Visitor {
            type Value = V1StorageBucketResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("struct V1StorageBucketResponse")
            }

            fn visit_map<__A: serde::de::MapAccess<'de>>(
                self,
                map: __A,
            ) -> Result<V1StorageBucketResponse, __A::Error> {
                let mut field_0: Option<String> = None;
                let mut field_1: Option<String> = None;
                let mut field_2: Option<String> = None;
                let mut field_3: Option<String> = None;
                let mut field_4: Option<bool> = None;
                let mut field_5: Option<String> = None;
                let mut map = crate::runtime::Fields::new(map);
                while let Some(key) = map.next_key()? {
                    let read = match key.as_str() {
                        "created_at" => map.fill(&mut field_0),
                        "id" => map.fill(&mut field_1),
                        "name" => map.fill(&mut field_2),
                        "owner" => map.fill(&mut field_3),
                        "public" => map.fill(&mut field_4),
                        "updated_at" => map.fill(&mut field_5),
                        _ => map.skip(),
                    };
                    read?;
                }
                Ok(V1StorageBucketResponse {
                    created_at: crate::runtime::required(field_0, "created_at")?,
                    id: crate::runtime::required(field_1, "id")?,
                    name: crate::runtime::required(field_2, "name")?,
                    owner: crate::runtime::required(field_3, "owner")?,
                    public: crate::runtime::required(field_4, "public")?,
                    updated_at: crate::runtime::required(field_5, "updated_at")?,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
