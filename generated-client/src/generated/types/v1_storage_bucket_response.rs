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
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for V1StorageBucketResponse {
    const EXPECTING: &'static str = "struct V1StorageBucketResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<String> = None;
        let mut field_2: Option<String> = None;
        let mut field_3: Option<String> = None;
        let mut field_4: Option<bool> = None;
        let mut field_5: Option<String> = None;
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
