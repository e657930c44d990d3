//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Profile`.

use super::super::Client;
use super::super::types;

impl Client {
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

/// Request builder for [`Client::get_profile`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetProfile<'a> {
    client: &'a crate::runtime::Client,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetProfile<'a> {
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
}

crate::runtime::call!(GetProfile, types::V1ProfileResponse, Json);
