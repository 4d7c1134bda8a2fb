//! Reading a pass's QR with the tablet's camera: the browser's `BarcodeDetector` where
//! it has one (Android, ChromeOS, macOS), otherwise camera frames decoded here in wasm
//! with `rqrr`. The camera is released as soon as a code is read or the scanner closes.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    CanvasRenderingContext2d, HtmlCanvasElement, HtmlVideoElement, MediaStream,
    MediaStreamConstraints, MediaStreamTrack,
};
use yew::prelude::*;

use crate::i18n::use_i18n;

/// Frames are read this often, and scaled to at most this width (enough for a pass QR
/// held at arm's length; more only costs time on a cheap tablet).
const EVERY_MS: i32 = 250;
const MAX_WIDTH: u32 = 640;

#[derive(Properties, PartialEq)]
pub struct ScannerProps {
    pub on_code: Callback<String>,
}

#[component(Scanner)]
pub fn scanner(props: &ScannerProps) -> Html {
    let i18n = use_i18n();
    let video = use_node_ref();
    let canvas = use_node_ref();
    let failed = use_state(|| false);
    {
        let (video, canvas, failed, on_code) = (
            video.clone(),
            canvas.clone(),
            failed.clone(),
            props.on_code.clone(),
        );
        use_effect_with((), move |_| {
            let stopped = Rc::new(Cell::new(false));
            let stream: Rc<RefCell<Option<MediaStream>>> = Rc::default();
            {
                let (stopped, stream) = (stopped.clone(), stream.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    match run(&video, &canvas, &stopped, &stream).await {
                        Ok(Some(code)) => on_code.emit(code),
                        Ok(None) => {}
                        Err(_) => failed.set(true),
                    }
                    release(&stream);
                });
            }
            move || {
                stopped.set(true);
                release(&stream);
            }
        });
    }
    html! {
        <div class="scanner">
            if *failed {
                <p class="notice notice-error" role="alert">{ i18n.t("camera-failed") }</p>
            } else {
                <p class="hint" role="status">{ i18n.t("scan-hint") }</p>
            }
            <video ref={video} id="scanner-video" muted=true playsinline=true aria-hidden="true" />
            <canvas ref={canvas} hidden=true />
        </div>
    }
}

fn release(stream: &RefCell<Option<MediaStream>>) {
    if let Some(s) = stream.borrow_mut().take() {
        for track in s.get_tracks().iter() {
            if let Ok(t) = track.dyn_into::<MediaStreamTrack>() {
                t.stop();
            }
        }
    }
}

/// Opens the camera and reads frames until a QR is read (its text) or the scanner is
/// closed (`None`).
async fn run(
    video: &NodeRef,
    canvas: &NodeRef,
    stopped: &Cell<bool>,
    stream_slot: &RefCell<Option<MediaStream>>,
) -> Result<Option<String>, JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let devices = window.navigator().media_devices()?;
    let constraints = MediaStreamConstraints::new();
    let video_wanted = js_sys::Object::new();
    js_sys::Reflect::set(&video_wanted, &"facingMode".into(), &"environment".into())?;
    constraints.set_video(&video_wanted);
    let stream: MediaStream =
        JsFuture::from(devices.get_user_media_with_constraints(&constraints)?)
            .await?
            .dyn_into()?;
    if stopped.get() {
        *stream_slot.borrow_mut() = Some(stream);
        return Ok(None);
    }
    let video: HtmlVideoElement = video.cast().ok_or("no video element")?;
    video.set_src_object(Some(&stream));
    *stream_slot.borrow_mut() = Some(stream);
    let _ = JsFuture::from(video.play()?).await;
    let detector = barcode_detector(&window);
    while !stopped.get() {
        sleep(EVERY_MS).await;
        if video.video_width() == 0 {
            continue;
        }
        let read = match &detector {
            Some(d) => detect_native(d, &video).await,
            None => detect_in_wasm(canvas, &video),
        };
        if let Some(code) = read {
            return Ok(Some(code));
        }
    }
    Ok(None)
}

/// The browser's own QR reader, if it has one.
fn barcode_detector(window: &web_sys::Window) -> Option<JsValue> {
    let ctor = js_sys::Reflect::get(window, &"BarcodeDetector".into()).ok()?;
    let ctor: js_sys::Function = ctor.dyn_into().ok()?;
    let options = js_sys::Object::new();
    let formats = js_sys::Array::of1(&"qr_code".into());
    js_sys::Reflect::set(&options, &"formats".into(), &formats).ok()?;
    js_sys::Reflect::construct(&ctor, &js_sys::Array::of1(&options)).ok()
}

async fn detect_native(detector: &JsValue, video: &HtmlVideoElement) -> Option<String> {
    let detect: js_sys::Function = js_sys::Reflect::get(detector, &"detect".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: js_sys::Promise = detect.call1(detector, video).ok()?.dyn_into().ok()?;
    let found: js_sys::Array = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
    let first = found.get(0);
    js_sys::Reflect::get(&first, &"rawValue".into())
        .ok()?
        .as_string()
}

fn detect_in_wasm(canvas: &NodeRef, video: &HtmlVideoElement) -> Option<String> {
    let canvas: HtmlCanvasElement = canvas.cast()?;
    let (vw, vh) = (video.video_width(), video.video_height());
    let scale = f64::from(MAX_WIDTH.min(vw)) / f64::from(vw);
    let (w, h) = (
        (f64::from(vw) * scale) as u32,
        (f64::from(vh) * scale) as u32,
    );
    canvas.set_width(w);
    canvas.set_height(h);
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    ctx.draw_image_with_html_video_element_and_dw_and_dh(
        video,
        0.0,
        0.0,
        f64::from(w),
        f64::from(h),
    )
    .ok()?;
    let rgba = ctx
        .get_image_data(0.0, 0.0, f64::from(w), f64::from(h))
        .ok()?
        .data();
    let (w, h) = (w as usize, h as usize);
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| {
        let i = (y * w + x) * 4;
        // Rec. 601 luma, in integers.
        ((u32::from(rgba[i]) * 299 + u32::from(rgba[i + 1]) * 587 + u32::from(rgba[i + 2]) * 114)
            / 1000) as u8
    });
    image
        .detect_grids()
        .into_iter()
        .find_map(|grid| grid.decode().ok().map(|(_, text)| text))
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}
