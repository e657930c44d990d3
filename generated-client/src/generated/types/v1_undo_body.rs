//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1UndoBody`.

/// `V1UndoBody`
///
/// Schema: `#/components/schemas/V1UndoBody`
#[derive(Debug, Clone, PartialEq)]
pub struct V1UndoBody {
    /// `name`
    pub name: String,
}

impl crate::runtime::ToFields for V1UndoBody {
    const NAME: &'static str = "V1UndoBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("name", &self.name)
    }
}

impl crate::runtime::FromFields for V1UndoBody {
    const EXPECTING: &'static str = "struct V1UndoBody";
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
        Ok(V1UndoBody {
            name: crate::runtime::required(name, "name")?,
        })
    }
}
crate::runtime::object_serde!(V1UndoBody);

impl V1UndoBody {
    /// A value with the required fields (`name`) set and every optional field absent.
    pub fn new(name: impl Into<String>) -> Self {
        Self { name: name.into() }
    }
}
