//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/BulkUpdateFunctionResponse`.

use serde::{Deserialize, Serialize};

/// `BulkUpdateFunctionResponse`
///
/// Schema: `#/components/schemas/BulkUpdateFunctionResponse`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BulkUpdateFunctionResponse {
    /// `functions`
    pub functions: Vec<BulkUpdateFunctionResponseFunctionsItem>,
}

impl<'de> Deserialize<'de> for BulkUpdateFunctionResponse {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for BulkUpdateFunctionResponse {
    const EXPECTING: &'static str = "struct BulkUpdateFunctionResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Vec<BulkUpdateFunctionResponseFunctionsItem>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "functions" => map.fill(&mut field_0),
                _ => map.skip(),
            };
            read?;
        }
        Ok(BulkUpdateFunctionResponse {
            functions: crate::runtime::required(field_0, "functions")?,
        })
    }
}

/// `BulkUpdateFunctionResponseFunctionsItem`
///
/// Schema: `#/components/schemas/BulkUpdateFunctionResponse/properties/functions/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BulkUpdateFunctionResponseFunctionsItem {
    /// `created_at`
    pub created_at: i64,
    /// `entrypoint_path`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entrypoint_path: Option<String>,
    /// `ezbr_sha256`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ezbr_sha256: Option<String>,
    /// `id`
    pub id: String,
    /// `import_map`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_map: Option<bool>,
    /// `import_map_path`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_map_path: Option<String>,
    /// `name`
    pub name: String,
    /// `slug`
    pub slug: String,
    /// `status`
    pub status: BulkUpdateFunctionResponseFunctionsItemStatus,
    /// `updated_at`
    pub updated_at: i64,
    /// `verify_jwt`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_jwt: Option<bool>,
    /// `version`
    pub version: i64,
}

impl<'de> Deserialize<'de> for BulkUpdateFunctionResponseFunctionsItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for BulkUpdateFunctionResponseFunctionsItem {
    const EXPECTING: &'static str = "struct BulkUpdateFunctionResponseFunctionsItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<i64> = None;
        let mut field_1: Option<Option<String>> = None;
        let mut field_2: Option<Option<String>> = None;
        let mut field_3: Option<String> = None;
        let mut field_4: Option<Option<bool>> = None;
        let mut field_5: Option<Option<String>> = None;
        let mut field_6: Option<String> = None;
        let mut field_7: Option<String> = None;
        let mut field_8: Option<BulkUpdateFunctionResponseFunctionsItemStatus> = None;
        let mut field_9: Option<i64> = None;
        let mut field_10: Option<Option<bool>> = None;
        let mut field_11: Option<i64> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "created_at" => map.fill(&mut field_0),
                "entrypoint_path" => map.fill(&mut field_1),
                "ezbr_sha256" => map.fill(&mut field_2),
                "id" => map.fill(&mut field_3),
                "import_map" => map.fill(&mut field_4),
                "import_map_path" => map.fill(&mut field_5),
                "name" => map.fill(&mut field_6),
                "slug" => map.fill(&mut field_7),
                "status" => map.fill(&mut field_8),
                "updated_at" => map.fill(&mut field_9),
                "verify_jwt" => map.fill(&mut field_10),
                "version" => map.fill(&mut field_11),
                _ => map.skip(),
            };
            read?;
        }
        Ok(BulkUpdateFunctionResponseFunctionsItem {
            created_at: crate::runtime::required(field_0, "created_at")?,
            entrypoint_path: Option::flatten(field_1),
            ezbr_sha256: Option::flatten(field_2),
            id: crate::runtime::required(field_3, "id")?,
            import_map: Option::flatten(field_4),
            import_map_path: Option::flatten(field_5),
            name: crate::runtime::required(field_6, "name")?,
            slug: crate::runtime::required(field_7, "slug")?,
            status: crate::runtime::required(field_8, "status")?,
            updated_at: crate::runtime::required(field_9, "updated_at")?,
            verify_jwt: Option::flatten(field_10),
            version: crate::runtime::required(field_11, "version")?,
        })
    }
}

/// `BulkUpdateFunctionResponseFunctionsItemStatus`
///
/// Schema: `#/components/schemas/BulkUpdateFunctionResponse/properties/functions/items/properties/status`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BulkUpdateFunctionResponseFunctionsItemStatus {
    /// `ACTIVE`
    Active,
    /// `REMOVED`
    Removed,
    /// `THROTTLED`
    Throttled,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl BulkUpdateFunctionResponseFunctionsItemStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::Removed => "REMOVED",
            Self::Throttled => "THROTTLED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for BulkUpdateFunctionResponseFunctionsItemStatus {
    fn from(value: &str) -> Self {
        match value {
            "ACTIVE" => Self::Active,
            "REMOVED" => Self::Removed,
            "THROTTLED" => Self::Throttled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for BulkUpdateFunctionResponseFunctionsItemStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for BulkUpdateFunctionResponseFunctionsItemStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for BulkUpdateFunctionResponseFunctionsItemStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
