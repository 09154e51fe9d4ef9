//! The quote carousel (WAI-ARIA APG carousel pattern): the current slide
//! between its inert neighbours, previous/next buttons, arrow keys, swipe,
//! sharing, and autoplay with a pause/play button.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlElement, KeyboardEvent, ResizeObserver};
use yew::prelude::*;

use super::focus::{focused, focused_within};
use crate::hooks::{use_autoplay, use_reduced_motion, use_swipe};
use crate::i18n::{slide_label, text, Lang, Text};
use crate::source::SharedRecap;
use crate::view::carousel::{step, Autoplay};
use crate::view::state::Action;
use crate::view::url::UrlView;

#[derive(Properties, PartialEq)]
pub struct CarouselProps {
    pub lang: Lang,
    pub loaded: SharedRecap,
    /// The quotes the filters leave (indexes into the recap's quotes).
    pub quotes: Rc<Vec<usize>>,
    pub position: usize,
    pub autoplay: Option<u32>,
    /// This widget's URL-key prefix, for share links.
    pub prefix: AttrValue,
    /// The page URL as the widget would write it, without the quote key.
    pub link_view: UrlView,
    /// Grows each time focus should move into the carousel.
    pub focus_request: u32,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn Carousel(props: &CarouselProps) -> Html {
    let lang = props.lang;
    let recap = &props.loaded.recap;
    let count = props.quotes.len();
    let position = props.position.min(count.saturating_sub(1));
    let reduced_motion = use_reduced_motion();
    let autoplay = use_state(Autoplay::default);
    let autoplay_now = Autoplay {
        interval: props.autoplay,
        reduced_motion,
        ..*autoplay
    };
    let share_status = use_state(String::new);
    let current_slide = use_node_ref();
    let current_text = use_node_ref();
    let track = use_node_ref();
    let section = use_node_ref();
    let slot = use_node_ref();
    // Long quotes are clamped to a few lines (see the stylesheet): the id of the
    // current quote if its text overflows the clamp, and of the quote the
    // visitor opened in full. Both follow the quote, so a move resets them.
    let overflowing = use_state_eq(|| None::<String>);
    let expanded = use_state_eq(|| None::<String>);
    let current_id = props
        .quotes
        .get(position)
        .and_then(|&q| recap.quotes.get(q))
        .map(|q| q.id.clone());
    let is_expanded = current_id.is_some() && *expanded == current_id;
    let is_overflowing = current_id.is_some() && *overflowing == current_id;
    // Read by the track's observer below, which outlives this render.
    let expanded_now = use_mut_ref(|| false);
    *expanded_now.borrow_mut() = is_expanded;
    // How often the visitor moved the carousel. The slides are keyed by it:
    // a move creates new slides, which animate in (not on load); anything
    // else (the filters, "show quote", back/forward) updates them in place,
    // which is cheaper and keeps a focused slide focused.
    let moves = use_state(|| 0u32);
    // Focus that was on a slide follows a move to the new one.
    let refocus = use_mut_ref(|| false);

    let go = {
        let quotes = props.quotes.clone();
        let loaded = props.loaded.clone();
        let on_action = props.on_action.clone();
        let share_status = share_status.clone();
        let moves = moves.clone();
        let refocus = refocus.clone();
        let track = track.clone();
        Callback::from(move |forward: bool| {
            if quotes.len() > 1 {
                moves.set(moves.wrapping_add(1));
                *refocus.borrow_mut() = focus_inside(&track);
                let next = step(position, quotes.len(), forward);
                share_status.set(String::new());
                on_action.emit(Action::MoveTo(loaded.recap.quotes[quotes[next]].id.clone()));
            }
        })
    };
    use_autoplay(
        autoplay_now.running() && count > 1,
        props.autoplay,
        (position, props.quotes.clone()),
        go.reform(|()| true),
    );
    let swipe = use_swipe(track.clone(), if count > 1 { -100 } else { 0 }, go.clone());

    {
        let current_slide = current_slide.clone();
        let refocus = refocus.clone();
        use_effect_with((props.quotes.clone(), position), move |_| {
            if std::mem::take(&mut *refocus.borrow_mut()) {
                if let Some(slide) = current_slide.cast::<HtmlElement>() {
                    let _ = slide.focus();
                }
            }
        });
    }
    // "Show quote" on a card moves focus to the current slide.
    {
        let current_slide = current_slide.clone();
        use_effect_with(props.focus_request, move |request| {
            if *request > 0 {
                if let Some(slide) = current_slide.cast::<HtmlElement>() {
                    let _ = slide.focus();
                    slide.scroll_into_view();
                }
            }
        });
    }
    // The height reservation (see `reserve_height`), kept by a ResizeObserver
    // on the carousel: it reports after layout, so reading the height there
    // costs no extra layout, and it covers every move (buttons, keys, swipe,
    // autoplay, "show quote", back/forward). A new set of quotes (the filters
    // changed) starts a new reservation, so the tallest quote of the old set
    // leaves no empty space behind; observing anew measures the new set at once.
    // A quote opened in full is not reserved: closing it or moving on gives
    // back the height of the clamped quotes.
    {
        let section = section.clone();
        let track = track.clone();
        let slot = slot.clone();
        let expanded_now = expanded_now.clone();
        use_effect_with(props.quotes.clone(), move |_| {
            let watch = section
                .cast::<HtmlElement>()
                .zip(track.cast::<Element>())
                .zip(slot.cast::<HtmlElement>())
                .and_then(|((section, track), slot)| {
                    let _ = slot.style().remove_property("min-height");
                    let mut tallest = 0;
                    let watched = section.clone();
                    watch_size(&watched, move || {
                        if !*expanded_now.borrow() {
                            reserve_height(&section, &track, &slot, &mut tallest);
                        }
                    })
                });
            move || drop(watch)
        });
    }
    // Whether the current quote overflows its clamp, measured by a
    // ResizeObserver (after layout, so no forced layout) when the quote comes
    // up and whenever its box changes size (a rotated phone). A quote that
    // fits again (a wider screen) loses its clamp and button, unless it is
    // open in full or the button has the focus: the button never vanishes
    // under the focus. Another quote coming up closes the one opened in full.
    {
        let current_text = current_text.clone();
        let overflowing = overflowing.clone();
        let expanded = expanded.clone();
        let expanded_now = expanded_now.clone();
        use_effect_with(current_id.clone(), move |id| {
            expanded.set(None);
            let id = id.clone();
            let watch = current_text.cast::<HtmlElement>().and_then(|el| {
                let text = el.clone();
                watch_size(&el, move || {
                    // Printing lays the quote out without its clamp: the
                    // screen's state stays as it was, so the print rules meet it.
                    if printing() {
                        return;
                    }
                    if text.scroll_height() > text.client_height() + 1 {
                        overflowing.set(id.clone());
                    } else if !*expanded_now.borrow() && !read_more_focused(&text) {
                        overflowing.set(None);
                    }
                })
            });
            move || drop(watch)
        });
    }
    let heading = html! { <h3 id="quotes-heading">{ text(lang, Text::Quotes) }</h3> };
    if count == 0 {
        return html! {
            <section class="carousel" aria-roledescription="carousel" aria-labelledby="quotes-heading">
                { heading }
                <p class="no-quotes">{ text(lang, Text::NoQuotes) }</p>
            </section>
        };
    }

    let onkeydown = {
        let go = go.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "ArrowLeft" => {
                e.prevent_default();
                go.emit(false);
            }
            "ArrowRight" => {
                e.prevent_default();
                go.emit(true);
            }
            _ => {}
        })
    };
    let hover = |hovered: bool| {
        let autoplay = autoplay.clone();
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() == "mouse" {
                autoplay.set(Autoplay {
                    hovered,
                    ..*autoplay
                });
            }
        })
    };
    // Keyboard focus entering stops rotation until play is pressed.
    let onfocusin = {
        let autoplay = autoplay.clone();
        Callback::from(move |e: FocusEvent| {
            let keyboard = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .is_some_and(|t| t.matches(":focus-visible").unwrap_or(false));
            if keyboard && !autoplay.stopped {
                autoplay.set(Autoplay {
                    stopped: true,
                    ..*autoplay
                });
            }
        })
    };
    let toggle_play = {
        let autoplay = autoplay.clone();
        Callback::from(move |_: MouseEvent| {
            autoplay.set(Autoplay {
                stopped: !autoplay.stopped,
                ..*autoplay
            })
        })
    };

    // Opening a quote in full also stops the rotation, as pause would.
    let toggle_text = {
        let expanded = expanded.clone();
        let autoplay = autoplay.clone();
        let current_id = current_id.clone();
        Callback::from(move |_: MouseEvent| {
            if is_expanded {
                expanded.set(None);
            } else {
                expanded.set(current_id.clone());
                autoplay.set(Autoplay {
                    stopped: true,
                    ..*autoplay
                });
            }
        })
    };

    let slide = |at: usize, role: &'static str| -> Html {
        let quote = &recap.quotes[props.quotes[at]];
        let speaker = quote.speaker.and_then(|s| recap.speakers.get(s));
        let current = role == "current";
        let content = recap.language.clone();
        // The link is made on the click, not on every render: it reads the
        // page's location, and only a click needs it.
        let share = {
            let prefix = props.prefix.clone();
            let view = UrlView {
                quote: Some(quote.id.clone()),
                ..props.link_view.clone()
            };
            let share_status = share_status.clone();
            Callback::from(move |_: MouseEvent| {
                if let Some(link) = crate::hooks::link_to(&prefix, &view) {
                    share(link, lang, share_status.clone());
                }
            })
        };
        let attribution = speaker.map(|s| {
            let details: Vec<&str> = [s.role.as_deref(), s.organization.as_deref()]
                .into_iter()
                .flatten()
                .collect();
            (s.display_name(), details.join(", "))
        });
        html! {
            <div
                key={format!("{role}-{}", *moves)}
                class={classes!("slide", role, (current && *moves > 0).then_some("entered"))}
                role="group"
                aria-roledescription="slide"
                aria-label={slide_label(lang, at + 1, count)}
                inert={!current}
                tabindex={current.then_some("-1")}
                ref={if current { current_slide.clone() } else { NodeRef::default() }}
            >
                <figure lang={content}>
                    <blockquote>
                        <div
                            id={current.then_some("current-quote-text")}
                            class={classes!("quote-text", (current && is_overflowing).then_some("clamped"), (current && is_expanded).then_some("expanded"))}
                            ref={if current { current_text.clone() } else { NodeRef::default() }}
                        >
                            { for quote.paragraphs().map(|p| html! { <p>{ p }</p> }) }
                        </div>
                    </blockquote>
                    // Always there with the current quote, hidden while not
                    // needed. It sits on the clamped quote's faded last lines
                    // (see the stylesheet): showing it changes no size, so the
                    // page does not jump and the observers see no new layout.
                    if current {
                        <button
                            type="button"
                            class={classes!("button", "link", "read-more", (!is_overflowing).then_some("unneeded"))}
                            lang={lang.tag()}
                            aria-expanded={is_expanded.to_string()}
                            aria-controls="current-quote-text"
                            // Inside the live track: its label is not news to announce.
                            aria-live="off"
                            onclick={toggle_text.clone()}
                        >
                            { text(lang, if is_expanded { Text::ReadLess } else { Text::ReadMore }) }
                        </button>
                    }
                    if let Some((name, details)) = attribution {
                        <figcaption>
                            <span class="quote-name">{ name }</span>
                            if !details.is_empty() {
                                <span class="quote-role">{ details }</span>
                            }
                        </figcaption>
                    }
                </figure>
                <button type="button" class="button link share" onclick={share}>{ text(lang, Text::ShareQuote) }</button>
            </div>
        }
    };
    let mut slides = Vec::with_capacity(3);
    if count > 1 {
        slides.push(slide(step(position, count, false), "previous"));
    }
    slides.push(slide(position, "current"));
    if count > 1 {
        slides.push(slide(step(position, count, true), "next"));
    }

    // The slot holds the height reserved for the tallest quote so far, outside
    // the carousel's border: the box fits its quote, the page below stays put.
    // The buttons sit in the head, so they never move under the pointer.
    html! {
        <div class="carousel-slot" ref={slot}>
        <section
            class={classes!("carousel", reduced_motion.then_some("still"))}
            aria-roledescription="carousel"
            aria-labelledby="quotes-heading"
            ref={section}
            {onkeydown}
            onpointerenter={hover(true)}
            onpointerleave={hover(false)}
            {onfocusin}
        >
            <div class="carousel-head">
                { heading }
                if autoplay_now.available() && count > 1 {
                    <button type="button" class="button secondary play" onclick={toggle_play}>
                        { text(lang, if autoplay_now.stopped { Text::Play } else { Text::Pause }) }
                    </button>
                }
                <div class="controls">
                    <button type="button" class="button round" aria-label={text(lang, Text::PreviousQuote)} disabled={count < 2} onclick={go.reform(|_: MouseEvent| false)}>
                        <span aria-hidden="true">{ "‹" }</span>
                    </button>
                    <span class="position" aria-hidden="true">{ format!("{} / {count}", position + 1) }</span>
                    <button type="button" class="button round" aria-label={text(lang, Text::NextQuote)} disabled={count < 2} onclick={go.reform(|_: MouseEvent| true)}>
                        <span aria-hidden="true">{ "›" }</span>
                    </button>
                </div>
            </div>
            <div
                class="viewport"
                onpointerdown={swipe.down}
                onpointermove={swipe.moved}
                onpointerup={swipe.up}
                onpointercancel={swipe.cancel}
            >
                <div
                    class={classes!("track", (count > 1).then_some("has-previous"))}
                    ref={track}
                    aria-live={if autoplay_now.running() { "off" } else { "polite" }}
                >
                    { for slides }
                </div>
            </div>
            <p class={classes!("share-status", share_status.is_empty().then_some("visually-hidden"))} role="status">
                { (*share_status).clone() }
            </p>
        </section>
        </div>
    }
}

/// Shares a quote link: the Web Share API where the browser has it, else the
/// clipboard, and says what happened in the carousel's status.
fn share(link: String, lang: Lang, status: UseStateHandle<String>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    let has_share = js_sys::Reflect::has(&navigator, &"share".into()).unwrap_or(false);
    status.set(String::new()); // the same message again must be announced again
    wasm_bindgen_futures::spawn_local(async move {
        if has_share {
            let data = web_sys::ShareData::new();
            data.set_url(&link);
            match JsFuture::from(navigator.share_with_data(&data)).await {
                Ok(_) => return status.set(text(lang, Text::LinkShared).to_owned()),
                Err(error) if error_name(&error) == "AbortError" => return, // the visitor closed the share sheet
                Err(_) => {} // not allowed here: copy instead
            }
        }
        let message = match JsFuture::from(navigator.clipboard().write_text(&link)).await {
            Ok(_) => Text::LinkCopied,
            Err(_) => Text::CopyFailed,
        };
        status.set(text(lang, message).to_owned());
    });
}

/// The `name` of a DOMException ("AbortError", "NotAllowedError", …).
fn error_name(error: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(error, &"name".into())
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default()
}

/// A ResizeObserver on one element, disconnected when dropped.
struct SizeWatch {
    observer: ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl Drop for SizeWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Calls `on_resize` after layout once `element` is laid out and whenever its
/// box changes size; reading sizes there forces no extra layout.
fn watch_size(element: &Element, on_resize: impl FnMut() + 'static) -> Option<SizeWatch> {
    let callback = Closure::<dyn FnMut()>::new(on_resize);
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(element);
    Some(SizeWatch {
        observer,
        _callback: callback,
    })
}

/// Keeps the carousel's slot at least as tall as the carousel has been, or
/// would be with one of the neighbouring quotes, so quotes of different
/// length do not make the page below jump. The carousel's box fits the
/// current quote: the neighbours are laid out but take no height in the track
/// (see the stylesheet), so their height is their content's.
fn reserve_height(section: &HtmlElement, track: &Element, slot: &HtmlElement, tallest: &mut i32) {
    let slide_height = |selector: &str| {
        track
            .query_selector(selector)
            .ok()
            .flatten()
            .map_or(0, |slide| slide.scroll_height())
    };
    let current = slide_height(".slide.current");
    let neighbours = slide_height(".slide.previous").max(slide_height(".slide.next"));
    let height = section.offset_height() + (neighbours - current).max(0);
    if height > *tallest {
        *tallest = height;
        let _ = slot
            .style()
            .set_property("min-height", &format!("{height}px"));
    }
}

/// Whether the page is being printed (or print media is emulated).
fn printing() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("print").ok().flatten())
        .is_some_and(|list| list.matches())
}

/// Whether keyboard focus is on a slide or inside one.
fn focus_inside(track: &NodeRef) -> bool {
    track
        .cast::<web_sys::Node>()
        .is_some_and(|track| focused_within(&track).is_some())
}

/// Whether the focus is on the "read more" button of the quote text `text`
/// (the button follows the text's blockquote).
fn read_more_focused(text: &Element) -> bool {
    let button = text
        .parent_element()
        .and_then(|quote| quote.next_element_sibling());
    button
        .zip(focused(text))
        .is_some_and(|(button, active)| button.is_same_node(Some(&active)))
}
