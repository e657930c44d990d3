//! Formatting: tokens to source text with `prettyplease`, plus blank lines
//! between items so that a reviewer reads one item at a time.

use proc_macro2::TokenStream;

/// Parses `tokens` as a file and pretty-prints it. A parse failure means the
/// emitter produced invalid Rust: it is returned, never unwrapped.
pub fn format_file(tokens: TokenStream) -> Result<String, String> {
    let file: syn::File =
        syn::parse2(tokens).map_err(|e| format!("emitted tokens are not valid Rust: {e}"))?;
    Ok(space_items(&prettyplease::unparse(&file)))
}

/// Starts of lines that begin an item (or its docs and attributes).
const ITEM_STARTS: &[&str] = &[
    "///", "#[", "pub ", "fn ", "impl", "async fn", "static ", "const ", "type ", "enum ",
    "struct ", "mod ", "use ",
];

/// Inserts a blank line after the file's header and between items at the
/// same indentation, keeping runs of `use` and `mod` lines together.
fn space_items(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = String::with_capacity(text.len() + text.len() / 20);
    for (i, line) in lines.iter().enumerate() {
        out.push_str(line);
        out.push('\n');
        let Some(next) = lines.get(i + 1) else {
            continue;
        };
        let indent = line.len() - line.trim_start().len();
        let next_indent = next.len() - next.trim_start().len();
        let (this, following) = (line.trim_start(), next.trim_start());
        let header_ends = this.starts_with("//!") && !following.starts_with("//!");
        let item_ends = (this == "}"
            || (this.ends_with(';') && indent == 0 && !this.starts_with("//")))
            && indent == next_indent
            && ITEM_STARTS.iter().any(|s| following.starts_with(s));
        let declaration = |l: &str| {
            l.starts_with("use ")
                || l.starts_with("mod ")
                || l.starts_with("pub use ")
                || l.starts_with("pub mod ")
        };
        if header_ends || (item_ends && !(declaration(this) && declaration(following))) {
            out.push('\n');
        }
    }
    out
}
