//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Profile`.

use super::super::Client;
use super::super::types;

impl Client {
    /// Gets the user's profile
    ///
    /// `GET /v1/profile` (operation `v1-get-profile`)
    #[doc(alias = "v1_get_profile")]
    pub fn get_profile(&self) -> GetProfile {
        GetProfile {
            call: crate::runtime::CallOptions::new(self),
        }
    }
}

/// Request builder for [`Client::get_profile`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetProfile {
    call: crate::runtime::CallOptions,
}

impl GetProfile {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-profile",
            "GET",
            "/v1/profile",
        );
        let path = String::from("/v1/profile");
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetProfile, types::V1ProfileResponse, Json);
