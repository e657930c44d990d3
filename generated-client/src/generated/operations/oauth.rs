//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Operations tagged `OAuth`.

use super::super::Client;
use super::super::types;

impl Client {
    /// \[Beta\] Authorize user through oauth
    ///
    /// `GET /v1/oauth/authorize` (operation `v1-authorize-user`)
    #[doc(alias = "v1_authorize_user")]
    pub fn authorize_user(
        &self,
        client_id: crate::runtime::uuid::Uuid,
        redirect_uri: impl Into<String>,
        response_type: types::AuthorizeUserResponseType,
    ) -> AuthorizeUser {
        AuthorizeUser {
            client_id,
            redirect_uri: redirect_uri.into(),
            response_type,
            code_challenge: None,
            code_challenge_method: None,
            organization_slug: None,
            resource: None,
            response_mode: None,
            scope: None,
            state: None,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Exchange auth code for user's access and refresh token
    ///
    /// `POST /v1/oauth/token` (operation `v1-exchange-oauth-token`)
    #[doc(alias = "v1_exchange_oauth_token")]
    pub fn exchange_oauth_token(
        &self,
        body: types::OAuthTokenBody,
    ) -> ExchangeOAuthToken {
        ExchangeOAuthToken {
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// Authorize user through oauth and claim a project
    ///
    /// Initiates the OAuth authorization flow for the specified provider. After successful
    /// authentication, the user can claim ownership of the specified project.
    ///
    /// `GET /v1/oauth/authorize/project-claim` (operation `v1-oauth-authorize-project-claim`)
    ///
    /// # Arguments
    ///
    /// - `project_ref`: Project ref
    #[doc(alias = "v1_oauth_authorize_project_claim")]
    pub fn oauth_authorize_project_claim(
        &self,
        client_id: crate::runtime::uuid::Uuid,
        project_ref: impl Into<String>,
        redirect_uri: impl Into<String>,
        response_type: types::OAuthAuthorizeProjectClaimResponseType,
    ) -> OAuthAuthorizeProjectClaim {
        OAuthAuthorizeProjectClaim {
            client_id,
            project_ref: project_ref.into(),
            redirect_uri: redirect_uri.into(),
            response_type,
            code_challenge: None,
            code_challenge_method: None,
            response_mode: None,
            state: None,
            call: crate::runtime::CallOptions::new(self),
        }
    }

    /// \[Beta\] Revoke oauth app authorization and it's corresponding tokens
    ///
    /// `POST /v1/oauth/revoke` (operation `v1-revoke-token`)
    #[doc(alias = "v1_revoke_token")]
    pub fn revoke_token(&self, body: types::OAuthRevokeTokenBody) -> RevokeToken {
        RevokeToken {
            body,
            call: crate::runtime::CallOptions::new(self),
        }
    }
}

/// Request builder for [`Client::authorize_user`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct AuthorizeUser {
    client_id: crate::runtime::uuid::Uuid,
    redirect_uri: String,
    response_type: types::AuthorizeUserResponseType,
    code_challenge: Option<String>,
    code_challenge_method: Option<types::AuthorizeUserCodeChallengeMethod>,
    organization_slug: Option<String>,
    resource: Option<String>,
    response_mode: Option<String>,
    scope: Option<String>,
    state: Option<String>,
    call: crate::runtime::CallOptions,
}

#[allow(missing_docs)]
impl AuthorizeUser {
    pub fn code_challenge(mut self, value: impl Into<String>) -> Self {
        self.code_challenge = Some(value.into());
        self
    }

    pub fn code_challenge_method(
        mut self,
        value: types::AuthorizeUserCodeChallengeMethod,
    ) -> Self {
        self.code_challenge_method = Some(value);
        self
    }

    /// Organization slug
    pub fn organization_slug(mut self, value: impl Into<String>) -> Self {
        self.organization_slug = Some(value.into());
        self
    }

    /// Resource indicator for MCP (Model Context Protocol) clients
    pub fn resource(mut self, value: impl Into<String>) -> Self {
        self.resource = Some(value.into());
        self
    }

    pub fn response_mode(mut self, value: impl Into<String>) -> Self {
        self.response_mode = Some(value.into());
        self
    }

    pub fn scope(mut self, value: impl Into<String>) -> Self {
        self.scope = Some(value.into());
        self
    }

    pub fn state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self
    }

    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-authorize-user",
            "GET",
            "/v1/oauth/authorize",
        );
        let path = String::from("/v1/oauth/authorize");
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.client_id;
        request.query.push(("client_id", value.to_string()));
        if let Some(value) = self.code_challenge {
            request.query.push(("code_challenge", value));
        }
        if let Some(value) = self.code_challenge_method {
            request.query.push(("code_challenge_method", value.to_string()));
        }
        if let Some(value) = self.organization_slug {
            request.query.push(("organization_slug", value));
        }
        let value = self.redirect_uri;
        request.query.push(("redirect_uri", value));
        if let Some(value) = self.resource {
            request.query.push(("resource", value));
        }
        if let Some(value) = self.response_mode {
            request.query.push(("response_mode", value));
        }
        let value = self.response_type;
        request.query.push(("response_type", value.to_string()));
        if let Some(value) = self.scope {
            request.query.push(("scope", value));
        }
        if let Some(value) = self.state {
            request.query.push(("state", value));
        }
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(AuthorizeUser, (), Unit);

/// Request builder for [`Client::exchange_oauth_token`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct ExchangeOAuthToken {
    body: types::OAuthTokenBody,
    call: crate::runtime::CallOptions,
}

impl ExchangeOAuthToken {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-exchange-oauth-token",
            "POST",
            "/v1/oauth/token",
        );
        let path = String::from("/v1/oauth/token");
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::form(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(ExchangeOAuthToken, types::OAuthTokenResponse, Json);

/// Request builder for [`Client::oauth_authorize_project_claim`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct OAuthAuthorizeProjectClaim {
    client_id: crate::runtime::uuid::Uuid,
    project_ref: String,
    redirect_uri: String,
    response_type: types::OAuthAuthorizeProjectClaimResponseType,
    code_challenge: Option<String>,
    code_challenge_method: Option<types::OAuthAuthorizeProjectClaimCodeChallengeMethod>,
    response_mode: Option<String>,
    state: Option<String>,
    call: crate::runtime::CallOptions,
}

#[allow(missing_docs)]
impl OAuthAuthorizeProjectClaim {
    pub fn code_challenge(mut self, value: impl Into<String>) -> Self {
        self.code_challenge = Some(value.into());
        self
    }

    pub fn code_challenge_method(
        mut self,
        value: types::OAuthAuthorizeProjectClaimCodeChallengeMethod,
    ) -> Self {
        self.code_challenge_method = Some(value);
        self
    }

    pub fn response_mode(mut self, value: impl Into<String>) -> Self {
        self.response_mode = Some(value.into());
        self
    }

    pub fn state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self
    }

    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-oauth-authorize-project-claim",
            "GET",
            "/v1/oauth/authorize/project-claim",
        );
        let path = String::from("/v1/oauth/authorize/project-claim");
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.client_id;
        request.query.push(("client_id", value.to_string()));
        if let Some(value) = self.code_challenge {
            request.query.push(("code_challenge", value));
        }
        if let Some(value) = self.code_challenge_method {
            request.query.push(("code_challenge_method", value.to_string()));
        }
        let value = self.project_ref;
        request.query.push(("project_ref", value));
        let value = self.redirect_uri;
        request.query.push(("redirect_uri", value));
        if let Some(value) = self.response_mode {
            request.query.push(("response_mode", value));
        }
        let value = self.response_type;
        request.query.push(("response_type", value.to_string()));
        if let Some(value) = self.state {
            request.query.push(("state", value));
        }
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(OAuthAuthorizeProjectClaim, (), Unit);

/// Request builder for [`Client::revoke_token`].
#[derive(Debug)]
#[must_use = "a request does nothing until it is sent or awaited"]
pub struct RevokeToken {
    body: types::OAuthRevokeTokenBody,
    call: crate::runtime::CallOptions,
}

impl RevokeToken {
    #[inline]
    fn request(self) -> crate::runtime::Prepared {
        static OPERATION: crate::runtime::Operation = crate::runtime::Operation::new(
            "v1-revoke-token",
            "POST",
            "/v1/oauth/revoke",
        );
        let path = String::from("/v1/oauth/revoke");
        let mut request = crate::runtime::Request::new(&OPERATION, path);
        let value = self.body;
        request.body = crate::runtime::RequestBody::json(&value)?;
        Ok(self.call.finish(request))
    }
}

crate::runtime::call!(RevokeToken, (), Unit);
