//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/V1StorageBucketResponse`.

/// `V1StorageBucketResponse`
///
/// Schema: `#/components/schemas/V1StorageBucketResponse`
#[derive(Debug, Clone, PartialEq)]
pub struct V1StorageBucketResponse {
    /// `created_at`
    pub created_at: String,
    /// `id`
    pub id: String,
    /// `name`
    pub name: String,
    /// `owner`
    pub owner: String,
    /// `public`
    pub public: bool,
    /// `updated_at`
    pub updated_at: String,
}

impl crate::runtime::ToFields for V1StorageBucketResponse {
    const NAME: &'static str = "V1StorageBucketResponse";
    const ADDITIONAL: bool = false;
    fn to_fields<__W: crate::runtime::FieldWriter>(&self, fields: __W) -> __W {
        fields
            .field("created_at", &self.created_at)
            .field("id", &self.id)
            .field("name", &self.name)
            .field("owner", &self.owner)
            .field("public", &self.public)
            .field("updated_at", &self.updated_at)
    }
}

impl crate::runtime::FromFields for V1StorageBucketResponse {
    const EXPECTING: &'static str = "struct V1StorageBucketResponse";
    fn from_fields<'de, __A: serde::de::MapAccess<'de>>(
        mut __map: crate::runtime::Fields<__A>,
    ) -> Result<Self, __A::Error> {
        let mut created_at: Option<String> = None;
        let mut id: Option<String> = None;
        let mut name: Option<String> = None;
        let mut owner: Option<String> = None;
        let mut public: Option<bool> = None;
        let mut updated_at: Option<String> = None;
        while let Some(__key) = __map.next_key()? {
            let __read = match __key.as_str() {
                "created_at" => __map.fill(&mut created_at),
                "id" => __map.fill(&mut id),
                "name" => __map.fill(&mut name),
                "owner" => __map.fill(&mut owner),
                "public" => __map.fill(&mut public),
                "updated_at" => __map.fill(&mut updated_at),
                _ => __map.skip(),
            };
            __read?;
        }
        Ok(V1StorageBucketResponse {
            created_at: crate::runtime::required(created_at, "created_at")?,
            id: crate::runtime::required(id, "id")?,
            name: crate::runtime::required(name, "name")?,
            owner: crate::runtime::required(owner, "owner")?,
            public: crate::runtime::required(public, "public")?,
            updated_at: crate::runtime::required(updated_at, "updated_at")?,
        })
    }
}
crate::runtime::object_serde!(V1StorageBucketResponse);
