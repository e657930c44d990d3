//! Path items to operations: parameters, request bodies and success responses.

use openapiv3::{
    Parameter, ParameterSchemaOrContent, ReferenceOr, RequestBody, Response as OaResponse,
    StatusCode,
};

use super::schema::{schema_docs, Ctx, SchemaRef};
use super::{docs, Lowerer, ModuleKey};
use crate::diagnostics::Pointer;
use crate::model::{
    Body, BodyForm, Docs, MultipartField, MultipartKind, Operation, Param, ParamLocation, Response,
    Ty, TypeDef, TypeKind,
};
use crate::naming::{self, Claim};

const MAX_REF_HOPS: usize = 32;

impl<'a> Lowerer<'a> {
    /// Lowers every operation, names resolved, sorted by method name.
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
        let claims: Vec<Claim> = found
            .iter()
            .map(|(_, method, path, _, op)| {
                let id = operation_id(op, method, path);
                Claim {
                    candidate: naming::method_name(&id),
                    previous: self.previous_operation(&id).map(|r| r.method.clone()),
                    raw: id,
                    priority: 0,
                }
            })
            .collect();
        // Deprecated aliases of renamed operations keep their method names.
        let aliases: Vec<Claim> = self
            .previous
            .iter()
            .flat_map(|r| r.aliases.methods.keys())
            .map(|alias| Claim {
                raw: String::new(),
                candidate: alias.clone(),
                priority: 0,
                previous: Some(alias.clone()),
            })
            .collect();
        let mut names = naming::resolve(&[claims.clone(), aliases].concat(), true);
        names.truncate(claims.len());
        // Builders and body-choice enums share the `operations` namespace.
        let mut type_claims: Vec<Claim> = Vec::new();
        for (claim, name) in claims.iter().zip(&names) {
            let builder = naming::builder_name(name);
            type_claims.push(Claim {
                raw: claim.raw.clone(),
                candidate: format!("{builder}Body"),
                priority: 1,
                previous: None,
            });
            type_claims.push(Claim {
                raw: claim.raw.clone(),
                candidate: builder,
                priority: 0,
                previous: self
                    .previous_operation(&claim.raw)
                    .map(|r| r.builder.clone()),
            });
        }
        let type_names = naming::resolve(&type_claims, false);
        let mut operations = Vec::new();
        for (i, ((ptr, method, path, item, op), method_name)) in
            found.into_iter().zip(names).enumerate()
        {
            let names = OpNames {
                method: method_name,
                choice: type_names[2 * i].clone(),
                builder: type_names[2 * i + 1].clone(),
            };
            operations.push((
                ptr.clone(),
                self.operation(&ptr, method, path, item, op, names),
            ));
        }
        operations.sort_by(|a, b| a.1.method_name.cmp(&b.1.method_name));
        operations
    }

    fn operation(
        &mut self,
        ptr: &Pointer,
        method: String,
        path: &str,
        item: &'a openapiv3::PathItem,
        op: &'a openapiv3::Operation,
        names: OpNames,
    ) -> Operation {
        let OpNames {
            method: method_name,
            builder: builder_name,
            choice,
        } = names;
        let tag = op.tags.first().map_or("default", String::as_str);
        let module = ModuleKey::Tag(tag.to_owned());
        let id = operation_id(op, &method, path);
        let params = self.params(ptr, path, item, op, &id, &builder_name, &module);
        let body = op.request_body.as_ref().and_then(|b| {
            self.body(
                &ptr.push("requestBody"),
                b,
                &Ctx::new(format!("{builder_name}Body"), module.clone()),
                choice.clone(),
            )
        });
        let response = self.response(
            &ptr.push("responses"),
            op,
            &Ctx::new(format!("{builder_name}Response"), module.clone()),
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
            method_name,
            builder_name,
            module: tag.to_owned(),
            http_method: method,
            path: path.to_owned(),
            docs: docs(op.summary.as_ref(), op.description.as_ref()),
            oauth_scope,
            authenticated,
            deprecated: op.deprecated,
            internal,
            params,
            body,
            response,
        }
    }

    /// Path-level and operation-level parameters (the latter win), path
    /// parameters first in path order, the rest sorted by location and name.
    #[allow(clippy::too_many_arguments)]
    fn params(
        &mut self,
        ptr: &Pointer,
        path: &str,
        item: &'a openapiv3::PathItem,
        op: &'a openapiv3::Operation,
        id: &str,
        builder: &str,
        module: &ModuleKey,
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
        let mut claims: Vec<Claim> = naming::BUILDER_NAMES
            .iter()
            .map(|f| Claim {
                raw: String::new(),
                candidate: (*f).to_owned(),
                priority: 0,
                // Reserved: kept before any parameter's previous name.
                previous: Some((*f).to_owned()),
            })
            .collect();
        let previous = self.previous_operation(id);
        claims.extend(all.iter().map(|(_, p)| {
            let name = &p.parameter_data_ref().name;
            let mut candidate = naming::field_name(name);
            if naming::BUILDER_NAMES.contains(&candidate.as_str()) {
                // The builder's own name wins; say where the parameter goes.
                let location = match p {
                    Parameter::Path { .. } => "path",
                    Parameter::Query { .. } => "query",
                    Parameter::Header { .. } => "header",
                    Parameter::Cookie { .. } => "cookie",
                };
                candidate = format!("{candidate}_{location}");
            }
            let location = match p {
                Parameter::Path { .. } => ParamLocation::Path,
                Parameter::Query { .. } => ParamLocation::Query,
                Parameter::Header { .. } | Parameter::Cookie { .. } => ParamLocation::Header,
            };
            Claim {
                raw: name.clone(),
                candidate,
                priority: 1,
                previous: previous
                    .and_then(|r| r.params.get(&crate::record::param_key(location, name)))
                    .map(|m| m.name.clone()),
            }
        }));
        let names = naming::resolve(&claims, true);
        let mut params = Vec::new();
        for ((at, param), name) in all
            .into_iter()
            .zip(names.into_iter().skip(naming::BUILDER_NAMES.len()))
        {
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
                Parameter::Cookie { .. } => {
                    self.diags.unsupported(
                        &at,
                        "cookie-parameter",
                        format!(
                            "cookie parameter `{}` is not supported; it is never sent",
                            data.name
                        ),
                    );
                    continue;
                }
            };
            let ctx = Ctx::new(
                format!("{builder}{}", naming::upper_camel(&data.name)),
                module.clone(),
            );
            let (ty, schema_docs_) = match &data.format {
                ParameterSchemaOrContent::Schema(s) => {
                    let schema = SchemaRef::from(s);
                    let d = match schema {
                        SchemaRef::Item(s) => schema_docs(s),
                        SchemaRef::Ref(_) => Docs::default(),
                    };
                    (self.schema_ty(schema, &at.push("schema"), &ctx), d)
                }
                ParameterSchemaOrContent::Content(_) => {
                    self.diags.unsupported(
                        &at,
                        "parameter-content",
                        "parameters described by `content` are sent as strings",
                    );
                    (Ty::String, Docs::default())
                }
            };
            if !param_ty_supported(&ty) {
                self.diags.unsupported(&at, "structured-parameter", format!("parameter `{}` is not a primitive, enum or array of them; it is sent as JSON text", data.name));
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
                name,
                wire: data.name.clone(),
                location,
                ty,
                required: data.required || location == ParamLocation::Path,
                docs: param_docs,
                deprecated: data.deprecated.unwrap_or(false),
            });
        }
        params
    }

    fn deref_param(
        &mut self,
        p: &'a ReferenceOr<Parameter>,
        at: &Pointer,
    ) -> Option<(&'a Parameter, Pointer)> {
        self.follow(
            p,
            at,
            "parameters",
            "a parameter; the parameter is skipped",
            |c| &c.parameters,
        )
    }

    fn deref_body(
        &mut self,
        b: &'a ReferenceOr<RequestBody>,
        at: &Pointer,
    ) -> Option<(&'a RequestBody, Pointer)> {
        self.follow(
            b,
            at,
            "requestBodies",
            "a request body; the operation is generated without one",
            |c| &c.request_bodies,
        )
    }

    /// Follows `$ref`s through `#/components/<section>/` to an item, with a
    /// diagnostic (naming `what` it should have been) when a reference
    /// dangles or a chain never ends.
    fn follow<T>(
        &mut self,
        item: &'a ReferenceOr<T>,
        at: &Pointer,
        section: &str,
        what: &str,
        map: impl Fn(&'a openapiv3::Components) -> &'a indexmap::IndexMap<String, ReferenceOr<T>>,
    ) -> Option<(&'a T, Pointer)> {
        let prefix = format!("#/components/{section}/");
        let mut current = item;
        let mut at = at.clone();
        for _ in 0..MAX_REF_HOPS {
            match current {
                ReferenceOr::Item(found) => return Some((found, at)),
                ReferenceOr::Reference { reference } => {
                    let target = reference
                        .strip_prefix(prefix.as_str())
                        .and_then(|name| map(self.doc.components.as_ref()?).get(name));
                    match target {
                        Some(t) => {
                            at = Pointer::from_ref(reference);
                            current = t;
                        }
                        None => {
                            self.diags.spec_problem(
                                &at,
                                "unresolved-ref",
                                format!("`$ref: {reference}` does not name {what}"),
                            );
                            return None;
                        }
                    }
                }
            }
        }
        self.diags.spec_problem(
            &at,
            "ref-cycle",
            format!("a chain of `$ref`s never reaches {what}"),
        );
        None
    }

    fn body(
        &mut self,
        ptr: &Pointer,
        b: &'a ReferenceOr<RequestBody>,
        ctx: &Ctx,
        choice_name: String,
    ) -> Option<Body> {
        let (body, ptr) = self.deref_body(b, ptr)?;
        let mut media: Vec<(&String, &openapiv3::MediaType)> = body.content.iter().collect();
        media.sort_by_key(|(m, _)| *m);
        let mut forms = Vec::new();
        for (media_type, content) in media {
            let at = ptr.push("content").push(media_type);
            let essence = media_type
                .split(';')
                .next()
                .unwrap_or_default()
                .trim()
                .to_ascii_lowercase();
            let schema = content.schema.as_ref().map(SchemaRef::from);
            let form = if essence == "application/json" || essence.ends_with("+json") {
                BodyForm::Json(match schema {
                    Some(s) => self.schema_ty(s, &at.push("schema"), ctx),
                    None => Ty::Json,
                })
            } else if essence == "application/x-www-form-urlencoded" {
                match schema {
                    Some(s) => BodyForm::Form(self.schema_ty(s, &at.push("schema"), ctx)),
                    None => BodyForm::Bytes {
                        content_type: essence,
                    },
                }
            } else if essence == "multipart/form-data" {
                match schema.and_then(|s| self.multipart(s, &at.push("schema"), ctx)) {
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
        let claims: Vec<Claim> = forms
            .iter()
            .map(|(media_type, form)| Claim {
                raw: media_type.clone(),
                candidate: naming::upper_camel(&form_variant(media_type, form)),
                priority: 0,
                previous: None,
            })
            .collect();
        let names = naming::resolve(&claims, false);
        Some(Body {
            required: body.required,
            forms: names
                .into_iter()
                .zip(forms.into_iter().map(|(_, f)| f))
                .collect(),
            choice_name,
            docs: docs(None, body.description.as_ref()),
        })
    }

    /// The parts of a multipart body: its object's properties.
    fn multipart(&mut self, schema: SchemaRef<'a>, ptr: &Pointer, ctx: &Ctx) -> Option<Ty> {
        let (schema, at) = self.deref(schema, ptr)?;
        let openapiv3::SchemaKind::Type(openapiv3::Type::Object(object)) = &schema.schema_kind
        else {
            return None;
        };
        let mut props: Vec<(&String, &ReferenceOr<Box<openapiv3::Schema>>)> =
            object.properties.iter().collect();
        props.sort_by_key(|(n, _)| *n);
        let claims: Vec<Claim> = props
            .iter()
            .map(|(n, _)| Claim {
                raw: (*n).clone(),
                candidate: naming::field_name(n),
                priority: 0,
                previous: None,
            })
            .collect();
        let names = naming::resolve(&claims, true);
        let mut parts = Vec::new();
        for ((wire, prop), name) in props.into_iter().zip(names) {
            let prop_at = at.push("properties").push(wire);
            let kind = match self.deref(prop.into(), &prop_at) {
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
                    prop.into(),
                    &prop_at,
                    &ctx_child(ctx, wire),
                )),
            };
            let d = match prop {
                ReferenceOr::Item(s) => schema_docs(s),
                ReferenceOr::Reference { .. } => Docs::default(),
            };
            parts.push(MultipartField {
                name,
                wire: wire.clone(),
                required: object.required.contains(wire),
                kind,
                docs: d,
            });
        }
        let def = TypeDef {
            name: naming::type_name(&ctx.hint),
            pointer: ptr.to_string(),
            key: ctx.key(ptr),
            module: String::new(),
            docs: schema_docs(schema),
            deprecated: schema.schema_data.deprecated,
            kind: TypeKind::Multipart(parts),
            in_request: true,
        };
        let id = self.add_type(def, ptr.to_string(), 1, ctx.module.clone());
        Some(Ty::Named(id))
    }

    /// The first success status's body (2xx codes in order, then `2XX`, then `default`).
    fn response(&mut self, ptr: &Pointer, op: &'a openapiv3::Operation, ctx: &Ctx) -> Response {
        let mut candidates: Vec<(u16, String, &'a ReferenceOr<OaResponse>)> = op
            .responses
            .responses
            .iter()
            .filter_map(|(code, r)| match code {
                StatusCode::Code(c) if (200..300).contains(c) => Some((*c, c.to_string(), r)),
                StatusCode::Range(2) => Some((299, "2XX".to_owned(), r)),
                _ => None,
            })
            .collect();
        candidates.sort_by_key(|(c, _, _)| *c);
        let Some((_, key, response)) = candidates.into_iter().next() else {
            return Response::Unit;
        };
        let at = ptr.push(&key);
        let response = match response {
            ReferenceOr::Item(r) => r,
            ReferenceOr::Reference { reference } => {
                let target = reference
                    .strip_prefix("#/components/responses/")
                    .and_then(|name| self.doc.components.as_ref()?.responses.get(name));
                match target {
                    Some(ReferenceOr::Item(r)) => r,
                    _ => {
                        self.diags.spec_problem(&at, "unresolved-ref", format!("`$ref: {reference}` does not name a response; the body is returned as bytes"));
                        return Response::Bytes;
                    }
                }
            }
        };
        let mut media: Vec<(&String, &openapiv3::MediaType)> = response.content.iter().collect();
        media.sort_by_key(|(m, _)| {
            let essence = m
                .split(';')
                .next()
                .unwrap_or_default()
                .trim()
                .to_ascii_lowercase();
            (
                !(essence == "application/json" || essence.ends_with("+json")),
                (*m).clone(),
            )
        });
        let Some((media_type, content)) = media.first() else {
            return self.header_response(&at, response);
        };
        let essence = media_type
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        if essence == "application/json" || essence.ends_with("+json") {
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
        let ty = match header {
            ReferenceOr::Item(h) => match &h.format {
                ParameterSchemaOrContent::Schema(s) => {
                    let ctx = Ctx::new(String::new(), ModuleKey::Tag(String::new()));
                    self.schema_ty(s.into(), &at.push("schema"), &ctx)
                }
                ParameterSchemaOrContent::Content(_) => Ty::String,
            },
            ReferenceOr::Reference { .. } => Ty::String,
        };
        let ty = match ty {
            Ty::Bool | Ty::I32 | Ty::I64 | Ty::F32 | Ty::F64 | Ty::String => ty,
            _ => {
                self.diags.unsupported(
                    &at,
                    "structured-header",
                    "a response header that is not a primitive is returned as text",
                );
                Ty::String
            }
        };
        Response::Header {
            name: (*name).clone(),
            ty,
        }
    }
}

/// The names an operation gets in the client's namespaces.
struct OpNames {
    method: String,
    builder: String,
    choice: String,
}

/// A variant name for a body media type: `Json`, `Form`, `Multipart`, or the
/// last word of the media type (`application/vnd.denoland.eszip` -> `eszip`).
fn form_variant(media_type: &str, form: &BodyForm) -> String {
    match form {
        BodyForm::Json(_) => "json".to_owned(),
        BodyForm::Form(_) => "form".to_owned(),
        BodyForm::Multipart(_) => "multipart".to_owned(),
        BodyForm::Bytes { .. } => {
            let subtype = media_type
                .split(';')
                .next()
                .unwrap_or_default()
                .rsplit('/')
                .next()
                .unwrap_or_default();
            subtype
                .rsplit(['.', '+'])
                .next()
                .unwrap_or(subtype)
                .to_owned()
        }
    }
}

fn ctx_child(ctx: &Ctx, name: &str) -> Ctx {
    Ctx::new(
        format!("{}{}", ctx.hint, naming::upper_camel(name)),
        ctx.module.clone(),
    )
}

fn is_binary(schema: &openapiv3::Schema) -> bool {
    matches!(&schema.schema_kind, openapiv3::SchemaKind::Type(openapiv3::Type::String(s))
        if matches!(&s.format, openapiv3::VariantOrUnknownOrEmpty::Item(openapiv3::StringFormat::Binary)))
}

/// Whether a parameter of this type has a plain text form.
fn param_ty_supported(ty: &Ty) -> bool {
    match ty {
        Ty::Vec(item) => !matches!(**item, Ty::Vec(_) | Ty::Map(_) | Ty::Json),
        Ty::Map(_) | Ty::Json => false,
        _ => true,
    }
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
