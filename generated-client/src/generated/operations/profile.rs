//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Profile`.

use super::super::types;

impl crate::runtime::Client {
    /// Gets the user's profile
    ///
    /// `GET /v1/profile`
    ///
    /// Operation: `v1-get-profile`
    #[doc(alias = "v1_get_profile")]
    pub fn get_profile(&self) -> GetProfile<'_> {
        GetProfile {
            client: self,
            headers: Vec::new(),
            timeout: None,
        }
    }
}

/// Request builder for [`Client::get_profile`](crate::Client::get_profile).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetProfile<'a> {
    client: &'a crate::runtime::Client,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetProfile<'a> {
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
            id: "v1-get-profile",
            method: "GET",
            path: "/v1/profile",
        };
        let path = String::from("/v1/profile");
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }

    /// Sends the request and decodes the success response.
    #[inline]
    pub fn send(
        self,
    ) -> crate::runtime::Call<'a, types::V1ProfileResponse, crate::runtime::Json> {
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

impl<'a> std::future::IntoFuture for GetProfile<'a> {
    type Output = crate::runtime::Result<types::V1ProfileResponse>;
    type IntoFuture = crate::runtime::Call<
        'a,
        types::V1ProfileResponse,
        crate::runtime::Json,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}
