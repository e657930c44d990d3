//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateOrganizationV1`.

/// `CreateOrganizationV1`
///
/// Schema: `#/components/schemas/CreateOrganizationV1`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateOrganizationV1 {
    /// `name`
    pub name: String,
}

impl crate::runtime::ToFields for CreateOrganizationV1 {
    const NAME: &'static str = "CreateOrganizationV1";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("name", &self.name)
    }
}

impl crate::runtime::FromFields for CreateOrganizationV1 {
    const EXPECTING: &'static str = "struct CreateOrganizationV1";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut name: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "name" => __map.fill(&mut name),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(CreateOrganizationV1 {
            name: crate::runtime::required(name, "name")?,
        })
    }
}
crate::runtime::object_serde!(CreateOrganizationV1);

impl CreateOrganizationV1 {
    /// A value with the required fields (`name`) set and every optional field absent.
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
    }
}
