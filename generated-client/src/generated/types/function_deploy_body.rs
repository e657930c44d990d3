//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/FunctionDeployBody`.

use serde::{Deserialize, Serialize};

/// `FunctionDeployBody`
///
/// Schema: `#/components/schemas/FunctionDeployBody`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FunctionDeployBody {
    /// `file`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<Vec<String>>,
    /// `metadata`
    pub metadata: FunctionDeployBodyMetadata,
}

impl<'de> Deserialize<'de> for FunctionDeployBody {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for FunctionDeployBody {
    const EXPECTING: &'static str = "struct FunctionDeployBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<Option<Vec<String>>> = None;
        let mut field_1: Option<FunctionDeployBodyMetadata> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "file" => map.fill(&mut field_0),
                "metadata" => map.fill(&mut field_1),
                _ => map.skip(),
            };
            read?;
        }
        Ok(FunctionDeployBody {
            file: Option::flatten(field_0),
            metadata: crate::runtime::required(field_1, "metadata")?,
        })
    }
}

/// `FunctionDeployBodyMetadata`
///
/// Schema: `#/components/schemas/FunctionDeployBody/properties/metadata`
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FunctionDeployBodyMetadata {
    /// `entrypoint_path`
    pub entrypoint_path: String,
    /// `import_map_path`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_map_path: Option<String>,
    /// `name`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `static_patterns`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub static_patterns: Option<Vec<String>>,
    /// `verify_jwt`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verify_jwt: Option<bool>,
}

impl<'de> Deserialize<'de> for FunctionDeployBodyMetadata {
    fn deserialize<__D: serde::Deserializer<'de>>(
        deserializer: __D,
    ) -> Result<Self, __D::Error> {
        crate::runtime::deserialize_object(deserializer)
    }
}

impl crate::runtime::FromFields for FunctionDeployBodyMetadata {
    const EXPECTING: &'static str = "struct FunctionDeployBodyMetadata";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut field_0: Option<String> = None;
        let mut field_1: Option<Option<String>> = None;
        let mut field_2: Option<Option<String>> = None;
        let mut field_3: Option<Option<Vec<String>>> = None;
        let mut field_4: Option<Option<bool>> = None;
        while let Some(key) = map.next_key()? {
            let read = match key.as_str() {
                "entrypoint_path" => map.fill(&mut field_0),
                "import_map_path" => map.fill(&mut field_1),
                "name" => map.fill(&mut field_2),
                "static_patterns" => map.fill(&mut field_3),
                "verify_jwt" => map.fill(&mut field_4),
                _ => map.skip(),
            };
            read?;
        }
        Ok(FunctionDeployBodyMetadata {
            entrypoint_path: crate::runtime::required(field_0, "entrypoint_path")?,
            import_map_path: Option::flatten(field_1),
            name: Option::flatten(field_2),
            static_patterns: Option::flatten(field_3),
            verify_jwt: Option::flatten(field_4),
        })
    }
}
