//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/BulkUpdateFunctionBody`.

use serde::{Deserialize, Serialize};

/// `BulkUpdateFunctionBody`
///
/// Schema: `#/components/schemas/BulkUpdateFunctionBody`
pub type BulkUpdateFunctionBody = Vec<BulkUpdateFunctionBodyItem>;

/// `BulkUpdateFunctionBodyItem`
///
/// Schema: `#/components/schemas/BulkUpdateFunctionBody/items`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BulkUpdateFunctionBodyItem {
    /// `created_at`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
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
    pub status: BulkUpdateFunctionBodyItemStatus,
    /// `verify_jwt`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_jwt: Option<bool>,
    /// `version`
    pub version: i64,
}

impl<'de> Deserialize<'de> for BulkUpdateFunctionBodyItem {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for BulkUpdateFunctionBodyItem {
    const EXPECTING: &'static str = "struct BulkUpdateFunctionBodyItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<i64>> = None;
        let mut field_1: Option<Option<String>> = None;
        let mut field_2: Option<Option<String>> = None;
        let mut field_3: Option<String> = None;
        let mut field_4: Option<Option<bool>> = None;
        let mut field_5: Option<Option<String>> = None;
        let mut field_6: Option<String> = None;
        let mut field_7: Option<String> = None;
        let mut field_8: Option<BulkUpdateFunctionBodyItemStatus> = None;
        let mut field_9: Option<Option<bool>> = None;
        let mut field_10: Option<i64> = None;
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
                "verify_jwt" => map.fill(&mut field_9),
                "version" => map.fill(&mut field_10),
                _ => map.skip(),
            };
            read?;
        }
        Ok(BulkUpdateFunctionBodyItem {
            created_at: Option::flatten(field_0),
            entrypoint_path: Option::flatten(field_1),
            ezbr_sha256: Option::flatten(field_2),
            id: crate::runtime::required(field_3, "id")?,
            import_map: Option::flatten(field_4),
            import_map_path: Option::flatten(field_5),
            name: crate::runtime::required(field_6, "name")?,
            slug: crate::runtime::required(field_7, "slug")?,
            status: crate::runtime::required(field_8, "status")?,
            verify_jwt: Option::flatten(field_9),
            version: crate::runtime::required(field_10, "version")?,
        })
    }
}

impl BulkUpdateFunctionBodyItem {
    /// A value with the required fields (`id`, `name`, `slug`, `status`, `version`) set and every optional field absent.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        slug: impl Into<String>,
        status: BulkUpdateFunctionBodyItemStatus,
        version: i64,
    ) -> Self {
        Self {
            created_at: None,
            entrypoint_path: None,
            ezbr_sha256: None,
            id: id.into(),
            import_map: None,
            import_map_path: None,
            name: name.into(),
            slug: slug.into(),
            status,
            verify_jwt: None,
            version,
        }
    }
}

/// `BulkUpdateFunctionBodyItemStatus`
///
/// Schema: `#/components/schemas/BulkUpdateFunctionBody/items/properties/status`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BulkUpdateFunctionBodyItemStatus {
    /// `ACTIVE`
    Active,
    /// `REMOVED`
    Removed,
    /// `THROTTLED`
    Throttled,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl BulkUpdateFunctionBodyItemStatus {
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

impl From<&str> for BulkUpdateFunctionBodyItemStatus {
    fn from(value: &str) -> Self {
        match value {
            "ACTIVE" => Self::Active,
            "REMOVED" => Self::Removed,
            "THROTTLED" => Self::Throttled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for BulkUpdateFunctionBodyItemStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for BulkUpdateFunctionBodyItemStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for BulkUpdateFunctionBodyItemStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
