use yew::prelude::*;

use crate::components::layout::Layout;
use crate::components::link::Link;
use crate::hooks::use_title;
use crate::i18n::use_i18n;
use crate::routes::Route;

#[component(NotFound)]
pub fn not_found() -> Html {
    let i18n = use_i18n();
    use_title(i18n.t("not-found-title"));
    html! {
        <Layout>
            <h1>{ i18n.t("not-found-title") }</h1>
            <p>{ i18n.t("not-found-text") }</p>
            <Link to={Route::Home} classes="button">{ i18n.t("centre-search-other") }</Link>
        </Layout>
    }
}
