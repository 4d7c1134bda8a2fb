//! The centre's page as the server renders it: what a poster scan opens.

use super::{fixture, routes};
use crate::pages::centre::{Asked, render};
use ponte_domain::lang::Lang;

struct Page {
    status: u16,
    headers: warp::http::HeaderMap,
    body: String,
}

async fn page(f: &super::Fixture, path: &str, headers: &[(&str, &str)]) -> Page {
    let mut req = warp::test::request().path(path);
    for (k, v) in headers {
        // Bytes, not text: a cookie may carry what is not ASCII.
        req = req.header(
            *k,
            warp::http::HeaderValue::from_bytes(v.as_bytes()).unwrap(),
        );
    }
    let res = req.reply(&routes(f.app.clone())).await;
    Page {
        status: res.status().as_u16(),
        headers: res.headers().clone(),
        body: String::from_utf8_lossy(res.body()).into_owned(),
    }
}

/// The page's text, without its tags, scripts and style.
fn text(html: &str) -> String {
    let mut s = html.to_owned();
    for (open, close) in [("<style>", "</style>"), ("<script", "</script>")] {
        while let Some(i) = s.find(open) {
            let end = s[i..].find(close).map_or(s.len(), |j| i + j + close.len());
            s.replace_range(i..end, " ");
        }
    }
    let mut text = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

/// A message missing from a catalogue would show as its id (`centre-where`).
fn no_message_shown_as_its_id(f: &super::Fixture, lang: Lang, shown: &str) {
    for id in f.app.pages.as_ref().unwrap().messages.ids(lang) {
        if id.contains('-') {
            assert!(
                !shown.contains(&id),
                "{id} shown as an id in {}",
                lang.code()
            );
        }
    }
}

#[tokio::test]
async fn the_poster_opens_a_whole_page_in_the_chosen_language() {
    let f = fixture(true);
    let reference = f.app.store.reference();
    let centre = reference
        .centre(&ponte_domain::CentreCode::parse("TOS-001").unwrap())
        .unwrap()
        .clone();
    drop(reference);

    let it = page(&f, "/c/TOS-001", &[]).await;
    assert_eq!(it.status, 200);
    assert_eq!(it.headers["content-type"], "text/html; charset=utf-8");
    assert!(
        it.body
            .starts_with("<!doctype html>\n<html lang=\"it\" dir=\"ltr\">")
    );
    // Readable without any wasm: the name, the address, the hours and both buttons
    // are in the HTML.
    let shown = text(&it.body);
    assert!(shown.contains(&centre.name), "{shown}");
    assert!(shown.contains(&centre.site.address));
    assert!(shown.contains("Orari di apertura") || shown.contains("Su appuntamento"));
    assert!(
        it.body.contains(
            "id=\"register-link\" class=\"button button-big\" href=\"/c/TOS-001/register\""
        )
    );
    assert!(it.body.contains(
        "id=\"checkin-link\" class=\"button button-big\" href=\"/c/TOS-001/checkin#now\""
    ));
    // Its stylesheet comes inlined, and the citizen app is loaded only when wanted.
    assert!(it.body.contains("<style>body{margin:0}"));
    assert!(it.body.contains(
        "if(document.documentElement.dataset.device)import(\"/citizen/ponte-citizen-0123456789abcdef.js\")"
    ));
    // Every inline script is named in the policy; nothing else may run.
    let csp = it.headers["content-security-policy"].to_str().unwrap();
    assert_eq!(csp.matches("'sha256-").count(), 3, "{csp}");
    // The policy is made from the shell's own scripts, and the page carries exactly
    // those: a script that came in with a centre's words would not be named.
    assert_eq!(csp, crate::http::assets::csp(it.body.as_bytes()));
    assert!(!it.body.contains("data-chosen"));
    let scripts = csp
        .split(';')
        .find(|d| d.trim().starts_with("script-src"))
        .unwrap();
    assert!(
        scripts.contains("'self' 'wasm-unsafe-eval' 'sha256-")
            && !scripts.contains("unsafe-inline")
    );
    assert_eq!(it.headers["cache-control"], "no-cache");
    assert!(it.headers.get("set-cookie").is_none());

    // No message shows as its id, in any language.
    for lang in Lang::ALL {
        let p = page(&f, &format!("/c/TOS-001?lang={}", lang.code()), &[]).await;
        let shown = text(&p.body);
        no_message_shown_as_its_id(&f, lang, &shown);
    }

    // English on asking, remembered in a cookie the next scan sends back.
    let en = page(&f, "/c/TOS-001?lang=en", &[]).await;
    assert!(
        en.body
            .contains("<html lang=\"en\" dir=\"ltr\" data-chosen=\"1\">")
    );
    assert!(text(&en.body).contains("What you can do here"));
    assert_eq!(
        en.headers["set-cookie"], "ponte_lang=en; Path=/; Max-Age=31536000; SameSite=Lax; Secure",
        "Secure: this server's public address is https"
    );
    // Read from any Cookie header, whatever else a sibling site put there.
    let again = page(
        &f,
        "/c/TOS-001",
        &[("cookie", "x=caf\u{e9}; ponte_lang=en")],
    )
    .await;
    assert!(again.body.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert!(again.body.contains("aria-current=\"true\">English</a>"));
    assert!(again.headers.get("set-cookie").is_none());
    // Arabic reads right to left; every language is offered in its own name.
    let ar = page(&f, "/c/TOS-001?lang=ar", &[]).await;
    assert!(
        ar.body
            .contains("<html lang=\"ar\" dir=\"rtl\" data-chosen=\"1\">")
    );
    for lang in Lang::ALL {
        assert!(
            ar.body.contains(&format!(">{}</a>", lang.native_name())),
            "{lang:?}"
        );
    }

    // Compressed for a phone that accepts it; unchanged, a 304 of a few bytes.
    let br = page(&f, "/c/TOS-001", &[("accept-encoding", "gzip, br")]).await;
    assert_eq!(br.headers["content-encoding"], "br");
    let etag = it.headers["etag"].to_str().unwrap().to_owned();
    let same = page(&f, "/c/TOS-001", &[("if-none-match", &etag)]).await;
    assert_eq!((same.status, same.body.len()), (304, 0));
    let head = warp::test::request()
        .method("HEAD")
        .path("/c/TOS-001")
        .reply(&routes(f.app.clone()))
        .await;
    assert_eq!(head.status(), 200);
}

#[tokio::test]
async fn a_site_poster_names_its_site_and_a_wrong_code_says_so() {
    let f = fixture(true);
    let reference = f.app.store.reference();
    let centre = reference
        .centres(&Default::default())
        .into_iter()
        .find(|c| !c.other_sites.is_empty())
        .unwrap()
        .clone();
    drop(reference);
    let code = centre.code.as_str();
    let p = page(&f, &format!("/c/{code}?site=2&utm_source=manifesto"), &[]).await;
    assert_eq!(p.status, 200);
    assert!(
        p.body
            .contains(&format!("href=\"/c/{code}/register?site=2\""))
    );
    assert!(
        p.body
            .contains(&format!("href=\"/c/{code}/checkin?site=2#now\""))
    );
    // The language links keep the site.
    assert!(p.body.contains("href=\"?site=2&#38;lang=en\""));
    assert!(text(&p.body).contains("Altre sedi"));
    // A site the centre does not have is not carried on (they count from 1).
    for site in [0, 40] {
        let p = page(&f, &format!("/c/{code}?site={site}"), &[]).await;
        assert!(p.body.contains(&format!("href=\"/c/{code}/register\"")));
        assert!(p.body.contains("href=\"?lang=en\""));
    }
    // Another spelling of the code goes to its one address, keeping what it asked.
    let lower = page(
        &f,
        &format!("/c/{}?site=2&lang=en&x=%0d", code.to_lowercase()),
        &[],
    )
    .await;
    assert_eq!(lower.status, 301);
    assert_eq!(
        lower.headers["location"],
        format!("/c/{code}?site=2&lang=en")
    );

    for path in [
        "/c/TOS-999",
        "/c/%3Cscript%3E",
        &format!("/c/{}", "X".repeat(300)),
    ] {
        let missing = page(&f, path, &[]).await;
        assert_eq!(missing.status, 404, "{path}");
        assert_eq!(missing.headers["content-type"], "text/html; charset=utf-8");
        assert!(text(&missing.body).contains("Non troviamo questo centro"));
        assert!(!missing.body.contains("<script>alert") && !missing.body.contains("XXXXXXXXXX"));
    }
    // The poster's other addresses are still the apps'.
    let poster = page(&f, &format!("/c/{code}/poster"), &[]).await;
    assert_eq!(poster.body, "<!doctype html><title>Ponte</title>");
}

/// What an import put in a centre's name or address is shown, never run.
#[test]
fn the_centre_s_words_are_escaped() {
    let f = fixture(true);
    let pages = f.app.pages.clone().unwrap();
    let reference = f.app.store.reference();
    let mut centre = reference.centres(&Default::default())[0].clone();
    drop(reference);
    centre.name = "<script>alert(1)</script> & \"Co\"".into();
    centre.site.address = "Via <b>Roma</b> 1".into();
    let html = render(
        &pages.shell,
        &pages.messages,
        Lang::It,
        false,
        &centre,
        Asked::default(),
    )
    .unwrap();
    assert!(!html.contains("<script>alert(1)"));
    assert!(html.contains("&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;Co&#34;"));
    assert!(!html.contains("<b>Roma</b>"));
}

/// What stays on the phone, and the one cookie, said in plain words and linked from
/// every page's footer.
#[tokio::test]
async fn the_phone_s_storage_and_the_cookie_are_explained() {
    let f = fixture(true);
    let centre = page(&f, "/c/TOS-001", &[]).await;
    assert!(
        centre
            .body
            .contains("<a href=\"/privacy\">Privacy e cookie</a>")
    );
    for lang in Lang::ALL {
        let p = page(&f, &format!("/privacy?lang={}", lang.code()), &[]).await;
        assert_eq!(p.status, 200);
        let shown = text(&p.body);
        assert!(shown.contains("ponte_lang"), "{shown}");
        no_message_shown_as_its_id(&f, lang, &shown);
    }
    // The accessibility statement, on AgID's model, with where to report a barrier:
    // each programme's administration.
    let a11y = page(&f, "/accessibility", &[]).await;
    assert_eq!(a11y.status, 200);
    assert!(
        centre
            .body
            .contains("<a href=\"/accessibility\">Accessibilità</a>")
    );
    let shown = text(&a11y.body);
    for part in [
        "Dichiarazione di accessibilità",
        "Stato di conformità",
        "parzialmente conforme",
        "difensore civico per il digitale",
    ] {
        assert!(shown.contains(part), "{part}: {shown}");
    }
    let reference = f.app.store.reference();
    for p in reference.programmes() {
        assert!(
            a11y.body
                .contains(&format!("href=\"mailto:{}\"", p.privacy.controller_contact)),
            "{}",
            p.privacy.controller
        );
    }
    drop(reference);
    for lang in Lang::ALL {
        let p = page(&f, &format!("/accessibility?lang={}", lang.code()), &[]).await;
        let shown = text(&p.body);
        no_message_shown_as_its_id(&f, lang, &shown);
    }
    let en = page(&f, "/privacy", &[("cookie", "ponte_lang=en")]).await;
    assert!(text(&en.body).contains("One technical cookie"));
    assert_eq!(
        en.headers["content-security-policy"],
        centre.headers["content-security-policy"]
    );
}
