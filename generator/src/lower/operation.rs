//! Path items to operations: parameters, request bodies and success responses.

use openapiv3::{
    Parameter, ParameterSchemaOrContent, PathStyle, QueryStyle, ReferenceOr, RequestBody,
    Response as OaResponse, StatusCode,
};

use super::schema::{schema_docs, Ctx};
use super::view::{view, SchemaRef, View};
use super::{docs, Lowerer};
use crate::diagnostics::Pointer;
use crate::model::{
    Body, BodyForm, Docs, MultipartField, MultipartKind, Operation, Param, ParamEncoding,
    ParamLocation, Response, Scalar, Style, Ty, TypeKind, VariantPayload,
};
use crate::naming::pass::{FileKey, Hint};
use crate::resolve::{Component, RefError};

impl<'a> Lowerer<'a> {
    /// Lowers every operation, in path and method order, names unsettled.
    /// Each comes with the pointer of its operation object.
    pub(super) fn lower_operations(&mut self) -> Vec<(Pointer, Operation)> {
        let mut found: Vec<(
            Pointer,
            String,
            &'a str,
            &'a openapiv3::PathItem,
            &'a openapiv3::Operation,
        )> = Vec::new();
        for (path, item) in &self.doc.paths.paths {
            let item_ptr = Pointer::root().push("paths").push(path);
            let ReferenceOr::Item(item) = item else {
                self.diags.unsupported(
                    &item_ptr,
                    "path-item-ref",
                    "path items given by `$ref` are not supported; the path is skipped",
                );
                continue;
            };
            for (method, op) in item.iter() {
                found.push((
                    item_ptr.push(method),
                    method.to_ascii_uppercase(),
                    path.as_str(),
                    item,
                    op,
                ));
            }
        }
        let mut operations = Vec::new();
        for (index, (ptr, method, path, item, op)) in found.into_iter().enumerate() {
            operations.push((
                ptr.clone(),
                self.operation(&ptr, method, path, item, op, index),
            ));
        }
        operations
    }

    fn operation(
        &mut self,
        ptr: &Pointer,
        method: String,
        path: &str,
        item: &'a openapiv3::PathItem,
        op: &'a openapiv3::Operation,
        index: usize,
    ) -> Operation {
        let tag = op.tags.first().map_or("default", String::as_str);
        let module = FileKey::Tag(tag.to_owned());
        let id = operation_id(op, &method, path);
        let params = self.params(ptr, path, item, op, index, &module);
        let body = op.request_body.as_ref().and_then(|b| {
            self.body(
                &ptr.push("requestBody"),
                b,
                &Ctx::new(Hint::operation(index, "Body"), module.clone()),
            )
        });
        let response = self.response(
            &ptr.push("responses"),
            op,
            &Ctx::new(Hint::operation(index, "Response"), module.clone()),
        );
        // A HEAD response never has a body, whatever the spec declares.
        let response = match response {
            Response::Json(_) | Response::Text | Response::Bytes if method == "HEAD" => {
                Response::Unit
            }
            other => other,
        };
        let oauth_scope = op
            .extensions
            .get("x-oauth-scope")
            .and_then(|v| v.as_str())
            .map(str::to_owned);
        // `security: []` (or a global one when the operation has none) means
        // the operation takes no credentials: do not send the token.
        let security = op.security.as_ref().or(self.doc.security.as_ref());
        let authenticated = !security.is_some_and(Vec::is_empty);
        let internal = op
            .extensions
            .get("x-internal")
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        Operation {
            id,
            method_name: String::new(),
            builder_name: String::new(),
            tag: tag.to_owned(),
            module: String::new(),
            http_method: method,
            path: path.to_owned(),
            docs: docs(op.summary.as_ref(), op.description.as_ref()),
            oauth_scope,
            authenticated,
            security: None,
            server: None,
            redirect: false,
            deprecated: op.deprecated,
            internal,
            params,
            body,
            response,
        }
    }

    /// Path-level and operation-level parameters (the latter win), path
    /// parameters first in path order, the rest sorted by location and name.
    fn params(
        &mut self,
        ptr: &Pointer,
        path: &str,
        item: &'a openapiv3::PathItem,
        op: &'a openapiv3::Operation,
        index: usize,
        module: &FileKey,
    ) -> Vec<Param> {
        let item_ptr = Pointer::from_ref(ptr.as_str().rsplit_once('/').map_or("#", |(p, _)| p));
        let mut all: Vec<(Pointer, &'a Parameter)> = Vec::new();
        let lists = [(item_ptr, &item.parameters), (ptr.clone(), &op.parameters)];
        for (base, list) in lists {
            for (i, p) in list.iter().enumerate() {
                let at = base.push("parameters").push(i.to_string());
                if let Some((param, at)) = self.deref_param(p, &at) {
                    let data = param.parameter_data_ref();
                    all.retain(|(_, q)| {
                        let d = q.parameter_data_ref();
                        !(d.name == data.name
                            && std::mem::discriminant(*q) == std::mem::discriminant(param))
                    });
                    all.push((at, param));
                }
            }
        }
        let segments = path_params(path);
        all.sort_by_key(|(_, p)| {
            let (rank, order) = match p {
                Parameter::Path { parameter_data, .. } => (
                    0,
                    segments
                        .iter()
                        .position(|s| *s == parameter_data.name)
                        .unwrap_or(usize::MAX),
                ),
                Parameter::Query { .. } => (1, 0),
                Parameter::Header { .. } => (2, 0),
                Parameter::Cookie { .. } => (3, 0),
            };
            (rank, order, p.parameter_data_ref().name.clone())
        });
        for segment in &segments {
            if !all.iter().any(|(_, p)| matches!(p, Parameter::Path { parameter_data, .. } if parameter_data.name == *segment)) {
                self.diags.spec_problem(ptr, "undeclared-path-parameter", format!("the path has `{{{segment}}}` but no path parameter of that name; it is sent as an empty segment"));
            }
        }
        let mut params = Vec::new();
        for (at, param) in all {
            let data = param.parameter_data_ref();
            let location = match param {
                Parameter::Path { .. } if !segments.contains(&data.name) => {
                    self.diags.spec_problem(
                        &at,
                        "unused-path-parameter",
                        format!(
                            "path parameter `{}` does not appear in the path; it is never sent",
                            data.name
                        ),
                    );
                    continue;
                }
                Parameter::Path { .. } => ParamLocation::Path,
                Parameter::Query { .. } => ParamLocation::Query,
                Parameter::Header { .. } => ParamLocation::Header,
                Parameter::Cookie { .. } => ParamLocation::Cookie,
            };
            let mut encoding = param_encoding(param);
            if let Some(style) = data.extensions.get(crate::styles::REFUSED) {
                self.diags.spec_problem(
                    &at,
                    "parameter-style",
                    format!(
                        "style {style} is not allowed for a parameter in {}; parameter `{}` is sent in the default style, `{}`",
                        location_name(location),
                        data.name,
                        style_name(encoding.style)
                    ),
                );
            }
            let ctx = Ctx::new(Hint::operation(index, &data.name), module.clone());
            let mut sensitive = self.secrets.pointer_listed(at.as_str());
            let (ty, schema_docs_) = match &data.format {
                ParameterSchemaOrContent::Schema(s) => {
                    let schema = SchemaRef::from(s);
                    let d = match schema {
                        SchemaRef::Item(s) => schema_docs(s),
                        SchemaRef::Ref(_) => Docs::default(),
                    };
                    sensitive |= self.marked_secret(schema, &at.push("schema"));
                    (self.schema_ty(schema, &at.push("schema"), &ctx), d)
                }
                ParameterSchemaOrContent::Content(content) => {
                    // One media type, by the specification; the first in
                    // order when there are more.
                    let mut media: Vec<_> = content.iter().collect();
                    media.sort_by_key(|(m, _)| *m);
                    match media.first() {
                        Some((media_type, m)) if is_json(&essence(media_type)) => {
                            encoding.json = true;
                            let ty = match &m.schema {
                                Some(s) => {
                                    let schema_at =
                                        at.push("content").push(media_type.as_str()).push("schema");
                                    sensitive |= self.marked_secret(s.into(), &schema_at);
                                    self.schema_ty(s.into(), &schema_at, &ctx)
                                }
                                None => Ty::Json,
                            };
                            (ty, Docs::default())
                        }
                        _ => {
                            self.diags.unsupported(
                                &at,
                                "parameter-content",
                                "a parameter described by `content` of a media type other than JSON is sent as a string, as it is given",
                            );
                            (Ty::Scalar(Scalar::String), Docs::default())
                        }
                    }
                }
            };
            if !encoding.json {
                self.check_style(&at, &data.name, encoding, &ty);
            }
            let mut param_docs = docs(None, data.description.as_ref());
            match (&mut param_docs.description, schema_docs_.description) {
                (None, schema_text) => param_docs.description = schema_text,
                (Some(text), Some(schema_text)) if schema_text.starts_with("Defaults to") => {
                    text.push_str("\n\n");
                    text.push_str(&schema_text);
                }
                _ => {}
            }
            params.push(Param {
                name: String::new(),
                wire: data.name.clone(),
                location,
                ty,
                required: data.required || location == ParamLocation::Path,
                docs: param_docs,
                deprecated: data.deprecated.unwrap_or(false),
                sensitive,
                encoding,
            });
        }
        params
    }

    fn deref_param(
        &mut self,
        p: &'a ReferenceOr<Parameter>,
        at: &Pointer,
    ) -> Option<(&'a Parameter, Pointer)> {
        self.follow(p, at, "a parameter; the parameter is skipped")
    }

    fn deref_body(
        &mut self,
        b: &'a ReferenceOr<RequestBody>,
        at: &Pointer,
    ) -> Option<(&'a RequestBody, Pointer)> {
        self.follow(
            b,
            at,
            "a request body; the operation is generated without one",
        )
    }

    /// Follows `$ref`s to an item, with a diagnostic (naming `what` it
    /// should have been) when a reference dangles or a chain never ends.
    fn follow<T: Component>(
        &mut self,
        item: &'a ReferenceOr<T>,
        at: &Pointer,
        what: &str,
    ) -> Option<(&'a T, Pointer)> {
        match self.refs.item(item, at) {
            Ok(found) => Some(found),
            Err(RefError::Dangling { reference, at }) => {
                self.diags.spec_problem(
                    &at,
                    "unresolved-ref",
                    format!("`$ref: {reference}` does not name {what}"),
                );
                None
            }
            Err(RefError::Cycle { at }) => {
                self.diags.spec_problem(
                    &at,
                    "ref-cycle",
                    format!("a chain of `$ref`s never reaches {what}"),
                );
                None
            }
        }
    }

    fn body(&mut self, ptr: &Pointer, b: &'a ReferenceOr<RequestBody>, ctx: &Ctx) -> Option<Body> {
        let (body, ptr) = self.deref_body(b, ptr)?;
        let mut media: Vec<(&String, &openapiv3::MediaType)> = body.content.iter().collect();
        media.sort_by_key(|(m, _)| *m);
        let mut forms = Vec::new();
        let mut form_encoding_ = Vec::new();
        for (media_type, content) in media {
            let at = ptr.push("content").push(media_type);
            let essence = essence(media_type);
            let schema = content.schema.as_ref().map(SchemaRef::from);
            let form = if is_json(&essence) {
                BodyForm::Json(match schema {
                    Some(s) => self.schema_ty(s, &at.push("schema"), ctx),
                    None => Ty::Json,
                })
            } else if essence == "application/x-www-form-urlencoded" {
                if form_encoding_.is_empty() {
                    form_encoding_ = form_encoding(content);
                }
                let mut refused: Vec<_> = content
                    .encoding
                    .iter()
                    .filter_map(|(name, e)| Some((name, e.extensions.get(crate::styles::REFUSED)?)))
                    .collect();
                refused.sort_by_key(|(name, _)| *name);
                for (name, style) in refused {
                    self.diags.spec_problem(
                        &at.push("encoding").push(name),
                        "parameter-style",
                        format!("style {style} is not allowed in a form body's `encoding`; field `{name}` is written as if it had no `style`"),
                    );
                }
                match schema {
                    Some(s) => BodyForm::Form(self.schema_ty(s, &at.push("schema"), ctx)),
                    None => BodyForm::Bytes {
                        content_type: essence,
                    },
                }
            } else if essence == "multipart/form-data" {
                match schema.and_then(|s| self.multipart(s, &at.push("schema"), ctx, content)) {
                    Some(ty) => BodyForm::Multipart(ty),
                    None => {
                        self.diags.unsupported(&at, "multipart-without-object", "a multipart body whose schema is not an object; it is sent as raw bytes");
                        BodyForm::Bytes {
                            content_type: essence,
                        }
                    }
                }
            } else {
                BodyForm::Bytes {
                    content_type: essence,
                }
            };
            forms.push((media_type.clone(), form));
        }
        if forms.is_empty() {
            return None;
        }
        Some(Body {
            required: body.required,
            forms,
            choice_name: String::new(),
            docs: docs(None, body.description.as_ref()),
            form_encoding: form_encoding_,
        })
    }

    /// The parts of a multipart body: its object's properties, or those of
    /// the objects of its `allOf` (the first of a repeated name wins).
    fn multipart(
        &mut self,
        schema: SchemaRef<'a>,
        ptr: &Pointer,
        ctx: &Ctx,
        media: &openapiv3::MediaType,
    ) -> Option<Ty> {
        let (schema, at) = self.deref(schema, ptr)?;
        let mut props: Vec<(&'a str, SchemaRef<'a>, Pointer)> = Vec::new();
        let mut required: Vec<&'a String> = Vec::new();
        let mut objects = vec![(schema, at.clone())];
        if let View::AllOf(parts) = view(schema) {
            objects.clear();
            for (i, part) in parts.into_iter().enumerate() {
                objects.push(self.deref(part, &at.push("allOf").push(i.to_string()))?);
            }
        }
        for (object, object_at) in objects {
            let View::Object {
                properties,
                required: r,
                ..
            } = view(object)
            else {
                return None;
            };
            for (wire, prop) in properties {
                props.push((wire, prop, object_at.push("properties").push(wire)));
            }
            required.extend(r);
        }
        props.sort_by_key(|(n, _, _)| *n);
        props.dedup_by_key(|(n, _, _)| *n);
        let mut parts = Vec::new();
        for (wire, prop, prop_at) in props {
            let kind = match self.deref(prop, &prop_at) {
                Some((s, _)) if is_binary(s) => MultipartKind::File,
                Some((s, _)) if matches!(&s.schema_kind, openapiv3::SchemaKind::Type(openapiv3::Type::Array(a)) if a.items.as_ref().is_some_and(|i| matches!(i, ReferenceOr::Item(i) if is_binary(i)))) => {
                    MultipartKind::Files
                }
                Some((s, _))
                    if matches!(
                        &s.schema_kind,
                        openapiv3::SchemaKind::Type(openapiv3::Type::String(_))
                    ) =>
                {
                    MultipartKind::Text
                }
                _ => MultipartKind::Json(self.schema_ty(
                    prop,
                    &prop_at,
                    &Ctx::new(ctx.hint.child(wire), ctx.module.clone()),
                )),
            };
            let d = match prop {
                crate::resolve::Node::Item(s) => schema_docs(s),
                crate::resolve::Node::Ref(_) => Docs::default(),
            };
            let content_type = media
                .encoding
                .get(wire)
                .and_then(|e| e.content_type.as_deref())
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(str::to_owned);
            parts.push(MultipartField {
                name: String::new(),
                wire: wire.to_owned(),
                required: required.iter().any(|r| r.as_str() == wire),
                kind,
                docs: d,
                content_type,
            });
        }
        let id = self.add_inline_as(
            schema,
            ptr,
            ctx,
            TypeKind::Multipart(parts),
            ptr.to_string(),
        );
        self.types[id.0].def.in_request = true;
        Some(Ty::Named(id))
    }

    /// The first success status's body (2xx codes in order, then `2XX`, then `default`);
    /// without a 2xx, the first redirect's (3xx: the answer is the redirect, see `Operation::redirect`).
    fn response(&mut self, ptr: &Pointer, op: &'a openapiv3::Operation, ctx: &Ctx) -> Response {
        let mut candidates: Vec<(u16, String, &'a ReferenceOr<OaResponse>)> = op
            .responses
            .responses
            .iter()
            .filter_map(|(code, r)| match code {
                StatusCode::Code(c) if (200..300).contains(c) => Some((*c, c.to_string(), r)),
                StatusCode::Range(2) => Some((299, "2XX".to_owned(), r)),
                StatusCode::Code(c) if (300..400).contains(c) => Some((1000 + c, c.to_string(), r)),
                _ => None,
            })
            .collect();
        candidates.sort_by_key(|(c, _, _)| *c);
        let Some((_, key, response)) = candidates.into_iter().next() else {
            return Response::Unit;
        };
        let at = ptr.push(&key);
        let response = match self.follow(response, &at, "a response; the body is returned as bytes")
        {
            Some((r, _)) => r,
            None => return Response::Bytes,
        };
        let mut media: Vec<(&String, &openapiv3::MediaType)> = response.content.iter().collect();
        media.sort_by_key(|(m, _)| (!is_json(&essence(m)), (*m).clone()));
        let Some((media_type, content)) = media.first() else {
            return self.header_response(&at, response);
        };
        let essence = essence(media_type);
        if is_json(&essence) {
            match &content.schema {
                Some(s) => Response::Json(self.schema_ty(
                    s.into(),
                    &at.push("content").push(media_type).push("schema"),
                    ctx,
                )),
                None => Response::Json(Ty::Json),
            }
        } else if essence.starts_with("text/") {
            Response::Text
        } else {
            Response::Bytes
        }
    }
}

impl<'a> Lowerer<'a> {
    /// What a value of `ty` is, and whether an array or object holds
    /// another; `budget` bounds the walk through recursive types.
    fn shape(&self, ty: &Ty, budget: u8) -> (Shape, bool) {
        let inner = |t: &Ty| self.shape(t, budget.saturating_sub(1)).0 != Shape::Primitive;
        if budget == 0 {
            return (Shape::Any, true);
        }
        match ty {
            Ty::Bool | Ty::Scalar(_) => (Shape::Primitive, false),
            Ty::Json => (Shape::Any, true),
            Ty::Vec(t) => (Shape::Array, inner(t)),
            Ty::Map(t) => (Shape::Object, inner(t)),
            Ty::Boxed(t) | Ty::Option(t) => self.shape(t, budget),
            Ty::Named(id) => match &self.types[id.0].def.kind {
                TypeKind::Enum(_) => (Shape::Primitive, false),
                TypeKind::Alias(t) => self.shape(t, budget - 1),
                TypeKind::Struct(s) => (
                    Shape::Object,
                    s.fields.iter().any(|f| inner(&f.ty))
                        || s.additional.as_ref().is_some_and(inner),
                ),
                TypeKind::OneOf(o) => {
                    let mut shapes = o.variants.iter().map(|v| match &v.payload {
                        VariantPayload::Value(t) => self.shape(t, budget - 1),
                        VariantPayload::Fields(fields) => {
                            (Shape::Object, fields.iter().any(|f| inner(&f.ty)))
                        }
                    });
                    let first = shapes.next().unwrap_or((Shape::Any, true));
                    shapes.fold(first, |(a, n), (b, m)| {
                        (if a == b { a } else { Shape::Any }, n || m)
                    })
                }
                TypeKind::Multipart(_) => (Shape::Any, true),
            },
        }
    }

    /// A diagnostic when a parameter's value cannot be written in its
    /// style as the specification defines it, saying what is sent instead.
    fn check_style(&mut self, at: &Pointer, name: &str, encoding: ParamEncoding, ty: &Ty) {
        let (shape, nested) = self.shape(ty, 8);
        let style = style_name(encoding.style);
        let pairs = matches!(encoding.style, Style::DeepObject)
            || (encoding.style == Style::Form && encoding.explode);
        let delimited = matches!(encoding.style, Style::SpaceDelimited | Style::PipeDelimited);
        let problem = if shape == Shape::Any {
            Some(format!("parameter `{name}` may hold any value; it is written in `{style}` style as it serializes (an array or object inside another is written with bracket keys in exploded `form` and `deepObject`, and is an encoding error elsewhere)"))
        } else if encoding.style == Style::DeepObject && shape != Shape::Object {
            Some(format!(
                "`deepObject` applies to objects; parameter `{name}` is sent as exploded `form`"
            ))
        } else if encoding.style == Style::DeepObject && !encoding.explode {
            Some(format!("`deepObject` is defined only with `explode: true`; parameter `{name}` is sent as if it were exploded"))
        } else if delimited && shape == Shape::Primitive {
            Some(format!(
                "`{style}` applies to arrays and objects; parameter `{name}` is sent as `form`"
            ))
        } else if delimited && encoding.explode {
            Some(format!("`{style}` with `explode: true` is not defined; parameter `{name}` is sent as exploded `form`"))
        } else if nested && pairs {
            Some(format!("parameter `{name}` holds arrays or objects inside an array or object, which `{style}` style does not define; inner objects are sent with bracket keys (`{name}[a][b]=1`) and inner arrays as repeated keys"))
        } else if nested {
            Some(format!("parameter `{name}` holds arrays or objects inside an array or object, which `{style}` style cannot express; such a value fails to encode (`Error::Encode`)"))
        } else {
            None
        };
        if let Some(message) = problem {
            self.diags.unsupported(at, "parameter-style", message);
        }
    }

    /// A response without a body: the value of its one declared header, if it
    /// declares exactly one of a primitive type.
    fn header_response(&mut self, ptr: &Pointer, response: &'a OaResponse) -> Response {
        let mut headers: Vec<(&String, &ReferenceOr<openapiv3::Header>)> =
            response.headers.iter().collect();
        headers.sort_by_key(|(name, _)| name.to_ascii_lowercase());
        let [(name, header)] = headers.as_slice() else {
            if !headers.is_empty() {
                self.diags.unsupported(
                    ptr,
                    "response-headers",
                    "a success response with several headers and no body returns `()`; read the headers with `send_raw()`",
                );
            }
            return Response::Unit;
        };
        let at = ptr.push("headers").push(name.as_str());
        let ty = match self.follow(header, &at, "a header; its value is returned as text") {
            Some((h, at)) => match &h.format {
                ParameterSchemaOrContent::Schema(s) => {
                    let ctx = Ctx::new(Hint::none(), FileKey::Tag(String::new()));
                    self.schema_ty(s.into(), &at.push("schema"), &ctx)
                }
                ParameterSchemaOrContent::Content(_) => Ty::Scalar(Scalar::String),
            },
            None => Ty::Scalar(Scalar::String),
        };
        let ty = match ty {
            ty if ty.is_scalar() => ty,
            _ => {
                self.diags.unsupported(
                    &at,
                    "structured-header",
                    "a response header that is not a primitive is returned as text",
                );
                Ty::Scalar(Scalar::String)
            }
        };
        Response::Header {
            name: (*name).clone(),
            ty,
        }
    }
}

/// Where a parameter goes, as the specification spells it.
fn location_name(location: ParamLocation) -> &'static str {
    match location {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
        ParamLocation::Cookie => "cookie",
    }
}

/// A style as the specification spells it.
fn style_name(style: Style) -> &'static str {
    match style {
        Style::Simple => "simple",
        Style::Label => "label",
        Style::Matrix => "matrix",
        Style::Form => "form",
        Style::SpaceDelimited => "spaceDelimited",
        Style::PipeDelimited => "pipeDelimited",
        Style::DeepObject => "deepObject",
    }
}

/// A media type without its parameters, in lower case.
fn essence(media_type: &str) -> String {
    media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// Whether a media type's essence is JSON.
fn is_json(essence: &str) -> bool {
    essence == "application/json" || essence.ends_with("+json")
}

fn is_binary(schema: &openapiv3::Schema) -> bool {
    matches!(&schema.schema_kind, openapiv3::SchemaKind::Type(openapiv3::Type::String(s))
        if matches!(&s.format, openapiv3::VariantOrUnknownOrEmpty::Item(openapiv3::StringFormat::Binary)))
}

/// A parameter's `style`, `explode` and `allowReserved`, defaults filled.
fn param_encoding(param: &Parameter) -> ParamEncoding {
    let (style, allow_reserved) = match param {
        Parameter::Path { style, .. } => (
            match style {
                PathStyle::Simple => Style::Simple,
                PathStyle::Label => Style::Label,
                PathStyle::Matrix => Style::Matrix,
            },
            false,
        ),
        Parameter::Query {
            style,
            allow_reserved,
            ..
        } => (query_style(style), *allow_reserved),
        Parameter::Header { .. } => (Style::Simple, false),
        Parameter::Cookie { .. } => (Style::Form, false),
    };
    ParamEncoding {
        style,
        explode: param
            .parameter_data_ref()
            .explode
            .unwrap_or(style == Style::Form),
        allow_reserved,
        json: false,
    }
}

fn query_style(style: &QueryStyle) -> Style {
    match style {
        QueryStyle::Form => Style::Form,
        QueryStyle::SpaceDelimited => Style::SpaceDelimited,
        QueryStyle::PipeDelimited => Style::PipeDelimited,
        QueryStyle::DeepObject => Style::DeepObject,
    }
}

/// The style of each property of a form body that its `encoding` gives
/// one, sorted by property. The parsed document reads an absent `explode`
/// as `false`: without a `style` it is taken as absent (`form`, exploded).
fn form_encoding(media: &openapiv3::MediaType) -> Vec<(String, ParamEncoding)> {
    let mut out: Vec<(String, ParamEncoding)> = media
        .encoding
        .iter()
        .filter(|(_, e)| e.style.is_some() || e.explode)
        .map(|(name, e)| {
            let style = e.style.as_ref().map_or(Style::Form, query_style);
            let explode = if e.style.is_none() { true } else { e.explode };
            (
                name.clone(),
                ParamEncoding {
                    style,
                    explode,
                    allow_reserved: false,
                    json: false,
                },
            )
        })
        .collect();
    out.sort();
    out
}

/// What a value is, as styles see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Primitive,
    Array,
    Object,
    /// Untyped, or a `oneOf` of different shapes.
    Any,
}

/// `operationId`, or one made from the method and path when it is missing.
fn operation_id(op: &openapiv3::Operation, method: &str, path: &str) -> String {
    op.operation_id
        .clone()
        .filter(|id| !id.trim().is_empty())
        .unwrap_or_else(|| format!("{} {path}", method.to_ascii_lowercase()))
}

/// The `{name}` segments of a path template, in order.
pub(crate) fn path_params(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(len) = rest[start..].find('}') else {
            break;
        };
        out.push(rest[start + 1..start + len].to_owned());
        rest = &rest[start + len + 1..];
    }
    out
}
