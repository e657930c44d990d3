//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Realtime`.

use super::super::Client;
use super::super::types;

impl Client {
    /// Gets realtime configuration
    ///
    /// `GET /v1/projects/{ref}/config/realtime`
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-realtime-config`
    #[doc(alias = "v1_get_realtime_config")]
    pub fn get_realtime_config(&self, ref_: impl Into<String>) -> GetRealtimeConfig<'_> {
        GetRealtimeConfig {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Shutdowns realtime connections for a project
    ///
    /// `POST /v1/projects/{ref}/config/realtime/shutdown`
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-shutdown-realtime`
    #[doc(alias = "v1_shutdown_realtime")]
    pub fn shutdown_realtime(&self, ref_: impl Into<String>) -> ShutdownRealtime<'_> {
        ShutdownRealtime {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Updates realtime configuration
    ///
    /// `PATCH /v1/projects/{ref}/config/realtime`
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-update-realtime-config`
    #[doc(alias = "v1_update_realtime_config")]
    pub fn update_realtime_config(
        &self,
        ref_: impl Into<String>,
        body: types::UpdateRealtimeConfigBody,
    ) -> UpdateRealtimeConfig<'_> {
        UpdateRealtimeConfig {
            client: self,
            ref_: ref_.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }
}

/// Request builder for [`Client::get_realtime_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetRealtimeConfig<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetRealtimeConfig<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-get-realtime-config",
            method: "GET",
            path: "/v1/projects/{ref}/config/realtime",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/config/realtime",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetRealtimeConfig, types::RealtimeConfigResponse, Json);

/// Request builder for [`Client::shutdown_realtime`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ShutdownRealtime<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> ShutdownRealtime<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-shutdown-realtime",
            method: "POST",
            path: "/v1/projects/{ref}/config/realtime/shutdown",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/config/realtime/shutdown",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(ShutdownRealtime, (), Unit);

/// Request builder for [`Client::update_realtime_config`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateRealtimeConfig<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    body: types::UpdateRealtimeConfigBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> UpdateRealtimeConfig<'a> {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(&'a crate::runtime::Client, crate::runtime::Request)> {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation {
            id: "v1-update-realtime-config",
            method: "PATCH",
            path: "/v1/projects/{ref}/config/realtime",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/config/realtime",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(UpdateRealtimeConfig, (), Unit);
