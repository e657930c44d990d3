//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ActionRunResponse`.

crate::runtime::object! {
    /// Schema: `#/components/schemas/ActionRunResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct ActionRunResponse {
        pub branch_id: String,
        #[wire(required)]
        pub check_run_id: Option<f64>,
        pub created_at: String,
        pub git_config: Option<serde_json::Value>,
        pub id: String,
        pub run_steps: Vec<ActionRunResponseRunStepsItem>,
        pub updated_at: String,
        #[wire(required)]
        pub workdir: Option<String>,
    }
}

crate::runtime::object! {
    /// Schema: `#/components/schemas/ActionRunResponse/properties/run_steps/items`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    pub struct ActionRunResponseRunStepsItem {
        pub created_at: String,
        pub name: ActionRunResponseRunStepsItemName,
        pub status: ActionRunResponseRunStepsItemStatus,
        pub updated_at: String,
    }
}

crate::runtime::open_enum! {
    /// Schema: `#/components/schemas/ActionRunResponse/properties/run_steps/items/properties/name`
    #[allow(missing_docs)]
    pub enum ActionRunResponseRunStepsItemName {
        Clone = "clone",
        Pull = "pull",
        Health = "health",
        Configure = "configure",
        Migrate = "migrate",
        Seed = "seed",
        Deploy = "deploy",
    }
}

crate::runtime::open_enum! {
    /// Schema:
    /// `#/components/schemas/ActionRunResponse/properties/run_steps/items/properties/status`
    #[allow(missing_docs)]
    pub enum ActionRunResponseRunStepsItemStatus {
        Created = "CREATED",
        Dead = "DEAD",
        Exited = "EXITED",
        Paused = "PAUSED",
        Removing = "REMOVING",
        Restarting = "RESTARTING",
        Running = "RUNNING",
    }
}
