//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ProjectUpgradeInitiateResponse`.

/// `ProjectUpgradeInitiateResponse`
///
/// Schema: `#/components/schemas/ProjectUpgradeInitiateResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectUpgradeInitiateResponse {
    /// `tracking_id`
    pub tracking_id: String,
}

impl crate::runtime::ToFields for ProjectUpgradeInitiateResponse {
    const NAME: &'static str = "ProjectUpgradeInitiateResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("tracking_id", &self.tracking_id)
    }
}

impl crate::runtime::FromFields for ProjectUpgradeInitiateResponse {
    const EXPECTING: &'static str = "struct ProjectUpgradeInitiateResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut tracking_id: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "tracking_id" => __map.fill(&mut tracking_id),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(ProjectUpgradeInitiateResponse {
            tracking_id: crate::runtime::required(tracking_id, "tracking_id")?,
        })
    }
}
crate::runtime::object_serde!(ProjectUpgradeInitiateResponse);
