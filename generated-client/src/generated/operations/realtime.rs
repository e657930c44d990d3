//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Realtime`.

use super::super::Client;
use super::super::types;

impl Client {
    /// Gets realtime configuration
    ///
    /// `GET /v1/projects/{ref}/config/realtime` (operation `v1-get-realtime-config`)
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_realtime_config")]
    pub fn get_realtime_config(&self, ref_: impl Into<String>) -> GetRealtimeConfig {
        GetRealtimeConfig {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Shutdowns realtime connections for a project
    ///
    /// `POST /v1/projects/{ref}/config/realtime/shutdown` (operation `v1-shutdown-realtime`)
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_shutdown_realtime")]
    pub fn shutdown_realtime(&self, ref_: impl Into<String>) -> ShutdownRealtime {
        ShutdownRealtime {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Updates realtime configuration
    ///
    /// `PATCH /v1/projects/{ref}/config/realtime` (operation `v1-update-realtime-config`)
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_update_realtime_config")]
    pub fn update_realtime_config(
        &self,
        ref_: impl Into<String>,
        body: types::UpdateRealtimeConfigBody,
    ) -> UpdateRealtimeConfig {
        UpdateRealtimeConfig {
            ref_: ref_.into(),
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }
}

/// Request builder for [`Client::get_realtime_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetRealtimeConfig {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl GetRealtimeConfig {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-realtime-config",
            "GET",
            "/v1/projects/{ref}/config/realtime",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetRealtimeConfig, types::RealtimeConfigResponse, Json);

/// Request builder for [`Client::shutdown_realtime`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ShutdownRealtime {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl ShutdownRealtime {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-shutdown-realtime",
            "POST",
            "/v1/projects/{ref}/config/realtime/shutdown",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(ShutdownRealtime, (), Unit);

/// Request builder for [`Client::update_realtime_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateRealtimeConfig {
    ref_: String,
    body: types::UpdateRealtimeConfigBody,
    call: crate::runtime::CallOptions,
}

impl UpdateRealtimeConfig {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-update-realtime-config",
            "PATCH",
            "/v1/projects/{ref}/config/realtime",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(UpdateRealtimeConfig, (), Unit);
