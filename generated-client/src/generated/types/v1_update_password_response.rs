//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1UpdatePasswordResponse`.

/// `V1UpdatePasswordResponse`
///
/// Schema: `#/components/schemas/V1UpdatePasswordResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct V1UpdatePasswordResponse {
    /// `message`
    pub message: String,
}

impl crate::runtime::ToFields for V1UpdatePasswordResponse {
    const NAME: &'static str = "V1UpdatePasswordResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("message", &self.message)
    }
}

impl crate::runtime::FromFields for V1UpdatePasswordResponse {
    const EXPECTING: &'static str = "struct V1UpdatePasswordResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut message: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "message" => __map.fill(&mut message),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1UpdatePasswordResponse {
            message: crate::runtime::required(message, "message")?,
        })
    }
}
crate::runtime::object_serde!(V1UpdatePasswordResponse);
