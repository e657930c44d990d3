//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/FunctionResponse`.

use serde::{Deserialize, Serialize};

/// `FunctionResponse`
///
/// Schema: `#/components/schemas/FunctionResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionResponse {
    /// `created_at`
    pub created_at: i64,
    /// `entrypoint_path`
    pub entrypoint_path: Option<String>,
    /// `ezbr_sha256`
    pub ezbr_sha256: Option<String>,
    /// `id`
    pub id: String,
    /// `import_map`
    pub import_map: Option<bool>,
    /// `import_map_path`
    pub import_map_path: Option<String>,
    /// `name`
    pub name: String,
    /// `slug`
    pub slug: String,
    /// `status`
    pub status: FunctionResponseStatus,
    /// `updated_at`
    pub updated_at: i64,
    /// `verify_jwt`
    pub verify_jwt: Option<bool>,
    /// `version`
    pub version: i64,
}

impl crate::runtime::ToFields for FunctionResponse {
    const NAME: &'static str = "FunctionResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("created_at", &self.created_at)
            .optional("entrypoint_path", &self.entrypoint_path)
            .optional("ezbr_sha256", &self.ezbr_sha256)
            .field("id", &self.id)
            .optional("import_map", &self.import_map)
            .optional("import_map_path", &self.import_map_path)
            .field("name", &self.name)
            .field("slug", &self.slug)
            .field("status", &self.status)
            .field("updated_at", &self.updated_at)
            .optional("verify_jwt", &self.verify_jwt)
            .field("version", &self.version)
    }
}

impl crate::runtime::FromFields for FunctionResponse {
    const EXPECTING: &'static str = "struct FunctionResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut created_at: Option<i64> = None;
        let mut entrypoint_path: Option<String> = None;
        let mut ezbr_sha256: Option<String> = None;
        let mut id: Option<String> = None;
        let mut import_map: Option<bool> = None;
        let mut import_map_path: Option<String> = None;
        let mut name: Option<String> = None;
        let mut slug: Option<String> = None;
        let mut status: Option<FunctionResponseStatus> = None;
        let mut updated_at: Option<i64> = None;
        let mut verify_jwt: Option<bool> = None;
        let mut version: Option<i64> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "created_at" => __map.fill(&mut created_at),
                "entrypoint_path" => __map.set(&mut entrypoint_path),
                "ezbr_sha256" => __map.set(&mut ezbr_sha256),
                "id" => __map.fill(&mut id),
                "import_map" => __map.set(&mut import_map),
                "import_map_path" => __map.set(&mut import_map_path),
                "name" => __map.fill(&mut name),
                "slug" => __map.fill(&mut slug),
                "status" => __map.fill(&mut status),
                "updated_at" => __map.fill(&mut updated_at),
                "verify_jwt" => __map.set(&mut verify_jwt),
                "version" => __map.fill(&mut version),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(FunctionResponse {
            created_at: crate::runtime::required(created_at, "created_at")?,
            entrypoint_path,
            ezbr_sha256,
            id: crate::runtime::required(id, "id")?,
            import_map,
            import_map_path,
            name: crate::runtime::required(name, "name")?,
            slug: crate::runtime::required(slug, "slug")?,
            status: crate::runtime::required(status, "status")?,
            updated_at: crate::runtime::required(updated_at, "updated_at")?,
            verify_jwt,
            version: crate::runtime::required(version, "version")?,
        })
    }
}
crate::runtime::object_serde!(FunctionResponse);

/// `FunctionResponseStatus`
///
/// Schema: `#/components/schemas/FunctionResponse/properties/status`
///
/// Values this version of the crate does not know are kept in `Unknown`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FunctionResponseStatus {
    /// `ACTIVE`
    Active,
    /// `REMOVED`
    Removed,
    /// `THROTTLED`
    Throttled,
    /// A value not listed in the spec this crate was generated from.
    Unknown(String),
}

impl FunctionResponseStatus {
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

impl From<&str> for FunctionResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "ACTIVE" => Self::Active,
            "REMOVED" => Self::Removed,
            "THROTTLED" => Self::Throttled,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl std::fmt::Display for FunctionResponseStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for FunctionResponseStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for FunctionResponseStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}
