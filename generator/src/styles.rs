//! Styles a location does not allow (`in: query, style: matrix`, an
//! `encoding` with `style: simple`), which `openapiv3` refuses to read. Before
//! the document is read, each is moved from `style` to the extension
//! [`REFUSED`], so the document loads with the location's default style, and
//! lowering reports it at the parameter's (or encoding's) pointer.

use crate::diagnostics::escape_segment;
use serde_json::Value;

/// The extension a refused `style` is kept under.
pub(crate) const REFUSED: &str = "x-refused-style";

/// The document with every refused style moved to [`REFUSED`], or `None`
/// when it has none (the usual case: nothing is copied).
pub(crate) fn move_refused(document: &Value) -> Option<Value> {
    let mut found = Vec::new();
    if let Some(paths) = document.get("paths").and_then(Value::as_object) {
        for (path, item) in paths {
            let item_at = format!("/paths/{}", escape_segment(path));
            visit_parameters(item, &item_at, &mut found);
            let Some(item) = item.as_object() else {
                continue;
            };
            for (method, op) in item {
                let op_at = format!("{item_at}/{}", escape_segment(method));
                visit_parameters(op, &op_at, &mut found);
                if let Some(body) = op.get("requestBody") {
                    visit_body(body, &format!("{op_at}/requestBody"), &mut found);
                }
            }
        }
    }
    if let Some(components) = document.get("components") {
        for (key, visit) in [
            (
                "parameters",
                visit_parameter as fn(&Value, &str, &mut Vec<String>),
            ),
            ("requestBodies", visit_body),
        ] {
            if let Some(map) = components.get(key).and_then(Value::as_object) {
                for (name, value) in map {
                    visit(
                        value,
                        &format!("/components/{key}/{}", escape_segment(name)),
                        &mut found,
                    );
                }
            }
        }
    }
    if found.is_empty() {
        return None;
    }
    let mut document = document.clone();
    for at in found {
        if let Some(Value::Object(object)) = document.pointer_mut(&at) {
            if let Some(style) = object.remove("style") {
                object.insert(REFUSED.to_owned(), style);
            }
        }
    }
    Some(document)
}

fn visit_parameters(holder: &Value, at: &str, found: &mut Vec<String>) {
    if let Some(list) = holder.get("parameters").and_then(Value::as_array) {
        for (i, p) in list.iter().enumerate() {
            visit_parameter(p, &format!("{at}/parameters/{i}"), found);
        }
    }
}

fn visit_parameter(parameter: &Value, at: &str, found: &mut Vec<String>) {
    let (Some(location), Some(style)) = (
        parameter.get("in").and_then(Value::as_str),
        parameter.get("style"),
    ) else {
        return;
    };
    let allowed: &[&str] = match location {
        "path" => &["simple", "label", "matrix"],
        "query" => QUERY,
        "header" => &["simple"],
        "cookie" => &["form"],
        // Not a parameter `openapiv3` reads: its own error says so.
        _ => return,
    };
    if !style.as_str().is_some_and(|s| allowed.contains(&s)) {
        found.push(at.to_owned());
    }
}

/// The styles of a query, and of a form body's `encoding`.
const QUERY: &[&str] = &["form", "spaceDelimited", "pipeDelimited", "deepObject"];

fn visit_body(body: &Value, at: &str, found: &mut Vec<String>) {
    let Some(content) = body.get("content").and_then(Value::as_object) else {
        return;
    };
    for (media_type, media) in content {
        let Some(encoding) = media.get("encoding").and_then(Value::as_object) else {
            continue;
        };
        for (property, entry) in encoding {
            let Some(style) = entry.get("style") else {
                continue;
            };
            if !style.as_str().is_some_and(|s| QUERY.contains(&s)) {
                found.push(format!(
                    "{at}/content/{}/encoding/{}",
                    escape_segment(media_type),
                    escape_segment(property)
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn refused_styles_move_to_the_extension_and_allowed_ones_stay() {
        let document = json!({
            "paths": {
                "/a/{id}": {
                    "parameters": [{"name": "id", "in": "path", "style": "form"}],
                    "get": {
                        "parameters": [
                            {"name": "q", "in": "query", "style": "matrix"},
                            {"name": "ok", "in": "query", "style": "deepObject"},
                            {"name": "h", "in": "header", "style": 3}
                        ],
                        "requestBody": {"content": {"application/x-www-form-urlencoded": {
                            "encoding": {"a": {"style": "simple"}, "b": {"style": "form"}}
                        }}}
                    }
                }
            },
            "components": {"parameters": {"C": {"name": "c", "in": "cookie", "style": "simple"}}}
        });
        let moved = move_refused(&document).unwrap();
        let style = |at: &str| moved.pointer(at).unwrap().get("style").cloned();
        let refused = |at: &str| moved.pointer(at).unwrap().get(REFUSED).cloned();
        assert_eq!(
            refused("/paths/~1a~1{id}/parameters/0"),
            Some(json!("form"))
        );
        assert_eq!(
            refused("/paths/~1a~1{id}/get/parameters/0"),
            Some(json!("matrix"))
        );
        assert_eq!(style("/paths/~1a~1{id}/get/parameters/0"), None);
        assert_eq!(
            style("/paths/~1a~1{id}/get/parameters/1"),
            Some(json!("deepObject"))
        );
        assert_eq!(refused("/paths/~1a~1{id}/get/parameters/2"), Some(json!(3)));
        let encoding =
            "/paths/~1a~1{id}/get/requestBody/content/application~1x-www-form-urlencoded/encoding";
        assert_eq!(refused(&format!("{encoding}/a")), Some(json!("simple")));
        assert_eq!(style(&format!("{encoding}/b")), Some(json!("form")));
        assert_eq!(refused("/components/parameters/C"), Some(json!("simple")));
        assert!(move_refused(&json!({"paths": {}})).is_none());
    }
}
