//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/ActionRunResponse`.

crate::runtime::object! {
    /// Schema: `ActionRunResponse`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ActionRunResponse {
        #[wire(required)]
        pub branch_id: String,
        #[wire(required)]
        pub check_run_id: Option<f64>,
        #[wire(required)]
        pub created_at: String,
        pub git_config: Option<serde_json::Value>,
        #[wire(required)]
        pub id: String,
        #[wire(required)]
        pub run_steps: Vec<ActionRunResponseRunStepsItem>,
        #[wire(required)]
        pub updated_at: String,
        #[wire(required)]
        pub workdir: Option<String>,
    }
}

crate::runtime::object! {
    /// Schema: `ActionRunResponse.run_steps[]`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq)]
    #[non_exhaustive]
    pub struct ActionRunResponseRunStepsItem {
        #[wire(required)]
        pub created_at: String,
        #[wire(required)]
        pub name: ActionRunResponseRunStepsItemName,
        #[wire(required)]
        pub status: ActionRunResponseRunStepsItemStatus,
        #[wire(required)]
        pub updated_at: String,
    }
}

crate::runtime::open_enum! {
    /// Schema: `ActionRunResponse.run_steps[].name`
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
    /// Schema: `ActionRunResponse.run_steps[].status`
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
