//! The OAuth flow for an app acting on behalf of a Supabase user:
//! authorize with PKCE, exchange the code, then call the API with a client
//! that refreshes its token by itself.
//!
//! ```sh
//! SUPABASE_OAUTH_CLIENT_ID=... SUPABASE_OAUTH_CLIENT_SECRET=... \
//!     cargo run --example oauth -- https://example.com/callback
//! ```
//!
//! Open the printed URL, approve, and paste the URL you were redirected to.

use std::io::BufRead;

use supabase_management_api::{Client, OAuthClient};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client_id = std::env::var("SUPABASE_OAUTH_CLIENT_ID")?;
    let client_secret = std::env::var("SUPABASE_OAUTH_CLIENT_SECRET")?;
    let redirect_uri = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "http://localhost:3000/callback".to_owned());

    // The token endpoint authenticates the app with its id and secret, so
    // the client that reaches it carries no token of its own.
    let oauth = OAuthClient::new(
        Client::builder_without_auth().build()?,
        client_id,
        client_secret,
    );

    // 1. Send the user to the authorize URL. A web app keeps `state` and the
    //    PKCE verifier in the user's session until the callback.
    let authorization = oauth.start_authorization(&redirect_uri, None)?;
    println!(
        "Open this URL and approve access:\n\n{}\n",
        authorization.url
    );
    println!("Then paste the URL you were redirected to:");
    let mut callback = String::new();
    std::io::stdin().lock().read_line(&mut callback)?;
    let callback = supabase_management_api::reqwest::Url::parse(callback.trim())?;
    let param = |name: &str| {
        callback
            .query_pairs()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.into_owned())
    };

    // 2. Check `state` (it ties the callback to this flow), then exchange the code.
    if param("state").as_deref() != Some(authorization.state.as_str()) {
        return Err("the callback's state does not match: not our authorization".into());
    }
    let code = param("code").ok_or("the callback has no code")?;
    let tokens = oauth
        .exchange_code(&code, &redirect_uri, authorization.pkce.verifier())
        .await?;
    println!("got an access token valid for {:?}", tokens.expires_in);

    // 3. A client whose token provider refreshes the access token before it
    //    expires (or when the API rejects it). Refresh tokens rotate, so a
    //    real app stores the new one in the hook.
    let provider = oauth.token_provider(tokens).on_refresh(|fresh| {
        println!(
            "refreshed; store the new refresh token (present: {})",
            fresh.refresh_token.is_some()
        );
    });
    let client = Client::builder_with_token_provider(provider).build()?;

    for project in client.list_all_projects().await? {
        println!("{} {}", project.ref_, project.name);
    }
    Ok(())
}
