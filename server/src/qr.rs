//! QR codes for centre posters.

use qrcode::{EcLevel, QrCode};

/// The URL a centre's QR code carries: its page in the app.
pub fn centre_url(public_url: &str, code: &ponte_domain::CentreCode, site: u8) -> String {
    let base = format!("{}/c/{}", public_url.trim_end_matches('/'), code);
    match site {
        1 => base,
        n => format!("{base}?site={n}"),
    }
}

/// An SVG QR code of `url`, with the standard quiet zone. Level M survives a poster
/// that is a little creased, faded or photographed at an angle.
pub fn svg(url: &str) -> Result<String, qrcode::types::QrError> {
    let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M)?;
    Ok(code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(256, 256)
        .quiet_zone(true)
        .dark_color(qrcode::render::svg::Color("#000000"))
        .light_color(qrcode::render::svg::Color("#ffffff"))
        .build())
}
