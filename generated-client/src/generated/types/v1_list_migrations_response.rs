//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1ListMigrationsResponse`.

/// `V1ListMigrationsResponse`
///
/// Schema: `#/components/schemas/V1ListMigrationsResponse`
pub type V1ListMigrationsResponse = Vec<V1ListMigrationsResponseItem>;

/// `V1ListMigrationsResponseItem`
///
/// Schema: `#/components/schemas/V1ListMigrationsResponse/items`
#[derive(Debug, Clone, PartialEq)]
pub struct V1ListMigrationsResponseItem {
    /// `name`
    pub name: Option<String>,
    /// `version`
    pub version: String,
}

impl crate::runtime::ToFields for V1ListMigrationsResponseItem {
    const NAME: &'static str = "V1ListMigrationsResponseItem";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.optional("name", &self.name).field("version", &self.version)
    }
}

impl crate::runtime::FromFields for V1ListMigrationsResponseItem {
    const EXPECTING: &'static str = "struct V1ListMigrationsResponseItem";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut name: Option<String> = None;
        let mut version: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "name" => __map.set(&mut name),
                "version" => __map.fill(&mut version),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1ListMigrationsResponseItem {
            name,
            version: crate::runtime::required(version, "version")?,
        })
    }
}
crate::runtime::object_serde!(V1ListMigrationsResponseItem);
