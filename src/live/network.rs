//! Where phones can reach this computer: its addresses on the networks it
//! is connected to, for the facilitator to pick the one the room shares;
//! and the join link as a QR code a phone's camera opens.

use std::net::IpAddr;

use if_addrs::IfOperStatus;
use qrcode::QrCode;
use qrcode::render::svg;
use serde::Serialize;

use crate::{Error, Result};

/// One address of this computer on a network.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NetworkAddress {
    /// The network interface, as the system names it (`wlan0`, `en0`,
    /// `Wi-Fi`).
    pub interface: String,
    pub ip: IpAddr,
}

/// This computer's IPv4 addresses on its networks, loopback and
/// interfaces that are down left out, sorted by interface then address. IPv6 addresses are left out too: a
/// phone's browser bar takes `192.168.1.20:8080` far more easily than a
/// bracketed IPv6 address, and every venue network offers IPv4.
pub fn network_addresses() -> Vec<NetworkAddress> {
    // No interface list (a sandbox without /proc, say) is no address:
    // the facilitator is told there is no network to offer.
    let mut found: Vec<NetworkAddress> = if_addrs::get_if_addrs()
        .unwrap_or_default()
        .into_iter()
        .filter(|i| {
            !i.is_loopback()
                && i.ip().is_ipv4()
                && !matches!(i.oper_status, IfOperStatus::Down | IfOperStatus::NotPresent)
        })
        .map(|i| NetworkAddress {
            ip: i.ip(),
            interface: i.name,
        })
        .collect();
    found.sort_by(|a, b| (&a.interface, a.ip).cmp(&(&b.interface, b.ip)));
    found.dedup();
    found
}

/// `text` as a QR code: an SVG document, dark modules on white with the
/// quiet zone the standard asks for, scalable to any size.
pub fn qr_svg(text: &str) -> Result<String> {
    let code = QrCode::new(text.as_bytes())
        .map_err(|e| Error::InvalidInput(format!("cannot draw a QR code of {text:?}: {e}")))?;
    Ok(code
        .render::<svg::Color<'_>>()
        .min_dimensions(256, 256)
        .quiet_zone(true)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_join_link_draws_as_an_svg_and_loopback_is_never_offered() {
        let svg = qr_svg("http://192.168.1.20:8080/#code=123456").unwrap();
        assert!(svg.starts_with("<?xml") && svg.contains("<svg"), "{svg}");
        assert!(svg.contains("#000000"));
        assert!(network_addresses().iter().all(|a| !a.ip.is_loopback()));
    }
}
