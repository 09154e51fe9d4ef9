//! The filter bar: region and sector toggle groups with live counts, the
//! search field, reset, and the polite status line.

use std::rc::Rc;

use web_sys::{Element, HtmlInputElement, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use crate::hooks::use_quiet_status;
use crate::i18n::{option_with_count, people_status, sector_label, text, Text};
use crate::lang::Lang;
use crate::recap::{Region, Sector};
use crate::view::filter::{Matches, Selection};
use crate::view::state::Action;

#[derive(Properties, PartialEq)]
pub struct FiltersProps {
    pub lang: Lang,
    pub selection: Selection,
    pub matches: Rc<Matches>,
    pub sectors: Vec<Sector>,
    pub on_action: Callback<Action>,
    /// The search field, for the focus when the no-match view's reset goes away.
    pub search: NodeRef,
}

#[function_component]
pub fn Filters(props: &FiltersProps) -> Html {
    let lang = props.lang;
    let region_buttons = Region::ALL.iter().map(|&region| {
        let pressed = props.selection.regions.contains(&region);
        let label = option_with_count(region.name(), props.matches.region_count(region));
        let onclick = props.on_action.reform(move |_: MouseEvent| Action::ToggleRegion(region));
        html! { <button type="button" class="chip" aria-pressed={pressed.to_string()} {onclick}>{ label }</button> }
    });
    let sector_buttons = props.sectors.iter().map(|&sector| {
        let pressed = props.selection.sectors.contains(&sector);
        let label = option_with_count(sector_label(lang, sector), props.matches.sector_count(sector));
        let onclick = props.on_action.reform(move |_: MouseEvent| Action::ToggleSector(sector));
        html! { <button type="button" class="chip" aria-pressed={pressed.to_string()} {onclick}>{ label }</button> }
    });
    let oninput = props.on_action.reform(|e: InputEvent| {
        Action::Search(e.target_unchecked_into::<HtmlInputElement>().value())
    });
    let reset = props.on_action.reform(|_: MouseEvent| Action::Reset);
    // A row of toggles scrolls sideways: a toggle that gets the focus comes
    // fully into view (browsers leave a half-visible one where it is).
    let reveal = Callback::from(|e: FocusEvent| {
        if let Some(toggle) = e.target_dyn_into::<Element>() {
            let options = ScrollIntoViewOptions::new();
            options.set_block(ScrollLogicalPosition::Nearest);
            options.set_inline(ScrollLogicalPosition::Nearest);
            toggle.scroll_into_view_with_scroll_into_view_options(&options);
        }
    });
    let count = people_status(lang, props.matches.visible.len(), props.matches.total);
    let status = use_quiet_status(count.into(), &props.selection.query, props.search.clone());
    html! {
        <div class="filters">
            <fieldset class="group">
                <legend>{ text(lang, Text::Region) }</legend>
                <div class="chips" onfocusin={reveal.clone()}>{ for region_buttons }</div>
            </fieldset>
            if !props.sectors.is_empty() {
                <fieldset class="group">
                    <legend>{ text(lang, Text::Sector) }</legend>
                    <div class="chips" onfocusin={reveal}>{ for sector_buttons }</div>
                </fieldset>
            }
            <div class="search">
                <label for="recap-search">{ text(lang, Text::Search) }</label>
                <input
                    id="recap-search"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    placeholder={text(lang, Text::SearchPlaceholder)}
                    value={props.selection.query.clone()}
                    ref={props.search.clone()}
                    {oninput}
                />
            </div>
            <div class="filter-footer">
                <p class="status" role="status">{ status }</p>
                <button type="button" class="button secondary" onclick={reset}>{ text(lang, Text::ResetFilters) }</button>
            </div>
        </div>
    }
}
