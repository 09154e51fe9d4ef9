//! A ResizeObserver on one element, for the hooks that measure the carousel.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, ResizeObserver};

use crate::alive::guard;

/// Observes one element until dropped.
pub struct SizeWatch {
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
pub fn watch_size(element: &Element, on_resize: impl FnMut() + 'static) -> Option<SizeWatch> {
    let callback = Closure::<dyn FnMut()>::new(guard(on_resize));
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(element);
    Some(SizeWatch {
        observer,
        _callback: callback,
    })
}

/// Whether the page is being printed (or print media is emulated). Printing
/// lays the widget out at the paper's width without its clamps: the screen
/// state must not follow those sizes.
pub fn printing() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("print").ok().flatten())
        .is_some_and(|list| list.matches())
}
