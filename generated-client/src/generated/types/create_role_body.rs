//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/CreateRoleBody`.

/// `CreateRoleBody`
///
/// Schema: `#/components/schemas/CreateRoleBody`
#[derive(Debug, Clone, PartialEq)]
pub struct CreateRoleBody {
    /// `read_only`
    pub read_only: bool,
}

impl crate::runtime::ToFields for CreateRoleBody {
    const NAME: &'static str = "CreateRoleBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("read_only", &self.read_only)
    }
}

impl crate::runtime::FromFields for CreateRoleBody {
    const EXPECTING: &'static str = "struct CreateRoleBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut read_only: Option<bool> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "read_only" => __map.fill(&mut read_only),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(CreateRoleBody {
            read_only: crate::runtime::required(read_only, "read_only")?,
        })
    }
}
crate::runtime::object_serde!(CreateRoleBody);

impl CreateRoleBody {
    /// A value with the required fields (`read_only`) set and every optional field absent.
    pub fn new(read_only: bool) -> Self {
        Self { read_only }
    }
}
