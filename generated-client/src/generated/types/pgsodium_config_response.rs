//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/PgsodiumConfigResponse`.

/// `PgsodiumConfigResponse`
///
/// Schema: `#/components/schemas/PgsodiumConfigResponse`
#[derive(Clone, PartialEq)]
pub struct PgsodiumConfigResponse {
    /// `root_key`
    pub root_key: String,
}

impl std::fmt::Debug for PgsodiumConfigResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgsodiumConfigResponse")
            .field("root_key", &format_args!("[redacted]"))
            .finish()
    }
}

impl crate::runtime::ToFields for PgsodiumConfigResponse {
    const NAME: &'static str = "PgsodiumConfigResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("root_key", &self.root_key)
    }
}

impl crate::runtime::FromFields for PgsodiumConfigResponse {
    const EXPECTING: &'static str = "struct PgsodiumConfigResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut root_key: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "root_key" => __map.fill(&mut root_key),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(PgsodiumConfigResponse {
            root_key: crate::runtime::required(root_key, "root_key")?,
        })
    }
}
crate::runtime::object_serde!(PgsodiumConfigResponse);
