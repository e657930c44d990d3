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
    /// `GET /v1/projects/{ref}/advisors/performance`
    ///
    /// OAuth scope: `database:read`.
    ///
    /// **Deprecated** in the API.
    ///
    /// # Arguments
    ///
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-performance-advisors`
    #[doc(alias = "v1_get_performance_advisors")]
    #[deprecated = "deprecated in the API"]
    pub fn get_performance_advisors(
        &self,
        ref_: impl Into<String>,
    ) -> GetPerformanceAdvisors<'_> {
        GetPerformanceAdvisors {
            client: self,
            ref_: ref_.into(),
            headers: Vec::new(),
            timeout: None,
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
    /// - `ref_`: Project ref
    ///
    /// Operation: `v1-get-security-advisors`
    #[doc(alias = "v1_get_security_advisors")]
    #[deprecated = "deprecated in the API"]
    pub fn get_security_advisors(
        &self,
        ref_: impl Into<String>,
    ) -> GetSecurityAdvisors<'_> {
        GetSecurityAdvisors {
            client: self,
            ref_: ref_.into(),
            lint_type: None,
            headers: Vec::new(),
            timeout: None,
        }
    }
}

/// Request builder for [`Client::get_performance_advisors`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetPerformanceAdvisors<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetPerformanceAdvisors<'a> {
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
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
            "/advisors/performance",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        request.headers.extend(self.headers);
        request.timeout = self.timeout;
        Ok((self.client, request))
    }
}

crate::runtime::call!(GetPerformanceAdvisors, types::V1ProjectAdvisorsResponse, Json);

/// Request builder for [`Client::get_security_advisors`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetSecurityAdvisors<'a> {
    client: &'a crate::runtime::Client,
    ref_: String,
    lint_type: Option<types::GetSecurityAdvisorsLintType>,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

#[allow(missing_docs)]
impl<'a> GetSecurityAdvisors<'a> {
    pub fn lint_type(mut self, value: types::GetSecurityAdvisorsLintType) -> Self {
        self.lint_type = Some(value);
        self
    }

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
            crate::runtime::encode_path_segment(&self.ref_).as_str(),
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
}

crate::runtime::call!(GetSecurityAdvisors, types::V1ProjectAdvisorsResponse, Json);
