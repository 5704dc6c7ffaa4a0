//! Where the link graph's edge labels go: on their edge, clear of each
//! other, of the nodes and of the names. Every edge tries places along its
//! length (the middle first, then towards either end) and beside it; a
//! label that fits nowhere tries its first line only, and one that still
//! does not fit is not drawn (its edge shows it on hover).

use egui::{Pos2, Rect, Vec2};

/// Room kept between a label and anything else.
const GAP: f32 = 3.0;
/// Where along an edge (0 = centre, 1 = neighbour) a label may sit, best first.
const ALONG: [f32; 9] = [0.5, 0.4, 0.6, 0.3, 0.7, 0.62, 0.38, 0.22, 0.78];

/// One edge's label as placed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placed {
    /// Where to draw it (the label's box, padding included).
    pub rect: Rect,
    /// True when only the short form fitted.
    pub short: bool,
}

/// What the labels must keep clear of.
#[derive(Clone, Debug, Default)]
pub struct Obstacles {
    /// Node circles: centre and radius.
    pub circles: Vec<(Pos2, f32)>,
    /// Node names and anything else drawn.
    pub rects: Vec<Rect>,
}

impl Obstacles {
    fn clear(&self, r: Rect) -> bool {
        let r = r.expand(GAP);
        self.rects.iter().all(|o| !o.intersects(r))
            && self
                .circles
                .iter()
                .all(|&(c, radius)| r.distance_to_pos(c) > radius)
    }
}

/// Places the labels of `edges` (from, to) whose boxes measure `sizes`
/// (full, short), in order — the first edges get the best places. A label
/// stays inside `bounds`.
pub fn place(
    bounds: Rect,
    edges: &[(Pos2, Pos2)],
    sizes: &[(Vec2, Vec2)],
    obstacles: &Obstacles,
) -> Vec<Option<Placed>> {
    let mut taken = obstacles.clone();
    edges
        .iter()
        .zip(sizes)
        .map(|(&(from, to), &(full, short))| {
            let found = [(full, false), (short, true)]
                .into_iter()
                .find_map(|(size, is_short)| {
                    candidates(from, to, size)
                        .find(|r| bounds.contains_rect(*r) && taken.clear(*r))
                        .map(|rect| Placed {
                            rect,
                            short: is_short,
                        })
                });
            if let Some(p) = found {
                taken.rects.push(p.rect);
            }
            found
        })
        .collect()
}

/// Boxes of `size` along the edge, centred on it first, then beside it.
fn candidates(from: Pos2, to: Pos2, size: Vec2) -> impl Iterator<Item = Rect> {
    let d = to - from;
    let normal = Vec2::new(-d.y, d.x).normalized();
    // Beside the edge: far enough that the box clears the line, then
    // further out, where it also clears the nodes at the edge's ends.
    let aside = (size.x * normal.x.abs() + size.y * normal.y.abs()) / 2.0 + GAP;
    let offsets = [
        0.0,
        aside,
        -aside,
        aside + 14.0,
        -aside - 14.0,
        aside + 28.0,
        -aside - 28.0,
    ];
    offsets.into_iter().flat_map(move |off| {
        ALONG
            .iter()
            .map(move |&t| Rect::from_center_size(from + d * t + normal * off, size))
    })
}

/// True when `pos` lies within `reach` of the segment `a`–`b` (hover on an edge).
pub fn near_segment(pos: Pos2, a: Pos2, b: Pos2, reach: f32) -> bool {
    let ab = b - a;
    let len2 = ab.length_sq();
    let t = if len2 > 0.0 {
        ((pos - a).dot(ab) / len2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    (a + ab * t).distance(pos) <= reach
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A star like the graph's: twelve neighbours on an ellipse.
    fn star(n: usize) -> (Rect, Pos2, Vec<(Pos2, Pos2)>) {
        let bounds = Rect::from_min_size(Pos2::ZERO, Vec2::new(380.0, 280.0));
        let c = bounds.center();
        let edges = (0..n)
            .map(|i| {
                let a = -std::f32::consts::FRAC_PI_2
                    + std::f32::consts::TAU / n as f32 * (i as f32 + 0.5);
                (c, c + Vec2::angled(a) * Vec2::new(115.0, 102.0))
            })
            .collect();
        (bounds, c, edges)
    }

    #[test]
    fn labels_never_overlap_each_other_nodes_or_names() {
        for n in [2, 5, 8, 12] {
            let (bounds, c, edges) = star(n);
            let mut obstacles = Obstacles::default();
            obstacles.circles.push((c, 20.0));
            for &(_, p) in &edges {
                obstacles.circles.push((p, 13.0));
                // Names above the nodes in the upper part, below the others, as drawn.
                let side = if (p - c).normalized().y < -0.3 {
                    -1.0
                } else {
                    1.0
                };
                obstacles.rects.push(Rect::from_center_size(
                    p + Vec2::new(0.0, 22.0 * side),
                    Vec2::new(70.0, 16.0),
                ));
            }
            let sizes = vec![(Vec2::new(120.0, 30.0), Vec2::new(80.0, 16.0)); n];
            let placed = place(bounds, &edges, &sizes, &obstacles);
            let rects: Vec<Rect> = placed.iter().flatten().map(|p| p.rect).collect();
            for (i, a) in rects.iter().enumerate() {
                assert!(bounds.contains_rect(*a));
                for b in &rects[i + 1..] {
                    assert!(!a.intersects(*b), "{n}: {a:?} and {b:?} overlap");
                }
                assert!(
                    obstacles.clear(a.shrink(GAP)),
                    "{n}: {a:?} hits a node or a name"
                );
            }
            // Twelve wide labels cannot all fit this panel; the first ones do.
            assert!(
                placed[0].is_some(),
                "{n}: the most linked edge gets its label"
            );
            assert!(
                placed.iter().flatten().count() >= n.min(4),
                "{n}: {placed:?}"
            );
            if n <= 5 {
                assert!(
                    placed.iter().all(Option::is_some),
                    "{n}: room for all: {placed:?}"
                );
            }
        }
    }

    #[test]
    fn hover_reaches_an_edge_not_beyond_its_ends() {
        let (a, b) = (Pos2::new(0.0, 0.0), Pos2::new(100.0, 0.0));
        assert!(near_segment(Pos2::new(50.0, 4.0), a, b, 6.0));
        assert!(!near_segment(Pos2::new(50.0, 9.0), a, b, 6.0));
        assert!(!near_segment(Pos2::new(110.0, 0.0), a, b, 6.0));
        assert!(near_segment(a, a, a, 1.0));
    }
}
