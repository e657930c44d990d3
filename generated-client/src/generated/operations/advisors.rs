//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Advisors`.

use super::super::types;

impl crate::runtime::Client {
    /// Gets project performance advisors.
    ///
    /// This is an **experimental** endpoint. It is subject to change or removal in future versions. Use it with caution, as it may not remain supported or stable.
    ///
    /// `GET /v1/projects/{ref}/advisors/performance`
    ///
    /// OAuth scope: `database:read`.
    ///
    /// **Deprecated** in the API.
    ///
    /// # Arguments
    ///
    /// - `ref`: Project ref
    ///
    /// Operation: `v1-get-performance-advisors`
    #[doc(alias = "v1_get_performance_advisors")]
    #[deprecated = "deprecated in the API"]
    pub fn get_performance_advisors(
        &self,
        r#ref: impl Into<String>,
    ) -> GetPerformanceAdvisors<'_> {
        GetPerformanceAdvisors {
            client: self,
            r#ref: r#ref.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// Gets project security advisors.
    ///
    /// This is an **experimental** endpoint. It is subject to change or removal in future versions. Use it with caution, as it may not remain supported or stable.
    ///
    /// `GET /v1/projects/{ref}/advisors/security`
    ///
    /// OAuth scope: `database:read`.
    ///
    /// **Deprecated** in the API.
    ///
    /// # Arguments
    ///
    /// - `ref`: Project ref
    ///
    /// Operation: `v1-get-security-advisors`
    #[doc(alias = "v1_get_security_advisors")]
    #[deprecated = "deprecated in the API"]
    pub fn get_security_advisors(
        &self,
        r#ref: impl Into<String>,
    ) -> GetSecurityAdvisors<'_> {
        GetSecurityAdvisors {
            client: self,
            r#ref: r#ref.into(),
            lint_type: None,
            headers: Vec::new(),
            timeout: None,
        }
    }
}

/// Request builder for [`Client::get_performance_advisors`](crate::Client::get_performance_advisors).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetPerformanceAdvisors<'a> {
    client: &'a crate::runtime::Client,
    r#ref: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetPerformanceAdvisors<'a> {
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
            id: "v1-get-performance-advisors",
            method: "GET",
            path: "/v1/projects/{ref}/advisors/performance",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.r#ref).as_str(),
            "/advisors/performance",
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
        types::V1ProjectAdvisorsResponse,
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

impl<'a> std::future::IntoFuture for GetPerformanceAdvisors<'a> {
    type Output = crate::runtime::Result<types::V1ProjectAdvisorsResponse>;
    type IntoFuture = crate::runtime::Call<
        'a,
        types::V1ProjectAdvisorsResponse,
        crate::runtime::Json,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::get_security_advisors`](crate::Client::get_security_advisors).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetSecurityAdvisors<'a> {
    client: &'a crate::runtime::Client,
    r#ref: String,
    lint_type: Option<types::GetSecurityAdvisorsLintType>,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetSecurityAdvisors<'a> {
    /// Sets `lint_type`.
    pub fn lint_type(mut self, value: types::GetSecurityAdvisorsLintType) -> Self {
        self.lint_type = Some(value);
        self
    }

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
            id: "v1-get-security-advisors",
            method: "GET",
            path: "/v1/projects/{ref}/advisors/security",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.r#ref).as_str(),
            "/advisors/security",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.lint_type {
            request.query.push(("lint_type", value.to_string()));
        }
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
        types::V1ProjectAdvisorsResponse,
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

impl<'a> std::future::IntoFuture for GetSecurityAdvisors<'a> {
    type Output = crate::runtime::Result<types::V1ProjectAdvisorsResponse>;
    type IntoFuture = crate::runtime::Call<
        'a,
        types::V1ProjectAdvisorsResponse,
        crate::runtime::Json,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}
