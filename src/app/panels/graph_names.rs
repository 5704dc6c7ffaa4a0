//! Where the link graph's node names go: beside their own node, inside the
//! panel, clear of each other and of the other nodes. Each name tries its
//! own side first (above a node in the upper part, below the others), then
//! the other side, then beside the node, then shifted sideways; a name that
//! fits nowhere tries its shortened form the same way, and one that still
//! does not fit takes its first place shortened (the node's hover gives the
//! whole name).

use egui::{Pos2, Rect, Vec2};

/// Room kept between a name and anything else.
const GAP: f32 = 2.0;
/// Room between a node's circle and its name.
const SPACE: f32 = 5.0;

/// One node as the names see it.
#[derive(Clone, Copy, Debug)]
pub struct Node {
    pub centre: Pos2,
    pub radius: f32,
    /// True when the name goes above the node first.
    pub up: bool,
}

/// One name as placed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placed {
    /// The name's box.
    pub rect: Rect,
    /// True when the shortened name is drawn.
    pub short: bool,
}

/// A name cut to at most `max` characters, with "…" when cut.
pub fn shorten(name: &str, max: usize) -> String {
    if name.chars().count() <= max {
        return name.to_owned();
    }
    let cut: String = name.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

/// Places the names of `nodes`, whose boxes measure `sizes` (whole,
/// shortened), in order: the first nodes get the best places.
pub fn place(bounds: Rect, nodes: &[Node], sizes: &[(Vec2, Vec2)]) -> Vec<Placed> {
    let mut taken: Vec<Rect> = Vec::with_capacity(nodes.len());
    let mut out = Vec::with_capacity(nodes.len());
    for (node, &(whole, short)) in nodes.iter().zip(sizes) {
        // Clear of every node, its own too: a box moved inside the panel
        // may have been pushed onto it.
        let clear = |r: Rect, taken: &[Rect]| {
            let r = r.expand(GAP);
            taken.iter().all(|t| !t.intersects(r))
                && nodes.iter().all(|n| r.distance_to_pos(n.centre) > n.radius)
        };
        let found = [(whole, false), (short, true)]
            .into_iter()
            .find_map(|(size, is_short)| {
                candidates(node, size, bounds)
                    .find(|&r| clear(r, &taken))
                    .map(|rect| Placed {
                        rect,
                        short: is_short,
                    })
            });
        let placed = found.unwrap_or_else(|| Placed {
            rect: candidates(node, short, bounds)
                .next()
                .unwrap_or(Rect::from_center_size(node.centre, short)),
            short: true,
        });
        taken.push(placed.rect);
        out.push(placed);
    }
    out
}

/// Boxes of `size` around a node, best first, each moved inside `bounds`.
fn candidates(node: &Node, size: Vec2, bounds: Rect) -> impl Iterator<Item = Rect> {
    let Node { centre, radius, up } = *node;
    let off = radius + SPACE;
    let above = centre - Vec2::new(0.0, off + size.y / 2.0);
    let below = centre + Vec2::new(0.0, off + size.y / 2.0);
    let (first, second) = if up { (above, below) } else { (below, above) };
    let side = off + size.x / 2.0;
    // Beside the node, on the side away from the panel's middle first.
    let outward = if centre.x >= bounds.center().x {
        1.0
    } else {
        -1.0
    };
    let right = centre + Vec2::new(side * outward, 0.0);
    let left = centre - Vec2::new(side * outward, 0.0);
    let shift = size.x / 2.0 + GAP;
    let shifted = [
        first + Vec2::new(shift * outward, 0.0),
        first - Vec2::new(shift * outward, 0.0),
        second + Vec2::new(shift * outward, 0.0),
        second - Vec2::new(shift * outward, 0.0),
    ];
    [first, second, right, left]
        .into_iter()
        .chain(shifted)
        .map(move |c| inside(Rect::from_center_size(c, size), bounds))
}

/// `r` moved (not resized) to lie inside `bounds` where it can.
fn inside(r: Rect, bounds: Rect) -> Rect {
    r.translate(Vec2::new(
        into(r.min.x, r.max.x, bounds.min.x, bounds.max.x),
        into(r.min.y, r.max.y, bounds.min.y, bounds.max.y),
    ))
}

/// How far to move the interval `lo..hi` to lie within `min..max`
/// (its start wins when it is the longer).
fn into(lo: f32, hi: f32, min: f32, max: f32) -> f32 {
    if lo < min {
        min - lo
    } else if hi > max {
        (max - hi).max(min - lo)
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::panels::graph::ring;

    fn star(bounds: Rect, n: usize) -> Vec<Node> {
        let c = bounds.center();
        let mut nodes = vec![Node {
            centre: c,
            radius: 20.0,
            up: false,
        }];
        nodes.extend(ring(bounds, n).into_iter().map(|p| Node {
            centre: p,
            radius: 13.0,
            up: (p - c).normalized().y < -0.3,
        }));
        nodes
    }

    #[test]
    fn names_stay_clear_of_each_other_and_of_other_nodes() {
        // A small panel, where the ring's top neighbours stand close together.
        for (w, h) in [(380.0, 260.0), (300.0, 220.0), (600.0, 400.0)] {
            let bounds = Rect::from_min_size(Pos2::ZERO, Vec2::new(w, h));
            for n in [2, 5, 9, 12] {
                let nodes = star(bounds, n);
                let sizes = vec![(Vec2::new(110.0, 16.0), Vec2::new(70.0, 16.0)); nodes.len()];
                let placed = place(bounds, &nodes, &sizes);
                assert_eq!(placed.len(), nodes.len());
                for (i, a) in placed.iter().enumerate() {
                    assert!(
                        bounds.expand(0.5).contains_rect(a.rect),
                        "{w}x{h} {n}: {a:?} leaves the panel"
                    );
                    for b in &placed[i + 1..] {
                        if !a.short && !b.short {
                            assert!(!a.rect.intersects(b.rect), "{w}x{h} {n}: {a:?} {b:?}");
                        }
                    }
                }
                // Only a name that found no clear place may overlap, and
                // only when the panel is too small for them all.
                let overlaps = placed
                    .iter()
                    .enumerate()
                    .flat_map(|(i, a)| placed[i + 1..].iter().map(move |b| (a, b)))
                    .filter(|(a, b)| a.rect.intersects(b.rect))
                    .count();
                if w >= 380.0 && n <= 9 {
                    assert_eq!(overlaps, 0, "{w}x{h} {n}: {placed:?}");
                }
                if w >= 380.0 && n <= 5 {
                    assert!(placed.iter().all(|p| !p.short), "{w}x{h} {n}: {placed:?}");
                }
            }
        }
    }

    #[test]
    fn two_close_nodes_put_their_names_apart() {
        let bounds = Rect::from_min_size(Pos2::ZERO, Vec2::new(400.0, 300.0));
        let nodes = [
            Node {
                centre: Pos2::new(180.0, 60.0),
                radius: 13.0,
                up: true,
            },
            Node {
                centre: Pos2::new(240.0, 60.0),
                radius: 13.0,
                up: true,
            },
        ];
        let sizes = [(Vec2::new(90.0, 16.0), Vec2::new(60.0, 16.0)); 2];
        let placed = place(bounds, &nodes, &sizes);
        assert!(!placed[0].rect.intersects(placed[1].rect), "{placed:?}");
        assert!(placed.iter().all(|p| !p.short));
        // The first keeps its own place, straight above its node.
        assert_eq!(placed[0].rect.center().x, 180.0);
        assert!(placed[0].rect.max.y <= 60.0 - 13.0);
    }

    #[test]
    fn shorten_cuts_on_characters() {
        assert_eq!(shorten("Wells Fargo", 14), "Wells Fargo");
        assert_eq!(shorten("Mirelle Analytics Holdings", 14), "Mirelle Analy…");
        assert_eq!(shorten("Société Générale Bank", 9), "Société…");
        assert_eq!(shorten("日本電信電話株式会社", 5), "日本電信…");
    }
}
