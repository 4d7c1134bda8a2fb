//! The OpenAPI schemas of the types whose JSON is not their Rust shape: each is written
//! and read as a string (or, for a skills change, as a map), through its own checks, so
//! the description says so here, beside nothing else, rather than letting a derive
//! describe the private field inside.

use std::borrow::Cow;

use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, Schema, SchemaFormat, Type};
use utoipa::openapi::{RefOr, schema::AdditionalProperties};
use utoipa::{PartialSchema, ToSchema};

/// A string schema with a pattern or format a client can check before it sends.
fn string(description: &str, pattern: Option<&str>, format: Option<KnownFormat>) -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .description(Some(description))
        .pattern(pattern)
        .format(format.map(SchemaFormat::KnownFormat))
        .into()
}

macro_rules! schema {
    ($ty:ty, $name:literal, $make:expr) => {
        impl PartialSchema for $ty {
            fn schema() -> RefOr<Schema> {
                $make
            }
        }
        impl ToSchema for $ty {
            fn name() -> Cow<'static, str> {
                Cow::Borrowed($name)
            }
        }
    };
}

schema!(
    crate::Date,
    "Date",
    string("A calendar date.", None, Some(KnownFormat::Date))
);
schema!(
    crate::OpeningHours,
    "OpeningHours",
    string(
        "Opening hours as the centres' file writes them, e.g. `lun 9:00-12:00; mer 15:00-18:00`.",
        None,
        None
    )
);
schema!(
    crate::CentreCode,
    "CentreCode",
    string(
        "A centre's code: upper-case letters, digits and `-`.",
        Some("^[A-Z0-9-]{2,16}$"),
        None
    )
);
schema!(
    crate::Province,
    "Province",
    string(
        "A province by its sigla, e.g. `FI`.",
        Some("^[A-Z]{2}$"),
        None
    )
);
schema!(
    crate::ProgrammeId,
    "ProgrammeId",
    string(
        "A programme's id, a lower-case slug.",
        Some("^[a-z0-9-]+$"),
        None
    )
);
schema!(
    crate::submission::SubmissionId,
    "SubmissionId",
    string(
        "A UUID the device picks once per write and repeats on every retry.",
        Some("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"),
        None
    )
);
schema!(
    crate::staff::Email,
    "Email",
    string(
        "A staff account's e-mail address.",
        None,
        Some(KnownFormat::Email)
    )
);
schema!(
    crate::survey::scoring::Change,
    "SkillsChange",
    ObjectBuilder::new()
        .description(Some(
            "Change in percentage points per DigComp area, keyed `1`–`5`."
        ))
        .additional_properties(Some(AdditionalProperties::RefOr(
            ObjectBuilder::new().schema_type(Type::Integer).into()
        )))
        .into()
);

impl PartialSchema for crate::survey::scoring::Scores {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .description(Some("Each DigComp area's score, keyed `1`–`5`."))
            .additional_properties(Some(AdditionalProperties::RefOr(
                utoipa::openapi::Ref::from_schema_name("AreaScore").into(),
            )))
            .into()
    }
}
impl ToSchema for crate::survey::scoring::Scores {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Scores")
    }
    fn schemas(schemas: &mut Vec<(String, RefOr<Schema>)>) {
        use crate::survey::scoring::AreaScore;
        schemas.push((AreaScore::name().into_owned(), AreaScore::schema()));
        AreaScore::schemas(schemas);
    }
}
