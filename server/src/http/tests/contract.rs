//! The OpenAPI document against the routes it describes (schemathesis, in
//! `scripts/contract.sh`, checks the replies against it).

use std::collections::BTreeSet;

use serde_json::Value;

use super::{fixture, routes};
use crate::http::openapi;
use crate::http::staff::ENDPOINTS;

#[tokio::test]
async fn the_contract_lists_every_route_and_only_routes() {
    let f = fixture(false);
    let listed: BTreeSet<(&str, &str)> = openapi::listed().iter().copied().collect();
    for endpoint in ENDPOINTS {
        assert!(
            listed.contains(endpoint),
            "{endpoint:?} is not in the contract"
        );
    }
    assert_eq!(
        listed.len(),
        openapi::listed().len(),
        "an operation listed twice"
    );

    // Each listed operation reaches a route: whatever it answers with made-up
    // parameters, it is not the reply to an address no route takes.
    for (method, template) in openapi::listed() {
        let path = template
            .replace("{code}", "TOS-001")
            .replace(
                "{id}",
                if template.starts_with("/api/v1/programmes/") {
                    "toscana"
                } else {
                    "1"
                },
            )
            .replace("{visit}", "1");
        let res = warp::test::request()
            .method(method)
            .path(&path)
            .header("content-type", "application/json")
            .body("{}")
            .reply(&routes(f.app.clone()))
            .await;
        let body: Value = serde_json::from_slice(res.body()).unwrap_or(Value::Null);
        let no_route = res.status() == 405
            || body["error"]["message"] == "there is no such page or API endpoint";
        assert!(!no_route, "{method} {path}: {} {body}", res.status());
    }
}

#[tokio::test]
async fn the_contract_is_served_whole_and_a_405_says_what_is_allowed() {
    let f = fixture(false);
    let res = warp::test::request()
        .path("/api/openapi.json")
        .reply(&routes(f.app.clone()))
        .await;
    assert_eq!(res.status(), 200);
    let doc: Value = serde_json::from_slice(res.body()).unwrap();
    assert_eq!(doc["openapi"], "3.1.0");
    // Every reference names a schema the document holds.
    let text = doc.to_string();
    let schemas = doc["components"]["schemas"].as_object().unwrap();
    for piece in text.split("\"#/components/schemas/").skip(1) {
        let name = piece.split('"').next().unwrap();
        assert!(schemas.contains_key(name), "no schema {name}");
    }
    // A request body's schema is the type the handler reads.
    let body = &doc["paths"]["/api/v1/registrations"]["post"]["requestBody"]["content"]["application/json"]
        ["schema"]["$ref"];
    assert_eq!(body, "#/components/schemas/RegistrationRequest");
    let required = schemas["RegistrationRequest"]["required"].to_string();
    assert!(required.contains("privacy"), "{required}");

    let res = warp::test::request()
        .method("PUT")
        .path("/api/v1/citizens/lookup")
        .reply(&routes(f.app.clone()))
        .await;
    assert_eq!(res.status(), 405);
    assert_eq!(res.headers()["allow"], "POST");
    let res = warp::test::request()
        .method("PUT")
        .path("/api/v1/session")
        .reply(&routes(f.app.clone()))
        .await;
    assert_eq!(res.headers()["allow"], "POST, GET, HEAD, DELETE");
}
