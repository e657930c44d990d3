//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/FunctionDeployBody`.

/// `FunctionDeployBody`
///
/// Schema: `#/components/schemas/FunctionDeployBody`
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionDeployBody {
    /// `file`
    pub file: Option<Vec<String>>,
    /// `metadata`
    pub metadata: FunctionDeployBodyMetadata,
}

impl crate::runtime::ToFields for FunctionDeployBody {
    const NAME: &'static str = "FunctionDeployBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.optional("file", &self.file).field("metadata", &self.metadata)
    }
}

impl crate::runtime::FromFields for FunctionDeployBody {
    const EXPECTING: &'static str = "struct FunctionDeployBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut file: Option<Vec<String>> = None;
        let mut metadata: Option<FunctionDeployBodyMetadata> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "file" => __map.set(&mut file),
                "metadata" => __map.fill(&mut metadata),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(FunctionDeployBody {
            file,
            metadata: crate::runtime::required(metadata, "metadata")?,
        })
    }
}
crate::runtime::object_serde!(FunctionDeployBody);

/// `FunctionDeployBodyMetadata`
///
/// Schema: `#/components/schemas/FunctionDeployBody/properties/metadata`
#[derive(Debug, Clone, PartialEq)]
pub struct FunctionDeployBodyMetadata {
    /// `entrypoint_path`
    pub entrypoint_path: String,
    /// `import_map_path`
    pub import_map_path: Option<String>,
    /// `name`
    pub name: Option<String>,
    /// `static_patterns`
    pub static_patterns: Option<Vec<String>>,
    /// `verify_jwt`
    pub verify_jwt: Option<bool>,
}

impl crate::runtime::ToFields for FunctionDeployBodyMetadata {
    const NAME: &'static str = "FunctionDeployBodyMetadata";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("entrypoint_path", &self.entrypoint_path)
            .optional("import_map_path", &self.import_map_path)
            .optional("name", &self.name)
            .optional("static_patterns", &self.static_patterns)
            .optional("verify_jwt", &self.verify_jwt)
    }
}

impl crate::runtime::FromFields for FunctionDeployBodyMetadata {
    const EXPECTING: &'static str = "struct FunctionDeployBodyMetadata";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut entrypoint_path: Option<String> = None;
        let mut import_map_path: Option<String> = None;
        let mut name: Option<String> = None;
        let mut static_patterns: Option<Vec<String>> = None;
        let mut verify_jwt: Option<bool> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "entrypoint_path" => __map.fill(&mut entrypoint_path),
                "import_map_path" => __map.set(&mut import_map_path),
                "name" => __map.set(&mut name),
                "static_patterns" => __map.set(&mut static_patterns),
                "verify_jwt" => __map.set(&mut verify_jwt),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(FunctionDeployBodyMetadata {
            entrypoint_path: crate::runtime::required(
                entrypoint_path,
                "entrypoint_path",
            )?,
            import_map_path,
            name,
            static_patterns,
            verify_jwt,
        })
    }
}
crate::runtime::object_serde!(FunctionDeployBodyMetadata);
