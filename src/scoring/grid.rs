//! The engine under [`super::score`]: answers placed in a respondent ×
//! question grid of one-byte cells (by id *pointer*: the store shares one
//! `Arc<str>` per respondent and question, so no id text is read), then one
//! pass over the grid per part of its rows. From [`PARALLEL_FROM`] answers or
//! cells both steps run on up to [`MAX_THREADS`] threads ([`in_parts`]),
//! which cannot change a figure: sums are per respondent, counts are
//! integers, and parts are merged in row order. Budget and history:
//! `docs/performance.md`, "Scoring and roadmap".

use std::cmp::Ordering;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

use crate::model::{AnswerValue, AssessmentData};

use super::*;

/// Grid cell codes: 0 = not answered, 1..=5 the level, then these two.
pub(super) const CELL_NA: u8 = 6;

pub(super) const CELL_UNKNOWN: u8 = 7;

pub(super) const NO_ANSWER: u32 = u32::MAX;

/// What one pass over some of the grid's rows yields.
pub(super) struct Pass {
    /// The rows' respondents, in order.
    pub(super) respondents: Vec<RespondentScore>,
    /// Per dimension: numeric and `na` answers.
    pub(super) numeric: Vec<u64>,
    pub(super) not_applicable: Vec<u64>,
    /// Per department, then question: sum and count of numeric answers.
    pub(super) dep_q_sum: Vec<u64>,
    pub(super) dep_q_count: Vec<u64>,
    /// Per question: the respondents (indices into `Index::respondents`)
    /// who answered `unknown`, in order.
    pub(super) unknown: Vec<Vec<usize>>,
}

impl Pass {
    /// Adds the pass over the rows that follow this one's.
    pub(super) fn add(&mut self, next: Pass) {
        self.respondents.extend(next.respondents);
        for (mine, theirs) in [
            (&mut self.numeric, next.numeric),
            (&mut self.not_applicable, next.not_applicable),
            (&mut self.dep_q_sum, next.dep_q_sum),
            (&mut self.dep_q_count, next.dep_q_count),
        ] {
            for (a, b) in mine.iter_mut().zip(theirs) {
                *a += b;
            }
        }
        for (mine, theirs) in self.unknown.iter_mut().zip(next.unknown) {
            mine.extend(theirs);
        }
    }
}

/// Scores the respondents `rows` (indices into `Index::respondents`): row
/// by row, then dimension by dimension over its (contiguous) questions,
/// each sum added up in questionnaire order.
pub(super) fn pass(
    index: &Index<'_>,
    grid: &[u8],
    dim_weights: &[f64],
    rows: std::ops::Range<usize>,
) -> Pass {
    let (nq, nd, ndep) = (
        index.q_weight.len(),
        index.dim_questions.len(),
        index.departments.len(),
    );
    let mut out = Pass {
        respondents: Vec::with_capacity(rows.len()),
        numeric: vec![0; nd],
        not_applicable: vec![0; nd],
        dep_q_sum: vec![0; ndep * nq],
        dep_q_count: vec![0; ndep * nq],
        unknown: vec![Vec::new(); nq],
    };
    for r in rows {
        let resp = &index.respondents[r];
        let row = &grid[resp.row * nq..(resp.row + 1) * nq];
        let of_department = resp.department * nq..(resp.department + 1) * nq;
        let dep_sum = &mut out.dep_q_sum[of_department.clone()];
        let dep_count = &mut out.dep_q_count[of_department];
        let mut dims = Vec::with_capacity(nd);
        // Any answer, of any value, is taking part; 0 is "not answered".
        let took_part = row.iter().any(|&cell| cell != 0);
        for (d, questions) in index.dim_questions.iter().enumerate() {
            let (mut sum, mut total) = (0.0f64, 0.0f64);
            let cells = row[questions.clone()]
                .iter()
                .zip(&index.q_weight[questions.clone()])
                .zip(dep_sum[questions.clone()].iter_mut())
                .zip(dep_count[questions.clone()].iter_mut());
            for (qi, (((&cell, &w), s), c)) in questions.clone().zip(cells) {
                match cell {
                    1..=5 => {
                        sum += w * f64::from(cell);
                        total += w;
                        out.numeric[d] += 1;
                        *s += u64::from(cell);
                        *c += 1;
                    }
                    CELL_NA => out.not_applicable[d] += 1,
                    CELL_UNKNOWN => out.unknown[qi].push(r),
                    _ => {}
                }
            }
            dims.push((total > 0.0).then(|| sum / total));
        }
        out.respondents.push(RespondentScore {
            id: Arc::from(resp.respondent.id.as_str()),
            name: Arc::clone(&resp.name),
            department: Arc::clone(&index.department_names[resp.department]),
            took_part,
            score: weighted_mean(&dims, dim_weights),
            dimensions: dims,
        });
    }
    out
}

/// `work` over `0..len` in consecutive parts, one per core when `size` (the
/// work's bulk: answers, grid cells) makes threads worth starting; the
/// parts' results in order.
pub(super) fn in_parts<T: Send>(
    len: usize,
    size: usize,
    work: impl Fn(std::ops::Range<usize>) -> T + Sync,
) -> Vec<T> {
    let parts = if size < PARALLEL_FROM {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get().min(MAX_THREADS))
    };
    if parts == 1 || len < 2 {
        return vec![work(0..len)];
    }
    let chunk = len.div_ceil(parts).max(1);
    let work = &work;
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..len)
            .step_by(chunk)
            .map(|start| scope.spawn(move || work(start..(start + chunk).min(len))))
            .collect();
        workers
            .into_iter()
            .map(|w| {
                w.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

/// A respondent of a known department, with its department's index.
pub(super) struct IndexedRespondent<'a> {
    pub(super) respondent: &'a crate::model::Respondent,
    /// The name, shared by every output naming this respondent.
    pub(super) name: Arc<str>,
    pub(super) department: usize,
    /// `created_at` in nanoseconds since 1970, for ordering.
    pub(super) created: i128,
    /// This respondent's row in the answer grid: its rank by id. The store
    /// hands answers over question by question in respondent-id order, so
    /// laying the grid out by id makes filling it a sequential walk whose
    /// next row is almost always the next answer's. Output and summation
    /// keep the (department, created_at, id) order, so no figure changes.
    pub(super) row: usize,
}

/// Lookup tables built once per [`score`] call.
pub(super) struct Index<'a> {
    /// Per dimension, its questions' range in questionnaire order (a
    /// dimension's questions are contiguous).
    pub(super) dim_questions: Vec<std::ops::Range<usize>>,
    /// Per question in questionnaire order: its weight.
    pub(super) q_weight: Vec<f64>,
    /// Question id → its index in questionnaire order.
    pub(super) question_of: FastMap<'a>,
    /// In `position` order.
    pub(super) departments: Vec<&'a crate::model::Department>,
    /// Their names, shared by every output naming a department. Scoring
    /// 10k respondents names them ~25k times: one allocation each instead
    /// of one per mention was a quarter of the time.
    pub(super) department_names: Vec<Arc<str>>,
    /// Per question: (dimension id, question id), shared the same way.
    pub(super) question_ids: Vec<(Arc<str>, Arc<str>)>,
    /// In (department, created_at, id) order; respondents of unknown
    /// departments are left out (they cannot be attributed).
    pub(super) respondents: Vec<IndexedRespondent<'a>>,
    pub(super) respondent_of: FastMap<'a>,
}

/// Id → index maps looked up once per answer: a multiply-rotate hash (the
/// one rustc uses) instead of SipHash, which is made for untrusted keys and
/// costs several times more on 36-byte ids. The ids come from our own store.
pub(super) type FastMap<'a> = HashMap<&'a str, usize, BuildHasherDefault<IdHasher>>;

#[derive(Default)]
pub(super) struct IdHasher(u64);

impl IdHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn finish(&self) -> u64 {
        // The multiply only carries differences upwards, and the table
        // indexes by the low bits: mix the high bits down (murmur3's
        // finaliser), or ids that differ only early collide en masse.
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

impl<'a> Index<'a> {
    pub(super) fn build(data: &'a AssessmentData) -> Self {
        let mut dim_questions = Vec::new();
        let mut q_weight = Vec::new();
        let mut question_ids = Vec::new();
        let mut question_of = FastMap::default();
        for dim in &data.questionnaire.dimensions {
            dim_questions.push(q_weight.len()..q_weight.len() + dim.questions.len());
            let dim_id: Arc<str> = Arc::from(dim.id.as_str());
            for question in &dim.questions {
                question_of.insert(question.id.as_str(), q_weight.len());
                q_weight.push(question.weight);
                question_ids.push((Arc::clone(&dim_id), Arc::from(question.id.as_str())));
            }
        }

        let mut departments: Vec<&crate::model::Department> = data.departments.iter().collect();
        departments.sort_by(|a, b| (a.position, &a.name, &a.id).cmp(&(b.position, &b.name, &b.id)));
        let department_of: FastMap<'_> = departments
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id.as_str(), i))
            .collect();

        let mut respondents: Vec<IndexedRespondent<'a>> = data
            .respondents
            .iter()
            .filter_map(|r| {
                department_of
                    .get(r.department_id.as_str())
                    .map(|&department| IndexedRespondent {
                        respondent: r,
                        name: Arc::from(r.name.as_str()),
                        department,
                        created: r.created_at.unix_timestamp_nanos(),
                        row: 0,
                    })
            })
            .collect();
        // Rows first (rank by id), then the output order keyed by integers
        // only: (department, created_at, id) with the id's rank standing in
        // for the id, and the time converted once, not per comparison.
        respondents.sort_by(|a, b| a.respondent.id.cmp(&b.respondent.id));
        for (row, r) in respondents.iter_mut().enumerate() {
            r.row = row;
        }
        respondents.sort_unstable_by_key(|r| (r.department, r.created, r.row));
        let mut respondent_of =
            FastMap::with_capacity_and_hasher(respondents.len(), Default::default());
        respondent_of.extend(
            respondents
                .iter()
                .enumerate()
                .map(|(i, r)| (r.respondent.id.as_str(), i)),
        );
        Index {
            dim_questions,
            q_weight,
            department_names: departments
                .iter()
                .map(|d| Arc::from(d.name.as_str()))
                .collect(),
            question_ids,
            question_of,
            departments,
            respondents,
            respondent_of,
        }
    }

    /// The respondent × question grid of cell codes. Answers naming an
    /// unknown respondent or question are left out. When one respondent has
    /// two answers to one question (which the store prevents), the later
    /// `updated_at` wins, then the higher value, so the input order never
    /// matters.
    ///
    /// Answers are told apart by their id *allocations*: the store hands
    /// every answer of one respondent (of one question) the same `Arc`, so
    /// after the first answer of each, the grid is filled without reading a
    /// single id's text; reading them cost a cache miss or two per answer,
    /// which dominated the time. Ids that are not shared (tests, packs)
    /// work the same, through the text lookup, once per allocation.
    pub(super) fn grid(&self, data: &AssessmentData) -> Vec<u8> {
        let answers = &data.answers;
        // Placing answers reads every one of them (most of the time, at 10k
        // respondents: ~40 MB streamed from memory), so large assessments
        // are split over the cores; each part fills a grid of its own, and
        // the grids are merged (a cell is filled in at most one of them
        // unless some cell is answered twice).
        let mut grids = in_parts(answers.len(), answers.len(), |part| {
            self.place(&answers[part])
        })
        .into_iter();
        let (mut cells, mut duplicate) = grids.next().unwrap_or_default();
        for (other, twice) in grids {
            duplicate |= twice;
            // Branch-free, so the loop is vectorised.
            let mut both = 0u8;
            for (cell, &code) in cells.iter_mut().zip(&other) {
                both |= u8::from(*cell != 0) & u8::from(code != 0);
                *cell |= code;
            }
            duplicate |= both != 0;
        }
        // Fast path: each cell written once. A second answer to a filled
        // cell sends the whole fill to the path that resolves duplicates.
        if !duplicate {
            return cells;
        }
        cells.fill(0);
        let mut winner = vec![NO_ANSWER; cells.len()];
        let mut cell_of = self.locator();
        for (ai, answer) in answers.iter().enumerate() {
            let Some(cell) = cell_of(answer) else {
                continue;
            };
            let wins = match winner[cell] {
                NO_ANSWER => true,
                prev => later(answer, &answers[prev as usize]),
            };
            if wins {
                // invariant: an assessment holds far fewer than 4 billion
                // answers; a larger index would only mis-resolve duplicates.
                winner[cell] = u32::try_from(ai).unwrap_or(NO_ANSWER - 1);
                cells[cell] = code(answer.value);
            }
        }
        cells
    }

    /// A grid filled with `answers` alone (answers naming an unknown
    /// respondent or question are left out), and whether some cell was
    /// answered twice (then the grid is not to be used).
    pub(super) fn place(&self, answers: &[crate::model::Answer]) -> (Vec<u8>, bool) {
        let mut cells = vec![0u8; self.respondents.len() * self.q_weight.len()];
        let mut duplicate = false;
        let mut cell_of = self.locator();
        for answer in answers {
            if let Some(cell) = cell_of(answer) {
                duplicate |= cells[cell] != 0;
                cells[cell] = code(answer.value);
            }
        }
        (cells, duplicate)
    }

    /// Answer → grid cell, remembering id allocations as it goes.
    pub(super) fn locator(&self) -> impl FnMut(&crate::model::Answer) -> Option<usize> + '_ {
        let nq = self.q_weight.len();
        let mut rows = Resolver::new(self.respondents.len());
        let mut questions = Resolver::new(nq);
        move |answer| {
            let row = rows.resolve(&answer.respondent_id, |id| {
                self.respondent_of.get(id).map(|&r| self.respondents[r].row)
            })?;
            let qi =
                questions.resolve(&answer.question_id, |id| self.question_of.get(id).copied())?;
            Some(row * nq + qi)
        }
    }
}

/// Below this many answers (or grid cells) one core does the work faster
/// than starting threads would.
pub(super) const PARALLEL_FROM: usize = 50_000;

/// The work is mostly memory-bound; more threads than this gain nothing.
pub(super) const MAX_THREADS: usize = 4;

/// An answer's grid cell code (0 is "no answer").
pub(super) fn code(value: AnswerValue) -> u8 {
    match value {
        AnswerValue::Level(l) => l.clamp(1, 5),
        AnswerValue::NotApplicable => CELL_NA,
        AnswerValue::Unknown => CELL_UNKNOWN,
    }
}

/// Id allocation → index (grid row or question), remembered per pointer:
/// an allocation's text cannot change while `data` is borrowed, so equal
/// pointers mean equal ids. The store's order (question by question,
/// respondents in id order; or respondent by respondent) makes the next
/// index, or the same one, the right guess almost every time.
pub(super) struct Resolver {
    /// The allocation last resolved to each index.
    pub(super) seen: Vec<usize>,
    /// Every allocation resolved so far (`None`: names nothing known).
    pub(super) by_pointer: HashMap<usize, Option<usize>, BuildHasherDefault<IdHasher>>,
    pub(super) last: usize,
}

impl Resolver {
    pub(super) fn new(len: usize) -> Self {
        Resolver {
            seen: vec![0; len],
            by_pointer: HashMap::with_capacity_and_hasher(len, Default::default()),
            last: 0,
        }
    }

    pub(super) fn resolve(
        &mut self,
        id: &Arc<str>,
        by_text: impl FnOnce(&str) -> Option<usize>,
    ) -> Option<usize> {
        let pointer = id.as_ptr() as usize;
        let guess = [self.last, self.last + 1]
            .into_iter()
            .find(|&i| self.seen.get(i) == Some(&pointer));
        let index = match guess {
            Some(i) => Some(i),
            None => match self.by_pointer.get(&pointer) {
                Some(&known) => known,
                // An allocation only this answer holds is never seen
                // again: look its text up without remembering it.
                None if Arc::strong_count(id) == 1 => by_text(id),
                None => *self.by_pointer.entry(pointer).or_insert(by_text(id)),
            },
        }?;
        self.seen[index] = pointer;
        self.last = index;
        Some(index)
    }
}

/// Whether answer `a` supersedes answer `b` to the same question.
pub(super) fn later(a: &crate::model::Answer, b: &crate::model::Answer) -> bool {
    let key = |x: &crate::model::Answer| match x.value {
        AnswerValue::Level(l) => u16::from(l),
        AnswerValue::NotApplicable => 100,
        AnswerValue::Unknown => 101,
    };
    (a.updated_at, key(a)).cmp(&(b.updated_at, key(b))) == Ordering::Greater
}
