//! A snapshot of the public API of the committed generated client.
//!
//! The committed files under `generated-client/src/generated/` are parsed with
//! `syn` (not read from the generator's model, so that emission bugs show up
//! too), starting from `mod.rs` and following `mod` declarations, and printed
//! one line per public item, sorted by the item's path:
//!
//! - `struct path::Name: Traits { field: Type, .. }` (`..` when some fields
//!   are private or the struct is `#[non_exhaustive]`),
//!   `enum path::Name: Traits { Unit, Tuple(Type), Struct { f: Type }, .. }`
//!   (`..` when it is `#[non_exhaustive]`),
//!   where `Traits` are the derived and the hand-implemented traits
//! - `type path::Name = Type`, `const path::NAME: Type`, `fn path::name(..)`
//! - `Type::method(params) -> Return` for every `pub fn` of an inherent impl
//!   (the client's methods and the builders' setters alike), `async` first
//!   when the method is async
//!
//! Paths in types are cut to their last segment (`crate::types::Project` is
//! `Project`), so that how the generated code imports a type is not an API
//! change.
//!
//! A generator change that changes the API shows up as a short diff of
//! `snapshots/api_surface__supabase_management_api.snap`. Review it, then
//! accept it with `INSTA_UPDATE=always cargo test -p xtask --test api_surface`
//! (or `cargo insta accept`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use syn::visit_mut::VisitMut;
use syn::{Fields, ImplItem, Item, Visibility};

/// What each of the runtime's item macros (`generated-client/src/runtime/items.rs`)
/// adds to the item written inside it; keep in step with the macros
/// (`call!`, which names its builder rather than holding it, is
/// `call_items`).
struct Added {
    name: &'static str,
    traits: &'static [&'static str],
    variants: &'static [&'static str],
    methods: &'static [&'static str],
}

const MACROS: &[Added] = &[
    Added {
        name: "object",
        traits: &["Serialize", "Deserialize"],
        variants: &[],
        methods: &[],
    },
    Added {
        name: "open_enum",
        traits: &[
            "Debug",
            "Clone",
            "PartialEq",
            "Eq",
            "Hash",
            "PartialOrd",
            "Ord",
            "Display",
            "From<&str>",
            "Serialize",
            "Deserialize",
        ],
        variants: &["Unknown(String)"],
        methods: &["pub fn as_str(&self) -> &str"],
    },
];

/// Cuts every path to its last segment, keeping its generic arguments.
struct ShortPaths;

impl VisitMut for ShortPaths {
    fn visit_type_path_mut(&mut self, type_path: &mut syn::TypePath) {
        if type_path.qself.is_none() {
            syn::visit_mut::visit_type_path_mut(self, type_path);
        }
    }

    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        if let Some(last) = path.segments.pop() {
            path.segments = std::iter::once(last.into_value()).collect();
            path.leading_colon = None;
        }
        syn::visit_mut::visit_path_mut(self, path);
    }
}

/// What the walk collects.
#[derive(Default)]
struct Surface {
    /// `(sort key, line)` of methods, functions, constants and aliases.
    lines: Vec<(String, String)>,
    /// Structs and enums: `(sort key, simple name, line without traits)`.
    types: Vec<(String, String, String)>,
    /// Traits by the simple name of the type they are derived or implemented for.
    traits: BTreeMap<String, BTreeSet<String>>,
}

impl Surface {
    fn render(mut self) -> String {
        for (key, name, line) in std::mem::take(&mut self.types) {
            let line = match self.traits.remove(&name) {
                Some(traits) => {
                    let traits: Vec<String> = traits.into_iter().collect();
                    match line
                        .split_once(' ')
                        .map(|(kind, rest)| (kind, rest.split_once(' ')))
                    {
                        Some((kind, Some((path, body)))) => {
                            format!("{kind} {path}: {} {body}", traits.join(" + "))
                        }
                        Some((kind, None)) => {
                            format!("{kind} {}: {}", &line[kind.len() + 1..], traits.join(" + "))
                        }
                        None => line,
                    }
                }
                None => line,
            };
            self.lines.push((key, line));
        }
        // Traits implemented for types that are not defined here.
        for (name, traits) in self.traits {
            for t in traits {
                self.lines
                    .push((name.clone(), format!("impl {t} for {name}")));
            }
        }
        self.lines.sort();
        self.lines.dedup();
        let mut text: String = self
            .lines
            .into_iter()
            .map(|(_, line)| line + "\n")
            .collect();
        if text.is_empty() {
            text.push_str("(no public items)\n");
        }
        text
    }
}

/// The public surface of the module tree whose root is `dir/mod.rs`.
fn surface_of_dir(dir: &Path) -> String {
    let mut surface = Surface::default();
    walk(&dir.join("mod.rs"), dir, &[], &mut surface);
    surface.render()
}

/// Adds the items of the module in `file` (whose submodules are files in
/// `children_dir`) under the public path `module`, then of its submodules:
/// a `pub mod x` adds `x` to the path; a private `mod x` with a `pub use x::*`
/// is flattened into this module (that is how the generator lays out one
/// file per type); any other private module is not public API.
fn walk(file: &Path, children_dir: &Path, module: &[String], out: &mut Surface) {
    let text = std::fs::read_to_string(file)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
    let parsed =
        syn::parse_file(&text).unwrap_or_else(|e| panic!("{} does not parse: {e}", file.display()));
    items(&parsed.items, module, out);
    let glob_reexports: Vec<String> = parsed
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Use(u) if is_pub(&u.vis) => match &u.tree {
                syn::UseTree::Path(p) if matches!(*p.tree, syn::UseTree::Glob(_)) => {
                    Some(p.ident.to_string())
                }
                _ => None,
            },
            _ => None,
        })
        .collect();
    for item in &parsed.items {
        let Item::Mod(m) = item else { continue };
        if m.content.is_some() {
            continue; // inline modules are handled by `items`
        }
        let name = m.ident.to_string();
        let path = if is_pub(&m.vis) {
            let mut path = module.to_vec();
            path.push(name.clone());
            path
        } else if glob_reexports.contains(&name) {
            module.to_vec()
        } else {
            continue;
        };
        let flat = children_dir.join(format!("{name}.rs"));
        if flat.is_file() {
            walk(&flat, &children_dir.join(&name), &path, out);
        } else {
            let dir = children_dir.join(&name);
            walk(&dir.join("mod.rs"), &dir, &path, out);
        }
    }
}

fn is_pub(vis: &Visibility) -> bool {
    matches!(vis, Visibility::Public(_))
}

/// Whether an item is `#[non_exhaustive]` (shown as `..`: other crates
/// can neither build it with a literal nor match it exhaustively).
fn non_exhaustive(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|a| a.path().is_ident("non_exhaustive"))
}

/// The `new` that `object!` adds: its arguments are the fields marked
/// `#[wire(required)]` (or `#[wire("key", required)]`), in order.
fn object_new(s: &syn::ItemStruct) -> syn::ImplItemFn {
    let args = s.fields.iter().filter(|f| {
        f.attrs.iter().any(|a| {
            a.path().is_ident("wire")
                && a.meta.require_list().is_ok_and(|list| {
                    list.tokens
                        .clone()
                        .into_iter()
                        .any(|t| t.to_string() == "required")
                })
        })
    });
    let args = args.map(|f| -> syn::FnArg {
        let (name, ty) = (&f.ident, &f.ty);
        syn::parse_quote!(#name: impl Into<#ty>)
    });
    syn::parse_quote!(pub fn new(#(#args),*) -> Self {})
}

fn qualified(module: &[String], name: &str) -> String {
    module
        .iter()
        .map(String::as_str)
        .chain([name])
        .collect::<Vec<_>>()
        .join("::")
}

fn items(items: &[Item], module: &[String], out: &mut Surface) {
    for item in items {
        match item {
            Item::Struct(s) if is_pub(&s.vis) => {
                let name = s.ident.to_string();
                let path = qualified(module, &name) + &generics(&s.generics);
                let body = match &s.fields {
                    Fields::Named(named) => {
                        let mut fields: Vec<String> = named
                            .named
                            .iter()
                            .filter(|f| is_pub(&f.vis))
                            .map(|f| format!("{}: {}", ident(f.ident.as_ref()), ty(&f.ty)))
                            .collect();
                        if fields.len() < named.named.len() || non_exhaustive(&s.attrs) {
                            fields.push("..".to_owned());
                        }
                        braces(&fields)
                    }
                    Fields::Unnamed(unnamed) => {
                        let fields: Vec<String> = unnamed
                            .unnamed
                            .iter()
                            .map(|f| {
                                if is_pub(&f.vis) {
                                    ty(&f.ty)
                                } else {
                                    "_".to_owned()
                                }
                            })
                            .collect();
                        format!(" ({})", fields.join(", "))
                    }
                    Fields::Unit => String::new(),
                };
                derives(&s.attrs, &name, out);
                out.types
                    .push((path.clone(), name, format!("struct {path}{body}")));
            }
            Item::Enum(e) if is_pub(&e.vis) => {
                let name = e.ident.to_string();
                let path = qualified(module, &name) + &generics(&e.generics);
                let variants: Vec<String> = e
                    .variants
                    .iter()
                    .map(|v| {
                        let fields = match &v.fields {
                            Fields::Named(named) => {
                                let fields: Vec<String> = named
                                    .named
                                    .iter()
                                    .map(|f| format!("{}: {}", ident(f.ident.as_ref()), ty(&f.ty)))
                                    .collect();
                                braces(&fields)
                            }
                            Fields::Unnamed(unnamed) => {
                                let fields: Vec<String> =
                                    unnamed.unnamed.iter().map(|f| ty(&f.ty)).collect();
                                format!("({})", fields.join(", "))
                            }
                            Fields::Unit => String::new(),
                        };
                        format!("{}{fields}", v.ident)
                    })
                    .chain(non_exhaustive(&e.attrs).then(|| "..".to_owned()))
                    .collect();
                derives(&e.attrs, &name, out);
                out.types.push((
                    path.clone(),
                    name,
                    format!("enum {path}{}", braces(&variants)),
                ));
            }
            // `crate::runtime::call!(Builder, Response, Decoder);`: what every
            // request builder shares.
            Item::Macro(m)
                if m.ident.is_none()
                    && m.mac
                        .path
                        .segments
                        .last()
                        .is_some_and(|s| s.ident == "call") =>
            {
                let added = m
                    .mac
                    .parse_body_with(call_items)
                    .unwrap_or_else(|e| panic!("call!(Builder, Response, Decoder): {e}"));
                self::items(&added, module, out);
            }
            // An item written inside one of the runtime's macros
            // (`crate::runtime::object! { pub struct .. }`): the item as
            // written, plus what the macro adds to it.
            Item::Macro(m) if m.ident.is_none() => {
                let Some(name) = m.mac.path.segments.last().map(|s| s.ident.to_string()) else {
                    continue;
                };
                let Some(added) = MACROS.iter().find(|added| added.name == name) else {
                    continue;
                };
                let mut inner: Item = m
                    .mac
                    .parse_body()
                    .unwrap_or_else(|e| panic!("the body of {name}! is not an item: {e}"));
                let ident = match &mut inner {
                    Item::Struct(s) => s.ident.clone(),
                    Item::Enum(e) => {
                        for variant in added.variants {
                            e.variants.push(syn::parse_str(variant).expect("a variant"));
                        }
                        e.ident.clone()
                    }
                    _ => panic!("{name}! holds a struct or an enum"),
                };
                let new = match &inner {
                    Item::Struct(s) if name == "object" => Some(object_new(s)),
                    _ => None,
                };
                let mut added_items: Vec<Item> = vec![inner];
                if let Some(new) = new {
                    added_items.push(syn::parse_quote!(impl #ident { #new }));
                }
                for method in added.methods {
                    let method: syn::ImplItemFn =
                        syn::parse_str(&format!("{method} {{}}")).expect("a method signature");
                    added_items.push(syn::parse_quote!(impl #ident { #method }));
                }
                self::items(&added_items, module, out);
                let traits = out.traits.entry(ident.to_string()).or_default();
                for t in added.traits {
                    traits.insert((*t).to_owned());
                }
            }
            Item::Type(t) if is_pub(&t.vis) => {
                let path = qualified(module, &t.ident.to_string()) + &generics(&t.generics);
                out.lines
                    .push((path.clone(), format!("type {path} = {}", ty(&t.ty))));
            }
            Item::Const(c) if is_pub(&c.vis) => {
                let path = qualified(module, &c.ident.to_string());
                out.lines
                    .push((path.clone(), format!("const {path}: {}", ty(&c.ty))));
            }
            Item::Fn(f) if is_pub(&f.vis) => {
                let path = qualified(module, &f.sig.ident.to_string());
                out.lines
                    .push((path.clone(), format!("fn {}", signature(&path, &f.sig))));
            }
            Item::Impl(imp) => {
                let self_ty = self_type_name(&imp.self_ty);
                if let Some((_, trait_path, _)) = &imp.trait_ {
                    // The runtime module is private: its traits are not API.
                    let internal = trait_path.segments.len() > 2
                        && trait_path.segments[0].ident == "crate"
                        && trait_path.segments[1].ident == "runtime";
                    if internal {
                        continue;
                    }
                    out.traits
                        .entry(self_ty)
                        .or_default()
                        .insert(trait_name(trait_path));
                    continue;
                }
                for item in &imp.items {
                    if let ImplItem::Fn(f) = item {
                        if is_pub(&f.vis) {
                            let path = format!("{self_ty}::{}", f.sig.ident);
                            out.lines.push((path.clone(), signature(&path, &f.sig)));
                        }
                    }
                }
            }
            Item::Mod(m) if is_pub(&m.vis) => {
                if let Some((_, inner)) = &m.content {
                    let mut path = module.to_vec();
                    path.push(m.ident.to_string());
                    self::items(inner, &path, out);
                }
            }
            _ => {}
        }
    }
}

/// The items `call!(Builder, Response, Decoder)` writes: the builder's
/// `header`, `timeout`, `attempt_timeout`, `send`, `send_with_metadata` and
/// `send_raw`, and its `IntoFuture`.
fn call_items(input: syn::parse::ParseStream) -> syn::Result<Vec<Item>> {
    let builder: syn::Ident = input.parse()?;
    input.parse::<syn::Token![,]>()?;
    let response: syn::Type = input.parse()?;
    input.parse::<syn::Token![,]>()?;
    let decoder: syn::Ident = input.parse()?;
    if input.peek(syn::token::Paren) {
        let name;
        syn::parenthesized!(name in input);
        name.parse::<syn::LitStr>()?;
    }
    Ok(vec![
        syn::parse_quote! {
            impl #builder {
                pub fn header(mut self, name: &'static str, value: impl Into<String>) -> Self {}
                pub fn timeout(mut self, timeout: std::time::Duration) -> Self {}
                pub fn attempt_timeout(mut self, timeout: std::time::Duration) -> Self {}
                pub fn send(self) -> crate::runtime::Call<#response, crate::runtime::#decoder> {}
                pub fn send_with_metadata(
                    self,
                ) -> crate::runtime::Call<
                    crate::runtime::Response<#response>,
                    crate::runtime::WithMetadata<crate::runtime::#decoder>,
                > {}
                pub fn send_raw(
                    self,
                ) -> crate::runtime::Call<crate::runtime::RawResponse, crate::runtime::Raw> {}
            }
        },
        syn::parse_quote!(impl std::future::IntoFuture for #builder {}),
    ])
}

/// Records the traits named in `#[derive(..)]` attributes.
fn derives(attrs: &[syn::Attribute], name: &str, out: &mut Surface) {
    for attr in attrs.iter().filter(|a| a.path().is_ident("derive")) {
        let _ = attr.parse_nested_meta(|meta| {
            out.traits
                .entry(name.to_owned())
                .or_default()
                .insert(trait_name(&meta.path));
            Ok(())
        });
    }
}

/// A trait's last path segment, with its generic arguments unless they are
/// only lifetimes: `serde::Deserialize<'de>` -> `Deserialize`, `From<&str>`.
fn trait_name(path: &syn::Path) -> String {
    let Some(last) = path.segments.last() else {
        return path_text(path);
    };
    let mut segment = last.clone();
    ShortPaths.visit_path_arguments_mut(&mut segment.arguments);
    if let syn::PathArguments::AngleBracketed(args) = &segment.arguments {
        if args
            .args
            .iter()
            .all(|a| matches!(a, syn::GenericArgument::Lifetime(_)))
        {
            segment.arguments = syn::PathArguments::None;
        }
    }
    path_text(&syn::Path::from(segment))
}

fn braces(parts: &[String]) -> String {
    if parts.is_empty() {
        " {}".to_owned()
    } else {
        format!(" {{ {} }}", parts.join(", "))
    }
}

fn ident(ident: Option<&syn::Ident>) -> String {
    ident.map_or_else(|| "_".to_owned(), ToString::to_string)
}

/// Unparses a snippet with prettyplease and joins it onto one line.
fn one_line(file: syn::File) -> String {
    let text = prettyplease::unparse(&file);
    let mut joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for (from, to) in [
        ("( ", "("),
        (", )", ")"),
        (",)", ")"),
        ("< ", "<"),
        (", >", ">"),
        (",>", ">"),
    ] {
        joined = joined.replace(from, to);
    }
    joined
}

fn ty(ty: &syn::Type) -> String {
    let mut ty = ty.clone();
    ShortPaths.visit_type_mut(&mut ty);
    let file: syn::File = syn::parse_quote!(type T = #ty;);
    let text = one_line(file);
    text.strip_prefix("type T = ")
        .and_then(|t| t.strip_suffix(';'))
        .unwrap_or(&text)
        .to_owned()
}

fn generics(generics: &syn::Generics) -> String {
    if generics.params.is_empty() {
        return String::new();
    }
    let mut generics = generics.clone();
    ShortPaths.visit_generics_mut(&mut generics);
    let file: syn::File = syn::parse_quote!(struct S #generics;);
    let text = one_line(file);
    text.strip_prefix("struct S")
        .and_then(|t| t.strip_suffix(';'))
        .unwrap_or(&text)
        .to_owned()
}

/// `path(inputs) -> output`, with `async` first when the function is async.
fn signature(path: &str, sig: &syn::Signature) -> String {
    let mut bare = sig.clone();
    ShortPaths.visit_signature_mut(&mut bare);
    bare.asyncness = None;
    bare.constness = None;
    let file: syn::File = syn::parse_quote!(trait T { #bare; });
    let text = one_line(file);
    let inner = text
        .strip_prefix("trait T { fn ")
        .and_then(|t| t.strip_suffix("; }"))
        .unwrap_or(&text);
    let rest = inner.strip_prefix(&sig.ident.to_string()).unwrap_or(inner);
    let prefix = if sig.asyncness.is_some() {
        "async "
    } else {
        ""
    };
    format!("{prefix}{path}{rest}")
}

/// The name of an impl's self type, without its path or generic arguments.
fn self_type_name(self_ty: &syn::Type) -> String {
    match self_ty {
        syn::Type::Path(p) => match p.path.segments.last() {
            Some(last) => last.ident.to_string(),
            None => ty(self_ty),
        },
        other => ty(other),
    }
}

fn path_text(path: &syn::Path) -> String {
    ty(&syn::Type::Path(syn::TypePath {
        qself: None,
        path: path.clone(),
    }))
}

/// The surface of one file's text, as if it were module `module`.
fn surface_of_file(text: &str, module: &[String]) -> String {
    let file = syn::parse_file(text).expect("test input parses");
    let mut surface = Surface::default();
    items(&file.items, module, &mut surface);
    surface.render()
}

#[test]
fn surface_lines_for_hand_made_code() {
    let source = r#"
        pub const DEFAULT_BASE_URL: &str = "https://x";
        /// Docs are not part of the surface.
        #[derive(Debug, Clone, serde::Serialize)]
        pub struct Project { pub id: String, pub tags: Option<Vec<String>>, secret: u8 }
        pub struct Wrapper(pub std::collections::BTreeMap<String, serde_json::Value>, u8);
        pub struct Marker;
        struct Private { pub x: u8 }
        pub enum Status { Active, Other(String), Moved { to: Box<Status> } }
        pub type Alias = Vec<Project>;
        impl crate::Client {
            pub fn list_projects(&self) -> ListProjects<'_> { todo!() }
            fn helper(&self) {}
        }
        pub struct ListProjects<'a> { client: &'a crate::Client }
        impl<'a> ListProjects<'a> {
            pub fn limit(mut self, limit: impl Into<i64>) -> Self { self }
            pub async fn send(self) -> crate::Result<Vec<Project>> { todo!() }
        }
        impl<'a> std::future::IntoFuture for ListProjects<'a> {}
        impl std::fmt::Display for Status {}
        impl<'de> serde::Deserialize<'de> for Status {}
        impl From<&str> for Status {}
        impl From<crate::types::Project> for Status {}
        impl Default for crate::Client {}
        pub mod inline { pub struct Inner; }
        mod hidden { pub struct Hidden; }
    "#;
    let expected = [
        "impl Default for Client",
        "Client::list_projects(&self) -> ListProjects<'_>",
        "ListProjects::limit(mut self, limit: impl Into<i64>) -> Self",
        "async ListProjects::send(self) -> Result<Vec<Project>>",
        "type types::Alias = Vec<Project>",
        "const types::DEFAULT_BASE_URL: &str",
        "struct types::ListProjects<'a>: IntoFuture { .. }",
        "struct types::Marker",
        "struct types::Project: Clone + Debug + Serialize { id: String, tags: Option<Vec<String>>, .. }",
        "enum types::Status: Deserialize + Display + From<&str> + From<Project> { Active, Other(String), Moved { to: Box<Status> } }",
        "struct types::Wrapper (BTreeMap<String, Value>, _)",
        "struct types::inline::Inner",
    ];
    let lines = surface_of_file(source, &["types".to_owned()]);
    assert_eq!(lines.lines().collect::<Vec<_>>(), expected);
}

#[test]
fn module_files_are_walked_from_the_root() {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        ("mod.rs", "pub mod types; pub mod operations; mod internal;"),
        (
            "types/mod.rs",
            "mod project; mod unused; pub use project::*;",
        ),
        (
            "types/project.rs",
            "#[derive(Debug)] pub struct Project { pub id: String }",
        ),
        ("types/unused.rs", "pub struct NotReexported;"),
        ("operations.rs", "pub mod nested;"),
        ("operations/nested.rs", "pub fn f(x: u8) {}"),
        ("internal.rs", "pub struct Internal;"),
        ("orphan.rs", "pub struct Orphan;"),
    ];
    for (path, text) in files {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    assert_eq!(
        surface_of_dir(dir.path()),
        "fn operations::nested::f(x: u8)\nstruct types::Project: Debug { id: String }\n"
    );
}

#[test]
fn long_signatures_stay_on_one_line() {
    let source = "impl Builder { pub fn a_rather_long_setter_name(self, first_argument: std::collections::BTreeMap<String, Vec<Option<String>>>, second: impl Into<String>) -> Self { self } }";
    assert_eq!(
        surface_of_file(source, &[]),
        "Builder::a_rather_long_setter_name(self, first_argument: BTreeMap<String, Vec<Option<String>>>, second: impl Into<String>) -> Self\n"
    );
}

#[test]
fn generated_client_api_surface() {
    let ws = xtask::Workspace::current();
    let surface = surface_of_dir(&ws.generated_dir());
    insta::assert_snapshot!("supabase_management_api", surface);
}
