//! Pages the server renders itself, rather than an app bundle.
//!
//! The centre's page (`/c/{code}`) is what every poster scan opens, often on an old
//! phone with one bar of signal. Rendered here, it arrives whole in one response (its
//! stylesheet inlined) and is read before any wasm: the first load is this page alone.
//! The apps load when the person goes on (sign-up, check-in, a survey), and on a phone
//! that has used them, in the background, for what only the phone knows.

pub mod centre;
mod messages;
pub mod statements;

use ponte_domain::lang::{self, Lang};
use ponte_domain::storage;

use crate::http::assets::Assets;
pub use messages::{Messages, MessagesError};

/// What every rendered page carries besides its content, taken from the built apps at
/// start.
pub struct Shell {
    /// The visitor app's built stylesheet, inlined: one request less before the first
    /// paint on a slow network.
    pub css: String,
    /// Runs before the body is painted: marks a phone that holds a pass (so the
    /// check-in, not the sign-up, is the first button, without a jump), keeps the
    /// device's language in step with the page's, and says whether the citizen app is
    /// wanted.
    pub head_script: String,
    /// The service worker's registration, as in the apps' pages.
    pub worker_script: String,
    /// Loads the citizen app (already kept by the service worker) on a phone that has
    /// used it.
    pub citizen_loader: String,
    /// The page's Content-Security-Policy, naming these three scripts and no other: made
    /// once, from the scripts themselves, never from a rendered page.
    pub csp: String,
}

impl Shell {
    /// `None` when the built apps lack the stylesheet or the citizen app: the page is
    /// then not served (the API still is).
    pub fn from_assets(assets: &Assets) -> Option<Shell> {
        let css = assets.find(|path| {
            path.starts_with("/app-") && path.ends_with(".css") && !path[1..].contains('/')
        })?;
        let js = assets.find_path(|path| {
            path.starts_with("/citizen/ponte-citizen-") && path.ends_with(".js")
        })?;
        let wasm = assets.find_path(|path| {
            path.starts_with("/citizen/ponte-citizen-") && path.ends_with("_bg.wasm")
        })?;
        let head_script = head_script();
        let citizen_loader = format!(
            "if(document.documentElement.dataset.device)import({js:?}).then(function(m){{return m.default({{module_or_path:{wasm:?}}})}});"
        );
        let csp = crate::http::assets::csp(
            format!(
                "<script>{head_script}</script><script>{WORKER_SCRIPT}</script><script type=\"module\">{citizen_loader}</script>"
            )
            .as_bytes(),
        );
        Some(Shell {
            css: String::from_utf8_lossy(&css).into_owned(),
            head_script,
            worker_script: WORKER_SCRIPT.to_owned(),
            citizen_loader,
            csp,
        })
    }
}

fn head_script() -> String {
    let codes: Vec<&str> = Lang::ALL.into_iter().map(Lang::code).collect();
    // - A language the server took from the address (`data-chosen`) becomes the
    //   device's. Otherwise a choice made in an app before the cookie existed is
    //   carried over with one reload, only when the cookie took and once a session,
    //   so no address can make it loop.
    // - The display chosen on this device (larger text, higher contrast) is applied
    //   before anything is painted; the footer's two buttons toggle and remember it.
    // - The citizen app is wanted only for what only the phone knows: something waits
    //   in the outbox, or today's visit here has its questions unanswered (the date in
    //   Rome, as the app counts it). A pass alone needs no app here.
    format!(
        r#"(function(){{var d=document.documentElement,s,ss,l,v,t,ok={classes:?};try{{s=localStorage;ss=sessionStorage}}catch(e){{return}}
function ap(){{var ds=[];try{{ds=(JSON.parse(s.getItem("{display_key}"))||"").split(" ")}}catch(e){{}}ok.forEach(function(c){{d.classList.toggle(c,ds.indexOf(c)>=0)}});[].forEach.call(document.querySelectorAll("[data-display]"),function(b){{b.setAttribute("aria-pressed",String(d.classList.contains(b.dataset.display)));b.parentNode.hidden=false}})}}
ap();document.addEventListener("DOMContentLoaded",ap);addEventListener("pageshow",function(e){{if(e.persisted)ap()}});
document.addEventListener("click",function(e){{var b=e.target.closest&&e.target.closest("[data-display]"),c;if(!b)return;c=b.dataset.display;if(ok.indexOf(c)<0)return;b.setAttribute("aria-pressed",String(d.classList.toggle(c)));try{{s.setItem("{display_key}",JSON.stringify(ok.filter(function(k){{return d.classList.contains(k)}}).join(" ")))}}catch(e){{}}}});
if(d.dataset.chosen)s.setItem("{lang_key}",JSON.stringify(d.lang));
else{{try{{l=JSON.parse(s.getItem("{lang_key}"))}}catch(e){{}}
if(l&&l!==d.lang&&{codes:?}.indexOf(l)>=0&&document.cookie.indexOf("{cookie}="+l)<0&&!ss.getItem("{carried}")){{document.cookie="{cookie}="+l+";path=/;max-age=31536000;samesite=lax"+(location.protocol==="https:"?";secure":"");ss.setItem("{carried}","1");if(document.cookie.indexOf("{cookie}="+l)>=0){{location.reload();return}}}}}}
var p=s.getItem("{pass}"),o=s.getItem("{outbox}");if(p)d.classList.add("has-pass");
try{{v=JSON.parse(s.getItem("{visit}"));t=new Intl.DateTimeFormat("en-CA",{{timeZone:"Europe/Rome"}}).format(new Date())}}catch(e){{}}
if((o&&o!=="[]")||(p&&v&&v.answered===false&&v.centre===location.pathname.split("/")[2]&&v.date===t))d.dataset.device="1"}})();"#,
        lang_key = storage::LANG,
        display_key = storage::DISPLAY,
        classes = storage::DISPLAY_CLASSES,
        pass = storage::PASS,
        outbox = storage::OUTBOX,
        visit = storage::VISIT,
        carried = "ponte.lang-carried",
        cookie = lang::COOKIE,
    )
}

/// The same registration as `frontend/*.html`: failing to register only loses offline
/// use. The worker keeps this page under its own address once it has it.
const WORKER_SCRIPT: &str = r#"if("serviceWorker"in navigator){navigator.serviceWorker.register("/sw.js").catch(function(){});navigator.serviceWorker.ready.then(function(r){document.documentElement.dataset.sw="ready:"+(r.active?r.active.state:"none");setTimeout(function(){r.active&&r.active.postMessage({warm:performance.getEntriesByType("resource").map(function(e){return e.name}),page:location.pathname})},1500)})}"#;

/// A language the person can switch to: a link to this page in it.
pub struct LanguageChoice {
    pub code: &'static str,
    pub name: &'static str,
    pub href: String,
    pub current: bool,
}

/// The language switch of a page at `path`, keeping the poster's `site` in each link.
pub fn language_choices(current: Lang, site: Option<u8>) -> Vec<LanguageChoice> {
    Lang::ALL
        .into_iter()
        .map(|l| LanguageChoice {
            code: l.code(),
            name: l.native_name(),
            href: match site {
                Some(s) => format!("?site={s}&lang={}", l.code()),
                None => format!("?lang={}", l.code()),
            },
            current: l == current,
        })
        .collect()
}

/// What the server needs to render its pages.
pub struct Pages {
    pub shell: Shell,
    pub messages: Messages,
}

/// What every rendered page is framed by: its language, the shell, the language switch;
/// and the one way a template says a word (`frame.t("id")`).
pub struct Frame<'a> {
    pub lang: Lang,
    /// The language came from the address: the page's script makes it the device's.
    pub chosen: bool,
    pub shell: &'a Shell,
    messages: &'a Messages,
    pub languages: Vec<LanguageChoice>,
}

impl<'a> Frame<'a> {
    /// `site`: the poster's site the language links keep, if any.
    pub fn new(
        shell: &'a Shell,
        messages: &'a Messages,
        lang: Lang,
        chosen: bool,
        site: Option<u8>,
    ) -> Frame<'a> {
        Frame {
            lang,
            chosen,
            shell,
            messages,
            languages: language_choices(lang, site),
        }
    }

    pub fn t(&self, id: &str) -> String {
        self.messages.t(self.lang, id)
    }
}

#[cfg(test)]
mod tests {
    use ponte_domain::storage::{DISPLAY, DISPLAY_CLASSES};

    /// The apps' pages apply the display choice in their first script, as the server's
    /// pages do from `DISPLAY_CLASSES`: their copies of the key and the allow-list must
    /// be the same, or a choice made on one page would be lost on the next.
    #[test]
    fn every_page_applies_the_same_display_choice() {
        let server = super::head_script();
        for class in DISPLAY_CLASSES {
            assert!(server.contains(&format!("{class:?}")), "{class}");
        }
        for (page, html) in [
            ("index.html", include_str!("../../../frontend/index.html")),
            (
                "citizen.html",
                include_str!("../../../frontend/citizen.html"),
            ),
            (
                "questions.html",
                include_str!("../../../frontend/questions.html"),
            ),
        ] {
            assert!(html.contains(&format!("{DISPLAY:?}")), "{page}: the key");
            for class in DISPLAY_CLASSES {
                assert!(
                    html.contains(&format!("c === {class:?}")),
                    "{page}: {class}"
                );
            }
            assert_eq!(
                html.matches("c === \"").count(),
                DISPLAY_CLASSES.len(),
                "{page}: no other class"
            );
        }
    }
}
