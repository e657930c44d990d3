//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/SecretResponse`.

/// `SecretResponse`
///
/// Schema: `#/components/schemas/SecretResponse`
#[derive(Clone, PartialEq)]
pub struct SecretResponse {
    /// `name`
    pub name: String,
    /// `updated_at`
    pub updated_at: Option<String>,
    /// `value`
    pub value: String,
}

impl std::fmt::Debug for SecretResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SecretResponse")
            .field("name", &self.name)
            .field("updated_at", &self.updated_at)
            .field("value", &format_args!("[redacted]"))
            .finish()
    }
}

impl crate::runtime::ToFields for SecretResponse {
    const NAME: &'static str = "SecretResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("name", &self.name)
            .optional("updated_at", &self.updated_at)
            .field("value", &self.value)
    }
}

impl crate::runtime::FromFields for SecretResponse {
    const EXPECTING: &'static str = "struct SecretResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut name: Option<String> = None;
        let mut updated_at: Option<String> = None;
        let mut value: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "name" => __map.fill(&mut name),
                "updated_at" => __map.set(&mut updated_at),
                "value" => __map.fill(&mut value),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(SecretResponse {
            name: crate::runtime::required(name, "name")?,
            updated_at,
            value: crate::runtime::required(value, "value")?,
        })
    }
}
crate::runtime::object_serde!(SecretResponse);
