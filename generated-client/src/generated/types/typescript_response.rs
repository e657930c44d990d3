//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/TypescriptResponse`.

/// `TypescriptResponse`
///
/// Schema: `#/components/schemas/TypescriptResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct TypescriptResponse {
    /// `types`
    pub types: String,
}

impl crate::runtime::ToFields for TypescriptResponse {
    const NAME: &'static str = "TypescriptResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("types", &self.types)
    }
}

impl crate::runtime::FromFields for TypescriptResponse {
    const EXPECTING: &'static str = "struct TypescriptResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut types: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "types" => __map.fill(&mut types),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(TypescriptResponse {
            types: crate::runtime::required(types, "types")?,
        })
    }
}
crate::runtime::object_serde!(TypescriptResponse);
