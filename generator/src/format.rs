//! Formatting: tokens to source text with `prettyplease`.

use proc_macro2::TokenStream;

/// Parses `tokens` as a file and pretty-prints it. A parse failure means the
/// emitter produced invalid Rust: it is returned, never unwrapped.
pub fn format_file(tokens: TokenStream) -> Result<String, String> {
    let file: syn::File = syn::parse2(tokens).map_err(|e| format!("emitted tokens are not valid Rust: {e}"))?;
    Ok(prettyplease::unparse(&file))
}
