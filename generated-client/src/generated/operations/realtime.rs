//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Realtime`.

use super::super::types;

impl crate::runtime::Client {
    /// Gets realtime configuration
    ///
    /// `GET /v1/projects/{ref}/config/realtime`
    ///
    /// # Arguments
    ///
    /// - `ref`: Project ref
    ///
    /// Operation: `v1-get-realtime-config`
    #[doc(alias = "v1_get_realtime_config")]
    pub fn get_realtime_config(
        &self,
        r#ref: impl Into<String>,
    ) -> GetRealtimeConfig<'_> {
        GetRealtimeConfig {
            client: self,
            r#ref: r#ref.into(),
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
    /// - `ref`: Project ref
    ///
    /// Operation: `v1-shutdown-realtime`
    #[doc(alias = "v1_shutdown_realtime")]
    pub fn shutdown_realtime(&self, r#ref: impl Into<String>) -> ShutdownRealtime<'_> {
        ShutdownRealtime {
            client: self,
            r#ref: r#ref.into(),
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
    /// - `ref`: Project ref
    /// - `body`: the request body.
    ///
    /// Operation: `v1-update-realtime-config`
    #[doc(alias = "v1_update_realtime_config")]
    pub fn update_realtime_config(
        &self,
        r#ref: impl Into<String>,
        body: types::UpdateRealtimeConfigBody,
    ) -> UpdateRealtimeConfig<'_> {
        UpdateRealtimeConfig {
            client: self,
            r#ref: r#ref.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }
}

/// Request builder for [`Client::get_realtime_config`](crate::Client::get_realtime_config).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetRealtimeConfig<'a> {
    client: &'a crate::runtime::Client,
    r#ref: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetRealtimeConfig<'a> {
    /// Adds a header to this call, such as an `Idempotency-Key` that
    /// makes a POST safe to retry.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Sets a timeout for this call, overriding the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Builds the request without sending it.
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
            crate::runtime::encode_path_segment(&self.r#ref).as_str(),
            "/config/realtime",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }

    /// Sends the request and decodes the success response.
    #[inline]
    pub fn send(
        self,
    ) -> crate::runtime::Call<'a, types::RealtimeConfigResponse, crate::runtime::Json> {
        crate::runtime::Call::new(self.request(), crate::runtime::Json)
    }

    /// Sends the request and returns the response as received, whatever its status.
    #[inline]
    pub fn send_raw(
        self,
    ) -> crate::runtime::Call<'a, crate::runtime::RawResponse, crate::runtime::Raw> {
        crate::runtime::Call::raw(self.request())
    }
}

impl<'a> std::future::IntoFuture for GetRealtimeConfig<'a> {
    type Output = crate::runtime::Result<types::RealtimeConfigResponse>;
    type IntoFuture = crate::runtime::Call<
        'a,
        types::RealtimeConfigResponse,
        crate::runtime::Json,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::shutdown_realtime`](crate::Client::shutdown_realtime).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ShutdownRealtime<'a> {
    client: &'a crate::runtime::Client,
    r#ref: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> ShutdownRealtime<'a> {
    /// Adds a header to this call, such as an `Idempotency-Key` that
    /// makes a POST safe to retry.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Sets a timeout for this call, overriding the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Builds the request without sending it.
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
            crate::runtime::encode_path_segment(&self.r#ref).as_str(),
            "/config/realtime/shutdown",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }

    /// Sends the request and decodes the success response.
    #[inline]
    pub fn send(self) -> crate::runtime::Call<'a, (), crate::runtime::Unit> {
        crate::runtime::Call::new(self.request(), crate::runtime::Unit)
    }

    /// Sends the request and returns the response as received, whatever its status.
    #[inline]
    pub fn send_raw(
        self,
    ) -> crate::runtime::Call<'a, crate::runtime::RawResponse, crate::runtime::Raw> {
        crate::runtime::Call::raw(self.request())
    }
}

impl<'a> std::future::IntoFuture for ShutdownRealtime<'a> {
    type Output = crate::runtime::Result<()>;
    type IntoFuture = crate::runtime::Call<'a, (), crate::runtime::Unit>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::update_realtime_config`](crate::Client::update_realtime_config).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateRealtimeConfig<'a> {
    client: &'a crate::runtime::Client,
    r#ref: String,
    body: types::UpdateRealtimeConfigBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> UpdateRealtimeConfig<'a> {
    /// Adds a header to this call, such as an `Idempotency-Key` that
    /// makes a POST safe to retry.
    pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    /// Sets a timeout for this call, overriding the client's.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Builds the request without sending it.
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
            crate::runtime::encode_path_segment(&self.r#ref).as_str(),
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

    /// Sends the request and decodes the success response.
    #[inline]
    pub fn send(self) -> crate::runtime::Call<'a, (), crate::runtime::Unit> {
        crate::runtime::Call::new(self.request(), crate::runtime::Unit)
    }

    /// Sends the request and returns the response as received, whatever its status.
    #[inline]
    pub fn send_raw(
        self,
    ) -> crate::runtime::Call<'a, crate::runtime::RawResponse, crate::runtime::Raw> {
        crate::runtime::Call::raw(self.request())
    }
}

impl<'a> std::future::IntoFuture for UpdateRealtimeConfig<'a> {
    type Output = crate::runtime::Result<()>;
    type IntoFuture = crate::runtime::Call<'a, (), crate::runtime::Unit>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}
