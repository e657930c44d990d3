//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1CreateFunctionBody`.

/// `V1CreateFunctionBody`
///
/// Schema: `#/components/schemas/V1CreateFunctionBody`
#[derive(Debug, Clone, PartialEq)]
pub struct V1CreateFunctionBody {
    /// `body`
    pub body: String,
    /// `name`
    pub name: String,
    /// `slug`
    pub slug: String,
    /// `verify_jwt`
    pub verify_jwt: Option<bool>,
}

impl crate::runtime::ToFields for V1CreateFunctionBody {
    const NAME: &'static str = "V1CreateFunctionBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("body", &self.body)
            .field("name", &self.name)
            .field("slug", &self.slug)
            .optional("verify_jwt", &self.verify_jwt)
    }
}

impl crate::runtime::FromFields for V1CreateFunctionBody {
    const EXPECTING: &'static str = "struct V1CreateFunctionBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut body: Option<String> = None;
        let mut name: Option<String> = None;
        let mut slug: Option<String> = None;
        let mut verify_jwt: Option<bool> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "body" => __map.fill(&mut body),
                "name" => __map.fill(&mut name),
                "slug" => __map.fill(&mut slug),
                "verify_jwt" => __map.set(&mut verify_jwt),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1CreateFunctionBody {
            body: crate::runtime::required(body, "body")?,
            name: crate::runtime::required(name, "name")?,
            slug: crate::runtime::required(slug, "slug")?,
            verify_jwt,
        })
    }
}
crate::runtime::object_serde!(V1CreateFunctionBody);

impl V1CreateFunctionBody {
    /// A value with the required fields (`body`, `name`, `slug`) set and every optional field absent.
    pub fn new(
        body: impl Into<String>,
        name: impl Into<String>,
        slug: impl Into<String>,
    ) -> Self {
        Self {
            body: body.into(),
            name: name.into(),
            slug: slug.into(),
            verify_jwt: None,
        }
    }
}
