//! JSON in -> generated type -> JSON out, for every serde construct the
//! generator emits. Where a type deliberately normalises its input, the test
//! says so and asserts the normalised output.

use fixture_compile::{enums, inline, maps, names, nullability, one_of, recursion, Nullable};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};

/// Decodes `input` as `T` and checks that encoding it again gives `input` back.
fn roundtrip<T: Serialize + DeserializeOwned>(input: Value) -> T {
    let value: T = serde_json::from_value(input.clone())
        .unwrap_or_else(|e| panic!("cannot decode {input}: {e}"));
    let output = serde_json::to_value(&value).unwrap();
    assert_eq!(output, input, "round trip changed the document");
    value
}

/// Decodes `input` as `T` and checks that encoding it gives `expected`.
fn normalises<T: Serialize + DeserializeOwned>(input: Value, expected: Value) -> T {
    let value: T = serde_json::from_value(input.clone())
        .unwrap_or_else(|e| panic!("cannot decode {input}: {e}"));
    assert_eq!(
        serde_json::to_value(&value).unwrap(),
        expected,
        "from {input}"
    );
    value
}

fn rejects<T: DeserializeOwned + std::fmt::Debug>(input: Value) {
    let result = serde_json::from_value::<T>(input.clone());
    assert!(result.is_err(), "{input} decoded as {:?}", result.unwrap());
}

mod enum_values {
    use super::*;
    use enums::types::{Casing, Machine, Release, Separator, Size, Status};

    #[test]
    fn known_values_map_to_their_variants() {
        let machine: Machine = roundtrip(json!({
            "size": "2xlarge",
            "release": "17-oriole",
            "casing": "FOO",
            "separator": "a.b",
            "confirmed": true,
            "kind": "only",
            "tier": "pro",
            "status": "ACTIVE",
        }));
        assert_eq!(machine.size, Size::V2xlarge);
        assert_eq!(machine.release, Release::V17Oriole);
        assert_eq!(machine.casing, Some(Casing::FooUpper));
        assert_eq!(machine.separator, Some(Separator::ADotB));
        assert_eq!(machine.status, Some(Status::Active));
    }

    #[test]
    fn values_differing_in_case_or_punctuation_stay_distinct() {
        let casings: Vec<Casing> = roundtrip(json!(["Foo", "foo", "FOO"]));
        assert_eq!(casings.len(), 3);
        assert!(casings[0] != casings[1] && casings[1] != casings[2] && casings[0] != casings[2]);
        assert!(casings.iter().all(|c| !matches!(c, Casing::Unknown(_))));
        let separators: Vec<Separator> = roundtrip(json!(["a-b", "a_b", "a.b", "ab"]));
        assert_eq!(
            separators,
            [
                Separator::ADashB,
                Separator::AUnderscoreB,
                Separator::ADotB,
                Separator::Ab
            ]
        );
    }

    #[test]
    fn the_empty_string_is_a_value() {
        let release: Release = roundtrip(json!(""));
        assert_eq!(release, Release::Empty);
        assert_eq!(release.as_str(), "");
    }

    #[test]
    fn a_spec_value_named_unknown_is_not_the_fallback() {
        let statuses: Vec<Status> = roundtrip(json!(["Unknown", "unknown", "paused"]));
        assert!(!matches!(statuses[0], Status::Unknown(_)), "{statuses:?}");
        assert!(!matches!(statuses[1], Status::Unknown(_)), "{statuses:?}");
        assert_eq!(statuses[2], Status::Unknown("paused".to_owned()));
        assert_eq!(statuses[0].to_string(), "Unknown");
    }

    #[test]
    fn unknown_values_survive() {
        let machine: Machine = roundtrip(json!({
            "size": "128xlarge",
            "release": "18-new",
            "casing": "fOo",
            "kind": "other",
            "tier": "enterprise",
        }));
        assert_eq!(machine.size, Size::Unknown("128xlarge".to_owned()));
        assert_eq!(machine.size.as_str(), "128xlarge");
        assert_eq!(machine.release, Release::Unknown("18-new".to_owned()));
    }

    #[test]
    fn null_in_a_nullable_enum_field_of_a_response_reads_as_absent() {
        // `tier` is optional, nullable and only received: `null` and absent
        // both decode to `None`, which is written as absent.
        let machine: Machine = normalises(
            json!({ "size": "micro", "release": "", "tier": null }),
            json!({ "size": "micro", "release": "" }),
        );
        assert_eq!(machine.tier, None);
    }

    #[test]
    fn a_string_is_required_for_an_enum() {
        rejects::<Size>(json!(2));
        rejects::<Size>(json!(null));
    }
}

mod nullable_fields {
    use super::*;
    use nullability::types::{Limits, Settings, SettingsUpdate};

    #[test]
    fn explicit_null_survives_in_a_request_type() {
        let update: SettingsUpdate = roundtrip(json!({
            "name": "a",
            "owner": null,
            "expires_at": null,
            "limits": { "max_rows": null },
        }));
        assert_eq!(update.expires_at, Nullable::Null);
        assert_eq!(update.owner, None);
        let mut limits = Limits::default();
        limits.max_rows = Nullable::Null;
        assert_eq!(update.limits, Nullable::Value(limits));
    }

    #[test]
    fn absent_stays_absent_in_a_request_type() {
        let update: SettingsUpdate = roundtrip(json!({ "name": "a", "owner": "me" }));
        assert_eq!(update.expires_at, Nullable::Absent);
        assert_eq!(update.limits, Nullable::Absent);
        assert_eq!(update.comment, None);
        assert_eq!(update.owner.as_deref(), Some("me"));
    }

    #[test]
    fn values_survive_in_a_request_type() {
        let update: SettingsUpdate = roundtrip(json!({
            "name": "a",
            "owner": "me",
            "comment": "c",
            "expires_at": "2030-01-01T00:00:00Z",
            "limits": { "max_rows": 10 },
        }));
        assert_eq!(
            update.expires_at,
            Nullable::Value("2030-01-01T00:00:00Z".to_owned())
        );
    }

    #[test]
    fn a_request_built_in_code_sends_what_was_set() {
        // Generated structs are `#[non_exhaustive]`: `new` takes the
        // required fields, optional ones are assigned.
        let mut update = SettingsUpdate::new("a", None);
        update.expires_at = Nullable::Null;
        assert_eq!(
            serde_json::to_value(&update).unwrap(),
            json!({ "name": "a", "owner": null, "expires_at": null })
        );
    }

    #[test]
    fn a_missing_required_nullable_field_is_written_as_null() {
        // `owner` is required and nullable: a document without it decodes to
        // `None`, and `None` is always sent, as `null`.
        let update: SettingsUpdate = normalises(
            json!({ "name": "a" }),
            json!({ "name": "a", "owner": null }),
        );
        assert_eq!(update.owner, None);
    }

    #[test]
    fn null_in_an_optional_field_of_a_response_type_reads_as_absent() {
        // `Settings` is only received: optional nullable fields are plain
        // `Option`s, so `null` decodes to `None` and is written as absent.
        let settings: Settings = normalises(
            json!({ "name": "a", "owner": null, "expires_at": null }),
            json!({ "name": "a", "owner": null }),
        );
        assert_eq!(settings.expires_at, None);
    }

    #[test]
    fn null_items_and_map_values_survive() {
        let settings: Settings = roundtrip(json!({
            "name": "a",
            "owner": "me",
            "tags": ["x", null, "y"],
            "scores": { "a": 1, "b": null },
        }));
        assert_eq!(
            settings.tags,
            Some(vec![Some("x".to_owned()), None, Some("y".to_owned())])
        );
        assert_eq!(settings.scores.unwrap()["b"], None);
    }

    #[test]
    fn a_required_field_is_required() {
        rejects::<Settings>(json!({ "owner": null }));
    }
}

mod one_of_variants {
    use super::*;
    use one_of::types::{
        Action, Credentials, Event, EventKeyPressModifiersItem, Identifier, Region, Setting,
        Stored, Target,
    };

    #[test]
    fn discriminated_variants_round_trip() {
        let click: Event = roundtrip(json!({ "kind": "click", "x": 1, "y": 2 }));
        assert_eq!(
            click,
            Event::Click {
                x: 1,
                y: 2,
                note: Nullable::Absent
            }
        );
        // `Event` is sent in a request: the variant's optional nullable
        // field keeps an explicit null apart from absence.
        let null: Event = roundtrip(json!({ "kind": "click", "x": 1, "y": 2, "note": null }));
        assert!(matches!(
            null,
            Event::Click {
                note: Nullable::Null,
                ..
            }
        ));
        let key: Event = roundtrip(json!({
            "kind": "key-press",
            "key": "a",
            "modifiers": ["shift", "meta"],
        }));
        let Event::KeyPress { key, modifiers } = key else {
            panic!("{key:?}");
        };
        assert_eq!(key, "a");
        assert_eq!(
            modifiers.unwrap(),
            [
                EventKeyPressModifiersItem::Shift,
                EventKeyPressModifiersItem::Unknown("meta".to_owned())
            ]
        );
        let without: Event = roundtrip(json!({ "kind": "key-press", "key": "b" }));
        assert!(matches!(
            without,
            Event::KeyPress {
                modifiers: None,
                ..
            }
        ));
    }

    #[test]
    fn an_unknown_discriminator_value_is_an_error() {
        rejects::<Event>(json!({ "kind": "scroll", "delta": 3 }));
        rejects::<Event>(json!({ "x": 1, "y": 2 }));
    }

    #[test]
    fn single_valued_tags_without_a_discriminator_round_trip() {
        let restart: Action = roundtrip(json!({ "type": "restart" }));
        assert!(matches!(restart, Action::Restart { .. }));
        let pause: Action = roundtrip(json!({ "type": "pause", "delay": 5 }));
        assert_eq!(pause, Action::Pause { delay: Some(5) });
        let null: Action = roundtrip(json!({ "type": "pause", "delay": null }));
        assert_eq!(null, Action::Pause { delay: None });
    }

    #[test]
    fn string_or_object() {
        let name: Target = roundtrip(json!("primary"));
        assert_eq!(name, Target::String("primary".to_owned()));
        let object: Target = roundtrip(json!({ "name": "n", "region": "r" }));
        assert!(matches!(object, Target::Object(_)));
    }

    #[test]
    fn object_number_string_or_boolean() {
        assert!(matches!(
            roundtrip::<Setting>(json!({ "raw": "r" })),
            Setting::Object(_)
        ));
        assert!(matches!(
            roundtrip::<Setting>(json!({})),
            Setting::Object(_)
        ));
        assert_eq!(roundtrip::<Setting>(json!(1.5)), Setting::Number(1.5));
        assert_eq!(roundtrip::<Setting>(json!(true)), Setting::Boolean(true));
        assert_eq!(
            roundtrip::<Setting>(json!("1.5")),
            Setting::String("1.5".to_owned())
        );
        // `type: number` is an `f64`: an integer comes back as a float.
        assert_eq!(
            normalises::<Setting>(json!(2), json!(2.0)),
            Setting::Number(2.0)
        );
        rejects::<Setting>(json!([1]));
    }

    #[test]
    fn string_enums_are_merged() {
        let regions: Vec<Region> =
            roundtrip(json!(["us-east-1", "eu-west-1", "ap-south-1", "mars-1"]));
        assert_eq!(
            regions,
            [
                Region::UsEast1,
                Region::EuWest1,
                Region::ApSouth1,
                Region::Unknown("mars-1".to_owned())
            ]
        );
    }

    #[test]
    fn strings_of_different_formats_are_one_string() {
        let ids: Vec<Identifier> = roundtrip(json!([
            "abcdefghijklmnopqrst",
            "3f0c2a9e-6a43-4b4e-9c9d-0f6f0d2b7e11"
        ]));
        assert_eq!(ids.len(), 2);
    }

    #[test]
    fn untagged_objects_match_most_specific_first() {
        let all = json!({ "user": "u", "password": "p", "token": "t" });
        let two = json!({ "user": "u", "password": "p" });
        let user_token = json!({ "user": "u", "token": "t" });
        let one = json!({ "user": "u" });
        let required = |c: &Credentials| match c {
            Credentials::Token(_) => 3,
            Credentials::PasswordUser(_) => 2,
            Credentials::User(_) => 1,
            // `#[non_exhaustive]`: a later spec may add variants.
            _ => 0,
        };
        assert_eq!(required(&roundtrip(all)), 3);
        assert_eq!(required(&roundtrip(two)), 2);
        assert_eq!(required(&roundtrip(user_token)), 1);
        assert_eq!(required(&roundtrip(one)), 1);
        rejects::<Credentials>(json!({ "password": "p" }));
    }

    #[test]
    fn a_document_of_every_kind_round_trips() {
        let stored: Stored = roundtrip(json!({
            "event": { "kind": "click", "x": 0, "y": -1 },
            "action": { "type": "restart" },
            "target": { "name": "n" },
            "setting": false,
            "region": "eu-west-1",
            "id": "x",
            "credentials": { "user": "u", "password": "p" },
        }));
        assert_eq!(stored.setting, Some(Setting::Boolean(false)));
    }
}

mod inline_types {
    use super::*;
    use inline::types::{
        DeployFunctionBody, DeployFunctionBodyMode, Function, FunctionConfigRuntimeKind,
        FunctionMatrixItemItem, FunctionOwnerRole, FunctionStatus,
    };

    #[test]
    fn nested_objects_arrays_and_maps_round_trip() {
        let function: Function = roundtrip(json!({
            "config": { "verify_jwt": true, "runtime": { "kind": "bun" } },
            "status": "THROTTLED",
            "files": [{ "name": "a.ts", "encoding": "utf8" }, { "name": "b.ts" }],
            "env": { "KEY": { "secret": true, "value": "v" }, "EMPTY": {} },
            "matrix": [["x", "y"], [], ["z"]],
        }));
        assert_eq!(
            function.config.runtime.unwrap().kind,
            Some(FunctionConfigRuntimeKind::Unknown("bun".to_owned()))
        );
        assert_eq!(function.status, Some(FunctionStatus::Throttled));
        assert_eq!(
            function.matrix.unwrap()[2],
            [FunctionMatrixItemItem::Unknown("z".to_owned())]
        );
    }

    #[test]
    fn all_of_parts_are_merged() {
        let function: Function = roundtrip(json!({
            "config": {},
            "owner": { "id": "u1", "email": "a@b.c", "role": "admin" },
            "backup_owner": { "id": "u2" },
        }));
        assert_eq!(function.owner.unwrap().role, FunctionOwnerRole::Admin);
        assert_eq!(function.backup_owner.unwrap().id, "u2");
        // The merged object requires what each part requires.
        rejects::<Function>(json!({ "config": {}, "owner": { "id": "u1" } }));
        // `backup_owner` is nullable and only received: null reads as absent.
        normalises::<Function>(
            json!({ "config": {}, "backup_owner": null }),
            json!({ "config": {} }),
        );
    }

    #[test]
    fn an_inline_request_body_round_trips() {
        let body: DeployFunctionBody =
            roundtrip(json!({ "entrypoint": "index.ts", "mode": "safe" }));
        assert_eq!(body.mode, Some(DeployFunctionBodyMode::Safe));
    }
}

mod map_types {
    use super::*;
    use maps::types::{Closed, Config, Labels, Limits, Nothing, Open};

    #[test]
    fn typed_and_untyped_maps_round_trip() {
        let config: Config = roundtrip(json!({
            "version": 3,
            "labels": { "env": "prod", "team": "db" },
            "metadata": { "nested": { "deep": [1, "two", null, { "x": false }] }, "n": null },
            "empty": { "anything": 1 },
            "closed": {},
            "limits": { "max": 10 },
            "counts": { "a": 1, "b": -9007199254740993_i64 },
            "nested": { "groups": [{ "a": "b" }, {}] },
        }));
        assert_eq!(config.labels.unwrap()["team"], "db");
        let labels: Labels = roundtrip(json!({}));
        assert!(labels.is_empty());
        let nothing: Nothing = roundtrip(json!({ "free": ["form"] }));
        assert_eq!(nothing.len(), 1);
    }

    #[test]
    fn extra_properties_survive_next_to_known_ones() {
        let limits: Limits = roundtrip(json!({
            "max": 1,
            "additional_properties": "a known property",
            "burst": 2,
            "window": 60,
        }));
        assert_eq!(limits.max, 1);
        assert_eq!(
            limits.additional_properties.as_deref(),
            Some("a known property")
        );
        assert_eq!(limits.additional_properties_map.len(), 2);
        assert_eq!(limits.additional_properties_map["window"], 60);

        let open: Open = roundtrip(json!({ "name": "n", "x": [1], "y": { "z": null } }));
        assert_eq!(open.additional_properties.len(), 2);
        let bare: Open = roundtrip(json!({}));
        assert_eq!(bare, Open::default());
    }

    #[test]
    fn extra_properties_must_have_the_declared_type() {
        rejects::<Limits>(json!({ "max": 1, "burst": "fast" }));
        rejects::<Labels>(json!({ "a": 1 }));
    }

    #[test]
    fn a_closed_object_drops_undeclared_properties() {
        // `additionalProperties: false` with no properties: the struct has no
        // fields, and serde ignores (drops) anything the server sends anyway.
        let closed: Closed = normalises(json!({ "unexpected": 1 }), json!({}));
        assert_eq!(closed, Closed::default());
    }
}

mod recursive_types {
    use super::*;
    use recursion::types::{Expr, LinkedItem, Operand, TreeNode};

    #[test]
    fn recursion_through_arrays_and_maps() {
        let tree: TreeNode = roundtrip(json!({
            "name": "root",
            "children": [
                { "name": "a", "children": [{ "name": "a1", "children": [] }] },
                { "name": "b", "children": [] },
            ],
            "by_name": { "c": { "name": "c", "children": [], "by_name": {} } },
        }));
        assert_eq!(tree.children[0].children[0].name, "a1");
    }

    #[test]
    fn direct_self_reference() {
        let list: LinkedItem = roundtrip(json!({
            "value": 1,
            "next": { "value": 2, "next": { "value": 3 } },
        }));
        assert_eq!(list.next.unwrap().next.unwrap().value, 3);
    }

    #[test]
    fn a_two_schema_cycle() {
        let expr: Expr = roundtrip(json!({
            "op": "+",
            "label": { "text": "sum" },
            "left": { "literal": 1.5, "expr": { "op": "-", "left": { "literal": 2.5 } } },
        }));
        let inner = expr.left.unwrap().expr.unwrap();
        assert_eq!(inner.op, "-");
        let mut operand = Operand::default();
        operand.literal = Some(0.5);
        let mut built = Expr::new("neg");
        built.left = Some(Box::new(operand));
        assert_eq!(
            serde_json::to_value(&built).unwrap(),
            json!({ "op": "neg", "left": { "literal": 0.5 } })
        );
    }
}

mod awkward_names {
    use super::*;
    use names::types::{OptionSchema, Thing};

    #[test]
    fn keyword_and_colliding_property_names_round_trip() {
        let thing: Thing = roundtrip(json!({
            "connection_string": "snake",
            "connectionString": "camel",
            "ref": "r",
            "type": "t",
            "self": "s",
            "async": true,
            "2fa": false,
            "": "empty",
        }));
        assert_eq!(thing.connection_string, "snake");
        assert_eq!(thing.connection_string_camel, "camel");
        assert_eq!(thing.ref_, "r");
        assert_eq!(thing.type_, "t");
        assert_eq!(thing.self_.as_deref(), Some("s"));
        assert_eq!(thing.async_, Some(true));
        assert_eq!(thing.n2fa, Some(false));
        assert_eq!(thing.value.as_deref(), Some("empty"));
    }

    #[test]
    fn a_schema_named_like_a_prelude_type() {
        let option: OptionSchema = roundtrip(json!("b"));
        assert_eq!(option, OptionSchema::B);
    }
}

mod form_bodies {
    use bodies_types::{TokenForm, TokenFormGrantType};
    use fixture_compile::bodies::types as bodies_types;

    #[test]
    fn a_form_body_is_url_encoded_without_absent_fields() {
        let mut form = TokenForm::new(TokenFormGrantType::AuthorizationCode);
        form.code = Some("a b&c".to_owned());
        let fixture_compile::RequestBody::Form(bytes) =
            fixture_compile::RequestBody::form(&form).unwrap()
        else {
            panic!("not a form body");
        };
        assert_eq!(&bytes[..], b"code=a+b%26c&grant_type=authorization_code");
    }
}

mod discriminator_with_references {
    use super::*;
    use fixture_compile::discriminator_refs::types::{Cat, CatType, Dog, Pet};

    #[test]
    fn the_tag_picks_the_variant() {
        let cat: Pet = roundtrip(json!({ "type": "cat", "name": "tom" }));
        assert_eq!(cat, Pet::Cat(Cat::new("tom", CatType::Cat)));
        let dog: Pet = roundtrip(json!({ "type": "dog", "name": "rex", "barks": true }));
        let Pet::Dog(Dog { barks, .. }) = dog else {
            panic!("decoded as {dog:?}");
        };
        assert_eq!(barks, Some(true));
    }

    #[test]
    fn an_unknown_tag_value_is_kept_as_received() {
        let input = json!({ "type": "parrot", "name": "polly", "talks": true });
        assert_eq!(roundtrip::<Pet>(input.clone()), Pet::Unknown(input));
    }

    #[test]
    fn a_known_tag_with_a_wrong_shape_is_an_error() {
        rejects::<Pet>(json!({ "type": "dog" }));
    }
}

mod properties_beside_one_of {
    use super::*;
    use fixture_compile::properties_one_of::types::{
        Animal, AnimalDog, Contact, Mixed, Pet, PetBark, PetCat, PetStatus, Shape, Single,
    };

    #[test]
    fn shared_properties_survive_in_every_untagged_variant() {
        let pet: Pet = roundtrip(json!({ "name": "rex", "status": "sold", "bark": true }));
        let Pet::Bark(PetBark { name, status, .. }) = &pet else {
            panic!("decoded as {pet:?}");
        };
        assert_eq!((name.as_str(), status), ("rex", &Some(PetStatus::Sold)));
        // The referenced variant carries them too.
        let pet: Pet = roundtrip(json!({ "name": "tom", "meow": 3 }));
        let Pet::Cat(PetCat { name, meow, .. }) = &pet else {
            panic!("decoded as {pet:?}");
        };
        assert_eq!((name.as_str(), *meow), ("tom", 3));
        // A shared required property is required in every variant.
        rejects::<Pet>(json!({ "bark": true }));
        rejects::<Pet>(json!({ "meow": 3 }));
    }

    #[test]
    fn variants_that_only_require_pick_by_what_is_present() {
        let email: Contact = roundtrip(json!({ "email": "a@example.test" }));
        assert!(matches!(email, Contact::Email(_)), "{email:?}");
        let phone: Contact = roundtrip(json!({ "phone": "+1" }));
        assert!(matches!(phone, Contact::Phone(_)), "{phone:?}");
        let both: Contact = roundtrip(json!({ "email": "a@example.test", "phone": "+1" }));
        assert!(matches!(both, Contact::Email(_)), "{both:?}");
        rejects::<Contact>(json!({}));
    }

    #[test]
    fn a_tagged_variant_carries_the_shared_fields() {
        let shape: Shape = roundtrip(json!({ "kind": "circle", "id": "c1", "radius": 2.5 }));
        assert!(
            matches!(&shape, Shape::Circle { id, radius } if id == "c1" && *radius == 2.5),
            "{shape:?}"
        );
        rejects::<Shape>(json!({ "kind": "square", "side": 1.0 }));
    }

    #[test]
    fn a_dispatched_variant_carries_the_shared_fields() {
        let animal: Animal = roundtrip(json!({ "kind": "Dog", "bark": true, "age": 4 }));
        let Animal::Dog(AnimalDog { age, bark, .. }) = &animal else {
            panic!("decoded as {animal:?}");
        };
        assert_eq!((*age, *bark), (Some(4), true));
        roundtrip::<Vec<Animal>>(json!([{ "kind": "Bird", "wings": 2, "age": 1 }]));
    }

    #[test]
    fn one_variant_is_one_struct_and_a_string_variant_stays_a_string() {
        let single: Single = roundtrip(json!({ "a": "x", "b": 1 }));
        assert_eq!((single.a.as_deref(), single.b), (Some("x"), Some(1)));
        let mixed: Mixed = roundtrip(json!({ "a": "x", "b": 1 }));
        assert!(matches!(mixed, Mixed::Object(_)), "{mixed:?}");
        assert_eq!(
            roundtrip::<Mixed>(json!("text")),
            Mixed::String("text".into())
        );
    }
}

mod openapi31 {
    use super::*;
    use fixture_compile::openapi31_types::types::{Gadget, GadgetKind, GadgetSerial, Owner};

    #[test]
    fn a_type_array_with_null_const_and_several_types_round_trip() {
        let gadget: Gadget = roundtrip(json!({
            "id": 7,
            "kind": "gadget",
            "label": null,
            "name": "lamp",
            "note": "bright",
            "serial": 123,
            "previous_owner": { "name": "ann" },
        }));
        // `type: [string, "null"]`, required: `null` is a value.
        assert_eq!(gadget.label, None);
        assert_eq!(gadget.kind, GadgetKind::Gadget);
        assert_eq!(gadget.serial, Some(GadgetSerial::Integer(123)));
        assert_eq!(gadget.previous_owner, Some(Owner::new("ann")));
        let gadget: Gadget = roundtrip(json!({
            "id": 8, "kind": "gadget", "label": "x", "name": "kettle", "serial": "A-1",
        }));
        assert_eq!(gadget.serial, Some(GadgetSerial::String("A-1".into())));
        // A required nullable field is written as `null` when it is `None`.
        let written =
            serde_json::to_value(Gadget::new(9, GadgetKind::Gadget, None::<String>, "fan"))
                .unwrap();
        assert_eq!(written["label"], Value::Null, "{written}");
    }
}
