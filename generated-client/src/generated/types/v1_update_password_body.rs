//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1UpdatePasswordBody`.

/// `V1UpdatePasswordBody`
///
/// Schema: `#/components/schemas/V1UpdatePasswordBody`
#[derive(Clone, PartialEq)]
pub struct V1UpdatePasswordBody {
    /// `password`
    pub password: String,
}

impl std::fmt::Debug for V1UpdatePasswordBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("V1UpdatePasswordBody")
            .field("password", &format_args!("[redacted]"))
            .finish()
    }
}

impl crate::runtime::ToFields for V1UpdatePasswordBody {
    const NAME: &'static str = "V1UpdatePasswordBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("password", &self.password)
    }
}

impl crate::runtime::FromFields for V1UpdatePasswordBody {
    const EXPECTING: &'static str = "struct V1UpdatePasswordBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut password: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "password" => __map.fill(&mut password),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1UpdatePasswordBody {
            password: crate::runtime::required(password, "password")?,
        })
    }
}
crate::runtime::object_serde!(V1UpdatePasswordBody);

impl V1UpdatePasswordBody {
    /// A value with the required fields (`password`) set and every optional field absent.
    pub fn new(password: impl Into<String>) -> Self {
        Self { password: password.into() }
    }
}
