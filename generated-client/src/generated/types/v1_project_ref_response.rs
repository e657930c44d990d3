//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1ProjectRefResponse`.

/// `V1ProjectRefResponse`
///
/// Schema: `#/components/schemas/V1ProjectRefResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct V1ProjectRefResponse {
    /// `id`
    pub id: i64,
    /// `name`
    pub name: String,
    /// `ref`
    pub ref_: String,
}

impl crate::runtime::ToFields for V1ProjectRefResponse {
    const NAME: &'static str = "V1ProjectRefResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("id", &self.id).field("name", &self.name).field("ref", &self.ref_)
    }
}

impl crate::runtime::FromFields for V1ProjectRefResponse {
    const EXPECTING: &'static str = "struct V1ProjectRefResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut id: Option<i64> = None;
        let mut name: Option<String> = None;
        let mut ref_: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "id" => __map.fill(&mut id),
                "name" => __map.fill(&mut name),
                "ref" => __map.fill(&mut ref_),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1ProjectRefResponse {
            id: crate::runtime::required(id, "id")?,
            name: crate::runtime::required(name, "name")?,
            ref_: crate::runtime::required(ref_, "ref")?,
        })
    }
}
crate::runtime::object_serde!(V1ProjectRefResponse);
