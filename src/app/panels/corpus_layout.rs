//! Where the corpus graph's nodes and names go. Nodes: a spring layout
//! (linked nodes pull together, all nodes push apart, a weak pull to the
//! middle keeps loose parts in view), started from a spiral with the most
//! connected node in the middle, so the same graph always looks the same.
//! Names: below, above, right or left of their node (then at a corner), wherever they overlap
//! no other name and no node, the most connected nodes first; a name that
//! fits nowhere is left to the node's hover.

use egui::{Pos2, Rect, Vec2};

/// Room kept between a name and anything else.
const GAP: f32 = 2.0;

/// Positions for `n` nodes (most connected first) joined by `edges`
/// (pairs of node indices), inside `bounds` less `margin` on each side.
pub fn spring(n: usize, edges: &[(usize, usize)], bounds: Rect, margin: Vec2) -> Vec<Pos2> {
    let inner = bounds.shrink2(margin);
    if n == 0 {
        return Vec::new();
    }
    if n == 1 {
        return vec![inner.center()];
    }
    let (w, h) = (inner.width().max(1.0), inner.height().max(1.0));
    // Work in a square of side 1 stretched to the panel's shape at the end.
    let aspect = w / h;
    let golden = std::f32::consts::PI * (3.0 - 5f32.sqrt());
    let mut pos: Vec<Vec2> = (0..n)
        .map(|i| {
            let r = ((i as f32 + 0.5) / n as f32).sqrt() * 0.5;
            Vec2::angled(i as f32 * golden) * r * Vec2::new(aspect.sqrt(), 1.0 / aspect.sqrt())
        })
        .collect();
    let k = (aspect / n as f32).sqrt() * 0.6;
    // Fewer rounds for large graphs: each round costs n² pushes.
    let rounds = (4_000_000 / (n * n)).clamp(40, 300);
    let mut heat = 0.1;
    let cool = heat / rounds as f32;
    let mut moves = vec![Vec2::ZERO; n];
    for _ in 0..rounds {
        moves.iter_mut().for_each(|m| *m = Vec2::ZERO);
        for i in 0..n {
            for j in i + 1..n {
                let d = pos[i] - pos[j];
                let len = d.length().max(1e-3);
                let push = d / len * (k * k / len);
                moves[i] += push;
                moves[j] -= push;
            }
        }
        for &(a, b) in edges {
            if a >= n || b >= n || a == b {
                continue;
            }
            let d = pos[a] - pos[b];
            let len = d.length().max(1e-3);
            let pull = d / len * (len * len / k);
            moves[a] -= pull;
            moves[b] += pull;
        }
        for (p, m) in pos.iter_mut().zip(&moves) {
            let m = *m - *p * (k * 5.0);
            let len = m.length();
            if len > 0.0 {
                *p += m / len * len.min(heat);
            }
        }
        heat = (heat - cool).max(0.002);
    }
    fit(&pos, inner)
}

/// Pushes apart nodes (centre, radius) that overlap, keeping each inside
/// `inner`: a dense cluster of a large graph spreads until its nodes are
/// `gap` apart, or until `rounds` passes have been made.
pub fn separate(nodes: &mut [(Pos2, f32)], inner: Rect, gap: f32, rounds: usize) {
    for _ in 0..rounds {
        let mut moved = false;
        for i in 0..nodes.len() {
            for j in i + 1..nodes.len() {
                let (a, ra) = nodes[i];
                let (b, rb) = nodes[j];
                let need = ra + rb + gap;
                let d = b - a;
                let len = d.length();
                if len >= need {
                    continue;
                }
                // Coincident nodes part along a direction of their own.
                let dir = if len > 1e-3 {
                    d / len
                } else {
                    Vec2::angled(i as f32 + j as f32)
                };
                let push = dir * (need - len) / 2.0;
                nodes[i].0 = inner.clamp(a - push);
                nodes[j].0 = inner.clamp(b + push);
                moved = true;
            }
        }
        if !moved {
            break;
        }
    }
}

/// Scales `pos` to fill `inner`, keeping the middle in the middle.
fn fit(pos: &[Vec2], inner: Rect) -> Vec<Pos2> {
    let (mut lo, mut hi) = (Vec2::splat(f32::MAX), Vec2::splat(f32::MIN));
    for p in pos {
        lo = lo.min(*p);
        hi = hi.max(*p);
    }
    let span = (hi - lo).max(Vec2::splat(1e-3));
    pos.iter()
        .map(|p| {
            let t = (*p - lo) / span;
            inner.min + t * inner.size()
        })
        .collect()
}

/// The name of each node (centre, radius), whose box measures `sizes[i]`,
/// in order: below, above, right or left of it, clear of the names placed
/// before and of every node, inside `bounds`; `None` where none is. The
/// first `hubs` nodes (the most connected, whose neighbours crowd round
/// them) are named anyway, over other nodes if need be, clear of names.
pub fn place_names(
    bounds: Rect,
    nodes: &[(Pos2, f32)],
    sizes: &[Vec2],
    hubs: usize,
) -> Vec<Option<Rect>> {
    let mut taken: Vec<Rect> = Vec::new();
    nodes
        .iter()
        .zip(sizes)
        .enumerate()
        .map(|(i, (&(c, r), &size))| {
            let off = r + 3.0;
            let (below, beside) = (off + size.y / 2.0, off + size.x / 2.0);
            // Below, above, right, left; then the corners; then a line further out.
            let candidates = [
                (0.0, below),
                (0.0, -below),
                (beside, 0.0),
                (-beside, 0.0),
                (beside - off, below),
                (off - beside, below),
                (beside - off, -below),
                (off - beside, -below),
                (0.0, below + size.y),
                (0.0, -below - size.y),
            ]
            .map(|(x, y)| Rect::from_center_size(c + Vec2::new(x, y), size));
            let clear_of_names = |cand: &Rect| {
                bounds.contains_rect(*cand) && taken.iter().all(|t| !t.intersects(cand.expand(GAP)))
            };
            let found = candidates
                .iter()
                .copied()
                .find(|cand| {
                    clear_of_names(cand)
                        && nodes
                            .iter()
                            .all(|&(p, pr)| cand.expand(GAP).distance_to_pos(p) > pr)
                })
                .or_else(|| {
                    (i < hubs)
                        .then(|| candidates.iter().copied().find(clear_of_names))
                        .flatten()
                });
            if let Some(rect) = found {
                taken.push(rect);
            }
            found
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bounds() -> Rect {
        Rect::from_min_size(Pos2::new(10.0, 20.0), Vec2::new(800.0, 500.0))
    }

    #[test]
    fn nodes_stay_inside_and_apart() {
        // Two stars joined by one edge, and a loose pair.
        let mut edges: Vec<(usize, usize)> = (1..8).map(|i| (0, i)).collect();
        edges.extend((9..15).map(|i| (8, i)));
        edges.push((0, 8));
        edges.push((15, 16));
        let margin = Vec2::new(40.0, 20.0);
        let pos = spring(17, &edges, bounds(), margin);
        assert_eq!(pos.len(), 17);
        let inner = bounds().shrink2(margin);
        for (i, p) in pos.iter().enumerate() {
            assert!(inner.expand(0.5).contains(*p), "{i}: {p:?}");
            for q in &pos[i + 1..] {
                assert!(p.distance(*q) > 12.0, "{p:?} and {q:?} overlap");
            }
        }
        // Linked nodes sit nearer each other than the graph is wide.
        assert!(pos[0].distance(pos[1]) < inner.width() / 2.0);
        // The same graph gives the same picture.
        assert_eq!(pos, spring(17, &edges, bounds(), margin));
    }

    #[test]
    fn a_hub_crowded_by_its_neighbours_is_named_over_them() {
        let hub = (Pos2::new(400.0, 250.0), 12.0);
        let mut nodes = vec![hub];
        nodes.extend((0..16).map(|i| {
            let at = hub.0 + Vec2::angled(i as f32 * std::f32::consts::TAU / 16.0) * 26.0;
            (at, 6.0)
        }));
        let sizes = vec![Vec2::new(90.0, 16.0); nodes.len()];
        assert_eq!(place_names(bounds(), &nodes, &sizes, 0)[0], None);
        let names = place_names(bounds(), &nodes, &sizes, 1);
        let rects: Vec<Rect> = names.iter().flatten().copied().collect();
        assert!(names[0].is_some(), "the hub is named");
        for (i, a) in rects.iter().enumerate() {
            for b in &rects[i + 1..] {
                assert!(!a.intersects(*b), "{a:?} and {b:?} overlap");
            }
        }
    }

    #[test]
    fn crowded_nodes_are_pushed_apart() {
        let inner = bounds();
        let mut nodes: Vec<(Pos2, f32)> = (0..30)
            .map(|i| {
                (
                    Pos2::new(400.0 + (i % 3) as f32, 250.0 + (i / 3) as f32),
                    8.0,
                )
            })
            .collect();
        nodes.push((Pos2::new(400.0, 250.0), 8.0));
        separate(&mut nodes, inner, 4.0, 200);
        for (i, &(a, ra)) in nodes.iter().enumerate() {
            assert!(inner.contains(a));
            for &(b, rb) in &nodes[i + 1..] {
                assert!(a.distance(b) >= ra + rb + 3.0, "{a:?} and {b:?} overlap");
            }
        }
    }

    #[test]
    fn one_node_sits_in_the_middle_and_none_is_empty() {
        assert_eq!(spring(0, &[], bounds(), Vec2::ZERO), Vec::<Pos2>::new());
        assert_eq!(
            spring(1, &[], bounds(), Vec2::ZERO),
            vec![bounds().center()]
        );
    }

    #[test]
    fn names_overlap_neither_each_other_nor_nodes() {
        let nodes: Vec<(Pos2, f32)> = (0..40)
            .map(|i| {
                let p = Pos2::new(90.0 + (i % 8) as f32 * 95.0, 40.0 + (i / 8) as f32 * 90.0);
                (p, 8.0)
            })
            .collect();
        let sizes = vec![Vec2::new(120.0, 16.0); nodes.len()];
        let names = place_names(bounds(), &nodes, &sizes, 0);
        let rects: Vec<Rect> = names.iter().flatten().copied().collect();
        assert!(rects.len() >= 20, "{} of 40 names placed", rects.len());
        assert!(names[0].is_some(), "the most connected node is named");
        for (i, a) in rects.iter().enumerate() {
            assert!(bounds().contains_rect(*a));
            for b in &rects[i + 1..] {
                assert!(!a.intersects(*b), "{a:?} and {b:?} overlap");
            }
            for &(p, r) in &nodes {
                assert!(a.distance_to_pos(p) > r, "{a:?} hides the node at {p:?}");
            }
        }
    }
}
