//! Formatting: tokens to source text with `prettyplease`, plus blank lines
//! between items so that a reviewer reads one item at a time.

use proc_macro2::TokenStream;

/// Parses `tokens` as a file and pretty-prints it. A parse failure means the
/// emitter produced invalid Rust: it is returned, never unwrapped.
pub fn format_file(tokens: TokenStream) -> Result<String, String> {
    let file: syn::File =
        syn::parse2(tokens).map_err(|e| format!("emitted tokens are not valid Rust: {e}"))?;
    Ok(wrap_comments(&space_items(&comment_safe(unparse(file)))))
}

/// The longest line a doc comment is wrapped to, in characters.
pub const WIDTH: usize = 100;

/// Wraps doc-comment lines longer than [`WIDTH`] at spaces, as Markdown
/// reads them the same: not inside a fenced code block, not a heading or a
/// table row, and never so that a continuation starts a new block (a list
/// item, a heading, a quote, a table row, a fence). A word longer than the
/// line stays whole.
fn wrap_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 50);
    let mut docs = DocLines::default();
    for line in text.lines() {
        // Every line is read, for the fences; only long ones are wrapped.
        let long = line.chars().count() > WIDTH;
        let doc = docs.read(line).filter(|doc| long && doc.wrappable);
        let Some(DocLine {
            prefix, content, ..
        }) = doc
        else {
            out.push_str(line);
            out.push('\n');
            continue;
        };
        let mut rest = content;
        // A list item's continuation lines are indented under its text.
        let indent = if content.starts_with("- ") || content.starts_with("* ") {
            "  "
        } else {
            ""
        };
        let mut line_prefix = prefix.to_owned();
        loop {
            let room = WIDTH.saturating_sub(line_prefix.chars().count()).max(20);
            if rest.chars().count() <= room {
                break;
            }
            let Some(cut) = break_at(rest, room) else {
                break;
            };
            out.push_str(&line_prefix);
            out.push_str(&rest[..cut]);
            out.push('\n');
            rest = &rest[cut + 1..];
            line_prefix = format!("{prefix}{indent}");
        }
        out.push_str(&line_prefix);
        out.push_str(rest);
        out.push('\n');
    }
    out
}

/// A doc-comment line: its prefix (indentation and `/// ` or `//! `), its
/// text, and whether Markdown reads it the same when it is broken at a
/// space: not inside a fenced code block, not a heading, not a table row,
/// not an indented continuation.
struct DocLine<'a> {
    prefix: &'a str,
    content: &'a str,
    wrappable: bool,
}

/// Reads a file's lines in order, keeping track of fenced code blocks.
#[derive(Default)]
struct DocLines {
    in_fence: bool,
}

impl DocLines {
    /// `line` as a doc line, or `None` for any other line.
    fn read<'a>(&mut self, line: &'a str) -> Option<DocLine<'a>> {
        let trimmed = line.trim_start();
        let Some(marker) = ["/// ", "//! "]
            .into_iter()
            .find(|m| trimmed.starts_with(m))
        else {
            if !(trimmed == "///" || trimmed == "//!") {
                self.in_fence = false;
            }
            return None;
        };
        let content = &trimmed[marker.len()..];
        if content.trim_start().starts_with("```") {
            self.in_fence = !self.in_fence;
        }
        Some(DocLine {
            prefix: &line[..line.len() - trimmed.len() + marker.len()],
            content,
            wrappable: !self.in_fence
                && !content.starts_with(' ')
                && !content.starts_with('#')
                && !content.starts_with('|'),
        })
    }
}

/// The lines of formatted `text` longer than [`WIDTH`] characters, with
/// their numbers (from 1), except the doc lines that no break can shorten
/// without changing how Markdown reads them: a line of a fenced code block,
/// a heading, a table row, or a word longer than the line (a long URL).
/// Formatted output has none.
pub fn overlong_lines(text: &str) -> Vec<(usize, &str)> {
    let mut docs = DocLines::default();
    let mut long = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let doc = docs.read(line);
        if line.chars().count() <= WIDTH {
            continue;
        }
        let unbreakable = doc.is_some_and(|doc| {
            let room = WIDTH.saturating_sub(doc.prefix.chars().count());
            !doc.wrappable || break_at(doc.content, room).is_none()
        });
        if !unbreakable {
            long.push((index + 1, line));
        }
    }
    long
}

/// The byte offset of the space to break `text` at: the last one within
/// `room` characters whose next word cannot start a Markdown block, else
/// the first such one after it.
fn break_at(text: &str, room: usize) -> Option<usize> {
    let spaces = text
        .char_indices()
        .filter(|&(_, c)| c == ' ')
        .map(|(i, _)| i);
    let fits = |i: usize| text[..i].chars().count() <= room;
    let safe = |i: usize| {
        let next = &text[i + 1..];
        let word = next.split(' ').next().unwrap_or("");
        !word.is_empty()
            && !matches!(word, "-" | "*" | "+" | ">" | "|")
            && !word.starts_with('#')
            && !word.starts_with("```")
            && !word.starts_with("===")
            && !word.starts_with("---")
            && !(word
                .trim_end_matches(['.', ')'])
                .chars()
                .all(|c| c.is_ascii_digit())
                && word.len() > 1
                && (word.ends_with('.') || word.ends_with(')')))
            && text[..i].chars().any(|c| c != ' ')
    };
    let mut best = None;
    for i in spaces {
        if !safe(i) {
            continue;
        }
        if fits(i) {
            best = Some(i);
        } else {
            return best.or(Some(i));
        }
    }
    best
}

/// Prints `file` with prettyplease, except that an item written inside a
/// macro (`crate::runtime::object! { pub struct .. }`), which prettyplease
/// would print as a run of tokens, is printed as the item it is, indented
/// inside the macro's braces.
fn unparse(file: syn::File) -> String {
    let mut out = String::new();
    let mut chunk = syn::File {
        shebang: None,
        attrs: file.attrs,
        items: Vec::new(),
    };
    for item in file.items {
        let Some((path, inner)) = wrapped_item(&item) else {
            chunk.items.push(item);
            continue;
        };
        if !chunk.attrs.is_empty() || !chunk.items.is_empty() {
            out.push_str(&prettyplease::unparse(&chunk));
            chunk.attrs.clear();
            chunk.items.clear();
        }
        out.push_str(&path);
        out.push_str("! {\n");
        let inner = prettyplease::unparse(&syn::File {
            shebang: None,
            attrs: Vec::new(),
            items: vec![inner],
        });
        for line in inner.lines() {
            if line.is_empty() {
                out.push('\n');
                continue;
            }
            for part in wrap_member(&format!("    {line}")) {
                out.push_str(&part);
                out.push('\n');
            }
        }
        out.push_str("}\n");
    }
    if !chunk.attrs.is_empty() || !chunk.items.is_empty() {
        out.push_str(&prettyplease::unparse(&chunk));
    }
    out
}

/// A field (`pub name: Type,`) or a valued variant (`Name = "value",`) of
/// an item written inside a macro, on more lines when it is longer than
/// [`WIDTH`]: prettyplease keeps them whole, and inside a macro the
/// compiler reads the tokens the same across lines. The type or the value
/// goes on the next line, one level deeper; a string value still too long
/// is continued with `\` at the line end, which Rust reads as nothing
/// (the value is unchanged). A line of another shape is kept whole.
fn wrap_member(line: &str) -> Vec<String> {
    if line.chars().count() <= WIDTH || !line.ends_with(',') {
        return vec![line.to_owned()];
    }
    let indent = &line[..line.len() - line.trim_start().len()];
    let deeper = format!("{indent}    ");
    let body = line.trim_start();
    let (head, tail) = if let Some((head, value)) = body.split_once(" = \"") {
        (format!("{indent}{head} ="), format!("\"{value}"))
    } else if let Some((head, ty)) = body.split_once(": ") {
        if head.contains(|c: char| !(c.is_alphanumeric() || c == '_' || c == ' ' || c == '#')) {
            return vec![line.to_owned()];
        }
        (format!("{indent}{head}:"), ty.to_owned())
    } else {
        return vec![line.to_owned()];
    };
    let mut lines = vec![head];
    let mut rest = format!("{deeper}{tail}");
    // Where the literal's text starts on the current line: after the quote,
    // then (on a continued line) at the indentation.
    let mut start = tail.starts_with('"').then_some(deeper.len() + 1);
    while let Some(from) = start.filter(|_| rest.chars().count() > WIDTH) {
        let Some(at) = literal_break(&rest, from) else {
            break;
        };
        start = Some(deeper.len());
        lines.push(format!("{}\\", &rest[..at]));
        rest = format!("{deeper}{}", &rest[at..]);
    }
    lines.push(rest);
    lines
}

/// The byte offset at which a line holding a string literal, whose text
/// starts at byte `start`, can be continued on the next one: within [`WIDTH`] less one (for the `\`),
/// inside the literal, not inside an escape, and not before whitespace
/// (which the continuation would drop).
fn literal_break(line: &str, start: usize) -> Option<usize> {
    let text = line.get(start..)?;
    let mut best = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let at = start + i;
        if line[..at].chars().count() >= WIDTH || c == '"' {
            break;
        }
        if at > start && !c.is_whitespace() {
            best = Some(at);
        }
        // An escape is one unit: `\n`, `\x7f`, `\u{202e}`.
        if c == '\\' {
            match chars.next() {
                Some((_, 'u')) => {
                    for (_, c) in chars.by_ref() {
                        if c == '}' {
                            break;
                        }
                    }
                }
                Some((_, 'x')) => {
                    chars.next();
                    chars.next();
                }
                _ => {}
            }
        }
    }
    best
}

/// The path and the item of a macro whose braces hold one struct or enum.
fn wrapped_item(item: &syn::Item) -> Option<(String, syn::Item)> {
    let syn::Item::Macro(m) = item else {
        return None;
    };
    if m.ident.is_some() || !matches!(m.mac.delimiter, syn::MacroDelimiter::Brace(_)) {
        return None;
    }
    let inner: syn::Item = syn::parse2(m.mac.tokens.clone()).ok()?;
    if !matches!(inner, syn::Item::Struct(_) | syn::Item::Enum(_)) {
        return None;
    }
    let mut path = String::new();
    if m.mac.path.leading_colon.is_some() {
        path.push_str("::");
    }
    for (i, segment) in m.mac.path.segments.iter().enumerate() {
        if i > 0 {
            path.push_str("::");
        }
        path.push_str(&segment.ident.to_string());
    }
    Some((path, inner))
}

/// prettyplease prints `#[doc]` strings as comments, as they are, and rustc
/// refuses a carriage return or a bidirectional-text control character in a
/// comment (or a literal). Outside comments the printed text has neither (a
/// literal escapes them), so in the whole text the former becomes a space and
/// the latter its `\u{...}` escape: shown as written in a comment, the same
/// character in a literal.
fn comment_safe(text: String) -> String {
    if !text.contains(|c| c == '\r' || is_bidi_control(c)) {
        return text;
    }
    let mut safe = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '\r' => safe.push(' '),
            c if is_bidi_control(c) => safe.extend(c.escape_unicode()),
            c => safe.push(c),
        }
    }
    safe
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
            && (ITEM_STARTS.iter().any(|s| following.starts_with(s))
                || (indent == 0 && following.starts_with("crate::")));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_doc_lines_are_wrapped_where_markdown_reads_them_the_same() {
        let long = "word ".repeat(30);
        let text = format!(
            "    /// {long}- item\n    /// ```text\n    /// {long}\n    /// ```\n    /// # {long}\n"
        );
        let wrapped = wrap_comments(&text);
        let lines: Vec<&str> = wrapped.lines().collect();
        assert!(lines[0].chars().count() <= WIDTH, "{wrapped}");
        assert!(lines[0].starts_with("    /// word"), "{wrapped}");
        // No continuation starts a list item; fences and headings stay whole.
        assert!(
            !lines.iter().any(|l| l.trim_start() == "/// - item"),
            "{wrapped}"
        );
        assert!(
            wrapped.contains(&format!("    /// {long}\n    /// ```\n")),
            "{wrapped}"
        );
        assert!(
            wrapped.contains(&format!("    /// # {long}\n")),
            "{wrapped}"
        );
        let words = |t: &str| {
            t.lines()
                .flat_map(|l| l.trim_start().trim_start_matches("///").split_whitespace())
                .map(str::to_owned)
                .collect::<Vec<_>>()
        };
        assert_eq!(words(&wrapped), words(&text));
    }

    #[test]
    fn overlong_lines_are_the_ones_a_break_could_have_shortened() {
        let url = format!("https://example.com/{}", "a".repeat(100));
        let words = "word ".repeat(25);
        let code = format!("    let x = \"{}\";", "a".repeat(100));
        let text = [
            format!("    /// See {url}"),
            format!("    /// {url}"),
            format!("    /// {words}"),
            "    /// ```text".to_owned(),
            format!("    /// {words}"),
            "    /// ```".to_owned(),
            format!("    /// | {words} |"),
            code.clone(),
        ]
        .join("\n");
        let long: Vec<usize> = overlong_lines(&text).iter().map(|(n, _)| *n).collect();
        assert_eq!(long, [1, 3, 8], "{text}");
        // Wrapping leaves only what it cannot break.
        let wrapped = wrap_comments(&text);
        let long: Vec<&str> = overlong_lines(&wrapped).iter().map(|(_, l)| *l).collect();
        assert_eq!(long, [code.as_str()], "{wrapped}");
    }

    #[test]
    fn long_members_of_items_in_macros_go_on_more_lines_meaning_the_same() {
        let field = format!("f{}", "x".repeat(40));
        let ty = format!("T{}", "y".repeat(70));
        let variant = format!("V{}", "z".repeat(60));
        let value = format!(
            "{}\\\"q\"{}{}",
            "a".repeat(90),
            "b ".repeat(40),
            "\u{0}\u{7f}\u{202e}\u{85}\u{2028}".repeat(30)
        );
        let (f, t, v) = (
            quote::format_ident!("{field}"),
            quote::format_ident!("{ty}"),
            quote::format_ident!("{variant}"),
        );
        let tokens = quote::quote! {
            m! { pub struct S { pub #f: #t, short: u8 } }
            m! { pub enum E { #v = #value, A = "a" } }
        };
        let text = format_file(tokens).expect("valid tokens");
        assert!(text.lines().all(|l| l.chars().count() <= WIDTH), "{text}");
        assert!(
            text.contains(&format!("        pub {field}:\n            {ty},\n")),
            "{text}"
        );
        assert!(text.contains("        short: u8,\n"), "{text}");
        assert!(
            text.contains(&format!("        {variant} =\n            \"")),
            "{text}"
        );
        // Still Rust, and the literal means the same text.
        syn::parse_str::<syn::File>(&text).unwrap();
        let literal = text
            .split(&format!("{variant} ="))
            .nth(1)
            .and_then(|rest| rest.split(",\n").next())
            .unwrap();
        assert_eq!(
            syn::parse_str::<syn::LitStr>(literal.trim())
                .unwrap()
                .value(),
            value
        );
    }

    #[test]
    fn carriage_returns_and_bidi_controls_never_reach_the_text_raw() {
        let doc = " a\rb \u{202E}c";
        let value = "x\u{2066}y";
        let text = format_file(quote::quote! {
            #[doc = #doc]
            pub const V: &str = #value;
        })
        .expect("valid tokens");
        assert!(
            !text.contains(|c| c == '\r' || is_bidi_control(c)),
            "{text}"
        );
        assert!(text.contains("/// a b \\u{202e}c"), "{text}");
        // The escape in a literal means the same character.
        let literal = text.split('"').nth(1).expect("a literal");
        assert_eq!(
            syn::parse_str::<syn::LitStr>(&format!("\"{literal}\""))
                .unwrap()
                .value(),
            value
        );
    }
}
