//! `GET /api/openapi.json`: the API's contract, OpenAPI 3.1.
//!
//! The schemas of requests and of most replies are derived from the very types the
//! handlers read and write (`utoipa` derives on `ponte_domain` behind its `openapi`
//! feature, and on the few server types), so a field added to a request is in the
//! contract without anyone writing it twice. The replies a handler builds with `json!`
//! are described here by hand (the citizen's copy only as an object). The operations are
//! listed below, one line each: a test checks the staff routes' own
//! [`super::staff::ENDPOINTS`] are all here and that every listed one reaches a route,
//! and schemathesis (`scripts/contract.sh`) sends every operation generated requests and
//! checks each reply against this document. The document is public on purpose: it holds
//! no data, and the paths are in the README and the source already.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use ponte_domain::api::{self as api, ErrorBody};
use ponte_domain::{event, feedback, kiosk, service, staff, survey};
use utoipa::ToSchema;
use utoipa::openapi::path::{HttpMethod, OperationBuilder, ParameterBuilder, ParameterIn};
use utoipa::openapi::request_body::RequestBodyBuilder;
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityRequirement, SecurityScheme};
use utoipa::openapi::{
    ComponentsBuilder, Content, InfoBuilder, OpenApi, OpenApiBuilder, PathItem, Paths, Ref, RefOr,
    Required, ResponseBuilder,
};

/// The document as served, and the operations it lists; built once.
struct Built {
    json: Vec<u8>,
    listed: Vec<(&'static str, &'static str)>,
}

fn built() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| {
        let (document, listed) = document();
        Built {
            json: serde_json::to_vec(&document).expect("an OpenAPI document serialises"),
            listed,
        }
    })
}

/// The document's bytes.
pub fn json() -> &'static [u8] {
    &built().json
}

/// Every `(method, path template)` the API answers.
pub fn listed() -> &'static [(&'static str, &'static str)] {
    &built().listed
}

/// The `Allow` header of a 405 for this path: the methods its operations take (a GET
/// also answers HEAD). The app's own pages and files take GET and HEAD.
pub fn allowed(path: &str) -> String {
    let segments: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    let matches = |template: &str| {
        let t: Vec<&str> = template.split('/').collect();
        t.len() == segments.len()
            && t.iter()
                .zip(&segments)
                .all(|(t, s)| *t == *s || (t.starts_with('{') && t.ends_with('}') && !s.is_empty()))
    };
    // `/citizens/lookup` is not `/citizens/{id}`: the template with the most fixed
    // segments wins, as it does among the routes.
    let fixed = |template: &str| template.split('/').filter(|t| !t.starts_with('{')).count();
    let best = listed()
        .iter()
        .filter(|(_, t)| matches(t))
        .map(|(_, t)| fixed(t))
        .max();
    let mut methods: Vec<&str> = Vec::new();
    for (method, template) in listed() {
        if matches(template) && Some(fixed(template)) == best && !methods.contains(method) {
            methods.push(method);
            if *method == "GET" {
                methods.push("HEAD");
            }
        }
    }
    if methods.is_empty() {
        return "GET, HEAD".into();
    }
    methods.join(", ")
}

/// Who may call an operation, and how they say so.
#[derive(Clone, Copy, PartialEq)]
enum Auth {
    Public,
    /// The `ponte_staff` session cookie.
    Staff,
    /// A paired tablet's `x-ponte-kiosk` header.
    Kiosk,
}

/// A query parameter; every one is optional, and given blank it counts as not given.
enum Q {
    Text(&'static str),
    Date(&'static str),
    /// `YYYY-MM`.
    Month(&'static str),
    Int(&'static str),
    OneOf(&'static str, &'static [&'static str]),
}

/// What a success carries. (Built a few dozen times, once, at the first request: the
/// size of a variant does not matter.)
#[allow(clippy::large_enum_variant)]
enum Body {
    Json(RefOr<Schema>),
    Csv,
    Svg,
    Xlsx,
    Empty,
}

struct Spec {
    paths: Paths,
    schemas: BTreeMap<String, RefOr<Schema>>,
    /// `(method, path)` of every operation, for the test against the routes.
    listed: Vec<(&'static str, &'static str)>,
}

impl Spec {
    /// A reference to `T`'s schema, with it and every schema it names kept.
    fn of<T: ToSchema>(&mut self) -> RefOr<Schema> {
        let mut nested = Vec::new();
        T::schemas(&mut nested);
        self.schemas.extend(nested);
        self.schemas.insert(T::name().into_owned(), T::schema());
        Ref::from_schema_name(T::name()).into()
    }

    /// An array of `T`s in an object under `key`: the lists the API wraps.
    fn list_of<T: ToSchema>(&mut self, key: &str) -> RefOr<Schema> {
        let item = self.of::<T>();
        object(&[(
            key,
            utoipa::openapi::schema::ArrayBuilder::new()
                .items(item)
                .into(),
        )])
    }

    #[allow(clippy::too_many_arguments)]
    fn op(
        &mut self,
        method: &'static str,
        path: &'static str,
        summary: &str,
        auth: Auth,
        query: &[Q],
        body: Option<RefOr<Schema>>,
        ok: Vec<(u16, &str, Body)>,
    ) {
        self.listed.push((method, path));
        let mut op = OperationBuilder::new()
            .summary(Some(summary))
            .operation_id(Some(operation_id(method, path)));
        for name in path_params(path) {
            let integer = name != "code" && !path.starts_with("/api/v1/programmes/");
            let schema: RefOr<Schema> = if integer {
                ObjectBuilder::new()
                    .schema_type(Type::Integer)
                    .minimum(Some(0))
                    .into()
            } else {
                ObjectBuilder::new().schema_type(Type::String).into()
            };
            op = op.parameter(
                ParameterBuilder::new()
                    .name(name)
                    .parameter_in(ParameterIn::Path)
                    .required(Required::True)
                    .schema(Some(schema)),
            );
        }
        for q in query {
            let (name, schema) = query_schema(q);
            op = op.parameter(
                ParameterBuilder::new()
                    .name(name)
                    .parameter_in(ParameterIn::Query)
                    .required(Required::False)
                    .schema(Some(schema)),
            );
        }
        if auth == Auth::Kiosk {
            op = op.security(SecurityRequirement::new("kiosk", Vec::<String>::new()));
        } else if auth == Auth::Staff {
            op = op.security(SecurityRequirement::new("staff", Vec::<String>::new()));
        }
        if let Some(body) = body {
            op = op.request_body(Some(
                RequestBodyBuilder::new()
                    .required(Some(Required::True))
                    .content("application/json", Content::new(Some(body)))
                    .build(),
            ));
        }
        for (status, description, body) in ok {
            let response = ResponseBuilder::new().description(description);
            let response = match body {
                Body::Json(schema) => {
                    response.content("application/json", Content::new(Some(schema)))
                }
                Body::Csv => response.content("text/csv", Content::new(Some(text()))),
                Body::Svg => response.content("image/svg+xml", Content::new(Some(text()))),
                Body::Xlsx => response.content(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    Content::new(Some(text())),
                ),
                Body::Empty => response,
            };
            op = op.response(status.to_string(), response.build());
        }
        // Every refusal, whatever its status, is the one error shape: its `code` says
        // what went wrong and `field` what to change (see `ErrorCode`).
        op = op.response("default", Ref::from_response_name("Error"));
        let method = match method {
            "GET" => HttpMethod::Get,
            "POST" => HttpMethod::Post,
            "DELETE" => HttpMethod::Delete,
            other => unreachable!("no route takes {other}"),
        };
        let item = PathItem::new(method, op.build());
        match self.paths.paths.get_mut(path) {
            Some(existing) => existing.merge_operations(item),
            None => {
                self.paths.paths.insert(path.to_owned(), item);
            }
        }
    }
}

fn text() -> RefOr<Schema> {
    ObjectBuilder::new().schema_type(Type::String).into()
}

fn integer() -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(Type::Integer)
        .minimum(Some(0))
        .into()
}

fn boolean() -> RefOr<Schema> {
    ObjectBuilder::new().schema_type(Type::Boolean).into()
}

/// An object with exactly these properties, all required.
fn object(fields: &[(&str, RefOr<Schema>)]) -> RefOr<Schema> {
    let mut o = ObjectBuilder::new().schema_type(Type::Object);
    for (name, schema) in fields {
        o = o.property(*name, schema.clone()).required(*name);
    }
    o.into()
}

fn query_schema(q: &Q) -> (&'static str, RefOr<Schema>) {
    let string = |pattern: Option<&str>| -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .pattern(pattern)
            .into()
    };
    match q {
        Q::Text(n) => (n, string(None)),
        Q::Date(n) => (n, string(Some("^([0-9]{4}-[0-9]{2}-[0-9]{2})?$"))),
        Q::Month(n) => (n, string(Some("^([0-9]{4}-[0-9]{2})?$"))),
        Q::Int(n) => (n, integer()),
        Q::OneOf(n, values) => (
            n,
            ObjectBuilder::new()
                .schema_type(Type::String)
                .enum_values(Some(std::iter::once("").chain(values.iter().copied())))
                .into(),
        ),
    }
}

fn path_params(path: &str) -> impl Iterator<Item = &str> {
    path.split('/')
        .filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
}

/// `get_centres_code_qr_svg`: stable and readable in generated clients.
fn operation_id(method: &str, path: &str) -> String {
    let rest = path.trim_start_matches("/api/v1/").trim_start_matches('/');
    let words: String = rest
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    let words: Vec<&str> = words.split('_').filter(|w| !w.is_empty()).collect();
    format!("{}_{}", method.to_ascii_lowercase(), words.join("_"))
}

fn document() -> (OpenApi, Vec<(&'static str, &'static str)>) {
    let mut s = Spec {
        paths: Paths::new(),
        schemas: BTreeMap::new(),
        listed: Vec::new(),
    };
    operations(&mut s);
    let error = s.of::<ErrorBody>();
    let mut components = ComponentsBuilder::new()
        .response(
            "Error",
            ResponseBuilder::new()
                .description("Refused: `error.code` says why, `error.field` what to change, `error.message` in plain words.")
                .content("application/json", Content::new(Some(error)))
                .build(),
        )
        .security_scheme(
            "staff",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                "ponte_staff",
                "The session `POST /api/v1/session` sets.",
            ))),
        )
        .security_scheme(
            "kiosk",
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::with_description(
                "x-ponte-kiosk",
                "The token a tablet gets when it is paired (`POST /api/v1/kiosks`).",
            ))),
        );
    for (name, schema) in std::mem::take(&mut s.schemas) {
        components = components.schema(name, schema);
    }
    let document = OpenApiBuilder::new()
        .info(
            InfoBuilder::new()
                .title("Ponte")
                .version(env!("CARGO_PKG_VERSION"))
                .description(Some(
                    "The API of Ponte, for Italy's digital-facilitation centres. Writes carry a \
                     `submission_id` the device picks once and repeats on every retry: the same \
                     id and body are stored once and answered with the first reply.",
                ))
                .build(),
        )
        .paths(s.paths)
        .components(Some(components.build()))
        .build();
    (document, s.listed)
}

/// Every operation, in the order of the README's API table.
fn operations(s: &mut Spec) {
    use Auth::{Kiosk, Public, Staff};
    use Body::{Csv, Empty, Json, Svg, Xlsx};
    let range = [Q::Date("from"), Q::Date("to")];

    let health = s.of::<api::Health>();
    s.op(
        "GET",
        "/healthz",
        "Whether the server and its writer run",
        Public,
        &[],
        None,
        vec![
            (200, "Running", Json(health.clone())),
            (503, "The writer stopped", Json(health)),
        ],
    );

    // Reference data.
    let r = s.of::<api::ProgrammeList>();
    s.op(
        "GET",
        "/api/v1/programmes",
        "The programmes",
        Public,
        &[],
        None,
        vec![(200, "The programmes", Json(r))],
    );
    let r = s.of::<api::CentreList>();
    s.op(
        "GET",
        "/api/v1/centres",
        "Centres, filtered",
        Public,
        &[Q::Text("programme"), Q::Text("province"), Q::Text("q")],
        None,
        vec![(200, "The centres", Json(r))],
    );
    let r = s.of::<ponte_domain::Centre>();
    s.op(
        "GET",
        "/api/v1/centres/{code}",
        "One centre",
        Public,
        &[],
        None,
        vec![(200, "The centre", Json(r))],
    );
    s.op(
        "GET",
        "/api/v1/centres/{code}/qr.svg",
        "The centre's QR poster",
        Public,
        &[Q::Int("site")],
        None,
        vec![(200, "An SVG QR code", Svg)],
    );
    let r = s.of::<api::Attendance>();
    s.op(
        "GET",
        "/api/v1/centres/{code}/attendance",
        "A centre's visits by day",
        Public,
        &range,
        None,
        vec![(200, "The counts", Json(r))],
    );
    let r = s.of::<survey::SkillsSummary>();
    s.op(
        "GET",
        "/api/v1/centres/{code}/skills",
        "A centre's skills figures",
        Public,
        &range,
        None,
        vec![(200, "The figures", Json(r))],
    );
    let r = s.of::<survey::ProgrammeSkills>();
    s.op(
        "GET",
        "/api/v1/programmes/{id}/skills",
        "A programme's skills figures",
        Public,
        &[Q::Text("province"), Q::Date("from"), Q::Date("to")],
        None,
        vec![(200, "The figures", Json(r))],
    );

    // The citizen's writes.
    let b = s.of::<feedback::FeedbackRequest>();
    let r = s.of::<api::FeedbackResponse>();
    s.op(
        "POST",
        "/api/v1/feedback",
        "Report a problem with a public digital service",
        Public,
        &[],
        Some(b),
        vec![(201, "Stored", Json(r))],
    );
    let r = s.of::<api::FeedbackSummary>();
    s.op(
        "GET",
        "/api/v1/feedback/summary",
        "Reports counted by service",
        Public,
        &[Q::Text("programme"), Q::Date("from"), Q::Date("to")],
        None,
        vec![(200, "The counts", Json(r))],
    );
    let r = s.of::<survey::SurveyView>();
    s.op(
        "GET",
        "/api/v1/surveys/digcomp",
        "The skills survey (DigComp 2.2)",
        Public,
        &[Q::Text("lang"), Q::Text("version")],
        None,
        vec![(200, "The survey in the language asked", Json(r))],
    );
    let b = s.of::<survey::SurveyRequest>();
    let r = s.of::<survey::SurveyReply>();
    s.op(
        "POST",
        "/api/v1/surveys/digcomp/responses",
        "Answer the skills survey",
        Public,
        &[],
        Some(b),
        vec![(201, "Scored and stored", Json(r))],
    );
    let reg = s.of::<ponte_domain::registration::RegistrationRequest>();
    let registered = s.of::<api::RegistrationResponse>();
    s.op(
        "POST",
        "/api/v1/registrations",
        "Sign up and get a pass",
        Public,
        &[],
        Some(reg.clone()),
        vec![(
            201,
            "Signed up (or found again by the codice fiscale)",
            Json(registered.clone()),
        )],
    );
    let cb = s.of::<ponte_domain::checkin::CheckinRequest>();
    let cr = s.of::<api::CheckinResponse>();
    s.op(
        "POST",
        "/api/v1/checkins",
        "Check in at a centre with a pass",
        Public,
        &[],
        Some(cb),
        vec![
            (201, "A new visit", Json(cr.clone())),
            (200, "Already checked in today", Json(cr.clone())),
        ],
    );
    let eb = s.of::<ponte_domain::experience::ExperienceRequest>();
    s.op(
        "POST",
        "/api/v1/visits/{visit}/experience",
        "Answer a visit's questionnaire",
        Public,
        &[],
        Some(eb),
        vec![(
            201,
            "Stored",
            Json(object(&[("visit", integer()), ("answered", boolean())])),
        )],
    );

    // Events.
    let ev = s.of::<event::EventView>();
    s.op(
        "GET",
        "/api/v1/events/{id}",
        "An event, as its poster shows it",
        Public,
        &[],
        None,
        vec![(200, "The event", Json(ev.clone()))],
    );
    let b = s.of::<event::EventCheckinRequest>();
    let er = s.of::<event::EventCheckinResponse>();
    s.op(
        "POST",
        "/api/v1/events/{id}/checkins",
        "Check in at an event from its poster",
        Public,
        &[],
        Some(b),
        vec![
            (201, "On the list", Json(er.clone())),
            (200, "Already on the list", Json(er.clone())),
        ],
    );

    // The kiosk.
    let b = s.of::<kiosk::PairRequest>();
    let r = s.of::<kiosk::PairResponse>();
    s.op(
        "POST",
        "/api/v1/kiosks",
        "Pair a tablet with a code from the console",
        Public,
        &[],
        Some(b),
        vec![(201, "Paired", Json(r))],
    );
    let r = s.of::<kiosk::KioskMe>();
    s.op(
        "GET",
        "/api/v1/kiosks/me",
        "The paired tablet's centre and settings",
        Kiosk,
        &[],
        None,
        vec![(200, "The tablet", Json(r))],
    );
    let b = s.of::<kiosk::KioskCheckinRequest>();
    s.op(
        "POST",
        "/api/v1/kiosks/checkins",
        "Check in at the tablet with a pass",
        Kiosk,
        &[],
        Some(b),
        vec![
            (201, "A new visit", Json(cr.clone())),
            (200, "Already checked in today", Json(cr.clone())),
        ],
    );

    // Staff: the session and accounts.
    let b = s.of::<staff::LoginRequest>();
    let info = s.of::<staff::SessionInfo>();
    s.op(
        "POST",
        "/api/v1/session",
        "Sign in (sets the `ponte_staff` cookie)",
        Public,
        &[],
        Some(b),
        vec![(200, "Signed in", Json(info.clone()))],
    );
    s.op(
        "GET",
        "/api/v1/session",
        "Who is signed in",
        Staff,
        &[],
        None,
        vec![(200, "The session", Json(info))],
    );
    s.op(
        "DELETE",
        "/api/v1/session",
        "Sign out",
        Public,
        &[],
        None,
        vec![(204, "Signed out", Empty)],
    );
    let r = s.list_of::<staff::AccountSummary>("accounts");
    s.op(
        "GET",
        "/api/v1/staff/users",
        "The accounts this one manages",
        Staff,
        &[],
        None,
        vec![(200, "The accounts", Json(r))],
    );
    let b = s.of::<staff::NewAccountRequest>();
    let r = s.of::<staff::NewAccountResponse>();
    s.op(
        "POST",
        "/api/v1/staff/users",
        "Make an account below one's own role",
        Staff,
        &[],
        Some(b),
        vec![(201, "Made; the password is shown once", Json(r))],
    );
    let b = s.of::<super::staff::accounts::DisableRequest>();
    let r = s.of::<staff::AccountSummary>();
    s.op(
        "POST",
        "/api/v1/staff/users/disable",
        "Disable an account",
        Staff,
        &[],
        Some(b),
        vec![(200, "Disabled", Json(r))],
    );

    // Staff: a centre's desk.
    let r = s.of::<staff::TodayList>();
    s.op(
        "GET",
        "/api/v1/centres/{code}/today",
        "Today's visits at a centre",
        Staff,
        &[],
        None,
        vec![(200, "The list", Json(r))],
    );
    let r = s.list_of::<service::ServiceSummary>("services");
    s.op(
        "GET",
        "/api/v1/centres/{code}/services",
        "A day's services at a centre",
        Staff,
        &[Q::Date("date")],
        None,
        vec![(200, "The services", Json(r))],
    );
    let b = s.of::<staff::LookupRequest>();
    let r = s.of::<staff::CitizenCard>();
    s.op(
        "POST",
        "/api/v1/staff/lookup",
        "Find a citizen by their pass",
        Staff,
        &[],
        Some(b),
        vec![(200, "The citizen's card", Json(r))],
    );
    let b = s.of::<staff::DeskCheckinRequest>();
    s.op(
        "POST",
        "/api/v1/staff/checkins",
        "Check a citizen in at the desk",
        Staff,
        &[],
        Some(b),
        vec![
            (201, "A new visit", Json(cr.clone())),
            (200, "Already checked in today", Json(cr)),
        ],
    );
    let b2 = s.of::<service::ServiceRequest>();
    let sr = s.of::<service::ServiceResponse>();
    s.op(
        "POST",
        "/api/v1/services",
        "Record a facilitation service",
        Staff,
        &[],
        Some(b2),
        vec![(201, "Recorded", Json(sr.clone()))],
    );
    s.op(
        "POST",
        "/api/v1/staff/registrations",
        "Sign a citizen up at the desk",
        Staff,
        &[],
        Some(reg),
        vec![(201, "Signed up", Json(registered))],
    );
    let b = s.of::<staff::ReplacePassRequest>();
    let r = s.of::<staff::NewPassResponse>();
    s.op(
        "POST",
        "/api/v1/staff/passes/replace",
        "Replace a lost pass",
        Staff,
        &[],
        Some(b),
        vec![(201, "A new pass; the old one stops working", Json(r))],
    );

    // Staff: events.
    let b = s.of::<event::EventRequest>();
    s.op(
        "POST",
        "/api/v1/events",
        "Plan an event",
        Staff,
        &[],
        Some(b),
        vec![(201, "Planned", Json(object(&[("event", ev)])))],
    );
    let r = s.list_of::<event::EventResponse>("events");
    s.op(
        "GET",
        "/api/v1/centres/{code}/events",
        "A centre's events from a week ago on",
        Staff,
        &[],
        None,
        vec![(200, "The events", Json(r))],
    );
    s.op(
        "GET",
        "/api/v1/events/{id}/qr.svg",
        "An event's QR poster",
        Staff,
        &[],
        None,
        vec![(200, "An SVG QR code", Svg)],
    );
    let r = s.list_of::<crate::store::Attendee>("attendees");
    s.op(
        "GET",
        "/api/v1/events/{id}/attendance",
        "Who came to an event",
        Staff,
        &[],
        None,
        vec![(200, "The list", Json(r))],
    );
    let b = s.of::<super::staff::events::CloseRequest>();
    s.op(
        "POST",
        "/api/v1/events/{id}/close",
        "Close an event and record its group service",
        Staff,
        &[],
        Some(b),
        vec![(201, "Closed", Json(sr))],
    );
    let b = s.of::<super::staff::events::AttendeeRequest>();
    s.op(
        "POST",
        "/api/v1/events/{id}/attendees",
        "Put a citizen on an event's list",
        Staff,
        &[],
        Some(b),
        vec![
            (201, "On the list", Json(er.clone())),
            (200, "Already on the list", Json(er.clone())),
        ],
    );
    let b = s.of::<super::staff::events::PromoteRequest>();
    s.op(
        "POST",
        "/api/v1/events/{id}/promote",
        "Move a waiting citizen to present",
        Staff,
        &[],
        Some(b),
        vec![(201, "Present", Json(er))],
    );
    s.op(
        "GET",
        "/api/v1/events/{id}/attendance.csv",
        "An event's list as CSV",
        Staff,
        &[],
        None,
        vec![(200, "The list", Csv)],
    );

    // Staff: kiosks.
    let b = s.of::<kiosk::PairingRequest>();
    let r = s.of::<kiosk::PairingResponse>();
    s.op(
        "POST",
        "/api/v1/kiosks/pairings",
        "A code to pair a tablet",
        Staff,
        &[],
        Some(b),
        vec![(201, "The code, for ten minutes", Json(r))],
    );
    let r = s.list_of::<kiosk::KioskSummary>("kiosks");
    s.op(
        "GET",
        "/api/v1/centres/{code}/kiosks",
        "A centre's tablets",
        Staff,
        &[],
        None,
        vec![(200, "The tablets", Json(r))],
    );
    s.op(
        "POST",
        "/api/v1/kiosks/{id}/revoke",
        "Unpair a tablet",
        Staff,
        &[],
        None,
        vec![(
            200,
            "Unpaired",
            Json(object(&[("kiosk", integer()), ("revoked", boolean())])),
        )],
    );
    let k = s.of::<kiosk::KioskSettings>();
    s.op(
        "GET",
        "/api/v1/centres/{code}/kiosk-settings",
        "A centre's tablet settings",
        Staff,
        &[],
        None,
        vec![(200, "The settings", Json(k.clone()))],
    );
    s.op(
        "POST",
        "/api/v1/centres/{code}/kiosk-settings",
        "Change a centre's tablet settings",
        Staff,
        &[],
        Some(k.clone()),
        vec![(200, "Changed", Json(k))],
    );

    // Staff: the region's view and the files.
    let r = s.of::<ponte_domain::progress::Progress>();
    s.op(
        "GET",
        "/api/v1/programmes/{id}/progress",
        "Progress against the targets",
        Staff,
        &[Q::Text("province")],
        None,
        vec![(200, "The progress", Json(r))],
    );
    let r = s.of::<ponte_domain::dashboard::Dashboard>();
    s.op(
        "GET",
        "/api/v1/programmes/{id}/dashboard",
        "The dashboard's figures",
        Staff,
        &[
            Q::Text("province"),
            Q::Text("centre"),
            Q::Date("from"),
            Q::Date("to"),
            Q::OneOf("by", &["day", "week", "month"]),
        ],
        None,
        vec![(200, "The figures", Json(r))],
    );
    let r = s.of::<ponte_domain::progress::ShareRequest>();
    s.op(
        "POST",
        "/api/v1/programmes/{id}/shares",
        "Set a centre's share of the target",
        Staff,
        &[],
        Some(r.clone()),
        vec![(200, "Set", Json(r))],
    );
    let part = object(&[("part", integer()), ("name", text()), ("rows", integer())]);
    let national = object(&[
        ("programme", text()),
        ("month", text()),
        ("services", integer()),
        ("rows", integer()),
        ("left_out", integer()),
        ("names_purged", integer()),
        ("flagged", integer()),
        ("services_left_out", integer()),
        (
            "parts",
            utoipa::openapi::schema::ArrayBuilder::new()
                .items(part)
                .into(),
        ),
    ]);
    s.op(
        "GET",
        "/api/v1/programmes/{id}/national",
        "What a month's national file holds",
        Staff,
        &[Q::Month("month")],
        None,
        vec![(200, "The summary", Json(national))],
    );
    s.op(
        "GET",
        "/api/v1/programmes/{id}/national.csv",
        "A month's national upload file (logged)",
        Staff,
        &[Q::Month("month"), Q::Int("part")],
        None,
        vec![(200, "The file", Csv)],
    );
    let record = s.of::<crate::store::ExportRecord>();
    let entry = object(&[("id", integer()), ("export", record)]);
    s.op(
        "GET",
        "/api/v1/programmes/{id}/exports",
        "The national files made",
        Staff,
        &[],
        None,
        vec![(
            200,
            "The log",
            Json(object(&[(
                "exports",
                utoipa::openapi::schema::ArrayBuilder::new()
                    .items(entry)
                    .into(),
            )])),
        )],
    );
    s.op(
        "GET",
        "/api/v1/programmes/{id}/report.csv",
        "The monthly report as CSV",
        Staff,
        &[Q::Month("month")],
        None,
        vec![(200, "The report", Csv)],
    );
    s.op(
        "GET",
        "/api/v1/programmes/{id}/report.xlsx",
        "The monthly report as a spreadsheet",
        Staff,
        &[Q::Month("month")],
        None,
        vec![(200, "The report", Xlsx)],
    );
    let r = s.of::<feedback::ReportList>();
    s.op(
        "GET",
        "/api/v1/staff/reports",
        "Citizens' reports, newest first",
        Staff,
        &[
            Q::Text("service"),
            Q::Text("category"),
            Q::OneOf("status", &["new", "reviewed", "hidden"]),
            Q::Int("before"),
        ],
        None,
        vec![(200, "A page of reports", Json(r))],
    );
    let b = s.of::<feedback::ReviewRequest>();
    let r = s.of::<feedback::ReportView>();
    s.op(
        "POST",
        "/api/v1/staff/reports/{id}/review",
        "Review a report",
        Staff,
        &[],
        Some(b),
        vec![(200, "Reviewed", Json(r))],
    );

    // Staff: a citizen's rights.
    let b = s.of::<staff::CitizenLookupRequest>();
    let r = s.of::<staff::CitizenLookupResponse>();
    s.op(
        "POST",
        "/api/v1/citizens/lookup",
        "Find a citizen by codice fiscale (logged)",
        Staff,
        &[],
        Some(b),
        vec![(200, "Found", Json(r))],
    );
    let r = s.list_of::<crate::store::rights::RightsAct>("acts");
    s.op(
        "GET",
        "/api/v1/citizens/rights-log",
        "Every lookup, copy and erasure",
        Staff,
        &[],
        None,
        vec![(200, "The log, newest first", Json(r))],
    );
    let everything = ObjectBuilder::new()
        .schema_type(Type::Object)
        .description(Some(
            "Everything held about the citizen, names and codice fiscale opened.",
        ))
        .into();
    s.op(
        "GET",
        "/api/v1/citizens/{id}/export",
        "A copy of a citizen's data (logged)",
        Staff,
        &[],
        None,
        vec![(200, "The copy", Json(everything))],
    );
    let erased = object(&[
        ("citizen", object(&[("id", integer())])),
        ("erased", boolean()),
        ("already", boolean()),
        ("passes_revoked", integer()),
    ]);
    s.op(
        "DELETE",
        "/api/v1/citizens/{id}",
        "Erase a citizen (logged)",
        Staff,
        &[],
        None,
        vec![(200, "Erased", Json(erased))],
    );

    s.op(
        "GET",
        "/api/openapi.json",
        "This document",
        Public,
        &[],
        None,
        vec![(
            200,
            "OpenAPI 3.1",
            Json(ObjectBuilder::new().schema_type(Type::Object).into()),
        )],
    );
}
