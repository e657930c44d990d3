//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/RemoveReadReplicaBody`.

/// `RemoveReadReplicaBody`
///
/// Schema: `#/components/schemas/RemoveReadReplicaBody`
#[derive(Debug, Clone, PartialEq)]
pub struct RemoveReadReplicaBody {
    /// `database_identifier`
    pub database_identifier: String,
}

impl crate::runtime::ToFields for RemoveReadReplicaBody {
    const NAME: &'static str = "RemoveReadReplicaBody";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields.field("database_identifier", &self.database_identifier)
    }
}

impl crate::runtime::FromFields for RemoveReadReplicaBody {
    const EXPECTING: &'static str = "struct RemoveReadReplicaBody";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut database_identifier: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "database_identifier" => __map.fill(&mut database_identifier),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(RemoveReadReplicaBody {
            database_identifier: crate::runtime::required(
                database_identifier,
                "database_identifier",
            )?,
        })
    }
}
crate::runtime::object_serde!(RemoveReadReplicaBody);

impl RemoveReadReplicaBody {
    /// A value with the required fields (`database_identifier`) set and every optional field absent.
    pub fn new(database_identifier: impl Into<String>) -> Self {
        Self {
            database_identifier: database_identifier.into(),
        }
    }
}
