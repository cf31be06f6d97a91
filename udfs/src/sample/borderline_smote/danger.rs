//! Borderline-SMOTE's seed rows: the rows of a class "in danger", those for which at least
//! half, but not all, of their `m_neighbors` nearest rows of any class belong to another class.

use crate::sample::knn::{knn, Points};

/// The rows of class `ci` in danger, as positions in `rows` (the class's rows, in canonical
/// order, as rows of `all`); `class_of` gives every row of `all` its class.
pub(in crate::sample) fn in_danger(
    all: &Points<'_>,
    rows: &[u32],
    class_of: &[u32],
    ci: usize,
    m_neighbors: usize,
) -> Vec<usize> {
    let m = rows.len();
    let queries: Vec<usize> = rows.iter().map(|&r| r as usize).collect();
    let nn = knn(all, &queries, m_neighbors);
    (0..m)
        .filter(|&p| {
            let other = nn[p * m_neighbors..(p + 1) * m_neighbors]
                .iter()
                .filter(|&&r| class_of[r as usize] != ci as u32)
                .count();
            2 * other >= m_neighbors && other < m_neighbors
        })
        .collect()
}
