//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Rest`.

use super::super::types;

impl crate::runtime::Client {
    /// Gets project's postgrest config
    ///
    /// `GET /v1/projects/{ref}/postgrest`
    ///
    /// OAuth scope: `rest:read`.
    ///
    /// # Arguments
    ///
    /// - `ref`: Project ref
    ///
    /// Operation: `v1-get-postgrest-service-config`
    #[doc(alias = "v1_get_postgrest_service_config")]
    pub fn get_postgrest_service_config(
        &self,
        r#ref: impl Into<String>,
    ) -> GetPostgrestServiceConfig<'_> {
        GetPostgrestServiceConfig {
            client: self,
            r#ref: r#ref.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Updates project's postgrest config
    ///
    /// `PATCH /v1/projects/{ref}/postgrest`
    ///
    /// OAuth scope: `rest:write`.
    ///
    /// # Arguments
    ///
    /// - `ref`: Project ref
    /// - `body`: the request body.
    ///
    /// Operation: `v1-update-postgrest-service-config`
    #[doc(alias = "v1_update_postgrest_service_config")]
    pub fn update_postgrest_service_config(
        &self,
        r#ref: impl Into<String>,
        body: types::V1UpdatePostgrestConfigBody,
    ) -> UpdatePostgrestServiceConfig<'_> {
        UpdatePostgrestServiceConfig {
            client: self,
            r#ref: r#ref.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }
}

/// Request builder for [`Client::get_postgrest_service_config`](crate::Client::get_postgrest_service_config).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetPostgrestServiceConfig<'a> {
    client: &'a crate::runtime::Client,
    r#ref: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetPostgrestServiceConfig<'a> {
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
            id: "v1-get-postgrest-service-config",
            method: "GET",
            path: "/v1/projects/{ref}/postgrest",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.r#ref).as_str(),
            "/postgrest",
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
    ) -> crate::runtime::Call<
        'a,
        types::PostgrestConfigWithJwtSecretResponse,
        crate::runtime::Json,
    > {
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

impl<'a> std::future::IntoFuture for GetPostgrestServiceConfig<'a> {
    type Output = crate::runtime::Result<types::PostgrestConfigWithJwtSecretResponse>;
    type IntoFuture = crate::runtime::Call<
        'a,
        types::PostgrestConfigWithJwtSecretResponse,
        crate::runtime::Json,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::update_postgrest_service_config`](crate::Client::update_postgrest_service_config).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdatePostgrestServiceConfig<'a> {
    client: &'a crate::runtime::Client,
    r#ref: String,
    body: types::V1UpdatePostgrestConfigBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> UpdatePostgrestServiceConfig<'a> {
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
            id: "v1-update-postgrest-service-config",
            method: "PATCH",
            path: "/v1/projects/{ref}/postgrest",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.r#ref).as_str(),
            "/postgrest",
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
    pub fn send(
        self,
    ) -> crate::runtime::Call<
        'a,
        types::V1PostgrestConfigResponse,
        crate::runtime::Json,
    > {
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

impl<'a> std::future::IntoFuture for UpdatePostgrestServiceConfig<'a> {
    type Output = crate::runtime::Result<types::V1PostgrestConfigResponse>;
    type IntoFuture = crate::runtime::Call<
        'a,
        types::V1PostgrestConfigResponse,
        crate::runtime::Json,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}
