//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types of `#/components/schemas/UpdateRunStatusBody`.

crate::runtime::object! {
    /// Schema: `UpdateRunStatusBody`
    #[allow(missing_docs)]
    #[derive(Debug, Clone, PartialEq, Default)]
    #[non_exhaustive]
    pub struct UpdateRunStatusBody {
        pub clone: Option<UpdateRunStatusBodyClone>,
        pub configure: Option<UpdateRunStatusBodyConfigure>,
        pub deploy: Option<UpdateRunStatusBodyDeploy>,
        pub health: Option<UpdateRunStatusBodyHealth>,
        pub migrate: Option<UpdateRunStatusBodyMigrate>,
        pub pull: Option<UpdateRunStatusBodyPull>,
        pub seed: Option<UpdateRunStatusBodySeed>,
    }
}

crate::runtime::open_enum! {
    /// Schema: `UpdateRunStatusBody.clone`
    #[allow(missing_docs)]
    pub enum UpdateRunStatusBodyClone {
        Created = "CREATED",
        Dead = "DEAD",
        Exited = "EXITED",
        Paused = "PAUSED",
        Removing = "REMOVING",
        Restarting = "RESTARTING",
        Running = "RUNNING",
    }
}

crate::runtime::open_enum! {
    /// Schema: `UpdateRunStatusBody.configure`
    #[allow(missing_docs)]
    pub enum UpdateRunStatusBodyConfigure {
        Created = "CREATED",
        Dead = "DEAD",
        Exited = "EXITED",
        Paused = "PAUSED",
        Removing = "REMOVING",
        Restarting = "RESTARTING",
        Running = "RUNNING",
    }
}

crate::runtime::open_enum! {
    /// Schema: `UpdateRunStatusBody.deploy`
    #[allow(missing_docs)]
    pub enum UpdateRunStatusBodyDeploy {
        Created = "CREATED",
        Dead = "DEAD",
        Exited = "EXITED",
        Paused = "PAUSED",
        Removing = "REMOVING",
        Restarting = "RESTARTING",
        Running = "RUNNING",
    }
}

crate::runtime::open_enum! {
    /// Schema: `UpdateRunStatusBody.health`
    #[allow(missing_docs)]
    pub enum UpdateRunStatusBodyHealth {
        Created = "CREATED",
        Dead = "DEAD",
        Exited = "EXITED",
        Paused = "PAUSED",
        Removing = "REMOVING",
        Restarting = "RESTARTING",
        Running = "RUNNING",
    }
}

crate::runtime::open_enum! {
    /// Schema: `UpdateRunStatusBody.migrate`
    #[allow(missing_docs)]
    pub enum UpdateRunStatusBodyMigrate {
        Created = "CREATED",
        Dead = "DEAD",
        Exited = "EXITED",
        Paused = "PAUSED",
        Removing = "REMOVING",
        Restarting = "RESTARTING",
        Running = "RUNNING",
    }
}

crate::runtime::open_enum! {
    /// Schema: `UpdateRunStatusBody.pull`
    #[allow(missing_docs)]
    pub enum UpdateRunStatusBodyPull {
        Created = "CREATED",
        Dead = "DEAD",
        Exited = "EXITED",
        Paused = "PAUSED",
        Removing = "REMOVING",
        Restarting = "RESTARTING",
        Running = "RUNNING",
    }
}

crate::runtime::open_enum! {
    /// Schema: `UpdateRunStatusBody.seed`
    #[allow(missing_docs)]
    pub enum UpdateRunStatusBodySeed {
        Created = "CREATED",
        Dead = "DEAD",
        Exited = "EXITED",
        Paused = "PAUSED",
        Removing = "REMOVING",
        Restarting = "RESTARTING",
        Running = "RUNNING",
    }
}
