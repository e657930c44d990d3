//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/JitStateResponse`.

use serde::{Deserialize, Serialize};

/// Schema: `JitStateResponse`
#[allow(missing_docs)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum JitStateResponse {
    Unavailable(JitStateResponseUnavailable),
    EnabledOrDisabled(JitStateResponseEnabledOrDisabled),
}

impl crate::runtime::Field for JitStateResponse {}
crate::runtime::object! {
    /// Schema: `JitStateResponse.oneOf[0]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct JitStateResponseEnabledOrDisabled {
        #[wire("appliedSuccessfully")]
        pub applied_successfully: Option<bool>,
        #[wire(required)]
        pub state: JitStateResponseEnabledOrDisabledState,
    }
}

crate::runtime::open_enum! {
    /// Schema: `JitStateResponse.oneOf[0].state`
    #[allow(missing_docs)]
    pub enum JitStateResponseEnabledOrDisabledState {
        Enabled = "enabled",
        Disabled = "disabled",
    }
}

crate::runtime::object! {
    /// Schema: `JitStateResponse.oneOf[1]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct JitStateResponseUnavailable {
        #[wire(required)]
        pub state: JitStateResponseUnavailableState,
        #[wire("unavailableReason", required)]
        pub unavailable_reason: JitStateResponseUnavailableUnavailableReason,
    }
}

/// Schema: `JitStateResponse.oneOf[1].state`
#[allow(missing_docs)]
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize
)]
#[non_exhaustive]
pub enum JitStateResponseUnavailableState {
    #[serde(rename = "unavailable")]
    Unavailable,
}

impl JitStateResponseUnavailableState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Unavailable => "unavailable",
        }
    }
}

impl std::fmt::Display for JitStateResponseUnavailableState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl crate::runtime::Field for JitStateResponseUnavailableState {}
crate::runtime::open_enum! {
    /// Schema: `JitStateResponse.oneOf[1].unavailableReason`
    #[allow(missing_docs)]
    pub enum JitStateResponseUnavailableUnavailableReason {
        ManualMigrationRequired = "manual_migration_required",
        PostgresUpgradeRequired = "postgres_upgrade_required",
        TemporarilyUnavailable = "temporarily_unavailable",
    }
}
