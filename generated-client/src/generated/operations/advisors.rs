//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Advisors`.

use super::super::types;

impl super::super::Client {
    /// Gets project performance advisors.
    ///
    /// This is an **experimental** endpoint. It is subject to change or removal in future versions.
    /// Use it with caution, as it may not remain supported or stable.
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
    #[deprecated = "deprecated in the API"]
    pub fn get_performance_advisors(
        &self,
        r#ref: impl Into<String>,
    ) -> GetPerformanceAdvisors {
        GetPerformanceAdvisors {
            r#ref: r#ref.into(),
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Gets project security advisors.
    ///
    /// This is an **experimental** endpoint. It is subject to change or removal in future versions.
    /// Use it with caution, as it may not remain supported or stable.
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
    #[deprecated = "deprecated in the API"]
    pub fn get_security_advisors(
        &self,
        r#ref: impl Into<String>,
    ) -> GetSecurityAdvisors {
        GetSecurityAdvisors {
            r#ref: r#ref.into(),
            lint_type: None,
            call: crate::runtime::CallOptions::new(self),
        }
    }
}

/// Request builder for
/// [`Client::get_performance_advisors`](super::super::Client::get_performance_advisors).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetPerformanceAdvisors {
    r#ref: String,
    call: crate::runtime::CallOptions,
}

impl GetPerformanceAdvisors {
    #[inline]
    fn request(
        self,
    ) -> crate::runtime::Result<(crate::runtime::Client, crate::runtime::Request)> {
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
        let request = crate::runtime::Request::new(&OPERATION, path);
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(GetPerformanceAdvisors, types::V1ProjectAdvisorsResponse, Json);

/// Request builder for
/// [`Client::get_security_advisors`](super::super::Client::get_security_advisors).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetSecurityAdvisors {
    r#ref: String,
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
    fn request(
        self,
    ) -> crate::runtime::Result<(crate::runtime::Client, crate::runtime::Request)> {
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
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(GetSecurityAdvisors, types::V1ProjectAdvisorsResponse, Json);
