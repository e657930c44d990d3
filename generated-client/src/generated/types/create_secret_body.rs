//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateSecretBody`.

/// `CreateSecretBody`
///
/// Schema: `#/components/schemas/CreateSecretBody`
pub type CreateSecretBody = Vec<CreateSecretBodyItem>;

/// `CreateSecretBodyItem`
///
/// Schema: `#/components/schemas/CreateSecretBody/items`
#[derive(Clone, PartialEq)]
pub struct CreateSecretBodyItem {
    /// Secret name must not start with the SUPABASE_ prefix.
    pub name: String,
    /// `value`
    pub value: String,
}

impl std::fmt::Debug for CreateSecretBodyItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateSecretBodyItem")
            .field("name", &self.name)
            .field("value", &format_args!("[redacted]"))
            .finish()
    }
}

impl crate::runtime::ToFields for CreateSecretBodyItem {
    const NAME: &'static str = "CreateSecretBodyItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("name", &self.name).field("value", &self.value)
    }
}

impl crate::runtime::FromFields for CreateSecretBodyItem {
    const EXPECTING: &'static str = "struct CreateSecretBodyItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut name: Option<String> = None;
        let mut value: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "name" => __map.fill(&mut name),
                "value" => __map.fill(&mut value),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(CreateSecretBodyItem {
            name: crate::runtime::required(name, "name")?,
            value: crate::runtime::required(value, "value")?,
        })
    }
}
crate::runtime::object_serde!(CreateSecretBodyItem);

impl CreateSecretBodyItem {
    /// A value with the required fields (`name`, `value`) set and every optional field absent.
    pub fn new(name: impl Into<String>, value: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            value: value.into(),
        }
    }
}
