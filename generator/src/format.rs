//! Formatting: tokens to source text with `prettyplease`, plus blank lines
//! between items so that a reviewer reads one item at a time.

use proc_macro2::{Delimiter, Group, Literal, TokenStream, TokenTree};

/// Parses `tokens` as a file and pretty-prints it. A parse failure means the
/// emitter produced invalid Rust: it is returned, never unwrapped.
pub fn format_file(tokens: TokenStream) -> Result<String, String> {
    let file: syn::File = syn::parse2(comment_safe(tokens))
        .map_err(|e| format!("emitted tokens are not valid Rust: {e}"))?;
    Ok(space_items(&prettyplease::unparse(&file)))
}

/// prettyplease prints `#[doc]` strings as comments, as they are, and rustc
/// refuses a carriage return or a bidirectional-text control character in a
/// doc comment (in a literal they are escaped). In every `#[doc = "..."]`
/// the former becomes a space and the latter its `\u{...}` escape.
fn comment_safe(tokens: TokenStream) -> TokenStream {
    let mut out: Vec<TokenTree> = Vec::new();
    for tree in tokens {
        let tree = match tree {
            TokenTree::Group(group) => {
                let after_hash = matches!(out.last(), Some(TokenTree::Punct(p)) if p.as_char() == '#' || p.as_char() == '!');
                let stream = if after_hash && group.delimiter() == Delimiter::Bracket {
                    doc_safe(group.stream())
                } else {
                    comment_safe(group.stream())
                };
                let mut fixed = Group::new(group.delimiter(), stream);
                fixed.set_span(group.span());
                TokenTree::Group(fixed)
            }
            other => other,
        };
        out.push(tree);
    }
    out.into_iter().collect()
}

/// The inside of an attribute: `doc = "..."` made safe, anything else as it is.
fn doc_safe(attr: TokenStream) -> TokenStream {
    let trees: Vec<TokenTree> = attr.into_iter().collect();
    if let [TokenTree::Ident(name), TokenTree::Punct(eq), TokenTree::Literal(lit)] = &trees[..] {
        if name == "doc" && eq.as_char() == '=' {
            if let Ok(text) = syn::parse_str::<syn::LitStr>(&lit.to_string()) {
                let value = text.value();
                if value.contains(|c| c == '\r' || is_bidi_control(c)) {
                    let mut safe = String::with_capacity(value.len());
                    for c in value.chars() {
                        match c {
                            '\r' => safe.push(' '),
                            c if is_bidi_control(c) => safe.extend(c.escape_unicode()),
                            c => safe.push(c),
                        }
                    }
                    let mut literal = Literal::string(&safe);
                    literal.set_span(lit.span());
                    return [
                        TokenTree::Ident(name.clone()),
                        TokenTree::Punct(eq.clone()),
                        TokenTree::Literal(literal),
                    ]
                    .into_iter()
                    .collect();
                }
            }
        }
    }
    comment_safe(trees.into_iter().collect())
}

/// The characters of rustc's `text_direction_codepoint_in_comment` lint.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
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
