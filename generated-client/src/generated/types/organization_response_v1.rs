//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/OrganizationResponseV1`.

/// `OrganizationResponseV1`
///
/// Schema: `#/components/schemas/OrganizationResponseV1`
#[derive(Debug, Clone, PartialEq)]
pub struct OrganizationResponseV1 {
    /// Deprecated: Use `slug` instead.
    ///
    /// **Deprecated** in the API.
    #[deprecated = "deprecated in the API"]
    pub id: String,
    /// `name`
    pub name: String,
    /// Organization slug
    pub slug: String,
}

impl crate::runtime::ToFields for OrganizationResponseV1 {
    const NAME: &'static str = "OrganizationResponseV1";
    const ADDITIONAL: bool = false;
    #[allow(deprecated)]
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("id", &self.id).field("name", &self.name).field("slug", &self.slug)
    }
}

impl crate::runtime::FromFields for OrganizationResponseV1 {
    const EXPECTING: &'static str = "struct OrganizationResponseV1";
    #[allow(deprecated)]
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut slug: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "id" => __map.fill(&mut id),
                "name" => __map.fill(&mut name),
                "slug" => __map.fill(&mut slug),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(OrganizationResponseV1 {
            id: crate::runtime::required(id, "id")?,
            name: crate::runtime::required(name, "name")?,
            slug: crate::runtime::required(slug, "slug")?,
        })
    }
}
crate::runtime::object_serde!(OrganizationResponseV1);
