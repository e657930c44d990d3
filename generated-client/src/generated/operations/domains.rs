//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `Domains`.

use super::super::types;

impl crate::runtime::Client {
    /// \[Beta\] Activates a custom hostname for a project.
    ///
    /// `POST /v1/projects/{ref}/custom-hostname/activate`
    ///
    /// OAuth scope: `domains:write`.
    ///
    /// # Arguments
    ///
    /// - `ref`: Project ref
    ///
    /// Operation: `v1-activate-custom-hostname`
    #[doc(alias = "v1_activate_custom_hostname")]
    pub fn activate_custom_hostname(
        &self,
        r#ref: impl Into<String>,
    ) -> ActivateCustomHostname<'_> {
        ActivateCustomHostname {
            client: self,
            r#ref: r#ref.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// \[Beta\] Activates a vanity subdomain for a project.
    ///
    /// `POST /v1/projects/{ref}/vanity-subdomain/activate`
    ///
    /// OAuth scope: `domains:write`.
    ///
    /// # Arguments
    ///
    /// - `ref`: Project ref
    /// - `body`: the request body.
    ///
    /// Operation: `v1-activate-vanity-subdomain-config`
    #[doc(alias = "v1_activate_vanity_subdomain_config")]
    pub fn activate_vanity_subdomain_config(
        &self,
        r#ref: impl Into<String>,
        body: types::VanitySubdomainBody,
    ) -> ActivateVanitySubdomainConfig<'_> {
        ActivateVanitySubdomainConfig {
            client: self,
            r#ref: r#ref.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// \[Beta\] Checks vanity subdomain availability
    ///
    /// `POST /v1/projects/{ref}/vanity-subdomain/check-availability`
    ///
    /// OAuth scope: `domains:write`.
    ///
    /// # Arguments
    ///
    /// - `ref`: Project ref
    /// - `body`: the request body.
    ///
    /// Operation: `v1-check-vanity-subdomain-availability`
    #[doc(alias = "v1_check_vanity_subdomain_availability")]
    pub fn check_vanity_subdomain_availability(
        &self,
        r#ref: impl Into<String>,
        body: types::VanitySubdomainBody,
    ) -> CheckVanitySubdomainAvailability<'_> {
        CheckVanitySubdomainAvailability {
            client: self,
            r#ref: r#ref.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// \[Beta\] Deletes a project's vanity subdomain configuration
    ///
    /// `DELETE /v1/projects/{ref}/vanity-subdomain`
    ///
    /// OAuth scope: `domains:write`.
    ///
    /// # Arguments
    ///
    /// - `ref`: Project ref
    ///
    /// Operation: `v1-deactivate-vanity-subdomain-config`
    #[doc(alias = "v1_deactivate_vanity_subdomain_config")]
    pub fn deactivate_vanity_subdomain_config(
        &self,
        r#ref: impl Into<String>,
    ) -> DeactivateVanitySubdomainConfig<'_> {
        DeactivateVanitySubdomainConfig {
            client: self,
            r#ref: r#ref.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// \[Beta\] Deletes a project's custom hostname configuration
    ///
    /// `DELETE /v1/projects/{ref}/custom-hostname`
    ///
    /// OAuth scope: `domains:write`.
    ///
    /// # Arguments
    ///
    /// - `ref`: Project ref
    ///
    /// Operation: `v1-Delete hostname config`
    #[doc(alias = "v1_Delete_hostname_config")]
    pub fn delete_hostname_config(
        &self,
        r#ref: impl Into<String>,
    ) -> DeleteHostnameConfig<'_> {
        DeleteHostnameConfig {
            client: self,
            r#ref: r#ref.into(),
            remove_addon: None,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// \[Beta\] Gets project's custom hostname config
    ///
    /// `GET /v1/projects/{ref}/custom-hostname`
    ///
    /// OAuth scope: `domains:read`.
    ///
    /// # Arguments
    ///
    /// - `ref`: Project ref
    ///
    /// Operation: `v1-get-hostname-config`
    #[doc(alias = "v1_get_hostname_config")]
    pub fn get_hostname_config(
        &self,
        r#ref: impl Into<String>,
    ) -> GetHostnameConfig<'_> {
        GetHostnameConfig {
            client: self,
            r#ref: r#ref.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// \[Beta\] Gets current vanity subdomain config
    ///
    /// `GET /v1/projects/{ref}/vanity-subdomain`
    ///
    /// OAuth scope: `domains:read`.
    ///
    /// # Arguments
    ///
    /// - `ref`: Project ref
    ///
    /// Operation: `v1-get-vanity-subdomain-config`
    #[doc(alias = "v1_get_vanity_subdomain_config")]
    pub fn get_vanity_subdomain_config(
        &self,
        r#ref: impl Into<String>,
    ) -> GetVanitySubdomainConfig<'_> {
        GetVanitySubdomainConfig {
            client: self,
            r#ref: r#ref.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// \[Beta\] Updates project's custom hostname configuration
    ///
    /// `POST /v1/projects/{ref}/custom-hostname/initialize`
    ///
    /// OAuth scope: `domains:write`.
    ///
    /// # Arguments
    ///
    /// - `ref`: Project ref
    /// - `body`: the request body.
    ///
    /// Operation: `v1-update-hostname-config`
    #[doc(alias = "v1_update_hostname_config")]
    pub fn update_hostname_config(
        &self,
        r#ref: impl Into<String>,
        body: types::UpdateCustomHostnameBody,
    ) -> UpdateHostnameConfig<'_> {
        UpdateHostnameConfig {
            client: self,
            r#ref: r#ref.into(),
            body,
            headers: Vec::new(),
            timeout: None,
        }
    }

    /// \[Beta\] Attempts to verify the DNS configuration for project's custom hostname configuration
    ///
    /// `POST /v1/projects/{ref}/custom-hostname/reverify`
    ///
    /// OAuth scope: `domains:write`.
    ///
    /// # Arguments
    ///
    /// - `ref`: Project ref
    ///
    /// Operation: `v1-verify-dns-config`
    #[doc(alias = "v1_verify_dns_config")]
    pub fn verify_dns_config(&self, r#ref: impl Into<String>) -> VerifyDnsConfig<'_> {
        VerifyDnsConfig {
            client: self,
            r#ref: r#ref.into(),
            headers: Vec::new(),
            timeout: None,
        }
    }
}

/// Request builder for [`Client::activate_custom_hostname`](crate::Client::activate_custom_hostname).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ActivateCustomHostname<'a> {
    client: &'a crate::runtime::Client,
    r#ref: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> ActivateCustomHostname<'a> {
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
            id: "v1-activate-custom-hostname",
            method: "POST",
            path: "/v1/projects/{ref}/custom-hostname/activate",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.r#ref).as_str(),
            "/custom-hostname/activate",
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
        types::UpdateCustomHostnameResponse,
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

impl<'a> std::future::IntoFuture for ActivateCustomHostname<'a> {
    type Output = crate::runtime::Result<types::UpdateCustomHostnameResponse>;
    type IntoFuture = crate::runtime::Call<
        'a,
        types::UpdateCustomHostnameResponse,
        crate::runtime::Json,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::activate_vanity_subdomain_config`](crate::Client::activate_vanity_subdomain_config).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ActivateVanitySubdomainConfig<'a> {
    client: &'a crate::runtime::Client,
    r#ref: String,
    body: types::VanitySubdomainBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> ActivateVanitySubdomainConfig<'a> {
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
            id: "v1-activate-vanity-subdomain-config",
            method: "POST",
            path: "/v1/projects/{ref}/vanity-subdomain/activate",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.r#ref).as_str(),
            "/vanity-subdomain/activate",
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
        types::ActivateVanitySubdomainResponse,
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

impl<'a> std::future::IntoFuture for ActivateVanitySubdomainConfig<'a> {
    type Output = crate::runtime::Result<types::ActivateVanitySubdomainResponse>;
    type IntoFuture = crate::runtime::Call<
        'a,
        types::ActivateVanitySubdomainResponse,
        crate::runtime::Json,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::check_vanity_subdomain_availability`](crate::Client::check_vanity_subdomain_availability).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct CheckVanitySubdomainAvailability<'a> {
    client: &'a crate::runtime::Client,
    r#ref: String,
    body: types::VanitySubdomainBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> CheckVanitySubdomainAvailability<'a> {
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
            id: "v1-check-vanity-subdomain-availability",
            method: "POST",
            path: "/v1/projects/{ref}/vanity-subdomain/check-availability",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.r#ref).as_str(),
            "/vanity-subdomain/check-availability",
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
        types::SubdomainAvailabilityResponse,
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

impl<'a> std::future::IntoFuture for CheckVanitySubdomainAvailability<'a> {
    type Output = crate::runtime::Result<types::SubdomainAvailabilityResponse>;
    type IntoFuture = crate::runtime::Call<
        'a,
        types::SubdomainAvailabilityResponse,
        crate::runtime::Json,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::deactivate_vanity_subdomain_config`](crate::Client::deactivate_vanity_subdomain_config).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DeactivateVanitySubdomainConfig<'a> {
    client: &'a crate::runtime::Client,
    r#ref: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> DeactivateVanitySubdomainConfig<'a> {
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
            id: "v1-deactivate-vanity-subdomain-config",
            method: "DELETE",
            path: "/v1/projects/{ref}/vanity-subdomain",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.r#ref).as_str(),
            "/vanity-subdomain",
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

impl<'a> std::future::IntoFuture for DeactivateVanitySubdomainConfig<'a> {
    type Output = crate::runtime::Result<()>;
    type IntoFuture = crate::runtime::Call<'a, (), crate::runtime::Unit>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::delete_hostname_config`](crate::Client::delete_hostname_config).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct DeleteHostnameConfig<'a> {
    client: &'a crate::runtime::Client,
    r#ref: String,
    remove_addon: Option<bool>,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> DeleteHostnameConfig<'a> {
    /// If true, also removes the custom domain add-on from the project subscription.
    ///
    /// Defaults to `"false"` on the server.
    pub fn remove_addon(mut self, value: bool) -> Self {
        self.remove_addon = Some(value);
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
            id: "v1-Delete hostname config",
            method: "DELETE",
            path: "/v1/projects/{ref}/custom-hostname",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.r#ref).as_str(),
            "/custom-hostname",
        ]
            .concat();
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        if let Some(value) = self.remove_addon {
            request.query.push(("remove_addon", value.to_string()));
        }
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

impl<'a> std::future::IntoFuture for DeleteHostnameConfig<'a> {
    type Output = crate::runtime::Result<()>;
    type IntoFuture = crate::runtime::Call<'a, (), crate::runtime::Unit>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::get_hostname_config`](crate::Client::get_hostname_config).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetHostnameConfig<'a> {
    client: &'a crate::runtime::Client,
    r#ref: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetHostnameConfig<'a> {
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
            id: "v1-get-hostname-config",
            method: "GET",
            path: "/v1/projects/{ref}/custom-hostname",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.r#ref).as_str(),
            "/custom-hostname",
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
        types::UpdateCustomHostnameResponse,
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

impl<'a> std::future::IntoFuture for GetHostnameConfig<'a> {
    type Output = crate::runtime::Result<types::UpdateCustomHostnameResponse>;
    type IntoFuture = crate::runtime::Call<
        'a,
        types::UpdateCustomHostnameResponse,
        crate::runtime::Json,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::get_vanity_subdomain_config`](crate::Client::get_vanity_subdomain_config).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct GetVanitySubdomainConfig<'a> {
    client: &'a crate::runtime::Client,
    r#ref: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> GetVanitySubdomainConfig<'a> {
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
            id: "v1-get-vanity-subdomain-config",
            method: "GET",
            path: "/v1/projects/{ref}/vanity-subdomain",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.r#ref).as_str(),
            "/vanity-subdomain",
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
        types::VanitySubdomainConfigResponse,
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

impl<'a> std::future::IntoFuture for GetVanitySubdomainConfig<'a> {
    type Output = crate::runtime::Result<types::VanitySubdomainConfigResponse>;
    type IntoFuture = crate::runtime::Call<
        'a,
        types::VanitySubdomainConfigResponse,
        crate::runtime::Json,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::update_hostname_config`](crate::Client::update_hostname_config).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct UpdateHostnameConfig<'a> {
    client: &'a crate::runtime::Client,
    r#ref: String,
    body: types::UpdateCustomHostnameBody,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> UpdateHostnameConfig<'a> {
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
            id: "v1-update-hostname-config",
            method: "POST",
            path: "/v1/projects/{ref}/custom-hostname/initialize",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.r#ref).as_str(),
            "/custom-hostname/initialize",
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
        types::UpdateCustomHostnameResponse,
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

impl<'a> std::future::IntoFuture for UpdateHostnameConfig<'a> {
    type Output = crate::runtime::Result<types::UpdateCustomHostnameResponse>;
    type IntoFuture = crate::runtime::Call<
        'a,
        types::UpdateCustomHostnameResponse,
        crate::runtime::Json,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Request builder for [`Client::verify_dns_config`](crate::Client::verify_dns_config).
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct VerifyDnsConfig<'a> {
    client: &'a crate::runtime::Client,
    r#ref: String,
    headers: Vec<(&'static str, String)>,
    timeout: Option<std::time::Duration>,
}

impl<'a> VerifyDnsConfig<'a> {
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
            id: "v1-verify-dns-config",
            method: "POST",
            path: "/v1/projects/{ref}/custom-hostname/reverify",
        };
        let path = [
            "/v1/projects/",
            crate::runtime::encode_path_segment(&self.r#ref).as_str(),
            "/custom-hostname/reverify",
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
        types::UpdateCustomHostnameResponse,
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

impl<'a> std::future::IntoFuture for VerifyDnsConfig<'a> {
    type Output = crate::runtime::Result<types::UpdateCustomHostnameResponse>;
    type IntoFuture = crate::runtime::Call<
        'a,
        types::UpdateCustomHostnameResponse,
        crate::runtime::Json,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}
