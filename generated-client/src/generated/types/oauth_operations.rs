//! Generated from Supabase API (v1) 1.0.0; do not edit.
//! Regenerate with `cargo xtask generate`.
//!
//! Types declared inline in operations (their parameters, bodies and responses).

crate::runtime::open_enum! {
    /// Schema: `GET /v1/oauth/authorize parameters[7]`
    #[allow(missing_docs)]
    pub enum AuthorizeUserCodeChallengeMethod {
        Plain = "plain",
        Sha256 = "sha256",
        S256 = "S256",
    }
}

crate::runtime::open_enum! {
    /// Schema: `GET /v1/oauth/authorize parameters[1]`
    #[allow(missing_docs)]
    pub enum AuthorizeUserResponseType {
        Code = "code",
        Token = "token",
        IdTokenToken = "id_token token",
    }
}

crate::runtime::open_enum! {
    /// Schema: `GET /v1/oauth/authorize/project-claim parameters[7]`
    #[allow(missing_docs)]
    pub enum OAuthAuthorizeProjectClaimCodeChallengeMethod {
        Plain = "plain",
        Sha256 = "sha256",
        S256 = "S256",
    }
}

crate::runtime::open_enum! {
    /// Schema: `GET /v1/oauth/authorize/project-claim parameters[2]`
    #[allow(missing_docs)]
    pub enum OAuthAuthorizeProjectClaimResponseType {
        Code = "code",
        Token = "token",
        IdTokenToken = "id_token token",
    }
}
