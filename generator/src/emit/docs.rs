//! Doc comments from spec text, made safe for rustdoc: spec prose is shown
//! as written, never compiled as a doctest or read as a link or HTML tag.

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::Docs;

/// `#[doc]` attributes for `lines`, one per line.
pub fn doc_attrs(lines: &[String]) -> TokenStream {
    let attrs = lines.iter().map(|line| {
        let text = if line.is_empty() {
            String::new()
        } else {
            format!(" {line}")
        };
        quote!(#[doc = #text])
    });
    quote!(#(#attrs)*)
}

/// The lines of `docs`: summary, a blank line, description.
pub fn lines(docs: &Docs) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(summary) = &docs.summary {
        out.extend(sanitize(summary));
    }
    if let Some(description) = &docs.description {
        if !out.is_empty() {
            out.push(String::new());
        }
        out.extend(sanitize(description));
    }
    out
}

/// Spec text to show inside an inline code span: one line, no backticks.
pub fn code(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('`', "'")
}

/// Where a schema is declared, for a type's docs: its JSON pointer in a
/// compact form a reader follows at a glance and that keeps doc lines short.
/// `#/components/schemas/A/properties/b/items/oneOf/2` reads
/// `A.b[].oneOf[2]`; `additionalProperties` reads `{}`; a schema under an
/// operation starts with its method and path (`POST /v1/x/{id} body
/// (multipart/form-data)`, `GET /v1/x response 200 (application/json)`,
/// `GET /v1/x parameters[1]`). Segments of another shape are kept as
/// pointer segments (`/not`), so every pointer has a rendering.
pub fn schema_path(pointer: &str) -> String {
    let segments = crate::diagnostics::pointer_segments(pointer);
    let mut out = String::new();
    let mut rest: &[String] = &segments;
    match rest {
        [components, kind, name, tail @ ..] if components == "components" => {
            if kind != "schemas" {
                out.push_str(kind);
                out.push(' ');
            }
            out.push_str(name);
            rest = tail;
        }
        [paths, path, method, tail @ ..] if paths == "paths" => {
            out.push_str(&method.to_uppercase());
            out.push(' ');
            out.push_str(path);
            rest = tail;
            match rest {
                [body, content, media, schema, tail @ ..]
                    if body == "requestBody" && content == "content" && schema == "schema" =>
                {
                    out.push_str(&format!(" body ({media})"));
                    rest = tail;
                }
                [responses, status, content, media, schema, tail @ ..]
                    if responses == "responses" && content == "content" && schema == "schema" =>
                {
                    out.push_str(&format!(" response {status} ({media})"));
                    rest = tail;
                }
                [parameters, index, schema, tail @ ..]
                    if parameters == "parameters" && schema == "schema" =>
                {
                    out.push_str(&format!(" parameters[{index}]"));
                    rest = tail;
                }
                _ => {}
            }
        }
        _ => return pointer.to_owned(),
    }
    while let Some((first, tail)) = rest.split_first() {
        match (first.as_str(), tail) {
            ("properties", [name, tail @ ..]) => {
                out.push('.');
                out.push_str(name);
                rest = tail;
            }
            ("oneOf" | "anyOf" | "allOf", [index, tail @ ..]) => {
                out.push_str(&format!(".{first}[{index}]"));
                rest = tail;
            }
            ("items", _) => {
                out.push_str("[]");
                rest = tail;
            }
            ("additionalProperties", _) => {
                out.push_str("{}");
                rest = tail;
            }
            _ => {
                out.push('/');
                out.push_str(first);
                rest = tail;
            }
        }
    }
    out
}

/// Appends a paragraph, separated by a blank line when needed.
pub fn push_paragraph(lines: &mut Vec<String>, paragraph: impl Into<String>) {
    if !lines.is_empty() {
        lines.push(String::new());
    }
    lines.push(paragraph.into());
}

/// Turns spec prose into rustdoc-safe Markdown lines.
///
/// Fenced code blocks are kept but marked `text`; outside them, leading
/// indentation is dropped (an indented block would be a Rust doctest), and
/// brackets, angle brackets and bare URLs are escaped so rustdoc neither
/// resolves nor warns about them. Inline code spans are left as they are.
pub fn sanitize(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_fence = false;
    for raw in text.lines() {
        let line = raw.trim_end();
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") {
            if in_fence {
                out.push("```".to_owned());
            } else {
                out.push("```text".to_owned());
            }
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            out.push(line.to_owned());
        } else {
            out.push(escape_line(trimmed));
        }
    }
    if in_fence {
        out.push("```".to_owned());
    }
    while out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    out
}

/// Escapes Markdown/HTML-significant characters outside inline code spans.
fn escape_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut in_code = false;
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        if c == '`' {
            in_code = !in_code;
            out.push(c);
            rest = &rest[1..];
            continue;
        }
        if !in_code {
            if let Some(link_len) = link_at(rest) {
                out.push_str(&rest[..link_len]);
                rest = &rest[link_len..];
                continue;
            }
            if let Some(url_len) = url_at(rest) {
                out.push('<');
                out.push_str(&rest[..url_len]);
                out.push('>');
                rest = &rest[url_len..];
                continue;
            }
            match c {
                '[' | ']' | '\\' => {
                    out.push('\\');
                    out.push(c);
                }
                '#' if out.is_empty() => out.push_str("\\#"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                _ => out.push(c),
            }
        } else {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    if in_code {
        // An unclosed code span would swallow the next lines.
        out.push('`');
    }
    out
}

/// The length of a Markdown link to an absolute URL (`[text](https://...)`)
/// at the beginning of `text`: such links are kept as they are.
fn link_at(text: &str) -> Option<usize> {
    let rest = text.strip_prefix('[')?;
    let close = rest.find(']')?;
    let label = &rest[..close];
    if label.contains(['[', '`']) {
        return None;
    }
    let dest = rest[close + 1..].strip_prefix('(')?;
    if !(dest.starts_with("http://") || dest.starts_with("https://")) {
        return None;
    }
    let end = dest.find(')')?;
    if dest[..end].contains(char::is_whitespace) {
        return None;
    }
    // `[` + label + `](` + destination + `)`
    Some(1 + close + 2 + end + 1)
}

/// The length of a URL starting at the beginning of `text`, if one does.
fn url_at(text: &str) -> Option<usize> {
    if !(text.starts_with("http://") || text.starts_with("https://")) {
        return None;
    }
    let end = text
        .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '`' | ')' | ']'))
        .unwrap_or(text.len());
    let url = text[..end].trim_end_matches(['.', ',', ';', ':']);
    Some(url.len())
}

#[cfg(test)]
mod tests {
    #[test]
    fn schema_paths_are_compact() {
        let cases = [
            ("#/components/schemas/A", "A"),
            (
                "#/components/schemas/A/properties/b/items/properties/c/oneOf/2",
                "A.b[].c.oneOf[2]",
            ),
            (
                "#/components/schemas/A/additionalProperties/anyOf/0",
                "A{}.anyOf[0]",
            ),
            (
                "#/components/responses/NotFound/content",
                "responses NotFound/content",
            ),
            (
                "#/paths/~1v1~1x~1{id}/post/requestBody/content/multipart~1form-data/schema",
                "POST /v1/x/{id} body (multipart/form-data)",
            ),
            (
                "#/paths/~1x/get/responses/200/content/application~1json/schema/items",
                "GET /x response 200 (application/json)[]",
            ),
            (
                "#/paths/~1x/get/parameters/1/schema",
                "GET /x parameters[1]",
            ),
            ("#/components/schemas/A~0B/not", "A~B/not"),
            ("#/webhooks/ping", "#/webhooks/ping"),
        ];
        for (pointer, expected) in cases {
            assert_eq!(schema_path(pointer), expected, "{pointer}");
        }
    }

    use super::*;

    #[test]
    fn prose_is_escaped_and_code_is_not() {
        assert_eq!(
            sanitize("See https://x.io/a. Use `a[0]` or [b] <T>\n    indented"),
            [
                "See <https://x.io/a>. Use `a[0]` or \\[b\\] &lt;T&gt;",
                "indented"
            ]
        );
        assert_eq!(
            sanitize("```js\nlet a = [1];\n```"),
            ["```text", "let a = [1];", "```"]
        );
    }
}
