//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Advisors`.

use super::super::Client;
use super::super::types;

impl Client {
    /// Gets project performance advisors.
    ///
    /// This is an **experimental** endpoint. It is subject to change or removal in future versions.
    /// Use it with caution, as it may not remain supported or stable.
    ///
    /// `GET /v1/projects/{ref}/advisors/performance` (operation `v1-get-performance-advisors`)
    ///
    /// OAuth scope: `database:read`.
    ///
    /// **Deprecated** in the API.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_performance_advisors")]
    #[deprecated = "deprecated in the API"]
    pub fn get_performance_advisors(
        &self,
        ref_: impl Into<String>,
    ) -> GetPerformanceAdvisors {
        GetPerformanceAdvisors {
            ref_: ref_.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Gets project security advisors.
    ///
    /// This is an **experimental** endpoint. It is subject to change or removal in future versions.
    /// Use it with caution, as it may not remain supported or stable.
    ///
    /// `GET /v1/projects/{ref}/advisors/security` (operation `v1-get-security-advisors`)
    ///
    /// OAuth scope: `database:read`.
    ///
    /// **Deprecated** in the API.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    #[doc(alias = "v1_get_security_advisors")]
    #[deprecated = "deprecated in the API"]
    pub fn get_security_advisors(&self, ref_: impl Into<String>) -> GetSecurityAdvisors {
        GetSecurityAdvisors {
            ref_: ref_.into(),
            lint_type: None,
            call: crate::runtime::CallOptions::new(self),
        }
    }
}

/// Request builder for [`Client::get_performance_advisors`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetPerformanceAdvisors {
    ref_: String,
    call: crate::runtime::CallOptions,
}

impl GetPerformanceAdvisors {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-performance-advisors",
            "GET",
            "/v1/projects/{ref}/advisors/performance",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        Ok(self.call.finish(crate::runtime::Request::new(&OPERATION, path)))
    }
}

crate::runtime::call!(GetPerformanceAdvisors, types::V1ProjectAdvisorsResponse, Json);

/// Request builder for [`Client::get_security_advisors`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetSecurityAdvisors {
    ref_: String,
    lint_type: Option<types::GetSecurityAdvisorsLintType>,
    call: crate::runtime::CallOptions,
}

#[allow(missing_docs)]
impl GetSecurityAdvisors {
    pub fn lint_type(mut self, value: types::GetSecurityAdvisorsLintType) -> Self {
        self.lint_type = Some(value);
        self
    }

    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-get-security-advisors",
            "GET",
            "/v1/projects/{ref}/advisors/security",
        );
        let path = crate::runtime::expand_path(OPERATION.path, &[&self.ref_]);
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.lint_type {
            request.query.push(("lint_type", value.to_string()));
        }
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(GetSecurityAdvisors, types::V1ProjectAdvisorsResponse, Json);
