//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1RestorePitrBody`.

/// `V1RestorePitrBody`
///
/// Schema: `#/components/schemas/V1RestorePitrBody`
#[derive(Debug, Clone, PartialEq)]
pub struct V1RestorePitrBody {
    /// `recovery_time_target_unix`
    pub recovery_time_target_unix: i64,
}

impl crate::runtime::ToFields for V1RestorePitrBody {
    const NAME: &'static str = "V1RestorePitrBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("recovery_time_target_unix", &self.recovery_time_target_unix)
    }
}

impl crate::runtime::FromFields for V1RestorePitrBody {
    const EXPECTING: &'static str = "struct V1RestorePitrBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut recovery_time_target_unix: Option<i64> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "recovery_time_target_unix" => __map.fill(&mut recovery_time_target_unix),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1RestorePitrBody {
            recovery_time_target_unix: crate::runtime::required(
                recovery_time_target_unix,
                "recovery_time_target_unix",
            )?,
        })
    }
}
crate::runtime::object_serde!(V1RestorePitrBody);

impl V1RestorePitrBody {
    /// A value with the required fields (`recovery_time_target_unix`) set and every optional field absent.
    pub fn new(recovery_time_target_unix: i64) -> Self {
        Self { recovery_time_target_unix }
    }
}
