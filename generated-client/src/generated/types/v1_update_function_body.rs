//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1UpdateFunctionBody`.

/// `V1UpdateFunctionBody`
///
/// Schema: `#/components/schemas/V1UpdateFunctionBody`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct V1UpdateFunctionBody {
    /// `body`
    pub body: Option<String>,
    /// `name`
    pub name: Option<String>,
    /// `verify_jwt`
    pub verify_jwt: Option<bool>,
}

impl crate::runtime::ToFields for V1UpdateFunctionBody {
    const NAME: &'static str = "V1UpdateFunctionBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .optional("body", &self.body)
            .optional("name", &self.name)
            .optional("verify_jwt", &self.verify_jwt)
    }
}

impl crate::runtime::FromFields for V1UpdateFunctionBody {
    const EXPECTING: &'static str = "struct V1UpdateFunctionBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut body: Option<String> = None;
        let mut name: Option<String> = None;
        let mut verify_jwt: Option<bool> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "body" => __map.set(&mut body),
                "name" => __map.set(&mut name),
                "verify_jwt" => __map.set(&mut verify_jwt),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1UpdateFunctionBody {
            body,
            name,
            verify_jwt,
        })
    }
}
crate::runtime::object_serde!(V1UpdateFunctionBody);
