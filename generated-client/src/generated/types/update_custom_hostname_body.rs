//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateCustomHostnameBody`.

/// `UpdateCustomHostnameBody`
///
/// Schema: `#/components/schemas/UpdateCustomHostnameBody`
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateCustomHostnameBody {
    /// `custom_hostname`
    pub custom_hostname: String,
}

impl crate::runtime::ToFields for UpdateCustomHostnameBody {
    const NAME: &'static str = "UpdateCustomHostnameBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("custom_hostname", &self.custom_hostname)
    }
}

impl crate::runtime::FromFields for UpdateCustomHostnameBody {
    const EXPECTING: &'static str = "struct UpdateCustomHostnameBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut custom_hostname: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "custom_hostname" => __map.fill(&mut custom_hostname),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(UpdateCustomHostnameBody {
            custom_hostname: crate::runtime::required(
                custom_hostname,
                "custom_hostname",
            )?,
        })
    }
}
crate::runtime::object_serde!(UpdateCustomHostnameBody);

impl UpdateCustomHostnameBody {
    /// A value with the required fields (`custom_hostname`) set and every optional field absent.
    pub fn new(custom_hostname: impl Into<String>) -> Self {
        Self {
            custom_hostname: custom_hostname.into(),
        }
    }
}
